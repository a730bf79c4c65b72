"""`clairbot knowledge reviews`: the knowledge whose owners must review it again."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer

from clairbot.cli_common import err, fail, out
from clairbot.errors import ClairbotError
from clairbot.knowledge import ReviewItem, by_owner, load_knowledge, review_report


def knowledge_reviews(
    kb: Annotated[Path, typer.Option("--kb", help="Knowledge base folder.")],
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="Judge on this date (YYYY-MM-DD) [default: today].",
        show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List documents past their review_by date, and those never given one, by owner.

    A report: exits 0 whatever it finds (1 if the knowledge base cannot be loaded, 2 on a
    bad --as-of).
    """
    try:
        day = dt.date.fromisoformat(as_of) if as_of is not None else dt.date.today()
    except ValueError:
        err.print(f"[red]error[/red]: --as-of must be a date YYYY-MM-DD, not {as_of!r}",
                  highlight=False)
        raise typer.Exit(2) from None
    try:
        passages = load_knowledge(kb)
    except ClairbotError as error:
        raise fail(error) from None
    report = review_report(passages, as_of=day)
    if as_json:
        typer.echo(json.dumps(report.as_json(), ensure_ascii=False))
        return
    out.print(f"[bold]Knowledge reviews of {kb} as of {day.isoformat()}[/bold]", highlight=False)
    _section("Overdue", report.overdue, day)
    _section("Never reviewed (no review_by)", report.never_reviewed, day)


def _section(title: str, items: tuple[ReviewItem, ...], day: dt.date) -> None:
    out.print(f"\n[bold]{title}[/bold]: {len(items)}", highlight=False)
    for owner, group in by_owner(items).items():
        out.print(f"  {owner}", highlight=False, markup=False)
        for item in group:
            when = ("" if item.review_by is None else
                    f"  review by {item.review_by.isoformat()} "
                    f"({item.days_overdue(day)} days overdue)")
            entries = f"  items: {'; '.join(item.entries)}" if item.entries else ""
            out.print(f"    {item.document} [{item.version}]{when}{entries}", highlight=False,
                      markup=False)
