"""What every `clairbot` command shares: consoles, common options, settings, errors, and a
transaction on the configured database for one tenant.

Conventions every command keeps: it takes `--data-dir`, and run with that flag alone on the
demo's data folder it works (the demo spec, the only tenant, every tenant...); `--json`
prints JSON alone on standard output (progress and notes go to standard error).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from clairbot.config import Settings
from clairbot.db import (
    HEAD_REVISION,
    current_revision,
    make_engine,
    make_session_factory,
    transaction,
    upgrade,
)
from clairbot.errors import ClairbotError, InvalidInput, NotFound, Problem, ProblemsError
from clairbot.tenants import service as tenants

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DataDir = Annotated[Path | None, typer.Option(
    "--data-dir", help="Folder for the embedded SQLite database and data files "
    "\\[default: $CLAIRBOT_DATA_DIR or ~/.local/share/clairbot]. Ignored for the database "
    "when CLAIRBOT_DATABASE_URL is set.", show_default=False)]
Tenant = Annotated[str | None, typer.Option(
    "--tenant", help="Tenant id (the bot's tenant, e.g. verdalis for the demo) \\[default: "
    "the database's only tenant].", show_default=False)]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON alone on standard output.")]


def print_json(value: object) -> None:
    """`value` as one line of JSON on standard output (dates as ISO 8601 text)."""
    typer.echo(json.dumps(value, ensure_ascii=False, default=_iso))


def _iso(value: object) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def settings_for(data_dir: Path | None) -> Settings:
    """Settings from the environment, with `--data-dir` when given."""
    return Settings(data_dir=data_dir) if data_dir else Settings()


def fail(error: ClairbotError) -> typer.Exit:
    """Print `error` (every problem of a spec or knowledge base) and give the exit to raise."""
    if isinstance(error, ProblemsError):
        print_problems(error.title, error.problems)
    else:
        err.print(f"[red]error[/red] ({error.code}): {error.msg}", highlight=False)
    return typer.Exit(1)


def print_problems(title: str, problems: list[Problem]) -> None:
    """One line per problem, with its location."""
    err.print(f"[red]{title}[/red]", highlight=False)
    for problem in problems:
        err.print(f"  [bold]{problem.location}[/bold]: {problem.message}", highlight=False)


@contextmanager
def database(data_dir: Path | None) -> Iterator[Engine]:
    """The configured database's engine, once its schema is current.

    The schema is upgraded first when the settings allow it (embedded SQLite by default);
    otherwise it must already be current. Any `ClairbotError` ends the command (exit 1).
    """
    settings = settings_for(data_dir)
    engine = make_engine(settings.effective_database_url)
    try:
        if settings.should_upgrade:
            upgrade(engine)
        elif (revision := current_revision(engine)) != HEAD_REVISION:
            raise ClairbotError(
                f"the database schema is at {revision or 'nothing'}, this version needs "
                f"{HEAD_REVISION}: run `clairbot db upgrade` first", code="db.outdated")
        yield engine
    except ClairbotError as error:
        raise fail(error) from None
    finally:
        engine.dispose()


@contextmanager
def tenant_session(data_dir: Path | None,
                   tenant_id: str | None) -> Iterator[tuple[Session, str]]:
    """One transaction on the configured database (see `database`) and the tenant's id, once
    the tenant is known to exist; without `tenant_id`, the database's only tenant. Any
    `ClairbotError` ends the command (exit 1)."""
    with database(data_dir) as engine, transaction(make_session_factory(engine)) as session:
        try:
            resolved = _tenant(session, tenant_id)
            yield session, resolved
        except ClairbotError as error:
            raise fail(error) from None


def _tenant(session: Session, tenant_id: str | None) -> str:
    if tenant_id is not None:
        try:
            return tenants.get(session=session, tenant_id=tenant_id).id
        except NotFound:
            raise NotFound(f"unknown tenant {tenant_id}: start the bot once (clairbot demo / "
                           "serve) or check --tenant", code="tenant.not_found") from None
    known = tenants.ids(session=session)
    if len(known) == 1:
        return known[0]
    if not known:
        raise NotFound("no tenant in this database yet: start a bot once (clairbot demo / "
                       "serve)", code="tenant.not_found")
    raise InvalidInput(f"this database holds several tenants ({', '.join(known)}): give "
                       "--tenant", code="tenant.ambiguous")
