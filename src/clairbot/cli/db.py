"""`clairbot db`: the database schema (Alembic migrations)."""

from __future__ import annotations

import typer

from clairbot.cli._common import AsJson, DataDir, out, print_json, settings_for
from clairbot.db import current_revision, make_engine, upgrade

app = typer.Typer(help="Database schema (Alembic migrations).", no_args_is_help=True)


@app.command("upgrade")
def db_upgrade(as_json: AsJson = False, data_dir: DataDir = None) -> None:
    """Create or upgrade the database schema to the newest version."""
    settings = settings_for(data_dir)
    engine = make_engine(settings.effective_database_url)
    try:
        upgrade(engine)
        revision = current_revision(engine)
    finally:
        engine.dispose()
    where = engine.url.render_as_string(hide_password=True)
    if as_json:
        print_json({"revision": revision, "database": where})
        return
    out.print(f"Database at revision {revision}: {where}", highlight=False)
