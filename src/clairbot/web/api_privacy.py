"""Data-subject rights over HTTP: the visitor's own (conversation token) and the DPO's
(staff with the `dpo` role), plus the list of requests with their legal deadline."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

from fastapi import APIRouter, BackgroundTasks, Query
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel
from sqlalchemy.orm import Session

from clairbot.conversation import service
from clairbot.lifecycle import requests as data_requests
from clairbot.lifecycle.deletion import scrub
from clairbot.lifecycle.erasure import Receipt
from clairbot.lifecycle.export_html import render_html
from clairbot.lifecycle.rights import erase_subject, export_subject
from clairbot.staff import service as staff_service
from clairbot.staff.models import StaffMember
from clairbot.web.deps import RuntimeDep, StaffAuth, TokenDep, unit_of_work
from clairbot.web.schemas import ErrorBody

router = APIRouter(tags=["privacy"])
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 404)}
Format = Literal["json", "html"]


class ReceiptRead(BaseModel):
    """What an erasure removed: counts per table, never an identifier."""

    id: str
    erased_at: str
    erased_by: str
    counts: dict[str, int]


class ErasureRead(BaseModel):
    """Body of an erasure's response."""

    receipt: ReceiptRead


class RequestRead(BaseModel):
    """A data-subject request and its deadline."""

    id: str
    kind: str
    status: str
    channel: str
    requested_by: str
    requested_at: dt.datetime
    due_at: dt.datetime
    completed_at: dt.datetime | None
    result: dict[str, Any]


def _document(document: dict[str, Any], fmt: Format, lang: str) -> Response:
    name = f"my-data-{document['subject']}"
    if fmt == "html":
        return HTMLResponse(render_html(document, lang), headers={
            "Content-Disposition": f'attachment; filename="{name}.html"'})
    return JSONResponse(json.loads(json.dumps(document, default=str)), headers={
        "Content-Disposition": f'attachment; filename="{name}.json"'})


def _erased(receipt: Receipt) -> ErasureRead:
    return ErasureRead(receipt=ReceiptRead(id=receipt.request_id, erased_at=receipt.erased_at,
                                           erased_by=receipt.erased_by, counts=receipt.counts))


def _dpo(member: StaffMember) -> StaffMember:
    staff_service.require_role(member, "dpo", "admin")
    return member


# --- the visitor, proven by the conversation's token -------------------------------------

@router.get("/api/v1/conversations/{conversation_id}/export", responses=_ERRORS,
            response_model=None)
@unit_of_work
def export_mine(session: Session, conversation_id: str, runtime: RuntimeDep, token: TokenDep,
                format: Format = "json",
                lang: str | None = Query(default=None, pattern="^(fr|en)$")) -> Response:
    """Everything stored about the visitor of this conversation (GDPR art. 15 and 20), as
    JSON (portable) or as a readable HTML page."""
    conversation = service.get_for_visitor(session=session, conversation_id=conversation_id,
                                           token=token)
    bot = runtime.bot(conversation.tenant_id)
    document = export_subject(session=session, spec=bot.spec, tenant_id=bot.tenant_id,
                              subject=conversation.subject, channel="chat",
                              requested_by="visitor")
    return _document(document, format, lang or conversation.lang)


@router.post("/api/v1/conversations/{conversation_id}/erasure", response_model=ErasureRead,
             responses=_ERRORS)
@unit_of_work
def erase_mine(session: Session, conversation_id: str, runtime: RuntimeDep, token: TokenDep,
               background: BackgroundTasks) -> ErasureRead:
    """Erase everything stored about the visitor of this conversation (GDPR art. 17); the
    receipt says what went. The token stops working at once."""
    conversation = service.get_for_visitor(session=session, conversation_id=conversation_id,
                                           token=token, lock=True)
    receipt = erase_subject(session=session, tenant_id=conversation.tenant_id,
                            subject=conversation.subject, channel="chat",
                            requested_by="visitor")
    background.add_task(scrub, runtime.engine)  # after the commit
    return _erased(receipt)


# --- the DPO ----------------------------------------------------------------------------

@router.get("/api/v1/privacy/subjects/{subject}/export", responses=_ERRORS,
            response_model=None)
@unit_of_work
def export_for_dpo(session: Session, subject: str, staff_auth: StaffAuth, runtime: RuntimeDep,
                   format: Format = "json",
                   lang: str = Query(default="fr", pattern="^(fr|en)$")) -> Response:
    """A subject's data, for the DPO answering a request received by other means."""
    member = staff_auth.member(session)
    _dpo(member)
    bot = runtime.bot(member.tenant_id)
    document = export_subject(session=session, spec=bot.spec, tenant_id=member.tenant_id,
                              subject=subject, channel="staff",
                              requested_by=f"staff:{member.id}")
    return _document(document, format, lang)


@router.post("/api/v1/privacy/subjects/{subject}/erasure", response_model=ErasureRead,
             responses=_ERRORS)
@unit_of_work
def erase_for_dpo(session: Session, subject: str, staff_auth: StaffAuth, runtime: RuntimeDep,
                  background: BackgroundTasks) -> ErasureRead:
    """Erase a subject's data for the DPO; the receipt names the DPO, not the subject."""
    member = staff_auth.member(session)
    _dpo(member)
    receipt = erase_subject(session=session, tenant_id=member.tenant_id, subject=subject,
                            channel="staff", requested_by=f"staff:{member.id}")
    background.add_task(scrub, runtime.engine)
    return _erased(receipt)


@router.get("/api/v1/privacy/requests", response_model=list[RequestRead], responses=_ERRORS)
@unit_of_work
def list_requests(session: Session, staff_auth: StaffAuth,
                  status: Literal["open", "done", "refused"] | None = None) -> list[RequestRead]:
    """The tenant's data-subject requests, the nearest deadline first."""
    member = staff_auth.member(session)
    _dpo(member)
    return [RequestRead(id=r.id, kind=r.kind, status=r.status, channel=r.channel,
                        requested_by=r.requested_by, requested_at=r.requested_at,
                        due_at=r.due_at, completed_at=r.completed_at, result=r.result)
            for r in data_requests.listing(session=session, tenant_id=member.tenant_id,
                                           status=status)]
