"""`clairbot purge`: apply the spec's retention periods once (the server does it every hour)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn
from rich.table import Table

from clairbot.cli._common import AsJson, DataDir, err, fail, out, print_json, settings_for
from clairbot.db import HEAD_REVISION, current_revision, make_engine, upgrade, utcnow
from clairbot.demo import DEMO_SPEC
from clairbot.errors import ClairbotError, InvalidInput
from clairbot.guards.pii.defaults import default_registry
from clairbot.lifecycle.purge import PurgeReport
from clairbot.lifecycle.purge_pass import run_purge_pass
from clairbot.privacy.crypto import KEYS
from clairbot.privacy.keys import keyring_from_settings
from clairbot.spec import load_spec

LABELS = {
    "conversations_deleted": "conversations deleted",
    "messages_deleted": "messages deleted",
    "messages_anonymised": "messages anonymised",
    "feedback_deleted": "feedback deleted",
    "handoffs_deleted": "handoffs deleted",
    "notes_deleted": "handoff notes deleted",
    "webhook_deliveries_deleted": "webhook deliveries deleted",
    "consent_records_deleted": "consent records deleted",
    "login_attempts_deleted": "sign-in attempts deleted (older than 15 minutes)",
    "incidents_anonymised": "incidents anonymised (their conversation purged)",
    "incidents_deleted": "incidents deleted, with their history",
    "audit_events_redacted": "audit events redacted",
}


def parse_as_of(value: str | None) -> dt.datetime:
    """``--as-of``: an ISO 8601 date or date-time (UTC when no offset is given), else now."""
    if value is None:
        return utcnow()
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(f"--as-of {value!r} is not an ISO 8601 date or date-time, e.g. "
                           "2027-01-31 or 2027-01-31T08:00:00+01:00",
                           code="purge.bad_as_of") from None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def purge(
        spec: Annotated[Path, typer.Option("--spec", help="The bot spec whose retention "
                                           "applies \\[default: the demo].",
                                           show_default=False)] = DEMO_SPEC,
        dry_run: Annotated[bool, typer.Option(
            "--dry-run", help="Count what would be deleted or anonymised; change nothing.")]
        = False,
        as_of: Annotated[str | None, typer.Option(
            "--as-of", help="Purge as if it were this moment (ISO 8601, UTC unless an offset "
            "is given), for checks and tests: e.g. `--dry-run --as-of 2027-06-01` shows what "
            "will expire by then.", show_default=False)] = None,
        as_json: AsJson = False,
        data_dir: DataDir = None) -> None:
    """Delete conversations (with their messages, feedback, handoffs, notes and webhook
    deliveries), consent proof and incidents past their retention, and sign-in attempts past
    the 15-minute throttle window, and anonymise personal data kept past its period. Exit 0
    when done (or skipped: another server is purging), 1 on error."""
    settings = settings_for(data_dir)
    try:
        now = parse_as_of(as_of)
        loaded = load_spec(spec)
        KEYS.install(keyring_from_settings(settings))
    except ClairbotError as error:
        raise fail(error) from None
    engine = make_engine(settings.effective_database_url)
    try:
        if settings.should_upgrade:
            upgrade(engine)
        elif (revision := current_revision(engine)) != HEAD_REVISION:
            raise fail(ClairbotError(
                f"the database schema is at {revision or 'nothing'}, this version needs "
                f"{HEAD_REVISION}: run `clairbot db upgrade` first", code="db.outdated"))
        with Progress(SpinnerColumn(), TextColumn("{task.description}"),
                      TextColumn("{task.completed} row(s)"), console=err,
                      transient=True) as progress:
            tasks: dict[str, TaskID] = {}

            def advance(step: str, rows: int) -> None:
                if step not in tasks:
                    tasks[step] = progress.add_task(LABELS[step], total=None)
                progress.advance(tasks[step], rows)

            report = run_purge_pass(engine=engine, spec=loaded, now=now, dry_run=dry_run,
                                    pii=default_registry((loaded.bot.name,)), progress=advance)
    finally:
        engine.dispose()
    if as_json:
        print_json({"tenant": report.tenant_id, "as_of": report.as_of, "dry_run": report.dry_run,
                    "skipped": report.skipped, "counts": report.counts(),
                    "total": report.total})
        return
    print_report(report)


def print_report(report: PurgeReport) -> None:
    """The counts as a table, with what they mean (done, would be done, or skipped)."""
    when = report.as_of.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    if report.skipped:
        err.print(f"{report.tenant_id}: skipped, another process is purging this deployment",
                  highlight=False)
        return
    verb = "would be" if report.dry_run else "were"
    table = Table(title=f"Retention purge of {report.tenant_id} as of {when}")
    table.add_column("data")
    table.add_column("rows", justify="right")
    for name, count in report.counts().items():
        table.add_row(LABELS[name], str(count))
    out.print(table)
    out.print(f"{report.total} row(s) {verb} deleted or anonymised"
              + ("; dry run: nothing changed" if report.dry_run else ""), highlight=False)
