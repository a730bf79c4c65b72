"""Appending to a tenant's chain, redacting a subject's events, and reading the head.

Everything runs in the caller's transaction (services flush, never commit): an event exists
exactly when what it records commits. Appends of one tenant are serialized: on PostgreSQL by
locking the tenant's `audit_heads` row; SQLite serializes every write transaction already
(`BEGIN IMMEDIATE` and the writer lock of `clairbot.db`).

Payloads must hold ids, types, counts and decisions, never clear personal data (no names,
e-mail addresses, message texts): callers are responsible for it, and a subject's events can
still be redacted on erasure through `subject`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from clairbot.audit.chain import GENESIS, canonical_json, digest, event_hash, iso, subject_ref
from clairbot.audit.models import AuditEvent, AuditHead
from clairbot.audit.stored import parse_payload, payload_column
from clairbot.db import utcnow
from clairbot.errors import InvalidInput

ERASURE_KIND = "subject.erased"
# The key of a `subject.erased` payload that lists the redacted seqs.
ERASED_SEQS = "seqs"
_events = cast(Table, AuditEvent.__table__)
_heads = cast(Table, AuditHead.__table__)


@dataclass(frozen=True)
class Head:
    """The last event of a tenant's chain (seq 0 and `GENESIS` before the first)."""

    seq: int
    hash: str
    count: int


def _lock_head(connection: Connection, tenant_id: str) -> tuple[int, str]:
    """The tenant's head, created if missing and locked until the transaction ends."""
    query = (select(_heads.c.seq, _heads.c.hash).where(_heads.c.tenant_id == tenant_id)
             .with_for_update())
    row = connection.execute(query).one_or_none()
    if row is None:  # the tenant's first event: create its head (a racing append may too)
        insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
        connection.execute(insert(_heads).values(tenant_id=tenant_id, seq=0, hash=GENESIS,
                                                 updated_at=utcnow()).on_conflict_do_nothing())
        row = connection.execute(query).one()
    return int(row.seq), str(row.hash)


def record(session: Session, *, tenant_id: str, kind: str, actor: str, data: dict[str, Any],
           subject: str | None = None) -> AuditEvent:
    """Append an event to the tenant's chain in the caller's transaction.

    `actor` is `bot`, `system`, `visitor`, `cli` or `staff:<id>`, never a name; `data` holds
    ids, types and counts, never clear personal data. `subject` (a pseudonym such as a
    conversation id) lets `redact_subject` find the event later; only its hash is stored.
    Returns the event as written, not attached to the session (written with SQL statements:
    an append costs a fraction of a turn).
    """
    if not kind or not actor or not isinstance(data, dict):
        raise InvalidInput("an audit event needs a kind, an actor and a dict of data",
                           code="audit.bad_event")
    payload = canonical_json(data)
    session.flush()  # rows the event may refer to (a new tenant, say) go first
    connection = session.connection()
    seq, prev = _lock_head(connection, tenant_id)
    at = utcnow()
    payload_digest = hashlib.sha256(payload).hexdigest()
    event = AuditEvent(
        tenant_id=tenant_id, seq=seq + 1, at=at, kind=kind, actor=actor,
        # Stored as it was digested (tuples become lists, and so on).
        payload=_loads(payload), payload_digest=payload_digest, prev_hash=prev,
        hash=event_hash(tenant=tenant_id, seq=seq + 1, at=iso(at), kind=kind, actor=actor,
                        payload_digest=payload_digest, prev=prev),
        subject_ref=subject_ref(tenant_id, subject) if subject else None, redacted_at=None)
    connection.execute(insert(_events).values(
        {column.key: getattr(event, column.key) for column in _events.columns}))
    connection.execute(update(_heads).where(_heads.c.tenant_id == tenant_id)
                       .values(seq=event.seq, hash=event.hash, updated_at=at))
    return event


def serialize(session: Session, tenant_id: str) -> None:
    """Hold the tenant's audit head until the transaction ends: what a caller reads next (a
    latest version, say) cannot change under it, since every writer appends an event."""
    session.flush()
    _lock_head(session.connection(), tenant_id)


def _loads(payload: bytes) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(payload)
    return value


def redact_subject(session: Session, *, tenant_id: str, subject: str) -> list[int]:
    """Redact every event of a subject (payload and reference cleared) and return their seqs.

    The chain stays valid because it covers payload digests; the caller must then record a
    `subject.erased` event listing these seqs (see `erase`), or verification reports them.
    """
    return _redact(session, tenant_id, [subject])


def _redact(session: Session, tenant_id: str, subjects: list[str]) -> list[int]:
    """Redact the events of `subjects`; their seqs, in order."""
    refs = _refs(tenant_id, subjects)
    about = (AuditEvent.tenant_id == tenant_id, AuditEvent.subject_ref.in_(refs))
    seqs = list(session.scalars(select(AuditEvent.seq).where(*about).order_by(AuditEvent.seq)))
    if seqs:
        session.execute(update(AuditEvent).where(*about)
                        .values(payload=None, subject_ref=None, redacted_at=utcnow())
                        .execution_options(synchronize_session="fetch"))
    return seqs


def erase(session: Session, *, tenant_id: str, subject: str, actor: str,
          data: dict[str, Any] | None = None) -> AuditEvent:
    """Redact a subject's events and record the `subject.erased` event that covers them.

    The erasure event lists seqs and a count (plus the caller's `data`: a request id,
    counts per table), never the subject's identifier.
    """
    seqs = redact_subject(session, tenant_id=tenant_id, subject=subject)
    return record(session, tenant_id=tenant_id, kind=ERASURE_KIND, actor=actor,
                  data={**(data or {}), ERASED_SEQS: seqs, "count": len(seqs)})


def head(session: Session, tenant_id: str) -> Head:
    """The tenant's last seq and hash, and how many events its chain holds."""
    row = session.execute(select(AuditHead.seq, AuditHead.hash)
                          .where(AuditHead.tenant_id == tenant_id)).one_or_none()
    count = session.scalar(select(func.count()).select_from(AuditEvent)
                           .where(AuditEvent.tenant_id == tenant_id)) or 0
    if row is None:
        return Head(0, GENESIS, count)
    return Head(int(row.seq), str(row.hash), count)


def events_of(session: Session, *, tenant_id: str, subject: str,
              kinds: tuple[str, ...]) -> list[AuditEvent]:
    """A subject's events of these kinds, oldest first (found by the subject's reference),
    as read-only objects outside the session. A payload that cannot be read as stored (edited
    into something that is not a JSON object) comes as None, which `intact` reports."""
    fields = [column for column in _events.c if column.name != "payload"]
    raw = payload_column(session.get_bind().dialect.name).label("raw_payload")
    rows = session.execute(
        select(*fields, raw).where(_events.c.tenant_id == tenant_id,
                                   _events.c.subject_ref == subject_ref(tenant_id, subject),
                                   _events.c.kind.in_(kinds)).order_by(_events.c.seq))
    return [AuditEvent(**{column.name: row._mapping[column] for column in fields},
                       payload=None if row.raw_payload is None
                       else parse_payload(row.raw_payload)[0])
            for row in rows]


def intact(event: AuditEvent) -> bool:
    """Whether one event still matches its own digest and hash (its place in the chain is
    what `verify` checks)."""
    if event.payload is None or digest(event.payload) != event.payload_digest:
        return False
    return event.hash == event_hash(tenant=event.tenant_id, seq=event.seq, at=iso(event.at),
                                    kind=event.kind, actor=event.actor,
                                    payload_digest=event.payload_digest, prev=event.prev_hash)


def _refs(tenant_id: str, subjects: list[str]) -> list[str]:
    return [subject_ref(tenant_id, subject) for subject in subjects]


def count_subject_events(session: Session, *, tenant_id: str, subjects: list[str]) -> int:
    """How many unredacted events these subjects have (what `erase_subjects` would redact)."""
    return session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.tenant_id == tenant_id, AuditEvent.subject_ref.in_(_refs(tenant_id, subjects)),
        AuditEvent.redacted_at.is_(None))) or 0


def erase_subjects(session: Session, *, tenant_id: str, subjects: list[str], actor: str,
                   data: dict[str, Any]) -> list[int]:
    """`erase` for many subjects at once (a retention purge): their events redacted, one
    `subject.erased` event covering them all; returns the redacted seqs."""
    seqs = _redact(session, tenant_id, subjects)
    if not seqs:
        return []
    record(session, tenant_id=tenant_id, kind=ERASURE_KIND, actor=actor,
           data={**data, ERASED_SEQS: seqs, "count": len(seqs)})
    return seqs
