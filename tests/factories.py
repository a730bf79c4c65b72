"""Factories for rows the tests need: conversations, turns, staff with a token."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from clairbot.conversation import pipeline, service
from clairbot.conversation.bot import Bot
from clairbot.conversation.models import Conversation, Message
from clairbot.db import make_session_factory, transaction
from clairbot.spec import Widget
from clairbot.staff import service as staff
from clairbot.tenants.models import Tenant

PASSWORD = "correct horse battery staple"


def start(session: Session, bot: Bot, lang: str = "fr") -> Conversation:
    """A new conversation (its disclosure flushed)."""
    conversation, _ = service.start(session=session, bot=bot, lang=lang, channel="test")
    session.flush()
    return conversation


def turn(session: Session, bot: Bot, conversation: Conversation, text: str | None = None,
         action: dict[str, Any] | None = None) -> list[Message]:
    """One visitor turn through the whole pipeline."""
    return pipeline.handle_turn(session=session, bot=bot, conversation=conversation,
                                inbound=pipeline.Inbound(text=text, action=action))


def staff_token(engine: Engine, bot: Bot, roles: list[str] | None = None,
                name: str = "Julie Martin", email: str | None = None) -> str:
    """A committed staff member of the bot's tenant and a bearer token for them."""
    with transaction(make_session_factory(engine)) as session:
        member = staff.add(session=session, tenant_id=bot.tenant_id,
                           email=email or f"{uuid.uuid4().hex[:8]}@verdalis.example",
                           display_name=name, roles=roles or ["agent"],
                           languages=["fr", "en"], password=PASSWORD, actor=None)
        return staff.issue_token(session=session, member=member, name="tests")[1]


def staff_login(engine: Engine, bot: Bot, roles: list[str] | None = None,
                name: str = "Julie Martin") -> str:
    """A committed staff member of the bot's tenant who signs in with `PASSWORD`; their
    email."""
    email = f"{uuid.uuid4().hex[:8]}@verdalis.example"
    with transaction(make_session_factory(engine)) as session:
        staff.add(session=session, tenant_id=bot.tenant_id, email=email, display_name=name,
                  roles=roles or ["agent"], languages=["fr", "en"], password=PASSWORD,
                  actor=None)
    return email


def fresh_tenant(session: Session, prefix: str, name: str) -> str:
    """A tenant of its own in `session` (flushed), so that no other test's rows mix in."""
    tenant_id = f"{prefix}-{uuid.uuid4().hex[:12]}"
    session.add(Tenant(id=tenant_id, name=name))
    session.flush()
    return tenant_id


def widget_bot(base: Bot, allowed_origins: Sequence[str], *, tenant: str | None = None) -> Bot:
    """`base` (the demo bot) whose widget may run on `allowed_origins`, under `tenant` if
    given (a tenant of its own, registered when an app is built for it)."""
    spec = base.spec.model_copy(update={
        "widget": Widget(allowed_origins=tuple(allowed_origins)),
        "tenant": tenant or base.spec.tenant})
    return dataclasses.replace(base, spec=spec)
