"""Local fan-out shared by both brokers: one bounded queue per subscriber.

A slow subscriber never blocks the publisher nor the other subscribers: when its queue is
full the *oldest* waiting event is dropped to make room, the subscription's `dropped`
counter grows and a warning is logged (on the first drop, then every 100th). Events are
hints that something changed; a client that missed some resynchronises by reading the
conversation over HTTP, so keeping the newest events is the useful choice.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from typing import Any, cast

log = logging.getLogger(__name__)

DEFAULT_QUEUE_SIZE = 256
_CLOSED = object()


def encode(event: dict[str, Any]) -> str:
    """JSON text of an event; refuses what JSON cannot carry, on both brokers alike."""
    if not isinstance(event, dict):
        raise TypeError(f"an event is a dict, not {type(event).__name__}")
    return json.dumps(event, separators=(",", ":"), ensure_ascii=False)


class Subscription:
    """Events of one channel for one consumer: `async for event in subscription`.

    Iteration ends when the subscription (or its broker) is closed. Also an async context
    manager that closes it on exit.
    """

    def __init__(self, channel: str, maxsize: int, on_close: Callable[[Subscription], None]):
        self.channel = channel
        self.dropped = 0
        self.closed = False
        self._queue: asyncio.Queue[object] = asyncio.Queue(maxsize=maxsize)
        self._on_close = on_close

    def _put(self, item: object) -> None:
        if self._queue.full():
            self._queue.get_nowait()
            if item is not _CLOSED:
                self.dropped += 1
                if self.dropped == 1 or self.dropped % 100 == 0:
                    log.warning("slow subscriber on %s: dropped %d oldest event(s)",
                                self.channel, self.dropped)
        self._queue.put_nowait(item)

    def deliver(self, data: str) -> None:
        """Queue one encoded event (never blocks; drops the oldest when full)."""
        if not self.closed:
            self._put(data)

    def close(self) -> None:
        """Stop receiving; a consumer waiting in `async for` leaves the loop."""
        if self.closed:
            return
        self.closed = True
        self._on_close(self)
        self._put(_CLOSED)

    def __aiter__(self) -> Subscription:
        return self

    async def __anext__(self) -> dict[str, Any]:
        item = await self._queue.get()
        if item is _CLOSED:
            # Leave the marker for any other task iterating the same subscription.
            self._queue.put_nowait(_CLOSED)
            raise StopAsyncIteration
        event: dict[str, Any] = json.loads(cast(str, item))  # `deliver` puts text only
        return event

    async def get(self, timeout: float | None = None) -> dict[str, Any]:
        """The next event; `TimeoutError` after `timeout` s, `StopAsyncIteration` if closed."""
        async with asyncio.timeout(timeout):
            return await self.__anext__()

    async def __aenter__(self) -> Subscription:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()


class Fanout:
    """Channel -> live subscriptions of this process."""

    def __init__(self, maxsize: int = DEFAULT_QUEUE_SIZE,
                 on_empty: Callable[[str], None] | None = None) -> None:
        if maxsize < 1:
            raise ValueError("queue size must be at least 1")
        self._maxsize = maxsize
        self._channels: dict[str, set[Subscription]] = {}
        self._on_empty = on_empty

    @property
    def channels(self) -> list[str]:
        """Channels with at least one subscriber."""
        return list(self._channels)

    def add(self, channel: str) -> tuple[Subscription, bool]:
        """A new subscription, and whether it is the channel's first one."""
        subscription = Subscription(channel, self._maxsize, self._remove)
        subscribers = self._channels.setdefault(channel, set())
        subscribers.add(subscription)
        return subscription, len(subscribers) == 1

    def _remove(self, subscription: Subscription) -> None:
        subscribers = self._channels.get(subscription.channel)
        if subscribers is None:
            return
        subscribers.discard(subscription)
        if not subscribers:
            del self._channels[subscription.channel]
            if self._on_empty is not None:
                self._on_empty(subscription.channel)

    def dispatch(self, channel: str, data: str) -> int:
        """Hand one encoded event to every subscriber of `channel`; how many got it."""
        subscribers = list(self._channels.get(channel, ()))
        for subscription in subscribers:
            subscription.deliver(data)
        return len(subscribers)

    def close_all(self) -> None:
        """Close every subscription (their consumers leave their loops)."""
        for subscribers in list(self._channels.values()):
            for subscription in list(subscribers):
                subscription.close()
