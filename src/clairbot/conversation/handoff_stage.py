"""Handing a conversation to a person (DESIGN.md invariant 3), from any trigger.

During business hours the conversation joins the live queue and the visitor is told their
place in it; outside them it becomes a ticket with the spec's promise, and the visitor is
asked for consent before any contact detail is kept (purpose `callback`).

Recall first: a request read in the visitor's words is queued at once, so a misreading must
cost one click. That reply offers the `handoff_cancel` button, and `cancel_person` takes the
request back as long as no agent has taken it (a live request and a ticket alike).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from clairbot.conversation import service
from clairbot.conversation.bot import Bot
from clairbot.conversation.models import Conversation
from clairbot.conversation.privacy_stages import consent_buttons, granted_purposes
from clairbot.conversation.turn import Reply, Turn
from clairbot.handoff import service as handoff_service
from clairbot.i18n import t
from clairbot.webhooks import service as webhooks

CALLBACK = "callback"
HANDOFF_CANCEL = "handoff_cancel"
# Only a request read in the visitor's words may be a misreading worth a cancel button.
CANCELLABLE_REASONS = frozenset({"visitor_request"})


def request_person(turn: Turn, bot: Bot, session: Session, *, reason: str, detail: str,
                   topic: str | None = None) -> Reply:
    """Queue the conversation for a person (or open a ticket) and say what happens next."""
    conversation, lang = turn.conversation, turn.lang
    if turn.handoff_gate is not None:
        turn.handoff_gate(turn)  # may refuse: rate limits protect the queue from floods
    open_now = bot.spec.escalation.business_hours.is_open(bot.clock())
    handoff = handoff_service.request(
        session=session, tenant_id=conversation.tenant_id, conversation_id=conversation.id,
        reason=reason, detail=detail, lang=lang, topic=topic,
        kind="live" if open_now else "ticket")
    previous, turn.state = turn.state, "waiting_for_human"
    turn.handoff_id = handoff.id
    webhooks.enqueue(session=session, tenant_id=conversation.tenant_id,
                     event_type="handoff.requested" if open_now else "ticket.created",
                     payload={"conversation_id": conversation.id, "handoff_id": handoff.id,
                              "state": turn.state, "previous_state": previous,
                              "reason": reason, "lang": lang, "topic": topic,
                              "channel": conversation.channel})
    cancellable = reason in CANCELLABLE_REASONS
    offer = f" {t('bot.handoff_cancel_offer', lang)}" if cancellable else ""
    cancel = [handoff_cancel_action(lang)] if cancellable else []
    if open_now:
        place = handoff_service.position(session=session, handoff=handoff)
        queued = t("bot.queue_position", lang, position=place)
        return Reply(f"{t('bot.handoff_requested', lang)} {queued}{offer}", "handoff",
                     actions=cancel)
    promise = bot.spec.escalation.outside_hours_promise.pick(lang, "")
    return Reply(t("bot.handoff_outside_hours", lang, promise=promise) + offer, "handoff",
                 actions=callback_actions(session, bot, conversation, lang) + cancel)


def cancel_person(turn: Turn, session: Session) -> Reply:
    """The visitor takes back their request for a person: while no agent has taken it (live
    or ticket), it leaves the queue, the bot carries on and says a person is one click away.
    Once an agent has it, or with nothing to take back, nothing changes and the reply says
    why. The turn's decisions record which it was, for the audit trail."""
    conversation, lang = turn.conversation, turn.lang
    handoff = handoff_service.open_for(session=session, conversation_id=conversation.id)
    turn.handoff_id = handoff.id if handoff is not None else None
    if turn.state == "with_human" or (handoff is not None and handoff.status != "queued"):
        turn.decisions.append({"stage": "handoff", "decision": "kept",
                               "reason": "an agent has already taken the request"})
        return Reply(t("bot.handoff_cancel_too_late", lang), "handoff_cancel_refused")
    if handoff is None or turn.state != "waiting_for_human":
        turn.decisions.append({"stage": "handoff", "decision": "nothing_to_cancel",
                               "reason": "no open request for a person"})
        return Reply(t("bot.handoff_cancel_nothing", lang), "handoff_cancel_refused",
                     actions=[service.handoff_action(lang)])
    handoff_service.cancel(session=session, handoff=handoff)
    previous, turn.state = turn.state, "bot"
    conversation.unanswered = 0  # a fresh start with the bot, as after a hand-back
    turn.decisions.append({"stage": "handoff", "decision": "cancelled",
                           "reason": f"the visitor took back their request ({handoff.kind}, "
                                     f"{handoff.reason})"})
    webhooks.enqueue(session=session, tenant_id=conversation.tenant_id,
                     event_type="handoff.cancelled",
                     payload={"conversation_id": conversation.id, "handoff_id": handoff.id,
                              "state": turn.state, "previous_state": previous,
                              "reason": handoff.reason, "lang": lang, "topic": handoff.topic,
                              "channel": conversation.channel})
    return Reply(t("bot.handoff_cancelled", lang), "handoff_cancelled",
                 actions=[service.handoff_action(lang)])


def callback_actions(session: Session, bot: Bot, conversation: Conversation,
                     lang: str) -> list[dict[str, Any]]:
    """What a visitor offered a callback can press: the `callback` consent buttons first,
    the form for a contact detail once that consent is given (nothing without the purpose)."""
    callback = bot.spec.purpose(CALLBACK)
    if callback is None:
        return []
    if callback.requires_consent and CALLBACK not in granted_purposes(bot, session, conversation):
        return consent_buttons(callback, lang)
    return [callback_form_action(lang)]


def handoff_cancel_action(lang: str) -> dict[str, Any]:
    """The button that takes back a request for a person the bot read in the visitor's words."""
    return {"type": HANDOFF_CANCEL, "label": t("actions.handoff_cancel", lang)}


def callback_form_action(lang: str) -> dict[str, Any]:
    """A form asking for a phone number or an email address to be called back on."""
    return {"type": "callback_form", "label": t("actions.callback_form", lang),
            "field_label": t("actions.callback_field", lang),
            "submit": t("actions.callback_submit", lang)}
