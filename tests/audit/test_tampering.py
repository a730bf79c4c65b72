"""Each tampering done in SQL is detected, and the first bad event is named."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from clairbot.audit import AuditEvent, AuditHead, erase, verify_tenant
from clairbot.audit.chain import digest, event_hash, iso
from clairbot.db import utcnow

Tamper = Callable[[Session, str], None]


def _set(at_seq: int, **values: object) -> Tamper:
    def tamper(session: Session, tenant: str) -> None:
        session.execute(update(AuditEvent).where(AuditEvent.tenant_id == tenant,
                                                 AuditEvent.seq == at_seq).values(**values))
    return tamper


def _shift_at(session: Session, tenant: str) -> None:
    at = session.scalar(select(AuditEvent.at).where(AuditEvent.tenant_id == tenant,
                                                    AuditEvent.seq == 3))
    assert at is not None
    _set(3, at=at + dt.timedelta(seconds=1))(session, tenant)


def _delete(seq: int) -> Tamper:
    def tamper(session: Session, tenant: str) -> None:
        session.execute(delete(AuditEvent).where(AuditEvent.tenant_id == tenant,
                                                 AuditEvent.seq == seq))
    return tamper


def _renumber(session: Session, tenant: str, moves: dict[int, int]) -> None:
    # Through negative seqs: the primary key must hold after every statement.
    for old, new in moves.items():
        _set(old, seq=-new)(session, tenant)
    session.execute(update(AuditEvent).where(AuditEvent.tenant_id == tenant, AuditEvent.seq < 0)
                    .values(seq=-AuditEvent.seq))


def _swap(session: Session, tenant: str) -> None:
    _renumber(session, tenant, {2: 4, 4: 2})


def _forge(session: Session, tenant: str, seq: int, prev: str) -> AuditEvent:
    at, payload = utcnow(), {"conversation_id": "forged"}
    forged = AuditEvent(tenant_id=tenant, seq=seq, at=at, kind="bot.answer", actor="bot",
                        payload=payload, payload_digest=digest(payload), prev_hash=prev,
                        hash=event_hash(tenant=tenant, seq=seq, at=iso(at), kind="bot.answer",
                                        actor="bot", payload_digest=digest(payload),
                                        prev=prev))
    session.add(forged)
    session.flush()
    return forged


def _hash_of(session: Session, tenant: str, seq: int) -> str:
    value = session.scalar(select(AuditEvent.hash).where(AuditEvent.tenant_id == tenant,
                                                         AuditEvent.seq == seq))
    assert value is not None
    return value


def _insert_at_end(session: Session, tenant: str) -> None:
    _forge(session, tenant, 6, _hash_of(session, tenant, 5))


def _insert_in_middle(session: Session, tenant: str) -> None:
    # Slipped in as seq 3, the later events renumbered, and the head moved: a careful forger.
    _renumber(session, tenant, {seq: seq + 1 for seq in (3, 4, 5)})
    _forge(session, tenant, 3, _hash_of(session, tenant, 2))
    session.execute(update(AuditHead).where(AuditHead.tenant_id == tenant)
                    .values(seq=6, hash=_hash_of(session, tenant, 6)))


def _rewrite(session: Session, tenant: str) -> None:
    # Event 3 replaced by a forged one with a valid hash of its own.
    _delete(3)(session, tenant)
    _forge(session, tenant, 3, _hash_of(session, tenant, 2))


def _move_head(session: Session, tenant: str) -> None:
    session.execute(update(AuditHead).where(AuditHead.tenant_id == tenant).values(hash="0" * 64))


CASES = [
    # one field of one event edited
    pytest.param(_set(3, payload={"conversation_id": "c9", "n": 9}), 3, "edited", id="payload"),
    pytest.param(_set(3, kind="bot.answer"), 3, "edited", id="kind"),
    pytest.param(_set(3, actor="staff:7"), 3, "edited", id="actor"),
    pytest.param(_shift_at, 3, "edited", id="at"),
    pytest.param(_set(3, hash="f" * 64), 3, "edited", id="hash"),
    pytest.param(_set(3, payload_digest="0" * 64), 3, "edited", id="digest"),
    pytest.param(_rewrite, 3, "edited", id="rewritten-with-own-hash"),
    # one event deleted: a gap, or the end of the chain gone
    pytest.param(_delete(3), 3, "missing", id="delete-middle"),
    pytest.param(_delete(5), 5, "missing", id="delete-last"),
    # two events' seqs swapped
    pytest.param(_swap, 2, "out of order", id="swap"),
    # one forged event inserted
    pytest.param(_insert_at_end, 6, "inserted", id="insert-at-end"),
    pytest.param(_insert_in_middle, 3, "inserted", id="insert-in-middle"),
    # the head row
    pytest.param(_move_head, 5, "head mismatch", id="head"),
    # a payload removed with no erasure event
    pytest.param(_set(2, payload=None, redacted_at=utcnow()), 2, "redacted without erasure",
                 id="redacted-alone"),
    pytest.param(_set(2, payload=None), 2, "edited", id="payload-nulled"),
]


@pytest.mark.parametrize(("tamper", "seq", "what"), CASES)
def test_when_tampered_in_sql_then_first_bad_event_named(
        session: Session, tenant: str, chain: Callable[[int], list[AuditEvent]],
        tamper: Tamper, seq: int, what: str) -> None:
    chain(5)
    assert verify_tenant(session, tenant).ok
    tamper(session, tenant)
    report = verify_tenant(session, tenant)
    assert report.problem is not None, report
    assert (report.problem.seq, report.problem.what) == (seq, what), report.problem


def _store(at_seq: int, column: str, value: object) -> Tamper:
    """Write `value` into `column` of one event as it is, past the column's type: what an
    UPDATE in a SQL shell does (the JSON type would serialise it; SQLite keeps anything)."""
    def tamper(session: Session, tenant: str) -> None:
        json_column = column == "payload" and session.get_bind().dialect.name == "postgresql"
        target = "CAST(:value AS json)" if json_column else ":value"
        session.execute(text(f"UPDATE audit_events SET {column} = {target} "
                             "WHERE tenant_id = :tenant AND seq = :seq"),
                        {"value": value, "tenant": tenant, "seq": at_seq})
    return tamper


DEEP = "[" * 5000 + "]" * 5000
REFUSED = None
SAME = "same"
HASH = "its fields no longer match its hash"
# Stored values that are not even of their kind, and what PostgreSQL makes of them: REFUSED
# when it cannot store them at all (its `json` type refuses invalid JSON, its text NUL bytes
# and invalid UTF-8, its numbers and dates other text), and the test shows the UPDATE fails;
# SAME when the break is named as on SQLite; else how it shows there.
MALFORMED = [
    # the payload edited into invalid JSON (the crash of finding 10)
    pytest.param(_store(3, "payload", '{"conversation_id": "c2", "n": 2'), 3, "edited",
                 "payload is not valid JSON", REFUSED, id="payload-invalid-json"),
    # valid JSON, but an array, a string, a number: never what `record` writes
    pytest.param(_store(3, "payload", "[1, 2, 3]"), 3, "edited",
                 "payload is not a JSON object (a JSON list)", SAME, id="payload-array"),
    pytest.param(_store(3, "payload", '"c2"'), 3, "edited",
                 "payload is not a JSON object (a JSON str)", SAME, id="payload-string"),
    pytest.param(_store(3, "payload", "42"), 3, "edited",
                 "payload is not a JSON object (a JSON int)", SAME, id="payload-number"),
    # nested deeper than the JSON parser goes
    pytest.param(_store(3, "payload", DEEP), 3, "edited",
                 "payload is not valid JSON (nested too deep to read)", SAME,
                 id="payload-nested-too-deep"),
    # a NUL byte inside the stored text (a raw control character is not JSON)
    pytest.param(_store(3, "payload", '{"conversation_id": "c2\x00", "n": 2}'), 3, "edited",
                 "payload is not valid JSON", REFUSED, id="payload-nul-byte"),
    # a NUL written as a JSON escape: valid JSON, but not what was digested
    pytest.param(_store(3, "payload", '{"conversation_id": "c2\\u0000", "n": 2}'), 3,
                 "edited", "payload does not match its digest", SAME, id="payload-nul-escape"),
    # bytes that are not UTF-8, stored as a blob
    pytest.param(_store(3, "payload", b'{"conversation_id": "\xff\xfe"}'), 3, "edited",
                 "payload is not UTF-8 text", REFUSED, id="payload-not-utf8"),
    # other columns holding another type than theirs (PostgreSQL turns bytes into text)
    pytest.param(_store(3, "kind", b"\x00\xff"), 3, "edited", "its kind is not text", HASH,
                 id="kind-blob"),
    pytest.param(_store(3, "prev_hash", b"\x07"), 3, "edited", "its prev_hash is not text",
                 HASH, id="prev-blob"),
    pytest.param(_store(3, "at", "not a date"), 3, "edited", "its time is not a date",
                 REFUSED, id="at-not-a-date"),
    pytest.param(_store(3, "seq", "three"), 3, "missing", "the next event is seq 4", REFUSED,
                 id="seq-not-a-number"),
    # a word in the redaction date (PostgreSQL reads 'yesterday' as a date)
    pytest.param(_store(3, "redacted_at", "yesterday"), 3, "edited",
                 "marked redacted but holds a payload", SAME, id="redacted-at-a-word"),
]


@pytest.mark.parametrize(("tamper", "seq", "what", "detail", "on_postgresql"), MALFORMED)
def test_when_a_stored_value_is_malformed_then_its_event_is_named_not_a_crash(
        session: Session, tenant: str, chain: Callable[[int], list[AuditEvent]],
        tamper: Tamper, seq: int, what: str, detail: str, on_postgresql: str | None) -> None:
    chain(5)
    if session.get_bind().dialect.name == "postgresql":
        if on_postgresql is REFUSED:
            with pytest.raises(DBAPIError), session.begin_nested():
                tamper(session, tenant)
            assert verify_tenant(session, tenant).ok
            return
        detail = detail if on_postgresql == SAME else on_postgresql
    tamper(session, tenant)
    report = verify_tenant(session, tenant)
    assert report.problem is not None, report
    assert (report.problem.seq, report.problem.what) == (seq, what), report.problem
    assert report.problem.detail.startswith(detail), report.problem


def test_when_subject_erased_then_payloads_gone_and_chain_still_verifies(
        session: Session, tenant: str, chain: Callable[[int], list[AuditEvent]]) -> None:
    chain(7)
    erasure = erase(session, tenant_id=tenant, subject="conv-1", actor="system")
    assert erasure.payload == {"seqs": [1, 4, 7], "count": 3}
    redacted = session.execute(select(AuditEvent.seq, AuditEvent.payload,
                                      AuditEvent.subject_ref, AuditEvent.redacted_at)
                               .where(AuditEvent.tenant_id == tenant, AuditEvent.seq == 4)).one()
    assert redacted.payload is None and redacted.subject_ref is None
    assert redacted.redacted_at is not None
    report = verify_tenant(session, tenant)
    assert report.ok, report.problem
    assert report.redacted == 3 and report.checked == 8


def test_when_erasure_event_lists_fewer_seqs_then_uncovered_one_named(
        session: Session, tenant: str, chain: Callable[[int], list[AuditEvent]]) -> None:
    chain(7)
    erasure = erase(session, tenant_id=tenant, subject="conv-1", actor="system")
    # Editing the erasure event to hide a redaction breaks its digest first.
    _set(erasure.seq, payload={"seqs": [1, 7], "count": 2})(session, tenant)
    problem = verify_tenant(session, tenant).problem
    assert problem is not None and (problem.seq, problem.what) == (erasure.seq, "edited")
