"""The agent console: sign-in with throttling, session cookie + CSRF on the agent API, the
queue page in French and English, and sign-out."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from clairbot.conversation.bot import Bot
from clairbot.db import make_session_factory, transaction
from clairbot.privacy.crypto import KEYS
from clairbot.staff import service as staff
from clairbot.staff.auth import SECURE_SESSION_COOKIE, SESSION_COOKIE
from clairbot.staff.models import LoginAttempt
from clairbot.staff.service import EMAIL_HASH

PASSWORD = "correct horse battery staple"


def make_staff(engine: Engine, bot: Bot, roles: list[str], name: str = "Julie Martin") -> str:
    email = f"{uuid.uuid4().hex[:8]}@verdalis.example"
    with transaction(make_session_factory(engine)) as session:
        staff.add(session=session, tenant_id=bot.tenant_id, email=email, display_name=name,
                  roles=roles, languages=["fr", "en"], password=PASSWORD, actor=None)
    return email


@pytest.fixture
def browser(client: TestClient) -> TestClient:
    """A client of its own (its own cookie jar) on plain http to localhost, like `demo`.

    Not entered with `with`: the app's lifespan belongs to the shared `client`, and ending
    it here would close the shared real-time broker."""
    return TestClient(client.app, base_url="http://localhost", follow_redirects=False)


def sign_in(browser: TestClient, email: str, password: str = PASSWORD,
            **headers: str) -> object:
    return browser.post("/console/login", data={"email": email, "password": password,
                                                "lang": "fr"}, headers=headers)


def csrf_of(page: str) -> str:
    marker = '<meta name="csrf-token" content="'
    start = page.index(marker) + len(marker)
    return page[start:page.index('"', start)]


@pytest.mark.parametrize(("query", "accept", "expected"), [
    ("", None, "Mot de passe"),                  # default: French
    ("?lang=en", None, "Password"),              # explicit query
    ("", "en-GB,en;q=0.9,fr;q=0.5", "Password"),  # browser preference
    ("?lang=fr", "en", "Mot de passe"),          # the query wins over the header
])
def test_when_login_page_requested_then_rendered_in_the_language(
        browser: TestClient, demo_bot: Bot, query: str, accept: str | None,
        expected: str) -> None:
    headers = {"Accept-Language": accept} if accept else {}
    page = browser.get(f"/console/login{query}", headers=headers)
    assert page.status_code == 200
    assert expected in page.text and 'for="password"' in page.text
    assert f'name="tenant" value="{demo_bot.tenant_id}"' in page.text


def test_when_password_is_wrong_then_401_recorded_and_throttled_after_five(
        browser: TestClient, engine: Engine, demo_bot: Bot) -> None:
    email = make_staff(engine, demo_bot, ["agent"])
    first = browser.post("/console/login", data={"email": email, "password": "nope"})
    assert first.status_code == 401
    assert "Adresse e-mail ou mot de passe incorrect." in first.text
    assert SESSION_COOKIE not in first.cookies
    with make_session_factory(engine)() as session:
        failures = session.scalar(select(func.count()).select_from(LoginAttempt).where(
            LoginAttempt.email_hash == KEYS.require().keyed_hash(email, context=EMAIL_HASH),
            LoginAttempt.succeeded.is_(False)))
    assert failures == 1  # committed although the sign-in failed
    for _ in range(4):
        assert browser.post("/console/login",
                            data={"email": email, "password": "nope"}).status_code == 401
    # Even the right password is refused now: throttled without checking it.
    throttled = browser.post("/console/login", data={"email": email, "password": PASSWORD})
    assert throttled.status_code == 429 and "15 minutes" in throttled.text


def test_when_login_comes_from_another_origin_then_refused(
        browser: TestClient, engine: Engine, demo_bot: Bot) -> None:
    email = make_staff(engine, demo_bot, ["agent"])
    response = browser.post("/console/login", data={"email": email, "password": PASSWORD},
                            headers={"Origin": "https://evil.example"})
    assert response.status_code == 403 and SESSION_COOKIE not in response.cookies


def test_when_login_succeeds_then_httponly_samesite_cookie_and_redirect(
        browser: TestClient, engine: Engine, demo_bot: Bot) -> None:
    email = make_staff(engine, demo_bot, ["agent"])
    response = browser.post("/console/login", data={"email": email, "password": PASSWORD,
                                                     "lang": "en"},
                            headers={"Origin": "http://localhost"})
    assert response.status_code == 303 and response.headers["location"] == "/console?lang=en"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=")
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain http to localhost: a Secure cookie would be lost


@pytest.mark.parametrize(("base_url", "name"), [
    ("https://clairbot.example", SECURE_SESSION_COOKIE),  # HTTPS: the __Host- cookie
    ("http://clairbot.example", SESSION_COOKIE),  # plain http to a remote host: still Secure
])
def test_when_login_over_a_non_local_host_then_cookie_is_secure(
        client: TestClient, engine: Engine, demo_bot: Bot, base_url: str, name: str) -> None:
    email = make_staff(engine, demo_bot, ["agent"])
    remote = TestClient(client.app, base_url=base_url, follow_redirects=False)
    response = remote.post("/console/login", data={"email": email, "password": PASSWORD})
    assert response.status_code == 303
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{name}=") and "Secure" in cookie and "Path=/" in cookie
    assert "Domain" not in cookie and "HttpOnly" in cookie


def test_when_the_console_is_used_over_https_then_only_the_host_cookie_counts(
        client: TestClient, engine: Engine, demo_bot: Bot) -> None:
    browser = TestClient(client.app, base_url="https://clairbot.example",
                         follow_redirects=False)
    sign_in(browser, make_staff(engine, demo_bot, ["agent"]))
    value = browser.cookies[SECURE_SESSION_COOKIE]
    csrf = csrf_of(browser.get("/console").text)
    assert browser.get("/api/v1/agent/queue").status_code == 200
    browser.cookies.clear()
    # The same session under the plain name, as a sibling site or plain-http page could plant
    # it: not read over HTTPS.
    planted = {"Cookie": f"{SESSION_COOKIE}={value}"}
    refused = browser.get("/api/v1/agent/queue", headers=planted)
    assert refused.status_code == 401
    assert browser.get("/console", headers=planted).status_code == 303
    assert browser.get("/console/incidents", headers=planted).status_code == 303
    own = {"Cookie": f"{SECURE_SESSION_COOKIE}={value}"}
    assert browser.get("/console/incidents", headers=own).status_code == 200
    out = browser.post("/console/logout", data={"csrf_token": csrf}, headers=own)
    assert out.status_code == 303
    # Deleted with the attributes it was set with, or browsers would ignore the deletion.
    deleted = out.headers["set-cookie"]
    assert deleted.startswith(f"{SECURE_SESSION_COOKIE}=") and "Max-Age=0" in deleted
    assert "Secure" in deleted and "Path=/" in deleted
    assert browser.get("/api/v1/agent/queue", headers=own).status_code == 401


def test_when_console_opened_without_session_then_redirected_to_login(
        browser: TestClient) -> None:
    response = browser.get("/console?lang=en")
    assert response.status_code == 303
    assert response.headers["location"] == "/console/login?lang=en"


def test_when_console_opened_with_session_then_queue_page_with_csrf_meta(
        browser: TestClient, engine: Engine, demo_bot: Bot) -> None:
    sign_in(browser, make_staff(engine, demo_bot, ["agent"]))
    page = browser.get("/console?lang=en")
    assert page.status_code == 200
    assert csrf_of(page.text) and "Queue" in page.text and 'aria-live="polite"' in page.text
    assert "Julie Martin" in page.text and "/static/console/console.js" in page.text
    assert browser.get("/static/console/console.js").status_code == 200
    assert "handleEvent" in browser.get("/static/console/console.js").text


def test_when_staff_is_not_an_agent_then_console_says_so(
        browser: TestClient, engine: Engine, demo_bot: Bot) -> None:
    sign_in(browser, make_staff(engine, demo_bot, ["reviewer"]))
    page = browser.get("/console?lang=en")
    assert page.status_code == 403 and "agent role" in page.text


def test_when_cookie_post_lacks_csrf_then_403_and_with_it_agent_can_take_and_reply(
        browser: TestClient, client: TestClient, engine: Engine, demo_bot: Bot) -> None:
    sign_in(browser, make_staff(engine, demo_bot, ["agent"], name="Camille Roux"))
    csrf = csrf_of(browser.get("/console").text)
    conv = client.post("/api/v1/conversations", json={"lang": "fr"}).json()
    visitor = {"Authorization": f"Bearer {conv['token']}"}
    client.post(f"/api/v1/conversations/{conv['id']}/messages",
                json={"text": "je veux parler à un conseiller"}, headers=visitor)
    queue = browser.get("/api/v1/agent/queue")  # safe method: no CSRF token needed
    assert conv["id"] in {item["conversation_id"] for item in queue.json()}
    base = f"/api/v1/agent/conversations/{conv['id']}"
    refused = browser.post(f"{base}/take")
    assert refused.status_code == 403
    assert refused.json()["detail"][0]["code"] == "auth.csrf"
    wrong = browser.post(f"{base}/take", headers={"X-CSRF-Token": "forged"})
    assert wrong.status_code == 403
    taken = browser.post(f"{base}/take", headers={"X-CSRF-Token": csrf})
    assert taken.status_code == 200 and taken.json()["state"] == "with_human"
    sent = browser.post(f"{base}/messages", json={"text": "Bonjour, je m'en occupe."},
                        headers={"X-CSRF-Token": csrf})
    assert sent.status_code == 200, sent.text
    seen = client.get(f"/api/v1/conversations/{conv['id']}", headers=visitor).json()
    replies = [m for m in seen["messages"] if m["role"] == "agent"]
    assert replies[-1]["text"] == "Bonjour, je m'en occupe."
    assert replies[-1]["author"] == {"name": "Camille Roux", "role": "agent"}
    assert replies[-1]["ai_generated"] is False


def test_when_logout_then_session_no_longer_works(
        browser: TestClient, engine: Engine, demo_bot: Bot) -> None:
    sign_in(browser, make_staff(engine, demo_bot, ["agent"]))
    cookie = browser.cookies[SESSION_COOKIE]
    csrf = csrf_of(browser.get("/console").text)
    assert browser.post("/console/logout", data={"csrf_token": "forged"}).status_code == 403
    out = browser.post("/console/logout", data={"csrf_token": csrf, "lang": "en"})
    assert out.status_code == 303 and out.headers["location"] == "/console/login?lang=en"
    assert SESSION_COOKIE not in browser.cookies  # the browser drops it...
    old = {"Cookie": f"{SESSION_COOKIE}={cookie}"}  # ...and a replay of it is refused
    replay = browser.get("/api/v1/agent/queue", headers=old)
    assert replay.status_code == 401
    assert replay.json()["detail"][0]["code"] == "auth.invalid_session"
    assert browser.get("/console", headers=old).status_code == 303
