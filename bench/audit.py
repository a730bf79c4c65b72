"""Audit trail: the cost of one append in a turn's transaction, and the time to verify a
chain of a million events, on SQLite and PostgreSQL. Results: bench/results/audit.json.

    python bench/audit.py [--events 1000000] [--appends 2000]
                          [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]
                          [--out bench/results/audit.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert

from _common import (  # bench/ is on sys.path when run
    percentile,
    pg_database,
    run_info,
    write_results,
)
from clairbot.audit import AuditEvent, AuditHead, record, snapshot, verify_tenant
from clairbot.audit.chain import GENESIS, canonical_json, event_hash, iso
from clairbot.db import make_engine, make_session_factory, transaction, upgrade
from clairbot.tenants.models import Tenant

HERE = Path(__file__).parent
RESULTS = HERE / "results"
BULK_BATCH = 10_000



def answer_payload(n: int) -> dict[str, Any]:
    """What a bot answer records: ids, types and counts (about 250 bytes)."""
    return {"conversation_id": uuid.UUID(int=n).hex, "message_id": uuid.UUID(int=n + 1).hex,
            "sources": [f"faq/{n % 2000}"], "owner": "support", "responder": "extractive",
            "spec_version": "2026-11-01", "guards": {"pii": n % 3, "consent": "granted"},
            "confidence": 0.82}


def _tenant(engine: Engine, tenant_id: str) -> None:
    with transaction(make_session_factory(engine)) as session:
        session.add(Tenant(id=tenant_id, name=tenant_id))


def appends(engine: Engine, count: int) -> dict[str, Any]:
    """`count` appends, each in its own transaction as a turn makes it (after 100 of
    warm-up): the append alone, and the whole transaction with its commit."""
    _tenant(engine, "bench-append")
    sessions = make_session_factory(engine)
    alone: list[float] = []
    whole: list[float] = []
    for n in range(count + 100):
        start = time.perf_counter()
        with transaction(sessions) as session:
            t0 = time.perf_counter()
            record(session, tenant_id="bench-append", kind="bot.answer", actor="bot",
                   data=answer_payload(n), subject=f"conv-{n % 50}")
            t1 = time.perf_counter()
        end = time.perf_counter()
        if n >= 100:
            alone.append((t1 - t0) * 1000)
            whole.append((end - start) * 1000)
    return {"appends": count,
            "append_p50_ms": round(statistics.median(alone), 3),
            "append_p99_ms": round(percentile(alone, 99), 3),
            "transaction_p50_ms": round(statistics.median(whole), 3),
            "transaction_p99_ms": round(percentile(whole, 99), 3)}


def bulk_chain(engine: Engine, tenant_id: str, count: int,
               report: Callable[[int], None] | None = None) -> float:
    """Write a valid chain of `count` events fast (hashes computed here, rows inserted in
    batches); returns the seconds it took."""
    _tenant(engine, tenant_id)
    start = time.perf_counter()
    base = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    prev = GENESIS
    table = AuditEvent.__table__
    with engine.begin() as connection:
        batch: list[dict[str, Any]] = []
        for seq in range(1, count + 1):
            payload = answer_payload(seq)
            payload_digest = hashlib.sha256(canonical_json(payload)).hexdigest()
            at = base + dt.timedelta(milliseconds=seq)
            kind = "bot.answer" if seq % 10 else "consent.decision"
            digest = event_hash(tenant=tenant_id, seq=seq, at=iso(at), kind=kind, actor="bot",
                                payload_digest=payload_digest, prev=prev)
            batch.append({"tenant_id": tenant_id, "seq": seq, "at": at, "kind": kind,
                          "actor": "bot", "payload": payload, "payload_digest": payload_digest,
                          "prev_hash": prev, "hash": digest, "subject_ref": None,
                          "redacted_at": None})
            prev = digest
            if len(batch) == BULK_BATCH:
                connection.execute(insert(table), batch)
                batch = []
                if report:
                    report(seq)
        if batch:
            connection.execute(insert(table), batch)
        connection.execute(insert(AuditHead.__table__),
                           [{"tenant_id": tenant_id, "seq": count, "hash": prev,
                             "updated_at": base}])
    return time.perf_counter() - start


def verification(engine: Engine, count: int) -> dict[str, Any]:
    """Bulk-write a chain of `count` events, then time a full verification of it."""
    written = bulk_chain(engine, "bench-verify", count)
    start = time.perf_counter()
    with snapshot(engine) as connection:
        report = verify_tenant(connection, "bench-verify")
    elapsed = time.perf_counter() - start
    if not report.ok or report.checked != count:
        raise RuntimeError(f"the benchmark chain does not verify: {report}")
    return {"events": count, "bulk_write_seconds": round(written, 2),
            "verify_seconds": round(elapsed, 2),
            "verify_events_per_second": round(count / elapsed)}


def measure(url: str, events: int, count: int) -> dict[str, Any]:
    engine = make_engine(url)
    try:
        upgrade(engine)
        result = appends(engine, count)
        print("  appends:", result)
        result.update(verification(engine, events))
        print("  verify:", {k: result[k] for k in ("events", "bulk_write_seconds",
                                                   "verify_seconds")})
        return result
    finally:
        engine.dispose()



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000,
                        help="events in the chain that is verified")
    parser.add_argument("--appends", type=int, default=2000, help="appends timed one by one")
    parser.add_argument("--database-url",
                        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
                        help="PostgreSQL server to measure on ('' to skip)")
    parser.add_argument("--out", type=Path, default=RESULTS / "audit.json")
    args = parser.parse_args()
    results: dict[str, Any] = run_info()
    with tempfile.TemporaryDirectory() as tmp:
        print("SQLite:")
        results["sqlite"] = measure(f"sqlite:///{Path(tmp) / 'audit.db'}", args.events,
                                    args.appends)
    pg = pg_database(args.database_url) if args.database_url else None
    if pg:
        print("PostgreSQL:")
        try:
            results["postgresql"] = measure(pg[0], args.events, args.appends)
        finally:
            pg[1]()
    write_results(args.out, results)


if __name__ == "__main__":
    main()
