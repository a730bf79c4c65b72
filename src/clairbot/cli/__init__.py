"""The `clairbot` command line: one Typer app, one module per command group.

Every command takes `--data-dir` and works on the demo's data folder with that flag alone;
`--json` prints JSON alone on standard output (see `_common`).
"""

from __future__ import annotations

import typer

from clairbot import __version__
from clairbot.cli import (
    audit,
    changes,
    chat,
    db,
    handoff,
    keys,
    knowledge,
    pii,
    privacy,
    purge,
    serve,
    spec,
    staff,
    webhooks,
)
from clairbot.cli._common import DataDir, out

app = typer.Typer(help="Clairbot: an honest, self-hosted B2B customer assistant.",
                  no_args_is_help=True, add_completion=False)

app.command()(serve.demo)
app.command()(serve.serve)
app.command()(chat.chat)
app.command()(spec.check)
app.command()(spec.init)
app.command()(purge.purge)
app.command()(changes.changes)
for name, group in (("knowledge", knowledge.app), ("db", db.app), ("keys", keys.app),
                    ("staff", staff.app), ("pii", pii.app), ("privacy", privacy.app),
                    ("audit", audit.app), ("webhooks", webhooks.app),
                    ("handoff", handoff.app)):
    app.add_typer(group, name=name)


@app.command()
def version(data_dir: DataDir = None) -> None:
    """Print the version."""
    del data_dir  # taken like every command's
    out.print(__version__)


def main() -> None:
    """Console-script entry point."""
    app()


__all__ = ["app", "main"]
