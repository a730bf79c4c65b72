"""Each stage of the turn pipeline, on the real database (rolled back after each test)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clairbot.conversation import pipeline
from clairbot.conversation.bot import Bot
from clairbot.conversation.models import Conversation, Message
from clairbot.errors import Conflict, InvalidInput
from clairbot.knowledge import KnowledgeIndex
from clairbot.respond import Answer
from clairbot.understanding.intents import Intent, IntentMatch
from tests.factories import start, turn


def count_messages(session: Session, conversation: Conversation) -> int:
    return session.scalar(select(func.count()).select_from(Message)
                          .where(Message.conversation_id == conversation.id)) or 0


class ScriptedResponder:
    """Stands in for a responder (e.g. an LLM) whose output the guard must police."""

    name = "scripted"

    def __init__(self, text: str, sources: list[dict[str, Any]] | None = None) -> None:
        self.text, self.sources = text, sources

    def answer(self, *, question: str, lang: str, index: KnowledgeIndex) -> Answer:
        sources = self.sources if self.sources is not None else [
            {"title": "T", "url": None, "owner": "O"}]
        return Answer(text=self.text, answered=True, confidence=0.9, responder=self.name,
                      sources=sources)


class BrokenResponder:
    name = "broken"

    def answer(self, *, question: str, lang: str, index: KnowledgeIndex) -> Answer:
        raise RuntimeError("responder crashed mid-turn")


# stage 1: normalize + limits ---------------------------------------------------------------

def test_when_text_has_control_characters_then_they_are_removed(session: Session,
                                                                demo_bot: Bot) -> None:
    conversation = start(session, demo_bot)
    visitor = turn(session, demo_bot, conversation, "  Bon\x00jour\u200b \x07 ")[0]
    assert visitor.text == "Bonjour"


@pytest.mark.parametrize(("text", "code"), [
    ("", "message.empty"),           # nothing at all
    ("\u200b\u200d  ", "message.empty"),  # only invisible characters
    ("é" * 2001, "message.too_long"),     # counted in characters, not bytes
])
def test_when_text_is_refused_then_nothing_is_stored(session: Session, demo_bot: Bot, text: str,
                                                     code: str) -> None:
    conversation = start(session, demo_bot)
    with pytest.raises(InvalidInput) as caught:
        turn(session, demo_bot, conversation, text)
    assert caught.value.code == code
    assert count_messages(session, conversation) == 1


def test_when_text_is_exactly_at_the_limit_then_accepted(session: Session, demo_bot: Bot) -> None:
    conversation = start(session, demo_bot)
    assert len(turn(session, demo_bot, conversation, "a" * demo_bot.max_message_chars)) == 2


# stage 2: language -------------------------------------------------------------------------

def test_when_visitor_writes_english_in_a_french_conversation_then_bot_switches(
        session: Session, demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "fr")
    reply = turn(session, demo_bot, conversation, "Hello, how can I track my delivery?")[-1]
    assert conversation.lang == "en"
    assert reply.meta["lang"] == "en"


# stage 5 + 6: intents and responses --------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "je veux parler à un conseiller"),
    ("fr", "Passez-moi quelqu'un de votre équipe svp"),
    ("en", "agent please"),
    ("en", "Can I talk to a real person?"),
])
def test_when_visitor_asks_for_a_human_then_waiting_for_human_in_one_turn(
        session: Session, demo_bot: Bot, lang: str, text: str) -> None:
    conversation = start(session, demo_bot, lang)
    reply = turn(session, demo_bot, conversation, text)[-1]
    assert conversation.state == "waiting_for_human"
    assert reply.meta["kind"] == "handoff" and reply.ai_generated


def test_when_human_asked_twice_then_state_stays_and_bot_confirms(session: Session,
                                                                  demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "en")
    turn(session, demo_bot, conversation, action={"type": "handoff"})
    reply = turn(session, demo_bot, conversation, "talk to a human")[-1]
    assert conversation.state == "waiting_for_human"
    assert "already" in reply.text


def test_when_waiting_for_human_then_bot_still_answers_questions(session: Session,
                                                                 demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "en")
    turn(session, demo_bot, conversation, action={"type": "handoff"})
    reply = turn(session, demo_bot, conversation, "What are your payment terms?")[-1]
    assert reply.meta["kind"] == "answer" and reply.sources


def test_when_a_person_has_the_conversation_then_bot_stays_silent(session: Session,
                                                                  demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "en")
    conversation.state = "with_human"
    produced = turn(session, demo_bot, conversation, "What are your payment terms?")
    assert [m.role for m in produced] == ["visitor"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Est-ce que tu es un robot ?", "assistant automatisé"),
    ("fr", "je parle à un humain là ?", "pas une personne"),
    ("en", "are you a bot", "automated assistant"),
    ("en", "Am I talking to a real person?", "not a person"),
])
def test_when_asked_if_bot_then_truthful_answer(session: Session, demo_bot: Bot, lang: str,
                                                text: str, expected: str) -> None:
    conversation = start(session, demo_bot, lang)
    reply = turn(session, demo_bot, conversation, text)[-1]
    assert reply.meta["kind"] == "identity"
    assert expected in reply.text and reply.ai_generated


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Are you a bot? Put me through to a real person please.", "automated assistant"),
    ("fr", "t'es un robot ? je veux parler à un conseiller", "assistant automatisé"),
])
def test_when_asked_if_bot_and_for_a_person_then_both_are_answered_in_the_turn(
        session: Session, demo_bot: Bot, lang: str, text: str, expected: str) -> None:
    conversation = start(session, demo_bot, lang)
    visitor, *replies = turn(session, demo_bot, conversation, text)
    assert [reply.meta["kind"] for reply in replies] == ["identity", "handoff"]
    assert expected in replies[0].text and not replies[0].actions  # queued already
    assert conversation.state == "waiting_for_human"
    assert visitor.meta["intent"] == "human_request"
    assert visitor.meta["also"] == ["bot_identity"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "How long does delivery take to Belgium?", "automated assistant"),
    ("fr", "Quel est le délai de livraison pour la Belgique ?", "assistant automatisé"),
])
def test_when_the_model_doubts_a_question_is_about_the_bot_then_it_discloses_and_answers(
        session: Session, demo_bot: Bot, monkeypatch: pytest.MonkeyPatch, lang: str, text: str,
        expected: str) -> None:
    # What the model reads in doubt is its own matter (tests/understanding); here, what the
    # turn makes of it: the disclosure first, then the answer, and nobody is queued.
    monkeypatch.setattr(pipeline, "detect_intent", lambda text, lang=None: IntentMatch(
        Intent.QUESTION, "model.doubt.bot_identity@0.05", (Intent.BOT_IDENTITY,)))
    conversation = start(session, demo_bot, lang)
    visitor, *replies = turn(session, demo_bot, conversation, text)
    assert [reply.meta["kind"] for reply in replies][:1] == ["identity"]
    assert expected in replies[0].text
    assert replies[1].meta["kind"] in ("answer", "dont_know")
    assert conversation.state == "bot"
    assert visitor.meta["intent"] == "question" and visitor.meta["also"] == ["bot_identity"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Bonjour !"), ("fr", "merci beaucoup"), ("fr", "au revoir"),
    ("en", "hello"), ("en", "thanks a lot"), ("en", "bye"),
])
def test_when_small_talk_then_polite_reply_without_sources(session: Session, demo_bot: Bot,
                                                           lang: str, text: str) -> None:
    conversation = start(session, demo_bot, lang)
    reply = turn(session, demo_bot, conversation, text)[-1]
    assert reply.meta["kind"] == "small_talk" and not reply.sources


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Quels sont vos délais de paiement pour les factures ?"),
    ("fr", "Comment suivre ma livraison ?"),
    ("en", "How do I return damaged goods?"),
    ("en", "Are your boxes FSC certified?"),
])
def test_when_question_is_in_the_knowledge_then_cited_answer(session: Session, demo_bot: Bot,
                                                             lang: str, text: str) -> None:
    conversation = start(session, demo_bot, lang)
    reply = turn(session, demo_bot, conversation, text)[-1]
    assert reply.meta["kind"] == "answer", reply.text
    assert reply.sources and reply.sources[0]["owner"]
    assert reply.meta["passages"][0]["version"] and reply.meta["spec_version"]
    assert conversation.unanswered == 0


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Quelle est la capitale du Pérou ?"),
    ("en", "Who won the football world cup in 1998?"),
])
def test_when_question_is_off_topic_then_honest_dont_know_with_human_offered(
        session: Session, demo_bot: Bot, lang: str, text: str) -> None:
    conversation = start(session, demo_bot, lang)
    reply = turn(session, demo_bot, conversation, text)[-1]
    assert reply.meta["kind"] == "dont_know" and not reply.sources
    assert any(a["type"] == "handoff" for a in reply.actions)
    assert conversation.unanswered == 1


# stage 7: outbound guard -------------------------------------------------------------------

@pytest.mark.parametrize("claim", [
    "Bien sûr, je suis un humain, je m'appelle Julie.",
    "Don't worry, I'm a real person.",
])
def test_when_a_responder_claims_to_be_human_then_guard_replaces_it(
        session: Session, demo_bot: Bot, claim: str) -> None:
    bot = replace(demo_bot, responder=ScriptedResponder(claim))
    conversation = start(session, bot, "en")
    reply = turn(session, bot, conversation, "tell me about your packaging")[-1]
    assert reply.meta["kind"] == "blocked" and claim not in reply.text
    assert reply.meta["decisions"][0]["decision"] == "replaced"
    assert any(a["type"] == "handoff" for a in reply.actions)


def test_when_an_answer_has_no_source_then_guard_refuses_it(session: Session,
                                                            demo_bot: Bot) -> None:
    bot = replace(demo_bot, responder=ScriptedResponder("Trust me.", sources=[]))
    conversation = start(session, bot, "en")
    reply = turn(session, bot, conversation, "tell me about your packaging")[-1]
    assert reply.meta["kind"] == "dont_know" and reply.text != "Trust me."


def test_when_a_source_has_no_owner_then_guard_refuses_the_answer(session: Session,
                                                                  demo_bot: Bot) -> None:
    orphan = [{"title": "Old leaflet", "url": None, "owner": ""}]
    bot = replace(demo_bot, responder=ScriptedResponder("Trust me.", sources=orphan))
    conversation = start(session, bot, "en")
    reply = turn(session, bot, conversation, "tell me about your packaging")[-1]
    assert reply.meta["kind"] == "dont_know" and reply.sources == []
    assert reply.meta["decisions"][0]["reason"] == "answer without a source and its owner"


# stage 8: persistence ----------------------------------------------------------------------

def test_when_a_stage_fails_then_no_part_of_the_turn_is_stored(session: Session,
                                                               demo_bot: Bot) -> None:
    bot = replace(demo_bot, responder=BrokenResponder())
    conversation = start(session, bot, "en")
    nested = session.begin_nested()
    with pytest.raises(RuntimeError):
        turn(session, bot, conversation, "what about invoices?")
    nested.rollback()
    assert count_messages(session, conversation) == 1
    assert conversation.last_seq == 1


def test_when_conversation_is_closed_then_turn_refused(session: Session, demo_bot: Bot) -> None:
    conversation = start(session, demo_bot)
    conversation.state = "closed"
    with pytest.raises(Conflict) as caught:
        turn(session, demo_bot, conversation, "hello")
    assert caught.value.code == "conversation.closed"


def test_when_turns_run_then_every_bot_message_is_labelled_ai(session: Session,
                                                              demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "fr")
    for text in ("bonjour", "es-tu humain ?", "comment payer ma facture ?", "météo demain ?",
                 "je veux un conseiller", "merci"):
        turn(session, demo_bot, conversation, text)
    rows = session.scalars(select(Message).where(Message.conversation_id == conversation.id))
    for message in rows:
        assert message.ai_generated is (message.role == "bot")


def test_when_a_question_carries_masked_data_then_it_is_still_answered(
        session: Session, demo_bot: Bot) -> None:
    conversation = start(session, demo_bot, "fr")
    produced = turn(session, demo_bot, conversation,
                    "Quels sont vos délais de paiement ? Mon e-mail est jean@example.com")
    assert "[EMAIL]" in produced[0].text
    answers = [m for m in produced if m.meta.get("kind") == "answer"]
    assert answers and answers[0].sources[0]["title"] == "Conditions et délais de paiement"
