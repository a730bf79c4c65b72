"""In-process broker: the default when no Redis is configured (one server process)."""

from __future__ import annotations

from typing import Any

from clairbot.realtime._fanout import DEFAULT_QUEUE_SIZE, Fanout, Subscription, encode


class MemoryBroker:
    """Fan-out through asyncio queues inside one event loop.

    Each subscriber has its own bounded queue (`queue_size` events); when a slow subscriber's
    queue is full its oldest event is dropped, with a logged warning, and nobody else waits.
    Events go through JSON like on Redis, so both brokers accept and return the same things.
    """

    def __init__(self, *, queue_size: int = DEFAULT_QUEUE_SIZE) -> None:
        self._fanout = Fanout(queue_size)
        self._closed = False

    async def publish(self, channel: str, event: dict[str, Any]) -> None:
        """Deliver `event` to every subscriber of `channel`, in publication order."""
        self._fanout.dispatch(channel, encode(event))

    async def subscribe(self, channel: str) -> Subscription:
        """A subscription to `channel`, active as soon as this returns."""
        if self._closed:
            raise RuntimeError("broker is closed")
        subscription, _ = self._fanout.add(channel)
        return subscription

    async def close(self) -> None:
        """Close every subscription."""
        self._closed = True
        self._fanout.close_all()
