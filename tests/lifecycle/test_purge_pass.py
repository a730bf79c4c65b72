"""A purge pass as it runs in production, on committed data: from `clairbot purge`, from the
server's job, once per deployment, and leaving no purged byte in SQLite's files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

import anyio
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text
from typer.testing import CliRunner

from clairbot.cli import app as cli
from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.db import make_engine, make_session_factory, transaction, utcnow
from clairbot.demo import DEMO_SPEC
from clairbot.lifecycle.purge import PurgeReport
from clairbot.lifecycle.purge_pass import PURGE_LOCK_KEY, run_purge_pass
from clairbot.web import create_app
from clairbot.web.jobs import purge_once
from tests.lifecycle.seed import MakeBot, Seeded, counts, seed, snapshot, tenant_bot

runner = CliRunner()


def seeded(engine: Engine, bot: Bot) -> Seeded:
    with transaction(make_session_factory(engine)) as session:
        return seed(session, bot)


def tenant_counts(engine: Engine, bot: Bot) -> dict[str, int]:
    with transaction(make_session_factory(engine)) as session:
        return counts(session, bot)


def spec_file(tmp_path: Path, bot: Bot) -> Path:
    """The demo spec under the test tenant, with its retention, as a file for the CLI."""
    retention = bot.spec.retention
    source = DEMO_SPEC.read_text(encoding="utf-8")
    source = source.replace("tenant: verdalis", f"tenant: {bot.tenant_id}")
    source = source.replace("path: knowledge", f"path: {DEMO_SPEC.parent / 'knowledge'}")
    source = source.replace(
        "  conversations: 30\n  personal_data: 30\n  consent_proof: 1825\n",
        f"  conversations: {retention.conversations}\n"
        f"  personal_data: {retention.personal_data}\n"
        f"  consent_proof: {retention.consent_proof}\n"
        f"  incidents: {retention.incidents}\n")
    path = tmp_path / "spec.yaml"
    path.write_text(source, encoding="utf-8")
    return path


def cli_env(settings: Settings) -> dict[str, str]:
    key = settings.encryption_key
    return {"CLAIRBOT_DATABASE_URL": settings.effective_database_url, "CLAIRBOT_KEY_FILE": "",
            "CLAIRBOT_ENCRYPTION_KEY": key.get_secret_value() if key else "",
            "COLUMNS": "200"}


def test_when_purge_runs_from_the_cli_then_expired_data_goes_and_dry_run_only_counts(
        tmp_path: Path, settings: Settings, engine: Engine, committed_bot: MakeBot) -> None:
    bot = committed_bot(conversations=30, consent_proof=40)
    seeded(engine, bot)
    before = tenant_counts(engine, bot)
    as_of = (utcnow() + dt.timedelta(days=41)).isoformat()
    args = ["purge", "--spec", str(spec_file(tmp_path, bot)), "--as-of", as_of]
    with transaction(make_session_factory(engine)) as session:
        untouched = snapshot(session, bot)
    dry = runner.invoke(cli, [*args, "--dry-run"], env=cli_env(settings))
    assert dry.exit_code == 0, dry.output
    assert "dry run: nothing changed" in dry.output
    assert ["conversations deleted", "1"] in [
        [cell.strip() for cell in line.split("│") if cell.strip()]
        for line in dry.output.splitlines()]
    with transaction(make_session_factory(engine)) as session:
        assert snapshot(session, bot) == untouched
    done = runner.invoke(cli, args, env=cli_env(settings))
    assert done.exit_code == 0, done.output
    total = sum(before.values())
    assert f"{total} row(s) were deleted" in done.output
    assert f"{total} row(s) would be deleted" in dry.output
    assert tenant_counts(engine, bot) == dict.fromkeys(before, 0)


def server_pass(settings: Settings, engine: Engine, bots: list[Bot]) -> list[PurgeReport]:
    """One pass of the server's purge job over `bots`, as of each bot's clock (no other job
    of the server runs)."""
    quiet = settings.model_copy(update={"webhook_interval": 0, "handoff_check_interval": 0,
                                        "purge_interval": 0})
    return anyio.run(purge_once, create_app(quiet, bots, engine=engine).state.runtime)


def test_when_as_of_is_not_a_date_then_the_cli_refuses(settings: Settings) -> None:
    result = runner.invoke(cli, ["purge", "--as-of", "next tuesday"], env=cli_env(settings))
    assert result.exit_code == 1 and "purge.bad_as_of" in result.output


def test_when_the_server_job_runs_then_it_purges_as_of_the_bots_clock(
        settings: Settings, engine: Engine, committed_bot: MakeBot) -> None:
    bot = committed_bot(conversations=30, personal_data=10)
    seeded(engine, bot)
    kept = committed_bot(conversations=30, personal_data=10)
    seeded(engine, kept)
    kept_before = tenant_counts(engine, kept)
    late = dataclasses.replace(bot, clock=lambda: utcnow() + dt.timedelta(days=31))
    reports = server_pass(settings, engine, [late, kept])
    assert [r.tenant_id for r in reports] == [late.tenant_id, kept.tenant_id]
    assert reports[0].conversations_deleted == 1 and reports[1].total == 0
    assert tenant_counts(engine, bot)["conversations"] == 0
    assert tenant_counts(engine, kept) == kept_before


def test_when_the_server_runs_then_its_purge_job_passes_by_itself(
        settings: Settings, engine: Engine, committed_bot: MakeBot) -> None:
    bot = committed_bot()
    seeded(engine, bot)
    late = dataclasses.replace(bot, clock=lambda: utcnow() + dt.timedelta(days=31))
    fast = settings.model_copy(update={"webhook_interval": 0, "handoff_check_interval": 0,
                                       "purge_interval": 0.2})
    with TestClient(create_app(fast, [late], engine=engine)):
        deadline = time.monotonic() + 15
        while tenant_counts(engine, bot)["conversations"] and time.monotonic() < deadline:
            time.sleep(0.1)
    assert tenant_counts(engine, bot)["conversations"] == 0


def test_when_another_replica_holds_the_lock_then_the_pass_is_skipped(
        engine: Engine, committed_bot: MakeBot) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("advisory locks are PostgreSQL's; SQLite serves one process")
    bot = committed_bot()
    seeded(engine, bot)
    before = tenant_counts(engine, bot)
    now = utcnow() + dt.timedelta(days=31)
    with engine.connect() as other, other.begin():
        assert other.execute(text("SELECT pg_try_advisory_xact_lock(:key)"),
                             {"key": PURGE_LOCK_KEY}).scalar_one()
        report = run_purge_pass(engine=engine, spec=bot.spec, now=now, pii=bot.pii)
        assert report.skipped and report.total == 0
        assert tenant_counts(engine, bot) == before
    report = run_purge_pass(engine=engine, spec=bot.spec, now=now, pii=bot.pii)
    assert not report.skipped and report.conversations_deleted == 1


def test_when_sqlite_purged_then_no_purged_value_stays_in_the_files(
        tmp_path: Path, demo_bot: Bot) -> None:
    path = tmp_path / "clairbot.db"
    engine = make_engine(f"sqlite:///{path}")
    try:
        bot = tenant_bot(engine, demo_bot)
        purged = seeded(engine, bot)
        files: Callable[[], bytes] = lambda: b"".join(  # noqa: E731
            p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
        # Stored in clear: the conversation id (webhook payloads, indexes) and the subject.
        values = [purged.conversation_id.encode(), purged.subject.encode()]
        assert all(value in files() for value in values)
        report = run_purge_pass(engine=engine, spec=bot.spec, pii=bot.pii,
                                now=utcnow() + dt.timedelta(days=61))
        assert report.conversations_deleted == 1 and report.consent_records_deleted == 1
        assert not [value for value in values if value in files()]
    finally:
        engine.dispose()
