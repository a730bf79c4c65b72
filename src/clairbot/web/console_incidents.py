"""The console's incidents page: reported problems with bot answers, pending first, with
their deadline and accountable owner, and forms to acknowledge, fix or reject them.

Server-rendered, no script: each action is a form POST carrying the session's CSRF token
(`csrf_token` field), answered by a redirect back to the page (post/redirect/get). The
governance counts (per status, overdue) head the page; auditors see only them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from clairbot.conversation.models import Message
from clairbot.db import utcnow
from clairbot.errors import ClairbotError, Unauthorized
from clairbot.i18n import t
from clairbot.incidents import service as incidents
from clairbot.incidents.models import PENDING, STATUSES, TRANSITIONS, Incident, IncidentEvent
from clairbot.spec import BotSpec
from clairbot.staff import service as staff_service
from clairbot.staff.auth import CSRF_FORM_FIELD, check_csrf
from clairbot.staff.models import StaffMember, StaffSession
from clairbot.web.api_incidents import actor_of
from clairbot.web.change_links import link_knowledge_change
from clairbot.web.console import AcceptLanguage, LangQuery, pick_language, templates
from clairbot.web.deps import RuntimeDep, session_cookie, unit_of_work
from clairbot.web.forms import read_form

router = APIRouter(prefix="/console/incidents", include_in_schema=False)
EXCERPT_CHARS = 160
# Error codes the page explains in the reader's language; anything else is "error".
_KNOWN_ERRORS = ("incident.bad_transition", "incident.response_required",
                 "incident.knowledge_change_not_fix", "incident.unknown_change",
                 "incident.not_found", "auth.forbidden", "auth.csrf")


@dataclass(frozen=True)
class Row:
    """One incident as the page lists it."""

    incident: Incident
    excerpt: str | None
    due: str
    overdue: bool
    next_steps: tuple[str, ...]
    history: list[IncidentEvent]


def _translators(lang: str) -> dict[str, Callable[..., str]]:
    def console(key: str, **params: object) -> str:
        return t(f"console.{key}", lang, **params)

    def own(key: str, **params: object) -> str:
        return t(f"incidents.{key}", lang, **params)
    # `_` for the shared layout (base.html), `i` for this page's texts.
    return {"_": console, "i": own}


def _excerpts(session: Session, rows: list[Incident]) -> dict[str, str]:
    ids = [i.message_id for i in rows if i.message_id]
    if not ids:
        return {}
    texts = session.execute(select(Message.id, Message.text).where(Message.id.in_(ids)))
    return {mid: text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS - 1] + "…"
            for mid, text in texts}


def _signed_in(session: Session, request: Request) -> tuple[StaffMember, StaffSession] | None:
    try:
        return staff_service.staff_for_session(
            session=session, cookie_value=session_cookie(request) or "")
    except Unauthorized:
        return None


def _render(request: Request, runtime: RuntimeDep, session: Session, member: StaffMember,
            csrf_token: str, lang: str, *, status_filter: str | None = None,
            done: str | None = None, error: str | None = None,
            status: int = 200) -> HTMLResponse:
    may_read = bool(set(incidents.READ_ROLES) & set(member.roles)) and member.active
    may_handle = bool(set(incidents.HANDLE_ROLES) & set(member.roles)) and member.active
    spec = runtime.bot(member.tenant_id).spec
    zone = spec.escalation.business_hours.zone
    now = utcnow()
    rows: list[Row] = []
    if may_read:
        found = incidents.list_(session=session, tenant_id=member.tenant_id,
                                status=status_filter)
        excerpts = _excerpts(session, found)
        rows = [Row(incident=i, excerpt=excerpts.get(i.message_id or ""),
                    due=_when(i.due_at, zone), overdue=i.status in PENDING and i.due_at < now,
                    next_steps=TRANSITIONS[i.status] if may_handle else (),
                    history=incidents.history(session=session, incident=i)) for i in found]
    names = {f"staff:{m.id}": m.display_name
             for m in staff_service.list_(session=session, tenant_id=member.tenant_id)}
    names["visitor"] = t("incidents.source.visitor", lang)
    return templates.TemplateResponse(request, "console/incidents.html", {
        "lang": lang, **_translators(lang), "member": member, "csrf_token": csrf_token,
        "counts": incidents.counts(session, member.tenant_id, now=now), "rows": rows,
        "may_read": may_read, "statuses": STATUSES, "status_filter": status_filter,
        "done": done if done in STATUSES else None, "error": error,
        "may_handle": may_handle,
        "when": lambda moment: _when(moment, zone),
        "actor": lambda actor: names.get(actor, actor),
        "topic": lambda topic_id: _topic_title(spec, topic_id, lang)}, status_code=status)


def _topic_title(spec: BotSpec, topic_id: str | None, lang: str) -> str | None:
    topic = spec.topic(topic_id) if topic_id else None
    return topic.title.pick(lang, spec.bot.default_language) if topic else topic_id


def _when(moment: dt.datetime, zone: dt.tzinfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


@router.get("", response_class=HTMLResponse)
@unit_of_work
def incidents_page(session: Session, request: Request, runtime: RuntimeDep, lang: LangQuery = None,
                   status: str | None = None, done: str | None = None,
                   accept_language: AcceptLanguage = None) -> Response:
    """The incidents list with the governance counts; without a session, the sign-in page."""
    lang = pick_language(lang, accept_language)
    signed_in = _signed_in(session, request)
    if signed_in is None:
        return RedirectResponse(f"/console/login?{urlencode({'lang': lang})}", status_code=303)
    member, row = signed_in
    return _render(request, runtime, session, member, row.csrf_token, lang,
                   status_filter=status if status in STATUSES else None, done=done)


@router.post("/{incident_id}/transition", response_class=HTMLResponse)
async def transition(incident_id: str, request: Request, runtime: RuntimeDep,
                     accept_language: AcceptLanguage = None) -> Response:
    """Acknowledge, fix or reject an incident from the page, then show the page again."""
    form = await read_form(request)
    lang = pick_language(form.get("lang"), accept_language)
    to = form.get("to", "")

    def move(session: Session) -> Response:
        signed_in = _signed_in(session, request)
        if signed_in is None:
            return RedirectResponse(f"/console/login?{urlencode({'lang': lang})}",
                                    status_code=303)
        member, row = signed_in
        try:
            check_csrf(method="POST", expected=row.csrf_token, given=form.get(CSRF_FORM_FIELD))
            staff_service.require_role(member, *incidents.HANDLE_ROLES)
            incident = incidents.get(session=session, tenant_id=member.tenant_id,
                                     incident_id=incident_id)
            # Savepoint: a refused move leaves the transaction usable to render the page.
            with session.begin_nested():
                incidents.transition(session=session, incident=incident, to=to,
                                     actor=actor_of(member.id), response=form.get("response"),
                                     knowledge_change=link_knowledge_change(
                                         session, member.tenant_id,
                                         form.get("knowledge_change")),
                                     note=form.get("note"))
        except ClairbotError as error:
            code = error.code if error.code in _KNOWN_ERRORS else "error"
            message = t(f"incidents.console.errors.{code.replace('.', '_')}", lang)
            return _render(request, runtime, session, member, row.csrf_token, lang,
                           error=message, status=error.status)
        query = urlencode({"lang": lang, "done": to})
        return RedirectResponse(f"/console/incidents?{query}#incident-{incident_id}",
                                status_code=303)

    return await runtime.workers.transaction(move)
