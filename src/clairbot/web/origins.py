"""Cross-origin access to the visitor API: the widget embedded on the company's own site.

The widget's script comes from Clairbot and calls the API on Clairbot's origin, so on a page
of ``https://www.verdalis.example`` every call is cross-origin and the browser lets the page
read an answer only if the answer says ``Access-Control-Allow-Origin: <that origin>``.
`OriginCheck` (an ASGI middleware, one line in `create_app`) decides it for the visitor API
(``/api/v1/conversations`` and everything under it, the WebSocket included):

* no ``Origin`` header (curl, servers, the CLI) or the origin of Clairbot itself (the demo
  page, the console): untouched, as before;
* a preflight (``OPTIONS`` with ``Access-Control-Request-Method``): ``204`` with the CORS
  headers when some tenant or the deployment allows the origin (a preflight carries no body,
  hence no tenant); otherwise ``403 origin.not_allowed`` without ``Access-Control-Allow-Origin``;
* any other request: checked against the allowed origins of *its* tenant, plus the
  deployment's (``CLAIRBOT_ALLOWED_ORIGINS``). The tenant of an existing conversation is read
  from the database (`clairbot.conversation.tenancy`); a new conversation's is the ``tenant``
  its body names, else the default tenant. Refused: ``403 origin.not_allowed`` before the
  endpoint runs, so a refused origin changes nothing. Allowed: the endpoint's answer, errors
  included, carries ``Access-Control-Allow-Origin`` and ``Vary: Origin``. Never
  ``Access-Control-Allow-Credentials``: the widget sends a bearer token, not cookies;
* the WebSocket handshake: the same check against the conversation's tenant; a refused origin
  gets an error frame ``origin.not_allowed`` and the close code 4403, as a bad token gets its
  own (see `clairbot.web.websockets`).

Staff APIs and console pages get no CORS headers at all: they stay same-origin.

A page whose origin is refused cannot read any answer of the visitor API, so it could not tell
a refusal from a network failure. `GET /api/v1/widget/availability` tells it: public, without
credentials, holding no conversation data, answered to any origin
(``Access-Control-Allow-Origin: *``), it says whether the requesting page's origin may run the
tenant's chat and, if not, where to reach the company instead. The widget asks it when the
visitor opens the chat on a page of another origin, never before.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from clairbot.conversation.tenancy import tenant_of
from clairbot.errors import ClairbotError, ServerBusy
from clairbot.i18n import t
from clairbot.origins import OriginPolicy, parse_origin
from clairbot.web.console import pick_language
from clairbot.web.deps import Runtime
from clairbot.web.errors import error_response, internal_error
from clairbot.web.schemas import ErrorBody

VISITOR_API = "/api/v1/conversations"
NOT_ALLOWED = "origin.not_allowed"
ALLOW_METHODS = "GET, POST"
ALLOW_HEADERS = "Accept, Authorization, Content-Type"
# Seconds a browser may reuse a preflight: a change of the allowed origins shows within 10 min.
MAX_AGE = "600"
# The socket's close code for a refused origin: 4000 + the HTTP status, as for a bad token.
CLOSE_NOT_ALLOWED = 4403
# A new conversation's body is a few bytes; past this its tenant is not read (the body limit
# refuses such a body anyway) and the default tenant's origins apply.
_PEEK_BYTES = 64 * 1024
_CONVERSATION = re.compile(re.escape(VISITOR_API) + r"/([^/]+)(?:/.*)?")

router = APIRouter(prefix="/api/v1/widget", tags=["widget"])


def policy(runtime: Runtime) -> OriginPolicy:
    """The allowed origins of the deployment and of each tenant the runtime serves."""
    return OriginPolicy.of(runtime.settings.allowed_origins,
                           {tenant: bot.spec.widget.allowed_origins
                            for tenant, bot in runtime.bots.items()})


def own_origins(scope: Scope) -> frozenset[str]:
    """The origins of the pages Clairbot serves itself: the one the request reached, and the
    same host over https (a TLS proxy in front of Clairbot forwards plain http)."""
    host = Headers(scope=scope).get("host")
    if not host:
        return frozenset()
    scheme = {"ws": "http", "wss": "https"}.get(scope["scheme"], scope["scheme"])
    found = (parse_origin(f"{each}://{host}") for each in {scheme, "https"})
    return frozenset(origin for origin in found if origin is not None)


def refusal_text(origin: str, headers: Headers, lang: str | None = None) -> str:
    """Why a page of `origin` gets no chat, in the language the request asks for."""
    language = pick_language(lang, headers.get("accept-language"))
    return t("origins.not_allowed", language, origin=origin[:200])


class OriginCheck:
    """ASGI middleware applying the allowed origins to the visitor API (see the module doc)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] not in ("http", "websocket") or not (
                path == VISITOR_API or path.startswith(f"{VISITOR_API}/")):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        given = headers.get("origin")
        origin = parse_origin(given)
        if given is None or origin in own_origins(scope):
            await self.app(scope, receive, send)
            return
        runtime: Runtime = scope["app"].state.runtime
        allowed = policy(runtime)
        preflight = (scope["type"] == "http" and scope["method"] == "OPTIONS"
                     and "access-control-request-method" in headers)
        # An origin no list holds is refused at once; a preflight, which carries no body and
        # hence no tenant, needs no more. Anything else is checked against its own tenant.
        ok = allowed.allows_some(origin)
        if ok and not preflight:
            if scope["type"] == "http" and path in (VISITOR_API, f"{VISITOR_API}/"):
                # A new conversation: its tenant is the one the body names, else the default.
                messages = await _peek(receive) if scope["method"] == "POST" else []
                ok = allowed.allows(origin, _named_tenant(messages) or runtime.default_tenant)
                receive = _replay(messages, receive)
            else:
                try:
                    ok = await _allows_conversation(runtime, allowed, origin, path)
                except ServerBusy as busy:
                    # This middleware is outside the app's error handlers: answer it here,
                    # readable by the page (its origin is some tenant's).
                    if scope["type"] == "websocket":
                        await _refuse_socket(receive, send, busy.code, busy.msg,
                                             4000 + busy.status)
                    else:
                        await _busy(busy, origin)(scope, receive, send)
                    return
        if scope["type"] == "websocket":
            if ok:
                await self.app(scope, receive, send)
            else:
                await _refuse_socket(receive, send, NOT_ALLOWED,
                                     refusal_text(origin or given, headers), CLOSE_NOT_ALLOWED)
        elif not ok or origin is None:
            await _refused(refusal_text(origin or given, headers))(scope, receive, send)
        elif preflight:
            await _preflight(origin)(scope, receive, send)
        else:
            await _answer_with_cors(self.app, origin, scope, receive, send)


def edge_cors(scope: Scope) -> dict[str, str]:
    """CORS headers for an answer given before the tenant is known (a body refused at the
    edge, `clairbot.web.limits`): a visitor API request from an origin that some tenant or
    the deployment allows may read it, as a preflight would let it; any other gets none."""
    path = scope.get("path", "")
    if not (path == VISITOR_API or path.startswith(f"{VISITOR_API}/")):
        return {}
    origin = parse_origin(Headers(scope=scope).get("origin"))
    if origin is None or origin in own_origins(scope):
        return {}
    runtime: Runtime = scope["app"].state.runtime
    return _cors(origin) if policy(runtime).allows_some(origin) else {}


async def _allows_conversation(runtime: Runtime, allowed: OriginPolicy, origin: str | None,
                               path: str) -> bool:
    """Whether `origin` may act on the conversation named in `path`: its tenant's origins and
    the deployment's; for a conversation that does not exist (nothing to protect, the
    endpoint answers 404), those of any tenant."""
    match = _CONVERSATION.fullmatch(path)
    if match is None:
        return allowed.allows_some(origin)
    # Read in a database worker like any request's work (never on the event loop); a busy
    # server answers `server.busy` here as it would a moment later in the endpoint.
    tenant = await runtime.workers.transaction(
        lambda session: tenant_of(session=session, conversation_id=match.group(1)))
    return allowed.allows(origin, tenant) if tenant else allowed.allows_some(origin)


def _cors(origin: str) -> dict[str, str]:
    return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}


def _preflight(origin: str) -> Response:
    return Response(status_code=204, headers={
        **_cors(origin), "Access-Control-Allow-Methods": ALLOW_METHODS,
        "Access-Control-Allow-Headers": ALLOW_HEADERS, "Access-Control-Max-Age": MAX_AGE})


def _busy(busy: ServerBusy, origin: str | None) -> Response:
    """503 `server.busy` with its `Retry-After`, readable by the page of `origin`."""
    response = error_response(busy.status, [(busy.msg, busy.code)])
    response.headers["Retry-After"] = str(busy.retry_after)
    if origin is not None:
        response.headers.update(_cors(origin))
        response.headers["Access-Control-Expose-Headers"] = "Retry-After"
    return response


def _refused(refusal: str) -> Response:
    """403 `origin.not_allowed`, with no `Access-Control-Allow-Origin`."""
    response = error_response(403, [(refusal, NOT_ALLOWED)])
    response.headers["Vary"] = "Origin"
    return response


async def _answer_with_cors(app: ASGIApp, origin: str, scope: Scope, receive: Receive,
                            send: Send) -> None:
    """Run the endpoint; its answer, whatever its status, carries the CORS headers."""
    started = False

    async def send_with_cors(message: Message) -> None:
        nonlocal started
        if message["type"] == "http.response.start":
            started = True
            headers = MutableHeaders(scope=message)
            headers["Access-Control-Allow-Origin"] = origin
            headers.add_vary_header("Origin")
            if "retry-after" in headers:  # a 429 or 503: the page may read when to retry
                headers["Access-Control-Expose-Headers"] = "Retry-After"
        await send(message)

    try:
        await app(scope, receive, send_with_cors)
    except Exception:
        # The server's error handler answers an unexpected error outside this middleware,
        # where the headers could not be added: answer it here (it still logs and re-raises).
        if not started:
            await internal_error()(scope, receive, send_with_cors)
        raise


async def _refuse_socket(receive: Receive, send: Send, code: str, msg: str,
                         close_code: int) -> None:
    """Accept, send the error frame the handler sends for a bad token, close."""
    if (await receive())["type"] != "websocket.connect":
        return
    await send({"type": "websocket.accept"})
    await send({"type": "websocket.send", "text": json.dumps(
        {"type": "error", "code": code, "msg": msg})})
    await send({"type": "websocket.close", "code": close_code})


async def _peek(receive: Receive) -> list[Message]:
    """The request's first messages: its whole body, or its first `_PEEK_BYTES` and more."""
    messages: list[Message] = []
    size = 0
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            return messages  # the client left
        size += len(message.get("body", b""))
        if not message.get("more_body", False) or size > _PEEK_BYTES:
            return messages


def _replay(messages: Iterable[Message], receive: Receive) -> Receive:
    """A `receive` that gives `messages` again, then the rest of the request."""
    pending = list(messages)

    async def replayed() -> Message:
        return pending.pop(0) if pending else await receive()
    return replayed


def _named_tenant(messages: list[Message]) -> str | None:
    """The tenant a complete JSON body names, as the endpoint reads it (the same parser on the
    same bytes); ``None`` when it names none or cannot be read, and the endpoint then uses the
    default tenant or refuses the body."""
    if not messages or messages[-1]["type"] != "http.request" \
            or messages[-1].get("more_body", False):
        return None
    try:
        data = json.loads(b"".join(m.get("body", b"") for m in messages))
    except (ValueError, RecursionError):
        return None
    name = data.get("tenant") if isinstance(data, dict) else None
    return name if isinstance(name, str) and name else None


# --- GET /api/v1/widget/availability --------------------------------------------------------

class Contact(BaseModel):
    """Where a person of the company can be reached without the chat."""

    email: str | None = None
    phone: str | None = None
    url: str | None = None


class Availability(BaseModel):
    """Whether the requesting page may run the tenant's chat; if not, why and whom to reach."""

    available: bool
    code: str | None = None
    msg: str | None = None
    contact: Contact | None = None


_PUBLIC = {"Access-Control-Allow-Origin": "*", "Vary": "Origin", "Cache-Control": "no-store"}


@router.get("/availability", response_model=Availability,
            responses={404: {"model": ErrorBody}})
async def availability(request: Request, tenant: str | None = None,
                       lang: str | None = None) -> JSONResponse:
    """Whether the chat of `tenant` (default: the default tenant) may run on the page that
    asks (its `Origin`). Answered to any origin and holding no conversation data, so that a
    refused page can tell the visitor so instead of failing like a network error."""
    runtime: Runtime = request.app.state.runtime
    try:
        bot = runtime.bot(tenant)
    except ClairbotError as error:
        response = error_response(error.status, [(error.msg, error.code)])
        response.headers.update(_PUBLIC)
        return response
    given = request.headers.get("origin")
    origin = parse_origin(given)
    if given is None or origin in own_origins(request.scope) \
            or policy(runtime).allows(origin, bot.tenant_id):
        return JSONResponse(Availability(available=True).model_dump(exclude_none=True),
                            headers=_PUBLIC)
    contact = bot.spec.escalation.contact
    body = Availability(available=False, code=NOT_ALLOWED,
                        msg=refusal_text(origin or given, request.headers, lang),
                        contact=Contact(email=contact.email, phone=contact.phone,
                                        url=contact.url))
    return JSONResponse(body.model_dump(exclude_none=True), headers=_PUBLIC)
