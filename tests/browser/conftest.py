"""Browser tests: Debian's Chromium driven by Playwright, against a real server on loopback.

Skipped with a clear reason when Playwright or /usr/bin/chromium is missing (CI installs
both). No tool here ever downloads a browser.
"""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from sqlalchemy import Engine

from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.db import make_session_factory, transaction
from clairbot.staff import service as staff
from clairbot.web import create_app
from tests.factories import PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
# Written by the tests and committed: the README shows them.
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium (the system one). Module-scoped: Playwright's sync API keeps an
    event loop running in this thread while it is open, which async tests elsewhere refuse."""
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="Playwright for Python is not installed")
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (apt-get install -y chromium)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def axe_source() -> str:
    """axe-core's script (installed by `npm ci`); skips the test without it."""
    if not AXE.exists():
        pytest.skip(f"{AXE.relative_to(AXE.parents[2])} is absent: run `npm ci` at the repo root "
                    "(needs Node.js/npm) to install axe-core for the accessibility check")
    return AXE.read_text(encoding="utf-8")


# An init script (run before the page's own, and not subject to its policy) that keeps every
# Content Security Policy violation the page meets, for `violations`.
VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.effectiveDirective} refused ${event.blockedURI || "inline"}`
                           + ` (${event.sourceFile || "the page"}:${event.lineNumber})`);
});
"""


def violations(page: Any) -> list[str]:
    """The policy violations the page met since it loaded (needs `VIOLATIONS` added to its
    context as an init script)."""
    found: list[str] = page.evaluate("window.__violations")
    return found


def widget_style(page: Any, selector: str, prop: str) -> str:
    """The computed style `prop` of the first element matching `selector` in the widget."""
    value: str = page.evaluate("""([selector, prop]) => getComputedStyle(document.querySelector(
        "[data-clairbot-widget]").shadowRoot.querySelector(selector))[prop]""", [selector, prop])
    return value


@contextmanager
def served(app: Any) -> Iterator[str]:
    """`app` served by uvicorn on a free loopback port, in a background thread; its URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def live_server(settings: Settings, demo_bot: Bot, engine: Engine) -> Iterator[str]:
    """The app serving the demo tenant, on a free loopback port."""
    with served(create_app(settings, [demo_bot], engine=engine)) as url:
        yield url


def console_user(engine: Engine, bot: Bot, name: str) -> str:
    """A committed agent of the bot's tenant who signs in with `tests.factories.PASSWORD`;
    returns their email."""
    email = f"{uuid.uuid4().hex[:8]}@verdalis.example"
    with transaction(make_session_factory(engine)) as session:
        staff.add(session=session, tenant_id=bot.tenant_id, email=email, display_name=name,
                  roles=["agent"], languages=["fr", "en"], password=PASSWORD, actor=None)
    return email


def open_login(page: Any, live_server: str) -> None:
    """The console's sign-in page, in French."""
    page.goto(f"{live_server}/console/login?lang=fr")


def sign_in(page: Any, live_server: str, email: str) -> None:
    """Sign in to the console on the open sign-in page and wait for the console."""
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server}/console**")
