"""The widget in a real browser when a rate limit refuses the visitor: it shows what the server
wrote for them (in their language: when to try again and, refused a person, how to reach one
directly), not a bare "could not be sent"."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.spec import DEFAULT_LIMITS, Limits
from clairbot.web import create_app
from tests.browser.conftest import served
from tests.browser.test_widget_browser import open_widget
from tests.rate_windows import clear_of_a_window_edge


@pytest.fixture(scope="module")
def limited_server(settings: Settings, demo_bot: Bot, engine: Engine) -> Iterator[str]:
    """The demo page, limits on (in this app's memory), one request for a person a day from
    one address (a minute's window could pass while the browser starts)."""
    limits = {**DEFAULT_LIMITS, "handoffs": {"per_ip": "1/day", "per_tenant": "100/day"}}
    bot = dataclasses.replace(demo_bot, spec=demo_bot.spec.model_copy(
        update={"limits": Limits.model_validate(limits)}))
    on = Settings.model_validate({**settings.model_dump(), "rate_limits": True,
                                  "redis_url": None, "handoff_check_interval": 0,
                                  "purge_interval": 0, "audit_verify_interval": 0})
    with served(create_app(on, [bot], engine=engine)) as url:
        yield url


ASKED = "Je voudrais parler à un conseiller"


def use_the_days_request(server: str) -> httpx.Response:
    """This address (the browser's too) uses its request for a person of the day."""
    clear_of_a_window_edge(86400, needs_s=300)
    conv = httpx.post(f"{server}/api/v1/conversations", json={"lang": "fr"}).json()
    return httpx.post(f"{server}/api/v1/conversations/{conv['id']}/messages",
                      json={"text": "je veux parler à un conseiller"},
                      headers={"Authorization": f"Bearer {conv['token']}"})


def ask_for_a_person(page: Any, server: str) -> Any:
    """Open the widget on the demo page and ask for a person: the status once refused."""
    page.goto(f"{server}/")
    open_widget(page)
    page.get_by_label("Votre message").fill(ASKED)
    page.keyboard.press("Enter")
    status = page.locator(".status")
    status.filter(has_text="directement").wait_for()
    return status


def test_when_a_request_for_a_person_is_refused_then_the_widget_shows_how_to_reach_one(
        browser: Any, limited_server: str, demo_bot: Bot) -> None:
    assert use_the_days_request(limited_server).json()["state"] == "waiting_for_human"
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        said = ask_for_a_person(page, limited_server).inner_text()
        contact = demo_bot.spec.escalation.contact
        assert f"par e-mail à {contact.email}" in said
        assert f"par téléphone au {contact.phone}" in said
        # What the visitor wrote is kept, to send again.
        assert page.get_by_label("Votre message").input_value() == ASKED
    finally:
        context.close()


def test_when_the_live_socket_opens_after_a_refusal_then_the_refusal_stays_shown(
        browser: Any, limited_server: str) -> None:
    # On a slow machine the socket may say "ready" after the refusal has arrived; it used to
    # clear the status, and the visitor lost how to reach a person.
    use_the_days_request(limited_server)  # refused already if the test above ran
    held: list[tuple[Any, Any]] = []  # (socket route, the server's "ready")
    released = {"ready": False}

    def hold_ready(route: Any) -> None:
        server = route.connect_to_server()

        def to_page(message: Any) -> None:
            if '"ready"' in str(message) and not released["ready"]:
                held.append((route, message))
            else:
                route.send(message)
        server.on_message(to_page)

    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        page.route_web_socket("**/ws", hold_ready)
        status = ask_for_a_person(page, limited_server)
        # The refusal comes over HTTP and may land before the socket has even connected.
        for _ in range(100):
            if held:
                break
            page.wait_for_timeout(100)
        assert held, "the socket's ready was held back"
        # Now the socket says it is ready; the widget then catches up over HTTP.
        released["ready"] = True
        with page.expect_request(lambda request: request.method == "GET"
                                 and "/api/v1/conversations/" in request.url):
            for route, message in held:
                route.send(message)
        page.wait_for_timeout(200)
        assert "directement" in status.inner_text()
    finally:
        context.close()
