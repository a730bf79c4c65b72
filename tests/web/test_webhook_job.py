"""The server sends due webhook deliveries by itself: a real receiver on loopback gets the
signed `handoff.requested` (or `ticket.created`) event of a visitor asking for a person."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, delete

from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.db import make_session_factory, transaction
from clairbot.web import create_app
from clairbot.webhooks import service as webhooks
from clairbot.webhooks.models import WebhookDelivery, WebhookEndpoint
from clairbot.webhooks.schemas import WebhookEndpointCreate
from clairbot.webhooks.signing import verify_signature

SECRET = "whsec_" + "s" * 30


class Receiver(BaseHTTPRequestHandler):
    received: list[tuple[str, bytes]] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Receiver.received.append((self.headers["Clairbot-Signature"], body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    server.shutdown()
    server.server_close()


def test_when_visitor_asks_for_a_person_then_the_server_delivers_the_signed_event(
        settings: Settings, demo_bot: Bot, engine: Engine, receiver: str) -> None:
    Receiver.received.clear()
    sessions = make_session_factory(engine)
    with transaction(sessions) as session:
        endpoint = webhooks.create_endpoint(
            session=session, tenant_id=demo_bot.tenant_id,
            endpoint_in=WebhookEndpointCreate(
                url=receiver,  # type: ignore[arg-type]
                event_types=["handoff.requested", "ticket.created"], secret=SECRET))
        endpoint_id = endpoint.id
    fast = settings.model_copy(update={"webhook_interval": 0.2})
    try:
        with TestClient(create_app(fast, [demo_bot], engine=engine)) as client:
            conv = client.post("/api/v1/conversations", json={"lang": "en"}).json()
            client.post(f"/api/v1/conversations/{conv['id']}/messages",
                        json={"text": "agent please"},
                        headers={"Authorization": f"Bearer {conv['token']}"})
            deadline = time.monotonic() + 15
            while not Receiver.received and time.monotonic() < deadline:
                time.sleep(0.1)
    finally:
        with transaction(sessions) as session:
            session.execute(delete(WebhookDelivery).where(
                WebhookDelivery.endpoint_id == endpoint_id))
            session.execute(delete(WebhookEndpoint).where(WebhookEndpoint.id == endpoint_id))
    assert Receiver.received, "no webhook delivered"
    header, body = Receiver.received[0]
    verify_signature(SECRET, header, body)
    assert conv["id"].encode() in body and b"agent please" not in body
