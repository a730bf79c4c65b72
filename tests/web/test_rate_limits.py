"""Rate limits per client address and per tenant on the visitor API (the spec's `limits`).

Each test builds an app of its own, limits on, serving a tenant of its own whose limits it
sets, so that its counters start at zero whatever ran before (in memory, and in Redis when
CLAIRBOT_TEST_REDIS_URL is set: every storage-dependent test runs on both). The client address
is the ASGI scope's, which uvicorn sets from the socket (or from a trusted proxy's
X-Forwarded-For); here `addressed` sets it from a test-only header.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
import os
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from limits.aio.storage import MemoryStorage
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from starlette.datastructures import Headers
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Receive, Scope, Send

from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.handoff.models import Handoff
from clairbot.i18n import t
from clairbot.incidents.models import Incident
from clairbot.spec import DEFAULT_LIMITS
from clairbot.spec.limits import Limits
from clairbot.web import create_app
from clairbot.web.deps import Runtime
from clairbot.web.rate_limits import SWEEP_HOOK, SweptMemoryStorage, client_address
from tests.factories import widget_bot
from tests.rate_windows import clear_of_a_window_edge

REDIS = os.environ.get("CLAIRBOT_TEST_REDIS_URL")
MONDAY_10H_PARIS = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)
STORAGES = ["memory", pytest.param("redis", marks=pytest.mark.skipif(
    not REDIS, reason="needs CLAIRBOT_TEST_REDIS_URL (Redis)"))]
ADDRESS = "x-test-address"
HUMAN = {"text": "je veux parler à un conseiller"}
Visitor = Callable[..., Any]  # `visitor(address)`: a client sending from that address


def addressed(app: ASGIApp) -> ASGIApp:
    """`app`, each request's client address taken from the test's `X-Test-Address` header."""
    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            given = Headers(scope=scope).get(ADDRESS)
            if given:
                scope = {**scope, "client": (given, 50000)}
        await app(scope, receive, send)
    return wrapped


def limited_bot(base: Bot, **limits: dict[str, str]) -> Bot:
    """`base` under a tenant of its own, with `limits` (action: {scope: rate}) and every
    other limit far out of reach."""
    wide = {action: {"per_ip": "100000/minute", "per_tenant": "100000/minute"}
            for action in DEFAULT_LIMITS}
    for action, scopes in limits.items():
        wide[action].update(scopes)
    spec = base.spec.model_copy(update={"tenant": f"rl-{uuid.uuid4().hex[:12]}",
                                        "limits": Limits.model_validate(wide)})
    return dataclasses.replace(base, spec=spec)


def settings_for(settings: Settings, storage: str, **changes: Any) -> Settings:
    """The run's settings with limits on, counted in `storage`, no background job."""
    return Settings.model_validate({
        **settings.model_dump(), "rate_limits": True,
        "redis_url": REDIS if storage == "redis" else None, "handoff_check_interval": 0,
        "purge_interval": 0, "audit_verify_interval": 0, **changes})


class LimitedApp:
    """An app serving one limited bot, and clients for any address."""

    def __init__(self, app: FastAPI, client: TestClient, bot: Bot) -> None:
        self.app, self.client, self.bot = app, client, bot

    @property
    def runtime(self) -> Runtime:
        runtime: Runtime = self.app.state.runtime
        return runtime

    def open(self, address: str = "198.51.100.1", lang: str = "fr") -> Any:
        return self.client.post("/api/v1/conversations",
                                json={"lang": lang, "tenant": self.bot.tenant_id},
                                headers={ADDRESS: address, "Accept-Language": lang})

    def opened(self, address: str = "198.51.100.1", lang: str = "fr") -> dict[str, Any]:
        response = self.open(address, lang)
        assert response.status_code == 201, response.text
        return dict(response.json())

    def post(self, conv: dict[str, Any], what: str, body: Any,
             address: str = "198.51.100.1", lang: str = "fr") -> Any:
        return self.client.post(f"/api/v1/conversations/{conv['id']}/{what}", json=body,
                                headers={ADDRESS: address, "Accept-Language": lang,
                                         "Authorization": f"Bearer {conv['token']}"})


@pytest.fixture
def limited(settings: Settings, demo_bot: Bot, engine: Engine
            ) -> Iterator[Callable[..., LimitedApp]]:
    """`limited(storage, **limits)`: an app whose bot has these limits (closed after)."""
    # The tests' limits are per minute; none takes ten seconds.
    clear_of_a_window_edge(60, needs_s=10)
    with_apps: list[TestClient] = []

    def build(storage: str = "memory", *, bot: Bot | None = None,
              **limits: dict[str, str]) -> LimitedApp:
        bot = bot or limited_bot(demo_bot, **limits)
        app = create_app(settings_for(settings, storage), [bot], engine=engine)
        client = TestClient(addressed(app)).__enter__()
        with_apps.append(client)
        return LimitedApp(app, client, bot)

    yield build
    for client in with_apps:
        client.__exit__(None, None, None)


def refusal(response: Any) -> tuple[int, str, int]:
    """(status, code, Retry-After) of a refused request."""
    return (response.status_code, response.json()["detail"][0]["code"],
            int(response.headers["retry-after"]))


def count(engine: Engine, model: Any, tenant: str) -> int:
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(model).where(
            model.tenant_id == tenant)) or 0)


# --- one test per action ----------------------------------------------------------------------

def _open(app: LimitedApp, address: str) -> Any:
    return app.open(address)


def _message(app: LimitedApp, address: str) -> Any:
    conv = app.opened(address)
    return app.post(conv, "messages", {"text": "Quels sont vos délais de paiement ?"}, address)


def _button(app: LimitedApp, address: str) -> Any:
    conv = app.opened(address)
    return app.post(conv, "messages", {"action": {"type": "consent", "purpose": "callback",
                                                  "decision": "refused"}}, address)


def _handoff_words(app: LimitedApp, address: str) -> Any:
    return app.post(app.opened(address), "messages", HUMAN, address)


def _handoff_button(app: LimitedApp, address: str) -> Any:
    return app.post(app.opened(address), "messages", {"action": {"type": "handoff"}}, address)


def _rating(app: LimitedApp, address: str) -> Any:
    return app.post(app.opened(address), "feedback", {"kind": "csat", "score": 4}, address)


def _report(app: LimitedApp, address: str) -> Any:
    conv = app.opened(address)
    disclosure = conv["messages"][0]["id"]
    return app.post(conv, "feedback", {"kind": "problem", "message_id": disclosure,
                                       "comment": "Ce lien ne marche pas"}, address)


@pytest.mark.parametrize("storage", STORAGES)
@pytest.mark.parametrize(("action", "act", "code"), [
    # opening a conversation
    ("conversations", _open, "rate.ip_limited"),
    # a message over HTTP
    ("messages", _message, "rate.ip_limited"),
    # a button action is a message too
    ("messages", _button, "rate.ip_limited"),
    # asking for a person in words: only the turn knows it is a handoff
    ("handoffs", _handoff_words, "rate.handoff_limited"),
    # the handoff button
    ("handoffs", _handoff_button, "rate.handoff_limited"),
    # a satisfaction score
    ("feedback", _rating, "rate.ip_limited"),
    # a problem report opens an incident: limited as an incident
    ("incidents", _report, "rate.ip_limited"),
])
def test_when_one_address_exceeds_an_action_limit_then_429_with_code_and_retry_after(
        limited: Callable[..., LimitedApp], storage: str, action: str,
        act: Callable[[LimitedApp, str], Any], code: str) -> None:
    app = limited(storage, **{action: {"per_ip": "3/minute"}})
    assert [act(app, "198.51.100.7").status_code for _ in range(3)] == [
        201 if action in ("conversations", "feedback", "incidents") else 200] * 3
    status, refused_code, retry_after = refusal(act(app, "198.51.100.7"))
    assert (status, refused_code) == (429, code)
    assert 1 <= retry_after <= 60
    # Another address is not concerned.
    assert act(app, "198.51.100.8").status_code < 400


@pytest.mark.parametrize("storage", STORAGES)
def test_when_a_tenant_exceeds_its_limit_then_every_address_is_refused(
        limited: Callable[..., LimitedApp], storage: str) -> None:
    app = limited(storage, conversations={"per_tenant": "4/minute"})
    addresses = [f"203.0.113.{n}" for n in range(1, 6)]
    statuses = [app.open(address).status_code for address in addresses]
    assert statuses == [201, 201, 201, 201, 429]
    assert refusal(app.open("192.0.2.99"))[:2] == (429, "rate.tenant_limited")


@pytest.mark.parametrize(("host", "counted"), [
    # an IPv4 address, as it is
    ("203.0.113.9", "203.0.113.9"),
    # an IPv6 address: its /64, the block one subscriber gets
    ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
    # another address of the same /64 counts with it
    ("2001:db8:1:2:bbbb::7", "2001:db8:1:2::/64"),
    # an IPv4 address written as IPv6 (dual-stack sockets): the IPv4 address
    ("::ffff:203.0.113.9", "203.0.113.9"),
    # no address (a Unix socket): only the tenant's limits apply
    (None, None),
])
def test_when_a_client_connects_then_its_hits_count_under_its_address(
        host: str | None, counted: str | None) -> None:
    scope = {"type": "http", "client": (host, 5000) if host else None, "headers": []}
    assert client_address(HTTPConnection(scope)) == counted


def test_when_several_tenants_are_served_then_a_conversations_own_limits_apply(
        limited: Callable[..., LimitedApp], settings: Settings, demo_bot: Bot,
        engine: Engine) -> None:
    strict = limited_bot(demo_bot, messages={"per_ip": "2/minute"})
    lenient = limited_bot(demo_bot)
    app = create_app(settings_for(settings, "memory"), [lenient, strict], engine=engine)
    with TestClient(addressed(app)) as client:
        def said(tenant: str) -> list[int]:
            conv = client.post("/api/v1/conversations", json={"tenant": tenant}).json()
            return [client.post(f"/api/v1/conversations/{conv['id']}/messages",
                                json={"text": "bonjour"},
                                headers={"Authorization": f"Bearer {conv['token']}",
                                         ADDRESS: "198.51.100.90"}).status_code
                    for _ in range(3)]
        assert said(strict.tenant_id) == [200, 200, 429]
        assert said(lenient.tenant_id) == [200, 200, 200]


def test_when_refused_then_the_message_says_what_and_when_in_the_visitors_language(
        limited: Callable[..., LimitedApp]) -> None:
    app = limited(conversations={"per_ip": "1/minute"})
    app.opened("198.51.100.20", lang="en")
    english = app.open("198.51.100.20", lang="en")
    french = app.open("198.51.100.20", lang="fr")
    seconds = english.headers["retry-after"]
    assert english.json()["detail"][0]["msg"] == (
        "Too many new conversations from your network in a short time. Please try again in "
        f"{seconds} s.")
    assert french.json()["detail"][0]["msg"].startswith(
        "Trop de nouvelles conversations depuis votre réseau")


def test_when_a_page_of_an_allowed_origin_is_refused_then_it_may_read_retry_after(
        limited: Callable[..., LimitedApp], demo_bot: Bot) -> None:
    # Retry-After is not a header browsers let a cross-origin page read unless exposed.
    app = limited(bot=widget_bot(limited_bot(demo_bot, conversations={"per_ip": "1/minute"}),
                                 ["https://verdalis.example"]))
    page = {ADDRESS: "198.51.100.25", "Origin": "https://verdalis.example"}
    body = {"tenant": app.bot.tenant_id}
    assert app.client.post("/api/v1/conversations", json=body, headers=page).status_code == 201
    refused = app.client.post("/api/v1/conversations", json=body, headers=page)
    assert refused.status_code == 429
    assert refused.headers["access-control-allow-origin"] == "https://verdalis.example"
    assert refused.headers["access-control-expose-headers"] == "Retry-After"


def test_when_a_handoff_is_refused_then_the_visitor_is_given_the_contact_and_nothing_is_queued(
        limited: Callable[..., LimitedApp], engine: Engine) -> None:
    app = limited(handoffs={"per_ip": "1/minute"})
    assert _handoff_words(app, "198.51.100.30").json()["state"] == "waiting_for_human"
    conv = app.opened("198.51.100.30", lang="en")
    refused = app.post(conv, "messages", {"text": "I want to talk to a human"},
                       "198.51.100.30", lang="en")
    contact = app.bot.spec.escalation.contact
    assert refused.status_code == 429
    msg = refused.json()["detail"][0]["msg"]
    assert app.bot.spec.company.legal_name in msg
    assert f"by e-mail at {contact.email}" in msg and f"by phone on {contact.phone}" in msg
    # Nothing of the refused turn was kept: the conversation is still with the bot, no
    # second handoff, and the visitor's message was not stored.
    after = app.client.get(f"/api/v1/conversations/{conv['id']}",
                           headers={"Authorization": f"Bearer {conv['token']}"}).json()
    assert after["state"] == "bot" and len(after["messages"]) == 1
    assert count(engine, Handoff, app.bot.tenant_id) == 1
    # Another visitor, elsewhere, still reaches a person.
    assert _handoff_words(app, "198.51.100.31").json()["state"] == "waiting_for_human"


def test_when_a_handoff_flood_comes_from_one_address_then_a_real_visitor_stays_near_the_front(
        limited: Callable[..., LimitedApp], demo_bot: Bot, engine: Engine) -> None:
    # The finding: 40 handoffs from one address in 0.6 s made a real visitor "number 44 in
    # the queue". With the demo's default handoff limits, during business hours:
    open_now = dataclasses.replace(demo_bot, clock=lambda: MONDAY_10H_PARIS)
    app = limited(bot=limited_bot(open_now, handoffs=DEFAULT_LIMITS["handoffs"]))
    flood = [_handoff_words(app, "198.51.100.35").status_code for _ in range(40)]
    per_ip = int(DEFAULT_LIMITS["handoffs"]["per_ip"].split("/")[0])
    assert flood == [200] * per_ip + [429] * (40 - per_ip)
    real = _handoff_words(app, "192.0.2.10")
    assert t("bot.queue_position", "fr", position=per_ip + 1) in real.json()["messages"][1]["text"]
    assert count(engine, Handoff, app.bot.tenant_id) == per_ip + 1


def test_when_problem_reports_are_refused_then_no_incident_is_opened(
        limited: Callable[..., LimitedApp], engine: Engine) -> None:
    app = limited(incidents={"per_ip": "2/minute"})
    statuses = [_report(app, "198.51.100.40").status_code for _ in range(4)]
    assert statuses == [201, 201, 429, 429]
    assert count(engine, Incident, app.bot.tenant_id) == 2


def test_when_refused_before_its_database_work_then_no_database_worker_is_used(
        limited: Callable[..., LimitedApp], monkeypatch: pytest.MonkeyPatch) -> None:
    app = limited(conversations={"per_ip": "1/minute"}, messages={"per_ip": "1/minute"})
    conv = app.opened("198.51.100.50")
    assert app.post(conv, "messages", {"text": "bonjour"}, "198.51.100.50").status_code == 200
    units: list[object] = []
    original = app.runtime.workers.call

    async def counted(work: Any, *, shed: bool = True) -> Any:
        units.append(work)
        return await original(work, shed=shed)

    monkeypatch.setattr(app.runtime.workers, "call", counted)
    assert app.open("198.51.100.50").status_code == 429
    assert app.post(conv, "messages", {"text": "bonjour"}, "198.51.100.50").status_code == 429
    assert units == []


@pytest.mark.parametrize("storage", STORAGES)
def test_when_messages_over_the_socket_exceed_the_limit_then_an_error_frame_and_it_stays_open(
        limited: Callable[..., LimitedApp], storage: str) -> None:
    app = limited(storage, messages={"per_ip": "2/minute"})
    conv = app.opened("198.51.100.60")
    # One message over HTTP and one over the socket: the same counter.
    assert app.post(conv, "messages", {"text": "bonjour"}, "198.51.100.60").status_code == 200
    with app.client.websocket_connect(f"/api/v1/conversations/{conv['id']}/ws",
                                      headers={ADDRESS: "198.51.100.60"}) as ws:
        ws.send_json({"type": "auth", "token": conv["token"]})
        assert ws.receive_json()["type"] == "ready"
        ws.send_json({"type": "message", "text": "Quels sont vos délais de paiement ?"})
        assert _next(ws, "messages")["messages"][0]["role"] == "visitor"
        for _ in range(2):  # refused, and the socket still answers the next one
            ws.send_json({"type": "message", "text": "Et la livraison ?"})
            error = _next(ws, "error")
            assert error["code"] == "rate.ip_limited" and 1 <= error["retry_after"] <= 60
            assert error["msg"].startswith("Trop de messages depuis votre réseau")


def test_when_limits_are_off_then_nothing_is_refused_and_a_warning_is_logged(
        settings: Settings, demo_bot: Bot, engine: Engine,
        caplog: pytest.LogCaptureFixture) -> None:
    bot = limited_bot(demo_bot, conversations={"per_ip": "1/minute", "per_tenant": "1/minute"})
    with caplog.at_level(logging.WARNING, logger="clairbot.web.app"):
        app = create_app(settings_for(settings, "memory", rate_limits=False), [bot],
                         engine=engine)
    assert "CLAIRBOT_RATE_LIMITS=off" in caplog.text
    with TestClient(app) as client:
        statuses = {client.post("/api/v1/conversations", json={"tenant": bot.tenant_id}
                                ).status_code for _ in range(5)}
    assert statuses == {201}


# --- storage ----------------------------------------------------------------------------------

@pytest.mark.skipif(not REDIS, reason="needs CLAIRBOT_TEST_REDIS_URL (Redis)")
def test_when_two_apps_share_redis_then_they_count_the_same_hits(
        limited: Callable[..., LimitedApp], demo_bot: Bot) -> None:
    bot = limited_bot(demo_bot, conversations={"per_ip": "4/minute"})
    first, second = limited("redis", bot=bot), limited("redis", bot=bot)
    statuses = [app.open("198.51.100.70").status_code
                for app in (first, second, first, second, first, second)]
    assert statuses == [201, 201, 201, 201, 429, 429]


@pytest.mark.skipif(not REDIS, reason="needs CLAIRBOT_TEST_REDIS_URL (Redis)")
def test_when_counted_in_redis_then_no_key_holds_the_client_address(
        limited: Callable[..., LimitedApp], demo_bot: Bot) -> None:
    """A visitor's address is personal data: Redis keys name a keyed hash of it."""
    app = limited("redis", bot=limited_bot(demo_bot, conversations={"per_ip": "50/minute"}))
    assert app.open("203.0.113.77").status_code == 201
    client = redis.Redis.from_url(REDIS or "")
    try:
        keys = [key.decode() for key in client.scan_iter(match="clairbot:rl:*")]
    finally:
        client.close()
    assert any(app.bot.tenant_id in key for key in keys)  # the counters are there
    assert not [key for key in keys if "203.0.113.77" in key]


def test_when_redis_cannot_be_reached_then_limits_count_in_memory_and_one_warning_is_logged(
        settings: Settings, demo_bot: Bot, engine: Engine,
        caplog: pytest.LogCaptureFixture) -> None:
    # Fail open, to this process's counters: visitors are served, a flood is still limited.
    bot = limited_bot(demo_bot, conversations={"per_ip": "3/minute"})
    unreachable = settings_for(settings, "memory", redis_url="redis://127.0.0.1:9/0")
    with caplog.at_level(logging.INFO, logger="clairbot.web.rate_limits"), \
            TestClient(addressed(create_app(unreachable, [bot], engine=engine))) as client:
        statuses = [client.post("/api/v1/conversations", json={"tenant": bot.tenant_id},
                                headers={ADDRESS: "198.51.100.80"}).status_code
                    for _ in range(5)]
    assert statuses == [201, 201, 201, 429, 429]
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "Redis cannot be reached" in warnings[0].getMessage()


def test_when_counters_expire_in_memory_then_a_sweep_frees_them_at_most_every_interval() -> None:
    # `limits` sweeps after every increment, scanning every counter; ours at most every
    # SWEEP_INTERVAL seconds, through a private hook of `limits` that must still exist.
    assert callable(getattr(MemoryStorage, SWEEP_HOOK, None))

    async def scenario() -> tuple[set[str], set[str]]:
        storage = SweptMemoryStorage()
        await storage.incr("soon", 1)
        await asyncio.sleep(1.1)
        await storage.incr("later", 60)  # the first sweep ran before this: "soon" was live
        await asyncio.sleep(0)
        kept_within_interval = set(storage.expirations)
        storage._swept_at -= storage.SWEEP_INTERVAL  # the interval has passed
        await storage.incr("later", 60)
        await asyncio.sleep(0.01)
        return kept_within_interval, set(storage.expirations)

    within, after = asyncio.run(scenario())
    assert within == {"soon", "later"} and after == {"later"}


def _next(ws: Any, kind: str) -> dict[str, Any]:
    for _ in range(20):
        event = ws.receive_json()
        if event["type"] == kind:
            return dict(event)
    raise AssertionError(f"no {kind} event")
