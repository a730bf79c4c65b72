"""`clairbot changes`: the change log of specs and knowledge bases (who, when, what)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Column, Table

from clairbot.changes import KINDS, ContentVersion, history
from clairbot.cli._common import AsJson, DataDir, database, err, out, print_json
from clairbot.db import make_session_factory, transaction


def changes(
    kind: Annotated[str | None, typer.Option(
        "--kind", help="Only this kind: spec or knowledge.", show_default=False)] = None,
    tenant: Annotated[str | None, typer.Option(
        "--tenant", help="Only this tenant [default: all].", show_default=False)] = None,
    show: Annotated[str | None, typer.Option(
        "--show", help="Print the diff of this version (or of versions starting with it).",
        show_default=False)] = None,
    limit: Annotated[int, typer.Option(help="Most recent versions to list.", min=1, max=1000)]
    = 50,
    as_json: AsJson = False,
    data_dir: DataDir = None,
) -> None:
    """List the recorded versions of specs and knowledge bases, newest first, or show one.

    A version is recorded when a bot starts or re-indexes its knowledge with new content;
    exits 1 when --show matches nothing, 2 on an unknown --kind.
    """
    if kind is not None and kind not in KINDS:
        err.print(f"[red]error[/red]: --kind must be {' or '.join(KINDS)}, not {kind!r}",
                  highlight=False)
        raise typer.Exit(2)
    with database(data_dir) as engine, transaction(make_session_factory(engine)) as session:
        rows = history(session, tenant_id=tenant, kind=kind, version=show, limit=limit)
        if show is not None and not rows:
            err.print(f"[red]error[/red]: no recorded version {show!r}", highlight=False)
            raise typer.Exit(1)
        if as_json:
            print_json([_json(row, diff=show is not None) for row in rows])
        elif show is not None:
            for row in rows:
                out.print(f"[bold]{row.tenant_id} {row.kind} {row.version}[/bold] (previous "
                          f"{row.previous_version or 'none'}) by {row.author}, "
                          f"{row.created_at:%Y-%m-%d %H:%M:%S} UTC", highlight=False)
                out.print(row.diff.rstrip("\n") or "(no difference)", highlight=False,
                          markup=False)
        else:
            out.print(_table(rows))


def _table(rows: list[ContentVersion]) -> Table:
    # Versions are what people copy into `--show`: never cut them.
    table = Table("recorded (UTC)", "tenant", "kind", Column("version", no_wrap=True),
                  Column("previous", no_wrap=True), "author", "changes")
    for row in rows:
        table.add_row(f"{row.created_at:%Y-%m-%d %H:%M:%S}", row.tenant_id, row.kind,
                      row.version, row.previous_version or "", row.author, _changes(row))
    return table


def _changes(row: ContentVersion) -> str:
    lines = row.diff.splitlines()
    if row.kind == "knowledge":
        return f"{len(lines)} document(s)"
    added = sum(1 for line in lines if line.startswith("+") and not line.startswith("+++"))
    removed = sum(1 for line in lines if line.startswith("-") and not line.startswith("---"))
    return f"+{added} -{removed} lines"


def _json(row: ContentVersion, *, diff: bool) -> dict[str, object]:
    data: dict[str, object] = {
        "tenant": row.tenant_id, "kind": row.kind, "version": row.version,
        "previous_version": row.previous_version, "author": row.author,
        "created_at": row.created_at.isoformat()}
    if diff:
        data["diff"] = row.diff
    return data
