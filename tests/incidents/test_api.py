"""Incidents over HTTP: a visitor's problem report opens one routed to the answer's owner;
staff report, list, read and move incidents with the right roles; an erasure removes them."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from clairbot.audit.models import AuditEvent
from clairbot.conversation.bot import Bot
from clairbot.incidents.models import Incident
from tests.factories import staff_token

QUESTION = "Quels sont vos délais de paiement ?"


def bearer(engine: Engine, bot: Bot, *roles: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {staff_token(engine, bot, roles=list(roles))}"}


def answered(client: TestClient) -> tuple[dict[str, Any], str]:
    """A French conversation whose question on payment terms was answered, and the answer."""
    conv = client.post("/api/v1/conversations", json={"lang": "fr"}).json()
    turn = client.post(f"/api/v1/conversations/{conv['id']}/messages", json={"text": QUESTION},
                       headers={"Authorization": f"Bearer {conv['token']}"})
    assert turn.status_code == 200, turn.text
    answer = next(m for m in turn.json()["messages"] if m["role"] == "bot")
    assert answer["sources"], answer
    return conv, str(answer["id"])


def report(client: TestClient, conv: dict[str, Any], answer: str,
           comment: str = "Le délai indiqué ne correspond pas à mon contrat") -> None:
    response = client.post(f"/api/v1/conversations/{conv['id']}/feedback",
                           json={"kind": "problem", "message_id": answer, "comment": comment},
                           headers={"Authorization": f"Bearer {conv['token']}"})
    assert response.status_code == 201, response.text


def incident_on(client: TestClient, headers: dict[str, str], answer: str) -> dict[str, Any]:
    listed = client.get("/api/v1/incidents", headers=headers)
    assert listed.status_code == 200, listed.text
    return next(i for i in listed.json() if i["message_id"] == answer)


def reported(client: TestClient, engine: Engine, bot: Bot) -> tuple[dict[str, Any], str,
                                                                       dict[str, str]]:
    """A visitor's conversation whose answer they reported: the conversation, the incident's
    id and an agent's headers."""
    conv, answer = answered(client)
    report(client, conv, answer)
    agent = bearer(engine, bot, "agent")
    return conv, incident_on(client, agent, answer)["id"], agent


def code(response: Any) -> tuple[int, str]:
    return response.status_code, str(response.json()["detail"][0]["code"])


def test_when_visitor_reports_a_problem_then_an_incident_goes_to_the_source_owner(
        client: TestClient, engine: Engine, demo_bot: Bot) -> None:
    conv, answer = answered(client)
    report(client, conv, answer)
    agent = bearer(engine, demo_bot, "agent")
    incident = incident_on(client, agent, answer)
    assert incident["owner_name"] == "Service Facturation"
    assert incident["owner_contact"] == "facturation@verdalis.example"
    assert (incident["status"], incident["source"], incident["reported_by"]) == (
        "open", "visitor", "visitor")
    assert incident["topic"] == "billing" and incident["conversation_id"] == conv["id"]
    assert incident["summary"] == "Le délai indiqué ne correspond pas à mon contrat"
    assert incident["due_at"] > incident["created_at"] and not incident["overdue"]
    owned = client.get("/api/v1/incidents", params={"owner": "Service Facturation",
                                                    "status": "open"}, headers=agent).json()
    assert incident["id"] in {i["id"] for i in owned}
    assert all(i["owner_name"] == "Service Facturation" for i in owned)
    # The summary is encrypted at rest.
    with Session(engine) as session:
        raw = session.connection().exec_driver_sql(
            "SELECT summary FROM incidents WHERE id = '" + incident["id"] + "'").scalar()
    assert str(raw).startswith("enc1:") and "contrat" not in str(raw)


def test_when_incident_is_acknowledged_then_fixed_then_history_and_audit_say_so(
        client: TestClient, engine: Engine, demo_bot: Bot) -> None:
    conv, iid, agent = reported(client, engine, demo_bot)
    url = f"/api/v1/incidents/{iid}/transition"
    acked = client.post(url, json={"to": "acknowledged", "note": "Je vérifie"}, headers=agent)
    assert acked.status_code == 200 and acked.json()["status"] == "acknowledged"
    no_response = client.post(url, json={"to": "fixed"}, headers=agent)
    assert code(no_response) == (400, "incident.response_required")
    fixed = client.post(url, headers=agent, json={
        "to": "fixed", "response": "Le délai est de 30 jours fin de mois ; page corrigée.",
        "knowledge_change": "fr/facturation.md, version du 4 décembre"})
    assert fixed.status_code == 200, fixed.text
    assert fixed.json()["knowledge_change"] == "fr/facturation.md, version du 4 décembre"
    again = client.post(url, json={"to": "rejected"}, headers=agent)
    assert code(again) == (409, "incident.bad_transition")
    detail = client.get(f"/api/v1/incidents/{iid}", headers=agent).json()
    assert [(h["from_status"], h["to_status"]) for h in detail["history"]] == [
        (None, "open"), ("open", "acknowledged"), ("acknowledged", "fixed")]
    assert detail["history"][1]["note"] == "Je vérifie"
    assert detail["history"][1]["actor"].startswith("staff:")
    with Session(engine) as session:
        kinds = [e.kind for e in session.scalars(select(AuditEvent).where(
            AuditEvent.kind.like("incident.%")).order_by(AuditEvent.seq))
            if e.payload and e.payload.get("incident") == iid]
    assert kinds == ["incident.open", "incident.acknowledged", "incident.fixed"]


@pytest.mark.parametrize(("roles", "read", "handle", "counts"), [
    (("agent",), 200, 200, 200),
    (("reviewer",), 200, 200, 200),
    (("admin",), 200, 200, 200),
    # the DPO reads (a report may hold personal data) but does not answer for content
    (("dpo",), 200, 403, 200),
    # auditors see the governance figures only
    (("auditor",), 403, 403, 200),
])
def test_when_role_is_wrong_then_403(client: TestClient, engine: Engine, demo_bot: Bot,
                                     roles: tuple[str, ...], read: int, handle: int,
                                     counts: int) -> None:
    conv, answer = answered(client)
    report(client, conv, answer)
    iid = incident_on(client, bearer(engine, demo_bot, "agent"), answer)["id"]
    headers = bearer(engine, demo_bot, *roles)
    assert client.get("/api/v1/incidents", headers=headers).status_code == read
    assert client.get(f"/api/v1/incidents/{iid}", headers=headers).status_code == read
    moved = client.post(f"/api/v1/incidents/{iid}/transition", json={"to": "acknowledged"},
                        headers=headers)
    assert moved.status_code == handle
    assert client.get("/api/v1/incidents/counts", headers=headers).status_code == counts
    staff_report = client.post("/api/v1/agent/incidents", headers=headers,
                               json={"message_id": answer, "summary": "Vu en revue"})
    assert staff_report.status_code == (201 if handle == 200 else 403)
    assert client.get("/api/v1/incidents").status_code == 401


def test_when_staff_reports_an_answer_then_incident_is_theirs_and_routed(
        client: TestClient, engine: Engine, demo_bot: Bot) -> None:
    _, answer = answered(client)
    reviewer = bearer(engine, demo_bot, "reviewer")
    created = client.post("/api/v1/agent/incidents", headers=reviewer,
                          json={"message_id": answer, "summary": "Réponse incomplète"})
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["source"] == "staff" and body["reported_by"].startswith("staff:")
    assert body["owner_name"] == "Service Facturation" and len(body["history"]) == 1
    unknown = client.post("/api/v1/agent/incidents", headers=reviewer,
                          json={"message_id": "0" * 32})
    assert code(unknown) == (404, "incident.bad_message")
    missing = client.get(f"/api/v1/incidents/{'0' * 32}", headers=reviewer)
    assert code(missing) == (404, "incident.not_found")
    bad_status = client.get("/api/v1/incidents", params={"status": "closed"}, headers=reviewer)
    assert code(bad_status) == (422, "incident.bad_status")


def test_when_counted_then_each_status_and_overdue_are_given(
        client: TestClient, engine: Engine, demo_bot: Bot) -> None:
    auditor = bearer(engine, demo_bot, "auditor")
    before = client.get("/api/v1/incidents/counts", headers=auditor).json()
    conv, answer = answered(client)
    report(client, conv, answer)
    after = client.get("/api/v1/incidents/counts", headers=auditor).json()
    assert set(after) == {"open", "acknowledged", "fixed", "rejected", "overdue"}
    assert after["open"] == before["open"] + 1 and after["overdue"] == before["overdue"]


def test_when_subject_is_erased_then_their_incidents_are_gone(
        client: TestClient, engine: Engine, demo_bot: Bot) -> None:
    conv, iid, agent = reported(client, engine, demo_bot)
    auth = {"Authorization": f"Bearer {conv['token']}"}
    subject = client.get(f"/api/v1/conversations/{conv['id']}/export",
                         headers=auth).json()["subject"]
    dpo = bearer(engine, demo_bot, "dpo")
    erased = client.post(f"/api/v1/privacy/subjects/{subject}/erasure", headers=dpo)
    assert erased.status_code == 200, erased.text
    assert erased.json()["receipt"]["counts"]["incidents"] == 1
    assert code(client.get(f"/api/v1/incidents/{iid}", headers=agent)) == (
        404, "incident.not_found")
    with Session(engine) as session:
        assert session.get(Incident, iid) is None
        # the incident's audit events are redacted with the rest of the subject's
        redacted = [e for e in session.scalars(select(AuditEvent).where(
            AuditEvent.kind.like("incident.%"), AuditEvent.redacted_at.is_not(None)))]
        assert redacted and all(e.payload is None for e in redacted)


def test_when_fixed_by_a_knowledge_version_then_it_links_to_the_change_log(
        client: TestClient, engine: Engine, demo_bot: Bot) -> None:
    conv, iid, agent = reported(client, engine, demo_bot)
    url = f"/api/v1/incidents/{iid}/transition"
    unknown = client.post(url, headers=agent, json={
        "to": "fixed", "response": "Corrigé.", "knowledge_change": "0badc0ffee"})
    assert code(unknown) == (422, "incident.unknown_change")
    version = demo_bot.knowledge.version
    fixed = client.post(url, headers=agent, json={
        "to": "fixed", "response": "Corrigé.", "knowledge_change": version[:8].upper()})
    assert fixed.status_code == 200, fixed.text
    assert fixed.json()["knowledge_change"].startswith(f"knowledge {version} (")
