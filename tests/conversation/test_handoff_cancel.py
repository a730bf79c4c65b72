"""Recall first (issue 13): a request for a person read in the visitor's words is queued in
the same turn, and its reply offers to take it back, so that a misreading costs one click.
The cancel works while no agent has taken the request (live or ticket), leaves the queue,
tells the webhooks and the audit trail; too late or with nothing to take back, nothing
changes and the visitor is told."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clairbot.conversation import agent_flow
from clairbot.conversation.bot import Bot
from clairbot.conversation.handoff_timers import run_timers
from clairbot.conversation.models import Conversation, Message
from clairbot.conversation.provenance import provenance
from clairbot.handoff import service as handoffs
from clairbot.handoff.models import Handoff
from clairbot.i18n import t
from clairbot.staff import service as staff
from clairbot.staff.models import StaffMember
from clairbot.webhooks import service as webhooks
from clairbot.webhooks.models import WebhookDelivery
from clairbot.webhooks.schemas import WebhookEndpointCreate
from tests.factories import PASSWORD, start, turn

# Demo hours: Monday to Friday, 09:00-18:00 Europe/Paris.
ASK = {"fr": "je veux parler à un conseiller", "en": "agent please"}
CANCEL = {"type": "handoff_cancel"}


def actions_of(message: Message, kind: str) -> list[dict[str, Any]]:
    return [a for a in message.actions if a["type"] == kind]


def asked(session: Session, bot: Bot, lang: str) -> tuple[Conversation, Message, Handoff]:
    """A conversation whose visitor asked for a person in words: the reply and the handoff."""
    conversation = start(session, bot, lang)
    reply = turn(session, bot, conversation, ASK[lang])[-1]
    handoff = handoffs.open_for(session=session, conversation_id=conversation.id)
    assert handoff is not None and handoff.reason == "visitor_request"
    return conversation, reply, handoff


def endpoint_for(session: Session, bot: Bot) -> str:
    return webhooks.create_endpoint(
        session=session, tenant_id=bot.tenant_id,
        endpoint_in=WebhookEndpointCreate(url="http://127.0.0.1:9/hook",
                                          event_types=["handoff.cancelled"])).id


def deliveries(session: Session, endpoint_id: str) -> list[WebhookDelivery]:
    return list(session.scalars(select(WebhookDelivery).where(
        WebhookDelivery.endpoint_id == endpoint_id)))


def agent(session: Session, bot: Bot, handoff: Handoff) -> StaffMember:
    return staff.add(session=session, tenant_id=bot.tenant_id,
                     email=f"cancel-{handoff.id[:8]}@verdalis.example",
                     display_name="Julie Martin", roles=["agent"], languages=["fr", "en"],
                     password=PASSWORD, actor=None)


@pytest.mark.parametrize(("lang", "label", "offer"), [
    ("fr", "Non merci, continuer avec l'assistant", "vous pouvez annuler la demande"),
    ("en", "No thanks, keep chatting with the assistant", "you can cancel the request"),
])
def test_when_a_person_is_asked_for_in_words_then_the_reply_offers_to_cancel(
        session: Session, open_bot: Bot, lang: str, label: str, offer: str) -> None:
    conversation, reply, handoff = asked(session, open_bot, lang)
    assert conversation.state == "waiting_for_human"  # queued in the same turn
    assert reply.actions == [{"type": "handoff_cancel", "label": label}]
    assert t("bot.handoff_requested", lang) in reply.text and offer in reply.text
    assert reply.meta["kind"] == "handoff" and reply.meta["handoff_id"] == handoff.id


def test_when_asked_in_words_outside_hours_then_callback_buttons_and_the_cancel(
        session: Session, closed_bot: Bot) -> None:
    _, reply, handoff = asked(session, closed_bot, "fr")
    assert handoff.kind == "ticket"
    assert {(a["purpose"], a["decision"]) for a in actions_of(reply, "consent")} == {
        ("callback", "granted"), ("callback", "refused")}
    assert [a["type"] for a in reply.actions][-1] == "handoff_cancel"
    assert "avant 10h le prochain jour ouvré" in reply.text
    assert "vous pouvez annuler la demande" in reply.text


@pytest.mark.parametrize("bot_name", ["open_bot", "closed_bot"])
def test_when_the_handoff_button_is_pressed_then_no_cancel_is_offered(
        session: Session, bot_name: str, request: pytest.FixtureRequest) -> None:
    bot: Bot = request.getfixturevalue(bot_name)
    conversation = start(session, bot, "en")
    reply = turn(session, bot, conversation, action={"type": "handoff"})[-1]
    assert conversation.state == "waiting_for_human"
    assert actions_of(reply, "handoff_cancel") == []
    assert t("bot.handoff_cancel_offer", "en") not in reply.text


@pytest.mark.parametrize(("lang", "questions"), [
    # two questions without an answer: reason `unanswered`
    ("en", ["Who won the 1998 football world cup?", "What is the capital of Peru?"]),
    # a topic with legal effect: reason `needs_human_topic`
    ("fr", ["Je veux résilier mon contrat-cadre, comment faire ?"]),
])
def test_when_the_bot_calls_a_person_itself_then_no_cancel_is_offered(
        session: Session, open_bot: Bot, lang: str, questions: list[str]) -> None:
    conversation = start(session, open_bot, lang)
    produced = [m for q in questions for m in turn(session, open_bot, conversation, q)]
    handoff = handoffs.open_for(session=session, conversation_id=conversation.id)
    assert handoff is not None and handoff.reason in ("unanswered", "needs_human_topic")
    assert all(actions_of(m, "handoff_cancel") == [] for m in produced)


@pytest.mark.parametrize(("lang", "said", "told"), [
    ("fr", "Non merci, je continue avec l'assistant", "votre demande est annulée"),
    ("en", "No thanks, I will carry on with the assistant", "your request for a person is "
                                                           "cancelled"),
])
def test_when_the_visitor_cancels_in_time_then_back_to_the_bot_out_of_the_queue(
        session: Session, open_bot: Bot, lang: str, said: str, told: str) -> None:
    endpoint = endpoint_for(session, open_bot)
    conversation, _, handoff = asked(session, open_bot, lang)
    visitor, reply = turn(session, open_bot, conversation, action=CANCEL)
    assert conversation.state == "bot"
    assert handoff.status == "cancelled" and handoff.resolved_at is not None
    assert handoffs.open_for(session=session, conversation_id=conversation.id) is None
    assert handoff.id not in {h.id for h in handoffs.queue(session=session,
                                                           tenant_id=open_bot.tenant_id)}
    assert visitor.text == said and visitor.meta["action"] == CANCEL
    assert told in reply.text and reply.ai_generated
    assert reply.meta["kind"] == "handoff_cancelled" and reply.meta["handoff_id"] == handoff.id
    assert [a["type"] for a in reply.actions] == ["handoff"]  # a person stays one click away
    [delivery] = deliveries(session, endpoint)
    assert delivery.event_type == "handoff.cancelled"
    assert delivery.payload["handoff_id"] == handoff.id
    assert delivery.payload["state"] == "bot"
    assert delivery.payload["previous_state"] == "waiting_for_human"
    assert delivery.payload["reason"] == "visitor_request"
    assert set(delivery.payload) <= webhooks.PAYLOAD_KEYS


def test_when_the_visitor_cancels_then_the_audit_trail_records_the_decision(
        session: Session, open_bot: Bot) -> None:
    conversation, _, handoff = asked(session, open_bot, "fr")
    visitor, reply = turn(session, open_bot, conversation, action=CANCEL)
    found = provenance(session, tenant_id=open_bot.tenant_id, message_id=reply.id)
    assert found["audit"]["intact"]
    assert found["turn"]["action"] == "handoff_cancel"
    assert found["turn"]["intent"] is None  # a button, not something to understand
    assert {"stage": "handoff", "decision": "cancelled",
            "reason": "the visitor took back their request (live, visitor_request)"
            } in found["turn"]["decisions"]
    assert found["reply"]["kind"] == "handoff_cancelled"
    assert found["reply"]["actions"] == ["handoff"]
    assert reply.meta["decisions"] == found["turn"]["decisions"]
    assert provenance(session, tenant_id=open_bot.tenant_id,
                      message_id=visitor.id)["turn"]["action"] == "handoff_cancel"


def test_when_a_ticket_is_cancelled_before_anyone_handled_it_then_the_same(
        session: Session, closed_bot: Bot) -> None:
    endpoint = endpoint_for(session, closed_bot)
    conversation, _, handoff = asked(session, closed_bot, "en")
    reply = turn(session, closed_bot, conversation, action=CANCEL)[-1]
    assert handoff.kind == "ticket" and handoff.status == "cancelled"
    assert conversation.state == "bot" and reply.meta["kind"] == "handoff_cancelled"
    assert [d.event_type for d in deliveries(session, endpoint)] == ["handoff.cancelled"]


@pytest.mark.parametrize(("lang", "told"), [
    ("fr", "a déjà repris cette conversation"),
    ("en", "has already taken over this conversation"),
])
def test_when_an_agent_has_taken_it_then_nothing_changes_and_the_visitor_is_told(
        session: Session, open_bot: Bot, lang: str, told: str) -> None:
    endpoint = endpoint_for(session, open_bot)
    conversation, _, handoff = asked(session, open_bot, lang)
    agent_flow.take(session=session, conversation=conversation,
                    agent=agent(session, open_bot, handoff))
    reply = turn(session, open_bot, conversation, action=CANCEL)[-1]
    assert conversation.state == "with_human"
    assert handoff.status == "assigned" and handoff.resolved_at is None
    assert told in reply.text and reply.meta["kind"] == "handoff_cancel_refused"
    assert {"stage": "handoff", "decision": "kept",
            "reason": "an agent has already taken the request"} in reply.meta["decisions"]
    assert deliveries(session, endpoint) == []


def test_when_the_agent_released_it_to_the_queue_then_it_can_be_cancelled_again(
        session: Session, open_bot: Bot) -> None:
    conversation, _, handoff = asked(session, open_bot, "fr")
    member = agent(session, open_bot, handoff)
    agent_flow.take(session=session, conversation=conversation, agent=member)
    agent_flow.release(session=session, conversation=conversation, agent=member)
    turn(session, open_bot, conversation, action=CANCEL)
    assert handoff.status == "cancelled" and conversation.state == "bot"


@pytest.mark.parametrize(("lang", "told"), [
    ("fr", "Il n'y a aucune demande à annuler"),
    ("en", "There is no request for a person to cancel"),
])
def test_when_there_is_nothing_to_cancel_then_nothing_changes_and_the_visitor_is_told(
        session: Session, open_bot: Bot, lang: str, told: str) -> None:
    conversation = start(session, open_bot, lang)
    visitor, reply = turn(session, open_bot, conversation, action=CANCEL)
    assert conversation.state == "bot"
    assert not handoffs.ever_for(session=session, conversation_id=conversation.id)
    assert told in reply.text and reply.meta["kind"] == "handoff_cancel_refused"
    assert [a["type"] for a in reply.actions] == ["handoff"]
    assert reply.meta["decisions"] == [{"stage": "handoff", "decision": "nothing_to_cancel",
                                        "reason": "no open request for a person"}]


def test_when_cancelled_twice_then_the_second_has_nothing_to_cancel(
        session: Session, open_bot: Bot) -> None:
    endpoint = endpoint_for(session, open_bot)
    conversation, _, handoff = asked(session, open_bot, "en")
    turn(session, open_bot, conversation, action=CANCEL)
    again = turn(session, open_bot, conversation, action=CANCEL)[-1]
    assert again.meta["kind"] == "handoff_cancel_refused"
    assert handoff.status == "cancelled" and conversation.state == "bot"
    assert len(deliveries(session, endpoint)) == 1


def test_when_a_person_is_asked_for_again_after_a_cancel_then_a_new_request_is_queued(
        session: Session, open_bot: Bot) -> None:
    conversation, _, first = asked(session, open_bot, "fr")
    turn(session, open_bot, conversation, action=CANCEL)
    turn(session, open_bot, conversation, action={"type": "handoff"})
    second = handoffs.open_for(session=session, conversation_id=conversation.id)
    assert second is not None and second.id != first.id and second.reason == "button"
    assert conversation.state == "waiting_for_human"


def test_when_the_cancelled_request_was_old_then_the_timers_leave_it_alone(
        session: Session, open_bot: Bot) -> None:
    """A cancelled request is out of the queue for the timers too: no callback offer, no
    escalation to the supervisor."""
    session.execute(update(Handoff).where(Handoff.status.in_(("queued", "assigned")))
                    .values(status="cancelled"))  # other tests' open handoffs stay out
    conversation, _, handoff = asked(session, open_bot, "fr")
    turn(session, open_bot, conversation, action=CANCEL)
    outcomes = run_timers(session=session, bot=open_bot,
                          now=handoff.created_at + dt.timedelta(days=1))
    assert all(o.conversation_id != conversation.id for o in outcomes)
    assert handoff.escalated_at is None and handoff.ticket_offered_at is None
