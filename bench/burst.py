"""Bursts of visitors opening the chat at the same moment, against a real server process.

Starts `clairbot serve` (the demo spec) in its own process, on SQLite (a file) and on
PostgreSQL (a scratch database on `--pg-url`, dropped afterwards); fires N concurrent
`POST /api/v1/conversations` from this process (one connection each, all released together),
then one more request right after the burst, and reports the status codes, how long the
burst took to be fully answered, per-request latency, and how fast the next one was served.

    .venv/bin/python bench/burst.py                      # bursts of 100 and 300
    .venv/bin/python bench/burst.py --sizes 50,100 --pg-url ''   # SQLite only

Target (issue 11): 100 and then 300 concurrent openings all get 201 within 10 s on SQLite and
on PostgreSQL (never a 500 or a hang), and a request sent right after is served in under 1 s.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import percentile, pg_database, run_info, write_results  # noqa: E402
from _server import serve_process  # noqa: E402
from clairbot.privacy.crypto import new_key  # noqa: E402

RESULTS = Path(__file__).parent / "results" / "burst.json"


async def _open(host: str, port: int, start: asyncio.Event,
                timeout: float) -> tuple[int | str, float]:
    """One opening over a raw HTTP/1.1 connection: a light client, so that the load
    generator's own cost (it shares the machine) does not show up as server latency."""
    body = b'{"lang": "fr"}'
    request = (f"POST /api/v1/conversations HTTP/1.1\r\nHost: {host}:{port}\r\n"
               f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
               "Connection: close\r\n\r\n").encode() + body
    await start.wait()
    began = time.perf_counter()
    try:
        async with asyncio.timeout(timeout):
            reader, writer = await asyncio.open_connection(host, port)
            writer.write(request)
            await writer.drain()
            status_line = await reader.readline()
            await reader.read()  # the whole response: the server is done with it
            writer.close()
        outcome: int | str = int(status_line.split()[1])
    except (OSError, TimeoutError, IndexError, ValueError) as error:
        outcome = type(error).__name__
    return outcome, time.perf_counter() - began


async def burst(base: str, size: int, timeout: float) -> dict[str, Any]:
    """`size` concurrent openings, released together; then one more right after."""
    host, port = base.removeprefix("http://").split(":")
    start = asyncio.Event()
    tasks = [asyncio.create_task(_open(host, int(port), start, timeout)) for _ in range(size)]
    await asyncio.sleep(0.2)  # every task is waiting on the event
    began = time.perf_counter()
    start.set()
    outcomes = await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - began
    after_status, after_latency = await _open(host, int(port), start, timeout)
    latencies = [latency for _, latency in outcomes]
    by_status: dict[str, list[float]] = {}
    for status, latency in outcomes:
        by_status.setdefault(str(status), []).append(latency)
    return {"size": size, "statuses": {k: len(v) for k, v in sorted(by_status.items())},
            "latency_by_status_s": {k: {"p50": round(percentile(v, 50), 3),
                                        "max": round(max(v), 3)}
                                    for k, v in sorted(by_status.items())},
            "all_answered_s": round(elapsed, 3),
            "latency_p50_s": round(percentile(latencies, 50), 3),
            "latency_max_s": round(max(latencies), 3),
            "next_request": {"status": after_status, "latency_s": round(after_latency, 3)}}


def run(name: str, database_url: str | None, sizes: list[int], timeout: float,
        env_extra: dict[str, str]) -> list[dict[str, Any]]:
    """Every burst size against one fresh server, smallest first."""
    results = []
    # Capacity, not limits: every opening comes from this one address, which the demo's
    # limits would refuse past 120 a minute (`--env CLAIRBOT_RATE_LIMITS=on` to see that).
    env = {"CLAIRBOT_ENCRYPTION_KEY": new_key(), "CLAIRBOT_AUTO_UPGRADE": "1",
           "CLAIRBOT_DATABASE_URL": database_url or "", "CLAIRBOT_RATE_LIMITS": "off",
           **env_extra}
    with tempfile.TemporaryDirectory() as folder:
        env["CLAIRBOT_DATA_DIR"] = folder
        with serve_process(env, Path(folder) / "server.log") as base:
            results = [_report(name, asyncio.run(burst(base, size, timeout)))
                       for size in sizes]
    return results


def _report(name: str, result: dict[str, Any]) -> dict[str, Any]:
    print(f"{name:10} burst {result['size']:4}: {result['latency_by_status_s']} all answered "
          f"in {result['all_answered_s']:.2f} s; next request "
          f"{result['next_request']['status']} in "
          f"{result['next_request']['latency_s'] * 1000:.0f} ms", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,300",
                        help="comma-separated burst sizes, run in this order")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds a client waits for its answer before giving up")
    parser.add_argument("--pg-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
                        help="PostgreSQL server for a scratch database ('' = SQLite only)")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="extra server setting, e.g. CLAIRBOT_DB_WORKERS=8 (repeatable)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    env_extra = dict(item.split("=", 1) for item in args.env)
    results: dict[str, Any] = {**run_info(), "sizes": sizes, "server_env": env_extra,
                               "sqlite": run("SQLite", None, sizes, args.timeout, env_extra)}
    scratch = pg_database(args.pg_url) if args.pg_url else None
    if scratch is not None:
        url, drop = scratch
        try:
            results["postgresql"] = run("PostgreSQL", url, sizes, args.timeout, env_extra)
        finally:
            drop()
    write_results(args.out, results)


if __name__ == "__main__":
    main()
