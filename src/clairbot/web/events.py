"""Real-time events: what the visitor's widget and the agents' console are pushed.

Events are published only after the transaction that produced them has committed (as
background tasks of the HTTP response, or right after the commit on a WebSocket), so a
client never sees a message that the database does not have. Delivery is at most once:
a client that reconnects catches up with `GET /api/v1/conversations/{id}` and drops
duplicates by message id.
"""

from __future__ import annotations

import logging
from typing import Any

from clairbot.realtime import Broker, BrokerUnavailable, console_channel, conversation_channel
from clairbot.web.schemas import MessageRead

log = logging.getLogger(__name__)


def messages_event(conversation_id: str, state: str,
                   messages: list[MessageRead]) -> dict[str, Any]:
    """New messages (and the state after them) in one conversation."""
    return {"type": "messages", "conversation_id": conversation_id, "state": state,
            "messages": [m.model_dump(mode="json") for m in messages]}


async def publish_messages(broker: Broker, tenant_id: str, conversation_id: str, state: str,
                           messages: list[MessageRead]) -> None:
    """Tell the conversation's participants and the tenant's console; never raise (the
    messages are stored already; clients catch up over HTTP)."""
    event = messages_event(conversation_id, state, messages)
    try:
        await broker.publish(conversation_channel(tenant_id, conversation_id), event)
        await broker.publish(console_channel(tenant_id), event)
    except BrokerUnavailable:
        log.warning("real-time broker unavailable; clients will catch up over HTTP")


async def publish_typing(broker: Broker, tenant_id: str, conversation_id: str,
                         role: str) -> None:
    """Someone is typing: the other side's indicator."""
    event = {"type": "typing", "conversation_id": conversation_id, "role": role}
    try:
        await broker.publish(conversation_channel(tenant_id, conversation_id), event)
        await broker.publish(console_channel(tenant_id), event)
    except BrokerUnavailable:
        log.warning("real-time broker unavailable; typing indicator dropped")
