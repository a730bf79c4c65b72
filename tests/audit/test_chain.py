"""Appending, head and verification of an intact chain; the hash template."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from clairbot.audit import AuditEvent, head, record, verify, verify_tenant
from clairbot.audit.chain import GENESIS, digest, event_hash, iso
from clairbot.errors import InvalidInput


def test_when_hash_written_by_template_then_same_as_canonical_json() -> None:
    fields = {"tenant": "t\u00e9\"x", "seq": 7, "at": iso(dt.datetime(2026, 1, 2, tzinfo=dt.UTC)),
              "kind": "bot.answer", "actor": "staff:1", "payload_digest": "ab", "prev": GENESIS}
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert event_hash(**fields) == hashlib.sha256(canonical.encode()).hexdigest()


def test_when_events_appended_then_chain_links_and_verifies(
        session: Session, tenant: str, chain: Callable[[int], list[AuditEvent]]) -> None:
    events = chain(5)
    assert [e.seq for e in events] == [1, 2, 3, 4, 5]
    assert events[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(events, events[1:], strict=False))
    assert events[2].payload_digest == digest(events[2].payload)
    current = head(session, tenant)
    assert (current.seq, current.hash, current.count) == (5, events[-1].hash, 5)
    [report] = verify(session, tenant)
    assert report.ok and report.checked == 5 and report.last_hash == events[-1].hash


def test_when_verified_incrementally_then_only_new_events_checked(
        session: Session, tenant: str, chain: Callable[[int], list[AuditEvent]]) -> None:
    events = chain(4)
    report = verify_tenant(session, tenant, since_seq=2, expected_prev=events[1].hash)
    assert report.ok and report.checked == 2 and report.last_seq == 4
    stale = verify_tenant(session, tenant, since_seq=2, expected_prev="f" * 64)
    assert stale.problem is not None and stale.problem.seq == 2


def test_when_no_events_then_head_is_genesis(session: Session, tenant: str) -> None:
    current = head(session, tenant)
    assert (current.seq, current.hash, current.count) == (0, GENESIS, 0)
    assert verify_tenant(session, tenant).ok


def test_when_payload_not_plain_json_then_refused(session: Session, tenant: str) -> None:
    with pytest.raises(InvalidInput):
        record(session, tenant_id=tenant, kind="bot.answer", actor="bot",
               data={"when": dt.datetime.now(dt.UTC)})
