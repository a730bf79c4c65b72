"""Bring the database to a state where bots can serve: schema, tenant rows, and the change
log of each bot's spec and knowledge base."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from clairbot import changes
from clairbot.conversation.bot import Bot
from clairbot.db import HEAD_REVISION, current_revision, make_session_factory, transaction, upgrade
from clairbot.errors import ClairbotError
from clairbot.tenants import service as tenants


def prepare_database(engine: Engine, bots: Sequence[Bot], *, auto_upgrade: bool,
                     author: str = "unknown", actor: str = "system") -> None:
    """Upgrade the schema if allowed (else require it current), register each tenant, and
    record its spec and knowledge versions when they are new (`author` made them; `actor`,
    ``system`` or ``cli``, started the bot)."""
    if auto_upgrade:
        upgrade(engine)
    else:
        revision = current_revision(engine)
        if revision != HEAD_REVISION:
            raise ClairbotError(
                f"the database schema is at {revision or 'nothing'}, this version needs "
                f"{HEAD_REVISION}: run `clairbot db upgrade` first", code="db.outdated")
    with transaction(make_session_factory(engine)) as session:
        for bot in bots:
            tenants.ensure(session=session, tenant_id=bot.tenant_id,
                           name=bot.spec.company.legal_name, spec_version=bot.spec.spec_version)
            record_versions(session, bot, author=author, actor=actor)


def record_versions(session: Session, bot: Bot, *, author: str, actor: str) -> None:
    """Record the bot's current spec and knowledge versions if they are not the latest."""
    changes.record_spec(session, tenant_id=bot.tenant_id, spec=bot.spec, author=author,
                        actor=actor)
    index = bot.knowledge.index()
    changes.record_knowledge(session, tenant_id=bot.tenant_id, documents=index.documents,
                             version=index.version, author=author, actor=actor)
