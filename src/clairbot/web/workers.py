"""The worker threads that do the server's database work, and the queue in front of them.

Why this exists: a request must never hold a pooled connection (or SQLite's writer lock)
while it waits for something only another request can free. FastAPI runs a sync endpoint and
each of its sync dependencies in separate trips through one shared thread pool; with the
transaction opened in a dependency and committed after the endpoint, a request held its
connection between two trips, waiting for a thread, while every thread was taken by requests
waiting for a connection. A burst of 100 visitors wedged the server that way.

Here a unit of work runs whole in one worker thread: checkout, transaction, commit, release.
Workers are as many as the pool's connections set aside for requests, so a worker never waits
for a connection, and what waits is a coroutine in the queue, holding nothing. The queue is
bounded by time: a request that could not start within `queue_timeout` (or is predicted not
to, from the queue's length and how fast the queue has been draining) is refused at once with
`503 server.busy` and a `Retry-After`, instead of hanging. A request whose client left while
it waited is dropped when its turn comes, so visitors who gave up cost the others nothing.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import anyio
from anyio.to_thread import run_sync
from sqlalchemy.orm import Session, sessionmaker

from clairbot.db import transaction
from clairbot.errors import ClientGone, ServerBusy

log = logging.getLogger(__name__)
T = TypeVar("T")
_SMOOTHING = 0.1  # weight of the newest interval in the moving average


class Workers:
    """Run blocking database work in a fixed number of threads, behind a bounded queue."""

    def __init__(self, sessions: sessionmaker[Session], *, workers: int, queue_timeout: float,
                 max_queued: int) -> None:
        if workers < 1 or queue_timeout <= 0 or max_queued < 1:
            raise ValueError("workers, queue_timeout and max_queued must be positive")
        self.sessions = sessions
        self.workers = workers
        self.queue_timeout = queue_timeout
        self.max_queued = max_queued
        self._slots = anyio.Semaphore(workers)
        # As many thread tokens as slots: a unit of work that holds a slot never waits for a
        # thread (the default pool is shared with the rest of the process).
        self._threads = anyio.CapacityLimiter(workers)
        self._queued = 0
        self._logged = {"busy": 0.0, "gone": 0.0}  # when each kind of line was last logged
        self._last_done: float | None = None
        self._backlog_since = 0.0  # when the queue last went from empty to not
        # Seconds between two units of work finishing while others waited: what a place in
        # the queue costs, everything included (the event loop, the GIL, the database).
        self.drain_interval = 0.0
        self.refused = 0
        self.abandoned = 0  # requests dropped because their client had left

    @property
    def queued(self) -> int:
        """Units of work waiting for a worker now."""
        return self._queued

    @property
    def busy(self) -> int:
        """Workers running a unit of work now."""
        return self.workers - int(self._slots.value)

    async def transaction(self, work: Callable[[Session], T], *, shed: bool = True,
                          gone: Callable[[], Awaitable[bool]] | None = None) -> T:
        """`work(session)` in one committed transaction (rolled back on error), in a worker.

        With `shed` (requests), `server.busy` if it cannot start soon enough; without (work
        that must happen, such as returning a disconnected agent's conversations to the
        queue), it waits its turn however long the queue. `gone` says whether the client
        left; checked when the turn comes, `client.gone` then instead of the work.
        """
        def unit() -> T:
            with transaction(self.sessions) as session:
                return work(session)
        return await self.call(unit, shed=shed, gone=gone)

    async def call(self, work: Callable[[], T], *, shed: bool = True,
                   gone: Callable[[], Awaitable[bool]] | None = None) -> T:
        """`work()` in a worker thread (see `transaction` for `shed` and `gone`)."""
        if shed:
            self._admit()
        if not self._queued:
            self._backlog_since = time.monotonic()
        self._queued += 1
        try:
            with anyio.move_on_after(self.queue_timeout if shed else math.inf) as waited:
                await self._slots.acquire()
        finally:
            self._queued -= 1
        if waited.cancelled_caught:
            raise self._refuse(self.queue_timeout)
        try:
            if gone is not None and await gone():
                self.abandoned += 1
                if self._may_log("gone"):
                    log.info("dropped a request whose client left while it waited (%d so far)",
                             self.abandoned)
                raise ClientGone("the client left before its request's turn")
            return await run_sync(work, limiter=self._threads)
        finally:
            self._observe()
            self._slots.release()

    def _admit(self) -> None:
        """Refuse at once when the queue is full, or would make this one wait too long."""
        if self._queued >= self.max_queued:
            raise self._refuse(self.queue_timeout)
        expected = (self._queued + 1) * self.drain_interval
        if expected > self.queue_timeout:
            raise self._refuse(expected)

    def _observe(self) -> None:
        """A unit of work finished: learn how fast the queue drains, from backlog only (an
        idle gap says nothing about a queue, so the interval starts no earlier than the
        queue did)."""
        now = time.monotonic()
        if self._queued and self._last_done is not None:
            interval = now - max(self._last_done, self._backlog_since)
            self.drain_interval = (interval if self.drain_interval == 0.0 else
                                   _SMOOTHING * interval
                                   + (1 - _SMOOTHING) * self.drain_interval)
        self._last_done = now

    def _may_log(self, kind: str) -> bool:
        """One line of a kind per 10 s of saturation, not one per request."""
        now = time.monotonic()
        if now - self._logged[kind] <= 10:
            return False
        self._logged[kind] = now
        return True

    def _refuse(self, wait: float) -> ServerBusy:
        self.refused += 1
        if self._may_log("busy"):
            log.warning("server busy: %d unit(s) of work queued for %d worker(s); refusing "
                        "with 503 (%d refused so far)", self._queued, self.workers, self.refused)
        return ServerBusy("the server is busy; retry in a moment", code="server.busy",
                          retry_after=max(1, min(30, math.ceil(wait))))
