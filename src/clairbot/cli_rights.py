"""`clairbot privacy export|erase|requests`: the data-subject rights from the command line,
for a DPO answering a request received by letter or email (the visitor's own way is the
chat's "My data" menu). Requests are recorded with their deadline like the others."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy.orm import Session

from clairbot.cli_common import DataDir, err, fail, out, settings_for, tenant_session
from clairbot.cli_privacy import LangOption, SpecOption, choice, language_of, privacy_app, spec_at
from clairbot.conversation.models import Conversation
from clairbot.db import make_engine
from clairbot.demo import DEMO_SPEC
from clairbot.errors import ClairbotError, InvalidInput, NotFound
from clairbot.lifecycle import requests as data_requests
from clairbot.lifecycle.deletion import scrub
from clairbot.lifecycle.export_html import render_html
from clairbot.lifecycle.models import STATUSES
from clairbot.lifecycle.rights import erase_subject, export_subject
from clairbot.privacy.crypto import KEYS
from clairbot.privacy.keys import keyring_from_settings

SubjectOption = Annotated[str | None, typer.Option(
    "--subject", help="The subject's pseudonymous id (v_...), as an export shows it.",
    show_default=False)]
ConversationOption = Annotated[str | None, typer.Option(
    "--conversation", help="Or one of the subject's conversation ids.", show_default=False)]


def register_rights_commands() -> None:
    """Nothing to do: importing this module adds its commands to `privacy_app`; the call
    makes that dependency explicit where the CLI is assembled."""


def _subject(session: Session, tenant: str, subject: str | None,
             conversation: str | None) -> str:
    if (subject is None) == (conversation is None):
        raise InvalidInput("give --subject or --conversation (one of them)",
                           code="request.no_subject")
    if subject is not None:
        return subject
    row = session.get(Conversation, conversation)
    if row is None or row.tenant_id != tenant:
        raise NotFound(f"no conversation {conversation!r}", code="conversation.not_found")
    return row.subject


@privacy_app.command("export")
def export_command(subject: SubjectOption = None, conversation: ConversationOption = None,
                   spec: SpecOption = DEMO_SPEC,
                   fmt: Annotated[str, typer.Option(
                       "--format", help="json (portable) or html (readable).")] = "json",
                   lang: LangOption = None,
                   output: Annotated[Path | None, typer.Option(
                       "--out", help="Write to this file [default: standard output].",
                       show_default=False)] = None,
                   data_dir: DataDir = None) -> None:
    """Everything stored about one subject (GDPR art. 15 and 20), recorded as a request."""
    bot_spec = spec_at(spec)
    choice("--format", fmt, ("json", "html"))
    language = language_of(bot_spec, lang)
    try:  # messages are encrypted at rest: the export shows them in clear
        KEYS.install(keyring_from_settings(settings_for(data_dir)))
    except ClairbotError as error:
        raise fail(error) from None
    with tenant_session(data_dir, bot_spec.tenant) as session:
        document = export_subject(
            session=session, spec=bot_spec, tenant_id=bot_spec.tenant, channel="cli",
            subject=_subject(session, bot_spec.tenant, subject, conversation),
            requested_by="cli")
    text = (render_html(document, language) if fmt == "html"
            else json.dumps(document, ensure_ascii=False, indent=2, default=str))
    if output is None:
        out.print(text, markup=False, highlight=False)
    else:
        output.write_text(text, encoding="utf-8")
        err.print(f"written to {output}", highlight=False)


@privacy_app.command("erase")
def erase_command(subject: SubjectOption = None, conversation: ConversationOption = None,
                  spec: SpecOption = DEMO_SPEC,
                  yes: Annotated[bool, typer.Option(
                      "--yes", help="Do not ask for confirmation.")] = False,
                  data_dir: DataDir = None) -> None:
    """Erase everything stored about one subject (GDPR art. 17) and print the receipt.
    This cannot be undone."""
    bot_spec = spec_at(spec)
    if not yes and not typer.confirm("Erase everything about this subject, for good?"):
        raise typer.Exit(1)
    with tenant_session(data_dir, bot_spec.tenant) as session:
        receipt = erase_subject(
            session=session, tenant_id=bot_spec.tenant, channel="cli", requested_by="cli",
            subject=_subject(session, bot_spec.tenant, subject, conversation))
    engine = make_engine(settings_for(data_dir).effective_database_url)
    try:
        scrub(engine)
    finally:
        engine.dispose()
    table = Table("erased", "rows", title=f"receipt {receipt.request_id} ({receipt.erased_at})")
    for name, count in receipt.counts.items():
        table.add_row(name, str(count))
    out.print(table)


@privacy_app.command("requests")
def requests_command(spec: SpecOption = DEMO_SPEC,
                     status: Annotated[str | None, typer.Option(
                         "--status", help=f"Only these: {', '.join(STATUSES)}.",
                         show_default=False)] = None,
                     data_dir: DataDir = None) -> None:
    """The data-subject requests with their legal deadline (one month), nearest first."""
    bot_spec = spec_at(spec)
    if status is not None:
        choice("--status", status, STATUSES)
    with tenant_session(data_dir, bot_spec.tenant) as session:
        table = Table("id", "kind", "status", "channel", "requested", "due", "completed")
        for row in data_requests.listing(session=session, tenant_id=bot_spec.tenant,
                                         status=status):
            table.add_row(row.id, row.kind, row.status, row.channel,
                          f"{row.requested_at:%Y-%m-%d %H:%M}", f"{row.due_at:%Y-%m-%d}",
                          f"{row.completed_at:%Y-%m-%d %H:%M}" if row.completed_at else "")
        out.print(table)
