"""The one-line embed on the company's own site, as deployed: a host page served from one
origin runs the widget and the API of Clairbot on another.

The host page is served by a small static server of its own on loopback, reached as
``http://localhost:A`` (the origin the spec allows) and as ``http://127.0.0.1:A`` (another
origin: another host name, though the same server), while Clairbot listens on
``http://127.0.0.1:B``. The host page sends the Content Security Policy that docs/widget.md
tells integrators to allow, over `default-src 'none'`: the widget must work under it, without
a single violation.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.web import create_app
from tests.browser.conftest import VIOLATIONS, served, violations, widget_style
from tests.browser.test_accessibility import RUN_ON_WIDGET, blocking, run_axe
from tests.browser.test_widget_browser import ask, open_widget, reply_from_a_person, shoot
from tests.factories import widget_bot

HOST_PAGE = """<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Verdalis Emballages</title></head>
<body>
<h1>Verdalis Emballages</h1>
<p>Le site de l'entreprise, servi ailleurs que par Clairbot.</p>
<script src="{clairbot}/static/widget/widget.js" data-tenant="verdalis" defer></script>
</body>
</html>
"""


WIDGET_DOC = Path(__file__).resolve().parents[2] / "docs" / "widget.md"
DOC_ORIGIN = "https://clairbot.example.com"


def documented_policy(clairbot: str) -> str:
    """The host page policy docs/widget.md gives integrators, for Clairbot at `clairbot`
    (``http://...`` here, so its WebSocket is ``ws://``), over `default-src 'none'`."""
    found = re.search(r"```\nContent-Security-Policy: (.*?)\n```", WIDGET_DOC.read_text(),
                      re.DOTALL)
    assert found, "docs/widget.md no longer shows the host page's policy"
    directives = " ".join(found.group(1).split())
    directives = directives.replace(DOC_ORIGIN.replace("https", "wss"),
                                    clairbot.replace("http", "ws"))
    return "default-src 'none'; " + directives.replace(DOC_ORIGIN, clairbot)


class HostSite(ThreadingHTTPServer):
    """A static server for the company's page; `clairbot` is where its script comes from."""

    clairbot = ""


class _Page(BaseHTTPRequestHandler):
    server: HostSite

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        if self.path != "/":
            self.send_response(404 if self.path != "/favicon.ico" else 204)
            self.end_headers()
            return
        body = HOST_PAGE.format(clairbot=self.server.clairbot).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Security-Policy", documented_policy(self.server.clairbot))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def host_site() -> Iterator[HostSite]:
    """The company's site on a free loopback port."""
    site = HostSite(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=site.serve_forever, daemon=True)
    thread.start()
    yield site
    site.shutdown()
    site.server_close()
    thread.join(10)


@pytest.fixture(scope="module")
def clairbot(settings: Settings, demo_bot: Bot, engine: Engine,
             host_site: HostSite) -> Iterator[str]:
    """Clairbot serving the demo tenant, whose spec allows the company's site at
    ``http://localhost:A`` only."""
    allowed = f"http://localhost:{host_site.server_address[1]}"
    app = create_app(settings, [widget_bot(demo_bot, [allowed])], engine=engine)
    with served(app) as url:
        host_site.clairbot = url
        yield url


def visit(browser: Any, url: str) -> tuple[Any, Any, list[str], list[Any]]:
    """A new visitor on `url`: context, page, the URLs it requested and its WebSockets."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.add_init_script(VIOLATIONS)
    page = context.new_page()
    requests: list[str] = []
    sockets: list[Any] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("websocket", lambda socket: sockets.append(socket))
    page.goto(url)
    page.get_by_role("button", name="Assistant IA").wait_for()
    return context, page, requests, sockets


def test_when_the_companys_site_embeds_the_widget_then_visitors_chat_and_reach_a_person(
        browser: Any, host_site: HostSite, clairbot: str, engine: Engine,
        demo_bot: Bot) -> None:
    site = f"http://localhost:{host_site.server_address[1]}/"
    context, page, requests, sockets = visit(browser, site)
    page.wait_for_timeout(500)
    # Nothing but the page and the script before the visitor opens the chat.
    assert requests == [site, f"{clairbot}/static/widget/widget.js"]
    assert page.evaluate("sessionStorage.length") == 0 and context.cookies() == []

    open_widget(page)
    assert "assistant automatisé (IA)" in page.locator(".msg").first.inner_text()
    answer = ask(page)
    assert "30 jours fin de mois" in answer.inner_text()
    source = answer.locator(".sources a")
    assert source.inner_text() == "Conditions et délais de paiement"
    assert "Service Facturation" in answer.locator(".sources").inner_text()
    # The site was asked about once, on opening; then the API, cross-origin.
    assert requests.count(
        f"{clairbot}/api/v1/widget/availability?lang=fr&tenant=verdalis") == 1
    assert f"{clairbot}/api/v1/conversations" in requests

    reply = reply_from_a_person(page, clairbot, engine, demo_bot)
    assert "Julie Martin (conseiller)" in reply.locator(".author").inner_text()
    conversation = page.evaluate("JSON.parse(sessionStorage.getItem('clairbot:verdalis'))")
    assert [socket.url for socket in sockets] == [
        f"{clairbot.replace('http://', 'ws://')}/api/v1/conversations/{conversation['id']}/ws"]
    # Under the documented policy: the launcher's and the feedback's own styles applied, and
    # nothing refused.
    assert widget_style(page, ".launcher", "position") == "fixed"
    assert widget_style(page, ".thumb", "borderRadius") == "14px"
    assert violations(page) == []
    context.close()


def test_when_another_site_embeds_the_widget_then_it_says_not_available_here(
        browser: Any, host_site: HostSite, clairbot: str) -> None:
    other = f"http://127.0.0.1:{host_site.server_address[1]}"
    context, page, requests, _ = visit(browser, f"{other}/")
    page.get_by_role("button", name="Assistant IA").click()
    notice = page.get_by_role("dialog").locator(".unavailable")
    notice.wait_for()
    assert notice.locator(".why").inner_text() == "Le chat n'est pas disponible sur ce site."
    ways = notice.get_by_role("link")
    assert ways.nth(0).get_attribute("href") == "mailto:support@verdalis.example"
    assert ways.nth(1).get_attribute("href") == "tel:+33400000000"
    # Not the network failure's message, and nothing to type into.
    assert page.get_by_text("La discussion n'a pas pu démarrer").count() == 0
    assert not page.get_by_label("Votre message").is_visible()
    shoot(page, "unavailable-fr")
    # No conversation was opened nor kept: the availability question was all.
    assert [url for url in requests if "/api/" in url] == [
        f"{clairbot}/api/v1/widget/availability?lang=fr&tenant=verdalis"]
    assert page.evaluate("sessionStorage.length") == 0
    assert violations(page) == []
    # The API refuses this origin: the browser itself blocks a call from the page...
    blocked = page.evaluate("""url => fetch(url, {method: "POST", body: "{}",
        headers: {"Content-Type": "application/json"}}).then(() => "read", e => e.name)""",
                            f"{clairbot}/api/v1/conversations")
    assert blocked == "TypeError"
    # ...because its preflight carries no Access-Control-Allow-Origin.
    preflight = httpx.options(f"{clairbot}/api/v1/conversations", headers={
        "Origin": other, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 403
    assert "access-control-allow-origin" not in preflight.headers
    assert preflight.json()["detail"][0]["code"] == "origin.not_allowed"
    context.close()


def test_when_the_chat_is_not_available_here_then_axe_finds_no_serious_violation(
        browser: Any, host_site: HostSite, clairbot: str, axe_source: str) -> None:
    context, page, _, _ = visit(browser, f"http://127.0.0.1:{host_site.server_address[1]}/")
    page.get_by_role("button", name="Assistant IA").click()
    page.locator(".unavailable").wait_for()
    page.wait_for_timeout(300)  # let any entrance transition settle before colour checks
    violations = run_axe(page, axe_source, RUN_ON_WIDGET)
    context.close()
    assert blocking(violations) == []
