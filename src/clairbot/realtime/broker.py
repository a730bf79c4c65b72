"""The broker contract, channel names and the factory.

A broker carries small JSON events (a message was added, someone is typing, the
conversation changed state) to the WebSocket connections of every server process. It is
pub/sub, at most once: an event published while nobody listens, or while a process is
reconnecting to Redis, is gone. The database stays the source of truth; a client that
reconnects or sees a gap reads the conversation again over HTTP.
"""

from __future__ import annotations

from typing import Any, Protocol

from clairbot.errors import ClairbotError
from clairbot.realtime._fanout import Subscription


class BrokerUnavailable(ClairbotError):
    """The broker (Redis) cannot be reached; real-time delivery is degraded."""

    code = "realtime.unavailable"
    status = 503


class Broker(Protocol):
    """Publish events to channels; subscribe to a channel's events."""

    async def publish(self, channel: str, event: dict[str, Any]) -> None:
        """Send `event` (JSON-serialisable) to every current subscriber of `channel`."""
        ...

    async def subscribe(self, channel: str) -> Subscription:
        """Start listening to `channel`; events published after this returns are received."""
        ...

    async def close(self) -> None:
        """Close every subscription and release connections."""
        ...


def _part(name: str, value: str) -> str:
    if not value or ":" in value or any(ch.isspace() for ch in value):
        raise ValueError(f"{name} {value!r} cannot be part of a channel name")
    return value


def conversation_channel(tenant_id: str, conversation_id: str) -> str:
    """Events of one conversation (visitor widget and the agent who holds it)."""
    return f"tenant:{_part('tenant_id', tenant_id)}:conversation:" \
           f"{_part('conversation_id', conversation_id)}"


def console_channel(tenant_id: str) -> str:
    """Events of a tenant's agent console (queue changes, new handoffs)."""
    return f"tenant:{_part('tenant_id', tenant_id)}:console"

