"""What the rate limits cost a request: `RateLimits.check` as the visitor API runs it before a
request's database work, counted in memory and in Redis, and the handoff gate a turn calls
from its database worker. Results: bench/results/rate_limits.json.

    .venv/bin/python bench/rate_limits.py                       # --checks 20000, Redis on localhost
    .venv/bin/python bench/rate_limits.py --redis-url ''        # memory only

Each check counts one action for one address and the tenant, as a request does: `messages`
(one rate per scope: 2 counters), `handoffs` (two rates per scope: 4 counters). Addresses
cycle over 10,000, so that no check is refused; then one address past its limit measures a
refusal (the counters, then the window's reset time for `Retry-After`). The handoff gate runs
in a worker thread and hops to the event loop (`anyio.from_thread.run`), as in a turn.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio.to_thread

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import percentile, run_info, write_results  # noqa: E402
from clairbot.config import Settings  # noqa: E402
from clairbot.conversation.bot import Bot  # noqa: E402
from clairbot.conversation.models import Conversation  # noqa: E402
from clairbot.conversation.turn import Inbound, Turn  # noqa: E402
from clairbot.demo import DEMO_SPEC  # noqa: E402
from clairbot.errors import RateLimited  # noqa: E402
from clairbot.privacy.crypto import KEYS, KeyRing  # noqa: E402
from clairbot.spec import DEFAULT_LIMITS, Limits  # noqa: E402
from clairbot.web.rate_limits import RateLimits  # noqa: E402

RESULTS = Path(__file__).parent / "results" / "rate_limits.json"
ADDRESSES = 10_000


def bench_bot() -> Bot:
    """The demo bot under a tenant of its own (fresh counters in a shared Redis), whose
    tenant-wide rates are out of reach: the figures are those of allowed requests."""
    bot = Bot.from_spec_file(DEMO_SPEC, Settings(knowledge_check_interval=0))
    wide = {action: {**scopes, "per_tenant": "10000000/minute"}
            for action, scopes in DEFAULT_LIMITS.items()}
    wide["messages"]["per_ip"] = "1000000/minute"
    # Two rates per scope, as the default handoff limits have.
    wide["handoffs"] = {"per_ip": "1000000/minute; 10000000/hour",
                        "per_tenant": "10000000/minute; 10000000/hour"}
    spec = bot.spec.model_copy(update={"tenant": f"bench-{uuid.uuid4().hex[:8]}",
                                       "limits": Limits.model_validate(wide)})
    return dataclasses.replace(bot, spec=spec)


async def _timed(call: Callable[[int], Awaitable[Any]], count: int) -> list[float]:
    """Microseconds of each of `count` calls (after `count // 10` of warm-up)."""
    for n in range(count // 10):
        await call(n)
    timings = []
    for n in range(count):
        began = time.perf_counter()
        await call(n)
        timings.append((time.perf_counter() - began) * 1e6)
    return timings


def _figures(timings: list[float]) -> dict[str, float]:
    return {"calls": len(timings), "p50_us": round(percentile(timings, 50), 1),
            "p99_us": round(percentile(timings, 99), 1),
            "mean_us": round(sum(timings) / len(timings), 1)}


async def measure(storage: str, redis_url: str | None, checks: int) -> dict[str, Any]:
    """Every figure for one storage."""
    bot = bench_bot()
    limits = RateLimits(bots={bot.tenant_id: bot}, enabled=True, redis_url=redis_url)
    tenant = bot.tenant_id
    results: dict[str, Any] = {}
    try:
        for action in ("messages", "handoffs"):
            async def check(n: int, action: Any = action) -> None:
                await limits.check(action, tenant=tenant, client=f"10.0.{n % ADDRESSES}",
                                   lang="fr")
            results[f"check_{action}"] = _figures(await _timed(check, checks))

        async def refused(n: int) -> None:
            try:
                await limits.check("conversations", tenant=tenant, client="192.0.2.1",
                                   lang="fr")
            except RateLimited:
                return
        for _ in range(200):  # past the address's 120 a minute
            await refused(0)
        results["refusal_conversations"] = _figures(await _timed(refused, checks // 10))

        gate = limits.handoff_gate("10.1.0.1")
        assert gate is not None
        turn = Turn(conversation=Conversation(tenant_id=tenant), inbound=Inbound(), lang="fr")

        async def gated(n: int) -> None:
            await anyio.to_thread.run_sync(gate, turn)

        async def hop(n: int) -> None:  # the same trip with nothing to count: the baseline
            await anyio.to_thread.run_sync(anyio.from_thread.run, asyncio.sleep, 0)
        results["handoff_gate_from_thread"] = _figures(await _timed(gated, checks // 10))
        results["thread_hop_baseline"] = _figures(await _timed(hop, checks // 10))
    finally:
        await limits.close()
    _report(storage, results)
    return results


def _report(storage: str, results: dict[str, Any]) -> None:
    for name, figures in results.items():
        print(f"{storage:6} {name:26} p50 {figures['p50_us']:8.1f} us  p99 "
              f"{figures['p99_us']:8.1f} us  ({figures['calls']} calls)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checks", type=int, default=20_000,
                        help="checks timed per action (a tenth for refusals and the gate)")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0",
                        help="Redis to count in ('' = memory only)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    # Addresses are counted under a keyed hash, as the server does with its own key ring.
    KEYS.install(KeyRing.generate())
    results: dict[str, Any] = {**run_info(), "checks": args.checks,
                               "memory": asyncio.run(measure("memory", None, args.checks))}
    if args.redis_url:
        try:
            results["redis"] = asyncio.run(measure("redis", args.redis_url, args.checks))
        except Exception as error:  # no server: report and keep the memory figures
            print(f"Redis skipped: {error.__class__.__name__}: {error}")
    write_results(args.out, results)


if __name__ == "__main__":
    main()
