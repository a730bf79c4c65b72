"""Real-time events: what the visitor's widget and the agents' console are pushed.

Events are published only after the transaction that produced them has committed (as
background tasks of the HTTP response, or right after the commit on a WebSocket), so a
client never sees a message that the database does not have. Delivery is at most once:
a client that reconnects catches up with `GET /api/v1/conversations/{id}` and drops
duplicates by message id.

A conversation's events (messages, typing) go to its own channel only: its visitor, and the
agent who holds it and watches it from the console. The tenant's console channel carries
content-free hints (`queue`: the queue may have changed, read it again) and the server's own
notices to console sockets (a session signed out), never a message.
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


STAFF_SESSION_CLOSED = "staff.session_closed"
"""A console notice: the session (by id) signed out; its sockets close. Never forwarded."""


async def publish_messages(broker: Broker, tenant_id: str, conversation_id: str, state: str,
                           messages: list[MessageRead], *, queue_changed: bool = False) -> None:
    """Tell the conversation's participants, and the console when the queue may have changed
    (the conversation waits, or changed hands: a system message says so; or the caller knows,
    `queue_changed`: a visitor took their request back); never raise (the messages are stored
    already; clients catch up over HTTP)."""
    event = messages_event(conversation_id, state, messages)
    try:
        await broker.publish(conversation_channel(tenant_id, conversation_id), event)
        if (queue_changed or state == "waiting_for_human"
                or any(m.role == "system" for m in messages)):
            await broker.publish(console_channel(tenant_id), {"type": "queue"})
    except BrokerUnavailable:
        log.warning("real-time broker unavailable; clients will catch up over HTTP")


async def publish_typing(broker: Broker, tenant_id: str, conversation_id: str,
                         role: str) -> None:
    """Someone is typing: the other side's indicator."""
    event = {"type": "typing", "conversation_id": conversation_id, "role": role}
    try:
        await broker.publish(conversation_channel(tenant_id, conversation_id), event)
    except BrokerUnavailable:
        log.warning("real-time broker unavailable; typing indicator dropped")


async def publish_session_closed(broker: Broker, tenant_id: str, session_id: str) -> None:
    """A console session signed out: its open sockets close now."""
    try:
        await broker.publish(console_channel(tenant_id),
                             {"type": STAFF_SESSION_CLOSED, "session": session_id})
    except BrokerUnavailable:
        log.warning("real-time broker unavailable; signed-out console sockets close at their "
                    "next check")
