"""CORS on the visitor API, by tenant: the widget on the company's own site, and nowhere else.

The app serves two tenants: the demo's (`verdalis`, allowing https://verdalis.example) and
another (allowing https://globex.example); the deployment allows https://partner.example for
both (`CLAIRBOT_ALLOWED_ORIGINS`).
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from starlette.websockets import WebSocketDisconnect

from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.conversation.models import Conversation
from clairbot.web import create_app
from tests.factories import staff_token, widget_bot

VERDALIS = "https://verdalis.example"
GLOBEX = "https://globex.example"
PARTNER = "https://partner.example"
EVIL = "https://evil.example"
PREFLIGHT = {"Access-Control-Request-Method": "POST",
             "Access-Control-Request-Headers": "authorization,content-type"}


@pytest.fixture(scope="module")
def globex(demo_bot: Bot) -> Bot:
    """A second tenant, whose widget runs on its own site only."""
    return widget_bot(demo_bot, [GLOBEX], tenant=f"globex-{uuid.uuid4().hex[:8]}")


@pytest.fixture(scope="module")
def cors(settings: Settings, demo_bot: Bot, globex: Bot,
         engine: Engine) -> Iterator[TestClient]:
    """A client on the app serving both tenants, with the deployment's allowed origin."""
    deployment = Settings.model_validate({
        **settings.model_dump(), "allowed_origins": PARTNER, "webhook_interval": 0,
        "handoff_check_interval": 0, "purge_interval": 0, "audit_verify_interval": 0})
    with TestClient(create_app(deployment, [demo_bot, globex], engine=engine)) as client:
        yield client


def opened(client: TestClient, tenant: str | None = None) -> dict[str, Any]:
    """A conversation opened without an Origin (as a server would)."""
    body = {"lang": "fr", **({"tenant": tenant} if tenant else {})}
    created = client.post("/api/v1/conversations", json=body)
    assert created.status_code == 201, created.text
    return dict(created.json())


def cors_headers(response: Any) -> dict[str, str]:
    return {k: v for k, v in response.headers.items()
            if k.startswith("access-control-") or k == "vary"}


def refused(response: Any) -> bool:
    """The standard refusal: 403 `origin.not_allowed`, readable by no page."""
    return (response.status_code == 403
            and response.json()["detail"][0]["code"] == "origin.not_allowed"
            and "access-control-allow-origin" not in response.headers
            and response.headers["vary"] == "Origin")


def conversations_of(engine: Engine, tenant: str) -> int:
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(Conversation).where(
            Conversation.tenant_id == tenant)) or 0)


# --- preflight --------------------------------------------------------------------------------

@pytest.mark.parametrize("origin", [
    # the demo tenant's site
    VERDALIS,
    # the other tenant's site: a preflight carries no tenant, any tenant's site is answered
    GLOBEX,
    # the deployment's site
    PARTNER,
])
def test_when_an_allowed_origin_preflights_then_it_gets_exactly_the_cors_headers(
        cors: TestClient, origin: str) -> None:
    answer = cors.options("/api/v1/conversations", headers={"Origin": origin, **PREFLIGHT})
    assert answer.status_code == 204
    assert cors_headers(answer) == {
        "access-control-allow-origin": origin,
        "vary": "Origin",
        "access-control-allow-methods": "GET, POST",
        "access-control-allow-headers": "Accept, Authorization, Content-Type",
        "access-control-max-age": "600",
    }
    assert "access-control-allow-credentials" not in answer.headers


@pytest.mark.parametrize("origin", [
    # a site nobody lists
    EVIL,
    # the same host on another port is another origin
    "https://verdalis.example:8443",
    # plain http is another origin than https
    "http://verdalis.example",
    # a sandboxed frame or a local file
    "null",
])
def test_when_another_origin_preflights_then_it_gets_a_coded_403_without_cors(
        cors: TestClient, origin: str) -> None:
    answer = cors.options("/api/v1/conversations/0123/messages",
                          headers={"Origin": origin, **PREFLIGHT})
    assert refused(answer)


# --- actual requests: a new conversation ------------------------------------------------------

@pytest.mark.parametrize(("origin", "tenant", "allowed"), [
    # the demo tenant's site opens a conversation with the default (demo) tenant
    (VERDALIS, None, True),
    # the other tenant's site may not open one with the demo tenant
    (GLOBEX, None, False),
    # ... but may with its own tenant, named in the body
    (GLOBEX, "globex", True),
    # the demo tenant's site may not open one with the other tenant
    (VERDALIS, "globex", False),
    # the deployment's site may open one with either tenant
    (PARTNER, "globex", True),
    # a tenant that does not exist: only the deployment's list could allow it
    (VERDALIS, "initech", False),
    # a site nobody lists
    (EVIL, None, False),
])
def test_when_a_site_opens_a_conversation_then_the_named_tenants_list_decides(
        cors: TestClient, engine: Engine, globex: Bot, origin: str, tenant: str | None,
        allowed: bool) -> None:
    name = globex.tenant_id if tenant == "globex" else tenant
    body = {"lang": "en", **({"tenant": name} if name else {})}
    counted = name or "verdalis"
    before = conversations_of(engine, counted)
    answer = cors.post("/api/v1/conversations", json=body, headers={"Origin": origin})
    if allowed:
        assert answer.status_code == 201, answer.text
        assert cors_headers(answer) == {"access-control-allow-origin": origin,
                                        "vary": "Origin"}
        assert conversations_of(engine, counted) == before + 1
    else:
        assert refused(answer)
        assert conversations_of(engine, counted) == before  # refused before anything ran


@pytest.mark.parametrize(("body", "status"), [
    # not JSON: the endpoint's 400, readable by the allowed site
    (b"{not json", 400),
    # a field the API does not know
    (b'{"colour": "blue"}', 422),
    # over the body limit
    (b'{"lang": "' + b"x" * (70 * 1024) + b'"}', 413),
])
def test_when_an_allowed_site_sends_a_bad_body_then_the_error_is_readable(
        cors: TestClient, body: bytes, status: int) -> None:
    answer = cors.post("/api/v1/conversations", content=body,
                       headers={"Origin": VERDALIS, "Content-Type": "application/json"})
    assert answer.status_code == status
    assert answer.headers["access-control-allow-origin"] == VERDALIS
    assert answer.headers["vary"] == "Origin"


# --- actual requests: an existing conversation ------------------------------------------------

CALLS = [
    # every call the widget makes (widget.js), as (method, path after the id, body)
    ("GET", "", None),
    ("POST", "/messages", {"text": "Quels sont vos délais de paiement ?"}),
    ("POST", "/messages", {"action": {"type": "handoff"}}),
    ("POST", "/feedback", {"kind": "csat", "score": 4}),
    ("GET", "/export?format=html&lang=fr", None),
    ("POST", "/erasure", {}),
]


@pytest.mark.parametrize(("method", "tail", "body"), CALLS)
def test_when_the_tenants_site_calls_then_the_answer_carries_cors(
        cors: TestClient, method: str, tail: str, body: dict[str, Any] | None) -> None:
    conv = opened(cors)
    answer = cors.request(method, f"/api/v1/conversations/{conv['id']}{tail}", json=body,
                          headers={"Origin": VERDALIS,
                                   "Authorization": f"Bearer {conv['token']}"})
    assert answer.status_code in (200, 201), answer.text
    assert cors_headers(answer) == {"access-control-allow-origin": VERDALIS, "vary": "Origin"}


@pytest.mark.parametrize(("method", "tail", "body"), CALLS)
def test_when_another_tenants_site_calls_then_it_is_refused_and_nothing_changes(
        cors: TestClient, method: str, tail: str, body: dict[str, Any] | None) -> None:
    conv = opened(cors)
    visitor = {"Authorization": f"Bearer {conv['token']}"}
    url = f"/api/v1/conversations/{conv['id']}"
    answer = cors.request(method, f"{url}{tail}", json=body,
                          headers={"Origin": GLOBEX, **visitor})
    assert refused(answer)
    # Even with the right token: the conversation is as it was.
    assert len(cors.get(url, headers=visitor).json()["messages"]) == len(conv["messages"])


def test_when_a_conversation_of_the_other_tenant_is_called_then_only_its_sites_may(
        cors: TestClient, globex: Bot) -> None:
    conv = opened(cors, globex.tenant_id)
    url = f"/api/v1/conversations/{conv['id']}"
    visitor = {"Authorization": f"Bearer {conv['token']}"}
    assert cors.get(url, headers={"Origin": GLOBEX, **visitor}).status_code == 200
    assert cors.get(url, headers={"Origin": PARTNER, **visitor}).status_code == 200
    assert refused(cors.get(url, headers={"Origin": VERDALIS, **visitor}))


@pytest.mark.parametrize(("token", "status", "code"), [
    # a wrong token
    ("wrong", 401, "auth.invalid_token"),
    # no token
    (None, 401, "auth.missing_token"),
])
def test_when_an_allowed_site_is_refused_by_the_api_then_the_error_is_readable(
        cors: TestClient, token: str | None, status: int, code: str) -> None:
    conv = opened(cors)
    headers = {"Origin": VERDALIS, **({"Authorization": f"Bearer {token}"} if token else {})}
    answer = cors.get(f"/api/v1/conversations/{conv['id']}", headers=headers)
    assert (answer.status_code, answer.json()["detail"][0]["code"]) == (status, code)
    assert cors_headers(answer) == {"access-control-allow-origin": VERDALIS, "vary": "Origin"}


@pytest.mark.parametrize("conversation_id", [
    # an id that could exist but does not
    "0" * 32,
    # not an id at all
    "not-an-id",
])
def test_when_the_conversation_does_not_exist_then_any_tenants_site_reads_the_404(
        cors: TestClient, conversation_id: str) -> None:
    answer = cors.get(f"/api/v1/conversations/{conversation_id}",
                      headers={"Origin": GLOBEX, "Authorization": "Bearer x"})
    assert answer.status_code == 404
    assert answer.headers["access-control-allow-origin"] == GLOBEX
    assert refused(cors.get(f"/api/v1/conversations/{conversation_id}",
                            headers={"Origin": EVIL, "Authorization": "Bearer x"}))


@pytest.mark.parametrize(("accept_language", "text"), [
    # English
    ("en-GB,en;q=0.9", "This site (https://evil.example) may not use this chat"),
    # French
    ("fr-FR,fr;q=0.9", "Ce site (https://evil.example) ne peut pas utiliser ce chat"),
])
def test_when_a_site_is_refused_then_the_reason_is_in_the_browsers_language(
        cors: TestClient, accept_language: str, text: str) -> None:
    answer = cors.post("/api/v1/conversations", json={},
                       headers={"Origin": EVIL, "Accept-Language": accept_language})
    assert refused(answer)
    assert answer.json()["detail"][0]["msg"].startswith(text)
    assert "widget.allowed_origins" in answer.json()["detail"][0]["msg"]


# --- what stays as it was ---------------------------------------------------------------------

@pytest.mark.parametrize("origin", [
    # no Origin: a server, curl, the CLI
    None,
    # Clairbot's own pages (the demo page, the console)
    "http://testserver",
    # Clairbot's own pages behind a TLS proxy that forwards plain http
    "https://testserver",
])
def test_when_the_request_is_not_cross_origin_then_it_works_as_before(
        cors: TestClient, origin: str | None) -> None:
    answer = cors.post("/api/v1/conversations", json={"lang": "fr"},
                       headers={"Origin": origin} if origin else {})
    assert answer.status_code == 201
    assert cors_headers(answer) == {}


def test_when_staff_apis_are_called_from_an_allowed_site_then_they_get_no_cors(
        cors: TestClient, engine: Engine, demo_bot: Bot) -> None:
    agent = {"Authorization": f"Bearer {staff_token(engine, demo_bot)}", "Origin": VERDALIS}
    preflight = cors.options("/api/v1/agent/queue", headers={"Origin": VERDALIS, **PREFLIGHT})
    assert preflight.status_code == 405 and cors_headers(preflight) == {}
    queue = cors.get("/api/v1/agent/queue", headers=agent)
    assert queue.status_code == 200 and cors_headers(queue) == {}
    page = cors.get("/console/login", headers={"Origin": VERDALIS})
    assert "access-control-allow-origin" not in page.headers


# --- the WebSocket ----------------------------------------------------------------------------

@pytest.mark.parametrize("origin", [
    # the tenant's site
    VERDALIS,
    # the deployment's site
    PARTNER,
    # no Origin: not a browser (a server, the CLI)
    None,
    # Clairbot's own page
    "http://testserver",
])
def test_when_an_allowed_page_opens_the_socket_then_it_is_served(
        cors: TestClient, origin: str | None) -> None:
    conv = opened(cors)
    headers = {"Origin": origin} if origin else {}
    with cors.websocket_connect(f"/api/v1/conversations/{conv['id']}/ws",
                                headers=headers) as ws:
        ws.send_json({"type": "auth", "token": conv["token"]})
        assert ws.receive_json() == {"type": "ready", "state": "bot"}


@pytest.mark.parametrize("origin", [
    # the other tenant's site
    GLOBEX,
    # a site nobody lists
    EVIL,
])
def test_when_another_page_opens_the_socket_then_it_is_refused_with_a_code(
        cors: TestClient, origin: str) -> None:
    conv = opened(cors)
    with cors.websocket_connect(f"/api/v1/conversations/{conv['id']}/ws",
                                headers={"Origin": origin, "Accept-Language": "en"}) as ws:
        error = ws.receive_json()
        assert (error["type"], error["code"]) == ("error", "origin.not_allowed")
        assert error["msg"].startswith(f"This site ({origin}) may not use this chat")
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_json()
    assert closed.value.code == 4403


# --- GET /api/v1/widget/availability ----------------------------------------------------------

@pytest.mark.parametrize(("origin", "tenant", "available"), [
    # the demo tenant's site, default tenant
    (VERDALIS, None, True),
    # the other tenant's site, for the demo tenant
    (GLOBEX, "verdalis", False),
    # the other tenant's site, for its own tenant
    (GLOBEX, "globex", True),
    # the deployment's site
    (PARTNER, "verdalis", True),
    # no Origin: not a browser page
    (None, None, True),
    # a site nobody lists
    (EVIL, None, False),
])
def test_when_the_widget_asks_availability_then_any_page_can_read_the_answer(
        cors: TestClient, globex: Bot, origin: str | None, tenant: str | None,
        available: bool) -> None:
    params = {"lang": "en", **({"tenant": globex.tenant_id if tenant == "globex" else tenant}
                               if tenant else {})}
    answer = cors.get("/api/v1/widget/availability", params=params,
                      headers={"Origin": origin} if origin else {})
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == "*"
    assert answer.headers["vary"] == "Origin"
    assert answer.headers["cache-control"] == "no-store"
    assert "access-control-allow-credentials" not in answer.headers
    if available:
        assert answer.json() == {"available": True}
    else:
        assert answer.json() == {
            "available": False, "code": "origin.not_allowed",
            "msg": f"This site ({origin}) may not use this chat. Its owner can allow it in the "
                   "bot spec (widget.allowed_origins) or in CLAIRBOT_ALLOWED_ORIGINS.",
            "contact": {"email": "support@verdalis.example", "phone": "+33 4 00 00 00 00"}}


def test_when_availability_names_an_unknown_tenant_then_a_readable_404(
        cors: TestClient) -> None:
    answer = cors.get("/api/v1/widget/availability", params={"tenant": "initech"},
                      headers={"Origin": VERDALIS})
    assert answer.status_code == 404
    assert answer.json()["detail"][0]["code"] == "tenant.not_found"
    assert answer.headers["access-control-allow-origin"] == "*"


def test_when_the_server_is_busy_then_a_page_of_an_allowed_origin_can_read_the_503(
        settings: Settings, demo_bot: Bot, globex: Bot, engine: Engine) -> None:
    """The origin check of an existing conversation reads its tenant in a database worker
    like any request; when none frees up in time the page still gets a readable 503."""
    busy = Settings.model_validate({
        **settings.model_dump(), "db_workers": 1, "queue_timeout": 0.2, "webhook_interval": 0,
        "handoff_check_interval": 0, "purge_interval": 0, "audit_verify_interval": 0})
    with TestClient(create_app(busy, [demo_bot, globex], engine=engine)) as client:
        conversation = opened(client)
        release = threading.Event()
        workers = client.app.state.runtime.workers  # type: ignore[attr-defined]
        held = client.portal.start_task_soon(workers.call, release.wait)
        try:
            while workers.busy < 1:
                time.sleep(0.01)
            response = client.get(f"/api/v1/conversations/{conversation['id']}",
                                  headers={"Origin": VERDALIS,
                                           "Authorization": f"Bearer {conversation['token']}"})
        finally:
            release.set()
            held.result(10)
    assert response.status_code == 503 and response.headers["retry-after"] == "1"
    assert response.json()["detail"][0]["code"] == "server.busy"
    assert response.headers["access-control-allow-origin"] == VERDALIS
