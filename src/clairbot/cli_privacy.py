"""`clairbot privacy`: the privacy notice and the records of processing, from a bot spec.

Each command is one function on `privacy_app`; the subject-rights commands (export, erase)
join it the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from clairbot.cli_common import DataDir, err, fail, settings_for
from clairbot.config import Settings
from clairbot.db import HEAD_REVISION, current_revision, make_engine
from clairbot.demo import DEMO_SPEC
from clairbot.errors import ClairbotError
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
from clairbot.spec import LANGUAGES, BotSpec, load_spec
from clairbot.web.privacy_page import render_notice_html

privacy_app = typer.Typer(help="Privacy: the privacy notice (GDPR art. 13) and the records of "
                               "processing (art. 30) of a bot.", no_args_is_help=True)

SpecOption = Annotated[Path, typer.Option("--spec", help="The bot spec \\[default: the demo].",
                                          show_default=False)]
LangOption = Annotated[str | None, typer.Option(
    "--lang", help="fr or en [default: the spec's default language].", show_default=False)]


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


@privacy_app.command("notice")
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
    typer.echo(notice_markdown(built) if chosen == "md" else render_notice_html(built),
               nl=False)


@privacy_app.command("ropa")
def ropa(spec: SpecOption = DEMO_SPEC, lang: LangOption = None,
         output_format: Annotated[str, typer.Option(
             "--format", help="md, json or csv (a header, then one line per purpose).")] = "md"
         ) -> None:
    """Print the records of processing activities (GDPR art. 30): one per purpose."""
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
