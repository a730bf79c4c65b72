"""`clairbot staff`: staff accounts from the command line, done by the deployment operator.

The operator is the actor of last resort (`actor=None` in `clairbot.staff.service`): it is
the only way to create the first admin of a tenant.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
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
from clairbot.errors import ClairbotError, InvalidInput, NotFound
from clairbot.staff import service
from clairbot.staff.models import ROLES, StaffMember
from clairbot.tenants import service as tenants

staff_app = typer.Typer(help="Staff accounts: agents, reviewers, DPO, auditors, admins.",
                        no_args_is_help=True)

# Own consoles and helpers: importing them from `clairbot.cli` would be a circular import.
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DataDir = Annotated[Path | None, typer.Option(
    "--data-dir", help="Folder for the embedded SQLite database and data files "
    "\\[default: $CLAIRBOT_DATA_DIR or ~/.local/share/clairbot]. Ignored for the database "
    "when CLAIRBOT_DATABASE_URL is set.", show_default=False)]
Tenant = Annotated[str, typer.Option(
    "--tenant", help="Tenant id (the bot's tenant, e.g. verdalis for the demo).",
    show_default=False)]
Email = Annotated[str, typer.Argument(help="Email address of the staff member.",
                                     show_default=False)]


def _settings(data_dir: Path | None) -> Settings:
    return Settings(data_dir=data_dir) if data_dir else Settings()


def _fail(error: ClairbotError) -> typer.Exit:
    err.print(f"[red]error[/red] ({error.code}): {error.msg}", highlight=False)
    return typer.Exit(1)


@contextmanager
def _tenant_session(data_dir: Path | None, tenant_id: str) -> Iterator[Session]:
    """One transaction on the configured database, once the tenant is known to exist.

    The schema is upgraded first when the settings allow it (embedded SQLite by default);
    otherwise it must already be current. Any `ClairbotError` ends the command (exit 1).
    """
    settings = _settings(data_dir)
    engine = make_engine(settings.effective_database_url)
    try:
        if settings.should_upgrade:
            upgrade(engine)
        elif (revision := current_revision(engine)) != HEAD_REVISION:
            raise ClairbotError(
                f"the database schema is at {revision or 'nothing'}, this version needs "
                f"{HEAD_REVISION}: run `clairbot db upgrade` first", code="db.outdated")
        with transaction(make_session_factory(engine)) as session:
            try:
                tenants.get(session=session, tenant_id=tenant_id)
            except NotFound:
                raise NotFound(f"unknown tenant {tenant_id}: start the bot once (clairbot "
                               "demo / serve) or check --tenant",
                               code="tenant.not_found") from None
            yield session
    except ClairbotError as error:
        raise _fail(error) from None
    finally:
        engine.dispose()


def _read_password(from_stdin: bool) -> str:
    if not from_stdin:
        password: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        return password
    line = sys.stdin.readline()
    if not line:
        raise _fail(InvalidInput("--password-stdin given but standard input is empty",
                                 code="staff.weak_password"))
    return line.rstrip("\r\n")


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value is not None else "never"


def _member_json(member: StaffMember) -> dict[str, Any]:
    def iso(value: Any) -> str | None:
        return value.isoformat() if value is not None else None

    return {"id": member.id, "email": member.email, "display_name": member.display_name,
            "roles": list(member.roles), "languages": list(member.languages),
            "active": member.active, "available": member.available,
            "created_at": iso(member.created_at), "last_login_at": iso(member.last_login_at),
            "disabled_at": iso(member.disabled_at)}


@staff_app.command("add")
def add(
    email: Email,
    name: Annotated[str, typer.Option("--name", help="Display name shown to colleagues.",
                                      show_default=False)],
    role: Annotated[list[str], typer.Option(
        "--role", help=f"A role; repeat for several. One of: {', '.join(ROLES)}.",
        show_default=False)],
    tenant: Tenant,
    lang: Annotated[list[str] | None, typer.Option(
        "--lang", help="A language the person works in (fr, en...); repeat for several.",
        show_default=False)] = None,
    password_stdin: Annotated[bool, typer.Option(
        "--password-stdin", help="Read the password from one line of standard input "
        "(for scripts) instead of prompting twice.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Create a staff account (the password is asked twice, hidden).

    The password needs at least 12 characters; scripts pass it as one line of standard
    input with --password-stdin.
    """
    password = _read_password(password_stdin)
    with _tenant_session(data_dir, tenant) as session:
        member = service.add(session=session, tenant_id=tenant, email=email,
                             display_name=name, roles=role, languages=lang or [],
                             password=password, actor=None)
    out.print(f"added {member.email} ({', '.join(member.roles)}) to tenant {tenant}",
              highlight=False)


@staff_app.command("list")
def list_(
    tenant: Tenant,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    data_dir: DataDir = None,
) -> None:
    """List the tenant's staff accounts, disabled ones included."""
    with _tenant_session(data_dir, tenant) as session:
        members = service.list_(session=session, tenant_id=tenant)
    if as_json:
        typer.echo(json.dumps([_member_json(m) for m in members], ensure_ascii=False))
        return
    if not members:
        out.print(f"no staff account in tenant {tenant}; add one with `clairbot staff add`",
                  highlight=False)
        return
    table = Table("email", "name", "roles", "languages", "active", "available", "last login",
                  title=f"Staff of {tenant}")
    for m in members:
        table.add_row(m.email, m.display_name, ", ".join(m.roles), ", ".join(m.languages),
                      "yes" if m.active else "[red]no[/red]", "yes" if m.available else "no",
                      _when(m.last_login_at))
    out.print(table)


@staff_app.command("disable")
def disable(email: Email, tenant: Tenant, data_dir: DataDir = None) -> None:
    """Disable an account and revoke its sessions and API tokens.

    Accounts are never deleted, so that what they did stays attributable.
    """
    with _tenant_session(data_dir, tenant) as session:
        was_active = service.get(session=session, tenant_id=tenant, email=email).active
        member = service.disable(session=session, tenant_id=tenant, email=email, actor=None)
    if was_active:
        out.print(f"disabled {member.email}; its sessions and API tokens are revoked",
                  highlight=False)
    else:
        out.print(f"{member.email} was already disabled", highlight=False)


@staff_app.command("token")
def token(
    email: Email,
    tenant: Tenant,
    name: Annotated[str, typer.Option("--name", help="What the token is for (e.g. crm-sync).",
                                      show_default=False)],
    data_dir: DataDir = None,
) -> None:
    """Issue an API bearer token for a staff member; it is printed once.

    The token is printed alone on standard output and is not shown again: only its hash
    is stored. Disabling the account revokes it.
    """
    with _tenant_session(data_dir, tenant) as session:
        member = service.get(session=session, tenant_id=tenant, email=email)
        row, value = service.issue_token(session=session, member=member, name=name)
    err.print(f"token {row.id} ({row.name}) issued for {member.email}. [yellow]Copy it now: "
              "it is not shown again.[/yellow] Disabling the account revokes it.",
              highlight=False)
    typer.echo(value)
