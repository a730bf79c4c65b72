"""`clairbot keys`: the encryption keys of data at rest (AES-256-GCM)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from clairbot.cli._common import DataDir, err, fail, out, settings_for
from clairbot.db import make_engine, make_session_factory, transaction
from clairbot.errors import ClairbotError
from clairbot.privacy.crypto import KEYS, KeyRing
from clairbot.privacy.keys import count_encrypted, reencrypt

app = typer.Typer(help="Encryption keys for data at rest (AES-256-GCM).", no_args_is_help=True)

KeyFile = Annotated[Path | None, typer.Option(
    "--key-file", help="Key file [default: $CLAIRBOT_KEY_FILE, else the data folder's "
    "keys.json].", show_default=False)]


@app.command("init")
def keys_init(key_file: KeyFile = None,
              force: Annotated[bool, typer.Option(help="Overwrite an existing file.")] = False,
              data_dir: DataDir = None) -> None:
    """Create a key file (mode 0600); point CLAIRBOT_KEY_FILE at it for `serve`."""
    settings = settings_for(data_dir)
    path = key_file or settings.key_file or settings.data_dir_key_file
    if path.exists() and not force:
        err.print(f"[red]error[/red]: {path} exists; use --force to replace it (data "
                  "encrypted with it would become unreadable)", highlight=False)
        raise typer.Exit(1)
    KeyRing.generate().save(path)
    out.print(f"wrote {path}; set CLAIRBOT_KEY_FILE={path}", highlight=False)


@app.command("rotate")
def keys_rotate(key_file: KeyFile = None, data_dir: DataDir = None) -> None:
    """Add a new primary key, re-encrypt every stored value with it, save the key file.

    Older keys stay in the file so that servers still running with the old ring can read
    what they write meanwhile; run rotate again after restarting them.
    """
    settings = settings_for(data_dir)
    path = key_file or settings.key_file or settings.data_dir_key_file
    if settings.encryption_key and not key_file:
        err.print("[red]error[/red]: the key comes from CLAIRBOT_ENCRYPTION_KEY; rotation "
                  "needs a key file (see `clairbot keys init`)")
        raise typer.Exit(1)
    try:
        ring = KeyRing.load(path).rotated()
    except ClairbotError as error:
        raise fail(error) from None
    engine = make_engine(settings.effective_database_url)
    KEYS.install(ring)
    sessions = make_session_factory(engine)
    try:
        with transaction(sessions) as session, Progress(console=err) as progress:
            task = progress.add_task("re-encrypting", total=count_encrypted(session=session))
            changed = reencrypt(session=session, ring=ring,
                                progress=lambda n: progress.advance(task, n))
            # Saved inside the transaction: if saving fails, nothing was committed either.
            ring.save(path)
    finally:
        engine.dispose()
    out.print(f"new primary key {ring.primary}; {changed} value(s) re-encrypted; {path} "
              "updated", highlight=False)
