"""What the benchmarks share: a scratch PostgreSQL database per run, percentiles, and the
result files (what they start with, where they go)."""

from __future__ import annotations

import json
import multiprocessing
import platform
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def run_info() -> dict[str, Any]:
    """What every result file starts with: the day, Python, the machine."""
    return {"date": time.strftime("%Y-%m-%d"), "python": platform.python_version(),
            "machine": f"{platform.machine()}, {multiprocessing.cpu_count()} cores"}


def write_results(path: Path, results: dict[str, Any]) -> None:
    """Write `results` as JSON to `path` (its folder made if needed) and say where."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written to {path}")
