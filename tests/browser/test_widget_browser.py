"""The embeddable chat widget in a real browser, on the demo page: nothing happens before
the visitor opens it; then disclosure, answers with sources, handoff to a named person
(delivered live), resume after a reload, English texts, phone layout."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from clairbot.conversation.bot import Bot
from clairbot.conversation.feedback import Feedback
from tests.browser.conftest import SCREENSHOTS
from tests.factories import staff_token

STORE = "clairbot:verdalis"
QUESTION = "Quels sont vos délais de paiement ?"
SHADOW_FOCUS = ("() => { const a = document.querySelector('[data-clairbot-widget]')"
                ".shadowRoot.activeElement; return a ? (a.id || a.className) : null; }")


def open_widget(page: Any, launcher: str = "Assistant IA") -> None:
    page.get_by_role("button", name=launcher).click()
    page.get_by_role("dialog").wait_for()
    page.locator(".msg.bot").first.wait_for()


def ask(page: Any, question: str = QUESTION) -> Any:
    """Ask `question` in the open widget and return the cited answer's message."""
    page.get_by_label("Votre message").fill(question)
    page.keyboard.press("Enter")
    answer = page.locator(".msg.bot", has=page.locator(".sources a"))
    answer.wait_for()
    return answer


def stored(page: Any) -> dict[str, Any]:
    value: dict[str, Any] = page.evaluate(f"JSON.parse(sessionStorage.getItem('{STORE}'))")
    return value


def shoot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"widget-{name}.png"))


@pytest.fixture(scope="module")
def chat(browser: Any, live_server: str) -> Iterator[Any]:
    """A visitor on the French demo page who opened the widget and asked a question."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server}/")
    open_widget(page)
    page.get_by_label("Votre message").fill(QUESTION)
    page.keyboard.press("Enter")
    page.locator(".msg.bot .sources a").first.wait_for()
    yield page
    context.close()


def test_when_widget_is_not_opened_then_it_stores_and_calls_nothing(
        browser: Any, live_server: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{live_server}/")
    page.get_by_role("button", name="Assistant IA").wait_for()
    page.wait_for_timeout(500)
    # The page and its own style sheet; of the widget, its script alone.
    assert sorted(requests) == [f"{live_server}/", f"{live_server}/static/demo/demo.css",
                                f"{live_server}/static/widget/widget.js"]
    assert context.cookies() == []
    assert page.evaluate("localStorage.length") == 0
    assert page.evaluate("sessionStorage.length") == 0
    context.close()


def test_when_widget_opens_then_disclosure_badge_and_sourced_answer_show(chat: Any) -> None:
    dialog = chat.get_by_role("dialog", name="Discussion avec notre assistant")
    assert dialog.locator(".badge").inner_text() == "Assistant IA"
    first = chat.locator(".msg").first
    assert "assistant automatisé (IA)" in first.inner_text()
    assert first.locator(".ai-label").inner_text() == "IA"
    answer = chat.locator(".msg.bot").nth(1)
    assert "30 jours fin de mois" in answer.inner_text()
    source = answer.locator(".sources a")
    assert source.inner_text() == "Conditions et délais de paiement"
    assert source.get_attribute("href") == "https://verdalis.example/fr/aide/facturation"
    assert "Service Facturation" in answer.locator(".sources").inner_text()
    assert chat.locator(".log").get_attribute("aria-live") == "polite"
    assert chat.get_by_role("link", name="Confidentialité").get_attribute("href").endswith(
        "/privacy?lang=fr")
    shoot(chat, "desktop-fr")


def reply_from_a_person(page: Any, live_server: str, engine: Engine, bot: Bot) -> Any:
    """Ask for a person in the open widget; an agent takes the conversation through the agent
    API, types and replies. Returns the reply once the widget shows it; the typing indicator
    on the way proves it came live (it only travels over the WebSocket)."""
    page.get_by_role("button", name="Parler à une personne").first.click()
    conv = stored(page)
    visitor = {"Authorization": f"Bearer {conv['token']}"}
    url = f"{live_server}/api/v1/conversations/{conv['id']}"
    for _ in range(50):  # the click's POST lands asynchronously
        if httpx.get(url, headers=visitor).json()["state"] == "waiting_for_human":
            break
        page.wait_for_timeout(100)
    assert httpx.get(url, headers=visitor).json()["state"] == "waiting_for_human"

    agent = {"Authorization": f"Bearer {staff_token(engine, bot, name='Julie Martin')}"}
    base = f"{live_server}/api/v1/agent/conversations/{conv['id']}"
    assert httpx.post(f"{base}/take", headers=agent).status_code == 200
    assert httpx.post(f"{base}/typing", headers=agent).status_code == 204
    page.get_by_text("Un conseiller écrit…").wait_for()  # the typing indicator, live
    sent = httpx.post(f"{base}/messages", headers=agent,
                      json={"text": "Bonjour, ici Julie, je reprends votre demande."})
    assert sent.status_code == 200, sent.text
    reply = page.locator(".msg.agent", has_text="ici Julie")
    reply.wait_for()
    return reply


def test_when_visitor_asks_for_a_person_then_agent_reply_arrives_labelled(
        chat: Any, live_server: str, engine: Engine, demo_bot: Bot) -> None:
    reply = reply_from_a_person(chat, live_server, engine, demo_bot)
    assert "Julie Martin (conseiller)" in reply.locator(".author").inner_text()
    assert reply.locator(".ai-label").count() == 0
    assert chat.locator(".msg.agent").count() == 1  # pushed once, never duplicated


def test_when_a_person_asked_for_in_words_is_not_wanted_then_one_click_takes_it_back(
        browser: Any, live_server: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server}/")
    open_widget(page)
    page.get_by_label("Votre message").fill("je veux parler à un conseiller")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Non merci, continuer avec l'assistant").click()
    page.locator(".msg.bot", has_text="votre demande est annulée").wait_for()
    conv = stored(page)
    seen = httpx.get(f"{live_server}/api/v1/conversations/{conv['id']}",
                     headers={"Authorization": f"Bearer {conv['token']}"}).json()
    assert seen["state"] == "bot"
    assert seen["messages"][-2]["text"] == "Non merci, je continue avec l'assistant"
    context.close()


def test_when_page_reloads_then_conversation_resumes(chat: Any) -> None:
    before = chat.locator(".msg").evaluate_all("items => items.map(i => i.dataset.id)")
    conv = stored(chat)
    chat.reload()
    chat.locator(".msg").nth(len(before) - 1).wait_for()
    after = chat.locator(".msg").evaluate_all("items => items.map(i => i.dataset.id)")
    assert after == before
    assert stored(chat)["id"] == conv["id"]


def test_when_panel_opens_and_closes_then_focus_follows(browser: Any, live_server: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server}/")
    open_widget(page)
    assert page.evaluate(SHADOW_FOCUS) == "cb-input"
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Assistant IA").wait_for()
    assert page.evaluate(SHADOW_FOCUS) == "launcher"
    assert page.get_by_role("button", name="Assistant IA").get_attribute(
        "aria-expanded") == "false"
    context.close()


@pytest.mark.parametrize(("lang", "width"), [
    ("en", 1280),  # English desktop
    ("en", 375),  # English phone
    ("fr", 375),  # French phone
])
def test_when_page_language_and_width_vary_then_texts_and_layout_follow(
        browser: Any, live_server: str, lang: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 760})
    page = context.new_page()
    page.goto(f"{live_server}/?lang={lang}")
    launcher = "AI assistant" if lang == "en" else "Assistant IA"
    open_widget(page, launcher)
    dialog = page.get_by_role("dialog")
    if lang == "en":
        assert dialog.locator(".badge").inner_text() == "AI assistant"
        assert page.get_by_role("button", name="Talk to a person").first.is_visible()
        assert page.get_by_label("Your message").is_visible()
        assert "automated assistant" in page.locator(".msg").first.inner_text()
        assert page.locator(".msg .ai-label").first.inner_text() == "AI"
    box = dialog.bounding_box()
    if width < 480:
        assert box["x"] == 0 and box["width"] == width
    else:
        assert box["width"] < width / 2
    shoot(page, f"{'phone' if width < 480 else 'desktop'}-{lang}")
    context.close()


def test_when_visitor_rates_an_answer_and_the_chat_then_both_are_stored(
        browser: Any, live_server: str, engine: Engine) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server}/")
    open_widget(page)
    answer = ask(page)
    down = answer.get_by_role("button", name="Réponse pas utile")
    down.click()
    assert down.get_attribute("aria-pressed") == "true"
    assert answer.get_by_role("button", name="Réponse utile").is_disabled()
    answer.get_by_role("button", name="Signaler un problème").click()
    answer.get_by_label("Décrivez le problème (facultatif)").fill("Le lien ne s'ouvre pas")
    answer.get_by_role("button", name="Envoyer le signalement").click()
    answer.get_by_text("Merci, votre signalement a été envoyé.").wait_for()

    page.get_by_role("button", name="Fermer la discussion").click()
    question = page.get_by_role("group", name="Êtes-vous satisfait de cet échange ?")
    question.wait_for()
    question.get_by_role("button", name="4 sur 5").click()
    page.get_by_role("button", name="Assistant IA").wait_for()
    conversation_id = stored(page)["id"]
    answer_id = answer.get_attribute("data-id")
    rows: list[tuple[str, str | None, int | None]] = []
    for _ in range(50):  # the POSTs land asynchronously
        with Session(engine) as session:
            rows = sorted((f.kind, f.message_id, f.score) for f in session.scalars(
                select(Feedback).where(Feedback.conversation_id == conversation_id)))
        if len(rows) == 3:
            break
        page.wait_for_timeout(100)
    assert rows == [("csat", None, 4), ("problem", answer_id, None),
                    ("thumbs_down", answer_id, None)]
    # Asked once per conversation: reopening and closing again closes at once.
    page.get_by_role("button", name="Assistant IA").click()
    page.get_by_role("button", name="Fermer la discussion").click()
    page.get_by_role("button", name="Assistant IA").wait_for()
    context.close()
