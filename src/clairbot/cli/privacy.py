"""`clairbot privacy`: the privacy notice and the records of processing, from a bot spec;
the data-subject rights (export, erase, requests) for a DPO answering a request received by
letter or email (the visitor's own way is the chat's "My data" menu). Requests are recorded
with their deadline like the others."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from clairbot.cli._common import (
    AsJson,
    DataDir,
    err,
    fail,
    out,
    print_json,
    settings_for,
    tenant_session,
)
from clairbot.config import Settings
from clairbot.conversation.models import Conversation
from clairbot.db import HEAD_REVISION, current_revision, make_engine
from clairbot.demo import DEMO_SPEC
from clairbot.errors import ClairbotError, InvalidInput, NotFound
from clairbot.lifecycle import requests as data_requests
from clairbot.lifecycle.deletion import scrub
from clairbot.lifecycle.export_html import render_html
from clairbot.lifecycle.models import STATUSES
from clairbot.lifecycle.rights import erase_subject, export_subject
from clairbot.policy import (
    NoticeVersion,
    build_notice,
    notice_markdown,
    published,
    ropa_csv,
    ropa_json,
    ropa_markdown,
    ropa_rows,
)
from clairbot.privacy.crypto import KEYS
from clairbot.privacy.keys import keyring_from_settings
from clairbot.spec import LANGUAGES, BotSpec, load_spec
from clairbot.web.privacy_page import render_notice_html

app = typer.Typer(help="Privacy: the privacy notice (GDPR art. 13) and the records of "
                               "processing (art. 30) of a bot.", no_args_is_help=True)

SpecOption = Annotated[Path, typer.Option("--spec", help="The bot spec \\[default: the demo].",
                                          show_default=False)]
LangOption = Annotated[str | None, typer.Option(
    "--lang", help="fr or en [default: the spec's default language].", show_default=False)]
SubjectOption = Annotated[str | None, typer.Option(
    "--subject", help="The subject's pseudonymous id (v_...), as an export shows it.",
    show_default=False)]
ConversationOption = Annotated[str | None, typer.Option(
    "--conversation", help="Or one of the subject's conversation ids.", show_default=False)]


def spec_at(path: Path) -> BotSpec:
    try:
        return load_spec(path)
    except ClairbotError as error:
        raise fail(error) from None


def language_of(spec: BotSpec, lang: str | None) -> str:
    if lang is None:
        return spec.bot.default_language
    if lang not in LANGUAGES:
        err.print(f"[red]error[/red]: --lang must be fr or en, not {lang!r}", highlight=False)
        raise typer.Exit(2)
    return lang


def choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        err.print(f"[red]error[/red]: {name} must be one of {', '.join(allowed)}, not "
                  f"{value!r}", highlight=False)
        raise typer.Exit(2)
    return value


def _published_version(settings: Settings, spec: BotSpec) -> NoticeVersion | None:
    """The published version of this content on the configured database, read only.

    No database, an older schema or another content: ``None`` (the notice is a draft until
    the bot serves it). An embedded database that does not exist is not created.
    """
    url = make_url(settings.effective_database_url)
    if url.get_backend_name() == "sqlite" and not Path(url.database or "").expanduser().exists():
        return None
    engine = make_engine(url.render_as_string(hide_password=False))
    try:
        if current_revision(engine) != HEAD_REVISION:
            return None
        with Session(engine) as session:
            return published(session=session, tenant_id=spec.tenant, spec=spec)
    except SQLAlchemyError as error:
        err.print(f"[yellow]warning[/yellow]: cannot read the published versions "
                  f"({type(error).__name__}); printed as a draft", highlight=False)
        return None
    finally:
        engine.dispose()


@app.command("notice")
def notice(spec: SpecOption = DEMO_SPEC, lang: LangOption = None,
           output_format: Annotated[str, typer.Option(
               "--format", help="md (Markdown) or html (a complete page).")] = "md",
           data_dir: DataDir = None) -> None:
    """Print the privacy notice of a bot, with its published version and date.

    The version is read from the configured database, where serving the bot publishes it;
    content not served yet is printed as a draft.
    """
    chosen = choice("--format", output_format, ("md", "html"))
    loaded = spec_at(spec)
    language = language_of(loaded, lang)
    built = build_notice(loaded, language,
                         version=_published_version(settings_for(data_dir), loaded))
    typer.echo(notice_markdown(built) if chosen == "md"
               else render_notice_html(built, standalone=True), nl=False)


@app.command("ropa")
def ropa(spec: SpecOption = DEMO_SPEC, lang: LangOption = None,
         output_format: Annotated[str, typer.Option(
             "--format", help="md, json or csv (a header, then one line per purpose).")] = "md",
         data_dir: DataDir = None) -> None:
    """Print the records of processing activities (GDPR art. 30): one per purpose."""
    del data_dir  # drawn from the spec alone; taken like every command's
    chosen = choice("--format", output_format, ("md", "json", "csv"))
    loaded = spec_at(spec)
    language = language_of(loaded, lang)
    rows = ropa_rows(loaded, language)
    if chosen == "json":
        typer.echo(ropa_json(rows))
    elif chosen == "csv":
        typer.echo(ropa_csv(rows, language), nl=False)
    else:
        typer.echo(ropa_markdown(loaded, rows, language), nl=False)


# --- data-subject rights ----------------------------------------------------------------

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


@app.command("export")
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
    with tenant_session(data_dir, bot_spec.tenant) as (session, _tenant):
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


@app.command("erase")
def erase_command(subject: SubjectOption = None, conversation: ConversationOption = None,
                  spec: SpecOption = DEMO_SPEC,
                  yes: Annotated[bool, typer.Option(
                      "--yes", help="Do not ask for confirmation.")] = False,
                  as_json: AsJson = False,
                  data_dir: DataDir = None) -> None:
    """Erase everything stored about one subject (GDPR art. 17) and print the receipt.
    This cannot be undone."""
    bot_spec = spec_at(spec)
    if not yes and not typer.confirm("Erase everything about this subject, for good?", err=True):
        raise typer.Exit(1)
    with tenant_session(data_dir, bot_spec.tenant) as (session, _tenant):
        receipt = erase_subject(
            session=session, tenant_id=bot_spec.tenant, channel="cli", requested_by="cli",
            subject=_subject(session, bot_spec.tenant, subject, conversation))
    engine = make_engine(settings_for(data_dir).effective_database_url)
    try:
        scrub(engine)
    finally:
        engine.dispose()
    if as_json:
        print_json({"receipt": receipt.request_id, "erased_at": receipt.erased_at,
                    "counts": receipt.counts})
        return
    table = Table("erased", "rows", title=f"receipt {receipt.request_id} ({receipt.erased_at})")
    for name, count in receipt.counts.items():
        table.add_row(name, str(count))
    out.print(table)


@app.command("requests")
def requests_command(spec: SpecOption = DEMO_SPEC,
                     status: Annotated[str | None, typer.Option(
                         "--status", help=f"Only these: {', '.join(STATUSES)}.",
                         show_default=False)] = None,
                     as_json: AsJson = False,
                     data_dir: DataDir = None) -> None:
    """The data-subject requests with their legal deadline (one month), nearest first."""
    bot_spec = spec_at(spec)
    if status is not None:
        choice("--status", status, STATUSES)
    with tenant_session(data_dir, bot_spec.tenant) as (session, _tenant):
        rows = data_requests.listing(session=session, tenant_id=bot_spec.tenant, status=status)
        if as_json:
            print_json([{"id": r.id, "kind": r.kind, "status": r.status, "channel": r.channel,
                         "requested_by": r.requested_by, "requested_at": r.requested_at,
                         "due_at": r.due_at, "completed_at": r.completed_at}
                        for r in rows])
            return
        table = Table("id", "kind", "status", "channel", "requested", "due", "completed")
        for row in rows:
            table.add_row(row.id, row.kind, row.status, row.channel,
                          f"{row.requested_at:%Y-%m-%d %H:%M}", f"{row.due_at:%Y-%m-%d}",
                          f"{row.completed_at:%Y-%m-%d %H:%M}" if row.completed_at else "")
        out.print(table)
