"""A dropped WebSocket: the widget catches up over HTTP and reconnects, and every agent
message shows exactly once (nothing lost, nothing duplicated)."""

from __future__ import annotations

import re
from typing import Any

import httpx
from sqlalchemy import Engine

from clairbot.conversation.bot import Bot
from tests.browser.test_widget_browser import open_widget, stored
from tests.factories import staff_token


def agent_messages(page: Any) -> list[str]:
    texts: list[str] = page.locator(".msg.agent .text").all_inner_texts()
    return texts


def test_when_the_socket_drops_then_messages_arrive_once_and_live_pushes_resume(
        browser: Any, live_server: str, engine: Engine, demo_bot: Bot) -> None:
    context = browser.new_context()
    page = context.new_page()
    sockets: list[tuple[Any, Any]] = []

    def through(route: Any) -> None:  # a transparent proxy the test can cut
        sockets.append((route, route.connect_to_server()))

    page.route_web_socket(re.compile(r".*/ws$"), through)
    page.goto(f"{live_server}/")
    open_widget(page)
    page.get_by_role("button", name="Parler à une personne").first.click()
    page.locator(".msg.bot", has_text="personne").last.wait_for()
    conv = stored(page)
    agent = {"Authorization": f"Bearer {staff_token(engine, demo_bot, name='Paul Girard')}"}
    base = f"{live_server}/api/v1/agent/conversations/{conv['id']}"
    assert httpx.post(f"{base}/take", headers=agent).status_code == 200

    def say(text: str) -> None:
        assert httpx.post(f"{base}/messages", headers=agent,
                          json={"text": text}).status_code == 200

    say("Premier message, connexion ouverte.")
    page.locator(".msg.agent", has_text="Premier").wait_for()

    page_side, server_side = sockets[-1]
    page_side.close()
    server_side.close()
    say("Deuxième message, pendant la coupure.")
    page.locator(".msg.agent", has_text="Deuxième").wait_for(timeout=10_000)

    for _ in range(100):  # the widget reconnects after a back-off
        if len(sockets) >= 2:
            break
        page.wait_for_timeout(100)
    assert len(sockets) >= 2, "the widget did not reconnect"
    page.wait_for_timeout(300)  # let the new socket authenticate and subscribe
    say("Troisième message, après la reconnexion.")
    page.locator(".msg.agent", has_text="Troisième").wait_for()
    page.wait_for_timeout(3500)  # one more polling period: nothing may show twice
    assert agent_messages(page) == ["Premier message, connexion ouverte.",
                                    "Deuxième message, pendant la coupure.",
                                    "Troisième message, après la reconnexion."]
    context.close()
