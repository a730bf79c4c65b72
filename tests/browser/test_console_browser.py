"""An agent signs in to the console in a real browser, takes a waiting conversation and
replies; the visitor sees the reply labelled with the agent's name."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import Engine

from clairbot.conversation.bot import Bot
from tests.browser.conftest import SCREENSHOTS, console_user, open_login, sign_in


def test_when_agent_uses_the_console_then_visitor_gets_a_human_reply(
        browser: Any, live_server: str, engine: Engine, demo_bot: Bot) -> None:
    email = console_user(engine, demo_bot, "Léa Garnier")
    conv = httpx.post(f"{live_server}/api/v1/conversations", json={"lang": "fr"}).json()
    visitor = {"Authorization": f"Bearer {conv['token']}"}
    httpx.post(f"{live_server}/api/v1/conversations/{conv['id']}/messages",
               json={"text": "je veux parler à un conseiller"}, headers=visitor)

    page = browser.new_page()
    open_login(page, live_server)
    sign_in(page, live_server, email)
    take = page.locator(f'li[data-conversation="{conv["id"]}"] button')
    take.click()
    page.wait_for_selector("#reply")
    page.fill("#reply", "Bonjour, ici Léa, je m'occupe de votre demande.")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => document.querySelector('#transcript').textContent.includes('ici Léa')")
    # The side panel says why, and an internal note is listed for staff only.
    page.wait_for_function(
        "() => document.querySelector('#context-reason').textContent.includes('visiteur')")
    page.fill("#note", "Client pressé, rappeler avant midi.")
    page.click("#note-form button[type=submit]")
    page.wait_for_function(
        "() => document.querySelector('#notes').textContent.includes('avant midi')")
    assert "Léa Garnier" in page.locator("#notes").inner_text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "console-fr.png"), full_page=True)
    page.close()

    seen = httpx.get(f"{live_server}/api/v1/conversations/{conv['id']}",
                     headers=visitor).json()
    assert seen["state"] == "with_human"
    said = [m for m in seen["messages"] if m["role"] == "agent"]
    assert len(said) == 1 and said[0]["ai_generated"] is False
    assert said[0]["author"] == {"name": "Léa Garnier", "role": "agent"}
    assert "avant midi" not in str(seen)


def test_when_agent_opens_why_under_an_answer_then_its_provenance_shows(
        browser: Any, live_server: str, engine: Engine, demo_bot: Bot) -> None:
    email = console_user(engine, demo_bot, "Hugo Lemaire")
    conv = httpx.post(f"{live_server}/api/v1/conversations", json={"lang": "fr"}).json()
    visitor = {"Authorization": f"Bearer {conv['token']}"}
    for text in ("Quels sont vos délais de paiement ?", "je veux parler à un conseiller"):
        httpx.post(f"{live_server}/api/v1/conversations/{conv['id']}/messages",
                   json={"text": text}, headers=visitor)

    page = browser.new_page()
    open_login(page, live_server)
    sign_in(page, live_server, email)
    page.locator(f'li[data-conversation="{conv["id"]}"] button').click()
    answer = page.locator(".message-bot", has_text="30 jours fin de mois")
    answer.wait_for()
    answer.get_by_text("Pourquoi le bot a-t-il dit cela ?").click()
    why = answer.locator(".why ul")
    why.get_by_text("intact", exact=False).wait_for()
    text = why.inner_text()
    assert "Conditions et délais de paiement" in text and "Service Facturation" in text
    assert "Compris comme : question" in text and "Spec " in text
    answer.screenshot(path=str(SCREENSHOTS / "console-provenance-fr.png"))
    disclosure = page.locator(".message-bot").first
    disclosure.get_by_text("Pourquoi le bot a-t-il dit cela ?").click()
    disclosure.locator(".why ul").get_by_text("intact", exact=False).wait_for()
    assert "disclosure" in disclosure.locator(".why ul").inner_text()
    page.close()


def test_when_the_console_is_open_then_it_lives_on_its_socket_and_does_not_poll(
        browser: Any, live_server: str, engine: Engine, demo_bot: Bot) -> None:
    email = console_user(engine, demo_bot, "Inès Moreau")
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    open_login(page, live_server)
    sign_in(page, live_server, email)
    page.wait_for_function("() => window.clairbotConsole.live.ready === true")
    assert page.evaluate("() => window.clairbotConsole.live.poller") is None
    # A visitor asks for a person: the queue shows it, pushed (no polling any more).
    conv = httpx.post(f"{live_server}/api/v1/conversations", json={"lang": "fr"}).json()
    visitor = {"Authorization": f"Bearer {conv['token']}"}
    httpx.post(f"{live_server}/api/v1/conversations/{conv['id']}/messages",
               json={"text": "je veux parler à un conseiller"}, headers=visitor)
    take = page.locator(f'li[data-conversation="{conv["id"]}"] button')
    take.click()
    page.wait_for_selector("#reply")
    # The visitor writes: it appears in the console, pushed over the socket it watches.
    requests.clear()
    httpx.post(f"{live_server}/api/v1/conversations/{conv['id']}/messages",
               json={"text": "Ma commande 4521 est en retard."}, headers=visitor)
    page.wait_for_function(
        "() => document.querySelector('#transcript').textContent.includes('4521')")
    assert not [url for url in requests if f"/conversations/{conv['id']}" in url
                and "/messages" not in url]  # not read again over HTTP: pushed
    page.close()
