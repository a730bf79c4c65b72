"""`POST /api/v1/conversations/{id}/feedback`: 201 on good feedback, each refusal's code."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.web.test_api_conversations import error_code, open_conversation, send


def answered(client: TestClient) -> tuple[dict[str, Any], str]:
    """An open conversation with one answered question, and the answer's id."""
    conv = open_conversation(client, lang="en")
    turn = send(client, conv, {"text": "What are your payment terms for invoices?"})
    assert turn.status_code == 200, turn.text
    return conv, next(m["id"] for m in turn.json()["messages"] if m["role"] == "bot")


def rate(client: TestClient, conv: dict[str, Any], body: Any, token: str | None = None):  # type: ignore[no-untyped-def]
    return client.post(f"/api/v1/conversations/{conv['id']}/feedback", json=body,
                       headers={"Authorization": f"Bearer {token or conv['token']}"})


def test_when_feedback_is_good_then_201_with_id_kind_and_time(client: TestClient) -> None:
    conv, answer = answered(client)
    response = rate(client, conv, {"kind": "thumbs_up", "message_id": answer})
    assert response.status_code == 201, response.text
    assert set(response.json()) == {"id", "kind", "created_at"}
    assert response.json()["kind"] == "thumbs_up"
    report = rate(client, conv, {"kind": "problem", "message_id": answer, "comment": "Old link"})
    assert report.status_code == 201
    assert rate(client, conv, {"kind": "csat", "score": 5}).status_code == 201


@pytest.mark.parametrize(("body", "status", "code"), [
    ({"kind": "stars"}, 422, "feedback.bad_kind"),
    ({"kind": "thumbs_down", "message_id": "0" * 32}, 422, "feedback.bad_message"),
    ({"kind": "csat", "score": 9}, 422, "feedback.bad_score"),
    ({"kind": "problem", "message_id": "ANSWER", "comment": "x" * 1001}, 422,
     "feedback.comment_too_long"),
    ({"kind": "thumbs_up", "message_id": "ANSWER"}, 409, "feedback.already_given"),
    ({"kind": "csat", "score": "lots"}, 422, "request.invalid"),
    ({"kind": "csat", "score": 3, "extra": 1}, 422, "request.invalid"),
])
def test_when_feedback_is_bad_then_refused_with_its_code(
        client: TestClient, body: dict[str, Any], status: int, code: str) -> None:
    conv, answer = answered(client)
    assert rate(client, conv, {"kind": "thumbs_down", "message_id": answer}).status_code == 201
    body = {k: answer if v == "ANSWER" else v for k, v in body.items()}
    response = rate(client, conv, body)
    assert (response.status_code, error_code(response)) == (status, code), response.text


def test_when_token_is_wrong_or_missing_or_conversation_unknown_then_refused(
        client: TestClient) -> None:
    conv, answer = answered(client)
    other = open_conversation(client)
    body = {"kind": "thumbs_up", "message_id": answer}
    wrong = rate(client, conv, body, token=other["token"])
    assert (wrong.status_code, error_code(wrong)) == (401, "auth.invalid_token")
    missing = client.post(f"/api/v1/conversations/{conv['id']}/feedback", json=body)
    assert (missing.status_code, error_code(missing)) == (401, "auth.missing_token")
    unknown = rate(client, {**conv, "id": "f" * 32}, body)
    assert (unknown.status_code, error_code(unknown)) == (404, "conversation.not_found")
    # Another conversation's answer cannot be rated with this token.
    stolen = rate(client, other, body)
    assert (stolen.status_code, error_code(stolen)) == (422, "feedback.bad_message")
