"""Everything stored about one data subject, as one portable document (GDPR art. 15, 20).

The subject is the pseudonymous visitor id that the consent ledger and the conversations
share. The export holds the conversations with every message in clear (decrypted), the
personal data found and kept (type, purpose, lawful basis; the values are in the message
texts), the consent decisions with the exact text agreed to, the handoffs, the staff's notes
about the subject, the feedback given, the problems reported and their follow-up, and the
requests made.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clairbot.conversation.feedback import Feedback
from clairbot.conversation.models import Conversation, Message
from clairbot.db import utcnow
from clairbot.handoff.models import Handoff
from clairbot.handoff.notes import HandoffNote
from clairbot.incidents.models import Incident
from clairbot.lifecycle.models import DataRequest
from clairbot.privacy import consent

FORMAT = "clairbot.subject-export/1"


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def conversations_of(session: Session, tenant_id: str, subject: str) -> list[Conversation]:
    """The subject's conversations, oldest first."""
    return list(session.scalars(
        select(Conversation).where(Conversation.tenant_id == tenant_id,
                                   Conversation.subject == subject)
        .order_by(Conversation.created_at, Conversation.id)))


def collect(*, session: Session, tenant_id: str, subject: str,
            controller: dict[str, Any] | None = None) -> dict[str, Any]:
    """The export document (JSON-ready) for `subject`."""
    conversations = [_conversation(session, c) for c in conversations_of(session, tenant_id,
                                                                            subject)]
    consents = [{"purpose": r.purpose, "decision": r.decision, "text": r.text,
                 "text_version": r.text_version, "lang": r.lang, "channel": r.channel,
                 "conversation_id": r.conversation_id, "at": _iso(r.created_at)}
                for r in consent.history(session=session, tenant_id=tenant_id, subject=subject)]
    requests = [{"id": r.id, "kind": r.kind, "status": r.status, "channel": r.channel,
                 "requested_at": _iso(r.requested_at), "due_at": _iso(r.due_at),
                 "completed_at": _iso(r.completed_at)}
                for r in session.scalars(select(DataRequest).where(
                    DataRequest.tenant_id == tenant_id, DataRequest.subject == subject)
                    .order_by(DataRequest.requested_at))]
    return {"format": FORMAT, "generated_at": _iso(utcnow()), "tenant": tenant_id,
            "controller": controller or {}, "subject": subject,
            "conversations": conversations, "consents": consents, "requests": requests}


def _conversation(session: Session, conversation: Conversation) -> dict[str, Any]:
    messages = session.scalars(select(Message).where(Message.conversation_id == conversation.id)
                               .order_by(Message.seq))
    handoffs = session.scalars(select(Handoff).where(
        Handoff.conversation_id == conversation.id).order_by(Handoff.created_at))
    notes = session.scalars(select(HandoffNote).where(
        HandoffNote.conversation_id == conversation.id).order_by(HandoffNote.created_at))
    feedback = session.scalars(select(Feedback).where(
        Feedback.conversation_id == conversation.id).order_by(Feedback.created_at))
    incidents = session.scalars(select(Incident).where(
        Incident.conversation_id == conversation.id).order_by(Incident.created_at))
    return {
        "id": conversation.id, "state": conversation.state, "lang": conversation.lang,
        "channel": conversation.channel, "created_at": _iso(conversation.created_at),
        "updated_at": _iso(conversation.updated_at),
        "messages": [{"id": m.id, "role": m.role, "text": m.text,
                      "ai_generated": m.ai_generated, "at": _iso(m.created_at),
                      "author": m.author, "sources": m.sources,
                      "personal_data": [_finding(p) for p in m.meta.get("pii", [])]}
                     for m in messages],
        "handoffs": [{"reason": h.reason, "kind": h.kind, "status": h.status, "topic": h.topic,
                      "created_at": _iso(h.created_at), "assigned_at": _iso(h.assigned_at),
                      "resolved_at": _iso(h.resolved_at)} for h in handoffs],
        "staff_notes": [{"text": n.text, "at": _iso(n.created_at)} for n in notes],
        "feedback": [{"kind": f.kind, "score": f.score, "comment": f.comment,
                      "message_id": f.message_id, "at": _iso(f.created_at)} for f in feedback],
        "incidents": [{"status": i.status, "owner": i.owner_name, "report": i.summary,
                       "response": i.response, "message_id": i.message_id,
                       "at": _iso(i.created_at), "due_at": _iso(i.due_at)} for i in incidents],
    }


def _finding(entry: dict[str, Any]) -> dict[str, Any]:
    """What the privacy guard found in a message: never a value, only its kind and fate."""
    keep = ("type", "subtype", "decision", "purpose", "basis")
    return {key: entry[key] for key in keep if key in entry}


def summary(document: dict[str, Any]) -> dict[str, int]:
    """Counts per section, for the request's receipt."""
    conversations = document["conversations"]
    return {"conversations": len(conversations),
            "messages": sum(len(c["messages"]) for c in conversations),
            "consents": len(document["consents"]),
            "handoffs": sum(len(c["handoffs"]) for c in conversations),
            "staff_notes": sum(len(c["staff_notes"]) for c in conversations),
            "feedback": sum(len(c["feedback"]) for c in conversations),
            "incidents": sum(len(c["incidents"]) for c in conversations)}
