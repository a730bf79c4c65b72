"""`clairbot serve` as deployed, on the test run's database and key: for the tests that need
what an in-process client cannot show (several processes, bursts, slow clients). The process
handling is `bench/_server.py`'s, shared with the benchmarks."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from clairbot.config import Settings

TEST_REDIS = os.environ.get("CLAIRBOT_TEST_REDIS_URL")
needs_postgresql_and_redis = pytest.mark.skipif(
    not (TEST_REDIS and os.environ.get("CLAIRBOT_TEST_DATABASE_URL")),
    reason="needs CLAIRBOT_TEST_DATABASE_URL (PostgreSQL) and CLAIRBOT_TEST_REDIS_URL (Redis)")
"""For the tests of several server processes: they share the database and Redis."""


def _bench_server() -> object:
    path = Path(__file__).resolve().parents[1] / "bench" / "_server.py"
    if "_server" not in sys.modules:
        spec = importlib.util.spec_from_file_location("_server", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["_server"] = module
        spec.loader.exec_module(module)
    return sys.modules["_server"]


@contextmanager
def clairbot_serve(settings: Settings, log: Path, *,
                   env: dict[str, str] | None = None) -> Iterator[str]:
    """`clairbot serve` (the demo spec) on the run's database and key until the block ends;
    yields its base URL once `/readyz` answers. Its output goes to `log`."""
    assert settings.encryption_key is not None
    full_env = {"CLAIRBOT_DATABASE_URL": settings.effective_database_url,
                "CLAIRBOT_ENCRYPTION_KEY": settings.encryption_key.get_secret_value(),
                "CLAIRBOT_KEY_FILE": "", "CLAIRBOT_DATA_DIR": str(settings.data_dir),
                # Like the run's settings: no webhook pass racing the webhook tests, and no
                # rate limits (bursts measure capacity); the tests of the limits turn them on.
                "CLAIRBOT_WEBHOOK_INTERVAL": "0", "CLAIRBOT_RATE_LIMITS": "off",
                **(env or {})}
    with _bench_server().serve_process(full_env, log) as base:  # type: ignore[attr-defined]
        yield base


@contextmanager
def two_servers(settings: Settings, logs: Path, *,
                env: dict[str, str] | None = None) -> Iterator[list[str]]:
    """Two `clairbot serve` processes on the run's database and the test Redis (`env` over
    that); yields their base URLs. Their output goes to `first.log` and `second.log` in
    `logs`."""
    full_env = {"CLAIRBOT_REDIS_URL": TEST_REDIS or "", **(env or {})}
    with clairbot_serve(settings, logs / "first.log", env=full_env) as first, \
            clairbot_serve(settings, logs / "second.log", env=full_env) as second:
        yield [first, second]
