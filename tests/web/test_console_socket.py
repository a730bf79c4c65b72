"""The agent console's socket, against `clairbot serve` as deployed (presence timeout 6 s,
handoff timers every 0.5 s): only Clairbot's own pages may open it, with the session's CSRF
token; it pushes what the agent holds and nothing else; it closes when the session ends or
the account is disabled; an absent agent's conversation goes back to the queue and the
visitor is told, whatever the agent's browser did."""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, select
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.db import make_session_factory, transaction, utcnow
from clairbot.staff import service as staff
from clairbot.staff.models import StaffMember
from tests.factories import PASSWORD, staff_token
from tests.server_process import clairbot_serve

PRESENCE = 6  # seconds (the server's CLAIRBOT_AGENT_PRESENCE_TIMEOUT): heartbeat every 1 s
WAIT = 15.0  # seconds any expected event may take; only a failure waits that long


@pytest.fixture(scope="module")
def base(settings: Settings, engine: Engine,
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("console-socket") / "server.log"
    env = {"CLAIRBOT_AGENT_PRESENCE_TIMEOUT": str(PRESENCE),
           "CLAIRBOT_HANDOFF_CHECK_INTERVAL": "0.5"}
    with clairbot_serve(settings, log, env=env) as url:
        yield url


def ws(base: str, path: str) -> str:
    return base.replace("http://", "ws://") + path


def agent_email(engine: Engine, bot: Bot) -> str:
    email = f"{uuid.uuid4().hex[:8]}@verdalis.example"
    with transaction(make_session_factory(engine)) as session:
        staff.add(session=session, tenant_id=bot.tenant_id, email=email,
                  display_name="Julie Martin", roles=["agent"], languages=["fr"],
                  password=PASSWORD, actor=None)
    return email


@contextmanager
def signed_in(base: str, email: str) -> Iterator[tuple[httpx.Client, str]]:
    """A browser-like client with a console session, and the session's CSRF token."""
    with httpx.Client(base_url=base, follow_redirects=True) as browser:
        browser.post("/console/login",
                     data={"email": email, "password": PASSWORD, "lang": "fr"})
        page = browser.get("/console").text
        marker = '<meta name="csrf-token" content="'
        yield browser, page[page.index(marker) + len(marker):].split('"', 1)[0]


def console(base: str, browser: httpx.Client, *, origin: str | None = None) -> ClientConnection:
    """The console socket as a browser opens it: the session cookie, the page's origin."""
    cookie = "; ".join(f"{name}={value}" for name, value in browser.cookies.items())
    return connect(ws(base, "/api/v1/agent/ws"), origin=origin or base,  # type: ignore[arg-type]
                   additional_headers={"Cookie": cookie})


def events(socket: ClientConnection, until: Callable[[dict[str, Any]], bool]
           ) -> list[dict[str, Any]]:
    """Every event received up to and including the first that satisfies `until`."""
    seen: list[dict[str, Any]] = []
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        seen.append(json.loads(socket.recv(timeout=deadline - time.monotonic())))
        if until(seen[-1]):
            return seen
    raise AssertionError(f"no matching event; got {seen}")


def closed_with(socket: ClientConnection) -> tuple[list[dict[str, Any]], int | None]:
    """The events until the server closes the socket, and its close code."""
    seen: list[dict[str, Any]] = []
    try:
        while True:
            seen.append(json.loads(socket.recv(timeout=WAIT)))
    except ConnectionClosed as closed:
        return seen, closed.rcvd.code if closed.rcvd else None


def opened(base: str) -> tuple[str, dict[str, str]]:
    conversation = httpx.post(f"{base}/api/v1/conversations", json={"lang": "fr"}).json()
    return conversation["id"], {"Authorization": f"Bearer {conversation['token']}"}


def waiting(base: str) -> tuple[str, dict[str, str]]:
    """A conversation whose visitor asked for a person."""
    conversation_id, visitor = opened(base)
    asked = httpx.post(f"{base}/api/v1/conversations/{conversation_id}/messages",
                       json={"text": "je veux parler à un conseiller"}, headers=visitor)
    assert asked.json()["state"] == "waiting_for_human"
    return conversation_id, visitor


def test_when_a_page_of_another_site_opens_the_console_socket_then_it_is_refused(
        base: str, engine: Engine, demo_bot: Bot) -> None:
    with signed_in(base, agent_email(engine, demo_bot)) as (browser, csrf):
        with console(base, browser, origin="https://sibling.verdalis.example") as socket:
            seen, code = closed_with(socket)  # refused before it may even authenticate
        assert [e["code"] for e in seen] == ["origin.not_allowed"] and code == 4403


def test_when_the_first_frame_lacks_the_session_csrf_token_then_it_is_refused(
        base: str, engine: Engine, demo_bot: Bot) -> None:
    with signed_in(base, agent_email(engine, demo_bot)) as (browser, csrf):
        with console(base, browser) as socket:
            socket.send(json.dumps({"type": "auth"}))
            seen, code = closed_with(socket)
        assert [e["code"] for e in seen] == ["auth.csrf"] and code == 4403
        with console(base, browser) as socket:
            socket.send(json.dumps({"type": "auth", "csrf": csrf}))
            assert json.loads(socket.recv(timeout=WAIT)) == {"type": "ready"}


def test_when_the_agent_signs_out_then_the_socket_closes_at_once(
        base: str, engine: Engine, demo_bot: Bot) -> None:
    with signed_in(base, agent_email(engine, demo_bot)) as (browser, csrf):
        with console(base, browser) as socket:
            socket.send(json.dumps({"type": "auth", "csrf": csrf}))
            assert json.loads(socket.recv(timeout=WAIT))["type"] == "ready"
            browser.post("/console/logout", data={"csrf_token": csrf, "lang": "fr"})
            seen, code = closed_with(socket)
        assert [e.get("code") for e in seen if e["type"] == "error"] == ["auth.session_closed"]
        assert code == 4401


def test_when_the_account_is_disabled_then_the_socket_closes_at_its_next_check(
        base: str, engine: Engine, demo_bot: Bot) -> None:
    email = agent_email(engine, demo_bot)
    with signed_in(base, email) as (browser, csrf):
        with console(base, browser) as socket:
            socket.send(json.dumps({"type": "auth", "csrf": csrf}))
            assert json.loads(socket.recv(timeout=WAIT))["type"] == "ready"
            with transaction(make_session_factory(engine)) as session:
                staff.disable(session=session, tenant_id=demo_bot.tenant_id, email=email,
                              actor=None)
            seen, code = closed_with(socket)
        assert seen[-1]["type"] == "error" and seen[-1]["code"].startswith("auth.")
        assert code == 4401


def test_when_the_agent_holds_nothing_then_no_visitor_message_reaches_the_console(
        base: str, engine: Engine, demo_bot: Bot) -> None:
    agent = {"Authorization": f"Bearer {staff_token(engine, demo_bot)}"}
    with connect(ws(base, "/api/v1/agent/ws"), additional_headers=agent) as socket:
        assert json.loads(socket.recv(timeout=WAIT))["type"] == "ready"
        chatting, visitor = opened(base)
        httpx.post(f"{base}/api/v1/conversations/{chatting}/messages",
                   json={"text": "Mon numéro client est 4521, où en est ma commande ?"},
                   headers=visitor)
        waiting(base)  # the queue changes: a content-free hint, after the message above
        seen = events(socket, lambda e: e["type"] == "queue")
    assert [e["type"] for e in seen] == ["queue"]  # no message, no conversation id


def test_when_the_agent_watches_what_they_hold_then_only_that_is_pushed(
        base: str, engine: Engine, demo_bot: Bot) -> None:
    agent = {"Authorization": f"Bearer {staff_token(engine, demo_bot)}"}
    held, visitor = waiting(base)
    other, other_visitor = waiting(base)
    httpx.post(f"{base}/api/v1/agent/conversations/{held}/take", headers=agent)
    with connect(ws(base, "/api/v1/agent/ws"), additional_headers=agent) as socket, \
            connect(ws(base, f"/api/v1/conversations/{other}/ws")) as other_socket:
        other_socket.send(json.dumps({"type": "auth", "token": other_visitor[
            "Authorization"].split()[1]}))
        assert json.loads(other_socket.recv(timeout=WAIT))["type"] == "ready"
        assert json.loads(socket.recv(timeout=WAIT))["type"] == "ready"
        socket.send(json.dumps({"type": "watch", "conversation_id": other}))
        refused = events(socket, lambda e: e["type"] == "error")[-1]
        assert refused["code"] == "handoff.not_yours"
        # Typing "in" a conversation not held reaches nobody.
        socket.send(json.dumps({"type": "typing", "conversation_id": other}))
        socket.send(json.dumps({"type": "watch", "conversation_id": held}))
        events(socket, lambda e: e["type"] == "watching")
        httpx.post(f"{base}/api/v1/conversations/{held}/messages",
                   json={"text": "Bonjour, vous êtes là ?"}, headers=visitor)
        pushed = events(socket, lambda e: e["type"] == "messages")[-1]
        httpx.post(f"{base}/api/v1/conversations/{other}/messages",
                   json={"text": "Toujours en attente"}, headers=other_visitor)
        first_for_other = json.loads(other_socket.recv(timeout=WAIT))
    assert pushed["conversation_id"] == held
    assert [m["text"] for m in pushed["messages"]] == ["Bonjour, vous êtes là ?"]
    assert first_for_other["type"] == "messages"  # no typing from an agent who holds nothing


def test_when_the_agent_vanishes_then_the_visitor_is_told_and_waits_in_the_queue_again(
        base: str, engine: Engine, demo_bot: Bot) -> None:
    """The console never opened its socket (or its browser crashed): the conversation is
    released after the presence timeout by the server's own timers."""
    agent = {"Authorization": f"Bearer {staff_token(engine, demo_bot)}"}
    held, visitor = waiting(base)
    taken = httpx.post(f"{base}/api/v1/agent/conversations/{held}/take", headers=agent)
    assert taken.json()["state"] == "with_human"
    with connect(ws(base, f"/api/v1/conversations/{held}/ws")) as socket:
        socket.send(json.dumps({"type": "auth", "token": visitor["Authorization"].split()[1]}))
        released = events(socket, lambda e: e.get("state") == "waiting_for_human")[-1]
    assert released["messages"][0]["role"] == "system"
    assert "file" in released["messages"][0]["text"]  # "... votre demande reste dans la file"
    queue = httpx.get(f"{base}/api/v1/agent/queue", headers=agent).json()
    assert held in {item["conversation_id"] for item in queue}


def test_when_the_console_reloads_then_the_agent_keeps_the_conversation(
        base: str, engine: Engine, demo_bot: Bot) -> None:
    agent = {"Authorization": f"Bearer {staff_token(engine, demo_bot)}"}
    held, _ = waiting(base)
    httpx.post(f"{base}/api/v1/agent/conversations/{held}/take", headers=agent)
    for _ in range(2):  # the page reloads: a new socket at once
        with connect(ws(base, "/api/v1/agent/ws"), additional_headers=agent) as socket:
            assert json.loads(socket.recv(timeout=WAIT))["type"] == "ready"
    with connect(ws(base, "/api/v1/agent/ws"), additional_headers=agent) as socket:
        assert json.loads(socket.recv(timeout=WAIT))["type"] == "ready"
        time.sleep(PRESENCE * 1.5)  # past the timeout: the socket's heartbeats keep it
        socket.send(json.dumps({"type": "watch", "conversation_id": held}))
        assert events(socket, lambda e: e["type"] in ("watching", "error"))[-1]["type"] \
            == "watching"


def test_when_an_agent_is_seen_then_presence_is_written_at_most_once_a_ninth_of_the_timeout(
        engine: Engine, demo_bot: Bot) -> None:
    email = agent_email(engine, demo_bot)
    with transaction(make_session_factory(engine)) as session:
        member = session.scalars(select(StaffMember).where(StaffMember.email == email)).one()
        first = utcnow()
        every = dt.timedelta(seconds=10)
        staff.seen(session=session, member=member, every=every, now=first)
        staff.seen(session=session, member=member, every=every, now=first + every / 2)
        assert member.last_seen_at == first
        staff.seen(session=session, member=member, every=every, now=first + every)
        assert member.last_seen_at == first + every
