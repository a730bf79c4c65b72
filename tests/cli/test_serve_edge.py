"""`clairbot serve` at the edge, as deployed (its own process): the WebSocket message limit,
slow request headers, and X-Forwarded-* honoured from a trusted proxy only. A hang fails
these tests through the clients' timeouts; no speed is asserted."""

from __future__ import annotations

import json
import random
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from clairbot.cli._http_server import MAX_HEADER_BYTES
from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.staff.auth import SECURE_SESSION_COOKIE, SESSION_COOKIE
from clairbot.staff.service import MAX_FAILURES_PER_IP
from tests.factories import PASSWORD, staff_login
from tests.server_process import clairbot_serve

HANG = 60.0  # seconds after which a client gives up: only a wedged server takes that long
# The header deadline of the servers here: short, so that the tests wait little.
HEADER_TIMEOUT = "1"


@dataclass(frozen=True)
class Served:
    """A `clairbot serve` process: its base URL and its log."""

    base: str
    log: Path

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.base.removeprefix("http://").split(":")
        return host, int(port)


@pytest.fixture(scope="module")
def direct(settings: Settings, engine: Engine,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """`clairbot serve` with the default of trusting no proxy."""
    log = tmp_path_factory.mktemp("serve") / "direct.log"
    with clairbot_serve(settings, log, env={"CLAIRBOT_HEADER_TIMEOUT": HEADER_TIMEOUT}) as base:
        yield Served(base, log)


@pytest.fixture(scope="module")
def proxied(settings: Settings, engine: Engine,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """`clairbot serve` behind a proxy on 127.0.0.1 (where the tests connect from)."""
    log = tmp_path_factory.mktemp("serve") / "proxied.log"
    with clairbot_serve(settings, log, env={"CLAIRBOT_TRUSTED_PROXIES": "127.0.0.1"}) as base:
        yield Served(base, log)


@contextmanager
def _visitor_socket(server: Served) -> Iterator[ClientConnection]:
    """A new conversation's WebSocket, authenticated and ready."""
    opened = httpx.post(f"{server.base}/api/v1/conversations", json={"lang": "fr"}, timeout=HANG)
    conversation = opened.json()
    url = f"{server.base.replace('http://', 'ws://')}/api/v1/conversations/{conversation['id']}/ws"
    with connect(url, open_timeout=HANG, close_timeout=HANG, max_size=None) as ws:
        ws.send(json.dumps({"type": "auth", "token": conversation["token"]}))
        assert json.loads(ws.recv(timeout=HANG))["type"] == "ready"
        yield ws


def test_when_a_websocket_message_is_over_the_limit_then_the_server_closes_with_1009(
        direct: Served, settings: Settings) -> None:
    # One byte over: the longest valid message in its longest JSON form plus its frame.
    frame = json.dumps({"type": "message", "text": "x"})
    with _visitor_socket(direct) as ws:
        ws.send(frame[:-2] + "x" * (settings.max_frame_bytes - len(frame) + 1) + frame[-2:])
        with pytest.raises(ConnectionClosed) as closed:
            ws.recv(timeout=HANG)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009  # message too big


def test_when_the_longest_valid_message_comes_in_its_longest_form_then_it_is_answered(
        direct: Served, settings: Settings) -> None:
    # Every character outside the BMP, escaped as a surrogate pair: 12 bytes each.
    text = "\U0001f4e6" * settings.max_message_chars
    with _visitor_socket(direct) as ws:
        ws.send(json.dumps({"type": "message", "text": text}))
        event = json.loads(ws.recv(timeout=HANG))
    assert event["type"] == "messages"
    assert event["messages"][0]["role"] == "visitor"


def _silent_until_closed(sock: socket.socket) -> bytes:
    """What the server sends before it closes the connection (or HANG passes)."""
    sock.settimeout(HANG)
    received = b""
    while chunk := sock.recv(4096):
        received += chunk
    return received


def test_when_request_headers_trickle_in_too_slowly_then_the_connection_is_closed(
        direct: Served) -> None:
    with socket.create_connection(direct.address, timeout=HANG) as slow:
        slow.sendall(b"GET /healthz HTTP/1.1\r\nHost: clairbot\r\n")  # and nothing more
        assert _silent_until_closed(slow) == b""
    warnings = [json.loads(line) for line in direct.log.read_text().splitlines()
                if "request headers took over" in line]
    assert [w["level"] for w in warnings] == ["WARNING"]  # one line, no traceback
    assert "127.0.0.1" not in warnings[0]["msg"]  # and no address
    # A connection that never sends anything is closed as well, without a log line.
    with socket.create_connection(direct.address, timeout=HANG) as idle:
        assert _silent_until_closed(idle) == b""
    # Meanwhile, and after, requests on time are served.
    assert httpx.get(f"{direct.base}/healthz", timeout=HANG).status_code == 200


def test_when_request_headers_are_over_16_kib_then_400_and_nothing_more_is_read(
        direct: Served) -> None:
    with socket.create_connection(direct.address, timeout=HANG) as big:
        big.sendall(b"GET /healthz HTTP/1.1\r\nHost: clairbot\r\nX-Padding: "
                    + b"a" * MAX_HEADER_BYTES)
        assert _silent_until_closed(big).startswith(b"HTTP/1.1 400 ")


def test_when_headers_are_on_time_then_a_kept_alive_connection_serves_several_requests(
        direct: Served) -> None:
    with httpx.Client(base_url=direct.base, timeout=HANG) as client:
        assert [client.get("/healthz").status_code for _ in range(3)] == [200] * 3


def _log_in(server: Served, email: str | None = None, *, forwarded_for: str | None = None,
            proto: str | None = None) -> httpx.Response:
    """A sign-in: `email`'s with the right password, else a failed one for an unknown
    account (a new one each time: the per-account throttle stays out of the way)."""
    headers = {}
    if forwarded_for:
        headers["X-Forwarded-For"] = forwarded_for
    if proto:
        headers["X-Forwarded-Proto"] = proto
    attempt = ({"email": email, "password": PASSWORD} if email else
               {"email": f"{uuid.uuid4().hex[:8]}@nobody.example", "password": "wrong"})
    return httpx.post(f"{server.base}/console/login", headers=headers, data=attempt,
                      timeout=HANG)


def test_when_x_forwarded_for_comes_from_a_trusted_proxy_then_it_names_the_client_else_not(
        direct: Served, proxied: Served) -> None:
    # Addresses of the documentation range, drawn afresh: no other test's attempts mix in.
    throttled, other = (f"198.51.100.{n}" for n in random.sample(range(1, 255), 2))
    for _ in range(MAX_FAILURES_PER_IP):  # failed sign-ins, each for a different account
        assert _log_in(proxied, forwarded_for=throttled).status_code == 401
    # Through the trusted proxy, the address it names is throttled, and only that one.
    assert _log_in(proxied, forwarded_for=throttled).status_code == 429
    assert _log_in(proxied, forwarded_for=other).status_code == 401
    # Sent straight to the server, the same header is the client's own claim: ignored, the
    # attempt counts against the address the connection comes from.
    assert _log_in(direct, forwarded_for=throttled).status_code == 401


@pytest.mark.parametrize(("server", "hsts", "cookie"), [
    ("proxied", "max-age=31536000", SECURE_SESSION_COOKIE),  # the proxy saw HTTPS
    ("direct", None, SESSION_COOKIE),  # a client's own claim: plain http to 127.0.0.1
])
def test_when_https_is_forwarded_then_only_a_trusted_proxy_makes_it_count(
        request: pytest.FixtureRequest, engine: Engine, demo_bot: Bot, server: str,
        hsts: str | None, cookie: str) -> None:
    served: Served = request.getfixturevalue(server)
    page = httpx.get(f"{served.base}/console/login", headers={"X-Forwarded-Proto": "https"},
                     timeout=HANG)
    assert page.headers.get("strict-transport-security") == hsts
    signed_in = _log_in(served, staff_login(engine, demo_bot), proto="https")
    assert signed_in.status_code == 303
    assert signed_in.headers["set-cookie"].startswith(f"{cookie}=")
    assert signed_in.headers.get("strict-transport-security") == hsts
