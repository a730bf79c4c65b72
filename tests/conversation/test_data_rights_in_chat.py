"""Data-subject rights asked in the chat ("supprimer mes données", "export my data"): the
bot answers with the buttons that do it and the DPO's address, in any conversation state."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.orm import Session

from clairbot.conversation.bot import Bot
from clairbot.conversation.privacy_stages import granted_purposes
from clairbot.privacy import consent
from clairbot.understanding.intents import MARKETING_OBJECTION, Intent, detect_intent
from tests.conftest import EVAL_DIR
from tests.factories import start, turn

RIGHTS = (Intent.DATA_EXPORT, Intent.DATA_ERASURE, Intent.DATA_OBJECTION)


@pytest.mark.parametrize(("text", "intent"), [
    ("Je veux supprimer mes données", Intent.DATA_ERASURE),
    ("effacez toutes mes informations svp", Intent.DATA_ERASURE),
    ("droit à l'oubli", Intent.DATA_ERASURE),
    ("Please delete my data", Intent.DATA_ERASURE),
    ("erase all of my personal information", Intent.DATA_ERASURE),
    ("forget me", Intent.DATA_ERASURE),
    ("Quelles données avez-vous sur moi ?", Intent.DATA_EXPORT),
    ("je voudrais exporter mes données", Intent.DATA_EXPORT),
    ("droit d'accès", Intent.DATA_EXPORT),
    ("export my data", Intent.DATA_EXPORT),
    ("What personal data do you hold about me?", Intent.DATA_EXPORT),
    ("I want a copy of my data", Intent.DATA_EXPORT),
    ("Je m'oppose au traitement de mes données", Intent.DATA_OBJECTION),
    ("droit d'opposition", Intent.DATA_OBJECTION),
    ("I object to the processing of my data", Intent.DATA_OBJECTION),
    ("please stop using my data", Intent.DATA_OBJECTION),
    ("une copie de mes données svp", Intent.DATA_EXPORT),
    # Marketing refused is an objection too (art. 21(2)), whatever its words.
    ("désinscrivez-moi de la newsletter", Intent.DATA_OBJECTION),
    ("arrêtez de m'envoyer des SMS", Intent.DATA_OBJECTION),
    ("je ne veux plus recevoir vos offres", Intent.DATA_OBJECTION),
    ("plus de démarchage téléphonique svp", Intent.DATA_OBJECTION),
    ("stop sms promo svp", Intent.DATA_OBJECTION),
    ("unsub me from the newsletter", Intent.DATA_OBJECTION),
    ("take me off your mailing list", Intent.DATA_OBJECTION),
    ("please stop sending me marketing emails", Intent.DATA_OBJECTION),
    ("no more sales calls, thanks", Intent.DATA_OBJECTION),
])
def test_when_visitor_asks_for_their_data_rights_then_recognised(text: str,
                                                                  intent: Intent) -> None:
    assert detect_intent(text).intent is intent


@pytest.mark.parametrize("text", [
    "comment supprimer mon compte client ?", "Where can I download my invoices?",
    "Comment voir mes factures ?", "je retire mon consentement", "delete my order",
    "how do I update my details?", "I object to this price", "je m'oppose à cette facture",
    # a subscription to the service, the messages an order needs, offers asked for
    "how do I unsubscribe from the premium plan?", "comment me désabonner de l'offre logiciel ?",
    "je ne veux plus recevoir la facture par mail", "ne plus recevoir les mails de suivi ?",
    "can you send me your latest offers?", "je voudrais recevoir votre newsletter",
    "vous n'avez plus de promo ?", "is the mailing list GDPR compliant?",
])
def test_when_visitor_asks_something_else_then_not_a_data_right(text: str) -> None:
    assert detect_intent(text).intent not in RIGHTS


def test_when_customer_service_dataset_is_read_then_no_false_data_right() -> None:
    path = EVAL_DIR / "intents" / "bitext_customer_service_intents_en.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent (evaluation data lives outside the repository)")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    read = [(row, detect_intent(row["text"])) for row in rows]
    flagged = [row["text"] for row, match in read if match.intent in RIGHTS
               and match.rule != MARKETING_OBJECTION]
    print(f"data-right false positives: {len(flagged)}/{len(rows)}")
    assert flagged == []  # measured 0/8100, delete_account included
    # Bitext's "newsletter_subscription" holds both ways; only leaving it is an objection.
    marketing = [row for row, match in read if match.rule == MARKETING_OBJECTION]
    print(f"marketing objections: {len(marketing)} (58 when written)")
    assert {row["intent"] for row in marketing} <= {"newsletter_subscription"}
    assert all("unsub" in row["text"].lower() for row in marketing)


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("fr", "Je veux supprimer mes données", "data_erasure"),
    ("en", "export my data", "data_export"),
])
def test_when_a_right_is_asked_then_buttons_and_dpo_are_given(
        session: Session, demo_bot: Bot, lang: str, text: str, first: str) -> None:
    conversation = start(session, demo_bot, lang)
    turn(session, demo_bot, conversation, action={"type": "handoff"})
    conversation.state = "with_human"  # a person in charge does not silence the right
    visitor, reply = turn(session, demo_bot, conversation, text)
    assert reply.meta["kind"] == "data_rights"
    assert [a["type"] for a in reply.actions] == [first, ({"data_export", "data_erasure"}
                                                          - {first}).pop()]
    assert "dpo@verdalis.example" in reply.text


def test_when_visitor_objects_then_consents_are_withdrawn_and_the_objection_recorded(
        session: Session, demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "fr")
    turn(session, demo_bot, conversation,
         action={"type": "consent", "purpose": "callback", "decision": "granted"})
    reply = turn(session, demo_bot, conversation, "Je m'oppose au traitement de mes données")[-1]
    assert reply.meta["kind"] == "objection" and "dpo@verdalis.example" in reply.text
    state = consent.current(session=session, tenant_id=demo_bot.tenant_id,
                            subject=conversation.subject)
    assert state["callback"].decision == "withdrawn"  # the consent it had
    assert state["analytics"].decision == "objected"  # the legitimate interest
    assert "support" not in state  # the contract the chat serves goes on
    assert granted_purposes(demo_bot, session, conversation) == set()
    again = turn(session, demo_bot, conversation, "I object to the processing of my data")[-1]
    assert again.meta["kind"] == "objection"


def test_when_the_menu_objects_then_it_is_the_same_objection(session: Session,
                                                             demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "en")
    visitor, reply = turn(session, demo_bot, conversation, action={"type": "object"})
    assert visitor.text == "I object to the use of my data"
    assert reply.meta["kind"] == "objection"
    assert consent.current(session=session, tenant_id=demo_bot.tenant_id,
                           subject=conversation.subject)["analytics"].decision == "objected"


@pytest.mark.parametrize(("lang", "text", "says"), [
    ("fr", "désinscrivez-moi de la newsletter svp", "lien de désinscription"),
    ("en", "please take me off your mailing list", "unsubscribe link"),
])
def test_when_visitor_refuses_marketing_then_the_objection_is_recorded_and_the_lists_explained(
        session: Session, demo_bot: Bot, lang: str, text: str, says: str) -> None:
    conversation = start(session, demo_bot, lang)
    reply = turn(session, demo_bot, conversation, text)[-1]
    assert reply.meta["kind"] == "objection"
    assert says in reply.text and "dpo@verdalis.example" in reply.text
    assert demo_bot.spec.company.legal_name in reply.text
    state = consent.current(session=session, tenant_id=demo_bot.tenant_id,
                            subject=conversation.subject)
    assert state["analytics"].decision == "objected"  # the legitimate interest stops too


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "I withdraw my consent, and I want to speak to a manager", "consent_withdrawn"),
    ("fr", "désinscrivez-moi de la newsletter et passez-moi un conseiller", "objection"),
])
def test_when_a_right_and_a_person_are_asked_together_then_both_are_done(
        session: Session, demo_bot: Bot, lang: str, text: str, kind: str) -> None:
    # A person is always one message away, whatever else the message asks.
    conversation = start(session, demo_bot, lang)
    replies = turn(session, demo_bot, conversation, text)[1:]
    assert [reply.meta["kind"] for reply in replies][0] == kind
    assert replies[-1].meta["kind"] == "handoff"
    session.refresh(conversation)
    assert conversation.state == "waiting_for_human"
