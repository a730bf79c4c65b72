"""Security headers on every response (`clairbot.web.security_headers`): the page policy on
Clairbot's pages, the resource policy on everything else (API answers, errors, static files,
redirects), HSTS over HTTPS only; and pages that keep to their policy (nothing inline that a
browser would refuse, nothing from another site)."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.web import create_app
from tests.factories import PASSWORD, staff_login, widget_bot

EMBEDDING_SITE = "https://www.verdalis.example"


def policy(response: httpx.Response) -> dict[str, list[str]]:
    """The response's Content-Security-Policy, directive -> sources."""
    directives = {}
    for part in response.headers["content-security-policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_page(response: httpx.Response, referrer: str) -> None:
    """The headers of one of Clairbot's HTML pages."""
    assert response.headers["content-type"].startswith("text/html")
    csp = policy(response)
    assert csp["default-src"] == csp["script-src"] == csp["connect-src"] == ["'self'"]
    assert csp["style-src"][0] == "'self'" and all(
        source.startswith("'sha256-") for source in csp["style-src"][1:])
    assert csp["object-src"] == csp["base-uri"] == csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"] and csp["img-src"] == ["'self'", "data:"]
    text = response.headers["content-security-policy"]
    assert "unsafe-inline" not in text and "unsafe-eval" not in text and "*" not in text
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == referrer
    assert response.headers["cross-origin-opener-policy"] == "same-origin"
    assert response.headers["cross-origin-resource-policy"] == "same-origin"
    assert "camera=()" in response.headers["permissions-policy"]
    assert "microphone=()" in response.headers["permissions-policy"]


def assert_resource(response: httpx.Response, corp: str = "same-origin") -> None:
    """The headers of anything that is not a page: JSON, scripts, styles, redirects."""
    assert response.headers["content-security-policy"] == \
        "default-src 'none'; frame-ancestors 'none'"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["cross-origin-resource-policy"] == corp
    assert "x-frame-options" not in response.headers
    assert "permissions-policy" not in response.headers


class _Inline(HTMLParser):
    """What a strict policy would refuse in a page, and what it would load from elsewhere."""

    def __init__(self) -> None:
        super().__init__()
        self.refused: list[str] = []
        self.opened: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given = dict(attrs)
        if tag == "style":
            self.refused.append("<style>")
        if tag == "script" and not given.get("src") and given.get("type") != "application/json":
            self.refused.append("inline <script>")
        for name, value in attrs:
            if name == "style" or name.startswith("on"):
                self.refused.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action") and value and (
                    value.startswith(("http:", "https:", "//")) and tag != "a"
                    or value.strip().lower().startswith("javascript:")):
                self.refused.append(f"<{tag} {name}={value}>")


def inline_parts(page: str) -> list[str]:
    """Everything in `page` that the page policy would block."""
    parser = _Inline()
    parser.feed(page)
    return parser.refused


@pytest.fixture
def signed_in(client: TestClient, engine: Engine, demo_bot: Bot) -> TestClient:
    """An agent's browser on plain http to localhost (the local demo), signed in."""
    browser = TestClient(client.app, base_url="http://localhost", follow_redirects=False)
    browser.post("/console/login", data={"email": staff_login(engine, demo_bot),
                                         "password": PASSWORD})
    return browser


@pytest.mark.parametrize(("path", "referrer"), [
    ("/", "strict-origin-when-cross-origin"),              # the demo page, with the widget
    ("/?lang=en", "strict-origin-when-cross-origin"),      # the same in English
    ("/privacy", "strict-origin-when-cross-origin"),       # the privacy notice
    ("/privacy?lang=en", "strict-origin-when-cross-origin"),
    ("/docs", "strict-origin-when-cross-origin"),          # Swagger UI
    ("/redoc", "strict-origin-when-cross-origin"),         # ReDoc
    ("/console/login", "same-origin"),                     # the console's sign-in page
    ("/console/login?lang=en", "same-origin"),
])
def test_when_a_public_page_is_served_then_it_has_the_page_policy_and_nothing_inline(
        client: TestClient, path: str, referrer: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert_page(response, referrer)
    assert inline_parts(response.text) == []


@pytest.mark.parametrize("path", [
    "/console?lang=fr",             # the queue and conversation view
    "/console?lang=en",
    "/console/incidents?lang=fr",   # the incidents page and its forms
])
def test_when_a_staff_page_is_served_then_it_cannot_be_framed_nor_leak_its_address(
        signed_in: TestClient, path: str) -> None:
    response = signed_in.get(path)
    assert response.status_code == 200, response.text
    assert_page(response, "same-origin")
    assert inline_parts(response.text) == []


def test_when_redoc_is_served_then_its_policy_allows_only_its_style_sheets_and_worker(
        client: TestClient) -> None:
    csp = policy(client.get("/redoc"))
    # Two hashes: the empty <style> that styled-components fills through the CSSOM, and the
    # fixed scrollbar style sheet of ReDoc 2.5.4's bundle; no inline style of anyone else.
    assert len(csp["style-src"]) == 3
    assert csp["worker-src"] == ["'self'", "blob:"]
    assert "worker-src" not in policy(client.get("/docs"))


@pytest.mark.parametrize(("method", "path", "body", "status", "corp"), [
    ("GET", "/static/widget/widget.js", None, 200, "cross-origin"),  # loaded by other sites
    ("GET", "/static/widget/widget.css", None, 200, "cross-origin"),
    ("GET", "/static/console/console.js", None, 200, "same-origin"),  # Clairbot's own
    ("GET", "/static/docs/swagger-ui/swagger-ui-bundle.js", None, 200, "same-origin"),
    ("GET", "/static/privacy/notice.css", None, 200, "same-origin"),
    ("POST", "/api/v1/conversations", {"lang": "fr"}, 201, "same-origin"),  # the API
    ("GET", "/api/v1/conversations/nope", None, 404, "same-origin"),  # an API error
    ("GET", "/api/v1/agent/queue", None, 401, "same-origin"),       # a staff API error
    ("POST", "/api/v1/conversations", [], 400, "same-origin"),       # a refused body
    ("GET", "/no/such/page", None, 404, "same-origin"),              # unknown address
    ("GET", "/static/none.js", None, 404, "same-origin"),            # unknown file
    ("GET", "/openapi.json", None, 200, "same-origin"),
    ("GET", "/healthz", None, 200, "same-origin"),
    ("GET", "/console", None, 303, "same-origin"),                   # a redirect
    ("GET", "/favicon.ico", None, 204, "same-origin"),               # an empty answer
])
def test_when_anything_but_a_page_is_served_then_nothing_in_it_may_run_or_be_framed(
        client: TestClient, method: str, path: str, body: object, status: int,
        corp: str) -> None:
    plain = TestClient(client.app, follow_redirects=False)
    response = plain.request(method, path, json=body)
    assert response.status_code == status
    assert_resource(response, corp)
    assert "strict-transport-security" not in response.headers  # plain http


@pytest.fixture
def failing_app(settings: Settings, demo_bot: Bot, engine: Engine) -> Iterator[FastAPI]:
    """The app with one more route that fails unexpectedly."""
    app = create_app(settings, [demo_bot], engine=engine)

    def broken() -> None:
        raise RuntimeError("a bug")

    app.add_api_route("/broken", broken)
    yield app


def test_when_an_unexpected_error_is_answered_then_it_has_the_headers_too(
        failing_app: FastAPI) -> None:
    with TestClient(failing_app, raise_server_exceptions=False) as browser:
        response = browser.get("/broken")
    assert response.status_code == 500
    assert response.json()["detail"][0]["code"] == "internal"
    assert_resource(response)


@pytest.mark.parametrize(("base_url", "hsts"), [
    ("https://clairbot.example", "max-age=31536000"),  # over HTTPS: browsers keep to it
    ("http://clairbot.example", None),                 # plain http: meaningless, left out
    ("http://localhost", None),                        # the local demo
])
@pytest.mark.parametrize("path", ["/", "/privacy", "/console/login", "/healthz",
                                  "/static/widget/widget.js", "/no/such/page"])
def test_when_served_over_https_then_hsts_else_none(
        client: TestClient, base_url: str, hsts: str | None, path: str) -> None:
    response = TestClient(client.app, base_url=base_url).get(path)
    assert response.headers.get("strict-transport-security") == hsts


@pytest.fixture(scope="module")
def embedding(settings: Settings, demo_bot: Bot, engine: Engine) -> Iterator[TestClient]:
    """Clairbot for a tenant whose widget runs on another site."""
    app = create_app(settings, [widget_bot(demo_bot, [EMBEDDING_SITE])], engine=engine)
    with TestClient(app, base_url="https://clairbot.example") as browser:
        yield browser


def test_when_the_widget_runs_on_an_allowed_site_then_cors_and_security_headers_agree(
        embedding: TestClient) -> None:
    origin = {"Origin": EMBEDDING_SITE}
    preflight = embedding.options("/api/v1/conversations", headers={
        **origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == EMBEDDING_SITE
    assert_resource(preflight)
    opened = embedding.post("/api/v1/conversations", json={"lang": "fr"}, headers=origin)
    assert opened.status_code == 201
    assert opened.headers["access-control-allow-origin"] == EMBEDDING_SITE
    assert_resource(opened)
    assert opened.headers["strict-transport-security"] == "max-age=31536000"
    available = embedding.get("/api/v1/widget/availability", headers=origin)
    assert available.json() == {"available": True}
    assert available.headers["access-control-allow-origin"] == "*"
    script = embedding.get("/static/widget/widget.js", headers=origin)
    assert_resource(script, "cross-origin")
