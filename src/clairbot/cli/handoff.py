"""`clairbot handoff`: the queue of conversations waiting for a person."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from clairbot.cli._common import AsJson, DataDir, fail, out, print_json, settings_for
from clairbot.conversation.bot import Bot
from clairbot.conversation.handoff_timers import run_timers
from clairbot.db import make_engine, make_session_factory, transaction, utcnow
from clairbot.demo import DEMO_SPEC
from clairbot.errors import ClairbotError
from clairbot.privacy.crypto import KEYS
from clairbot.privacy.keys import keyring_from_settings

app = typer.Typer(help="The queue of conversations waiting for a person.", no_args_is_help=True)


@app.command("check")
def handoff_check(spec: Annotated[Path, typer.Option("--spec", help="The bot spec.")]
                  = DEMO_SPEC, as_json: AsJson = False, data_dir: DataDir = None) -> None:
    """Run the handoff timers once (conversations of agents unseen for
    CLAIRBOT_AGENT_PRESENCE_TIMEOUT back in the queue, callback offered after the live wait,
    escalation after the SLA); the server also does it every CLAIRBOT_HANDOFF_CHECK_INTERVAL
    seconds."""
    settings = settings_for(data_dir)
    try:
        bot = Bot.from_spec_file(spec, settings)
        KEYS.install(keyring_from_settings(settings))
    except ClairbotError as error:
        raise fail(error) from None
    engine = make_engine(settings.effective_database_url)
    try:
        with transaction(make_session_factory(engine)) as session:
            outcomes = run_timers(session=session, bot=bot, now=utcnow(),
                                  presence_timeout=dt.timedelta(
                                      seconds=settings.agent_presence_timeout))
    finally:
        engine.dispose()
    offered = sum(1 for o in outcomes if o.messages and not o.released)
    released = sum(1 for o in outcomes if o.released)
    escalated = sum(1 for o in outcomes if o.escalated)
    if as_json:
        print_json({"released": released, "callback_offers": offered,
                    "escalations": escalated})
        return
    out.print(f"{released} conversation(s) of absent agents back in the queue, {offered} "
              f"callback offer(s), {escalated} escalation(s)")
