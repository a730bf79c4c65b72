"""`clairbot staff`: staff accounts from the command line, done by the deployment operator.

The operator is the actor of last resort (`actor=None` in `clairbot.staff.service`): it is
the only way to create the first admin of a tenant.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from rich.table import Table

from clairbot.cli._common import (
    AsJson,
    DataDir,
    Tenant,
    err,
    fail,
    out,
    print_json,
    tenant_session,
)
from clairbot.errors import InvalidInput
from clairbot.staff import service
from clairbot.staff.models import ROLES, StaffMember

Email = Annotated[str, typer.Argument(help="Email address of the staff member.",
                                     show_default=False)]

app = typer.Typer(help="Staff accounts: agents, reviewers, DPO, auditors, admins.",
                  no_args_is_help=True)


def _read_password(from_stdin: bool) -> str:
    if not from_stdin:
        password: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        return password
    line = sys.stdin.readline()
    if not line:
        raise fail(InvalidInput("--password-stdin given but standard input is empty",
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


@app.command("add")
def add(
    email: Email,
    name: Annotated[str, typer.Option("--name", help="Display name shown to colleagues.",
                                      show_default=False)],
    role: Annotated[list[str], typer.Option(
        "--role", help=f"A role; repeat for several. One of: {', '.join(ROLES)}.",
        show_default=False)],
    tenant: Tenant = None,
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
    with tenant_session(data_dir, tenant) as (session, tenant_id):
        member = service.add(session=session, tenant_id=tenant_id, email=email,
                             display_name=name, roles=role, languages=lang or [],
                             password=password, actor=None)
    out.print(f"added {member.email} ({', '.join(member.roles)}) to tenant {member.tenant_id}",
              highlight=False)


@app.command("list")
def list_(
    tenant: Tenant = None,
    as_json: AsJson = False,
    data_dir: DataDir = None,
) -> None:
    """List the tenant's staff accounts, disabled ones included."""
    with tenant_session(data_dir, tenant) as (session, tenant_id):
        members = service.list_(session=session, tenant_id=tenant_id)
    if as_json:
        print_json([_member_json(m) for m in members])
        return
    if not members:
        out.print(f"no staff account in tenant {tenant_id}; add one with `clairbot staff add`",
                  highlight=False)
        return
    table = Table("email", "name", "roles", "languages", "active", "available", "last login",
                  title=f"Staff of {tenant_id}")
    for m in members:
        table.add_row(m.email, m.display_name, ", ".join(m.roles), ", ".join(m.languages),
                      "yes" if m.active else "[red]no[/red]", "yes" if m.available else "no",
                      _when(m.last_login_at))
    out.print(table)


@app.command("disable")
def disable(email: Email, tenant: Tenant = None, data_dir: DataDir = None) -> None:
    """Disable an account and revoke its sessions and API tokens.

    Accounts are never deleted, so that what they did stays attributable.
    """
    with tenant_session(data_dir, tenant) as (session, tenant_id):
        was_active = service.get(session=session, tenant_id=tenant_id, email=email).active
        member = service.disable(session=session, tenant_id=tenant_id, email=email, actor=None)
    if was_active:
        out.print(f"disabled {member.email}; its sessions and API tokens are revoked",
                  highlight=False)
    else:
        out.print(f"{member.email} was already disabled", highlight=False)


@app.command("token")
def token(
    email: Email,
    name: Annotated[str, typer.Option("--name", help="What the token is for (e.g. crm-sync).",
                                      show_default=False)],
    tenant: Tenant = None,
    data_dir: DataDir = None,
) -> None:
    """Issue an API bearer token for a staff member; it is printed once.

    The token is printed alone on standard output and is not shown again: only its hash
    is stored. Disabling the account revokes it.
    """
    with tenant_session(data_dir, tenant) as (session, tenant_id):
        member = service.get(session=session, tenant_id=tenant_id, email=email)
        row, value = service.issue_token(session=session, member=member, name=name)
    err.print(f"token {row.id} ({row.name}) issued for {member.email}. [yellow]Copy it now: "
              "it is not shown again.[/yellow] Disabling the account revokes it.",
              highlight=False)
    typer.echo(value)
