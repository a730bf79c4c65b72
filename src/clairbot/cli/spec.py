"""`clairbot check` and `clairbot init`: a bot spec's ethics-by-design checks, and a starter."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from clairbot.cli._common import DataDir, err, fail, out, print_problems
from clairbot.demo import DEMO_SPEC
from clairbot.errors import ClairbotError, ProblemsError
from clairbot.knowledge import load_knowledge
from clairbot.spec import check_spec, embed_warning, write_starter


def check(spec: Annotated[Path, typer.Argument(
              help="The bot spec (YAML) to check \\[default: the demo].", show_default=False)]
          = DEMO_SPEC,
          data_dir: DataDir = None) -> None:
    """Check a bot spec and its knowledge base; print every problem; exit 1 if any.

    Warnings (such as no `widget.allowed_origins`) are printed too, but change nothing.
    """
    del data_dir  # a spec is checked on its own; taken like every command's
    loaded, problems = check_spec(spec)
    if loaded is not None:
        warning = embed_warning(loaded)
        if warning is not None:
            err.print(f"[yellow]warning[/yellow]: {spec}: {warning}", highlight=False)
        for root in loaded.knowledge_paths():
            try:
                load_knowledge(root)
            except ProblemsError as error:
                problems.extend(error.problems)
    if problems:
        print_problems(f"{spec}: {len(problems)} problem(s); the bot would be refused:",
                       problems)
        raise typer.Exit(1)
    out.print(f"[green]{spec}: OK[/green] — disclosure, owners, privacy contact, retention "
              "and escalation are in place.", highlight=False)


def init(directory: Annotated[Path, typer.Argument(help="Folder to write the starter into.")]
         = Path("mybot"),
         company: Annotated[str, typer.Option(help="Legal name of the company.")] = "Example SAS",
         force: Annotated[bool, typer.Option(help="Overwrite existing files.")] = False,
         data_dir: DataDir = None) -> None:
    """Write a starter spec and knowledge folder that pass `clairbot check`."""
    del data_dir  # the starter is written to DIRECTORY; taken like every command's
    try:
        written = write_starter(directory, company=company, force=force)
    except ClairbotError as error:
        raise fail(error) from None
    for path in written:
        out.print(f"  wrote {path}", highlight=False)
    out.print(f"Next: edit {directory / 'spec.yaml'}, then `clairbot check "
              f"{directory / 'spec.yaml'}`.", highlight=False)
