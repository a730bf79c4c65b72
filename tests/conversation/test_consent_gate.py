"""Stages 3-4: personal data is kept only under a lawful basis; otherwise masked, explained,
and consent offered where a declared purpose needs it. Withdrawal stops use at once."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from clairbot.conversation.bot import Bot
from clairbot.conversation.models import Message
from clairbot.errors import InvalidInput
from clairbot.privacy import consent
from tests.factories import start, turn

PHONE = "06 12 34 56 78"
EMAIL = "jean.dupont@example.com"
SIRET = "732 829 320 00074"






def consent_actions(messages: list[Message]) -> list[dict[str, Any]]:
    return [a for m in messages for a in m.actions if a["type"] == "consent"]


@pytest.mark.parametrize(("lang", "text", "value", "placeholder"), [
    ("fr", f"Rappelez-moi au {PHONE}", PHONE, "[PHONE]"),             # needs consent
    ("en", f"my email is {EMAIL}, thanks", EMAIL, "[EMAIL]"),          # needs consent
    ("fr", "IBAN FR76 3000 6000 0112 3456 7890 189 pour le remboursement",
     "FR76 3000 6000 0112 3456 7890 189", "[IBAN]"),                   # no purpose declares it
])
def test_when_data_has_no_lawful_basis_then_masked_before_storage(
        session: Session, demo_bot: Bot, lang: str, text: str, value: str,
        placeholder: str) -> None:
    conversation = start(session, demo_bot, lang)
    produced = turn(session, demo_bot, conversation, text)
    visitor = produced[0]
    assert value not in visitor.text and placeholder in visitor.text
    assert visitor.meta["pii"][0]["decision"] == "masked"
    assert "value" not in visitor.meta["pii"][0]
    notice = produced[1]
    assert notice.meta["kind"] == "privacy_notice" and notice.ai_generated
    assert all(value not in m.text for m in produced)


def test_when_a_purpose_needs_the_masked_data_then_consent_is_offered_with_its_text(
        session: Session, demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "fr")
    offers = consent_actions(turn(session, demo_bot, conversation, f"Mon numéro : {PHONE}"))
    purposes = {a["purpose"] for a in offers}
    assert "callback" in purposes
    granted = next(a for a in offers if a["purpose"] == "callback" and a["decision"] == "granted")
    callback = demo_bot.spec.purpose("callback")
    assert callback is not None
    assert granted["text"] == callback.text("fr") and granted["version"] == callback.version("fr")
    assert {a["decision"] for a in offers} == {"granted", "refused"}


def test_when_support_has_a_basis_then_company_ids_are_kept(session: Session,
                                                            demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "fr")
    produced = turn(session, demo_bot, conversation, f"Notre SIRET est {SIRET}")
    assert SIRET in produced[0].text
    decision = produced[0].meta["pii"][0]
    assert decision["decision"] == "kept" and decision["purpose"] == "support"
    assert all(m.meta.get("kind") != "privacy_notice" for m in produced)


def test_when_consent_granted_then_data_kept_and_ledger_proves_it(session: Session,
                                                                  demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "fr")
    turn(session, demo_bot, conversation,
         action={"type": "consent", "purpose": "callback", "decision": "granted"})
    produced = turn(session, demo_bot, conversation, f"Rappelez-moi au {PHONE}")
    assert PHONE in produced[0].text
    assert produced[0].meta["pii"][0]["purpose"] == "callback"
    [entry] = consent.history(session=session, tenant_id=demo_bot.tenant_id,
                              subject=conversation.subject)
    callback = demo_bot.spec.purpose("callback")
    assert callback is not None
    assert (entry.decision, entry.text, entry.text_version) == (
        "granted", callback.text("fr"), callback.version("fr"))


@pytest.mark.parametrize(("lang", "phrase"), [
    ("fr", "je retire mon consentement"),
    ("fr", "Je souhaite révoquer mon accord"),
    ("en", "I withdraw my consent"),
    ("en", "please revoke my consent"),
])
def test_when_consent_withdrawn_in_chat_then_use_stops_at_once(
        session: Session, demo_bot: Bot, lang: str, phrase: str) -> None:
    conversation = start(session, demo_bot, lang)
    turn(session, demo_bot, conversation,
         action={"type": "consent", "purpose": "callback", "decision": "granted"})
    reply = turn(session, demo_bot, conversation, phrase)[-1]
    assert reply.meta["kind"] == "consent_withdrawn"
    assert consent.granted(session=session, tenant_id=demo_bot.tenant_id,
                           subject=conversation.subject,
                           versions=demo_bot.spec.consent_versions()) == set()
    produced = turn(session, demo_bot, conversation, f"call {PHONE}")
    assert PHONE not in produced[0].text


def test_when_withdraw_button_pressed_then_recorded(session: Session, demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "en")
    for decision in ("granted", "withdrawn"):
        turn(session, demo_bot, conversation,
             action={"type": "consent", "purpose": "callback", "decision": decision})
    history = consent.history(session=session, tenant_id=demo_bot.tenant_id,
                              subject=conversation.subject)
    assert [h.decision for h in history] == ["granted", "withdrawn"]


def test_when_consent_refused_then_the_service_goes_on(session: Session, demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "en")
    turn(session, demo_bot, conversation,
         action={"type": "consent", "purpose": "callback", "decision": "refused"})
    reply = turn(session, demo_bot, conversation, "What are your payment terms?")[-1]
    assert reply.meta["kind"] == "answer"


@pytest.mark.parametrize(("action", "code"), [
    ({"type": "consent", "purpose": "nothing", "decision": "granted"},
     "consent.unknown_purpose"),                                        # undeclared purpose
    ({"type": "consent", "purpose": "support", "decision": "granted"},
     "consent.unknown_purpose"),                                        # not a consent basis
    ({"type": "consent", "purpose": "callback", "decision": "maybe"}, "consent.bad_decision"),
])
def test_when_consent_action_is_wrong_then_refused(session: Session, demo_bot: Bot,
                                                   action: dict[str, Any], code: str) -> None:
    conversation = start(session, demo_bot)
    with pytest.raises(InvalidInput) as caught:
        turn(session, demo_bot, conversation, action=action)
    assert caught.value.code == code


@pytest.mark.parametrize(("lang", "text", "subtype"), [
    ("fr", "Je suis diabétique, vos emballages sont-ils sûrs ?", "health"),
    ("en", "I am pregnant, can I still handle the pallets?", "health"),
])
def test_when_special_category_shared_then_warned_and_never_kept(
        session: Session, demo_bot: Bot, lang: str, text: str, subtype: str) -> None:
    conversation = start(session, demo_bot, lang)
    produced = turn(session, demo_bot, conversation, text)
    assert "[SPECIAL_CATEGORY]" in produced[0].text
    decision = next(d for d in produced[0].meta["pii"] if d["type"] == "SPECIAL_CATEGORY")
    assert decision == {**decision, "decision": "masked", "subtype": subtype}
    assert produced[1].meta["kind"] == "privacy_notice"
