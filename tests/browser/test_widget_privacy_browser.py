"""The widget's privacy controls in a real browser: masked data shown masked and explained,
consent buttons recorded in the ledger, the callback form kept under that consent, and the
"My data" menu (withdrawal)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from clairbot.conversation.bot import Bot
from clairbot.conversation.models import Conversation
from clairbot.privacy import consent
from tests.browser.test_widget_browser import ask, open_widget, shoot, stored

PHONE = "06 12 34 56 78"


def ledger(engine: Engine, bot: Bot, page: Any, wanted: int) -> list[str]:
    """The visitor's consent decisions for `callback`, once `wanted` of them have landed."""
    conversation_id = stored(page)["id"]
    decisions: list[str] = []
    for _ in range(50):  # the click's POST lands asynchronously
        with Session(engine) as session:
            conversation = session.get(Conversation, conversation_id)
            assert conversation is not None
            decisions = [r.decision for r in consent.history(
                session=session, tenant_id=bot.tenant_id, subject=conversation.subject)
                if r.purpose == "callback"]
        if len(decisions) >= wanted:
            break
        page.wait_for_timeout(100)
    return decisions


@pytest.fixture
def page(browser: Any, live_server: str) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server}/")
    open_widget(page)
    yield page
    context.close()


def test_when_visitor_consents_then_ledger_records_it_and_callback_form_keeps_the_number(
        page: Any, engine: Engine, demo_bot: Bot) -> None:
    page.get_by_role("button", name="Parler à une personne").first.click()
    page.locator(".msg.bot", has_text="personne").last.wait_for()
    page.get_by_label("Votre message").fill(f"Rappelez-moi au {PHONE}")
    page.keyboard.press("Enter")
    masked = page.locator(".msg.visitor .masked", has_text="[PHONE]")
    masked.wait_for()
    assert masked.get_attribute("title") == "Donnée masquée pour votre protection"
    assert PHONE not in page.locator(".log").inner_text()
    page.get_by_role("button", name="J'accepte").last.click()

    assert ledger(engine, demo_bot, page, 1) == ["granted"]
    form = page.locator(".callback-form").last
    form.wait_for()
    form.get_by_label("Numéro de téléphone ou adresse e-mail").fill(PHONE)
    form.get_by_role("button", name="Demander à être rappelé").click()
    kept = page.locator(".msg.visitor", has_text=f"Merci de me rappeler : {PHONE}")
    kept.wait_for()
    page.locator(".msg.bot", has_text="recontactera").wait_for()
    shoot(page, "callback-fr")


def test_when_visitor_withdraws_from_my_data_then_the_ledger_says_withdrawn(
        page: Any, engine: Engine, demo_bot: Bot) -> None:
    page.get_by_label("Votre message").fill(f"Mon numéro : {PHONE}")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="J'accepte").first.click()
    assert ledger(engine, demo_bot, page, 1) == ["granted"]

    mine = page.get_by_role("button", name="Mes données", exact=True)
    mine.click()
    assert mine.get_attribute("aria-expanded") == "true"
    assert page.get_by_role("link", name="Politique de confidentialité").get_attribute(
        "href").endswith("/privacy?lang=fr")
    shoot(page, "my-data-fr")
    page.get_by_role("button", name="Retirer mes consentements").click()
    page.locator(".msg.visitor", has_text="Je retire mes consentements").wait_for()
    assert ledger(engine, demo_bot, page, 2) == ["granted", "withdrawn"]
    assert mine.get_attribute("aria-expanded") == "false"


def test_when_visitor_downloads_then_erases_their_data_then_nothing_is_left(
        page: Any, engine: Engine) -> None:
    ask(page)
    conversation_id = stored(page)["id"]
    page.get_by_role("button", name="Mes données", exact=True).click()
    for name, check in (("Télécharger mes données (JSON)", conversation_id),
                        ("Télécharger une copie lisible (HTML)", "<h1>Vos données</h1>")):
        with page.expect_download() as info:
            page.get_by_role("button", name=name).click()
        content = Path(info.value.path()).read_text(encoding="utf-8")
        assert check in content and "Quels sont vos délais de paiement ?" in content

    page.get_by_role("button", name="Effacer mes données").click()
    confirm = page.get_by_role("group", name=re.compile("Effacer définitivement"))
    confirm.wait_for()
    shoot(page, "erase-fr")
    confirm.get_by_role("button", name="Oui, tout effacer").click()
    receipt = page.get_by_text(re.compile(r"Vos données ont été effacées\. Reçu n° [0-9a-f]{32}"))
    receipt.wait_for()
    assert page.evaluate("sessionStorage.length") == 0
    assert page.locator(".msg").count() == 1  # only the receipt: nothing of the chat stays
    with Session(engine) as session:
        assert session.get(Conversation, conversation_id) is None

    page.get_by_role("button", name="Fermer la discussion").click()
    page.get_by_role("button", name="Assistant IA").click()
    page.locator(".msg.bot").first.wait_for()
    assert stored(page)["id"] != conversation_id  # a new conversation, from a clean panel


def test_when_visitor_asks_in_words_then_the_erase_button_asks_confirmation(page: Any) -> None:
    page.get_by_label("Votre message").fill("Je veux supprimer mes données")
    page.keyboard.press("Enter")
    button = page.locator(".msg.bot .action.data_erasure")
    button.wait_for()
    assert "dpo@verdalis.example" in page.locator(".msg.bot").last.inner_text()
    button.click()
    page.get_by_role("button", name="Oui, tout effacer").wait_for()
    assert page.get_by_role("button", name="Mes données", exact=True).get_attribute(
        "aria-expanded") == "true"
    page.get_by_role("button", name="Annuler").click()
    assert page.get_by_role("button", name="Oui, tout effacer").is_hidden()
