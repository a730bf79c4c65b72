"""End to end, over HTTP: a visitor consents and gives personal data, exports everything
(JSON and HTML), then erases it. Afterwards no identifier of theirs is left in any table,
in the SQLite files, in the logs or in Redis, searched byte for byte; the receipt says what
went."""

from __future__ import annotations

import io
import logging
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, delete, literal_column, select

from clairbot.audit import AuditEvent, snapshot, verify
from clairbot.config import Settings
from clairbot.conversation.bootstrap import prepare_database
from clairbot.conversation.bot import Bot
from clairbot.db import Base, make_engine, make_session_factory, transaction
from clairbot.logs import make_handler
from clairbot.privacy.crypto import KEYS, EncryptedText, EncryptionKeyError, KeyRing
from clairbot.web import create_app
from clairbot.webhooks import service as webhooks
from clairbot.webhooks.models import WebhookDelivery, WebhookEndpoint
from clairbot.webhooks.schemas import WebhookEndpointCreate
from tests.factories import staff_token

# Unique to each run: other tests of the shared database use well-known sample values.
_DIGITS = f"{uuid.uuid4().int % 10**6:06d}"
PHONE = f"06 12 {_DIGITS[:2]} {_DIGITS[2:4]} {_DIGITS[4:]}"  # 069x is not a mobile range
EMAIL = f"jeanne.{_DIGITS}@example.org"
REDIS_ENV = "CLAIRBOT_TEST_REDIS_URL"


@dataclass
class Deployment:
    client: TestClient
    engine: Engine
    files: list[Path]  # the database files to search, when the database is a file here


@pytest.fixture(params=["sqlite-file", "configured"])
def deployment(request: pytest.FixtureRequest, settings: Settings, demo_bot: Bot,
               engine: Engine, tmp_path: Path) -> Iterator[Deployment]:
    """The app on its own SQLite file (so its bytes can be searched), or on the configured
    test database (PostgreSQL in CI) with Redis when the tests have one."""
    if request.param == "sqlite-file":
        path = tmp_path / "clairbot.db"
        local = settings.model_copy(update={"database_url": f"sqlite:///{path}",
                                            "data_dir": tmp_path})
        own = make_engine(local.effective_database_url)
        prepare_database(own, [demo_bot], auto_upgrade=True)
        with TestClient(create_app(local, [demo_bot], engine=own)) as client:
            yield Deployment(client, own, [path, Path(f"{path}-wal"), Path(f"{path}-shm")])
        own.dispose()
        return
    configured = settings.model_copy(update={"redis_url": os.environ.get(REDIS_ENV)})
    with TestClient(create_app(configured, [demo_bot], engine=engine)) as client:
        yield Deployment(client, engine, [])


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """Everything logged at INFO and above during the test, through Clairbot's handler."""
    stream = io.StringIO()
    handler = make_handler("json", stream)
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    yield stream
    root.removeHandler(handler)
    root.setLevel(level)


def rows_everywhere(engine: Engine) -> str:
    """Every row of every table, encrypted text decrypted with the run's keys. On the shared
    test database a value another test wrote under a key of its own (CI once met one, its
    origin not found yet) stays as stored: it cannot hold this test's visitor, whose data
    was written under the run's keys."""
    ring = KEYS.require()
    dump = []
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            contexts = [column.type.context if isinstance(column.type, EncryptedText) else None
                        for column in table.columns]
            raw = select(*[literal_column(f'"{column.name}"') for column in table.columns]
                         ).select_from(table)
            for row in connection.execute(raw):
                dump.append(repr(tuple(
                    _readable(ring, value, context) for value, context
                    in zip(row, contexts, strict=True))))
    return "\n".join(dump)


def _readable(ring: KeyRing, value: Any, context: str | None) -> Any:
    if context is None or not isinstance(value, str):
        return value
    try:
        return ring.decrypt(value, context=context)
    except EncryptionKeyError:
        return value


def redis_dump() -> bytes:
    url = os.environ.get(REDIS_ENV)
    if not url:
        return b""
    from redis import Redis
    client = Redis.from_url(url)
    try:
        out = []
        for key in client.scan_iter(count=1000):
            out.append(key)
            if client.type(key) == b"string":
                out.append(client.get(key) or b"")
        return b"\n".join(out)
    finally:
        client.close()


@pytest.fixture
def hook(deployment: Deployment, demo_bot: Bot) -> Iterator[None]:
    """A webhook endpoint for handoffs, so that deliveries name the conversation; removed
    after the test (other tests count the endpoints of the shared database)."""
    sessions = make_session_factory(deployment.engine)
    with transaction(sessions) as session:
        endpoint = webhooks.create_endpoint(
            session=session, tenant_id=demo_bot.tenant_id, endpoint_in=WebhookEndpointCreate(
                url=f"https://hooks.example/{uuid.uuid4().hex}",
                event_types=["handoff.requested", "ticket.created"]))
    yield
    with transaction(sessions) as session:
        session.execute(delete(WebhookDelivery).where(WebhookDelivery.endpoint_id == endpoint.id))
        session.execute(delete(WebhookEndpoint).where(WebhookEndpoint.id == endpoint.id))


def visitor_story(client: TestClient, engine: Engine, bot: Bot) -> dict[str, Any]:
    """Consent, personal data, a person asked for, a note, feedback: a full conversation."""
    created = client.post("/api/v1/conversations", json={"lang": "fr"}).json()
    cid, auth = created["id"], {"Authorization": f"Bearer {created['token']}"}

    def say(body: dict[str, Any]) -> dict[str, Any]:
        response = client.post(f"/api/v1/conversations/{cid}/messages", headers=auth, json=body)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    say({"text": f"Mon e-mail est {EMAIL}"})  # masked: no consent yet
    say({"action": {"type": "consent", "purpose": "callback", "decision": "granted"}})
    say({"action": {"type": "handoff"}})
    answer = say({"action": {"type": "callback", "contact": PHONE}})
    for kind, comment in (("thumbs_up", None), ("problem", "Le lien ne s'ouvre pas")):
        assert client.post(f"/api/v1/conversations/{cid}/feedback", headers=auth,
                           json={"kind": kind, "comment": comment,
                                 "message_id": answer["messages"][-1]["id"]}).status_code == 201
    staff = {"Authorization": f"Bearer {staff_token(engine, bot)}"}
    assert client.post(f"/api/v1/agent/conversations/{cid}/take", headers=staff).status_code == 200
    assert client.post(f"/api/v1/agent/conversations/{cid}/notes", headers=staff,
                       json={"text": f"Rappeler au {PHONE}"}).status_code in (200, 201)
    return {"id": cid, "token": created["token"], "auth": auth}


def test_when_visitor_exports_then_erases_then_nothing_of_them_remains(
        deployment: Deployment, demo_bot: Bot, log_lines: io.StringIO, hook: None) -> None:
    client, engine = deployment.client, deployment.engine
    story = visitor_story(client, engine, demo_bot)
    cid, auth = story["id"], story["auth"]

    exported = client.get(f"/api/v1/conversations/{cid}/export", headers=auth)
    assert exported.status_code == 200
    assert "attachment" in exported.headers["content-disposition"]
    document = exported.json()
    [conversation] = document["conversations"]
    assert conversation["id"] == cid
    texts = [m["text"] for m in conversation["messages"]]
    assert any(PHONE in text for text in texts)
    assert all(EMAIL not in text for text in texts)  # masked, never stored
    kept = [p for m in conversation["messages"] for p in m["personal_data"]]
    assert {"type": "PHONE", "decision": "kept", "purpose": "callback",
            "basis": "consent"} in kept
    assert [c["decision"] for c in document["consents"]] == ["granted"]
    assert document["consents"][0]["text"].startswith("Nous conservons votre nom")
    assert conversation["handoffs"] and conversation["feedback"]
    assert conversation["incidents"][0]["report"] == "Le lien ne s'ouvre pas"
    assert conversation["staff_notes"][0]["text"] == f"Rappeler au {PHONE}"
    assert document["controller"]["privacy_contact"] == "dpo@verdalis.example"
    html = client.get(f"/api/v1/conversations/{cid}/export?format=html", headers=auth)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert '<html lang="fr">' in html.text and "Vos données" in html.text
    assert PHONE in html.text and "Rappeler au" in html.text

    identifiers = [cid, document["subject"], story["token"], PHONE, EMAIL,
                   *[m["id"] for m in conversation["messages"]]]
    before = rows_everywhere(engine)
    # The search finds them, the encrypted phone number included (decrypted, not skipped).
    assert cid in before and PHONE in before

    erased = client.post(f"/api/v1/conversations/{cid}/erasure", headers=auth)
    assert erased.status_code == 200, erased.text
    receipt = erased.json()["receipt"]
    assert receipt["erased_by"] == "visitor"
    counts = receipt["counts"]
    assert counts["conversations"] == 1 and counts["messages"] == len(texts)
    assert counts["consent_records"] == 1 and counts["handoffs"] == 1
    assert counts["feedback"] == 2 and counts["staff_notes"] == 1 and counts["incidents"] == 1
    assert counts["webhook_deliveries"] >= 1
    assert client.get(f"/api/v1/conversations/{cid}", headers=auth).status_code in (401, 404)

    rows = rows_everywhere(engine)
    files = b"".join(p.read_bytes() for p in deployment.files if p.exists())
    logs, cache = log_lines.getvalue(), redis_dump()
    assert "/api/v1/conversations" in logs  # the HTTP client logged each call...
    for identifier in identifiers:  # ...but no identifier survives anywhere
        assert identifier not in rows, f"{identifier!r} left in a table"
        assert identifier.encode() not in files, f"{identifier!r} left in the database files"
        assert identifier not in logs, f"{identifier!r} left in the logs"
        assert identifier.encode() not in cache, f"{identifier!r} left in Redis"
    assert receipt["id"] in rows  # the receipt itself is kept

    # The audit trail keeps only the fact: the subject's events are redacted, the erasure
    # event names them by number, and the chain still verifies.
    assert counts["audit_events_redacted"] >= 2  # the consent decision and the export
    with snapshot(engine) as connection:
        [report] = verify(connection, demo_bot.tenant_id)
        erasure = connection.execute(select(AuditEvent.payload).where(
            AuditEvent.tenant_id == demo_bot.tenant_id, AuditEvent.kind == "subject.erased")
            .order_by(AuditEvent.seq.desc()).limit(1)).scalar_one()
    assert report.problem is None, report.problem
    assert erasure["request"] == receipt["id"] and erasure["count"] == len(erasure["seqs"])
    assert erasure["counts"]["conversations"] == 1
