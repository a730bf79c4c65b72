"""The `clairbot` command line: demo, serve, chat, check, init, knowledge search, db upgrade."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
import uvicorn
from rich.progress import Progress

from clairbot import __version__
from clairbot.cli_audit import audit_app
from clairbot.cli_changes import changes_app
from clairbot.cli_chat import run_chat
from clairbot.cli_common import DataDir, err, fail, out, print_problems, settings_for
from clairbot.cli_privacy import privacy_app
from clairbot.cli_purge import purge_app
from clairbot.cli_reviews import knowledge_reviews
from clairbot.cli_rights import register_rights_commands
from clairbot.cli_staff import staff_app
from clairbot.cli_webhooks import webhooks_app
from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.conversation.handoff_timers import run_timers
from clairbot.db import (
    current_revision,
    make_engine,
    make_session_factory,
    transaction,
    upgrade,
    utcnow,
)
from clairbot.demo import DEMO_SPEC
from clairbot.errors import ClairbotError, ProblemsError
from clairbot.guards.pii.defaults import default_registry
from clairbot.guards.pii.scan import scan_stream
from clairbot.knowledge import KnowledgeIndex, load_knowledge, search_result_json
from clairbot.logs import configure_logging
from clairbot.privacy.crypto import KEYS, KeyRing, keyring_from
from clairbot.privacy.keys import count_encrypted, keyring_from_settings, reencrypt
from clairbot.spec import check_spec, write_starter
from clairbot.web import create_app

app = typer.Typer(help="Clairbot: an honest, self-hosted B2B customer assistant.",
                  no_args_is_help=True, add_completion=False)
knowledge_app = typer.Typer(help="Work with a knowledge base.", no_args_is_help=True)
db_app = typer.Typer(help="Database schema (Alembic migrations).", no_args_is_help=True)
keys_app = typer.Typer(help="Encryption keys for data at rest (AES-256-GCM).",
                       no_args_is_help=True)
app.add_typer(keys_app, name="keys")
app.add_typer(knowledge_app, name="knowledge")
app.add_typer(db_app, name="db")
app.add_typer(staff_app, name="staff")

SpecFile = Annotated[Path, typer.Option("--spec", help="The bot spec (YAML).", exists=False)]
Host = Annotated[str, typer.Option(help="Interface to listen on.")]
Author = Annotated[str | None, typer.Option(
    "--author", help="Name recorded as the author of a new spec or knowledge version "
    "\\[default: $CLAIRBOT_CHANGE_AUTHOR or unknown].", show_default=False)]
Port = Annotated[int, typer.Option(help="TCP port to listen on.", min=1, max=65535)]


def _serve(spec: Path, settings: Settings, host: str, port: int, *, demo: bool,
           author: str | None = None) -> None:
    if author is not None:
        if not author.strip():
            err.print("[red]error[/red]: --author must not be empty")
            raise typer.Exit(2)
        settings = settings.model_copy(update={"change_author": author.strip()})
    try:
        bot = Bot.from_spec_file(spec, settings)
        # Outside the demo, a key must be configured on purpose: never a silent new key.
        keyring = keyring_from_settings(settings, create_in_data_dir=demo) if demo else (
            keyring_from(key=settings.encryption_key.get_secret_value()
                         if settings.encryption_key else None,
                         key_file=settings.key_file, data_dir_file=None))
        application = create_app(settings, [bot], keyring=keyring)
    except ClairbotError as error:
        raise fail(error) from None
    base = f"http://{host}:{port}"
    out.print(f"[bold green]Clairbot {__version__}[/bold green] serving "
              f"[bold]{bot.spec.company.legal_name}[/bold] ({bot.tenant_id})"
              + (" — demo" if demo else ""), highlight=False)
    out.print(f"  Demo page:  {base}/  (the chat widget is at the bottom right)\n"
              f"  Console:    {base}/console  (agents: clairbot staff add ...)\n"
              f"  Privacy:    {base}/privacy  (the notice generated from the spec, FR/EN)\n"
              f"  API docs:   {base}/docs\n  Visitor API: {base}/api/v1/conversations\n"
              f"  Health:     {base}/healthz  {base}/readyz\n"
              f"  Database:   {settings.effective_database_url}", highlight=False)
    uvicorn.run(application, host=host, port=port, log_config=None,
                access_log=settings.log_format == "json")


@app.command()
def demo(port: Port = 8000, host: Host = "127.0.0.1", data_dir: DataDir = None,
         author: Author = None) -> None:
    """Serve the demo tenant (Verdalis Emballages, FR/EN) on the embedded database."""
    configure_logging("text")
    _serve(DEMO_SPEC, settings_for(data_dir), host, port, demo=True, author=author)


@app.command()
def serve(spec: SpecFile, port: Port = 8000, host: Host = "127.0.0.1",
          data_dir: DataDir = None, author: Author = None) -> None:
    """Serve the bot described by SPEC. A spec that lacks a safeguard is refused."""
    settings = settings_for(data_dir)
    configure_logging(settings.log_format if settings.log_format != "text" else "json")
    _serve(spec, settings, host, port, demo=False, author=author)


@app.command()
def chat(spec: Annotated[Path, typer.Option("--spec", help="The bot spec [default: the demo].")]
         = DEMO_SPEC,
         lang: Annotated[str | None, typer.Option(help="fr or en [default: the spec's].")] = None,
         data_dir: DataDir = None) -> None:
    """Chat with a bot in the terminal (conversations are stored like any other)."""
    configure_logging("text", level=logging.WARNING)
    try:
        run_chat(spec, settings_for(data_dir), lang, out)
    except ClairbotError as error:
        raise fail(error) from None


@app.command()
def check(spec: Annotated[Path, typer.Argument(help="The bot spec (YAML) to check.")]) -> None:
    """Check a bot spec and its knowledge base; print every problem; exit 1 if any."""
    loaded, problems = check_spec(spec)
    if loaded is not None:
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


@app.command()
def init(directory: Annotated[Path, typer.Argument(help="Folder to write the starter into.")],
         company: Annotated[str, typer.Option(help="Legal name of the company.")] = "Example SAS",
         force: Annotated[bool, typer.Option(help="Overwrite existing files.")] = False) -> None:
    """Write a starter spec and knowledge folder that pass `clairbot check`."""
    try:
        written = write_starter(directory, company=company, force=force)
    except ClairbotError as error:
        raise fail(error) from None
    for path in written:
        out.print(f"  wrote {path}", highlight=False)
    out.print(f"Next: edit {directory / 'spec.yaml'}, then `clairbot check "
              f"{directory / 'spec.yaml'}`.", highlight=False)


@knowledge_app.command("search")
def knowledge_search(
    question: Annotated[str, typer.Argument(help="The question to search for.")],
    kb: Annotated[Path, typer.Option("--kb", help="Knowledge base folder.")],
    lang: Annotated[str, typer.Option(help="Language of the question: fr or en.")] = "fr",
    limit: Annotated[int, typer.Option(help="Number of hits.", min=1, max=50)] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Search a knowledge base as the bot would, best hits first."""
    if lang not in ("fr", "en"):
        err.print(f"[red]error[/red]: --lang must be fr or en, not {lang!r}")
        raise typer.Exit(2)
    try:
        index = KnowledgeIndex.build(load_knowledge(kb))
    except ClairbotError as error:
        raise fail(error) from None
    result = index.search(question, lang=lang, limit=limit)
    if as_json:
        typer.echo(json.dumps(search_result_json(result), ensure_ascii=False))
        return
    verdict = "[green]confident[/green]" if result.confident else "[yellow]not confident[/yellow]"
    out.print(f"{verdict} (confidence {result.confidence:.2f})")
    for rank, hit in enumerate(result.hits, 1):
        out.print(f"{rank}. [bold]{hit.passage.title}[/bold] — {hit.passage.document} "
                  f"(owner: {hit.passage.owner}, score {hit.score:.3f})", highlight=False)


@db_app.command("upgrade")
def db_upgrade(data_dir: DataDir = None) -> None:
    """Create or upgrade the database schema to the newest version."""
    settings = settings_for(data_dir)
    engine = make_engine(settings.effective_database_url)
    upgrade(engine)
    out.print(f"Database at revision {current_revision(engine)}: "
              f"{engine.url.render_as_string(hide_password=True)}", highlight=False)


pii_app = typer.Typer(help="Personal data detection.", no_args_is_help=True)
app.add_typer(pii_app, name="pii")


@pii_app.command("scan")
def pii_scan(
    source: Annotated[Path | None, typer.Argument(
        help="JSONL file of {\"text\", \"lang\"?} rows [default: standard input].")] = None,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Write here [default: standard output].")] = None,
    lang: Annotated[str, typer.Option(help="fr, en, or auto (a row's own lang wins).")] = "auto",
) -> None:
    """Find personal data in JSONL rows; print them back with their "entities" (type,
    start, end, score, detector). Streams: any size, constant memory."""
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


app.add_typer(webhooks_app, name="webhooks")
register_rights_commands()  # export, erase, requests join `privacy`
app.add_typer(privacy_app, name="privacy")
app.add_typer(purge_app)  # `clairbot purge`: a command, not a group
app.add_typer(audit_app, name="audit")
app.add_typer(changes_app)  # `clairbot changes`: a command, not a group
knowledge_app.command("reviews")(knowledge_reviews)


handoff_app = typer.Typer(help="The queue of conversations waiting for a person.",
                          no_args_is_help=True)
app.add_typer(handoff_app, name="handoff")


@handoff_app.command("check")
def handoff_check(spec: Annotated[Path, typer.Option("--spec", help="The bot spec.")]
                  = DEMO_SPEC, data_dir: DataDir = None) -> None:
    """Run the handoff timers once (callback offered after the live wait, escalation after
    the SLA); the server also does it every CLAIRBOT_HANDOFF_CHECK_INTERVAL seconds."""
    settings = settings_for(data_dir)
    try:
        bot = Bot.from_spec_file(spec, settings)
        KEYS.install(keyring_from_settings(settings))
    except ClairbotError as error:
        raise fail(error) from None
    engine = make_engine(settings.effective_database_url)
    with transaction(make_session_factory(engine)) as session:
        outcomes = run_timers(session=session, bot=bot, now=utcnow())
    engine.dispose()
    offered = sum(1 for o in outcomes if o.messages)
    escalated = sum(1 for o in outcomes if o.escalated)
    out.print(f"{offered} callback offer(s), {escalated} escalation(s)")


KeyFile = Annotated[Path | None, typer.Option(
    "--key-file", help="Key file [default: $CLAIRBOT_KEY_FILE, else the data folder's "
    "keys.json].", show_default=False)]


@keys_app.command("init")
def keys_init(key_file: Annotated[Path, typer.Option("--key-file", help="Where to write.")],
              force: Annotated[bool, typer.Option(help="Overwrite an existing file.")] = False
              ) -> None:
    """Create a key file (mode 0600); point CLAIRBOT_KEY_FILE at it for `serve`."""
    if key_file.exists() and not force:
        err.print(f"[red]error[/red]: {key_file} exists; use --force to replace it (data "
                  "encrypted with it would become unreadable)", highlight=False)
        raise typer.Exit(1)
    KeyRing.generate().save(key_file)
    out.print(f"wrote {key_file}; set CLAIRBOT_KEY_FILE={key_file}", highlight=False)


@keys_app.command("rotate")
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
    with transaction(sessions) as session, Progress(console=err) as progress:
        task = progress.add_task("re-encrypting", total=count_encrypted(session=session))
        changed = reencrypt(session=session, ring=ring,
                            progress=lambda n: progress.advance(task, n))
        # Saved inside the transaction: if saving fails, nothing was committed either.
        ring.save(path)
    out.print(f"new primary key {ring.primary}; {changed} value(s) re-encrypted; {path} "
              "updated", highlight=False)


@app.command()
def version() -> None:
    """Print the version."""
    out.print(__version__)


def main() -> None:
    """Console-script entry point."""
    app()
