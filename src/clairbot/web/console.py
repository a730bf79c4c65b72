"""The agent console: sign-in, sign-out and the live queue page (server-rendered).

The page itself only renders the shell; the queue and conversations are read and changed
through the agent REST API (`web/api_agent.py`) by `static/console/console.js`, with the
session cookie and the session's CSRF token in `X-CSRF-Token`.

CSRF on the sign-in form: there is no session yet to bind a token to, so the form relies
on the cookie's `SameSite=Lax` and on an Origin check: a POST whose `Origin` (or, failing
that, `Referer`) names another origin than the request's own is refused. Browsers always
send `Origin` on cross-origin POSTs; clients sending neither header are not browsers and
gain nothing from forging a sign-in. Behind a TLS-terminating proxy, name it in
`CLAIRBOT_TRUSTED_PROXIES` so that the request's scheme is the one the browser used.

Over HTTPS the session cookie is `__Host-clairbot_session` (Secure, Path=/, no Domain). Secure
cookies are not stored by browsers over plain http, so `clairbot_session` without `Secure` is
used only when the request is plain http to the loopback host (local `clairbot demo`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from clairbot.errors import RateLimited, Unauthorized
from clairbot.handoff.models import REASONS
from clairbot.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from clairbot.privacy.crypto import KEYS
from clairbot.staff import service as staff_service
from clairbot.staff.auth import (
    CSRF_FORM_FIELD,
    CSRF_HEADER,
    CookieSettings,
    check_csrf,
    session_cookie_settings,
)
from clairbot.staff.models import StaffMember
from clairbot.web.deps import RuntimeDep, is_https, session_cookie, unit_of_work
from clairbot.web.events import publish_session_closed
from clairbot.web.forms import read_form

router = APIRouter(prefix="/console", include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.globals["t"] = t  # the shared layout's navigation names other pages' sections

_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
# Texts the script shows, sent to it once with the page (the script holds no language).
_SCRIPT_KEYS = (
    "queue_empty", "take", "waiting", "reason", "language", "topic", "no_topic", "role_visitor",
    "role_bot", "role_agent", "role_system", "error", "session_expired", "taken", "handed_back",
    "released", "closed", "kind_ticket", "kind_live", "no_handoff", "no_consents",
    "consent_line", "decision_granted", "decision_refused", "decision_withdrawn",
    "decision_objected", "no_answers",
    "answer_line", "answer_sources", "no_sources", "unknown", "no_notes", "note_by", "note_added",
    "why", "why_loading", "why_intent", "why_source", "why_answer", "why_versions",
    "why_redaction", "why_guard", "why_audit", "why_intact", "why_altered", "why_missing",
    "visitor_typing",
)


def pick_language(query: str | None, accept_language: str | None) -> str:
    """`?lang=` if supported, else the best supported Accept-Language entry, else French."""
    if query in LANGUAGES:
        return query
    ranked: list[tuple[float, str]] = []
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        ranked.append((quality, tag.strip().lower()[:2]))
    for quality, tag in sorted(ranked, key=lambda item: -item[0]):
        if quality > 0 and tag in LANGUAGES:
            return tag
    return DEFAULT_LANGUAGE


LangQuery = Annotated[str | None, Query(max_length=5)]
AcceptLanguage = Annotated[str | None, Header(alias="accept-language")]


def _translator(lang: str) -> Callable[..., str]:
    def translate(key: str, **params: object) -> str:
        return t(f"console.{key}", lang, **params)
    return translate


def _page(request: Request, name: str, lang: str, status: int = 200,
          **context: object) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"lang": lang, "_": _translator(lang),
                                                      **context}, status_code=status)


def _login_url(lang: str) -> str:
    return f"/console/login?{urlencode({'lang': lang})}"


def _cookie_settings(request: Request) -> CookieSettings:
    return session_cookie_settings(https=is_https(request),
                                   local=request.url.hostname in _LOOPBACK)


def _same_origin(request: Request) -> bool:
    claimed = request.headers.get("origin") or request.headers.get("referer")
    if not claimed:
        return True
    parts = urlsplit(claimed)
    return (parts.scheme, parts.netloc) == (request.url.scheme, request.url.netloc)


def _login_form(request: Request, runtime: RuntimeDep, lang: str, *, status: int = 200,
                error: str | None = None, email: str = "") -> HTMLResponse:
    return _page(request, "console/login.html", lang, status, error=error, email=email,
                 tenant=runtime.default_tenant)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, runtime: RuntimeDep, lang: LangQuery = None,
               accept_language: AcceptLanguage = None) -> HTMLResponse:
    """The sign-in form."""
    return _login_form(request, runtime, pick_language(lang, accept_language))


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request, runtime: RuntimeDep,
                accept_language: AcceptLanguage = None) -> Response:
    """Check the credentials; on success open a session and go to the console."""
    form = await read_form(request)
    lang = pick_language(form.get("lang"), accept_language)
    email = form.get("email", "")[:254]
    if not _same_origin(request):
        return _login_form(request, runtime, lang, status=403, email=email,
                           error=t("console.login.bad_origin", lang))
    tenant = form.get("tenant") or runtime.default_tenant
    if tenant not in runtime.bots:
        return _login_form(request, runtime, lang, status=401, email=email,
                           error=t("console.login.failed", lang))
    ip = request.client.host if request.client else "unknown"
    password = form.get("password", "")

    def sign_in(session: Session) -> str | tuple[int, str]:
        """The new session's cookie value, or the status and text key of the refusal."""
        # Caught inside the transaction so that the failed attempt is committed: throttling
        # counts it. `auth.throttled` writes nothing.
        try:
            member = staff_service.authenticate(session=session, tenant_id=tenant, email=email,
                                                password=password, ip=ip, keys=KEYS.require())
        except RateLimited:
            return 429, "console.login.throttled"
        except Unauthorized:
            return 401, "console.login.failed"
        return staff_service.open_session(session=session, member=member)[1]

    # The password hash is checked in the worker too: argon2 is slow on purpose, and the
    # event loop must keep serving everyone else meanwhile.
    outcome = await runtime.workers.transaction(sign_in)
    if isinstance(outcome, tuple):
        return _login_form(request, runtime, lang, status=outcome[0], email=email,
                           error=t(outcome[1], lang))
    response = RedirectResponse(f"/console?{urlencode({'lang': lang})}", status_code=303)
    cookie = _cookie_settings(request)
    response.set_cookie(cookie.key, outcome, max_age=cookie.max_age, path=cookie.path,
                        secure=cookie.secure, httponly=cookie.httponly,
                        samesite=cookie.samesite)
    return response


def _signed_out(request: Request, lang: str) -> RedirectResponse:
    response = RedirectResponse(_login_url(lang), status_code=303)
    # With the attributes it was set with: browsers refuse a `__Host-` cookie without Secure.
    cookie = _cookie_settings(request)
    response.delete_cookie(cookie.key, path=cookie.path, secure=cookie.secure,
                           httponly=cookie.httponly, samesite=cookie.samesite)
    return response


@router.post("/logout")
async def logout(request: Request, runtime: RuntimeDep,
                 accept_language: AcceptLanguage = None) -> Response:
    """Close the session (CSRF token from the form field or the header) and sign out."""
    form = await read_form(request)
    lang = pick_language(form.get("lang"), accept_language)
    cookie = session_cookie(request)
    if not cookie:
        return _signed_out(request, lang)
    given = form.get(CSRF_FORM_FIELD) or request.headers.get(CSRF_HEADER)

    def sign_out(session: Session) -> str | None:
        """The tenant of the session closed, if one was."""
        try:
            _, row = staff_service.staff_for_session(session=session, cookie_value=cookie)
        except Unauthorized:
            return None
        check_csrf(method="POST", expected=row.csrf_token, given=given)
        staff_service.close_session(session=session, cookie_value=cookie)
        return row.tenant_id

    tenant = await runtime.workers.transaction(sign_out)
    if tenant is not None:  # its console sockets close now, not at their next check
        await publish_session_closed(runtime.broker, tenant, staff_service.session_id(cookie))
    return _signed_out(request, lang)


def _is_agent(member: StaffMember) -> bool:
    return bool({"agent", "admin"} & set(member.roles))


@router.get("", response_class=HTMLResponse)
@unit_of_work
def console_page(session: Session, request: Request, lang: LangQuery = None,
                 accept_language: AcceptLanguage = None) -> Response:
    """The queue and conversation view; without a live session, the sign-in page."""
    lang = pick_language(lang, accept_language)
    cookie = session_cookie(request)
    try:
        member, row = staff_service.staff_for_session(session=session,
                                                      cookie_value=cookie or "")
    except Unauthorized:
        return _signed_out(request, lang)
    translate = _translator(lang)
    texts = {key: translate(f"js.{key}") for key in _SCRIPT_KEYS}
    texts.update({f"reason_{r}": translate(f"reasons.{r}") for r in REASONS})
    return _page(request, "console/console.html", lang, 200 if _is_agent(member) else 403,
                 member=member, csrf_token=row.csrf_token, is_agent=_is_agent(member),
                 texts=texts)
