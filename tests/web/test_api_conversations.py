"""The visitor API contract of DESIGN.md, and every bad input it must refuse cleanly."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

MESSAGE_KEYS = {"id", "role", "text", "ai_generated", "created_at", "sources", "actions", "author"}


def open_conversation(client: TestClient, **body: Any) -> dict[str, Any]:
    response = client.post("/api/v1/conversations", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


def send(client: TestClient, conv: dict[str, Any], body: Any, token: str | None = None):  # type: ignore[no-untyped-def]
    return client.post(f"/api/v1/conversations/{conv['id']}/messages", json=body,
                       headers={"Authorization": f"Bearer {token or conv['token']}"})


def error_code(response: Any) -> str:
    return str(response.json()["detail"][0]["code"])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_when_conversation_opens_then_first_message_is_the_disclosure(client: TestClient,
                                                                       lang: str) -> None:
    conv = open_conversation(client, lang=lang)
    assert conv["state"] == "bot" and conv["lang"] == lang and conv["token"]
    first = conv["messages"][0]
    assert set(first) == MESSAGE_KEYS
    assert first["role"] == "bot" and first["ai_generated"] is True
    marker = {"fr": "assistant automatisé", "en": "automated assistant"}[lang]
    assert marker in first["text"]
    assert any(a["type"] == "handoff" for a in first["actions"])


def test_when_no_body_then_conversation_opens_in_the_default_language(client: TestClient) -> None:
    response = client.post("/api/v1/conversations")
    assert response.status_code == 201
    assert response.json()["lang"] == "fr"


def test_when_question_asked_then_turn_returns_visitor_and_cited_bot_message(
        client: TestClient) -> None:
    conv = open_conversation(client, lang="en")
    response = send(client, conv, {"text": "What are your payment terms for invoices?"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["state"] == "bot"
    visitor, bot = body["messages"]
    assert visitor["role"] == "visitor" and visitor["ai_generated"] is False
    assert bot["role"] == "bot" and bot["ai_generated"] is True
    assert bot["sources"] and {"title", "url", "owner"} <= set(bot["sources"][0])


def test_when_conversation_read_then_all_messages_in_order(client: TestClient) -> None:
    conv = open_conversation(client, lang="fr")
    send(client, conv, {"text": "Bonjour"})
    response = client.get(f"/api/v1/conversations/{conv['id']}",
                          headers={"Authorization": f"Bearer {conv['token']}"})
    assert response.status_code == 200
    roles = [m["role"] for m in response.json()["messages"]]
    assert roles == ["bot", "visitor", "bot"]


def test_when_handoff_button_then_waiting_for_human(client: TestClient) -> None:
    conv = open_conversation(client, lang="en")
    response = send(client, conv, {"action": {"type": "handoff"}})
    assert response.status_code == 200
    assert response.json()["state"] == "waiting_for_human"


@pytest.mark.parametrize(("body", "status", "code"), [
    ({"text": ""}, 422, "message.empty"),                      # empty
    ({"text": " \n\t\u200b "}, 422, "message.empty"),          # only blanks and invisibles
    ({"text": "x" * 2001}, 422, "message.too_long"),           # over the size limit
    ({}, 422, "request.invalid"),                              # neither text nor action
    ({"text": "hi", "action": {"type": "handoff"}}, 422, "request.invalid"),  # both
    ({"action": {"type": "launch_rockets"}}, 422, "action.unknown"),          # unknown action
    ({"text": 42}, 422, "request.invalid"),                    # wrong type
    ({"text": "hi", "extra": 1}, 422, "request.invalid"),      # unknown field
])
def test_when_bad_message_then_clear_4xx_and_nothing_written(
        client: TestClient, body: dict[str, Any], status: int, code: str) -> None:
    conv = open_conversation(client, lang="fr")
    response = send(client, conv, body)
    assert response.status_code == status, response.text
    assert error_code(response) == code
    after = client.get(f"/api/v1/conversations/{conv['id']}",
                       headers={"Authorization": f"Bearer {conv['token']}"}).json()
    assert len(after["messages"]) == 1  # the disclosure only: no half-written turn


@pytest.mark.parametrize(("content", "content_type"), [
    (b"{text:", "application/json"),                   # broken JSON
    (b'["a list"]', "application/json"),               # JSON, but not an object
    (b"text=hello", "application/x-www-form-urlencoded"),  # a form, as `curl -d` sends
])
def test_when_body_is_not_a_json_object_then_400(client: TestClient, content: bytes,
                                                  content_type: str) -> None:
    conv = open_conversation(client)
    response = client.post(f"/api/v1/conversations/{conv['id']}/messages", content=content,
                           headers={"Authorization": f"Bearer {conv['token']}",
                                    "Content-Type": content_type})
    assert response.status_code == 400
    assert error_code(response) == "request.invalid_json"


def test_when_text_has_a_lone_surrogate_then_it_is_dropped_not_a_500(client: TestClient) -> None:
    conv = open_conversation(client, lang="en")
    response = client.post(f"/api/v1/conversations/{conv['id']}/messages",
                           content=b'{"text": "hello \\ud800 there"}',
                           headers={"Authorization": f"Bearer {conv['token']}",
                                    "Content-Type": "application/json"})
    assert response.status_code == 200, response.text
    assert response.json()["messages"][0]["text"] == "hello  there"


def test_when_body_is_huge_then_413(client: TestClient) -> None:
    conv = open_conversation(client)
    response = send(client, conv, {"text": "x" * 200_000})
    assert response.status_code == 413
    assert error_code(response) == "request.too_large"


def test_when_unknown_conversation_then_404(client: TestClient) -> None:
    conv = open_conversation(client)
    response = client.post("/api/v1/conversations/deadbeef/messages", json={"text": "hi"},
                           headers={"Authorization": f"Bearer {conv['token']}"})
    assert response.status_code == 404
    assert error_code(response) == "conversation.not_found"


@pytest.mark.parametrize(("headers", "code"), [
    ({"Authorization": "Bearer wrong"}, "auth.invalid_token"),  # someone else's guess
    ({}, "auth.missing_token"),                                 # no header
    ({"Authorization": "Basic abc"}, "auth.missing_token"),     # not a bearer token
])
def test_when_token_is_wrong_or_missing_then_401(client: TestClient, headers: dict[str, str],
                                                 code: str) -> None:
    conv = open_conversation(client)
    for response in (
        client.post(f"/api/v1/conversations/{conv['id']}/messages", json={"text": "hi"},
                    headers=headers),
        client.get(f"/api/v1/conversations/{conv['id']}", headers=headers),
    ):
        assert response.status_code == 401
        assert error_code(response) == code


@pytest.mark.parametrize(("body", "code"), [
    ({"tenant": "nobody"}, "tenant.not_found"),  # unknown tenant
    ({"lang": "de"}, "request.invalid"),         # language not offered
    ({"channel": "Bad Channel!"}, "request.invalid"),
])
def test_when_conversation_body_is_bad_then_4xx(client: TestClient, body: dict[str, Any],
                                                code: str) -> None:
    response = client.post("/api/v1/conversations", json=body)
    assert 400 <= response.status_code < 500
    assert error_code(response) == code


def test_when_too_many_messages_then_429(client: TestClient, demo_bot: Any) -> None:
    conv = open_conversation(client, lang="en")
    limit = demo_bot.max_messages_per_minute
    responses = [send(client, conv, {"text": "thanks"}) for _ in range(limit + 1)]
    assert [r.status_code for r in responses[:limit]] == [200] * limit
    refused = responses[-1]
    assert (refused.status_code, error_code(refused)) == (429, "rate.limited")
    # When the conversation's minute ends, said in its language.
    seconds = int(refused.headers["retry-after"])
    assert 1 <= seconds <= 60
    assert refused.json()["detail"][0]["msg"] == (
        f"Too many messages in this conversation. Please wait {seconds} s before sending the "
        "next one.")


def test_when_probes_called_then_healthy_and_ready(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200, ready.text
    assert ready.json()["status"] == "ready"


def test_when_openapi_requested_then_contract_paths_are_documented(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/v1/conversations", "/api/v1/conversations/{conversation_id}/messages",
            "/api/v1/conversations/{conversation_id}"} <= set(paths)
