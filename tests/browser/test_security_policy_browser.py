"""Clairbot's own pages under their Content Security Policy, in a real browser: the demo page
with the widget in use, the console, the privacy notice and the API docs (Swagger UI, ReDoc)
work, look as designed and meet no policy violation nor console error; nothing is fetched
from another site."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import Engine

from clairbot.conversation.bot import Bot
from tests.browser.conftest import (
    VIOLATIONS,
    console_user,
    open_login,
    sign_in,
    violations,
    widget_style,
)
from tests.browser.test_widget_browser import ask, open_widget


class Visit:
    """A browser context on Clairbot that records what a policy refused, the console's
    errors and the origins of the answers it received."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.context.add_init_script(VIOLATIONS)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.origins: set[str] = set()
        self.page.on("console", lambda message: self.errors.append(message.text)
                     if message.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("response", self._answered)

    def _answered(self, response: Any) -> None:
        url = urlsplit(response.url)
        if url.scheme in ("http", "https"):  # not blob: or data: URLs the page made itself
            self.origins.add(f"{url.scheme}://{url.netloc}")

    def clean(self, live_server: str) -> None:
        """Nothing refused on the current page, no error, no answer from another origin."""
        assert violations(self.page) == []
        assert self.errors == []
        assert self.origins <= {live_server}


@pytest.fixture
def visit(browser: Any) -> Iterator[Visit]:
    """A visit of its own, closed after the test."""
    opened = Visit(browser)
    yield opened
    opened.context.close()


def test_when_a_visitor_chats_on_the_demo_page_then_no_policy_violation(
        visit: Visit, live_server: str) -> None:
    page = visit.page
    page.goto(f"{live_server}/")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == \
        "rgb(250, 247, 242)"  # the page's own style sheet, no longer inline
    assert widget_style(page, ".launcher", "position") == "fixed"
    open_widget(page)
    answer = ask(page)
    assert "30 jours fin de mois" in answer.inner_text()
    assert widget_style(page, ".thumb", "borderRadius") == "14px"
    assert widget_style(page, ".panel", "position") == "fixed"  # widget.css, loaded on open
    visit.clean(live_server)


def test_when_an_agent_uses_the_console_then_no_policy_violation(
        visit: Visit, live_server: str, engine: Engine, demo_bot: Bot) -> None:
    page = visit.page
    open_login(page, live_server)
    sign_in(page, live_server, console_user(engine, demo_bot, "Inès Moreau"))
    page.locator("#queue").wait_for(state="attached")
    page.wait_for_timeout(500)  # the script's first calls
    visit.clean(live_server)
    page.goto(f"{live_server}/console/incidents?lang=fr")
    page.get_by_role("heading", level=1).wait_for()
    visit.clean(live_server)


def test_when_the_privacy_notice_is_read_then_it_is_styled_without_inline_style(
        visit: Visit, live_server: str) -> None:
    visit.page.goto(f"{live_server}/privacy?lang=fr")
    assert visit.page.evaluate("getComputedStyle(document.body).maxWidth") == "992px"
    visit.clean(live_server)


def test_when_the_api_docs_are_read_and_tried_then_swagger_ui_works_under_the_policy(
        visit: Visit, live_server: str) -> None:
    page = visit.page
    page.goto(f"{live_server}/docs")
    assert "Clairbot" in page.locator(".swagger-ui .info .title").inner_text()
    operation = page.locator(
        "#operations-conversations-create_conversation_api_v1_conversations_post")
    operation.locator(".opblock-summary").click()
    operation.get_by_role("button", name="Try it out").click()
    operation.locator("textarea.body-param__text").fill('{"lang": "en"}')
    operation.get_by_role("button", name="Execute").click()
    status = operation.locator(".live-responses-table tbody .response-col_status")
    status.wait_for()
    assert status.inner_text().strip() == "201"
    visit.clean(live_server)


def test_when_redoc_is_read_then_it_renders_and_only_its_cdn_logo_is_refused(
        visit: Visit, live_server: str) -> None:
    page = visit.page
    page.goto(f"{live_server}/redoc")
    page.get_by_role("heading", name="Clairbot (0.1.0)").wait_for()
    page.get_by_placeholder("Search...").fill("conversation")
    page.get_by_role("menuitem").filter(has_text="Create Conversation").first.wait_for()
    # ReDoc 2 draws Redocly's logo from Redocly's CDN, and the policy refuses it: no request
    # leaves for that site (no answer from anywhere but Clairbot), the image stays empty.
    refused = violations(page)
    assert refused == ["img-src refused https://cdn.redoc.ly/redoc/logo-mini.svg (the page:0)"]
    assert [error for error in visit.errors if "cdn.redoc.ly" not in error] == []
    assert visit.origins <= {live_server}
