"""Handing a conversation to a person (DESIGN.md invariant 3), from any trigger.

During business hours the conversation joins the live queue and the visitor is told their
place in it; outside them it becomes a ticket with the spec's promise, and the visitor is
asked for consent before any contact detail is kept (purpose `callback`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from clairbot.conversation.bot import Bot
from clairbot.conversation.models import Conversation
from clairbot.conversation.privacy_stages import consent_buttons, granted_purposes
from clairbot.conversation.turn import Reply, Turn
from clairbot.handoff import service as handoff_service
from clairbot.i18n import t
from clairbot.webhooks import service as webhooks

CALLBACK = "callback"


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
    if open_now:
        place = handoff_service.position(session=session, handoff=handoff)
        queued = t("bot.queue_position", lang, position=place)
        return Reply(f"{t('bot.handoff_requested', lang)} {queued}", "handoff")
    promise = bot.spec.escalation.outside_hours_promise.pick(lang, "")
    return Reply(t("bot.handoff_outside_hours", lang, promise=promise), "handoff",
                 actions=callback_actions(session, bot, conversation, lang))


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


def callback_form_action(lang: str) -> dict[str, Any]:
    """A form asking for a phone number or an email address to be called back on."""
    return {"type": "callback_form", "label": t("actions.callback_form", lang),
            "field_label": t("actions.callback_field", lang),
            "submit": t("actions.callback_submit", lang)}
