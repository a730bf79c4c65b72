"""Tenants with committed data for the purge-pass tests, cleaned up after each test: their
pending webhook deliveries must not reach other tests' delivery passes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, delete

from clairbot.conversation.bot import Bot
from clairbot.db import make_session_factory, transaction
from clairbot.webhooks.models import WebhookDelivery, WebhookEndpoint
from tests.lifecycle.seed import MakeBot, tenant_bot


@pytest.fixture
def committed_bot(engine: Engine, demo_bot: Bot) -> Iterator[MakeBot]:
    """`committed_bot(**retention)`: a bot of a new tenant registered on the test database."""
    made: list[str] = []

    def make(**retention: Any) -> Bot:
        bot = tenant_bot(engine, demo_bot, **retention)
        made.append(bot.tenant_id)
        return bot

    yield make
    with transaction(make_session_factory(engine)) as session:
        session.execute(delete(WebhookDelivery).where(WebhookDelivery.tenant_id.in_(made)))
        session.execute(delete(WebhookEndpoint).where(WebhookEndpoint.tenant_id.in_(made)))
