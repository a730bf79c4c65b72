"""Rate limits of the visitor API, per client address and per tenant (the spec's ``limits``).

What is limited: opening a conversation, visitor messages (REST and the visitor WebSocket),
turns that would queue the conversation for a person (handoffs), feedback, and problem reports
(which open incidents). Each action has rates per client address and per tenant
(`clairbot.spec.limits`); past one, the answer is ``429`` with ``Retry-After`` and a code:

* ``rate.ip_limited``: this address sent too many (per address *and* tenant: the spec of
  each tenant sets its own);
* ``rate.tenant_limited``: the tenant's chat, from everyone together, received too many;
* ``rate.handoff_limited``: a request for a person could not be queued (either scope); the
  message names the company's ``escalation.contact``, so a person stays reachable (DESIGN.md
  invariant 3) while a flood from one address cannot push real visitors down the queue.

The algorithm and its storage are the `limits` library's. Strategy: the *sliding window
counter*. It keeps two counters per key whatever the rate, in memory or in Redis (one atomic
Lua script per hit), and weighs the previous window by how much of it is still inside the
sliding window, so it has neither the fixed window's double burst at a window's edge nor the
moving window's cost (one stored entry per hit, e.g. 3,000 for a tenant's messages a minute,
and a script scanning them). Its approximation assumes hits spread evenly over the previous
window, which errs by a few percent around the limit: enough to stop floods, which is the job.

Where checks run: before the request's database work, so a refused request costs no database
worker, for everything whose action is known from the request: opening, messages, feedback and
problem reports (by their ``kind``). A handoff is known only inside the turn (a message may ask
for a person in any words, or the bot may hand over on its own): the pipeline calls the gate
given by `handoff_gate` before it queues the conversation, from the database worker, and the
gate runs the check on the event loop (`anyio.from_thread.run`), holding the transaction for a
counter round trip; a refusal rolls the whole turn back. The client address is the ASGI
scope's (uvicorn sets it from ``X-Forwarded-For`` only for trusted proxies); IPv6 addresses
count per /64, the block one subscriber gets.

Storage: Redis when ``CLAIRBOT_REDIS_URL`` is set, so that every replica counts the same hits;
in memory otherwise. Redis failing: *fail open*, to counting in this process's memory. A chat
whose invariant is that a person is always reachable must not refuse visitors because a cache
is down; failing closed would turn a Redis outage into a chat outage. Counting in memory
meanwhile keeps one process's share of a flood limited, and never refuses more than the shared
counters would. One WARNING when Redis fails (not one per request), one INFO when it is back;
in between, Redis is tried again every `REDIS_RETRY` seconds.

``CLAIRBOT_RATE_LIMITS=off`` turns every limit here off (load tests), and the server logs a
WARNING at start-up. The per-conversation limit (``CLAIRBOT_MAX_MESSAGES_PER_MINUTE``,
``rate.limited``) is the pipeline's and stays on.
"""

from __future__ import annotations

import ipaddress
import logging
import math
import time
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

import anyio.from_thread
from limits import RateLimitItem, parse_many
from limits.aio.storage import MemoryStorage, RedisStorage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.errors import StorageError
from redis.asyncio import ConnectionPool
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from starlette.requests import HTTPConnection

from clairbot.conversation.bot import Bot
from clairbot.conversation.tenancy import tenant_of
from clairbot.conversation.turn import HandoffGate, Turn
from clairbot.errors import RateLimited
from clairbot.i18n import t
from clairbot.privacy.crypto import KEYS
from clairbot.spec.limits import Action, Scope
from clairbot.web.workers import Workers

log = logging.getLogger(__name__)

KEY_PREFIX = "clairbot:rl"
"""Prefix of the counters' keys in Redis."""
REDIS_TIMEOUT = 0.5
"""Seconds a counter round trip to Redis may take before it counts as a failure."""
REDIS_RETRY = 5.0
"""Seconds of counting in memory after a Redis failure before Redis is tried again."""
CONVERSATIONS_REMEMBERED = 10_000
"""Conversations whose tenant a process remembers (several tenants served only)."""

CODES: dict[Scope, str] = {"per_ip": "rate.ip_limited", "per_tenant": "rate.tenant_limited"}
HANDOFF_CODE = "rate.handoff_limited"


class SweptMemoryStorage(MemoryStorage):
    """The `limits` in-memory storage, sweeping expired counters at most every
    `SWEEP_INTERVAL` seconds instead of after every increment.

    Its own sweep scans every live counter on the event loop and is scheduled again as soon
    as the last one ended: with 10,000 addresses counted that cost about 1 ms per request,
    with 50,000 about 13 ms (measured with `limits` 5.8.0), so a flood from many addresses
    would have made the limiter the bottleneck. An expired counter is also dropped whenever
    it is read, so the sweep only frees memory, which every few seconds does as well. (The
    hook is private to `limits`: a test checks it still exists.)
    """

    SWEEP_INTERVAL = 5.0
    _swept_at = -SWEEP_INTERVAL

    async def _MemoryStorage__schedule_expiry(self) -> None:
        now = time.monotonic()
        if now - self._swept_at >= self.SWEEP_INTERVAL:
            self._swept_at = now
            await getattr(super(), SWEEP_HOOK)()


SWEEP_HOOK = "_MemoryStorage__schedule_expiry"
"""The method of `limits`' `MemoryStorage` that schedules its sweep (overridden above)."""


CLIENT_HASH_CONTEXT = "rate_limits.client"
"""The keyed hash under which a client address is counted (see `RateLimits.check`)."""


def client_address(connection: HTTPConnection) -> str | None:
    """The address a client's hits count under: its IP (IPv6 as its /64), or ``None`` when the
    server does not know it (a Unix socket); then only the tenant's limits apply."""
    host = connection.client.host if connection.client else None
    if not host:
        return None
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host  # not an IP (a test client's name): counted as given
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


class RateLimits:
    """The limits of one application: its bots' specs, counted in memory or in Redis."""

    def __init__(self, *, bots: Mapping[str, Bot], enabled: bool,
                 redis_url: str | None) -> None:
        self.enabled = enabled
        self._bots = bots
        self._items: dict[tuple[str, Action, Scope], list[RateLimitItem]] = {}
        self._memory = SlidingWindowCounterRateLimiter(SweptMemoryStorage())
        self._redis: SlidingWindowCounterRateLimiter | None = None
        self._pool: ConnectionPool | None = None
        if enabled and redis_url:
            # Our own pool: no retries (a failure falls back to memory at once), short
            # timeouts, and closed with the application.
            self._pool = ConnectionPool.from_url(
                redis_url, socket_timeout=REDIS_TIMEOUT, socket_connect_timeout=REDIS_TIMEOUT,
                retry=Retry(NoBackoff(), 0))
            # (`RedisStorage` types its client options as scalars; a pool is accepted too.)
            options: dict[str, Any] = {"connection_pool": self._pool}
            self._redis = SlidingWindowCounterRateLimiter(RedisStorage(
                "async+" + redis_url, implementation="redispy", wrap_exceptions=True,
                key_prefix=KEY_PREFIX, **options))
        self._redis_failed_at: float | None = None
        self._tenants: OrderedDict[str, str] = OrderedDict()

    async def check(self, action: Action, *, tenant: str, client: str | None,
                    lang: str) -> None:
        """Count one `action` for `client` (if known) and `tenant`, or `RateLimited`.

        The address is counted first: a request refused for its address does not use up the
        tenant's allowance, so one address cannot exhaust it with refused requests.
        """
        if not self.enabled:
            return
        scopes: list[tuple[Scope, tuple[str, ...]]] = [("per_tenant", (action, tenant))]
        if client is not None:
            # Counted under a keyed hash of the address, never the address itself (the
            # counters live in Redis for up to two windows): equal across replicas sharing
            # the key ring, meaningless to anyone reading Redis.
            counted = KEYS.require().keyed_hash(client, context=CLIENT_HASH_CONTEXT)
            scopes.insert(0, ("per_ip", (action, tenant, counted)))
        for scope, identifiers in scopes:
            for item in self._rates(tenant, action, scope):
                if not await self._hit(item, identifiers):
                    seconds = await self._retry_after(item, identifiers)
                    raise self._refusal(action, scope, tenant, lang, seconds)

    async def check_conversation(self, actions: Sequence[Action], conversation_id: str, *,
                                 client: str | None, lang: str, workers: Workers) -> None:
        """`check` each of `actions` in the tenant of an existing conversation (nothing when
        there is no such conversation: the endpoint answers that)."""
        if not self.enabled:
            return
        tenant = await self.conversation_tenant(conversation_id, workers)
        if tenant is None:
            return
        for action in actions:
            await self.check(action, tenant=tenant, client=client, lang=lang)

    def handoff_gate(self, client: str | None) -> HandoffGate | None:
        """The gate a turn calls, in its database worker, before it queues the conversation
        for a person (``None`` when limits are off)."""
        if not self.enabled:
            return None

        def gate(turn: Turn) -> None:
            anyio.from_thread.run(partial(self.check, "handoffs",
                                          tenant=turn.conversation.tenant_id, client=client,
                                          lang=turn.lang))
        return gate

    async def conversation_tenant(self, conversation_id: str, workers: Workers) -> str | None:
        """The tenant of a conversation, for its limits: the only one when one is served;
        else remembered, or read once in a database worker (``None``: no such conversation,
        or one of a tenant not served here, which the endpoint answers)."""
        if len(self._bots) == 1:
            return next(iter(self._bots))
        tenant = self._tenants.get(conversation_id)
        if tenant is None:
            tenant = await workers.transaction(
                lambda session: tenant_of(session=session, conversation_id=conversation_id))
            if tenant is None or tenant not in self._bots:
                return None
        self._tenants[conversation_id] = tenant
        self._tenants.move_to_end(conversation_id)
        if len(self._tenants) > CONVERSATIONS_REMEMBERED:
            self._tenants.popitem(last=False)
        return tenant

    async def close(self) -> None:
        """Release the Redis connections, if any."""
        if self._pool is not None:
            await self._pool.disconnect()

    # --- counting -------------------------------------------------------------------------

    def _rates(self, tenant: str, action: Action, scope: Scope) -> list[RateLimitItem]:
        key = (tenant, action, scope)
        if key not in self._items:
            self._items[key] = parse_many(self._bots[tenant].spec.limits.rate(action, scope))
        return self._items[key]

    def _limiter(self) -> SlidingWindowCounterRateLimiter:
        """Redis, unless it failed less than `REDIS_RETRY` seconds ago; else memory."""
        if self._redis is None:
            return self._memory
        if self._redis_failed_at is not None \
                and time.monotonic() - self._redis_failed_at < REDIS_RETRY:
            return self._memory
        return self._redis

    async def _hit(self, item: RateLimitItem, identifiers: tuple[str, ...]) -> bool:
        limiter = self._limiter()
        try:
            allowed = await limiter.hit(item, *identifiers)
        except StorageError as error:
            self._redis_down(error)
            return await self._memory.hit(item, *identifiers)
        if limiter is self._redis and self._redis_failed_at is not None:
            self._redis_failed_at = None
            log.info("rate limits: Redis answers again; counting there again")
        return allowed

    async def _retry_after(self, item: RateLimitItem, identifiers: tuple[str, ...]) -> int:
        """Whole seconds until `item` lets one more through (1 to its window)."""
        try:
            stats = await self._limiter().get_window_stats(item, *identifiers)
        except StorageError as error:
            self._redis_down(error)
            stats = await self._memory.get_window_stats(item, *identifiers)
        return max(1, min(item.get_expiry(), math.ceil(stats.reset_time - time.time())))

    def _redis_down(self, error: StorageError) -> None:
        if self._redis_failed_at is None:
            log.warning("rate limits: Redis cannot be reached (%s); counting in this "
                        "process's memory until it answers again (limits then hold per "
                        "process, not across replicas)", error)
        self._redis_failed_at = time.monotonic()

    # --- refusals -------------------------------------------------------------------------

    def _refusal(self, action: Action, scope: Scope, tenant: str, lang: str,
                 seconds: int) -> RateLimited:
        if action == "handoffs":
            spec = self._bots[tenant].spec
            contact = spec.escalation.contact
            ways = [t(f"rate.contact_{kind}", lang, **{kind: value}) for kind, value in
                    (("email", contact.email), ("phone", contact.phone), ("url", contact.url))
                    if value]
            return RateLimited(t("rate.handoff", lang, company=spec.company.legal_name,
                                 contact=", ".join(ways), seconds=seconds),
                               code=HANDOFF_CODE, retry_after=seconds)
        key = "rate.ip" if scope == "per_ip" else "rate.tenant"
        return RateLimited(t(key, lang, what=t(f"rate.what.{action}", lang), seconds=seconds),
                           code=CODES[scope], retry_after=seconds)
