"""One purge pass of a deployment: once at a time, a transaction per batch, nothing left behind.

Several server replicas may run the purge job: on PostgreSQL the pass takes a transaction-level
advisory lock (`pg_try_advisory_xact_lock`) on a connection of its own, held until the pass
ends, and a replica that does not get it skips its pass. On SQLite every connection runs with
``secure_delete`` (see `clairbot.db.make_engine`), and the pass ends with a WAL checkpoint that
truncates the log: no purged byte stays in the database file or its ``-wal``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text

from clairbot import audit
from clairbot.db import make_session_factory, transaction
from clairbot.guards.pii.registry import PiiRegistry
from clairbot.lifecycle.deletion import scrub
from clairbot.lifecycle.purge import BATCH_SIZE, Progress, PurgeReport, run_steps
from clairbot.spec import BotSpec

log = logging.getLogger(__name__)

PURGE_LOCK_KEY = 0x636C6275726765  # "clburge": one purge pass per deployment at a time


def run_purge_pass(*, engine: Engine, spec: BotSpec, now: dt.datetime, dry_run: bool = False,
                   pii: PiiRegistry | None = None, batch_size: int = BATCH_SIZE,
                   progress: Progress | None = None) -> PurgeReport:
    """Purge the tenant of `spec` as of `now`, each batch committed on its own.

    This is the one function that runs a purge for the CLI and the server: the place to
    record its report in the audit trail. A pass skipped because another replica holds the
    lock returns a report with `skipped` set and every count at zero.
    """
    with deployment_lock(engine) as acquired:
        if not acquired:
            log.info("purge of %s skipped: another replica is purging", spec.tenant)
            return PurgeReport(tenant_id=spec.tenant, as_of=now, dry_run=dry_run, skipped=True)
        sessions = make_session_factory(engine)
        report = run_steps(lambda: transaction(sessions), spec=spec, now=now, dry_run=dry_run,
                           pii=pii, batch_size=batch_size, progress=progress)
    if not dry_run:
        with transaction(make_session_factory(engine)) as session:
            audit.record(session, tenant_id=spec.tenant, kind="retention.purged",
                         actor="system", data={"as_of": now.isoformat(),
                                               "counts": report.counts()})
        if report.total:
            scrub(engine)
    return report


@contextmanager
def deployment_lock(engine: Engine) -> Iterator[bool]:
    """Whether this process may purge now; on PostgreSQL, held until the block ends."""
    if engine.dialect.name != "postgresql":
        yield True
        return
    with engine.connect() as connection, connection.begin():
        acquired = connection.execute(text("SELECT pg_try_advisory_xact_lock(:key)"),
                                      {"key": PURGE_LOCK_KEY}).scalar_one()
        yield bool(acquired)

