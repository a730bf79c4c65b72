"""Incidents: open one on a reported bot answer, move it through its statuses, count them.

Every change appends a history row and an audit event in the caller's transaction
(services flush, never commit). Audit payloads hold ids and statuses only: the summary,
the response and notes may hold personal data and stay encrypted in their tables.
This package never reads conversations: callers pass the ids, the message's sources and
meta, and the conversation's pseudonymous subject as plain values.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import case, delete, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement

from clairbot import audit
from clairbot.config import DEFAULT_INCIDENT_DEADLINE_DAYS
from clairbot.db import utcnow
from clairbot.errors import Conflict, InvalidInput, NotFound
from clairbot.incidents.errors import IncidentRequestError
from clairbot.incidents.models import (
    PENDING,
    SOURCES,
    STATUSES,
    TRANSITIONS,
    Incident,
    IncidentEvent,
)
from clairbot.incidents.routing import accountable_owner, due_date, topic_of
from clairbot.inputs import bounded
from clairbot.spec import BotSpec

# Staff roles that may read incidents (their summaries may hold personal data), and that
# may report and handle them. Auditors see the counts only.
READ_ROLES = ("admin", "agent", "reviewer", "dpo")
HANDLE_ROLES = ("admin", "agent", "reviewer")
MAX_SUMMARY_CHARS = 2000
MAX_RESPONSE_CHARS = 4000
MAX_NOTE_CHARS = 2000
MAX_KNOWLEDGE_CHANGE_CHARS = 300


def _clean(text: str | None, limit: int, what: str) -> str | None:
    return bounded(text, limit=limit, what=what,
                   code=f"incident.{what.replace(' ', '_')}_too_long")


def _event(session: Session, incident: Incident, *, actor: str, from_status: str | None,
           note: str | None, now: dt.datetime) -> IncidentEvent:
    event = IncidentEvent(id=uuid.uuid4().hex, tenant_id=incident.tenant_id,
                          incident_id=incident.id, at=now, actor=actor,
                          from_status=from_status, to_status=incident.status, note=note)
    session.add(event)
    session.flush()
    audit.record(session, tenant_id=incident.tenant_id, kind=f"incident.{incident.status}",
                 actor=actor, subject=incident.subject,
                 data={"incident": incident.id, "conversation": incident.conversation_id,
                       "message": incident.message_id, "from": from_status,
                       "to": incident.status, "source": incident.source,
                       "topic": incident.topic,
                       "knowledge_change": incident.knowledge_change is not None})
    return event


def report(*, session: Session, tenant_id: str, conversation_id: str | None,
           message_id: str | None, subject: str | None, sources: Sequence[Mapping[str, Any]],
           meta: Mapping[str, Any], source: str, reported_by: str, summary: str | None,
           spec: BotSpec | None = None,
           deadline_days: int = DEFAULT_INCIDENT_DEADLINE_DAYS,
           now: dt.datetime | None = None) -> Incident:
    """Open an incident on a bot message, routed to its accountable owner (flushes).

    `sources` and `meta` are the message's; `reported_by` is ``visitor`` or
    ``staff:<id>``; the deadline is `deadline_days` business days away.
    """
    if source not in SOURCES:
        raise InvalidInput(f"unknown incident source {source!r}", code="incident.bad_source")
    now = now or utcnow()
    topic = topic_of(meta)
    owner = accountable_owner(sources=sources, topic=topic, spec=spec)
    incident = Incident(
        id=uuid.uuid4().hex, tenant_id=tenant_id, conversation_id=conversation_id,
        message_id=message_id, subject=subject, source=source, reported_by=reported_by,
        owner_name=owner.name, owner_contact=owner.contact, topic=topic, status="open",
        summary=_clean(summary, MAX_SUMMARY_CHARS, "summary"),
        due_at=due_date(now, deadline_days, spec), created_at=now, updated_at=now)
    session.add(incident)
    session.flush()
    _event(session, incident, actor=reported_by, from_status=None, note=None, now=now)
    return incident


def get(*, session: Session, tenant_id: str, incident_id: str) -> Incident:
    """The tenant's incident, or `incident.not_found`."""
    incident = session.get(Incident, incident_id) if len(incident_id) <= 32 else None
    if incident is None or incident.tenant_id != tenant_id:
        raise NotFound(f"no incident {incident_id!r}", code="incident.not_found")
    return incident


def list_(*, session: Session, tenant_id: str, status: str | None = None,
          owner: str | None = None, limit: int = 200) -> list[Incident]:
    """The tenant's incidents: pending ones first, then by deadline, newest last."""
    if status is not None and status not in STATUSES:
        raise InvalidInput(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}",
                           code="incident.bad_status")
    query = select(Incident).where(Incident.tenant_id == tenant_id)
    if status is not None:
        query = query.where(Incident.status == status)
    if owner:
        query = query.where(Incident.owner_name == owner)
    order = case({s: i for i, s in enumerate(STATUSES)}, value=Incident.status)
    return list(session.scalars(query.order_by(order, Incident.due_at, Incident.id)
                                .limit(limit)))


def history(*, session: Session, incident: Incident) -> list[IncidentEvent]:
    """The incident's events, oldest first."""
    return list(session.scalars(select(IncidentEvent)
                                .where(IncidentEvent.incident_id == incident.id)
                                .order_by(IncidentEvent.at, IncidentEvent.id)))


def transition(*, session: Session, incident: Incident, to: str, actor: str,
               response: str | None = None, knowledge_change: str | None = None,
               note: str | None = None, now: dt.datetime | None = None) -> Incident:
    """Move the incident to `to` (flushes): `incident.bad_transition` (409) unless allowed;
    `fixed` needs the owner's response (`incident.response_required`, 400), and
    `knowledge_change` names the document or version that fixed it, if one did."""
    if to not in STATUSES:
        raise InvalidInput(f"unknown status {to!r}; expected one of {', '.join(STATUSES)}",
                           code="incident.bad_status")
    if to not in TRANSITIONS[incident.status]:
        allowed = ", ".join(TRANSITIONS[incident.status]) or "none: it is final"
        raise Conflict(f"an incident {incident.status} cannot become {to} (allowed: {allowed})",
                       code="incident.bad_transition")
    response = _clean(response, MAX_RESPONSE_CHARS, "response")
    knowledge_change = _clean(knowledge_change, MAX_KNOWLEDGE_CHANGE_CHARS, "knowledge change")
    note = _clean(note, MAX_NOTE_CHARS, "note")
    if to == "fixed" and response is None and incident.response is None:
        raise IncidentRequestError("marking an incident fixed needs the owner's response",
                                   code="incident.response_required")
    if knowledge_change is not None and to != "fixed":
        raise IncidentRequestError("only a fix can name a knowledge change",
                                   code="incident.knowledge_change_not_fix")
    now = now or utcnow()
    from_status = incident.status
    incident.status = to
    if response is not None:
        incident.response = response
    if knowledge_change is not None:
        incident.knowledge_change = knowledge_change
    incident.updated_at = now
    session.flush()
    _event(session, incident, actor=actor, from_status=from_status, note=note, now=now)
    return incident


def counts(session: Session, tenant_id: str, *,
           now: dt.datetime | None = None) -> dict[str, int]:
    """Incidents per status, plus `overdue`: still pending past their deadline."""
    result = dict.fromkeys(STATUSES, 0)
    for status, number in session.execute(
            select(Incident.status, func.count()).where(Incident.tenant_id == tenant_id)
            .group_by(Incident.status)):
        result[str(status)] = int(number)
    result["overdue"] = int(session.scalar(
        select(func.count()).select_from(Incident)
        .where(Incident.tenant_id == tenant_id, Incident.status.in_(PENDING),
               Incident.due_at < (now or utcnow()))) or 0)
    return result


def erase_conversations(*, session: Session, tenant_id: str, conversation_ids: Iterable[str],
                        subject: str | None = None) -> int:
    """Delete the incidents on these conversations (or about `subject`, whose conversation
    may be gone already) and their history: an erasure. Returns how many incidents went;
    their audit events are redacted with the subject's."""
    about: ColumnElement[bool] = Incident.conversation_id.in_(list(conversation_ids))
    if subject is not None:
        about = or_(about, Incident.subject == subject)
    ids = list(session.scalars(select(Incident.id).where(Incident.tenant_id == tenant_id,
                                                         about)))
    return remove(session=session, incident_ids=ids)


def remove(*, session: Session, incident_ids: Sequence[str]) -> int:
    """Delete these incidents and their history (an erasure, or the end of their retention);
    returns how many incidents went. Their audit events stay: ids and statuses only."""
    if not incident_ids:
        return 0
    session.execute(delete(IncidentEvent).where(IncidentEvent.incident_id.in_(incident_ids)))
    result = session.execute(delete(Incident).where(Incident.id.in_(incident_ids)))
    return int(getattr(result, "rowcount", 0) or 0)
