"""`clairbot demo` and `clairbot serve`: the HTTP server, for the demo tenant or a spec."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer
import uvicorn
from sqlalchemy.engine import make_url

from clairbot import __version__
from clairbot.cli._common import DataDir, err, fail, out, settings_for
from clairbot.cli._http_server import server_options
from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.demo import DEMO_SPEC
from clairbot.errors import ClairbotError
from clairbot.logs import configure_logging
from clairbot.privacy.keys import keyring_from_settings
from clairbot.spec import embed_warning
from clairbot.web import create_app

log = logging.getLogger(__name__)

SpecFile = Annotated[Path, typer.Option("--spec", help="The bot spec (YAML) \\[default: the "
                                        "demo].", show_default=False)]
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
        # Only the demo creates a key; `serve` uses a configured one (or the data folder's
        # existing key file), never a silent new key.
        keyring = keyring_from_settings(settings, create_in_data_dir=demo)
        application = create_app(settings, [bot], keyring=keyring)
    except ClairbotError as error:
        raise fail(error) from None
    warning = embed_warning(bot.spec, settings.allowed_origins)
    if warning is not None:
        log.warning("%s: %s", spec, warning)
    base = f"http://{host}:{port}"
    proxies = (f"X-Forwarded-For/-Proto believed from {', '.join(settings.trusted_proxies)}"
               if settings.trusted_proxies else "none trusted (CLAIRBOT_TRUSTED_PROXIES)")
    out.print(f"[bold green]Clairbot {__version__}[/bold green] serving "
              f"[bold]{bot.spec.company.legal_name}[/bold] ({bot.tenant_id})"
              + (" — demo" if demo else ""), highlight=False)
    out.print(f"  Demo page:  {base}/  (the chat widget is at the bottom right)\n"
              f"  Console:    {base}/console  (agents: clairbot staff add ...)\n"
              f"  Privacy:    {base}/privacy  (the notice generated from the spec, FR/EN)\n"
              f"  API docs:   {base}/docs\n  Visitor API: {base}/api/v1/conversations\n"
              f"  Health:     {base}/healthz  {base}/readyz\n"
              f"  Database:   {_shown(settings.effective_database_url)}\n"
              f"  Proxies:    {proxies}", highlight=False)
    uvicorn.run(application, host=host, port=port, log_config=None,
                access_log=settings.log_format == "json", **server_options(settings))


def demo(port: Port = 8000, host: Host = "127.0.0.1", data_dir: DataDir = None,
         author: Author = None) -> None:
    """Serve the demo tenant (Verdalis Emballages, FR/EN) on the embedded database."""
    configure_logging("text")
    _serve(DEMO_SPEC, settings_for(data_dir), host, port, demo=True, author=author)


def serve(spec: SpecFile = DEMO_SPEC, port: Port = 8000, host: Host = "127.0.0.1",
          data_dir: DataDir = None, author: Author = None) -> None:
    """Serve the bot described by --spec. A spec that lacks a safeguard is refused.

    The encryption key must be configured (CLAIRBOT_ENCRYPTION_KEY or CLAIRBOT_KEY_FILE), or
    already be in the data folder's keys.json; `serve` never creates one.
    """
    settings = settings_for(data_dir)
    configure_logging(settings.log_format if settings.log_format != "text" else "json")
    _serve(spec, settings, host, port, demo=False, author=author)


def _shown(url: str) -> str:
    """A database URL fit for a terminal or a log: its password masked."""
    return make_url(url).render_as_string(hide_password=True)
