"""Nobody is left waiting: a live handoff untaken for too long becomes a callback offer,
one untaken past the SLA is escalated; an important topic the bot is unsure about goes to a
person at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clairbot.conversation import agent_flow
from clairbot.conversation.bot import Bot
from clairbot.conversation.handoff_timers import run_timers
from clairbot.conversation.models import Conversation
from clairbot.handoff import service as handoffs
from clairbot.handoff.models import Handoff
from clairbot.staff import service as staff
from clairbot.webhooks import service as webhooks
from clairbot.webhooks.models import WebhookDelivery
from clairbot.webhooks.schemas import WebhookEndpointCreate
from tests.factories import PASSWORD, start, turn

MONDAY_10H_PARIS = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def open_bot(demo_bot: Bot, session: Session) -> Bot:
    # Other tests' open handoffs share the database: keep this test's timers to its own.
    session.execute(update(Handoff).where(Handoff.status.in_(("queued", "assigned")))
                    .values(status="cancelled"))
    return replace(demo_bot, clock=lambda: MONDAY_10H_PARIS)


def waiting(session: Session, bot: Bot, lang: str = "fr") -> Handoff:
    conversation = start(session, bot, lang)
    turn(session, bot, conversation, "je veux parler à un conseiller")
    handoff = handoffs.open_for(session=session, conversation_id=conversation.id)
    assert handoff is not None and handoff.kind == "live"
    return handoff


def test_when_nobody_takes_a_live_handoff_in_time_then_a_callback_is_offered_once(
        session: Session, open_bot: Bot) -> None:
    handoff = waiting(session, open_bot)
    wait = open_bot.spec.escalation.max_live_wait_minutes
    assert run_timers(session=session, bot=open_bot,
                      now=handoff.created_at + dt.timedelta(minutes=wait - 1)) == []
    [outcome] = [o for o in run_timers(session=session, bot=open_bot,
                                       now=handoff.created_at + dt.timedelta(minutes=wait))
                 if o.conversation_id == handoff.conversation_id]
    [message] = outcome.messages
    assert message.ai_generated and "rappeler" in message.text
    assert {(a["purpose"], a["decision"]) for a in message.actions} == {
        ("callback", "granted"), ("callback", "refused")}
    assert handoff.kind == "ticket" and handoff.status == "queued"  # still in the queue
    again = run_timers(session=session, bot=open_bot,
                       now=handoff.created_at + dt.timedelta(minutes=wait + 1))
    assert all(o.conversation_id != handoff.conversation_id or not o.messages for o in again)


def test_when_the_sla_is_missed_then_escalated_once_with_a_webhook_event(
        session: Session, open_bot: Bot) -> None:
    handoff = waiting(session, open_bot)
    late = handoff.created_at + dt.timedelta(minutes=open_bot.spec.escalation.sla_minutes)
    outcomes = run_timers(session=session, bot=open_bot, now=late)
    assert any(o.escalated and o.conversation_id == handoff.conversation_id for o in outcomes)
    assert handoff.escalated_at == late
    later = run_timers(session=session, bot=open_bot, now=late + dt.timedelta(minutes=5))
    assert not any(o.escalated for o in later)


def test_when_taken_in_time_then_no_timer_fires(session: Session, open_bot: Bot) -> None:
    handoff = waiting(session, open_bot)
    handoffs.assign(session=session, handoff=handoff, agent_id="agent1")
    assert run_timers(session=session, bot=open_bot,
                      now=handoff.created_at + dt.timedelta(days=1)) == []


def test_when_escalated_then_a_signed_event_is_queued_without_personal_data(
        session: Session, open_bot: Bot) -> None:
    endpoint = webhooks.create_endpoint(
        session=session, tenant_id=open_bot.tenant_id,
        endpoint_in=WebhookEndpointCreate(url="http://127.0.0.1:9/hook",  # type: ignore[arg-type]
                                          event_types=["handoff.escalated"]))
    handoff = waiting(session, open_bot)
    run_timers(session=session, bot=open_bot, now=handoff.created_at + dt.timedelta(days=1))
    [delivery] = session.scalars(select(WebhookDelivery).where(
        WebhookDelivery.endpoint_id == endpoint.id)).all()
    assert delivery.payload["handoff_id"] == handoff.id
    assert set(delivery.payload) <= webhooks.PAYLOAD_KEYS


def test_when_an_important_topic_is_uncertain_then_a_person_answers(
        session: Session, open_bot: Bot) -> None:
    topics = tuple(t.model_copy(update={"important": t.id == "billing"})
                   for t in open_bot.spec.topics)
    bot = replace(open_bot, spec=open_bot.spec.model_copy(update={"topics": topics}))
    conversation = start(session, bot, "en")
    replies = turn(session, bot, conversation, "invoice overdue penalty negotiation appeal")
    handoff = handoffs.open_for(session=session, conversation_id=conversation.id)
    assert [m.meta["kind"] for m in replies[1:]] == ["dont_know", "handoff"]
    assert handoff is not None and handoff.reason == "low_confidence"
    assert handoff.topic == "billing"


@pytest.mark.parametrize(("last_seen_ago", "released"), [
    (dt.timedelta(seconds=30), False),   # seen recently: the agent keeps it
    (dt.timedelta(seconds=91), True),    # unseen past the 90 s timeout: back to the queue
    (None, True),                        # never seen (held before presence was recorded)
])
def test_when_the_agent_holding_a_conversation_is_unseen_then_it_returns_to_the_queue(
        session: Session, open_bot: Bot, last_seen_ago: dt.timedelta | None,
        released: bool) -> None:
    handoff = waiting(session, open_bot)
    member = staff.add(session=session, tenant_id=open_bot.tenant_id,
                       email=f"presence-{handoff.id[:8]}@verdalis.example",
                       display_name="Julie Martin", roles=["agent"], languages=["fr"],
                       password=PASSWORD, actor=None)
    conversation = session.get(Conversation, handoff.conversation_id)
    assert conversation is not None
    agent_flow.take(session=session, conversation=conversation, agent=member)
    now = MONDAY_10H_PARIS
    member.last_seen_at = None if last_seen_ago is None else now - last_seen_ago
    outcomes = [o for o in run_timers(session=session, bot=open_bot, now=now,
                                      presence_timeout=dt.timedelta(seconds=90))
                if o.conversation_id == conversation.id]
    assert bool(outcomes) is released
    assert conversation.state == ("waiting_for_human" if released else "with_human")
    if released:
        [told] = outcomes[0].messages
        assert told.role == "system" and "file" in told.text  # "... reste dans la file ..."
        assert handoff.status == "queued" and outcomes[0].released
