"""Live delivery: the visitor's widget and the agent's console over WebSocket; an agent's
dropped connection puts the conversation back in the queue unless they come back within the
grace (the console socket's own rules are in test_console_socket.py)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from starlette.testclient import WebSocketTestSession

from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.conversation.handoff_timers import run_timers
from clairbot.db import make_session_factory, transaction, utcnow
from clairbot.realtime import Subscription, console_channel
from tests.factories import staff_token


def next_of(ws: WebSocketTestSession, kind: str, conversation_id: str | None = None
            ) -> dict[str, Any]:
    for _ in range(50):
        event = ws.receive_json()
        if event["type"] == kind and (conversation_id is None
                                      or event.get("conversation_id") == conversation_id):
            return dict(event)
    raise AssertionError(f"no {kind} event")


def open_conversation(client: TestClient) -> dict[str, Any]:
    return dict(client.post("/api/v1/conversations", json={"lang": "fr"}).json())


def test_when_visitor_writes_over_websocket_then_turn_is_pushed_back(client: TestClient) -> None:
    conv = open_conversation(client)
    with client.websocket_connect(f"/api/v1/conversations/{conv['id']}/ws") as ws:
        ws.send_json({"type": "auth", "token": conv["token"]})
        assert ws.receive_json()["type"] == "ready"
        ws.send_json({"type": "message", "text": "Quels sont vos délais de paiement ?"})
        event = next_of(ws, "messages")
        roles = [m["role"] for m in event["messages"]]
        assert roles == ["visitor", "bot"] and event["messages"][1]["sources"]


def test_when_token_is_wrong_then_socket_refused(client: TestClient) -> None:
    conv = open_conversation(client)
    with client.websocket_connect(f"/api/v1/conversations/{conv['id']}/ws") as ws:
        ws.send_json({"type": "auth", "token": "wrong"})
        assert ws.receive_json() == {**ws_error("auth.invalid_token")}


def ws_error(code: str) -> dict[str, str]:
    return {"type": "error", "code": code, "msg": "wrong token for this conversation"}


def waiting_for_a_person(client: TestClient, engine: Engine, bot: Bot
                         ) -> tuple[dict[str, Any], dict[str, str], dict[str, str]]:
    """A conversation whose visitor asked for a person, and agent and visitor headers."""
    agent = {"Authorization": f"Bearer {staff_token(engine, bot)}"}
    conv = open_conversation(client)
    visitor = {"Authorization": f"Bearer {conv['token']}"}
    client.post(f"/api/v1/conversations/{conv['id']}/messages",
                json={"text": "je veux parler à un conseiller"}, headers=visitor)
    return conv, agent, visitor


def test_when_agent_replies_then_the_visitor_sees_it_live_labelled_human(
        client: TestClient, engine: Engine, demo_bot: Bot) -> None:
    conv, agent, visitor = waiting_for_a_person(client, engine, demo_bot)
    with client.websocket_connect(f"/api/v1/conversations/{conv['id']}/ws",
                                  headers=visitor) as ws:
        assert ws.receive_json()["type"] == "ready"
        base = f"/api/v1/agent/conversations/{conv['id']}"
        client.post(f"{base}/take", headers=agent)
        joined = next_of(ws, "messages")
        assert joined["state"] == "with_human" and joined["messages"][0]["role"] == "system"
        client.post(f"{base}/messages", json={"text": "Bonjour, Julie ici."}, headers=agent)
        said = next_of(ws, "messages")["messages"][0]
        assert said["role"] == "agent" and said["ai_generated"] is False
        assert said["author"] == {"name": "Julie Martin", "role": "agent"}


def test_when_agent_connection_drops_then_the_conversation_returns_to_the_queue_after_a_grace(
        client: TestClient, engine: Engine, demo_bot: Bot, settings: Settings) -> None:
    conv, agent, visitor = waiting_for_a_person(client, engine, demo_bot)
    with client.websocket_connect("/api/v1/agent/ws", headers=agent) as console:
        assert console.receive_json()["type"] == "ready"
        client.post(f"/api/v1/agent/conversations/{conv['id']}/take", headers=agent)
        console.send_json({"type": "watch", "conversation_id": conv["id"]})
        assert next_of(console, "watching")["conversation_id"] == conv["id"]
    timeout = dt.timedelta(seconds=settings.agent_presence_timeout)

    def timers(after: dt.timedelta) -> None:
        with transaction(make_session_factory(engine)) as session:
            run_timers(session=session, bot=demo_bot, now=utcnow() + after,
                       presence_timeout=timeout)

    # Gone a moment (a page reload): the agent keeps it.
    timers(dt.timedelta(seconds=1))
    assert client.get(f"/api/v1/conversations/{conv['id']}",
                      headers=visitor).json()["state"] == "with_human"
    # Gone for good: past the grace, the conversation waits again, and the visitor is told.
    timers(timeout / 3 + dt.timedelta(seconds=1))
    queue = client.get("/api/v1/agent/queue", headers=agent).json()
    assert conv["id"] in {item["conversation_id"] for item in queue}
    seen = client.get(f"/api/v1/conversations/{conv['id']}", headers=visitor).json()
    assert seen["state"] == "waiting_for_human"
    assert seen["messages"][-1]["role"] == "system"


@pytest.mark.parametrize("path", ["/api/v1/conversations/0123456789abcdef0123456789abcdef/ws",
                                  "/api/v1/agent/ws"])
def test_when_a_socket_drops_before_authenticating_then_one_warning_and_no_traceback(
        client: TestClient, caplog: pytest.LogCaptureFixture, path: str) -> None:
    with caplog.at_level(logging.INFO):
        with client.websocket_connect(path):
            pass  # gone at once, before the auth frame
        client.get("/healthz")  # the server has handled the disconnect by now
    records = [r for r in caplog.records if r.name.startswith("clairbot")]
    assert [(r.levelname, r.exc_info) for r in records] == [("WARNING", None)]
    assert "127.0.0.1" not in records[0].getMessage() and "testclient" not in caplog.text


@pytest.fixture
def console_hints(client: TestClient, demo_bot: Bot) -> Iterator[Subscription]:
    """The tenant's console channel, as the console socket hears it."""
    assert client.portal is not None  # the session's client runs the app's event loop
    broker = client.app.state.runtime.broker  # type: ignore[attr-defined]
    subscription = client.portal.call(broker.subscribe, console_channel(demo_bot.tenant_id))
    try:
        yield subscription
    finally:
        client.portal.call(subscription.close)


def next_hint(client: TestClient, hints: Subscription) -> dict[str, Any]:
    assert client.portal is not None
    return client.portal.call(hints.get, 5)


def test_when_a_visitor_cancels_over_http_then_the_console_rereads_the_queue(
        client: TestClient, console_hints: Subscription) -> None:
    conv = open_conversation(client)
    visitor = {"Authorization": f"Bearer {conv['token']}"}
    client.post(f"/api/v1/conversations/{conv['id']}/messages",
                json={"text": "je veux parler à un conseiller"}, headers=visitor)
    assert next_hint(client, console_hints) == {"type": "queue"}  # it joined the queue
    cancelled = client.post(f"/api/v1/conversations/{conv['id']}/messages",
                            json={"action": {"type": "handoff_cancel"}}, headers=visitor)
    assert cancelled.json()["state"] == "bot"
    assert next_hint(client, console_hints) == {"type": "queue"}  # and left it


def test_when_a_visitor_cancels_over_websocket_then_the_turn_and_the_hint_are_pushed(
        client: TestClient, console_hints: Subscription) -> None:
    conv = open_conversation(client)
    with client.websocket_connect(f"/api/v1/conversations/{conv['id']}/ws") as ws:
        ws.send_json({"type": "auth", "token": conv["token"]})
        assert ws.receive_json()["type"] == "ready"
        ws.send_json({"type": "message", "text": "je veux parler à un conseiller"})
        asked = next_of(ws, "messages")
        assert asked["state"] == "waiting_for_human"
        assert "handoff_cancel" in {a["type"] for a in asked["messages"][-1]["actions"]}
        assert next_hint(client, console_hints) == {"type": "queue"}
        ws.send_json({"type": "action", "action": {"type": "handoff_cancel"}})
        cancelled = next_of(ws, "messages")
        assert cancelled["state"] == "bot"
        assert [m["role"] for m in cancelled["messages"]] == ["visitor", "bot"]
        assert next_hint(client, console_hints) == {"type": "queue"}
