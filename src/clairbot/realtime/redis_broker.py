"""Redis pub/sub broker: API replicas deliver events to each other's WebSockets.

One process holds one Redis pub/sub connection whatever its number of subscribers: a
reader task receives every subscribed channel and fans events out locally (bounded queues,
see `_fanout`). Channels are prefixed `clairbot:` on Redis; events are JSON text.

When the connection drops, the reader reconnects with exponential backoff (0.1 s doubling
up to 5 s by default) and subscribes again to every channel that still has subscribers.
Events published meanwhile are lost (pub/sub is at most once); clients resynchronise over
HTTP. Publishing retries a few times on connection errors, then raises `BrokerUnavailable`.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import PubSub
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from clairbot.realtime._fanout import DEFAULT_QUEUE_SIZE, Fanout, Subscription, encode
from clairbot.realtime.broker import BrokerUnavailable

log = logging.getLogger(__name__)

PREFIX = "clairbot:"
_CONNECTION_ERRORS = (RedisError, OSError)


class RedisBroker:
    """Events through Redis pub/sub, delivered to subscribers of every process.

    `subscribe` returns once Redis has confirmed the subscription, so an event published
    afterwards by any process reaches it. Use one instance per process and event loop.
    """

    def __init__(self, url: str, *, queue_size: int = DEFAULT_QUEUE_SIZE,
                 backoff_min: float = 0.1, backoff_max: float = 5.0,
                 subscribe_timeout: float = 5.0) -> None:
        self._client: Redis = Redis.from_url(
            url, retry=Retry(ExponentialBackoff(cap=backoff_max, base=backoff_min), 3),
            retry_on_error=[RedisConnectionError, RedisTimeoutError],
            socket_connect_timeout=subscribe_timeout, health_check_interval=30)
        self._fanout = Fanout(queue_size, on_empty=self._on_empty)
        self._backoff = (backoff_min, backoff_max)
        self._subscribe_timeout = subscribe_timeout
        self._pubsub: PubSub | None = None
        self._confirmed: dict[str, asyncio.Event] = {}
        self._reader: asyncio.Task[None] | None = None
        self._closed = False

    async def publish(self, channel: str, event: dict[str, Any]) -> None:
        """Publish `event` on `clairbot:<channel>` (retried, then `BrokerUnavailable`)."""
        data = encode(event)
        try:
            await self._client.publish(PREFIX + channel, data)
        except RedisError as exc:
            raise BrokerUnavailable(f"cannot publish to Redis: {exc}") from exc

    async def subscribe(self, channel: str) -> Subscription:
        """A subscription to `channel`, confirmed by Redis before this returns."""
        if self._closed:
            raise RuntimeError("broker is closed")
        subscription, first = self._fanout.add(channel)
        confirmed = self._confirmed.setdefault(channel, asyncio.Event())
        if first:
            confirmed.clear()
            self._start_reader()
            pubsub = self._pubsub
            if pubsub is not None:
                try:
                    await pubsub.subscribe(PREFIX + channel)
                except _CONNECTION_ERRORS:
                    # The reader reconnects and subscribes to every live channel again.
                    log.info("Redis subscribe to %s deferred to the reconnection", channel)
        try:
            async with asyncio.timeout(self._subscribe_timeout):
                await confirmed.wait()
        except TimeoutError as exc:
            subscription.close()
            raise BrokerUnavailable(f"Redis did not confirm the subscription to {channel} "
                                    f"within {self._subscribe_timeout:g} s") from exc
        return subscription

    def _on_empty(self, channel: str) -> None:
        self._confirmed.pop(channel, None)
        pubsub = self._pubsub
        if pubsub is not None and not self._closed:
            task = asyncio.get_running_loop().create_task(self._unsubscribe(pubsub, channel))
            task.add_done_callback(_log_failure)

    async def _unsubscribe(self, pubsub: PubSub, channel: str) -> None:
        if channel in self._fanout.channels:  # someone subscribed again meanwhile
            return
        try:
            await pubsub.unsubscribe(PREFIX + channel)
        except _CONNECTION_ERRORS:
            pass  # the reconnection only subscribes to live channels

    def _start_reader(self) -> None:
        if self._reader is None or self._reader.done():
            self._reader = asyncio.get_running_loop().create_task(self._read_forever())

    async def _read_forever(self) -> None:
        delay = self._backoff[0]
        while not self._closed:
            pubsub = self._client.pubsub()
            try:
                await pubsub.connect()  # type: ignore[no-untyped-call]
                self._pubsub = pubsub
                channels = self._fanout.channels
                if channels:
                    await pubsub.subscribe(*(PREFIX + channel for channel in channels))
                while not self._closed:
                    message = await pubsub.get_message(timeout=1.0)
                    if message is not None:
                        self._handle(message)
                        delay = self._backoff[0]
            except _CONNECTION_ERRORS as exc:
                log.warning("Redis pub/sub connection lost (%s); reconnecting in %.1f s",
                            exc, delay)
                self._pubsub = None
                await pubsub.aclose()
                await asyncio.sleep(delay)
                delay = min(delay * 2, self._backoff[1])

    def _handle(self, message: dict[str, Any]) -> None:
        raw = message.get("channel")
        name = raw.decode() if isinstance(raw, bytes) else str(raw)
        if not name.startswith(PREFIX):
            return
        channel = name[len(PREFIX):]
        if message.get("type") == "subscribe":
            confirmed = self._confirmed.get(channel)
            if confirmed is not None:
                confirmed.set()
        elif message.get("type") == "message":
            data = message["data"]
            self._fanout.dispatch(channel, data.decode() if isinstance(data, bytes) else data)

    async def close(self) -> None:
        """Close every subscription, stop the reader and the connections."""
        self._closed = True
        self._fanout.close_all()
        if self._reader is not None:
            self._reader.cancel()
            try:
                await self._reader
            except asyncio.CancelledError:
                pass
            self._reader = None
        if self._pubsub is not None:
            await self._pubsub.aclose()
            self._pubsub = None
        await self._client.aclose()


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.warning("Redis unsubscribe failed: %s", task.exception())
