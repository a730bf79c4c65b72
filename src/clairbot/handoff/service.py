"""Queue functions: request a person, see the queue and one's place in it, assign, release,
cancel, resolve. They work on handoff rows only; conversation states are moved by the caller."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clairbot.db import utcnow
from clairbot.errors import Conflict, InvalidInput
from clairbot.handoff.models import KINDS, OPEN_STATUSES, REASONS, Handoff


def open_for(*, session: Session, conversation_id: str) -> Handoff | None:
    """The conversation's handoff still queued or assigned, if any."""
    query = (select(Handoff).where(Handoff.conversation_id == conversation_id,
                                   Handoff.status.in_(OPEN_STATUSES))
             .order_by(Handoff.created_at.desc()))
    return session.scalars(query).first()


def ever_for(*, session: Session, conversation_id: str) -> bool:
    """Whether a person was ever asked for in the conversation (a handoff, open or not):
    only then has an agent any business reading or annotating it."""
    return session.scalar(select(Handoff.id).where(
        Handoff.conversation_id == conversation_id).limit(1)) is not None


def request(*, session: Session, tenant_id: str, conversation_id: str, reason: str, lang: str,
            detail: str = "", kind: str = "live", topic: str | None = None) -> Handoff:
    """Queue the conversation for a person; an open request is returned, never duplicated."""
    if reason not in REASONS:
        raise InvalidInput(f"unknown handoff reason {reason!r}", code="handoff.bad_reason")
    if kind not in KINDS:
        raise InvalidInput(f"unknown handoff kind {kind!r}", code="handoff.bad_kind")
    existing = open_for(session=session, conversation_id=conversation_id)
    if existing is not None:
        return existing
    handoff = Handoff(id=uuid.uuid4().hex, tenant_id=tenant_id, conversation_id=conversation_id,
                      reason=reason, detail=detail[:120], kind=kind, lang=lang, topic=topic,
                      status="queued", created_at=utcnow())
    session.add(handoff)
    session.flush()
    return handoff


def queue(*, session: Session, tenant_id: str) -> list[Handoff]:
    """Queued handoffs of the tenant, oldest first (first come, first served)."""
    query = (select(Handoff).where(Handoff.tenant_id == tenant_id, Handoff.status == "queued")
             .order_by(Handoff.created_at, Handoff.id))
    return list(session.scalars(query))


def position(*, session: Session, handoff: Handoff) -> int:
    """1 for the next conversation an agent will take; 0 once assigned or closed."""
    if handoff.status != "queued":
        return 0
    ahead = session.scalar(select(func.count()).select_from(Handoff).where(
        Handoff.tenant_id == handoff.tenant_id, Handoff.status == "queued",
        Handoff.created_at < handoff.created_at))
    return (ahead or 0) + 1


def assign(*, session: Session, handoff: Handoff, agent_id: str) -> Handoff:
    """Give a queued handoff to an agent."""
    if handoff.status != "queued":
        raise Conflict(f"handoff is {handoff.status}, not queued", code="handoff.not_queued")
    handoff.status, handoff.agent_id, handoff.assigned_at = "assigned", agent_id, utcnow()
    session.flush()
    return handoff


def release(*, session: Session, handoff: Handoff) -> Handoff:
    """Put an assigned handoff back in the queue (the agent left): it keeps its place."""
    if handoff.status == "assigned":
        handoff.status, handoff.agent_id, handoff.assigned_at = "queued", None, None
        session.flush()
    return handoff


def cancel(*, session: Session, handoff: Handoff) -> Handoff:
    """The visitor takes back a request nobody has taken yet (live or ticket): it leaves the
    queue for good. One an agent holds is theirs to hand back, never cancelled under them."""
    if handoff.status != "queued":
        raise Conflict(f"handoff is {handoff.status}, not queued", code="handoff.not_queued")
    handoff.status, handoff.resolved_at = "cancelled", utcnow()
    session.flush()
    return handoff


def resolve(*, session: Session, handoff: Handoff) -> Handoff:
    """Close a handoff (handed back to the bot, or conversation closed)."""
    if handoff.status in OPEN_STATUSES:
        handoff.status, handoff.resolved_at = "resolved", utcnow()
        session.flush()
    return handoff
