"""Incidents API: staff report a problem on a bot answer, list incidents, read one with its
history, and move it on (acknowledge, fix, reject). Visitors report through the feedback
endpoint (`kind: problem`), which opens an incident too."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from sqlalchemy.orm import Session

from clairbot.conversation.models import Conversation, Message
from clairbot.db import utcnow
from clairbot.errors import NotFound
from clairbot.incidents import service as incidents
from clairbot.incidents.models import Incident
from clairbot.incidents.schemas import (
    IncidentCounts,
    IncidentCreate,
    IncidentDetail,
    IncidentEventRead,
    IncidentRead,
    IncidentTransition,
)
from clairbot.staff import service as staff
from clairbot.staff.models import ROLES
from clairbot.web.change_links import link_knowledge_change
from clairbot.web.deps import RuntimeDep, StaffAuth, unit_of_work
from clairbot.web.schemas import ErrorBody

router = APIRouter(tags=["incidents"])
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 404, 409, 422)}


def actor_of(member_id: str) -> str:
    """How the history and the audit trail name a staff member: by id, never by name."""
    return f"staff:{member_id}"


def detail(session: Session, incident: Incident) -> IncidentDetail:
    """An incident with its history."""
    read = IncidentRead.of(incident, utcnow())
    return IncidentDetail(**read.model_dump(), history=[
        IncidentEventRead.of(e) for e in incidents.history(session=session, incident=incident)])


@router.post("/api/v1/agent/incidents", status_code=201, response_model=IncidentDetail,
             responses=_ERRORS)
@unit_of_work
def report_incident(session: Session, body: IncidentCreate, runtime: RuntimeDep,
                    staff_auth: StaffAuth) -> IncidentDetail:
    """A staff member reports a problem with a bot answer: an incident routed to its owner."""
    member = staff_auth.member(session)
    staff.require_role(member, *incidents.HANDLE_ROLES)
    message = session.get(Message, body.message_id) if len(body.message_id) <= 32 else None
    if message is None or message.tenant_id != member.tenant_id or message.role != "bot":
        raise NotFound(f"no bot message {body.message_id!r}", code="incident.bad_message")
    conversation = session.get(Conversation, message.conversation_id)
    incident = incidents.report(
        session=session, tenant_id=member.tenant_id, conversation_id=message.conversation_id,
        message_id=message.id, subject=conversation.subject if conversation else None,
        sources=message.sources, meta=message.meta, source="staff",
        reported_by=actor_of(member.id), summary=body.summary,
        spec=runtime.bot(member.tenant_id).spec,
        deadline_days=runtime.settings.incident_deadline_days)
    return detail(session, incident)


@router.get("/api/v1/incidents", response_model=list[IncidentRead], responses=_ERRORS)
@unit_of_work
def list_incidents(session: Session, staff_auth: StaffAuth,
                   status: Annotated[str | None, Query(max_length=16)] = None,
                   owner: Annotated[str | None, Query(max_length=200)] = None
                   ) -> list[IncidentRead]:
    """The tenant's incidents, pending first then by deadline; filter by status or owner
    name."""
    member = staff_auth.member(session)
    staff.require_role(member, *incidents.READ_ROLES)
    now = utcnow()
    return [IncidentRead.of(i, now) for i in incidents.list_(
        session=session, tenant_id=member.tenant_id, status=status or None, owner=owner)]


@router.get("/api/v1/incidents/counts", response_model=IncidentCounts, responses=_ERRORS)
@unit_of_work
def count_incidents(session: Session, staff_auth: StaffAuth) -> IncidentCounts:
    """Incidents per status and overdue: the governance figure (any staff role)."""
    member = staff_auth.member(session)
    staff.require_role(member, *ROLES)
    return IncidentCounts(**incidents.counts(session, member.tenant_id))


@router.get("/api/v1/incidents/{incident_id}", response_model=IncidentDetail,
            responses=_ERRORS)
@unit_of_work
def get_incident(session: Session, incident_id: str, staff_auth: StaffAuth) -> IncidentDetail:
    """One incident with its history."""
    member = staff_auth.member(session)
    staff.require_role(member, *incidents.READ_ROLES)
    return detail(session, incidents.get(session=session, tenant_id=member.tenant_id,
                                         incident_id=incident_id))


@router.post("/api/v1/incidents/{incident_id}/transition", response_model=IncidentDetail,
             responses=_ERRORS)
@unit_of_work
def transition_incident(session: Session, incident_id: str, body: IncidentTransition,
                        staff_auth: StaffAuth) -> IncidentDetail:
    """Acknowledge, fix (with the owner's response, and the knowledge change if any) or
    reject an incident; 409 when the move is not allowed from its status."""
    member = staff_auth.member(session)
    staff.require_role(member, *incidents.HANDLE_ROLES)
    incident = incidents.get(session=session, tenant_id=member.tenant_id,
                             incident_id=incident_id)
    incidents.transition(session=session, incident=incident, to=body.to,
                         actor=actor_of(member.id), response=body.response,
                         knowledge_change=link_knowledge_change(
                             session, member.tenant_id, body.knowledge_change),
                         note=body.note)
    return detail(session, incident)
