"""Data-subject requests: the one-month deadline, and the DPO's API (role `dpo` only)."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from clairbot.conversation.bot import Bot
from clairbot.lifecycle.requests import due_date
from tests.factories import staff_token

UTC = dt.UTC


@pytest.mark.parametrize(("asked", "due"), [
    (dt.datetime(2026, 11, 28, 12, tzinfo=UTC), dt.datetime(2026, 12, 28, 12, tzinfo=UTC)),
    (dt.datetime(2026, 12, 15, 9, tzinfo=UTC), dt.datetime(2027, 1, 15, 9, tzinfo=UTC)),
    (dt.datetime(2027, 1, 31, 9, tzinfo=UTC), dt.datetime(2027, 2, 28, 9, tzinfo=UTC)),
    (dt.datetime(2028, 1, 30, 9, tzinfo=UTC), dt.datetime(2028, 2, 29, 9, tzinfo=UTC)),
])
def test_when_a_request_arrives_then_it_is_due_one_month_later(asked: dt.datetime,
                                                               due: dt.datetime) -> None:
    assert due_date(asked) == due


def visitor_with_data(client: TestClient) -> tuple[str, str]:
    created = client.post("/api/v1/conversations", json={"lang": "en"}).json()
    auth = {"Authorization": f"Bearer {created['token']}"}
    client.post(f"/api/v1/conversations/{created['id']}/messages", headers=auth,
                json={"text": "What are your payment terms?"})
    subject = client.get(f"/api/v1/conversations/{created['id']}/export",
                         headers=auth).json()["subject"]
    return created["id"], subject


def test_when_staff_is_not_dpo_then_privacy_api_is_refused(client: TestClient, engine: Engine,
                                                           demo_bot: Bot) -> None:
    agent = {"Authorization": f"Bearer {staff_token(engine, demo_bot, roles=['agent'])}"}
    _, subject = visitor_with_data(client)
    for response in (client.get(f"/api/v1/privacy/subjects/{subject}/export", headers=agent),
                     client.post(f"/api/v1/privacy/subjects/{subject}/erasure", headers=agent),
                     client.get("/api/v1/privacy/requests", headers=agent)):
        assert response.status_code == 403, response.text
    assert client.get("/api/v1/privacy/requests").status_code == 401


def test_when_dpo_exports_and_erases_then_requests_list_them_with_deadlines(
        client: TestClient, engine: Engine, demo_bot: Bot) -> None:
    dpo = {"Authorization": f"Bearer {staff_token(engine, demo_bot, roles=['dpo'])}"}
    cid, subject = visitor_with_data(client)
    exported = client.get(f"/api/v1/privacy/subjects/{subject}/export?format=html&lang=en",
                          headers=dpo)
    assert exported.status_code == 200 and "What are your payment terms?" in exported.text
    erased = client.post(f"/api/v1/privacy/subjects/{subject}/erasure", headers=dpo)
    assert erased.status_code == 200, erased.text
    receipt = erased.json()["receipt"]
    assert receipt["erased_by"].startswith("staff:") and receipt["counts"]["conversations"] == 1
    again = client.post(f"/api/v1/privacy/subjects/{subject}/erasure", headers=dpo)
    assert again.status_code == 404
    assert again.json()["detail"][0]["code"] == "subject.not_found"

    listed = client.get("/api/v1/privacy/requests?status=done", headers=dpo).json()
    mine = [r for r in listed if r["id"] == receipt["id"]]
    assert mine and mine[0]["kind"] == "erasure" and mine[0]["result"]["erased"]
    assert all(subject not in str(r) and cid not in str(r) for r in listed)
    dues = [r["due_at"] for r in listed]
    assert dues == sorted(dues)
    for r in listed:
        asked = dt.datetime.fromisoformat(r["requested_at"])
        assert dt.datetime.fromisoformat(r["due_at"]) == due_date(asked)
