"""What `login_attempts` keeps (finding 5): keyed hashes of what was typed and of the address,
never the text itself, and nothing older than the throttle window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from clairbot.config import Settings
from clairbot.conversation.bootstrap import prepare_database
from clairbot.conversation.bot import Bot
from clairbot.db import (
    _alembic_config,
    make_engine,
    make_session_factory,
    transaction,
    upgrade,
    utcnow,
)
from clairbot.lifecycle.purge import purge
from clairbot.privacy.crypto import KEYS
from clairbot.staff.models import LoginAttempt
from clairbot.staff.service import IP_HASH, THROTTLE_WINDOW
from clairbot.web import create_app
from tests.staff.factories import authenticate, fail, make_member, unique_ip

TYPED = "Tr0ub4dor&3-typed-in-the-email-field"  # a password typed where the e-mail goes
ADDRESS = "203.0.113.77"
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
HASHED = "0017"  # the migration that replaced the columns in clear by keyed hashes


def before_hashed(engine: Engine) -> str:
    """The revision just before `HASHED`, where `login_attempts` kept text in clear."""
    previous = ScriptDirectory.from_config(_alembic_config(engine)).get_revision(
        HASHED).down_revision
    assert isinstance(previous, str)
    return previous


def raw_rows(session: Session) -> list[tuple[object, ...]]:
    """Every column of every row, as the database holds them (no ORM in between)."""
    return [tuple(row) for row in session.execute(text("SELECT * FROM login_attempts"))]


def test_when_a_password_is_typed_as_the_email_then_no_column_holds_it_nor_the_address(
        session: Session, demo_bot: Bot) -> None:
    member = make_member(session, demo_bot.tenant_id)
    for minute in range(3):
        fail(session, demo_bot.tenant_id, TYPED, ADDRESS, NOW + dt.timedelta(minutes=minute))
    authenticate(session=session, tenant_id=demo_bot.tenant_id, email=member.email,
                 password="correct horse battery", ip=ADDRESS,
                 now=NOW + dt.timedelta(minutes=4))
    rows = raw_rows(session)
    held = " ".join(str(value) for row in rows for value in row).lower()
    assert len(rows) >= 4
    assert TYPED.lower() not in held and ADDRESS not in held
    assert member.email not in held  # a real address is not kept either
    # What is kept counts: the four attempts from the address share one keyed hash.
    ip_hash = KEYS.require().keyed_hash(ADDRESS, context=IP_HASH)
    assert session.scalar(select(func.count()).select_from(LoginAttempt)
                          .where(LoginAttempt.ip_hash == ip_hash)) == 4


def test_when_sign_ins_fail_on_sqlite_then_the_typed_text_is_in_no_file(
        tmp_path: Path, settings: Settings, demo_bot: Bot) -> None:
    path = tmp_path / "clairbot.db"
    engine = make_engine(f"sqlite:///{path}")
    files: Callable[[], bytes] = lambda: b"".join(  # noqa: E731
        p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    try:
        prepare_database(engine, [demo_bot], auto_upgrade=True)
        app = create_app(settings.model_copy(update={"purge_interval": 0}), [demo_bot],
                         engine=engine)
        with TestClient(app) as browser:
            for _ in range(3):
                refused = browser.post("/console/login",
                                       data={"email": TYPED, "password": "nope"})
                assert refused.status_code == 401
        with transaction(make_session_factory(engine)) as session:
            assert len(raw_rows(session)) == 3  # committed, although each sign-in failed
        assert TYPED.encode() not in files() and TYPED.lower().encode() not in files()
    finally:
        engine.dispose()


def test_when_an_attempt_is_older_than_the_window_then_the_next_sign_in_deletes_it(
        session: Session, demo_bot: Bot) -> None:
    fail(session, demo_bot.tenant_id, TYPED, unique_ip(), NOW)
    fail(session, demo_bot.tenant_id, TYPED, unique_ip(), NOW + dt.timedelta(minutes=14))
    assert session.scalar(select(func.count()).select_from(LoginAttempt).where(
        LoginAttempt.created_at.in_([NOW, NOW + dt.timedelta(minutes=14)]))) == 2
    later = NOW + THROTTLE_WINDOW + dt.timedelta(seconds=1)
    fail(session, demo_bot.tenant_id, "someone@example.com", unique_ip(), later)
    left = set(session.scalars(select(LoginAttempt.created_at).where(
        LoginAttempt.created_at <= later)))
    assert NOW not in left and NOW + dt.timedelta(minutes=14) in left and later in left


def test_when_nobody_signs_in_then_the_purge_deletes_old_attempts_and_a_dry_run_counts_them(
        session: Session, demo_bot: Bot) -> None:
    fail(session, demo_bot.tenant_id, TYPED, unique_ip(), NOW)
    fail(session, demo_bot.tenant_id, TYPED, unique_ip(), NOW + dt.timedelta(minutes=10))
    as_of = NOW + dt.timedelta(minutes=20)  # the first is past the window, not the second
    expired = session.scalar(select(func.count()).select_from(LoginAttempt).where(
        LoginAttempt.tenant_id == demo_bot.tenant_id,
        LoginAttempt.created_at < as_of - THROTTLE_WINDOW))
    assert expired is not None and expired >= 1
    dry = purge(session=session, spec=demo_bot.spec, now=as_of, dry_run=True)
    assert dry.login_attempts_deleted == expired
    done = purge(session=session, spec=demo_bot.spec, now=as_of)
    assert done.login_attempts_deleted == expired
    left = set(session.scalars(select(LoginAttempt.created_at).where(
        LoginAttempt.tenant_id == demo_bot.tenant_id)))
    assert NOW not in left and NOW + dt.timedelta(minutes=10) in left


def test_when_upgraded_past_hashed_then_attempts_kept_in_clear_are_gone_from_table_and_file(
        tmp_path: Path) -> None:
    path = tmp_path / "clairbot.db"
    engine = make_engine(f"sqlite:///{path}")
    files: Callable[[], bytes] = lambda: b"".join(  # noqa: E731
        p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    try:
        command.upgrade(_alembic_config(engine), before_hashed(engine))
        with transaction(make_session_factory(engine)) as session:
            session.execute(text("INSERT INTO tenants (id, name, spec_version, created_at) "
                                 "VALUES ('t1', 'T', '1', :at)"), {"at": utcnow()})
            session.execute(text("INSERT INTO login_attempts (id, tenant_id, email, ip, "
                                 "succeeded, created_at) VALUES ('a1', 't1', :typed, :ip, "
                                 "0, :at)"), {"typed": TYPED, "ip": ADDRESS, "at": utcnow()})
        engine.dispose()
        assert TYPED.encode() in files() and ADDRESS.encode() in files()
        upgrade(engine)
        with transaction(make_session_factory(engine)) as session:
            assert raw_rows(session) == []
        engine.dispose()
        assert TYPED.encode() not in files() and ADDRESS.encode() not in files()
    finally:
        engine.dispose()


def test_when_downgraded_below_hashed_then_the_old_table_comes_back_empty(
        tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'clairbot.db'}")
    try:
        upgrade(engine)
        command.downgrade(_alembic_config(engine), before_hashed(engine))
        with transaction(make_session_factory(engine)) as session:
            assert raw_rows(session) == []
            columns = {row[1] for row in session.execute(text("PRAGMA table_info("
                                                              "login_attempts)"))}
        assert {"email", "ip"} <= columns and "email_hash" not in columns
        upgrade(engine)
    finally:
        engine.dispose()

