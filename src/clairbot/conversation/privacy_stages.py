"""Stages 3 and 4 of the turn pipeline, and consent decisions (DESIGN.md invariant 2).

Stage 3 finds personal data in the visitor's text. Stage 4, the consent gate, keeps a
finding only when a purpose at hand has a lawful basis for it: `support` (the purpose of
any chat message) under a non-consent basis, or a purpose the visitor consented to.
Everything else is replaced by a typed placeholder such as ``[EMAIL]`` before the text
goes anywhere: to the intent router, the responder, the database, the logs. The visitor is
told what was masked and why, and offered consent where a declared purpose needs the data.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from clairbot.categories import SPECIAL_CATEGORY
from clairbot.conversation.bot import Bot
from clairbot.conversation.models import Conversation
from clairbot.conversation.turn import Reply, Turn
from clairbot.findings import Finding
from clairbot.guards.pii.redact import redact
from clairbot.i18n import t
from clairbot.privacy import consent
from clairbot.spec import Purpose
from clairbot.understanding.intents import MARKETING_OBJECTION

SUPPORT = "support"


def privacy_guard(turn: Turn, bot: Bot) -> Turn:
    """Stage 3: detect personal data and special categories in the visitor's text."""
    if turn.text:
        turn.findings = bot.pii.analyze(turn.text, turn.lang)
    return turn


def consent_gate(turn: Turn, bot: Bot, session: Session) -> Turn:
    """Stage 4: keep what a lawful basis covers, mask the rest, say so, offer consent."""
    if not turn.findings:
        return turn
    granted = granted_purposes(bot, session, turn.conversation)
    at_hand = _purposes_at_hand(bot, granted)
    masked: list[Finding] = []
    for finding in turn.findings:
        purpose = next((p for p in at_hand if p.needs(finding.type, finding.subtype)), None)
        if purpose is None:
            masked.append(finding)
        turn.pii.append(_decision(finding, purpose))
    if not masked:
        return turn
    turn.text = redact(turn.text, masked)
    offers = [p for p in bot.spec.purposes
              if p.requires_consent and p.id not in granted
              and any(p.needs(f.type, f.subtype) for f in masked)]
    turn.replies.append(_masked_notice(turn.lang, masked, offers))
    return turn


def granted_purposes(bot: Bot, session: Session, conversation: Conversation) -> set[str]:
    """Purposes the visitor consented to under their current wording (else asked again)."""
    return consent.granted(session=session, tenant_id=conversation.tenant_id,
                           subject=conversation.subject, versions=bot.spec.consent_versions())


def _purposes_at_hand(bot: Bot, granted: set[str]) -> list[Purpose]:
    at_hand = []
    for purpose in bot.spec.purposes:
        if purpose.requires_consent:
            if purpose.id in granted:
                at_hand.append(purpose)
        elif purpose.id == SUPPORT:
            at_hand.append(purpose)
    return at_hand


def _decision(finding: Finding, purpose: Purpose | None) -> dict[str, Any]:
    entry: dict[str, Any] = {"type": finding.type, "detector": finding.detector,
                             "score": round(finding.score, 3),
                             "decision": "kept" if purpose else "masked"}
    if finding.subtype:
        entry["subtype"] = finding.subtype
    if purpose is not None:
        entry.update(purpose=purpose.id, basis=purpose.basis)
    return entry


def _masked_notice(lang: str, masked: list[Finding], offers: list[Purpose]) -> Reply:
    special = sorted({f.subtype or "other" for f in masked if f.type == SPECIAL_CATEGORY})
    ordinary = sorted({f.type for f in masked if f.type != SPECIAL_CATEGORY})
    parts = []
    if ordinary:
        parts.append(t("privacy.masked", lang,
                       items=", ".join(t(f"pii_types.{kind}", lang) for kind in ordinary)))
    if special:
        parts.append(t("privacy.special", lang,
                       subtypes=", ".join(t(f"special.{s}", lang) for s in special)))
    actions: list[dict[str, Any]] = []
    if offers:
        parts.append(t("privacy.offer", lang))
        for purpose in offers:
            actions.extend(consent_buttons(purpose, lang))
    return Reply(" ".join(parts), "privacy_notice", actions=actions)


def consent_buttons(purpose: Purpose, lang: str) -> list[dict[str, Any]]:
    """Accept and refuse buttons for `purpose`, carrying the exact text and its version."""
    common = {"type": "consent", "purpose": purpose.id, "text": purpose.text(lang),
              "version": purpose.version(lang)}
    return [{**common, "decision": "granted", "label": t("actions.consent_yes", lang)},
            {**common, "decision": "refused", "label": t("actions.consent_no", lang)}]


def record_decision(turn: Turn, bot: Bot, session: Session) -> Reply:
    """A consent button was pressed: append it to the ledger with the text it stood for."""
    action = turn.inbound.action or {}
    purpose = bot.spec.purpose(str(action.get("purpose")))
    if purpose is None:  # normalize() checked it; kept for type narrowing
        raise ValueError("unknown purpose")
    decision = str(action["decision"])
    _record(session, turn, purpose, decision)
    return Reply(t(f"privacy.consent_{decision}", turn.lang, purpose=purpose.text(turn.lang)),
                 f"consent_{decision}")


def withdraw_all(turn: Turn, bot: Bot, session: Session) -> Reply:
    """"Je retire mon consentement": withdraw every purpose currently granted, at once."""
    conversation = turn.conversation
    # Every standing grant is withdrawn, whichever wording it was given to.
    state = consent.current(session=session, tenant_id=conversation.tenant_id,
                            subject=conversation.subject)
    purposes = [p for p in bot.spec.purposes
                if p.id in state and state[p.id].decision == "granted"]
    if not purposes:
        return Reply(t("privacy.nothing_to_withdraw", turn.lang), "consent_withdrawn")
    for purpose in purposes:
        _record(session, turn, purpose, "withdrawn")
    return Reply(t("privacy.consent_withdrawn", turn.lang,
                   purpose="; ".join(p.text(turn.lang) for p in purposes)), "consent_withdrawn")


def object_to_processing(turn: Turn, bot: Bot, session: Session) -> Reply:
    """"Je m'oppose au traitement de mes données" (GDPR art. 21): every consent standing is
    withdrawn and an objection is recorded against every purpose on legitimate interest, so
    nothing optional is done with this visitor's data any more (the ledger says so, for the
    reports that count visitors). What the contract needs (`support`) goes on; the DPO's
    address is given for anything else."""
    conversation, lang = turn.conversation, turn.lang
    granted = granted_purposes(bot, session, conversation)
    stopped: list[Purpose] = []
    for purpose in bot.spec.purposes:
        if purpose.id in granted:
            decision = "withdrawn"
        elif purpose.basis == "legitimate_interest":
            decision = "objected"
        else:
            continue
        _record(session, turn, purpose, decision)
        stopped.append(purpose)
    dpo = bot.spec.company.privacy_contact.email
    # "Unsubscribe me from the newsletter": the same objection (art. 21(2)), and the reply
    # says plainly that the company's own lists are not the assistant's to change.
    key = ("privacy.marketing_objection" if turn.intent is not None
           and turn.intent.rule == MARKETING_OBJECTION else "privacy.objection")
    company = bot.spec.company.legal_name
    if not stopped:
        return Reply(t(f"{key}_nothing", lang, dpo=dpo, company=company), "objection")
    return Reply(t(f"{key}_recorded", lang, dpo=dpo, company=company,
                   purposes="; ".join(p.text(lang) for p in stopped)), "objection")


def _record(session: Session, turn: Turn, purpose: Purpose, decision: str) -> None:
    """A decision in the ledger, with the exact text of the purpose in the turn's language."""
    conversation = turn.conversation
    consent.record(session=session, tenant_id=conversation.tenant_id,
                   subject=conversation.subject, purpose=purpose.id, decision=decision,
                   text=purpose.text(turn.lang), text_version=purpose.version(turn.lang),
                   lang=turn.lang, channel=conversation.channel,
                   conversation_id=conversation.id)
