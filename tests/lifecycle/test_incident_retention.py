"""Incidents inside retention (finding 9): an incident last changed more than
`retention.incidents` days ago goes, with its history (the visitor's comment, the owner's
response, the notes), in a purge in the session, from `clairbot purge` and from the server's
pass; a dry run counts it; the privacy notice and the records of processing name the period."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from clairbot.cli import app as cli
from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.db import make_session_factory, transaction, utcnow
from clairbot.i18n import t
from clairbot.incidents import service as incidents
from clairbot.incidents.models import Incident, IncidentEvent
from clairbot.lifecycle.purge import purge
from clairbot.policy.markdown import notice_markdown
from clairbot.policy.notice import build_notice
from clairbot.policy.ropa import ropa_rows
from clairbot.spec.defaults import DEFAULT_INCIDENT_RETENTION_DAYS
from clairbot.spec.models import Retention
from tests.lifecycle.seed import MakeBot, tenant_bot
from tests.lifecycle.test_purge_pass import cli_env, server_pass, spec_file

runner = CliRunner()
COMMENT = "Le délai cité est faux, rappelez Mme Lemaire au 06 12 34 56 78"


def report(session: Session, bot: Bot, at: dt.datetime) -> Incident:
    """A visitor's report on a bot answer, made at `at` (flushed)."""
    return incidents.report(
        session=session, tenant_id=bot.tenant_id, conversation_id="c" * 32,
        message_id="m" * 32, subject="v_retention", meta={"passages": [{"topic": "billing"}]},
        sources=[{"owner": "Service Facturation <facturation@verdalis.example>"}],
        source="visitor", reported_by="visitor", summary=COMMENT, spec=bot.spec, now=at)


def left(session: Session, bot: Bot) -> tuple[set[str], int]:
    """The tenant's incident ids, and how many history rows they have."""
    ids = set(session.scalars(select(Incident.id).where(Incident.tenant_id == bot.tenant_id)))
    history = session.scalar(select(func.count()).select_from(IncidentEvent)
                             .where(IncidentEvent.tenant_id == bot.tenant_id))
    return ids, int(history or 0)


def test_when_an_incident_outlives_its_period_then_the_purge_deletes_it_with_its_history(
        session: Session, demo_bot: Bot) -> None:
    bot = tenant_bot(session, demo_bot, incidents=30)
    now = utcnow()
    expired = report(session, bot, now - dt.timedelta(days=45))
    incidents.transition(session=session, incident=expired, to="fixed", actor="staff:owner",
                         response="Corrigé, nous rappelons Mme Lemaire.", note="vu au tél.",
                         now=now - dt.timedelta(days=31))
    recent = report(session, bot, now - dt.timedelta(days=29))
    # Reported long ago, but changed within the period: its period counts from that change.
    revived = report(session, bot, now - dt.timedelta(days=90))
    incidents.transition(session=session, incident=revived, to="acknowledged",
                         actor="staff:owner", now=now - dt.timedelta(days=5))
    before = left(session, bot)
    assert before == ({expired.id, recent.id, revived.id}, 5)

    dry = purge(session=session, spec=bot.spec, now=now, dry_run=True)
    assert dry.incidents_deleted == 1 and left(session, bot) == before
    done = purge(session=session, spec=bot.spec, now=now)
    assert done.incidents_deleted == 1
    assert left(session, bot) == ({recent.id, revived.id}, 3)
    # Nothing of it stays: no row holds its id, whatever the column.
    for table in ("incidents", "incident_events"):
        rows = session.execute(text(f"SELECT * FROM {table}")).all()
        assert expired.id not in str(rows)


def committed_incident(engine: Engine, bot: Bot) -> str:
    with transaction(make_session_factory(engine)) as session:
        return report(session, bot, utcnow()).id


def test_when_clairbot_purge_runs_then_an_expired_incident_goes_and_a_dry_run_counts_it(
        tmp_path: Path, settings: Settings, engine: Engine, committed_bot: MakeBot) -> None:
    bot = committed_bot(incidents=30)
    committed_incident(engine, bot)
    args = ["purge", "--spec", str(spec_file(tmp_path, bot)),
            "--as-of", (utcnow() + dt.timedelta(days=31)).isoformat()]
    dry = runner.invoke(cli, [*args, "--dry-run"], env=cli_env(settings))
    assert dry.exit_code == 0, dry.output
    rows = [[cell.strip() for cell in line.split("│") if cell.strip()]
            for line in dry.output.splitlines()]
    assert ["incidents deleted, with their history", "1"] in rows
    with transaction(make_session_factory(engine)) as session:
        assert left(session, bot)[0]
    done = runner.invoke(cli, args, env=cli_env(settings))
    assert done.exit_code == 0, done.output
    with transaction(make_session_factory(engine)) as session:
        assert left(session, bot) == (set(), 0)


def test_when_the_server_passes_then_an_expired_incident_goes(
        settings: Settings, engine: Engine, committed_bot: MakeBot) -> None:
    bot = committed_bot(incidents=30)
    kept = committed_bot(incidents=30)
    committed_incident(engine, bot)
    kept_id = committed_incident(engine, kept)
    late = dataclasses.replace(bot, clock=lambda: utcnow() + dt.timedelta(days=31))
    reports = server_pass(settings, engine, [late, kept])
    assert [r.incidents_deleted for r in reports] == [1, 0]
    with transaction(make_session_factory(engine)) as session:
        assert left(session, bot) == (set(), 0)
        assert left(session, kept)[0] == {kept_id}


def test_when_a_spec_says_nothing_then_incidents_are_kept_a_year() -> None:
    assert Retention(conversations=30, personal_data=30).incidents == 365
    assert DEFAULT_INCIDENT_RETENTION_DAYS == 365


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_when_the_notice_and_records_are_built_then_they_name_the_incidents_period(
        demo_bot: Bot, lang: str) -> None:
    spec = demo_bot.spec.model_copy(update={"retention": demo_bot.spec.retention.model_copy(
        update={"incidents": 200})})
    notice = notice_markdown(build_notice(spec, lang, version=None))
    row = f"| {t('policy.notice.retention_incidents', lang)} | {t('policy.days', lang, days=200)} |"
    assert row in notice
    assert all("200" in record.retention for record in ropa_rows(spec, lang))
