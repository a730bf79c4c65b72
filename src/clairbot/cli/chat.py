"""`clairbot chat`: the turn pipeline in a terminal, stored in the database like the API."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from clairbot.cli._common import DataDir, fail, out, settings_for
from clairbot.config import Settings
from clairbot.conversation import pipeline, service
from clairbot.conversation.bootstrap import prepare_database
from clairbot.conversation.bot import Bot
from clairbot.conversation.models import Message
from clairbot.conversation.turn import Inbound
from clairbot.db import make_engine, make_session_factory, transaction
from clairbot.demo import DEMO_SPEC
from clairbot.errors import ClairbotError
from clairbot.i18n import t
from clairbot.logs import configure_logging
from clairbot.privacy.crypto import KEYS
from clairbot.privacy.keys import keyring_from_settings

_QUIT = {"/quit", "/exit", "/q"}
# Commands that stand for the widget's buttons, and the action each one sends.
_COMMANDS = {"/human": "handoff", "/cancel": "handoff_cancel"}


def _show(console: Console, message: Message, lang: str) -> None:
    if message.role == "visitor":
        return
    label = "[cyan]\\[IA][/cyan]" if lang == "fr" else "[cyan]\\[AI][/cyan]"
    if not message.ai_generated:
        author = message.author or {}
        label = f"[magenta]{author.get('name', '?')} ({author.get('role', '')})[/magenta]"
    console.print(f"{label} {message.text}", highlight=False)
    for source in message.sources:
        where = f" — {source['url']}" if source.get("url") else ""
        console.print(f"      [dim]{source['title']} ({source['owner']}){where}[/dim]",
                      highlight=False)
    for action in message.actions:
        command = next((c for c, kind in _COMMANDS.items() if kind == action.get("type")), None)
        if command is not None:
            console.print(f"      [dim]→ {command} : {action.get('label', '')}[/dim]",
                          highlight=False)


def run_chat(spec: Path, settings: Settings, lang: str | None, console: Console) -> None:
    """Open a conversation and loop on the terminal until /quit or end of input."""
    bot = Bot.from_spec_file(spec, settings)
    KEYS.install(keyring_from_settings(settings, create_in_data_dir=True))
    engine = make_engine(settings.effective_database_url)
    prepare_database(engine, [bot], auto_upgrade=settings.should_upgrade,
                     author=settings.change_author, actor="cli")
    sessions = make_session_factory(engine)
    with transaction(sessions) as session:
        conversation, _token = service.start(session=session, bot=bot, lang=lang, channel="cli")
        for message in service.messages(session=session, conversation=conversation):
            _show(console, message, conversation.lang)
    console.print(f"[dim]{t('cli.chat_help', conversation.lang)}[/dim]")
    while True:
        try:
            text = console.input("[bold]> [/bold]").strip()
        except (EOFError, KeyboardInterrupt):
            console.print()
            return
        if text in _QUIT:
            return
        if not text:
            continue
        inbound = (Inbound(action={"type": _COMMANDS[text]}) if text in _COMMANDS
                   else Inbound(text=text))
        try:
            with transaction(sessions) as session:
                current = service.get_for_visitor(session=session,
                                                  conversation_id=conversation.id,
                                                  token=_token, lock=True)
                produced = pipeline.handle_turn(session=session, bot=bot, conversation=current,
                                                inbound=inbound)
                lang_now, state = current.lang, current.state
        except ClairbotError as error:
            console.print(f"[red]{error.msg}[/red] ({error.code})", highlight=False)
            continue
        for message in produced:
            _show(console, message, lang_now)
        if state != "bot":
            console.print(f"[dim]{t('cli.state', lang_now, state=state)}[/dim]")


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
