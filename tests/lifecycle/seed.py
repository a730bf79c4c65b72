"""Rows for the purge tests: a tenant of its own (so that purging never touches the demo
tenant other tests use), and a conversation holding something of every table."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from clairbot.conversation.bootstrap import prepare_database
from clairbot.conversation.bot import Bot
from clairbot.conversation.feedback import Feedback, record
from clairbot.conversation.models import Conversation, Message
from clairbot.handoff.models import Handoff
from clairbot.handoff.notes import HandoffNote, add_note
from clairbot.privacy.models import ConsentRecord
from clairbot.spec.models import Retention
from clairbot.staff import service as staff
from clairbot.tenants import service as tenants
from clairbot.webhooks import service as webhooks
from clairbot.webhooks.models import WebhookDelivery, WebhookEndpoint
from clairbot.webhooks.schemas import WebhookEndpointCreate
from tests.factories import PASSWORD, start, turn

PHONE = "06 12 34 56 78"
MakeBot = Callable[..., Bot]
"""The `committed_bot` fixture: a bot of a new tenant, with these retention periods."""
TABLES: dict[str, Any] = {"conversations": Conversation, "messages": Message,
                          "feedback": Feedback, "handoffs": Handoff, "notes": HandoffNote,
                          "webhook_deliveries": WebhookDelivery, "consent": ConsentRecord}


def tenant_bot(db: Engine | Session, demo_bot: Bot, *, conversations: int = 30,
               personal_data: int = 10, consent_proof: int = 60, incidents: int = 365,
               purposes: dict[str, int] | None = None,
               on_close: tuple[str, ...] = ()) -> Bot:
    """The demo bot under a new tenant with these retention periods, registered (in the
    session, or committed on the engine)."""
    retention = Retention(conversations=conversations, personal_data=personal_data,
                          consent_proof=consent_proof, incidents=incidents,
                          purposes=purposes or {}, on_close=on_close)
    spec = demo_bot.spec.model_copy(update={"tenant": f"purge-{uuid.uuid4().hex[:10]}",
                                            "retention": retention})
    bot = dataclasses.replace(demo_bot, spec=spec)
    if isinstance(db, Session):
        tenants.ensure(session=db, tenant_id=bot.tenant_id, name=spec.company.legal_name,
                       spec_version=spec.spec_version)
    else:
        prepare_database(db, [bot], auto_upgrade=True)
    return bot


@dataclass(frozen=True)
class Seeded:
    """What `seed` created."""

    conversation_id: str
    subject: str
    phone_message_id: str


def seed(session: Session, bot: Bot) -> Seeded:
    """A conversation with a phone number kept under `callback` consent, a handoff (and its
    webhook deliveries), a note, feedback and a consent record (flushed)."""
    tenant = bot.tenant_id
    if session.scalar(select(WebhookEndpoint.id).where(WebhookEndpoint.tenant_id == tenant)
                      .limit(1)) is None:
        webhooks.create_endpoint(session=session, tenant_id=tenant, endpoint_in=(
            WebhookEndpointCreate(url="http://127.0.0.1:9/hook",  # type: ignore[arg-type]
                                  event_types=["handoff.requested", "ticket.created"])))
    conversation = start(session, bot, "fr")
    turn(session, bot, conversation, action={"type": "consent", "purpose": "callback",
                                             "decision": "granted"})
    visitor = turn(session, bot, conversation, text=f"Rappelez-moi au {PHONE} svp")[0]
    turn(session, bot, conversation, text="je veux parler à un conseiller")
    record(session=session, conversation=conversation, kind="csat", score=4,
           comment="merci")
    agent = staff.add(session=session, tenant_id=tenant,
                      email=f"{uuid.uuid4().hex[:8]}@verdalis.example", display_name="Julie",
                      roles=["agent"], languages=["fr"], password=PASSWORD, actor=None)
    add_note(session=session, conversation=conversation, agent=agent, text="rappeler demain")
    session.flush()
    return Seeded(conversation.id, conversation.subject, visitor.id)


def counts(session: Session, bot: Bot) -> dict[str, int]:
    """Rows of the tenant, per table."""
    return {name: session.scalar(select(func.count()).select_from(model)
                                 .where(model.tenant_id == bot.tenant_id)) or 0
            for name, model in TABLES.items()}


def snapshot(session: Session, bot: Bot) -> tuple[dict[str, int], list[tuple[str, str, Any]]]:
    """Row counts and every message's text and metadata: to show that nothing changed."""
    messages = session.execute(select(Message.id, Message.text, Message.meta)
                               .where(Message.tenant_id == bot.tenant_id)
                               .order_by(Message.id)).all()
    return counts(session, bot), [tuple(m) for m in messages]
