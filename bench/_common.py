"""What the benchmarks share: a scratch PostgreSQL database per run, and percentiles."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


def percentile(values: list[float], p: float) -> float:
    """The `p`-th percentile (nearest rank) of `values`."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def pg_database(server_url: str) -> tuple[str, Callable[[], None]] | None:
    """A scratch PostgreSQL database for the run (dropped by the returned callback), or None
    with the reason printed when the server cannot be reached (the run goes on with SQLite)."""
    try:
        admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
        name = f"clairbot_bench_{uuid.uuid4().hex[:8]}"
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # no server: report and go on with SQLite only
        print(f"PostgreSQL skipped: {exc.__class__.__name__}: {exc}")
        return None

    def drop() -> None:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(server_url).set(database=name).render_as_string(hide_password=False), drop
