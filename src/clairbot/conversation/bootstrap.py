"""Bring the database to a state where bots can serve: schema and tenant rows."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine

from clairbot.conversation.bot import Bot
from clairbot.db import HEAD_REVISION, current_revision, make_session_factory, transaction, upgrade
from clairbot.errors import ClairbotError
from clairbot.tenants import service as tenants


def prepare_database(engine: Engine, bots: Sequence[Bot], *, auto_upgrade: bool) -> None:
    """Upgrade the schema if allowed (else require it current), then register each tenant."""
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
