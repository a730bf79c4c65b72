"""Provenance: why a message was said, read back from its audit event alone, for staff."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, text, update

from clairbot.audit import AuditEvent
from clairbot.conversation.bot import Bot
from clairbot.db import make_session_factory, transaction
from tests.factories import staff_token


def visitor(client: TestClient) -> tuple[str, dict[str, str]]:
    created = client.post("/api/v1/conversations", json={"lang": "fr"}).json()
    return created["id"], {"Authorization": f"Bearer {created['token']}"}


def test_when_bot_answers_then_provenance_names_sources_owner_versions_and_guards(
        client: TestClient, engine: Engine, demo_bot: Bot) -> None:
    cid, auth = visitor(client)
    asked = client.post(f"/api/v1/conversations/{cid}/messages", headers=auth,
                        json={"text": "Quels sont vos délais de paiement ? jean@example.com"})
    messages = asked.json()["messages"]
    question, answer = messages[0], next(m for m in messages if m["sources"])
    staff = {"Authorization": f"Bearer {staff_token(engine, demo_bot, roles=['auditor'])}"}
    found = client.get(f"/api/v1/messages/{answer['id']}/provenance", headers=staff)
    assert found.status_code == 200, found.text
    body = found.json()
    assert body["audit"]["kind"] == "turn" and body["audit"]["intact"] is True
    reply, turn = body["reply"], body["turn"]
    assert reply["kind"] == "answer" and reply["responder"] == "extractive"
    assert reply["sources"][0]["owner"].startswith("Service Facturation")
    assert reply["passages"][0]["version"] and reply["passages"][0]["owner"]
    assert 0 < reply["confidence"] <= 1
    assert turn["spec_version"] == demo_bot.spec.spec_version
    assert turn["spec_digest"] == demo_bot.spec.spec_digest
    assert reply["passages"][0]["doc_version"] == reply["passages"][0]["version"]
    assert turn["knowledge_version"] == demo_bot.knowledge.version
    assert turn["intent"] == "question"
    assert turn["redactions"][0]["type"] == "EMAIL"
    assert "jean@example.com" not in found.text  # never a value in the audit trail
    asked_about = client.get(f"/api/v1/messages/{question['id']}/provenance", headers=staff)
    assert asked_about.json()["turn"]["redactions"][0]["decision"] == "masked"


def test_when_an_agent_replies_then_provenance_names_the_staff_action(
        client: TestClient, engine: Engine, demo_bot: Bot) -> None:
    cid, auth = visitor(client)
    client.post(f"/api/v1/conversations/{cid}/messages", headers=auth,
                json={"action": {"type": "handoff"}})
    agent = {"Authorization": f"Bearer {staff_token(engine, demo_bot)}"}
    client.post(f"/api/v1/agent/conversations/{cid}/take", headers=agent)
    sent = client.post(f"/api/v1/agent/conversations/{cid}/messages", headers=agent,
                       json={"text": "Bonjour, je m'en occupe."}).json()
    body = client.get(f"/api/v1/messages/{sent['id']}/provenance", headers=agent).json()
    assert body["staff_action"] == "staff.reply" and body["audit"]["actor"].startswith("staff:")


def test_when_provenance_is_asked_wrongly_then_refused(client: TestClient, engine: Engine,
                                                      demo_bot: Bot) -> None:
    cid, auth = visitor(client)
    first = client.get(f"/api/v1/conversations/{cid}", headers=auth).json()["messages"][0]
    assert client.get(f"/api/v1/messages/{first['id']}/provenance").status_code == 401
    staff = {"Authorization": f"Bearer {staff_token(engine, demo_bot)}"}
    missing = client.get(f"/api/v1/messages/{uuid.uuid4().hex}/provenance", headers=staff)
    assert missing.status_code == 404
    assert missing.json()["detail"][0]["code"] == "message.not_found"


def answered(client: TestClient, engine: Engine,
             demo_bot: Bot) -> tuple[dict[str, Any], dict[str, str], int]:
    """A bot answer of a new conversation, a staff member's headers, and the seq of the
    answer's audit event."""
    cid, auth = visitor(client)
    answer = client.post(f"/api/v1/conversations/{cid}/messages", headers=auth,
                         json={"text": "Quels sont vos délais de paiement ?"}).json()["messages"][1]
    staff = {"Authorization": f"Bearer {staff_token(engine, demo_bot)}"}
    seq = client.get(f"/api/v1/messages/{answer['id']}/provenance",
                     headers=staff).json()["audit"]["seq"]
    return answer, staff, int(seq)


def test_when_the_event_is_edited_in_sql_then_provenance_says_it_is_not_intact(
        client: TestClient, engine: Engine, demo_bot: Bot) -> None:
    answer, staff, seq = answered(client, engine, demo_bot)
    with transaction(make_session_factory(engine)) as session:
        event = session.get(AuditEvent, (demo_bot.tenant_id, seq))
        assert event is not None and event.payload is not None
        forged = {**event.payload, "spec_version": "forged"}
        session.execute(update(AuditEvent).where(AuditEvent.tenant_id == demo_bot.tenant_id,
                                                 AuditEvent.seq == seq).values(payload=forged))
    try:
        body = client.get(f"/api/v1/messages/{answer['id']}/provenance", headers=staff).json()
        assert body["audit"]["intact"] is False and body["turn"]["spec_version"] == "forged"
    finally:  # put it back: other tests verify the shared chain
        with transaction(make_session_factory(engine)) as session:
            session.execute(update(AuditEvent).where(
                AuditEvent.tenant_id == demo_bot.tenant_id, AuditEvent.seq == seq)
                .values(payload={**forged, "spec_version": demo_bot.spec.spec_version}))


def test_when_the_event_is_edited_into_invalid_json_then_provenance_is_missing_not_a_500(
        client: TestClient, engine: Engine, demo_bot: Bot) -> None:
    answer, staff, seq = answered(client, engine, demo_bot)
    # Invalid JSON where the database keeps it (SQLite); PostgreSQL's `json` refuses that, so
    # there it becomes JSON that is no object, which it accepts.
    postgresql = engine.dialect.name == "postgresql"
    raw = "[1]" if postgresql else '{"visitor_message": '
    with transaction(make_session_factory(engine)) as session:
        event = session.get(AuditEvent, (demo_bot.tenant_id, seq))
        assert event is not None and event.payload is not None
        original = dict(event.payload)
        session.execute(text("UPDATE audit_events SET payload = "
                             f"{'CAST(:raw AS json)' if postgresql else ':raw'} "
                             "WHERE tenant_id = :tenant AND seq = :seq"),
                        {"raw": raw, "tenant": demo_bot.tenant_id, "seq": seq})
    try:
        response = client.get(f"/api/v1/messages/{answer['id']}/provenance", headers=staff)
        assert response.status_code == 404, response.text
        [error] = response.json()["detail"]
        assert error["code"] == "provenance.missing" and "altered" in error["msg"]
    finally:  # put it back: other tests verify the shared chain
        with transaction(make_session_factory(engine)) as session:
            session.execute(update(AuditEvent).where(
                AuditEvent.tenant_id == demo_bot.tenant_id, AuditEvent.seq == seq)
                .values(payload=original))
