"""Verification of a tenant's chain: every event recomputed, in seq order, in one pass.

The first bad event is named with what happened to it:

- `edited`: its payload no longer matches its digest, or its fields no longer match its hash
  (kind, actor, at, digest, prev or the hash itself changed), or the next event links to
  another hash (the event was rewritten with a hash of its own), or a stored value is not
  even of its kind (a payload that is not UTF-8 or not JSON, a seq that is not a number, a
  time that is not a date: SQLite stores whatever an UPDATE writes);
- `missing`: a gap in the seqs (an event deleted), or events gone after the last one;
- `inserted`: an event that is not part of the chain (beyond the head, or slipped in with
  the following events renumbered);
- `out of order`: an event whose hash is valid at another seq (contents swapped);
- `head mismatch`: the head row disagrees with the last event;
- `redacted without erasure`: a payload removed with no later `subject.erased` event
  listing its seq.

Verification reads; run it in a transaction that sees one snapshot (`snapshot`), so that
appends made meanwhile are neither half seen nor taken for tampering.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from hashlib import sha256
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    String,
    create_engine,
    event,
    func,
    select,
    type_coerce,
    union,
)
from sqlalchemy.orm import Session

from clairbot.audit.chain import GENESIS, digest, event_hash, iso
from clairbot.audit.models import AuditEvent, AuditHead
from clairbot.audit.service import ERASED_SEQS, ERASURE_KIND
from clairbot.audit.stored import parse_payload, payload_column
from clairbot.errors import InvalidInput

BATCH = 10_000
# Looking for the seq at which a misplaced event's hash is valid stops after this many.
_MAX_SEARCH = 5_000_000
_events = AuditEvent.__table__
_heads = AuditHead.__table__

EDITED, MISSING, INSERTED, OUT_OF_ORDER = "edited", "missing", "inserted", "out of order"
HEAD_MISMATCH, UNEXPLAINED_REDACTION = "head mismatch", "redacted without erasure"


@dataclass(frozen=True)
class Break:
    """The first bad event of a chain: its seq, what happened, and how it shows."""

    seq: int
    what: str
    detail: str


@dataclass
class VerifyReport:
    """The outcome for one tenant: what was checked and the first bad event, if any."""

    tenant_id: str
    since_seq: int = 0
    checked: int = 0
    redacted: int = 0
    last_seq: int = 0
    last_hash: str = GENESIS
    head_seq: int | None = None
    problem: Break | None = None
    _pending: dict[int, None] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        """True when the chain is intact."""
        return self.problem is None


Source = Connection | Session


def tenants(source: Source) -> list[str]:
    """Every tenant that has an audit head or audit events."""
    query = union(select(_heads.c.tenant_id), select(_events.c.tenant_id).distinct())
    return sorted(str(t) for t in source.execute(query).scalars())


def verify(source: Source, tenant_id: str | None = None, since_seq: int = 0,
           expected_prev: str | None = None) -> list[VerifyReport]:
    """Verify one tenant's chain, or every tenant's; one report per tenant.

    `since_seq` and `expected_prev` (incremental verification, one tenant only) start after
    an event already verified, whose hash was `expected_prev`.
    """
    if tenant_id is None:
        if since_seq or expected_prev:
            raise InvalidInput("incremental verification needs a tenant",
                               code="audit.bad_verify")
        return [verify_tenant(source, t) for t in tenants(source)]
    return [verify_tenant(source, tenant_id, since_seq, expected_prev)]


def verify_tenant(source: Source, tenant_id: str, since_seq: int = 0,
                  expected_prev: str | None = None,
                  progress: Callable[[int], None] | None = None) -> VerifyReport:
    """Verify a tenant's events after `since_seq` (all of them by default); `progress` is
    called with the number of events checked, batch after batch."""
    report = VerifyReport(tenant_id=tenant_id, since_seq=since_seq, last_seq=since_seq)
    head = source.execute(select(_heads.c.seq, _heads.c.hash)
                          .where(_heads.c.tenant_id == tenant_id)).one_or_none()
    report.head_seq = None if head is None else int(head.seq)
    if since_seq == 0:
        report.last_hash = GENESIS
    elif expected_prev is not None:
        report.last_hash = expected_prev
    else:
        known = source.execute(select(_events.c.hash).where(
            _events.c.tenant_id == tenant_id, _events.c.seq == since_seq)).scalar()
        if known is None:
            report.problem = Break(since_seq, MISSING, "the event to start after is gone")
            return report
        report.last_hash = str(known)
    _scan(source, report, progress)
    if report.problem is None:
        _check_head(report, head)
    if report.problem is None and report._pending:
        seq = min(report._pending)
        report.problem = Break(seq, UNEXPLAINED_REDACTION, "its payload was removed but no "
                               "later subject.erased event lists it")
    return report


def _scan(source: Source, report: VerifyReport,
          progress: Callable[[int], None] | None) -> None:
    """Walk the events in seq order, stopping at the first bad one."""
    tenant = report.tenant_id
    # The payload as stored (canonical JSON, as bytes): its digest is checked without parsing.
    at_column, at_text = _at_as_text(source)
    columns = (_events.c.seq, at_column, _events.c.kind, _events.c.actor,
               payload_column(_dialect(source)), _events.c.payload_digest, _events.c.prev_hash,
               _events.c.hash, _events.c.redacted_at.is_not(None))
    query = (select(*columns).where(_events.c.tenant_id == tenant,
                                    _events.c.seq > report.since_seq)
             .order_by(_events.c.seq).execution_options(yield_per=BATCH))
    head_seq = report.head_seq
    expected, prev, before_prev = report.since_seq + 1, report.last_hash, None
    bad: tuple[Any, ...] | None = None
    result = source.execute(query)
    try:
        for row in result:
            seq, at, kind, actor, payload, payload_digest, prev_hash, stored, redacted = row
            if type(payload) is str:
                payload = payload.encode()
            malformed = _malformed(seq, kind, actor, payload_digest, prev_hash, stored)
            if malformed is not None:
                report.problem = Break(seq if type(seq) is int else expected, EDITED, malformed)
                return
            if head_seq is not None and seq > head_seq:
                report.problem = Break(seq, INSERTED, f"beyond the head (seq {head_seq})")
                return
            if seq != expected:
                report.problem = Break(expected, MISSING, f"the next event is seq {seq}")
                return
            parsed: Any = None
            if payload is None or payload == b"null":
                payload = None
                if not redacted:
                    report.problem = Break(seq, EDITED, "payload removed without redaction")
                    return
                report.redacted += 1
                report._pending[seq] = None
            elif redacted:
                report.problem = Break(seq, EDITED, "marked redacted but holds a payload")
                return
            elif sha256(payload).hexdigest() != payload_digest:
                # Stored otherwise than canonically (or edited): parsed, then digested
                # canonically. A payload that cannot even be parsed was edited.
                parsed, unreadable = parse_payload(payload)
                if unreadable is not None:
                    report.problem = Break(seq, EDITED, unreadable)
                    return
                if digest(parsed) != payload_digest:
                    report.problem = Break(seq, EDITED, "payload does not match its digest")
                    return
            try:
                at = at_text(at)
            except (TypeError, ValueError):
                report.problem = Break(seq, EDITED, "its time is not a date")
                return
            # A payload's digest was just recomputed, and `prev` is a hash already verified:
            # when both match the row, they are known hex digests.
            hex_known = payload is not None and prev_hash == prev
            if event_hash(tenant=tenant, seq=seq, at=at, kind=kind, actor=actor,
                          payload_digest=payload_digest, prev=prev_hash,
                          hex_known=hex_known) != stored:
                bad = (seq, at, kind, actor, payload_digest, prev_hash, stored,
                       prev, before_prev)
                break
            if prev_hash != prev:
                report.problem = Break(seq - 1, EDITED, f"event {seq} links to another hash "
                                       "(rewritten with a hash of its own)")
                return
            if kind == ERASURE_KIND and payload is not None:
                for covered in _erased_seqs(parsed if parsed is not None
                                            else parse_payload(payload)[0]):
                    report._pending.pop(covered, None)
            before_prev, prev = prev, stored
            report.checked += 1
            report.last_seq, report.last_hash = seq, stored
            expected += 1
            if progress and report.checked % BATCH == 0:
                progress(BATCH)
    finally:
        result.close()
    if bad is not None:
        report.problem = _diagnose(source, tenant, *bad)


def _malformed(seq: Any, kind: Any, actor: Any, payload_digest: Any, prev_hash: Any,
               stored: Any) -> str | None:
    """What is not even of its kind in an event's stored fields (SQLite keeps whatever an
    UPDATE writes, a blob in a text column, text in a number's), else None."""
    if type(seq) is not int:
        return f"its seq is not a number ({seq!r:.40})"
    if type(kind) is str and type(actor) is str and type(payload_digest) is str \
            and type(prev_hash) is str and type(stored) is str:
        return None
    names = ("kind", "actor", "payload_digest", "prev_hash", "hash")
    values = (kind, actor, payload_digest, prev_hash, stored)
    wrong = [name for name, value in zip(names, values, strict=True) if type(value) is not str]
    return f"its {', '.join(wrong)} {'is' if len(wrong) == 1 else 'are'} not text"


def _erased_seqs(payload: Any) -> list[int]:
    """The seqs a `subject.erased` payload lists (its digest matched: it is as recorded)."""
    seqs = payload.get(ERASED_SEQS, ()) if isinstance(payload, dict) else ()
    return [seq for seq in seqs if type(seq) is int] if isinstance(seqs, list) else []


def _dialect(source: Source) -> str:
    return source.get_bind().dialect.name if isinstance(source, Session) \
        else source.dialect.name


def _at_as_text(source: Source) -> tuple[Any, Callable[[Any], str]]:
    """The `at` column read as the chain writes it, and the function that finishes it.

    Parsing a million timestamps into datetimes costs seconds: PostgreSQL formats them
    itself; SQLite's stored text (`2026-01-02 03:04:05.000006`, UTC) is rearranged.
    """
    dialect = _dialect(source)
    if dialect == "postgresql":
        formatted = func.to_char(func.timezone("UTC", _events.c.at),
                                 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')
        return formatted, str
    if dialect == "sqlite":
        return type_coerce(_events.c.at, String), _sqlite_iso
    return _events.c.at, iso  # pragma: no cover - only SQLite and PostgreSQL are supported


def _sqlite_iso(stored: str) -> str:
    """SQLite's stored `at` in `iso` form (`ValueError` or `TypeError` if it is no date)."""
    if type(stored) is str and len(stored) == 26 and stored[10] == " ":
        return f"{stored[:10]}T{stored[11:]}+00:00"
    return iso(dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC))


def _diagnose(source: Source, tenant: str, seq: int, at: str, kind: str, actor: str,
              payload_digest: str, prev_hash: str, stored: str, prev: str,
              before_prev: str | None) -> Break:
    """Name an event whose fields do not match its hash: moved, inserted, missing, edited."""
    top = source.execute(select(func.max(_events.c.seq))
                         .where(_events.c.tenant_id == tenant)).scalar() or seq
    home = None
    for candidate in range(1, min(int(top) + 2, _MAX_SEARCH)):
        if candidate != seq and event_hash(tenant=tenant, seq=candidate, at=at, kind=kind,
                                           actor=actor, payload_digest=payload_digest,
                                           prev=prev_hash) == stored:
            home = candidate
            break
    if home is None:
        return Break(seq, EDITED, "its fields no longer match its hash (kind, actor, at, "
                     "digest, prev or hash changed)")
    if home == seq - 1 and prev_hash == before_prev:
        return Break(seq - 1, INSERTED, f"the events from seq {seq} on were renumbered "
                     "after it")
    if home == seq + 1 and source.execute(select(func.count()).where(
            _events.c.tenant_id == tenant, _events.c.hash == prev_hash)).scalar() == 0:
        return Break(seq, MISSING, "deleted, the following events renumbered")
    return Break(seq, OUT_OF_ORDER, f"it holds the event of seq {home}")


def _check_head(report: VerifyReport, head: Any) -> None:
    """Compare the head row with the last event seen."""
    if head is None:
        if report.last_seq > 0:
            report.problem = Break(report.last_seq, HEAD_MISMATCH, "the head row is gone")
        return
    if int(head.seq) > report.last_seq:
        report.problem = Break(report.last_seq + 1, MISSING,
                               f"the head is at seq {head.seq}, the events stop before")
    elif int(head.seq) < report.last_seq:
        # Rows beyond the head stop the scan first: here the head went back below events
        # verified in an earlier pass, which are gone.
        report.problem = Break(int(head.seq) + 1, MISSING,
                               f"the head went back to seq {head.seq}")
    elif head.hash != report.last_hash:
        report.problem = Break(report.last_seq, HEAD_MISMATCH,
                               "the head's hash differs from the last event's")


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """A read-only connection that sees one snapshot and blocks no writer.

    PostgreSQL: a REPEATABLE READ, READ ONLY transaction. SQLite: a deferred transaction
    on a connection of its own (the engine's transactions take the write lock; a WAL reader
    needs none).
    """
    if engine.dialect.name != "sqlite":
        with engine.connect() as connection:
            connection = connection.execution_options(isolation_level="REPEATABLE READ",
                                                      postgresql_readonly=True)
            with connection.begin():
                yield connection
        return
    reader = create_engine(engine.url, connect_args={"timeout": 30.0})

    @event.listens_for(reader, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(reader, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    try:
        with reader.connect() as connection, connection.begin():
            yield connection
    finally:
        reader.dispose()
