"""Erasure of one data subject (GDPR art. 17): every row about them, in every table.

Deleted, not flagged: the conversations and their messages, feedback, incidents (with their
history), handoffs and staff notes, the webhook deliveries that name those conversations, the
consent ledger's rows (the proof is no longer needed once there is nobody to prove consent
for), and the subject's identifiers in their data requests. The request itself stays as the
receipt: what was erased (counts), when, by whom. On SQLite deleted bytes are overwritten
(`secure_delete`) and the write-ahead log is checkpointed by `scrub` after the commit.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, String, cast, delete, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import Executable

from clairbot import audit
from clairbot.conversation.feedback import Feedback
from clairbot.conversation.models import Conversation, Message
from clairbot.db import utcnow
from clairbot.handoff.models import Handoff
from clairbot.handoff.notes import HandoffNote
from clairbot.incidents import service as incidents
from clairbot.lifecycle.models import DataRequest
from clairbot.lifecycle.requests import complete
from clairbot.privacy.models import ConsentRecord
from clairbot.webhooks.models import WebhookDelivery


@dataclass(frozen=True)
class Receipt:
    """What an erasure removed; carries no identifier of the subject."""

    request_id: str
    erased_at: str
    erased_by: str
    counts: dict[str, int]


def erase(*, session: Session, request: DataRequest, by: str) -> Receipt:
    """Erase everything about `request.subject` and complete the request (flushed)."""
    tenant_id, subject = request.tenant_id, request.subject
    if subject is None:
        raise ValueError("this request was already carried out")
    conversation_ids = list(session.scalars(select(Conversation.id).where(
        Conversation.tenant_id == tenant_id, Conversation.subject == subject)))
    counts: dict[str, int] = {}

    def gone(name: str, statement: Executable) -> None:
        counts[name] = counts.get(name, 0) + rows(session, statement)

    gone("feedback", delete(Feedback).where(Feedback.conversation_id.in_(conversation_ids)))
    counts["incidents"] = incidents.erase_conversations(
        session=session, tenant_id=tenant_id, conversation_ids=conversation_ids, subject=subject)
    gone("staff_notes", delete(HandoffNote).where(
        HandoffNote.conversation_id.in_(conversation_ids)))
    gone("handoffs", delete(Handoff).where(Handoff.conversation_id.in_(conversation_ids)))
    gone("messages", delete(Message).where(Message.conversation_id.in_(conversation_ids)))
    counts["webhook_deliveries"] = 0
    for conversation_id in conversation_ids:  # payloads are JSON: match the id in their text
        gone("webhook_deliveries", delete(WebhookDelivery).where(
            WebhookDelivery.tenant_id == tenant_id,
            cast(WebhookDelivery.payload, String).contains(conversation_id)))
    gone("conversations", delete(Conversation).where(Conversation.id.in_(conversation_ids)))
    gone("consent_records", delete(ConsentRecord).where(ConsentRecord.tenant_id == tenant_id,
                                                        ConsentRecord.subject == subject))
    session.execute(update(DataRequest).where(DataRequest.tenant_id == tenant_id,
                                              DataRequest.subject == subject)
                    .values(subject=None))
    # The audit trail keeps the fact (what and how much, by whom), not whom: the subject's
    # own events are redacted, and the erasure event lists them by number only.
    event = audit.erase(session, tenant_id=tenant_id, subject=subject, actor=by,
                        data={"request": request.id, "channel": request.channel,
                              "counts": dict(counts)})
    counts["audit_events_redacted"] = int(event.payload["count"]) if event.payload else 0
    now = utcnow()
    complete(session=session, request=request, by=by, result={"erased": counts}, now=now)
    return Receipt(request_id=request.id, erased_at=now.isoformat(), erased_by=by,
                   counts=counts)


def rows(session: Session, statement: Executable) -> int:
    """Run a DELETE or UPDATE and say how many rows it touched."""
    result = session.execute(statement)
    return int(getattr(result, "rowcount", 0) or 0)


def scrub(engine: Engine) -> None:
    """After an erasure's commit: on SQLite, move the write-ahead log into the database file
    (where `secure_delete` zeroed the deleted rows) and empty it."""
    if engine.dialect.name != "sqlite":
        return  # PostgreSQL reclaims dead rows with (auto)vacuum; see docs/privacy.md
    with engine.connect() as connection:
        # On the driver's connection: SQLAlchemy's "begin" hook would open a write transaction,
        # inside which SQLite refuses to checkpoint.
        connection.connection.driver_connection.execute(  # type: ignore[union-attr]
            "PRAGMA wal_checkpoint(TRUNCATE)")
