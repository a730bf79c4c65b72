"""A consent given to a purpose's earlier wording is asked again when that purpose is next used."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from clairbot.conversation.bot import Bot
from clairbot.conversation.models import Message
from tests.factories import start, turn
from tests.policy.builders import with_purpose_text

PHONE = "06 12 34 56 78"
GRANT = {"type": "consent", "purpose": "callback", "decision": "granted"}


def offers(messages: list[Message]) -> list[dict[str, Any]]:
    return [a for m in messages for a in m.actions
            if a["type"] == "consent" and a["purpose"] == "callback"]


def test_when_the_purpose_is_reworded_then_the_gate_offers_consent_again(
        session: Session, demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "fr")
    turn(session, demo_bot, conversation, action=GRANT)
    assert PHONE in turn(session, demo_bot, conversation, f"Rappelez-moi au {PHONE}")[0].text
    reworded = replace(demo_bot, spec=with_purpose_text(
        demo_bot.spec, "callback", "fr", "Nous gardons votre numéro pour vous rappeler."))
    produced = turn(session, reworded, conversation, f"Rappelez-moi au {PHONE}")
    assert PHONE not in produced[0].text and "[PHONE]" in produced[0].text
    offered = offers(produced)
    callback = reworded.spec.purpose("callback")
    assert callback is not None and offered
    assert {a["version"] for a in offered} == {callback.version("fr")}
    turn(session, reworded, conversation, action=GRANT)
    assert PHONE in turn(session, reworded, conversation, f"Rappelez-moi au {PHONE}")[0].text


def test_when_only_another_language_is_reworded_then_the_consent_still_stands(
        session: Session, demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "fr")
    turn(session, demo_bot, conversation, action=GRANT)
    reworded = replace(demo_bot, spec=with_purpose_text(
        demo_bot.spec, "callback", "en", "We keep your number to call you back."))
    produced = turn(session, reworded, conversation, f"Rappelez-moi au {PHONE}")
    assert PHONE in produced[0].text and offers(produced) == []
