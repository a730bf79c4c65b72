"""What the conversation records in the audit trail (DESIGN.md invariant 4).

One `turn` event per visitor turn, written in the turn's transaction: the intent and the
rule that decided it, what the privacy guard found and did (type, detector, decision, never
a value), and for each bot message its provenance: sources and their owners, passages with
document versions and scores, confidence, responder and model, spec and knowledge versions,
the outbound guard's decisions. A staff action (take, reply, hand back, release, close) is
one `staff.<action>` event. Events are filed under the visitor's pseudonym, so an erasure
redacts them; the chain keeps their digests.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from clairbot import audit
from clairbot.conversation.bot import Bot
from clairbot.conversation.models import Conversation, Message
from clairbot.conversation.turn import Reply, Turn

TURN = "turn"


def record_turn(session: Session, turn: Turn, bot: Bot, produced: list[Message]) -> None:
    """The turn's event: `produced` is the visitor's message, then one message per reply."""
    conversation = turn.conversation
    visitor, answers = produced[0], produced[1:]
    data: dict[str, Any] = {
        "conversation": conversation.id, "visitor_message": visitor.id, "lang": turn.lang,
        "intent": turn.intent.intent.value if turn.intent else None,
        "rule": turn.intent.rule if turn.intent else None,
        "also": [other.value for other in turn.intent.also] if turn.intent else [],
        "action": (turn.inbound.action or {}).get("type"),
        "redactions": turn.pii, "state": turn.state,
        "spec_version": bot.spec.spec_version, "spec_digest": bot.spec.spec_digest,
        "knowledge_version": bot.knowledge.version,
        "replies": [_reply(message, reply) for message, reply in zip(answers, turn.replies,
                                                                       strict=True)],
        "decisions": turn.decisions}
    audit.record(session, tenant_id=conversation.tenant_id, kind=TURN, actor="bot",
                 subject=conversation.subject, data=data)


def _reply(message: Message, reply: Reply) -> dict[str, Any]:
    entry: dict[str, Any] = {"message": message.id, "kind": reply.kind,
                             "sources": reply.sources,
                             "actions": [a["type"] for a in reply.actions]}
    if reply.answer is not None:
        entry.update(responder=reply.answer.responder, model=reply.answer.model,
                     confidence=round(reply.answer.confidence, 4),
                     passages=reply.answer.passages, answered=reply.answer.answered)
    return entry


def record_staff(session: Session, conversation: Conversation, staff_id: str, action: str,
                 message: Message | None, **data: Any) -> None:
    """A staff member acted on a conversation (the message they wrote is not copied)."""
    audit.record(session, tenant_id=conversation.tenant_id, kind=f"staff.{action}",
                 actor=f"staff:{staff_id}", subject=conversation.subject,
                 data={"conversation": conversation.id, "state": conversation.state,
                       "message": message.id if message is not None else None, **data})
