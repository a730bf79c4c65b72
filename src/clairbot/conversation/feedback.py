"""Visitor feedback on a conversation: thumbs up or down on a bot answer, a problem report
on a bot answer, and one satisfaction score (CSAT, 1 to 5) for the whole conversation.

The free-text comment may hold personal data, so it is encrypted at rest. A problem report
also opens an incident routed to the answer's accountable owner (`clairbot.incidents`).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid

from sqlalchemy import ForeignKey, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from clairbot.config import DEFAULT_INCIDENT_DEADLINE_DAYS
from clairbot.conversation.models import Conversation, Message
from clairbot.db import Base, utcnow
from clairbot.errors import Conflict, InvalidInput
from clairbot.incidents import service as incidents
from clairbot.inputs import bounded
from clairbot.privacy.crypto import EncryptedText
from clairbot.spec import BotSpec

KINDS = ("thumbs_up", "thumbs_down", "problem", "csat")
THUMBS = ("thumbs_up", "thumbs_down")
MAX_COMMENT_CHARS = 1000
_ID = re.compile(r"[0-9a-f]{32}")


class Feedback(Base):
    """One piece of feedback from the visitor of a conversation."""

    __tablename__ = "feedback"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    # Indexed: each deleted message (purge, erasure) looks up the feedback that cites it.
    message_id: Mapped[str | None] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True, default=None)
    kind: Mapped[str] = mapped_column(String(12))
    score: Mapped[int | None] = mapped_column(Integer, default=None)
    comment: Mapped[str | None] = mapped_column(EncryptedText("feedback.comment"),
                                                default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


def _bot_message(session: Session, conversation: Conversation,
                 message_id: str | None) -> Message:
    if message_id is None or not _ID.fullmatch(message_id):
        raise InvalidInput("this feedback needs the id of a bot message of this conversation",
                           code="feedback.bad_message")
    message = session.get(Message, message_id)
    if message is None or message.conversation_id != conversation.id or message.role != "bot":
        raise InvalidInput(f"no bot message {message_id!r} in this conversation",
                           code="feedback.bad_message")
    return message


def _already(session: Session, conversation: Conversation, kinds: tuple[str, ...],
             message_id: str | None) -> bool:
    query = select(Feedback.id).where(Feedback.conversation_id == conversation.id,
                                      Feedback.kind.in_(kinds))
    if message_id is not None:
        query = query.where(Feedback.message_id == message_id)
    return session.scalars(query.limit(1)).first() is not None


def record(*, session: Session, conversation: Conversation, kind: str,
           message_id: str | None = None, score: int | None = None,
           comment: str | None = None, spec: BotSpec | None = None,
           incident_deadline_days: int = DEFAULT_INCIDENT_DEADLINE_DAYS) -> Feedback:
    """Record the visitor's feedback (flushes). Thumbs and problem reports are about a bot
    message of this conversation; a CSAT score (1-5) is about the whole conversation. One
    thumbs per message and one CSAT per conversation: a second is refused. A problem report
    opens an incident in the same transaction (`spec` routes it when the answer cites no
    source)."""
    if kind not in KINDS:
        raise InvalidInput(f"unknown feedback kind {kind!r}; expected one of {', '.join(KINDS)}",
                           code="feedback.bad_kind")
    if kind == "csat":
        if message_id is not None:
            raise InvalidInput("a satisfaction score is about the whole conversation, "
                               "not a message", code="feedback.bad_message")
        if score is None or not 1 <= score <= 5:
            raise InvalidInput("a satisfaction score is a whole number from 1 to 5",
                               code="feedback.bad_score")
    else:
        if score is not None:
            raise InvalidInput(f"feedback {kind!r} takes no score", code="feedback.bad_score")
        message = _bot_message(session, conversation, message_id)
    comment = bounded(comment, limit=MAX_COMMENT_CHARS, what="comment",
                      code="feedback.comment_too_long")
    if kind in THUMBS and _already(session, conversation, THUMBS, message_id):
        raise Conflict("this answer has already been rated", code="feedback.already_given")
    if kind == "csat" and _already(session, conversation, ("csat",), None):
        raise Conflict("this conversation has already been rated",
                       code="feedback.already_given")
    feedback = Feedback(id=uuid.uuid4().hex, tenant_id=conversation.tenant_id,
                        conversation_id=conversation.id, message_id=message_id, kind=kind,
                        score=score, comment=comment, created_at=utcnow())
    session.add(feedback)
    session.flush()
    if kind == "problem":
        incidents.report(session=session, tenant_id=conversation.tenant_id,
                         conversation_id=conversation.id, message_id=message.id,
                         subject=conversation.subject, sources=message.sources,
                         meta=message.meta, source="visitor", reported_by="visitor",
                         summary=comment, spec=spec, deadline_days=incident_deadline_days)
    return feedback
