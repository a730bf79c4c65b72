"""Timers on waiting handoffs (run by the server every minute, or `clairbot handoff check`).

- A live handoff nobody has taken within `escalation.max_live_wait_minutes`: the visitor is
  not left waiting; they are offered a callback (consent asked for the `callback` purpose)
  and the handoff becomes a ticket.
- A handoff still untaken after `escalation.sla_minutes`: escalated once to the supervisor
  (webhook `handoff.escalated`, console event), and recorded on the handoff.
- A conversation held by an agent with no sign of life for the presence timeout (console
  closed or crashed, network gone): back to the queue in its place, and the visitor is told,
  whatever the agent's browser did (DESIGN invariant 3: a handoff is never silently dropped).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from clairbot.conversation import agent_flow, service
from clairbot.conversation.bot import Bot
from clairbot.conversation.handoff_stage import callback_actions
from clairbot.conversation.models import Conversation, Message
from clairbot.handoff.models import Handoff
from clairbot.i18n import t
from clairbot.staff.models import StaffMember
from clairbot.webhooks import service as webhooks


@dataclass(frozen=True)
class TimerOutcome:
    """What a pass did to one conversation (for the real-time push)."""

    conversation_id: str
    state: str
    messages: list[Message]
    escalated: bool = False
    released: bool = False


DEFAULT_PRESENCE_TIMEOUT = dt.timedelta(seconds=90)


def run_timers(*, session: Session, bot: Bot, now: dt.datetime,
               presence_timeout: dt.timedelta = DEFAULT_PRESENCE_TIMEOUT) -> list[TimerOutcome]:
    """Return absent agents' conversations to the queue, offer callbacks to visitors waiting
    too long and escalate missed SLAs (flushes)."""
    escalation = bot.spec.escalation
    outcomes = _release_absent(session, bot, now - presence_timeout)
    outcomes += [_offer_callback(session, bot, handoff, now) for handoff in _queued(
        session, bot, older_than=now - dt.timedelta(minutes=escalation.max_live_wait_minutes),
        kind="live", unmarked=Handoff.ticket_offered_at)]
    for handoff in _queued(session, bot,
                           older_than=now - dt.timedelta(minutes=escalation.sla_minutes),
                           kind=None, unmarked=Handoff.escalated_at):
        handoff.escalated_at = now
        conversation = session.get(Conversation, handoff.conversation_id)
        state = conversation.state if conversation is not None else "waiting_for_human"
        webhooks.enqueue(session=session, tenant_id=handoff.tenant_id,
                         event_type="handoff.escalated",
                         payload={"conversation_id": handoff.conversation_id,
                                  "handoff_id": handoff.id, "state": state,
                                  "reason": handoff.reason, "lang": handoff.lang,
                                  "topic": handoff.topic})
        outcomes.append(TimerOutcome(handoff.conversation_id, state, [], escalated=True))
    session.flush()
    return outcomes


def _release_absent(session: Session, bot: Bot, seen_before: dt.datetime) -> list[TimerOutcome]:
    """Release every conversation of the tenant held by an agent last seen before
    `seen_before` (or never: held before presence was recorded)."""
    held = session.execute(
        select(Handoff.conversation_id)
        .join(StaffMember, StaffMember.id == Handoff.agent_id)
        .where(Handoff.tenant_id == bot.tenant_id, Handoff.status == "assigned",
               or_(StaffMember.last_seen_at.is_(None), StaffMember.last_seen_at < seen_before))
        .order_by(Handoff.created_at)).scalars().all()
    outcomes = []
    for conversation_id in held:
        conversation = session.get(Conversation, conversation_id, with_for_update=True)
        message = (agent_flow.release(session=session, conversation=conversation)
                   if conversation is not None else None)
        if conversation is not None and message is not None:
            outcomes.append(TimerOutcome(conversation.id, conversation.state, [message],
                                        released=True))
    return outcomes


def _queued(session: Session, bot: Bot, *, older_than: dt.datetime, kind: str | None,
            unmarked: object) -> list[Handoff]:
    query = select(Handoff).where(Handoff.tenant_id == bot.tenant_id,
                                  Handoff.status == "queued",
                                  Handoff.created_at <= older_than,
                                  unmarked.is_(None))  # type: ignore[attr-defined]
    if kind is not None:
        query = query.where(Handoff.kind == kind)
    return list(session.scalars(query.order_by(Handoff.created_at).with_for_update()))


def _offer_callback(session: Session, bot: Bot, handoff: Handoff,
                    now: dt.datetime) -> TimerOutcome:
    handoff.kind, handoff.ticket_offered_at = "ticket", now
    conversation = session.get(Conversation, handoff.conversation_id, with_for_update=True)
    if conversation is None:  # deleted meanwhile (erasure): nothing to tell
        return TimerOutcome(handoff.conversation_id, "closed", [])
    lang = conversation.lang
    actions = callback_actions(session, bot, conversation, lang)
    promise = bot.spec.escalation.outside_hours_promise.pick(lang, "")
    message = service.add_message(
        session=session, conversation=conversation, role="bot", ai_generated=True,
        text=t("bot.no_agent_in_time", lang, promise=promise), actions=actions,
        meta={"kind": "handoff", "handoff_id": handoff.id, "lang": lang,
              "spec_version": bot.spec.spec_version})
    webhooks.enqueue(session=session, tenant_id=handoff.tenant_id, event_type="ticket.created",
                     payload={"conversation_id": conversation.id, "handoff_id": handoff.id,
                              "state": conversation.state, "reason": handoff.reason,
                              "lang": lang, "topic": handoff.topic,
                              "channel": conversation.channel})
    return TimerOutcome(conversation.id, conversation.state, [message])
