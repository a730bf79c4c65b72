"""A real HTTP receiver on loopback that checks signatures, and committed test data."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import Engine, delete
from sqlalchemy.orm import Session, sessionmaker

from clairbot.conversation.bot import Bot
from clairbot.db import make_session_factory, transaction
from clairbot.tenants.models import Tenant
from clairbot.webhooks import SignatureError, verify_signature
from clairbot.webhooks.models import WebhookDelivery, WebhookEndpoint

SECRET = "whsec_test_" + "x" * 24


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes
    signature_ok: bool


@dataclass
class Receiver:
    """What the receiver answers (`statuses`, then 200) and what it received."""

    url: str
    secret: str = SECRET
    statuses: list[int] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """An HTTP server in a thread: 400 on a bad signature, else the scripted status."""
    state = Receiver(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            try:
                verify_signature(state.secret, self.headers.get("Clairbot-Signature", ""), body)
                ok = True
            except SignatureError:
                ok = False
            state.received.append(Received(dict(self.headers.items()), body, ok))
            status = (state.statuses.pop(0) if state.statuses else 200) if ok else 400
            self.send_response(status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@dataclass
class Committed:
    factory: sessionmaker[Session]
    tenant_id: str


@pytest.fixture
def committed(engine: Engine) -> Iterator[Committed]:
    """A session factory that really commits, on a tenant of its own, deleted afterwards."""
    factory = make_session_factory(engine)
    tenant_id = f"wh-{uuid.uuid4().hex[:12]}"
    with transaction(factory) as session:
        session.add(Tenant(id=tenant_id, name="Webhook test tenant"))
    try:
        yield Committed(factory, tenant_id)
    finally:
        with transaction(factory) as session:
            for model in (WebhookDelivery, WebhookEndpoint):
                session.execute(delete(model).where(model.tenant_id == tenant_id))
            session.execute(delete(Tenant).where(Tenant.id == tenant_id))


@pytest.fixture
def demo_tenant(demo_bot: Bot) -> str:
    """The demo tenant's id (its row exists in the test database)."""
    return demo_bot.tenant_id
