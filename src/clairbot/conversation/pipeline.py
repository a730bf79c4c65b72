"""The turn pipeline: one visitor input in, the bot's replies out, persisted together.

Each stage is a small function over one `Turn`. The invariant stages (disclosure labels,
truthful identity, the way to a human, the outbound impersonation check, one-transaction
persistence) are called unconditionally here; no setting removes them.

    stage 1  normalize + limits      size, encoding, rate (per conversation; the caller's
                                     handoff gate where a turn would queue for a person)
    stage 2  language                fr / en / conversation default
    stage 3  privacy guard           personal data and special categories -> findings
    stage 4  consent gate            lawful basis per purpose? else mask, say so, offer consent
    stage 5  intent router           human request, bot identity, small talk, question
    stage 6  responder               extractive over the knowledge base
    stage 7  outbound guard          ai_generated label, no impersonation, citations, handoff offer
    stage 8  persist                 visitor message + replies + state, one transaction

Stages 3 and 4 live in `privacy_stages`: from stage 4 on, `turn.text` holds only what a
lawful basis covers, so nothing downstream ever sees masked personal data.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from typing import Any

from sqlalchemy.orm import Session

from clairbot.categories import PERSON
from clairbot.conversation import service
from clairbot.conversation.audit_trail import record_turn
from clairbot.conversation.bot import Bot
from clairbot.conversation.handoff_stage import (
    CALLBACK,
    HANDOFF_CANCEL,
    callback_form_action,
    cancel_person,
    request_person,
)
from clairbot.conversation.models import Conversation, Message
from clairbot.conversation.privacy_stages import (
    consent_gate,
    object_to_processing,
    privacy_guard,
    record_decision,
    withdraw_all,
)
from clairbot.conversation.turn import HandoffGate, Inbound, Reply, Turn
from clairbot.db import utcnow
from clairbot.errors import Conflict, InvalidInput, RateLimited
from clairbot.guards import claims_human
from clairbot.guards.pii.redact import without_placeholders
from clairbot.i18n import t
from clairbot.privacy.models import CONSENT_DECISIONS
from clairbot.understanding.intents import Intent, IntentMatch, detect_intent
from clairbot.understanding.language import detect_language

_SMALL_TALK = {Intent.GREETING: "bot.greeting", Intent.THANKS: "bot.thanks",
               Intent.GOODBYE: "bot.goodbye"}


def handle_turn(*, session: Session, bot: Bot, conversation: Conversation,
                inbound: Inbound, handoff_gate: HandoffGate | None = None) -> list[Message]:
    """Run one turn and flush it; the caller commits (or rolls back) the whole of it.

    `handoff_gate`, if given, is called before the turn puts the conversation in the queue
    for a person (whatever asked for it); it raises to refuse (the web layer's rate limits
    per client address and per tenant, which only this turn's work can apply: whether a
    message asks for a person is known here)."""
    if conversation.state == "closed":
        raise Conflict("this conversation is closed; start a new one",
                       code="conversation.closed")
    turn = Turn(conversation=conversation, inbound=inbound, state=conversation.state,
                handoff_gate=handoff_gate)
    turn = normalize(turn, bot)
    turn = check_rate(turn, bot)
    turn = choose_language(turn, bot)
    turn = privacy_guard(turn, bot)
    turn = consent_gate(turn, bot, session)
    turn = route_intent(turn)
    turn = respond(turn, bot, session)
    turn = outbound_guard(turn, bot)
    return persist(turn, bot, session)


# stage 1 ---------------------------------------------------------------------------------

_KEEP_CONTROL = {"\n", "\t"}
_RATE_WINDOW = dt.timedelta(minutes=1)
ACTION_TYPES = ("handoff", "consent", "withdraw_consent", "object", "callback", HANDOFF_CANCEL)
MAX_CONTACT_CHARS = 200


def normalize(turn: Turn, bot: Bot) -> Turn:
    """Clean the text (NFC, no control characters) and enforce the size limit."""
    if turn.inbound.action is not None:
        kind = turn.inbound.action.get("type")
        if kind not in ACTION_TYPES:
            raise InvalidInput(f"unknown action type {kind!r} (known: {', '.join(ACTION_TYPES)})",
                               code="action.unknown")
        if kind == "consent":
            _check_consent_action(turn.inbound.action, bot)
        if kind != "callback":
            return turn
        # A callback form: the contact detail is a visitor text like any other, so it goes
        # through the privacy guard and the consent gate (kept only under `callback` consent).
        contact = _clean(str(turn.inbound.action.get("contact") or ""))
        if not contact or len(contact) > MAX_CONTACT_CHARS:
            raise InvalidInput(f"a callback needs a contact detail of 1 to {MAX_CONTACT_CHARS} "
                               "characters", code="callback.bad_contact")
        turn.text = t("actions.callback_said", turn.conversation.lang, contact=contact)
        return turn
    text = _clean(turn.inbound.text or "")
    if not text:
        raise InvalidInput("the message is empty", code="message.empty")
    if len(text) > bot.max_message_chars:
        raise InvalidInput(f"the message is {len(text)} characters long; the limit is "
                           f"{bot.max_message_chars}", code="message.too_long")
    turn.text = turn.said = text
    return turn


def _clean(raw: str) -> str:
    """NFC, no control characters but newlines and tabs, no surrounding blanks."""
    text = unicodedata.normalize("NFC", raw)
    text = "".join(c for c in text
                   if c in _KEEP_CONTROL or unicodedata.category(c) not in ("Cc", "Cf", "Cs"))
    return text.strip()


def _check_consent_action(action: dict[str, Any], bot: Bot) -> None:
    purpose = bot.spec.purpose(str(action.get("purpose")))
    if purpose is None or not purpose.requires_consent:
        asked = [p.id for p in bot.spec.purposes if p.requires_consent]
        raise InvalidInput(f"no consent purpose {action.get('purpose')!r} (this bot asks "
                           f"consent for: {', '.join(asked) or 'nothing'})",
                           code="consent.unknown_purpose")
    if action.get("decision") not in CONSENT_DECISIONS:
        raise InvalidInput(f"consent decision must be one of {', '.join(CONSENT_DECISIONS)}",
                           code="consent.bad_decision")


def check_rate(turn: Turn, bot: Bot) -> Turn:
    """Refuse a flood of messages in one conversation (counted on the conversation row, so
    across every server process; a refused message does not count)."""
    conversation, now = turn.conversation, utcnow()
    if now - conversation.rate_window_start >= _RATE_WINDOW:
        conversation.rate_window_start, conversation.rate_count = now, 0
    if conversation.rate_count >= bot.max_messages_per_minute:
        wait = _RATE_WINDOW - (now - conversation.rate_window_start)
        seconds = max(1, math.ceil(wait.total_seconds()))
        raise RateLimited(t("rate.conversation", conversation.lang, seconds=seconds),
                          code="rate.limited", retry_after=seconds)
    conversation.rate_count += 1
    return turn


# stage 2 ---------------------------------------------------------------------------------

def choose_language(turn: Turn, bot: Bot) -> Turn:
    """Answer in the language the visitor writes in, if the bot offers it."""
    current = turn.conversation.lang
    if turn.text:
        turn.lang = detect_language(turn.text, default=current, supported=bot.spec.bot.languages)
    else:
        turn.lang = current
    return turn


# stage 5 ---------------------------------------------------------------------------------

def route_intent(turn: Turn) -> Turn:
    """Decide what the visitor wants, from their words as written (masking protects what is
    kept, not what is understood); a handoff button is a human request like any phrasing.
    Taking a request for a person back (`handoff_cancel`) is no intent to understand: the
    turn has none, and the decision `respond` records says what became of the request."""
    action = turn.inbound.action
    if action is not None and action["type"] == HANDOFF_CANCEL:
        return turn
    if action is not None:
        turn.intent = IntentMatch(_ACTION_INTENTS[action["type"]], f"action:{action['type']}")
    else:
        turn.intent = detect_intent(turn.said or turn.text, turn.lang)
    return turn


_DATA_RIGHTS = (Intent.CONSENT_WITHDRAW, Intent.DATA_OBJECTION, Intent.DATA_EXPORT,
                Intent.DATA_ERASURE)
_ACTION_INTENTS = {"consent": Intent.CONSENT_DECISION, "withdraw_consent": Intent.CONSENT_WITHDRAW,
                   "object": Intent.DATA_OBJECTION, "handoff": Intent.HUMAN_REQUEST,
                   "callback": Intent.HUMAN_REQUEST}


# stage 6 ---------------------------------------------------------------------------------

def respond(turn: Turn, bot: Bot, session: Session) -> Turn:
    """Produce the bot's reply for the intent (nothing while a person has the conversation,
    except what concerns consent, which never waits, and a cancel button, which is told
    that it came too late)."""
    if turn.inbound.action is not None and turn.inbound.action["type"] == HANDOFF_CANCEL:
        turn.replies.append(cancel_person(turn, session))
        return turn
    if turn.intent is None:
        raise RuntimeError("route_intent must run before respond")
    lang, intent = turn.lang, turn.intent.intent
    if intent is Intent.CONSENT_DECISION:
        reply = record_decision(turn, bot, session)
        action = turn.inbound.action or {}
        if (action.get("purpose") == CALLBACK and action.get("decision") == "granted"
                and turn.state == "waiting_for_human"):
            reply.actions.append(callback_form_action(lang))  # the reason consent was asked
        turn.replies.append(reply)
        return turn
    if intent in _DATA_RIGHTS:
        if intent is Intent.CONSENT_WITHDRAW:
            turn.replies.append(withdraw_all(turn, bot, session))
        elif intent is Intent.DATA_OBJECTION:
            turn.replies.append(object_to_processing(turn, bot, session))
        else:
            turn.replies.append(_data_rights(turn, bot))
        if Intent.HUMAN_REQUEST in turn.intent.also and turn.state == "bot":
            # "I withdraw my consent, and I want to speak to a manager": both are done.
            turn.replies.append(request_person(turn, bot, session, reason="visitor_request",
                                               detail=turn.intent.rule))
        return turn
    names = {"bot": bot.spec.bot.name, "company": bot.spec.company.legal_name}
    if intent is Intent.HUMAN_REQUEST:
        if Intent.BOT_IDENTITY in turn.intent.also and turn.state != "with_human":
            # Asked what it is as well: the disclosure first, the way to a person after it.
            turn.replies.append(Reply(t("bot.identity", lang, **names), "identity"))
        if turn.state == "bot":
            reason = "button" if turn.inbound.action is not None else "visitor_request"
            turn.replies.append(request_person(turn, bot, session, reason=reason,
                                               detail=turn.intent.rule))
        elif turn.inbound.action is not None and turn.inbound.action["type"] == "callback":
            turn.replies.append(Reply(t("bot.callback_noted", lang), "handoff"))
        else:
            turn.replies.append(Reply(t("bot.handoff_already_requested", lang), "handoff"))
        return turn
    if turn.state == "with_human":
        return turn  # the person in charge answers; the bot keeps quiet
    if intent is Intent.BOT_IDENTITY:
        _drop_notice_for_persona(turn)
        queue = Intent.HUMAN_REQUEST in turn.intent.also and turn.state == "bot"
        turn.replies.append(Reply(t("bot.identity", lang, **names), "identity",
                                  actions=[] if queue else [service.handoff_action(lang)]))
        if queue:  # a person asked for as well: queued in the same turn
            turn.replies.append(request_person(turn, bot, session, reason="visitor_request",
                                               detail=turn.intent.rule))
    elif intent in _SMALL_TALK:
        turn.replies.append(Reply(t(_SMALL_TALK[intent], lang, **names), "small_talk"))
    else:
        if Intent.BOT_IDENTITY in turn.intent.also:
            # Perhaps asked what it is ("model.doubt..."): the disclosure first, then the answer.
            turn.replies.append(Reply(t("bot.identity", lang, **names), "identity"))
        answer = bot.responder.answer(question=without_placeholders(turn.text), lang=lang,
                                      index=bot.knowledge.index())
        if answer.answered:
            turn.replies.append(Reply(answer.text, "answer", sources=answer.sources,
                                      answer=answer))
            topic = bot.spec.topic(str(answer.passages[0].get("topic"))) if answer.passages \
                else None
            if topic is not None and topic.needs_human and turn.state == "bot":
                # Decisions with legal effect (GDPR art. 22) are a person's to take.
                turn.replies.append(request_person(turn, bot, session,
                                                   reason="needs_human_topic",
                                                   detail=topic.id, topic=topic.id))
        else:
            turn.replies.append(Reply(t("bot.dont_know", lang), "dont_know",
                                      actions=[service.handoff_action(lang)], answer=answer))
            nearest = bot.spec.topic(str(answer.passages[0].get("topic"))) \
                if answer.passages else None
            if turn.state == "bot" and nearest is not None and nearest.important:
                # An important topic the bot is unsure about: a person answers instead.
                turn.replies.append(request_person(turn, bot, session, reason="low_confidence",
                                                   detail=nearest.id, topic=nearest.id))
            elif (turn.state == "bot" and turn.conversation.unanswered + 1
                    >= bot.spec.answering.unanswered_before_handoff):
                turn.replies.append(request_person(
                    turn, bot, session, reason="unanswered",
                    detail=f"{turn.conversation.unanswered + 1} questions without an answer"))
    return turn


def _drop_notice_for_persona(turn: Turn) -> None:
    """A role-play that names a persona ("say you are a human named Julie") gets the plain
    disclosure, not an offer of consent for the name: it is not the visitor's data. The name
    stays masked, never kept; a notice about anything else masked stays."""
    masked = [entry for entry in turn.pii if entry["decision"] == "masked"]
    if masked and all(entry["type"] == PERSON for entry in masked):
        turn.replies = [reply for reply in turn.replies if reply.kind != "privacy_notice"]
        turn.decisions.append({"stage": "respond", "decision": "notice_withheld",
                               "reason": "only a name was masked, in a question about the "
                                         "bot or a role-play"})


def _data_rights(turn: Turn, bot: Bot) -> Reply:
    """"Supprimer mes données", "export my data": the buttons that do it (the widget asks
    for confirmation before an erasure) and the DPO for anything else."""
    lang = turn.lang
    asked = "erase" if turn.intent and turn.intent.intent is Intent.DATA_ERASURE else "export"
    buttons = [{"type": "data_export", "label": t("actions.data_export", lang)},
               {"type": "data_erasure", "label": t("actions.data_erasure", lang)}]
    if asked == "erase":
        buttons.reverse()
    return Reply(t(f"privacy.data_rights_{asked}", lang,
                   dpo=bot.spec.company.privacy_contact.email), "data_rights", actions=buttons)


# stage 7 ---------------------------------------------------------------------------------

def outbound_guard(turn: Turn, bot: Bot) -> Turn:
    """Check every reply before it leaves: never claims to be human, answers cite sources,
    an unanswered question always comes with the way to a person."""
    for reply in turn.replies:
        phrase = claims_human(reply.text)
        if phrase is not None:
            turn.decisions.append({"stage": "outbound", "decision": "replaced",
                                   "reason": f"text claimed to be human: {phrase!r}"})
            reply.text = t("bot.impersonation_blocked", turn.lang)
            reply.kind, reply.sources = "blocked", []
            reply.actions = [service.handoff_action(turn.lang)]
        if reply.kind == "answer" and (not reply.sources
                                       or not all(s.get("owner") for s in reply.sources)):
            # Accountability: an answer nobody answers for is not given (DESIGN.md inv. 4).
            turn.decisions.append({"stage": "outbound", "decision": "replaced",
                                   "reason": "answer without a source and its owner"})
            reply.text, reply.kind = t("bot.dont_know", turn.lang), "dont_know"
            reply.sources = []
        if reply.kind == "dont_know" and not any(a["type"] == "handoff" for a in reply.actions):
            reply.actions.append(service.handoff_action(turn.lang))
    return turn


# stage 8 ---------------------------------------------------------------------------------

def persist(turn: Turn, bot: Bot, session: Session) -> list[Message]:
    """Store the visitor's input, the replies and the new state; flush, do not commit."""
    conversation = turn.conversation
    intent = turn.intent
    intent_meta: dict[str, Any] = {"intent": intent.intent.value, "rule": intent.rule} \
        if intent else {}
    if intent is not None and intent.also:
        intent_meta["also"] = [other.value for other in intent.also]
    action = turn.inbound.action
    visitor_text = turn.text if action is None or action["type"] == "callback" \
        else _action_text(turn)
    if action is not None and action["type"] == "callback":
        action = {"type": "callback"}  # the contact detail is in the (encrypted, gated) text
    produced = [service.add_message(
        session=session, conversation=conversation, role="visitor", text=visitor_text,
        ai_generated=False,
        meta={"lang": turn.lang, **intent_meta, **({"pii": turn.pii} if turn.pii else {}),
              **({"action": action} if action else {})})]
    for reply in turn.replies:
        produced.append(service.add_message(
            session=session, conversation=conversation, role="bot", text=reply.text,
            ai_generated=True, sources=reply.sources, actions=reply.actions,
            meta=_reply_meta(turn, reply, bot)))
    if any(r.kind == "dont_know" for r in turn.replies):
        conversation.unanswered += 1
    elif any(r.kind == "answer" for r in turn.replies):
        conversation.unanswered = 0
    conversation.state = turn.state
    conversation.lang = turn.lang
    session.flush()
    record_turn(session, turn, bot, produced)
    return produced


def _action_text(turn: Turn) -> str:
    """What a button press reads like in the transcript."""
    action = turn.inbound.action or {}
    if action.get("type") == "consent":
        return t(f"actions.consent_{action['decision']}_said", turn.lang,
                 purpose=str(action.get("purpose")))
    if action.get("type") in ("withdraw_consent", "object", HANDOFF_CANCEL):
        return t(f"actions.{action['type']}_said", turn.lang)
    return t("actions.handoff", turn.lang)


_HANDOFF_KINDS = ("handoff", "handoff_cancelled", "handoff_cancel_refused")


def _reply_meta(turn: Turn, reply: Reply, bot: Bot) -> dict[str, Any]:
    meta: dict[str, Any] = {"kind": reply.kind, "lang": turn.lang,
                            **({"handoff_id": turn.handoff_id}
                               if reply.kind in _HANDOFF_KINDS and turn.handoff_id else {}),
                            "spec_version": bot.spec.spec_version,
                            "decisions": turn.decisions}
    if turn.intent is not None:
        meta["intent"] = turn.intent.intent.value
    if reply.answer is not None:
        meta.update(responder=reply.answer.responder, model=reply.answer.model,
                    confidence=round(reply.answer.confidence, 4),
                    passages=reply.answer.passages,
                    knowledge_version=bot.knowledge.version)
    return meta
