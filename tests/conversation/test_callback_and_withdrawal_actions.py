"""The widget's callback form and its "withdraw my consents" menu entry, as pipeline actions:
a contact detail is kept only under `callback` consent, and withdrawal stops use at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from clairbot.conversation.bot import Bot
from clairbot.conversation.models import Message
from clairbot.conversation.privacy_stages import granted_purposes
from clairbot.errors import InvalidInput
from tests.factories import start, turn

PHONE = "06 12 34 56 78"
SUNDAY_NOON_PARIS = dt.datetime(2026, 11, 29, 12, 0, tzinfo=ZoneInfo("Europe/Paris"))
GRANT = {"type": "consent", "purpose": "callback", "decision": "granted"}


@pytest.fixture
def closed_bot(demo_bot: Bot) -> Bot:
    return replace(demo_bot, clock=lambda: SUNDAY_NOON_PARIS)


def actions_of(messages: list[Message], kind: str) -> list[dict[str, Any]]:
    return [a for m in messages for a in m.actions if a["type"] == kind]


def test_when_callback_consent_is_given_while_waiting_then_the_form_is_offered(
        session: Session, closed_bot: Bot) -> None:
    conversation = start(session, closed_bot, "fr")
    ticket = turn(session, closed_bot, conversation, action={"type": "handoff"})
    assert actions_of(ticket, "callback_form") == []  # consent first
    assert {a["decision"] for a in actions_of(ticket, "consent")} == {"granted", "refused"}
    [form] = actions_of(turn(session, closed_bot, conversation, action=GRANT), "callback_form")
    assert form["field_label"] == "Numéro de téléphone ou adresse e-mail"


def test_when_consent_was_given_before_then_a_ticket_offers_the_form_at_once(
        session: Session, closed_bot: Bot) -> None:
    conversation = start(session, closed_bot, "en")
    turn(session, closed_bot, conversation, action=GRANT)
    ticket = turn(session, closed_bot, conversation, action={"type": "handoff"})
    assert actions_of(ticket, "consent") == []
    [form] = actions_of(ticket, "callback_form")
    assert form["submit"] == "Ask for a callback"


def test_when_a_contact_is_sent_with_consent_then_kept_in_the_text_only(
        session: Session, closed_bot: Bot) -> None:
    conversation = start(session, closed_bot, "fr")
    turn(session, closed_bot, conversation, action={"type": "handoff"})
    turn(session, closed_bot, conversation, action=GRANT)
    visitor, reply = turn(session, closed_bot, conversation,
                          action={"type": "callback", "contact": PHONE})
    assert visitor.text == f"Merci de me rappeler : {PHONE}"
    assert visitor.meta["action"] == {"type": "callback"}  # no clear value outside the text
    assert visitor.meta["pii"][0]["decision"] == "kept"
    assert visitor.meta["pii"][0]["purpose"] == "callback"
    assert reply.meta["kind"] == "handoff" and "recontactera" in reply.text
    assert conversation.state == "waiting_for_human"


def test_when_a_contact_is_sent_without_consent_then_masked_and_consent_offered(
        session: Session, demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "fr")
    produced = turn(session, demo_bot, conversation,
                    action={"type": "callback", "contact": PHONE})
    assert PHONE not in produced[0].text and "[PHONE]" in produced[0].text
    assert "callback" in {a["purpose"] for a in actions_of(produced, "consent")}
    assert conversation.state == "waiting_for_human"


@pytest.mark.parametrize("contact", ["", "   ", "x" * 201, None])
def test_when_a_callback_has_no_usable_contact_then_refused(
        session: Session, demo_bot: Bot, contact: str | None) -> None:
    conversation = start(session, demo_bot, "fr")
    with pytest.raises(InvalidInput) as raised:
        turn(session, demo_bot, conversation, action={"type": "callback", "contact": contact})
    assert raised.value.code == "callback.bad_contact"


def test_when_withdraw_button_is_pressed_then_every_granted_purpose_is_withdrawn(
        session: Session, demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "en")
    turn(session, demo_bot, conversation, action=GRANT)
    visitor, reply = turn(session, demo_bot, conversation, action={"type": "withdraw_consent"})
    assert visitor.text == "I withdraw my consents"
    assert reply.meta["kind"] == "consent_withdrawn"
    assert granted_purposes(demo_bot, session, conversation) == set()
