"""`clairbot pii`: find personal data in JSONL rows, as the privacy guard does."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from clairbot.cli._common import DataDir, err
from clairbot.guards.pii.defaults import default_registry
from clairbot.guards.pii.scan import scan_stream

app = typer.Typer(help="Personal data detection.", no_args_is_help=True)


@app.command("scan")
def scan(
    source: Annotated[Path | None, typer.Argument(
        help="JSONL file of {\"text\", \"lang\"?} rows [default: standard input].")] = None,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Write here [default: standard output].")] = None,
    lang: Annotated[str, typer.Option(help="fr, en, or auto (a row's own lang wins).")] = "auto",
    data_dir: DataDir = None,
) -> None:
    """Find personal data in JSONL rows; print them back with their "entities" (type,
    start, end, score, detector). Streams: any size, constant memory."""
    del data_dir  # rows come from SOURCE; taken like every command's
    if lang not in ("fr", "en", "auto"):
        err.print(f"[red]error[/red]: --lang must be fr, en or auto, not {lang!r}")
        raise typer.Exit(2)
    registry = default_registry()
    writer = output.open("w", encoding="utf-8") if output else sys.stdout
    # A progress bar only when it cannot mix with the output: on a terminal, for a file.
    show = source is not None and err.is_terminal and (output is not None
                                                       or not sys.stdout.isatty())
    try:
        with (source.open("rb") if source else sys.stdin.buffer) as reader, \
                Progress(console=err, disable=not show) as progress:
            task = progress.add_task("scanning", total=source.stat().st_size if source else None)

            def lines() -> Iterator[str]:
                for raw in reader:
                    progress.advance(task, len(raw))
                    yield raw.decode("utf-8", errors="replace")

            for row in scan_stream(lines(), registry=registry,
                                   lang=None if lang == "auto" else lang):
                writer.write(row + "\n")
    finally:
        if output:
            writer.close()
