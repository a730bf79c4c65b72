"""Consent ledger functions: record a decision, derive the current state from the ledger."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from clairbot import audit
from clairbot.db import utcnow
from clairbot.errors import InvalidInput
from clairbot.privacy.models import DECISIONS, ConsentRecord


def record(*, session: Session, tenant_id: str, subject: str, purpose: str, decision: str,
           text: str, text_version: str, lang: str, channel: str,
           conversation_id: str | None = None) -> ConsentRecord:
    """Append one decision to the ledger (flushes; the caller's transaction commits)."""
    if decision not in DECISIONS:
        raise InvalidInput(f"unknown consent decision {decision!r} (one of "
                           f"{', '.join(DECISIONS)})", code="consent.bad_decision")
    entry = ConsentRecord(id=uuid.uuid4().hex, tenant_id=tenant_id, subject=subject,
                          purpose=purpose, decision=decision, text=text,
                          text_version=text_version, lang=lang, channel=channel,
                          conversation_id=conversation_id, created_at=utcnow())
    session.add(entry)
    session.flush()
    audit.record(session, tenant_id=tenant_id, kind="consent.decision", actor="visitor",
                 subject=subject, data={"purpose": purpose, "decision": decision,
                                        "text_version": text_version, "lang": lang,
                                        "channel": channel, "record": entry.id})
    return entry


def history(*, session: Session, tenant_id: str, subject: str) -> list[ConsentRecord]:
    """Every decision of `subject`, oldest first."""
    query = (select(ConsentRecord)
             .where(ConsentRecord.tenant_id == tenant_id, ConsentRecord.subject == subject)
             .order_by(ConsentRecord.created_at, ConsentRecord.id))
    return list(session.scalars(query))


def current(*, session: Session, tenant_id: str, subject: str) -> dict[str, ConsentRecord]:
    """The latest decision per purpose: the subject's consent state, derived, never stored."""
    state: dict[str, ConsentRecord] = {}
    for entry in history(session=session, tenant_id=tenant_id, subject=subject):
        state[entry.purpose] = entry
    return state


def granted(*, session: Session, tenant_id: str, subject: str,
            versions: Mapping[str, Collection[str]]) -> set[str]:
    """Purposes `subject` has consented to, not withdrawn, under a text that still stands.

    `versions` gives, per purpose, its current text versions (one per language the bot
    speaks, see `BotSpec.consent_versions`): a consent given to an older wording no longer
    counts, so that the visitor is asked again when the purpose is next used.
    """
    return {purpose for purpose, entry in current(session=session, tenant_id=tenant_id,
                                                  subject=subject).items()
            if entry.decision == "granted" and entry.text_version in versions.get(purpose, ())}
