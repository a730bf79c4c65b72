"""Real-time delivery of events to WebSocket connections, in one process or across many."""

from clairbot.realtime._fanout import Subscription
from clairbot.realtime.broker import (
           Broker,
           BrokerUnavailable,
           console_channel,
           conversation_channel,
)
from clairbot.realtime.factory import make_broker
from clairbot.realtime.memory import MemoryBroker
from clairbot.realtime.redis_broker import RedisBroker

__all__ = ["Broker", "BrokerUnavailable", "MemoryBroker", "RedisBroker", "Subscription",
           "console_channel", "conversation_channel", "make_broker"]
