"""`clairbot knowledge`: search a knowledge base as the bot would, and list the knowledge
whose owners must review it again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from clairbot.cli._common import AsJson, DataDir, err, fail, out, print_json
from clairbot.demo import DEMO_KNOWLEDGE
from clairbot.errors import ClairbotError
from clairbot.knowledge import (
    KnowledgeIndex,
    ReviewItem,
    by_owner,
    load_knowledge,
    review_report,
    search_result_json,
)

app = typer.Typer(help="Work with a knowledge base.", no_args_is_help=True)

KnowledgeFolder = Annotated[Path, typer.Option(
    "--kb", help="Knowledge base folder \\[default: the demo's].", show_default=False)]


@app.command("search")
def search(
    question: Annotated[str, typer.Argument(help="The question to search for.")],
    kb: KnowledgeFolder = DEMO_KNOWLEDGE,
    lang: Annotated[str, typer.Option(help="Language of the question: fr or en.")] = "fr",
    limit: Annotated[int, typer.Option(help="Number of hits.", min=1, max=50)] = 5,
    as_json: AsJson = False,
    data_dir: DataDir = None,
) -> None:
    """Search a knowledge base as the bot would, best hits first."""
    del data_dir  # the knowledge base is read from --kb; taken like every command's
    if lang not in ("fr", "en"):
        err.print(f"[red]error[/red]: --lang must be fr or en, not {lang!r}")
        raise typer.Exit(2)
    try:
        index = KnowledgeIndex.build(load_knowledge(kb))
    except ClairbotError as error:
        raise fail(error) from None
    result = index.search(question, lang=lang, limit=limit)
    if as_json:
        print_json(search_result_json(result))
        return
    verdict = "[green]confident[/green]" if result.confident else "[yellow]not confident[/yellow]"
    out.print(f"{verdict} (confidence {result.confidence:.2f})")
    for rank, hit in enumerate(result.hits, 1):
        out.print(f"{rank}. [bold]{hit.passage.title}[/bold] — {hit.passage.document} "
                  f"(owner: {hit.passage.owner}, score {hit.score:.3f})", highlight=False)


@app.command("reviews")
def reviews(
    kb: KnowledgeFolder = DEMO_KNOWLEDGE,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="Judge on this date (YYYY-MM-DD) [default: today].",
        show_default=False)] = None,
    as_json: AsJson = False,
    data_dir: DataDir = None,
) -> None:
    """List documents past their review_by date, and those never given one, by owner.

    A report: exits 0 whatever it finds (1 if the knowledge base cannot be loaded, 2 on a
    bad --as-of).
    """
    del data_dir  # the knowledge base is read from --kb; taken like every command's
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
        print_json(report.as_json())
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
