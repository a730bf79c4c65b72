"""Pick the broker from the settings."""

from __future__ import annotations

from clairbot.realtime.broker import Broker
from clairbot.realtime.memory import MemoryBroker
from clairbot.realtime.redis_broker import RedisBroker


def make_broker(redis_url: str | None) -> Broker:
    """A Redis broker when `redis_url` is set (several processes), else an in-process one."""
    if redis_url:
        return RedisBroker(redis_url)
    return MemoryBroker()
