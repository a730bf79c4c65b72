"""The retention purge: delete what has expired, anonymise expired personal data in place.

Work goes in batches of ids taken in key order (keyset pagination), each batch removed with
set-based ``DELETE ... WHERE id IN (...)``: a million messages are never loaded as objects.
Only messages whose kept personal data expired are read one by one, because their text must
be decrypted to be anonymised. A dry run selects and counts exactly the same rows and changes
nothing: every step's condition is written so that it does not depend on what earlier steps
deleted (a webhook delivery goes with a conversation that *is expired*, not one that is gone).

`purge` runs every batch in the caller's session (flushes, never commits): tests and Python
callers. `clairbot.lifecycle.purge_pass.run_purge_pass` runs one batch per transaction, under
the deployment's lock: the CLI and the server job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    cast,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from clairbot import audit
from clairbot.conversation.models import Conversation, Message
from clairbot.guards.pii.defaults import default_registry
from clairbot.guards.pii.registry import PiiRegistry
from clairbot.incidents import service as incidents
from clairbot.incidents.models import Incident, IncidentEvent
from clairbot.lifecycle.anonymise import anonymise_text, anonymised_meta, kept_purposes
from clairbot.lifecycle.deletion import remove, remove_conversations
from clairbot.lifecycle.retention import RetentionRules
from clairbot.privacy.models import ConsentRecord
from clairbot.spec import BotSpec
from clairbot.staff.service import THROTTLE_WINDOW, forget_login_attempts
from clairbot.webhooks.models import WebhookDelivery

BATCH_SIZE = 500
_PURGED = {"staff_notes": "notes_deleted"}  # the report's name when it is not `<table>_deleted`
"""Rows per batch: small enough for short transactions, large enough for few round trips."""

Progress = Callable[[str, int], None]
"""Told the step's name (a `PurgeReport` count) and how many rows a batch handled."""


@dataclass
class PurgeReport:
    """What one purge pass did (or, in a dry run, would do) for one tenant."""

    tenant_id: str
    as_of: dt.datetime
    dry_run: bool
    skipped: bool = False
    """Another replica held the deployment's purge lock: this pass did nothing."""
    conversations_deleted: int = 0
    messages_deleted: int = 0
    messages_anonymised: int = 0
    feedback_deleted: int = 0
    handoffs_deleted: int = 0
    notes_deleted: int = 0
    webhook_deliveries_deleted: int = 0
    consent_records_deleted: int = 0
    login_attempts_deleted: int = 0
    incidents_anonymised: int = 0
    incidents_deleted: int = 0
    audit_events_redacted: int = 0

    def counts(self) -> dict[str, int]:
        """Every count by name, in a stable order (for tables, logs and the audit trail)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.type in ("int", int)}

    @property
    def total(self) -> int:
        """Rows deleted or anonymised, all tables together (the audit events it redacted
        are counted apart: they are the trail of that data, not more of it)."""
        return sum(v for k, v in self.counts().items() if k != "audit_events_redacted")

    def add(self, counts: dict[str, int]) -> None:
        """Add a batch's counts."""
        for name, value in counts.items():
            setattr(self, name, getattr(self, name) + value)


Step = Callable[[Session, Any], tuple[dict[str, int], Any]]
"""One batch of a step: given the cursor (``None`` first), its counts and the next cursor
(``None`` when the step is done)."""


def purge(*, session: Session, spec: BotSpec, now: dt.datetime, dry_run: bool = False,
          pii: PiiRegistry | None = None, batch_size: int = BATCH_SIZE,
          progress: Progress | None = None) -> PurgeReport:
    """Purge the tenant of `spec` as of `now`, every batch in `session` (flushes).

    `pii` is the registry that finds the values to mask (default: the bot's default one).
    """
    return run_steps(lambda: nullcontext(session), spec=spec, now=now, dry_run=dry_run,
                     pii=pii, batch_size=batch_size, progress=progress)


def run_steps(batches: Callable[[], AbstractContextManager[Session]], *, spec: BotSpec,
              now: dt.datetime, dry_run: bool, pii: PiiRegistry | None, batch_size: int,
              progress: Progress | None) -> PurgeReport:
    """Run every step batch by batch, each batch in a session that `batches()` opens."""
    report = PurgeReport(tenant_id=spec.tenant, as_of=now, dry_run=dry_run)
    for name, step in _steps(spec, RetentionRules.of(spec, now), pii, dry_run, batch_size):
        cursor: Any = None
        while True:
            with batches() as session:
                counts, cursor = step(session, cursor)
            report.add(counts)
            if progress is not None:
                progress(name, sum(counts.values()))
            if cursor is None:
                break
    return report


def _steps(spec: BotSpec, rules: RetentionRules, pii: PiiRegistry | None, dry_run: bool,
           size: int) -> Iterator[tuple[str, Step]]:
    tenant = spec.tenant
    registry = pii if pii is not None else default_registry((spec.bot.name,))
    yield "conversations_deleted", lambda s, c: _conversations(s, tenant, rules, dry_run, c, size)
    yield "webhook_deliveries_deleted", lambda s, c: _deliveries(s, tenant, rules, dry_run, c,
                                                                 size)
    yield "incidents_deleted", lambda s, c: _incidents(s, tenant, rules, dry_run, c, size)
    yield "messages_anonymised", lambda s, c: _anonymise(s, tenant, rules, registry, dry_run, c,
                                                         size)
    yield "consent_records_deleted", lambda s, c: _consent(s, tenant, rules, dry_run, c, size)
    yield "login_attempts_deleted", lambda s, c: _login_attempts(s, tenant, rules, dry_run)


def _anonymise_incidents(session: Session, conversation_ids: list[str], dry_run: bool) -> int:
    """Incidents outlive their conversation for governance (owner, status, response, dates),
    but lose what tied them to the visitor: ids, the visitor's report, the notes."""
    about = Incident.conversation_id.in_(conversation_ids)
    if dry_run:
        return session.scalar(select(func.count()).select_from(Incident).where(about)) or 0
    ids = select(Incident.id).where(about).scalar_subquery()
    session.execute(update(IncidentEvent).where(IncidentEvent.incident_id.in_(ids))
                    .values(note=None).execution_options(synchronize_session=False))
    result = session.execute(update(Incident).where(about).values(
        conversation_id=None, message_id=None, subject=None, summary=None)
        .execution_options(synchronize_session=False))
    return int(result.rowcount)  # type: ignore[attr-defined]


def _keys(session: Session, query: Select[Any], key: InstrumentedAttribute[Any], after: Any,
          size: int) -> list[Any]:
    """The next `size` values of `key` that `query` selects after `after` (keyset pagination:
    the batch's cursor is its last key)."""
    if after is not None:
        query = query.where(key > after)
    return list(session.scalars(query.order_by(key).limit(size)))


def _next(ids: list[Any], size: int) -> Any:
    return ids[-1] if len(ids) == size else None


def _live_conversation(rules: RetentionRules) -> ColumnElement[bool]:
    """A conversation that this pass keeps (the others are expired, or already gone)."""
    return Conversation.updated_at >= rules.conversations_before


# --- conversations and everything tied to them -----------------------------------------------

def _conversations(session: Session, tenant: str, rules: RetentionRules, dry_run: bool,
                   after: str | None, size: int) -> tuple[dict[str, int], str | None]:
    ids = _keys(session, select(Conversation.id)
                .where(Conversation.tenant_id == tenant,
                       Conversation.updated_at < rules.conversations_before),
                Conversation.id, after, size)
    if not ids:
        return {}, None
    # Visitors left with no conversation: their audit events (turns, consent decisions) are
    # redacted too, as an erasure would, so the trail keeps no id of a purged conversation.
    other = Conversation.__table__.alias("other")
    gone = list(session.scalars(
        select(Conversation.subject).where(Conversation.id.in_(ids), ~exists().where(
            other.c.tenant_id == tenant, other.c.subject == Conversation.subject,
            other.c.id.notin_(ids))).distinct()))
    counts = {_PURGED.get(name, f"{name}_deleted"): count
              for name, count in remove_conversations(session, ids, dry_run).items()}
    counts["incidents_anonymised"] = _anonymise_incidents(session, ids, dry_run)
    counts["audit_events_redacted"] = (
        audit.count_subject_events(session, tenant_id=tenant, subjects=gone) if dry_run
        else len(audit.erase_subjects(session, tenant_id=tenant, subjects=gone, actor="system",
                                      data={"reason": "retention"})))
    return counts, _next(ids, size)


def _deliveries(session: Session, tenant: str, rules: RetentionRules, dry_run: bool,
                after: str | None, size: int) -> tuple[dict[str, int], str | None]:
    """Deliveries about a conversation that is not kept; those about none expire by age."""
    about = WebhookDelivery.payload["conversation_id"].as_string()
    kept = exists().where(Conversation.id == about, _live_conversation(rules))
    ids = _keys(session, select(WebhookDelivery.id)
                .where(WebhookDelivery.tenant_id == tenant,
                       or_(and_(about.is_(None),
                                WebhookDelivery.created_at < rules.conversations_before),
                           and_(about.is_not(None), ~kept))),
                WebhookDelivery.id, after, size)
    if not ids:
        return {}, None
    deleted = remove(session, WebhookDelivery, WebhookDelivery.id.in_(ids), dry_run)
    return {"webhook_deliveries_deleted": deleted}, _next(ids, size)


# --- incidents -------------------------------------------------------------------------------

def _incidents(session: Session, tenant: str, rules: RetentionRules, dry_run: bool,
               after: str | None, size: int) -> tuple[dict[str, int], str | None]:
    """Incidents last changed before their period, whatever their status (anonymised with
    their conversation or not): deleted with their history."""
    ids = _keys(session, select(Incident.id).where(
        Incident.tenant_id == tenant, Incident.updated_at < rules.incidents_before),
                Incident.id, after, size)
    if not ids:
        return {}, None
    deleted = len(ids) if dry_run else incidents.remove(session=session, incident_ids=ids)
    return {"incidents_deleted": deleted}, _next(ids, size)


# --- personal data kept in messages ----------------------------------------------------------

def _anonymise(session: Session, tenant: str, rules: RetentionRules, pii: PiiRegistry,
               dry_run: bool, after: str | None, size: int) -> tuple[dict[str, int], str | None]:
    """Visitor messages of kept conversations whose kept personal data has expired."""
    old_enough: ColumnElement[bool] = Message.created_at < rules.latest_personal_data_cutoff
    if rules.on_close:
        old_enough = or_(old_enough, Conversation.state == "closed")
    query = (select(Message.id, Message.created_at, Message.meta, Conversation.state)
             .join(Conversation, Conversation.id == Message.conversation_id)
             .where(Message.tenant_id == tenant, Message.role == "visitor",
                    # A cheap filter on the stored JSON; each candidate is then checked.
                    cast(Message.meta, String).like('%"kept"%'),
                    _live_conversation(rules), old_enough)
             .order_by(Message.id).limit(size))
    if after is not None:
        query = query.where(Message.id > after)
    rows = session.execute(query).all()
    if not rows:
        return {}, None
    due = [row.id for row in rows
           if rules.data_expired(created_at=row.created_at, purposes=kept_purposes(row.meta),
                                 closed=row.state == "closed")]
    if due and not dry_run:
        messages = session.execute(select(Message.id, Message.text, Message.meta)
                                   .where(Message.id.in_(due))).all()
        session.execute(update(Message), [
            {"id": m.id, "text": anonymise_text(m.text, str(m.meta.get("lang", "fr")), m.meta,
                                                pii),
             "meta": anonymised_meta(m.meta, rules.now)} for m in messages])
    return {"messages_anonymised": len(due)}, _next([row.id for row in rows], size)


# --- consent proof ---------------------------------------------------------------------------

def _consent(session: Session, tenant: str, rules: RetentionRules, dry_run: bool,
             after: str | None, size: int) -> tuple[dict[str, int], str | None]:
    """Subjects whose latest decision is older than the proof's period, with no kept
    conversation: their whole ledger goes."""
    live = exists().where(Conversation.tenant_id == tenant,
                          Conversation.subject == ConsentRecord.subject,
                          _live_conversation(rules))
    subjects = _keys(session, select(ConsentRecord.subject)
                     .where(ConsentRecord.tenant_id == tenant, ~live)
                     .group_by(ConsentRecord.subject)
                     .having(func.max(ConsentRecord.created_at) < rules.consent_proof_before),
                     ConsentRecord.subject, after, size)
    if not subjects:
        return {}, None
    deleted = remove(session, ConsentRecord, and_(ConsentRecord.tenant_id == tenant,
                                                   ConsentRecord.subject.in_(subjects)), dry_run)
    return {"consent_records_deleted": deleted}, _next(subjects, size)


# --- sign-in attempts ------------------------------------------------------------------------

def _login_attempts(session: Session, tenant: str, rules: RetentionRules,
                    dry_run: bool) -> tuple[dict[str, int], None]:
    """Sign-in attempts older than the throttle window (each sign-in deletes them too; this
    step does it when nobody signs in). Few rows: one statement."""
    deleted = forget_login_attempts(session=session, tenant_id=tenant, dry_run=dry_run,
                                    before=rules.now - THROTTLE_WINDOW)
    return {"login_attempts_deleted": deleted}, None
