"""Two real server processes sharing PostgreSQL and Redis: a visitor on one, an agent on the
other, live over WebSocket through Redis pub/sub; nothing lost, nothing duplicated."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine
from websockets.sync.client import ClientConnection, connect

from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from tests.factories import staff_token
from tests.server_process import needs_postgresql_and_redis, two_servers

NAME = "Camille Roux"
pytestmark = needs_postgresql_and_redis


@pytest.fixture(scope="module")
def servers(settings: Settings, engine: Engine,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    """Two `clairbot serve` processes on the test database and Redis."""
    with two_servers(settings, tmp_path_factory.mktemp("servers")) as bases:
        yield bases


def ws_url(base: str, path: str) -> str:
    return base.replace("http://", "ws://") + path


def wait_for(ws: ClientConnection, match: Any, seen: list[dict[str, Any]]) -> dict[str, Any]:
    """The next pushed event satisfying `match`, recording every message event seen."""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        event = json.loads(ws.recv(timeout=deadline - time.monotonic()))
        if event.get("type") == "messages":
            seen.extend(event["messages"])
        if match(event):
            return dict(event)
    raise AssertionError("expected event not received")


def test_when_visitor_and_agent_are_on_different_servers_then_they_talk_live(
        servers: list[str], engine: Engine, demo_bot: Bot) -> None:
    visitor_base, agent_base = servers
    agent = {"Authorization": f"Bearer {staff_token(engine, demo_bot, name=NAME)}"}
    conv = httpx.post(f"{visitor_base}/api/v1/conversations", json={"lang": "fr"}).json()
    visitor = {"Authorization": f"Bearer {conv['token']}"}
    cid = conv["id"]
    asked = httpx.post(f"{visitor_base}/api/v1/conversations/{cid}/messages",
                       json={"text": "je veux parler à un conseiller"}, headers=visitor).json()
    assert asked["state"] == "waiting_for_human"
    pushed_to_visitor: list[dict[str, Any]] = []
    pushed_to_agent: list[dict[str, Any]] = []
    with connect(ws_url(visitor_base, f"/api/v1/conversations/{cid}/ws")) as vws, \
            connect(ws_url(agent_base, "/api/v1/agent/ws"), additional_headers=agent) as aws:
        vws.send(json.dumps({"type": "auth", "token": conv["token"]}))
        assert json.loads(vws.recv(timeout=10))["type"] == "ready"
        assert json.loads(aws.recv(timeout=10))["type"] == "ready"
        agent_api = f"{agent_base}/api/v1/agent/conversations/{cid}"
        assert httpx.post(f"{agent_api}/take", headers=agent).json()["state"] == "with_human"
        wait_for(vws, lambda e: e.get("state") == "with_human", pushed_to_visitor)
        aws.send(json.dumps({"type": "watch", "conversation_id": cid}))
        wait_for(aws, lambda e: e.get("type") == "watching", pushed_to_agent)
        httpx.post(f"{agent_api}/messages", json={"text": "Bonjour, Camille à votre écoute."},
                   headers=agent)
        wait_for(vws, lambda e: any(m["role"] == "agent" for m in e.get("messages", [])),
                 pushed_to_visitor)
        vws.send(json.dumps({"type": "message", "text": "Merci, où est ma commande ?"}))
        wait_for(aws, lambda e: e.get("conversation_id") == cid and any(
            m["role"] == "visitor" for m in e.get("messages", [])), pushed_to_agent)
        assert httpx.post(f"{agent_api}/hand-back", headers=agent).json()["state"] == "bot"
        wait_for(vws, lambda e: e.get("state") == "bot", pushed_to_visitor)
        vws.send(json.dumps({"type": "message", "text": "Quels sont vos délais de paiement ?"}))
        answer = wait_for(vws, lambda e: any(m["role"] == "bot" and m["sources"]
                                             for m in e.get("messages", [])), pushed_to_visitor)
        assert answer["state"] == "bot"
    transcript = httpx.get(f"{agent_base}/api/v1/conversations/{cid}", headers=visitor).json()
    ids = [m["id"] for m in transcript["messages"]]
    assert len(ids) == len(set(ids))  # nothing duplicated
    assert {m["id"] for m in pushed_to_visitor} <= set(ids)  # every push is stored
    roles = [m["role"] for m in transcript["messages"]]
    assert roles.count("agent") == 1 and "system" in roles
    agent_said = next(m for m in transcript["messages"] if m["role"] == "agent")
    assert agent_said["ai_generated"] is False and agent_said["author"]["name"] == "Camille Roux"
