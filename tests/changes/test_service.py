"""`record_if_changed` appends a version, its diff and an audit event only when content changed."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from clairbot.audit import AuditEvent
from clairbot.changes import ContentVersion, history, manifest, record_if_changed
from clairbot.db import make_session_factory, transaction
from clairbot.errors import InvalidInput
from tests.factories import fresh_tenant

SPEC_V1 = 'spec_version: "1"\ntenant: acme\nbot:\n  name: Clair\n'
SPEC_V2 = 'spec_version: "2"\ntenant: acme\nbot:\n  name: Clara\n'


def events(session: Session, tenant: str) -> list[AuditEvent]:
    return list(session.scalars(select(AuditEvent).where(AuditEvent.tenant_id == tenant)
                                .order_by(AuditEvent.seq)))


def test_when_content_is_new_then_a_row_and_an_audit_event_are_written(
    session: Session, tenant: str,
) -> None:
    row = record_if_changed(session, tenant_id=tenant, kind="spec", version="aaa111",
                            content=SPEC_V1, author="Claire Dupont", actor="cli", label="1")

    assert row is not None and row.previous_version is None and row.author == "Claire Dupont"
    assert "+tenant: acme" in row.diff
    [event] = events(session, tenant)
    assert (event.kind, event.actor) == ("spec.changed", "cli")
    assert event.payload == {"version": "aaa111", "previous_version": None,
                             "summary": "1: first recorded version (4 lines)"}
    assert "Claire" not in str(event.payload)  # the name stays in the change log


def test_when_the_same_version_comes_again_then_nothing_is_appended(
    session: Session, tenant: str,
) -> None:
    record_if_changed(session, tenant_id=tenant, kind="spec", version="aaa111",
                      content=SPEC_V1, author="Claire Dupont")

    again = record_if_changed(session, tenant_id=tenant, kind="spec", version="aaa111",
                              content=SPEC_V1, author="Someone Else")

    assert again is None
    assert len(history(session, tenant_id=tenant)) == 1 and len(events(session, tenant)) == 1


def test_when_the_spec_changes_then_the_row_holds_a_unified_diff_from_the_previous(
    session: Session, tenant: str,
) -> None:
    record_if_changed(session, tenant_id=tenant, kind="spec", version="aaa111",
                      content=SPEC_V1, author="Claire Dupont")

    row = record_if_changed(session, tenant_id=tenant, kind="spec", version="bbb222",
                            content=SPEC_V2, author="Marc Leroy", label="spec_version 2")

    assert row is not None and row.previous_version == "aaa111"
    assert row.diff.startswith("--- spec@aaa111\n+++ spec@bbb222\n")
    assert "-  name: Clair\n+  name: Clara\n" in row.diff
    assert events(session, tenant)[-1].payload["summary"] == (
        "spec_version 2: 2 line(s) added, 2 removed")


def test_when_knowledge_changes_then_the_diff_lists_documents_with_versions(
    session: Session, tenant: str,
) -> None:
    before = manifest({"fr/a.md": "111111111111", "fr/b.md": "222222222222"})
    after = manifest({"fr/a.md": "333333333333", "fr/c.md": "444444444444"})
    record_if_changed(session, tenant_id=tenant, kind="knowledge", version="kb1",
                      content=before, author="unknown")

    row = record_if_changed(session, tenant_id=tenant, kind="knowledge", version="kb2",
                            content=after, author="unknown")

    assert row is not None
    assert row.diff == ("+ fr/c.md 444444444444\n- fr/b.md 222222222222\n"
                        "~ fr/a.md 111111111111 -> 333333333333\n")
    event = events(session, tenant)[-1]
    assert event.kind == "knowledge.changed" and event.actor == "system"
    assert event.payload["summary"] == "1 added, 1 removed, 1 changed (2 documents)"


def test_when_kinds_are_recorded_then_each_has_its_own_latest(
    session: Session, tenant: str,
) -> None:
    record_if_changed(session, tenant_id=tenant, kind="spec", version="same",
                      content=SPEC_V1, author="a")

    row = record_if_changed(session, tenant_id=tenant, kind="knowledge", version="same",
                            content="", author="a")

    assert row is not None
    assert [r.kind for r in history(session, tenant_id=tenant)] == ["knowledge", "spec"]
    assert [r.kind for r in history(session, tenant_id=tenant, kind="spec")] == ["spec"]
    assert history(session, tenant_id=tenant, version="sa")[0].version == "same"


def test_when_the_kind_is_unknown_then_it_is_refused(session: Session, tenant: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        record_if_changed(session, tenant_id=tenant, kind="prompt", version="x", content="",
                          author="a")

    assert caught.value.code == "changes.bad_kind"
    assert session.scalars(select(ContentVersion)
                           .where(ContentVersion.tenant_id == tenant)).first() is None


def test_when_two_replicas_record_the_same_new_version_at_once_then_one_row_is_written(
        engine: Engine) -> None:
    sessions = make_session_factory(engine)
    with transaction(sessions) as session:
        tenant = fresh_tenant(session, "cv", "Concurrent start-up tenant")
    first_recorded = threading.Event()
    written: list[object] = []

    def start_up(first: bool) -> None:
        with transaction(sessions) as session:
            if not first:  # the second replica reads while the first has not committed
                first_recorded.wait(10)
            written.append(record_if_changed(session, tenant_id=tenant, kind="spec",
                                             version="v-same", content="a: 1\n",
                                             author="Replica"))
            if first:
                first_recorded.set()
                time.sleep(0.5)  # commit late: the second must wait, then see this row

    threads = [threading.Thread(target=start_up, args=(first,)) for first in (True, False)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    with Session(engine) as session:
        rows = session.scalars(select(ContentVersion).where(
            ContentVersion.tenant_id == tenant)).all()
    assert len(rows) == 1 and sum(row is not None for row in written) == 1
