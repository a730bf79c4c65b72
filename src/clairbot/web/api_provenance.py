"""`GET /api/v1/messages/{id}/provenance`: why a message was said, from the audit trail, for
auditors and every staff member of the tenant (the console shows it under each bot answer)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy.orm import Session

from clairbot.conversation.provenance import provenance
from clairbot.web.deps import StaffAuth, unit_of_work
from clairbot.web.schemas import ErrorBody

router = APIRouter(prefix="/api/v1/messages", tags=["audit"])
_ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorBody} for code in (401, 404)}


@router.get("/{message_id}/provenance", responses=_ERRORS)
@unit_of_work
def get_provenance(session: Session, message_id: str, staff_auth: StaffAuth) -> dict[str, Any]:
    """The audit event behind a message: intent and rule, privacy decisions, sources,
    passages with document versions and owners, confidence, responder and model, spec and
    knowledge versions, guard decisions, and whether the event is intact."""
    member = staff_auth.member(session)
    return provenance(session, tenant_id=member.tenant_id, message_id=message_id)
