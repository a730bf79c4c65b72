"""The console's incidents page: counts on top, incidents listed for staff who may read
them, and form actions guarded by the session's CSRF token."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from clairbot.conversation.bot import Bot
from tests.incidents.test_api import answered, bearer, report
from tests.web.test_console import make_staff, sign_in


@pytest.fixture
def browser(client: TestClient) -> TestClient:
    """A client with its own cookie jar, on plain http to localhost (see tests/web)."""
    return TestClient(client.app, base_url="http://localhost", follow_redirects=False)


def csrf_field(page: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, page
    return found.group(1)


def test_when_signed_out_then_the_page_sends_to_sign_in(browser: TestClient) -> None:
    response = browser.get("/console/incidents?lang=en")
    assert response.status_code == 303
    assert response.headers["location"] == "/console/login?lang=en"


def test_when_agent_fixes_an_incident_from_the_page_then_it_is_fixed(
        client: TestClient, browser: TestClient, engine: Engine, demo_bot: Bot) -> None:
    conv, answer = answered(client)
    report(client, conv, answer)
    iid = next(i["id"] for i in client.get("/api/v1/incidents", headers=bearer(
        engine, demo_bot, "agent")).json() if i["message_id"] == answer)
    sign_in(browser, make_staff(engine, demo_bot, ["agent"], name="Léa Garnier"))
    page = browser.get("/console/incidents?lang=fr")
    assert page.status_code == 200
    assert f'id="incident-{iid}"' in page.text and "Service Facturation" in page.text
    assert "Suivi (gouvernance)" in page.text and 'href="/console/incidents?lang=fr"' in page.text
    token = csrf_field(page.text)
    url = f"/console/incidents/{iid}/transition"

    forged = browser.post(url, data={"to": "acknowledged", "lang": "fr"})
    assert forged.status_code == 403 and "La page a expiré" in forged.text
    empty = browser.post(url, data={"to": "fixed", "lang": "fr", "csrf_token": token})
    assert empty.status_code == 400 and "écrivez la réponse du responsable" in empty.text
    fixed = browser.post(url, data={"to": "fixed", "lang": "fr", "csrf_token": token,
                                    "response": "Délai corrigé.",
                                    "knowledge_change": "fr/facturation.md v2"})
    assert fixed.status_code == 303
    assert fixed.headers["location"] == (
        f"/console/incidents?lang=fr&done=fixed#incident-{iid}")
    shown = browser.get("/console/incidents?lang=fr&done=fixed&status=fixed")
    assert "L&#39;incident est marqué corrigé." in shown.text
    assert "fr/facturation.md v2" in shown.text and "Léa Garnier" in shown.text
    twice = browser.post(url, data={"to": "rejected", "lang": "fr", "csrf_token": token})
    assert twice.status_code == 409


def test_when_auditor_opens_the_page_then_only_counts_show_in_english(
        client: TestClient, browser: TestClient, engine: Engine, demo_bot: Bot) -> None:
    conv, answer = answered(client)
    report(client, conv, answer, comment="secret detail")
    sign_in(browser, make_staff(engine, demo_bot, ["auditor"]))
    page = browser.get("/console/incidents?lang=en")
    assert page.status_code == 200
    assert "Follow-up (governance)" in page.text and "figures only" in page.text
    assert "secret detail" not in page.text and "data-incident=" not in page.text
    token = csrf_field(page.text)
    refused = browser.post("/console/incidents/" + "0" * 32 + "/transition",
                           data={"to": "acknowledged", "lang": "en", "csrf_token": token})
    assert refused.status_code == 403 and "does not allow handling incidents" in refused.text
