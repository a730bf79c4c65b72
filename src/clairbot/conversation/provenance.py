"""Why the bot (or a person) said a message, read back from the audit trail alone.

The provenance of a bot message is its turn's audit event: the question's intent and rule,
what the privacy guard did, the sources and passages with their document versions, owners
and scores, the confidence, the responder and model, the spec and knowledge versions and the
outbound guard's decisions. The event's own digest and hash are checked on the way (its place
in the chain is `clairbot audit verify`'s job).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from clairbot import audit
from clairbot.conversation.audit_trail import TURN
from clairbot.conversation.models import Conversation, Message
from clairbot.conversation.service import STARTED
from clairbot.errors import NotFound

_STAFF_KINDS = ("staff.reply", "staff.take", "staff.hand_back", "staff.release", "staff.close")


def provenance(session: Session, *, tenant_id: str, message_id: str) -> dict[str, Any]:
    """The audit record behind `message_id`, or `message.not_found` / `provenance.missing`."""
    message = session.get(Message, message_id)
    conversation = (session.get(Conversation, message.conversation_id)
                    if message is not None else None)
    if message is None or conversation is None or message.tenant_id != tenant_id:
        raise NotFound(f"no message {message_id!r}", code="message.not_found")
    for event in audit.events_of(session, tenant_id=tenant_id, subject=conversation.subject,
                                 kinds=(STARTED, TURN, *_STAFF_KINDS)):
        found = _match(event, message_id)
        if found is not None:
            return {"message": message_id, "role": message.role,
                    "audit": {"seq": event.seq, "at": event.at.isoformat(), "kind": event.kind,
                              "actor": event.actor, "hash": event.hash,
                              "intact": audit.intact(event)},
                    **found}
    raise NotFound(f"no audit event records message {message_id!r} (written before the audit "
                   "trail, its subject erased, or its event altered: `clairbot audit verify` "
                   "names an altered event)", code="provenance.missing")


def _match(event: audit.AuditEvent, message_id: str) -> dict[str, Any] | None:
    payload = event.payload or {}
    if event.kind == STARTED:  # the disclosure: the spec's own wording
        return ({"turn": {"intent": "disclosure", "spec_version": payload.get("spec_version"),
                          "spec_digest": payload.get("spec_digest"),
                          "knowledge_version": payload.get("knowledge_version")}}
                if payload.get("message") == message_id else None)
    if event.kind != TURN:
        return {"staff_action": event.kind} if payload.get("message") == message_id else None
    turn = {key: payload.get(key) for key in ("conversation", "lang", "intent", "rule",
                                             "action", "redactions", "spec_version",
                                             "spec_digest", "knowledge_version", "decisions")}
    if payload.get("visitor_message") == message_id:
        return {"turn": turn}
    for reply in payload.get("replies", []):
        if reply.get("message") == message_id:
            return {"turn": turn, "reply": reply}
    return None
