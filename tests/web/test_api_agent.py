"""The agent side over HTTP: queue, take, reply as a named person, hand back to the bot;
nothing lost, nothing duplicated, and the visitor sees every step."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, delete, select

from clairbot.conversation.bot import Bot
from clairbot.db import make_session_factory, transaction
from clairbot.handoff import assignment
from clairbot.staff.models import StaffMember
from clairbot.webhooks import service as webhooks
from clairbot.webhooks.models import WebhookDelivery, WebhookEndpoint
from clairbot.webhooks.schemas import WebhookEndpointCreate
from tests.factories import staff_token


@pytest.fixture
def agent(engine: Engine, demo_bot: Bot) -> dict[str, str]:
    return {"Authorization": f"Bearer {staff_token(engine, demo_bot, ['agent'])}"}


def visitor_asks_for_a_person(client: TestClient) -> tuple[dict[str, Any], dict[str, str]]:
    conv = client.post("/api/v1/conversations", json={"lang": "fr"}).json()
    headers = {"Authorization": f"Bearer {conv['token']}"}
    client.post(f"/api/v1/conversations/{conv['id']}/messages",
                json={"text": "je veux parler à un conseiller"}, headers=headers)
    return conv, headers


def transcript(client: TestClient, conv: dict[str, Any], headers: dict[str, str]) -> Any:
    return client.get(f"/api/v1/conversations/{conv['id']}", headers=headers).json()


def test_when_agent_takes_replies_and_hands_back_then_visitor_sees_each_step(
        client: TestClient, agent: dict[str, str]) -> None:
    conv, visitor = visitor_asks_for_a_person(client)
    queue = client.get("/api/v1/agent/queue", headers=agent).json()
    item = next(i for i in queue if i["conversation_id"] == conv["id"])
    assert item["reason"] == "visitor_request" and item["position"] >= 1
    base = f"/api/v1/agent/conversations/{conv['id']}"
    assert client.post(f"{base}/take", headers=agent).json()["state"] == "with_human"
    sent = client.post(f"{base}/messages", json={"text": "Bonjour, je regarde votre commande."},
                       headers=agent)
    assert sent.status_code == 200, sent.text
    # While a person has the conversation, the bot stays silent.
    turn = client.post(f"/api/v1/conversations/{conv['id']}/messages",
                       json={"text": "Merci !"}, headers=visitor).json()
    assert turn["state"] == "with_human" and [m["role"] for m in turn["messages"]] == ["visitor"]
    assert client.post(f"{base}/hand-back", headers=agent).json()["state"] == "bot"
    answer = client.post(f"/api/v1/conversations/{conv['id']}/messages",
                         json={"text": "Quels sont vos délais de paiement ?"},
                         headers=visitor).json()
    assert answer["messages"][-1]["sources"]
    seen = transcript(client, conv, visitor)["messages"]
    agent_messages = [m for m in seen if m["role"] == "agent"]
    assert len(agent_messages) == 1
    assert agent_messages[0]["ai_generated"] is False
    assert agent_messages[0]["author"] == {"name": "Julie Martin", "role": "agent"}
    assert len({m["id"] for m in seen}) == len(seen)
    assert all(m["ai_generated"] for m in seen if m["role"] == "bot")


def test_when_agent_releases_then_conversation_waits_again_in_the_queue(
        client: TestClient, agent: dict[str, str]) -> None:
    conv, visitor = visitor_asks_for_a_person(client)
    base = f"/api/v1/agent/conversations/{conv['id']}"
    client.post(f"{base}/take", headers=agent)
    assert client.post(f"{base}/release", headers=agent).json()["state"] == "waiting_for_human"
    queue = client.get("/api/v1/agent/queue", headers=agent).json()
    assert conv["id"] in {i["conversation_id"] for i in queue}
    assert transcript(client, conv, visitor)["messages"][-1]["role"] == "system"


def test_when_a_second_agent_tries_to_take_it_then_conflict(
        client: TestClient, agent: dict[str, str], engine: Engine, demo_bot: Bot) -> None:
    conv, _ = visitor_asks_for_a_person(client)
    other = {"Authorization": f"Bearer {staff_token(engine, demo_bot, ['agent'], name='Paul')}"}
    base = f"/api/v1/agent/conversations/{conv['id']}"
    client.post(f"{base}/take", headers=agent)
    taken = client.post(f"{base}/take", headers=other)
    assert taken.status_code == 409 and taken.json()["detail"][0]["code"] == "handoff.taken"
    refused = client.post(f"{base}/messages", json={"text": "hi"}, headers=other)
    assert refused.status_code == 409


def test_when_handoff_events_happen_then_webhooks_are_queued_without_personal_data(
        client: TestClient, agent: dict[str, str], engine: Engine, demo_bot: Bot) -> None:
    sessions = make_session_factory(engine)
    with transaction(sessions) as session:
        endpoint = webhooks.create_endpoint(
            session=session, tenant_id=demo_bot.tenant_id,
            endpoint_in=WebhookEndpointCreate(
                url="http://127.0.0.1:9/hook",  # type: ignore[arg-type]
                event_types=["handoff.requested", "ticket.created", "handoff.accepted",
                             "handoff.resolved"]))
        endpoint_id = endpoint.id
    try:
        conv, _ = visitor_asks_for_a_person(client)
        base = f"/api/v1/agent/conversations/{conv['id']}"
        client.post(f"{base}/take", headers=agent)
        client.post(f"{base}/hand-back", headers=agent)
        with sessions() as session:
            events = [d for d in session.scalars(select(WebhookDelivery).where(
                WebhookDelivery.endpoint_id == endpoint_id))
                if d.payload.get("conversation_id") == conv["id"]]
    finally:
        # The test database is shared by the whole run: leave no endpoint behind.
        with transaction(sessions) as session:
            session.execute(delete(WebhookDelivery).where(
                WebhookDelivery.endpoint_id == endpoint_id))
            session.execute(delete(WebhookEndpoint).where(WebhookEndpoint.id == endpoint_id))
    kinds = [e.event_type for e in events]
    assert kinds[0] in ("handoff.requested", "ticket.created")
    assert kinds[1:] == ["handoff.accepted", "handoff.resolved"]
    for event in events:
        assert set(event.payload) <= webhooks.PAYLOAD_KEYS
        assert "conseiller" not in str(event.payload)  # the visitor's words never leave


def cancel(client: TestClient, conv: dict[str, Any], headers: dict[str, str]) -> Any:
    response = client.post(f"/api/v1/conversations/{conv['id']}/messages",
                           json={"action": {"type": "handoff_cancel"}}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_when_the_visitor_cancels_before_anyone_takes_it_then_it_leaves_the_queue(
        client: TestClient, agent: dict[str, str]) -> None:
    conv, visitor = visitor_asks_for_a_person(client)
    asked = transcript(client, conv, visitor)["messages"][-1]
    assert {"type": "handoff_cancel", "label": "Non merci, continuer avec l'assistant"} in \
        asked["actions"]
    turn = cancel(client, conv, visitor)
    assert turn["state"] == "bot"
    said, reply = turn["messages"]
    assert said["role"] == "visitor" and said["text"] == "Non merci, je continue avec l'assistant"
    assert reply["ai_generated"] and "votre demande est annulée" in reply["text"]
    assert [a["type"] for a in reply["actions"]] == ["handoff"]
    queue = client.get("/api/v1/agent/queue", headers=agent).json()
    assert conv["id"] not in {i["conversation_id"] for i in queue}
    taken = client.post(f"/api/v1/agent/conversations/{conv['id']}/take", headers=agent)
    assert taken.status_code == 409
    assert taken.json()["detail"][0]["code"] == "handoff.not_requested"


def test_when_the_visitor_cancels_after_an_agent_took_it_then_200_and_nothing_changes(
        client: TestClient, agent: dict[str, str]) -> None:
    conv, visitor = visitor_asks_for_a_person(client)
    base = f"/api/v1/agent/conversations/{conv['id']}"
    client.post(f"{base}/take", headers=agent)
    turn = cancel(client, conv, visitor)
    assert turn["state"] == "with_human"
    assert "a déjà repris cette conversation" in turn["messages"][-1]["text"]
    # Still the agent's: they reply and hand back as usual.
    sent = client.post(f"{base}/messages", json={"text": "Je suis là."}, headers=agent)
    assert sent.status_code == 200, sent.text


def test_when_there_is_nothing_to_cancel_then_200_and_the_visitor_is_told(
        client: TestClient) -> None:
    conv = client.post("/api/v1/conversations", json={"lang": "en"}).json()
    turn = cancel(client, conv, {"Authorization": f"Bearer {conv['token']}"})
    assert turn["state"] == "bot"
    assert "There is no request for a person to cancel" in turn["messages"][-1]["text"]


@pytest.mark.parametrize(("roles", "status"), [
    (["reviewer"], 403),   # not an agent
    (["dpo"], 403),        # not an agent
])
def test_when_staff_is_not_an_agent_then_forbidden(client: TestClient, engine: Engine,
                                                   demo_bot: Bot, roles: list[str],
                                                   status: int) -> None:
    headers = {"Authorization": f"Bearer {staff_token(engine, demo_bot, roles)}"}
    assert client.get("/api/v1/agent/queue", headers=headers).status_code == status


@pytest.mark.parametrize(("headers", "code"), [
    ({}, "auth.missing_token"),
    ({"Authorization": "Bearer nope"}, "auth.invalid_token"),
])
def test_when_no_valid_staff_token_then_401(client: TestClient, headers: dict[str, str],
                                            code: str) -> None:
    response = client.get("/api/v1/agent/queue", headers=headers)
    assert response.status_code == 401 and response.json()["detail"][0]["code"] == code


def test_when_visitor_token_used_on_agent_api_then_refused(client: TestClient) -> None:
    conv, visitor = visitor_asks_for_a_person(client)
    assert client.get("/api/v1/agent/queue", headers=visitor).status_code == 401


def set_available(client: TestClient, headers: dict[str, str], available: bool) -> Any:
    response = client.post("/api/v1/agent/availability", json={"available": available},
                           headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_when_agent_marks_availability_then_their_state_follows(
        client: TestClient, agent: dict[str, str]) -> None:
    became = set_available(client, agent, True)
    try:
        assert became["available"] is True and became["display_name"] == "Julie Martin"
        assert became["languages"] == ["fr", "en"]
    finally:
        # The test database is shared by the whole run: leave nobody available.
        assert set_available(client, agent, False)["available"] is False


@pytest.mark.parametrize(("body", "status"), [
    ({"available": "maybe"}, 422),                 # not a boolean
    ({}, 422),                                     # missing
    ({"available": True, "busy": True}, 422),      # unknown field
])
def test_when_availability_body_is_wrong_then_422(client: TestClient, agent: dict[str, str],
                                                  body: dict[str, Any], status: int) -> None:
    response = client.post("/api/v1/agent/availability", json=body, headers=agent)
    assert response.status_code == status


def test_when_admin_without_agent_role_becomes_available_then_forbidden(
        client: TestClient, engine: Engine, demo_bot: Bot) -> None:
    # Admins may act on conversations but are never suggested: they cannot claim to wait.
    admin = {"Authorization": f"Bearer {staff_token(engine, demo_bot, ['admin'])}"}
    response = client.post("/api/v1/agent/availability", json={"available": True},
                           headers=admin)
    assert response.status_code == 403
    assert response.json()["detail"][0]["code"] == "auth.forbidden"


def test_when_an_agent_is_available_then_queue_items_suggest_one(
        client: TestClient, agent: dict[str, str], engine: Engine, demo_bot: Bot) -> None:
    conv, _ = visitor_asks_for_a_person(client)
    me = set_available(client, agent, True)
    try:
        queue = client.get("/api/v1/agent/queue", headers=agent).json()
        with make_session_factory(engine)() as session:
            expected = {h.id: agent_id for h, agent_id in assignment.offer_next(
                session=session, tenant_id=demo_bot.tenant_id)}
            available = set(session.scalars(select(StaffMember.id).where(
                StaffMember.tenant_id == demo_bot.tenant_id,
                StaffMember.available.is_(True))))
    finally:
        set_available(client, agent, False)
    item = next(i for i in queue if i["conversation_id"] == conv["id"])
    # Someone is available (at least this agent), so every waiting conversation gets one.
    assert me["id"] in available
    assert item["suggested_agent_id"] in available
    assert {i["handoff_id"]: i["suggested_agent_id"] for i in queue} == expected
    if available == {me["id"]}:  # alone, unless another test left someone available
        assert item["suggested_agent_id"] == me["id"]


def test_when_agent_adds_notes_then_listed_with_author_and_never_shown_to_visitor(
        client: TestClient, agent: dict[str, str]) -> None:
    conv, visitor = visitor_asks_for_a_person(client)
    base = f"/api/v1/agent/conversations/{conv['id']}"
    added = client.post(f"{base}/notes", json={"text": "Client pressé, commande 4411."},
                        headers=agent)
    assert added.status_code == 200, added.text
    assert added.json()["author"] == "Julie Martin"
    listed = client.get(f"{base}/notes", headers=agent).json()
    assert [(n["author"], n["text"]) for n in listed] == [
        ("Julie Martin", "Client pressé, commande 4411.")]
    seen = transcript(client, conv, visitor)
    assert "4411" not in str(seen)
    # Neither in the agent's transcript: notes live beside it, not in it.
    assert "4411" not in client.get(base, headers=agent).text


@pytest.mark.parametrize(("body", "status", "code"), [
    ({"text": "  "}, 422, "note.empty"),                   # blank
    ({"text": "x" * 2001}, 422, "note.too_long"),          # over the limit
])
def test_when_note_is_refused_then_422_with_code(client: TestClient, agent: dict[str, str],
                                                 body: dict[str, Any], status: int,
                                                 code: str) -> None:
    conv, _ = visitor_asks_for_a_person(client)
    response = client.post(f"/api/v1/agent/conversations/{conv['id']}/notes", json=body,
                           headers=agent)
    assert response.status_code == status
    assert response.json()["detail"][0]["code"] == code


def test_when_visitor_token_used_on_notes_then_refused(client: TestClient) -> None:
    conv, visitor = visitor_asks_for_a_person(client)
    response = client.get(f"/api/v1/agent/conversations/{conv['id']}/notes", headers=visitor)
    assert response.status_code == 401


def test_when_agent_reads_context_then_reason_consents_and_answer_details(
        client: TestClient, agent: dict[str, str]) -> None:
    conv = client.post("/api/v1/conversations", json={"lang": "fr"}).json()
    visitor = {"Authorization": f"Bearer {conv['token']}"}
    path = f"/api/v1/conversations/{conv['id']}/messages"
    client.post(path, json={"text": "Quels sont vos délais de paiement ?"}, headers=visitor)
    client.post(path, json={"action": {"type": "consent", "purpose": "callback",
                                       "decision": "granted"}}, headers=visitor)
    client.post(path, json={"text": "je veux parler à un conseiller"}, headers=visitor)
    response = client.get(f"/api/v1/agent/conversations/{conv['id']}/context", headers=agent)
    assert response.status_code == 200, response.text
    context = response.json()
    assert context["handoff"]["reason"] == "visitor_request"
    assert set(context["handoff"]) == {"reason", "detail", "kind", "topic", "created_at"}
    assert [(c["purpose"], c["decision"]) for c in context["consents"]] == [
        ("callback", "granted")]
    assert set(context["consents"][0]) == {"purpose", "decision", "text_version", "when"}
    answered = [a for a in context["answers"] if a["kind"] == "answer"]
    assert answered and answered[0]["sources"] and 0 < answered[0]["confidence"] <= 1
    assert answered[0]["intent"]
    for answer in context["answers"]:
        # Only the chosen fields, never the message's whole record (decisions, passages...).
        assert set(answer) == {"message_id", "kind", "confidence", "intent", "sources"}
    assert "conseiller" not in response.text  # no visitor words either


def test_when_agent_types_then_only_the_holder_may_signal_it(
        client: TestClient, agent: dict[str, str], engine: Engine, demo_bot: Bot) -> None:
    conv, _ = visitor_asks_for_a_person(client)
    base = f"/api/v1/agent/conversations/{conv['id']}"
    assert client.post(f"{base}/typing", headers=agent).status_code == 409  # not taken yet
    assert client.post(f"{base}/take", headers=agent).status_code == 200
    assert client.post(f"{base}/typing", headers=agent).status_code == 204
    other = {"Authorization": f"Bearer {staff_token(engine, demo_bot, name='Paul Girard')}"}
    refused = client.post(f"{base}/typing", headers=other)
    assert refused.status_code == 409
    assert refused.json()["detail"][0]["code"] == "handoff.not_yours"


@pytest.mark.parametrize(("method", "path"), [
    ("GET", ""),          # the transcript
    ("GET", "/notes"),    # the staff notes
    ("POST", "/notes"),   # annotating it
    ("GET", "/context"),  # consents and answer confidence
])
def test_when_a_conversation_was_never_handed_off_then_agents_cannot_read_or_annotate_it(
        client: TestClient, agent: dict[str, str], method: str, path: str) -> None:
    """Least privilege: a conversation only ever with the bot is none of an agent's business
    (answered as unknown); once its visitor asked for a person, it is."""
    conv = client.post("/api/v1/conversations", json={"lang": "fr"}).json()
    visitor = {"Authorization": f"Bearer {conv['token']}"}
    client.post(f"/api/v1/conversations/{conv['id']}/messages",
                json={"text": "Quels sont vos délais de paiement ?"}, headers=visitor)
    url = f"/api/v1/agent/conversations/{conv['id']}{path}"
    body = {"text": "rappeler demain"} if method == "POST" else None
    refused = client.request(method, url, json=body, headers=agent)
    assert refused.status_code == 404
    assert refused.json()["detail"][0]["code"] == "conversation.not_found"
    client.post(f"/api/v1/conversations/{conv['id']}/messages",
                json={"text": "je veux parler à un conseiller"}, headers=visitor)
    assert client.request(method, url, json=body, headers=agent).status_code == 200
