"""Every way to a person: asking, the button, unanswered questions, topics with legal effect;
in business hours a queue place, outside them a ticket with the promise and a consent ask."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from clairbot.conversation import pipeline
from clairbot.conversation.bot import Bot
from clairbot.handoff import service as handoffs
from tests.factories import start, turn

# Demo hours: Monday to Friday, 09:00-18:00 Europe/Paris.






def test_when_person_asked_in_hours_then_queued_with_a_place(session: Session,
                                                             open_bot: Bot) -> None:
    conversation = start(session, open_bot)
    reply = turn(session, open_bot, conversation, "je veux parler à un conseiller")[-1]
    handoff = handoffs.open_for(session=session, conversation_id=conversation.id)
    assert handoff is not None and handoff.kind == "live" and handoff.reason == "visitor_request"
    assert handoff.detail  # the intent rule that fired
    assert "position" in reply.text and reply.meta["handoff_id"] == handoff.id


def test_when_button_pressed_then_reason_is_button(session: Session, open_bot: Bot) -> None:
    conversation = start(session, open_bot, "en")
    pipeline.handle_turn(session=session, bot=open_bot, conversation=conversation,
                         inbound=pipeline.Inbound(action={"type": "handoff"}))
    handoff = handoffs.open_for(session=session, conversation_id=conversation.id)
    assert handoff is not None and handoff.reason == "button"


def test_when_person_asked_outside_hours_then_ticket_with_promise_and_consent_ask(
        session: Session, closed_bot: Bot) -> None:
    conversation = start(session, closed_bot)
    reply = turn(session, closed_bot, conversation, "je veux parler à un conseiller")[-1]
    handoff = handoffs.open_for(session=session, conversation_id=conversation.id)
    assert handoff is not None and handoff.kind == "ticket"
    assert "avant 10h le prochain jour ouvré" in reply.text
    assert {(a["purpose"], a["decision"]) for a in reply.actions if a["type"] == "consent"} == {
        ("callback", "granted"), ("callback", "refused")}
    # Asked in words: the request may be a misreading, so it can be taken back in one click.
    assert reply.actions[-1]["type"] == "handoff_cancel"
    assert conversation.state == "waiting_for_human"


def test_when_bot_cannot_answer_twice_then_a_person_is_called(session: Session,
                                                               open_bot: Bot) -> None:
    conversation = start(session, open_bot, "en")
    turn(session, open_bot, conversation, "Who won the 1998 football world cup?")
    assert conversation.state == "bot"
    replies = turn(session, open_bot, conversation, "What is the capital of Peru?")
    assert conversation.state == "waiting_for_human"
    handoff = handoffs.open_for(session=session, conversation_id=conversation.id)
    assert handoff is not None and handoff.reason == "unanswered"
    assert [m.meta["kind"] for m in replies[1:]] == ["dont_know", "handoff"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Je veux résilier mon contrat-cadre, comment faire ?"),
    ("en", "How do I terminate my framework agreement?"),
])
def test_when_topic_has_legal_effect_then_a_person_decides(session: Session, open_bot: Bot,
                                                           lang: str, text: str) -> None:
    conversation = start(session, open_bot, lang)
    replies = turn(session, open_bot, conversation, text)
    handoff = handoffs.open_for(session=session, conversation_id=conversation.id)
    assert handoff is not None and handoff.reason == "needs_human_topic"
    assert handoff.topic == "contracts"
    assert replies[-1].meta["kind"] == "handoff"
