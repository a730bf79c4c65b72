"""`clairbot audit`: verify the hash chains, show their heads, export and check a signed
export."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy import func, select

from clairbot.audit import AuditEvent, AuditHead, snapshot, verify_tenant
from clairbot.audit.export import check_lines, count_since, export_lines
from clairbot.audit.signing import (
    load_key,
    load_or_create_key,
    parse_public_key,
    public_key_text,
    sign,
    signature_valid,
)
from clairbot.audit.verify import tenants
from clairbot.cli._common import (
    AsJson,
    DataDir,
    database,
    err,
    fail,
    out,
    print_json,
    settings_for,
)
from clairbot.errors import ClairbotError, InvalidInput

app = typer.Typer(help="The tamper-evident audit trail: verify, heads, signed exports.",
                  no_args_is_help=True)

TenantFilter = Annotated[str | None, typer.Option(
    "--tenant", help="Only this tenant [default: every tenant with audit events].",
    show_default=False)]


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=True)


@app.command("verify")
def verify(tenant: TenantFilter = None, as_json: AsJson = False,
           data_dir: DataDir = None) -> None:
    """Recompute every chain; exit 1 and name the first bad event of each broken tenant."""
    results: list[dict[str, object]] = []
    with database(data_dir) as engine, snapshot(engine) as connection, _progress() as bar:
        for tenant_id in [tenant] if tenant else tenants(connection):
            total = connection.execute(select(func.count()).where(
                AuditEvent.tenant_id == tenant_id)).scalar() or 0
            task = bar.add_task(f"verifying {tenant_id}", total=total)
            report = verify_tenant(connection, tenant_id,
                                   progress=partial(bar.advance, task))
            bar.remove_task(task)
            problem = report.problem
            results.append({"tenant": tenant_id, "intact": problem is None,
                            "checked": report.checked, "last_seq": report.last_seq,
                            "redacted": report.redacted,
                            "problem": None if problem is None else {
                                "seq": problem.seq, "what": problem.what,
                                "detail": problem.detail}})
            if as_json:
                continue
            if problem is None:
                out.print(f"{tenant_id}: intact, {report.checked} event(s) to seq "
                          f"{report.last_seq}, {report.redacted} redacted", highlight=False)
            else:
                out.print(f"{tenant_id}: BROKEN at seq {problem.seq}: {problem.what} "
                          f"({problem.detail})", highlight=False)
    if as_json:
        print_json(results)
    broken = sum(1 for r in results if not r["intact"])
    if broken:
        err.print(f"[red]{broken} broken chain(s)[/red]")
        raise typer.Exit(1)


@app.command("head")
def head(tenant: TenantFilter = None, as_json: AsJson = False,
         data_dir: DataDir = None) -> None:
    """Each chain's last seq and hash, and how many events it holds."""
    heads: list[dict[str, object]] = []
    with database(data_dir) as engine, snapshot(engine) as connection:
        for tenant_id in [tenant] if tenant else tenants(connection):
            row = connection.execute(select(AuditHead.seq, AuditHead.hash)
                                     .where(AuditHead.tenant_id == tenant_id)).one_or_none()
            count = connection.execute(select(func.count()).where(
                AuditEvent.tenant_id == tenant_id)).scalar() or 0
            heads.append({"tenant": tenant_id, "seq": row.seq if row else 0,
                          "hash": row.hash if row else None, "events": count})
    if as_json:
        print_json(heads)
        return
    table = Table("tenant", "seq", "hash", "events")
    for item in heads:
        table.add_row(str(item["tenant"]), str(item["seq"]), str(item["hash"] or "(no events)"),
                      str(item["events"]))
    out.print(table)


def _since(value: str) -> dt.datetime:
    try:
        since = dt.datetime.fromisoformat(value)
    except ValueError:
        raise fail(InvalidInput(f"--since {value!r} is not a date (YYYY-MM-DD or ISO 8601)",
                                code="audit.bad_date")) from None
    return since if since.tzinfo else since.replace(tzinfo=dt.UTC)


@app.command("export")
def export(since: Annotated[str, typer.Option(
               help="First day (YYYY-MM-DD, UTC) or instant (ISO 8601) to export "
               "\\[default: the first event].", show_default=False)] = "1970-01-01",
           tenant: TenantFilter = None,
           out_file: Annotated[Path | None, typer.Option(
               "--out", help="JSONL file to write [default: audit-export-<since>.jsonl]; "
               "its signature goes next to it, in FILE.sig.", show_default=False)] = None,
           data_dir: DataDir = None) -> None:
    """Write the events from a date as signed JSON lines; prints the public key to keep."""
    start = _since(since)
    target = out_file or Path(f"audit-export-{start.date().isoformat()}.jsonl")
    try:
        key = load_or_create_key(settings_for(data_dir).audit_signing_key_path)
    except (ClairbotError, OSError) as error:
        raise fail(error if isinstance(error, ClairbotError) else ClairbotError(
            str(error), code="audit.bad_key")) from None
    lines = 0
    with database(data_dir) as engine, snapshot(engine) as connection, _progress() as bar, \
            target.open("wb") as file:
        task = bar.add_task("exporting", total=count_since(connection, since=start,
                                                           tenant_id=tenant))
        for line in export_lines(connection, since=start, tenant_id=tenant,
                                 progress=partial(bar.advance, task)):
            file.write(line)
            lines += 1
    signature = target.with_name(target.name + ".sig")
    signature.write_text(sign(key, target.read_bytes()) + "\n")
    out.print(public_key_text(key))
    err.print(f"{lines} event(s) written to {target}, signature in {signature}; the line "
              "above is the public key that checks it (keep it apart)", highlight=False)


@app.command("verify-export")
def verify_export(file: Annotated[Path, typer.Argument(help="An export's JSONL file.",
                                                       exists=True, dir_okay=False)],
                  public_key: Annotated[str | None, typer.Option(
                      help="The public key printed by `export` [default: the one of the "
                      "configured signing key].", show_default=False)] = None,
                  signature: Annotated[Path | None, typer.Option(
                      help="The signature file [default: FILE.sig].", show_default=False)]
                  = None,
                  data_dir: DataDir = None) -> None:
    """Check an export's signature and every hash and link inside it; exit 1 otherwise."""
    signature = signature or file.with_name(file.name + ".sig")
    try:
        public = (parse_public_key(public_key) if public_key else
                  load_key(settings_for(data_dir).audit_signing_key_path).public_key())
        signed = signature.read_text()
    except ClairbotError as error:
        raise fail(error) from None
    except OSError as error:
        raise fail(ClairbotError(f"cannot read {signature}: {error.strerror}",
                                 code="audit.no_signature")) from None
    data = file.read_bytes()
    if not signature_valid(public, data, signed):
        err.print(f"[red]the signature does not match {file}[/red]", highlight=False)
        raise typer.Exit(1)
    report = check_lines(data.splitlines())
    if report.problem:
        tenant_id, problem = report.problem
        where = (f"{tenant_id}: BROKEN at seq {problem.seq}" if problem.seq
                 else f"line {report.line}: BROKEN")
        out.print(f"{where}: {problem.what} ({problem.detail})", highlight=False)
        raise typer.Exit(1)
    for tenant_id, count in sorted(report.events.items()):
        out.print(f"{tenant_id}: {count} event(s), signature and links intact", highlight=False)
