"""Shared fixtures: a real database (SQLite always; PostgreSQL when
CLAIRBOT_TEST_DATABASE_URL is set), the demo bot, the app and an HTTP client."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from clairbot.config import Settings
from clairbot.conversation.bootstrap import prepare_database
from clairbot.conversation.bot import Bot
from clairbot.db import make_engine
from clairbot.demo import DEMO_SPEC
from clairbot.privacy.crypto import KEYS, KeyRing, new_key
from clairbot.privacy.keys import keyring_from_settings
from clairbot.web import create_app
from tests.audit_coverage import unaccounted_answers

PG_ENV = "CLAIRBOT_TEST_DATABASE_URL"
EVAL_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


ACCOUNTED: dict[str, int] = {}


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if ACCOUNTED:
        terminalreporter.write_line(
            f"accountability: {ACCOUNTED['checked']} bot answers committed by the run checked, "
            f"{ACCOUNTED['problems']} without an intact audit event and owners")


def pytest_report_header() -> str:
    url = os.environ.get(PG_ENV)
    where = f"PostgreSQL {url}" if url else f"SQLite (set {PG_ENV} for PostgreSQL)"
    return f"clairbot database: {where}"


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh, empty database for this test run (a new PostgreSQL database, dropped after)."""
    server_url = os.environ.get(PG_ENV)
    if not server_url:
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'clairbot.db'}"
        return
    name = f"clairbot_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def settings(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Explicit settings: nothing read from the environment."""
    # No webhook sending in the background of the apps built from these: a pass could claim
    # a delivery a webhook test enqueued before its own `deliver_due` runs (seen once on
    # PostgreSQL). The tests of that job turn it on with an interval of their own.
    # No rate limits per client address or tenant either: every in-process client is one
    # address ("testclient") and the session's app lives for the whole run, so each test's
    # outcome would depend on how many conversations the tests before it opened. The limits
    # are tested on apps of their own, with fresh counters and limits each test sets
    # (tests/web/test_rate_limits.py), and against `clairbot serve` with the demo's.
    return Settings(data_dir=tmp_path_factory.mktemp("data"), database_url=database_url,
                    auto_upgrade=True, knowledge_check_interval=0, webhook_interval=0,
                    rate_limits=False, encryption_key=SecretStr(new_key()))


@pytest.fixture(scope="session")
def demo_bot(settings: Settings) -> Bot:
    """The demo tenant's bot."""
    return Bot.from_spec_file(DEMO_SPEC, settings)


@pytest.fixture(scope="session")
def key_ring(settings: Settings) -> KeyRing:
    """The test run's encryption keys."""
    return keyring_from_settings(settings)


@pytest.fixture(autouse=True)
def _test_keys_installed(key_ring: KeyRing) -> None:
    """Every test starts with the run's keys: a CLI command run in-process installs the
    keys of its own data folder, which must not leak into the next test."""
    KEYS.install(key_ring)


@pytest.fixture(scope="session")
def engine(settings: Settings, demo_bot: Bot) -> Iterator[Engine]:
    """The test database, migrated, with the demo tenant registered and the key installed."""
    KEYS.install(keyring_from_settings(settings))
    engine = make_engine(settings.effective_database_url)
    prepare_database(engine, [demo_bot], auto_upgrade=True)
    yield engine
    # Accountability, checked on everything the run committed: each bot answer has an
    # intact audit event with its provenance and an owner for every source.
    checked, problems = unaccounted_answers(engine)
    ACCOUNTED.update(checked=checked, problems=len(problems))
    engine.dispose()
    assert not problems, f"{len(problems)} of {checked} answers unaccounted for: {problems[:5]}"


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session inside a transaction that is rolled back after the test."""
    with engine.connect() as connection:
        transaction = connection.begin()
        with Session(bind=connection, join_transaction_mode="create_savepoint",
                     expire_on_commit=False) as session:
            yield session
        transaction.rollback()


@pytest.fixture(scope="session")
def client(settings: Settings, demo_bot: Bot, engine: Engine) -> Iterator[TestClient]:
    """An HTTP client on the app serving the demo tenant."""
    with TestClient(create_app(settings, [demo_bot], engine=engine)) as client:
        yield client
