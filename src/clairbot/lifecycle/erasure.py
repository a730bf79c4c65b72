"""Erasure of one data subject (GDPR art. 17): every row about them, in every table.

Deleted, not flagged: the conversations and their messages, feedback, incidents (with their
history), handoffs and staff notes, the webhook deliveries that name those conversations, the
consent ledger's rows (the proof is no longer needed once there is nobody to prove consent
for), and the subject's identifiers in their data requests. The request itself stays as the
receipt: what was erased (counts), when, by whom. On SQLite deleted bytes are overwritten
(`secure_delete`) and the write-ahead log is emptied by `deletion.scrub` after the commit.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import String, and_, cast, select, update
from sqlalchemy.orm import Session

from clairbot import audit
from clairbot.conversation.models import Conversation
from clairbot.db import utcnow
from clairbot.incidents import service as incidents
from clairbot.lifecycle.deletion import remove, remove_conversations
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
    counts = {"incidents": incidents.erase_conversations(
        session=session, tenant_id=tenant_id, conversation_ids=conversation_ids, subject=subject)}
    counts["webhook_deliveries"] = sum(  # payloads are JSON: match the id in their text
        remove(session, WebhookDelivery, and_(
            WebhookDelivery.tenant_id == tenant_id,
            cast(WebhookDelivery.payload, String).contains(conversation_id)))
        for conversation_id in conversation_ids)
    counts.update(remove_conversations(session, conversation_ids))
    counts["consent_records"] = remove(session, ConsentRecord, and_(
        ConsentRecord.tenant_id == tenant_id, ConsentRecord.subject == subject))
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
