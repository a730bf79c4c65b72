"""The server's audit verification job: incremental passes, a break logged and announced."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, delete, select, text, update

from clairbot.audit import AuditEvent, AuditHead, record
from clairbot.config import Settings
from clairbot.db import make_session_factory, transaction
from clairbot.tenants.models import Tenant
from clairbot.web.deps import Runtime
from clairbot.web.jobs import AuditWatch, verify_audit_chains
from clairbot.webhooks.models import WebhookDelivery, WebhookEndpoint


@pytest.fixture
def runtime(settings: Settings, engine: Engine) -> Runtime:
    """A runtime on the test database (no bots: the job verifies every tenant's chain)."""
    return Runtime(settings=settings, engine=engine, sessions=make_session_factory(engine))


@pytest.fixture
def tenant_id(engine: Engine) -> Iterator[str]:
    """A committed tenant of its own with a webhook endpoint for `audit.broken` (all
    deleted afterwards)."""
    sessions = make_session_factory(engine)
    tenant_id = f"aj-{uuid.uuid4().hex[:12]}"
    with transaction(sessions) as session:
        session.add(Tenant(id=tenant_id, name="Audit job tenant"))
        session.flush()
        session.add(WebhookEndpoint(id=uuid.uuid4().hex, tenant_id=tenant_id,
                                    url="http://127.0.0.1:9/hook", secret="whsec_x",
                                    event_types=["audit.broken"], description=""))
    try:
        yield tenant_id
    finally:
        with transaction(sessions) as session:
            for model in (WebhookDelivery, WebhookEndpoint, AuditEvent, AuditHead):
                session.execute(delete(model).where(model.tenant_id == tenant_id))
            session.execute(delete(Tenant).where(Tenant.id == tenant_id))


def _append(runtime: Runtime, tenant_id: str, n: int) -> None:
    with transaction(runtime.sessions) as session:
        for i in range(n):
            record(session, tenant_id=tenant_id, kind="bot.answer", actor="bot",
                   data={"conversation_id": f"c{i}"})


def test_when_chain_broken_between_passes_then_logged_and_announced_once(
        runtime: Runtime, tenant_id: str, caplog: pytest.LogCaptureFixture) -> None:
    watch = AuditWatch()
    _append(runtime, tenant_id, 3)
    [first] = [r for r in verify_audit_chains(runtime, watch) if r.tenant_id == tenant_id]
    assert first.ok and first.checked == 3
    _append(runtime, tenant_id, 2)
    [second] = [r for r in verify_audit_chains(runtime, watch) if r.tenant_id == tenant_id]
    assert second.ok and second.checked == 2 and watch.verified[tenant_id][0] == 5

    _append(runtime, tenant_id, 1)
    with transaction(runtime.sessions) as session:
        session.execute(update(AuditEvent).where(AuditEvent.tenant_id == tenant_id,
                                                 AuditEvent.seq == 6).values(kind="x.forged"))
    with caplog.at_level(logging.ERROR, logger="clairbot.web.jobs"):
        [third] = [r for r in verify_audit_chains(runtime, watch) if r.tenant_id == tenant_id]
        verify_audit_chains(runtime, watch)  # the same break: not announced again
    assert third.problem is not None and (third.problem.seq, third.problem.what) == (6, "edited")
    assert [r.getMessage() for r in caplog.records if tenant_id in r.getMessage()] == [
        f"audit chain of tenant {tenant_id} broken at seq 6: edited ({third.problem.detail})"]
    with transaction(runtime.sessions) as session:
        deliveries = session.scalars(select(WebhookDelivery)
                                     .where(WebhookDelivery.tenant_id == tenant_id)).all()
    assert len(deliveries) == 1 and deliveries[0].event_type == "audit.broken"
    assert set(deliveries[0].payload) == {"seq", "problem", "occurred_at"}
    assert deliveries[0].payload["seq"] == 6


def test_when_events_verified_earlier_deleted_then_next_pass_names_them(
        runtime: Runtime, tenant_id: str) -> None:
    watch = AuditWatch()
    _append(runtime, tenant_id, 4)
    verify_audit_chains(runtime, watch)
    with transaction(runtime.sessions) as session:
        session.execute(delete(AuditEvent).where(AuditEvent.tenant_id == tenant_id,
                                                 AuditEvent.seq >= 3))
        session.execute(update(AuditHead).where(AuditHead.tenant_id == tenant_id)
                        .values(seq=2))
    [report] = [r for r in verify_audit_chains(runtime, watch) if r.tenant_id == tenant_id]
    assert report.problem is not None and (report.problem.seq, report.problem.what) == (
        3, "missing")


def test_when_a_payload_is_edited_into_invalid_json_then_the_pass_names_it_not_a_crash(
        runtime: Runtime, tenant_id: str, caplog: pytest.LogCaptureFixture) -> None:
    watch = AuditWatch()
    _append(runtime, tenant_id, 3)
    verify_audit_chains(runtime, watch)
    _append(runtime, tenant_id, 1)
    # Invalid JSON where the database stores it (SQLite); PostgreSQL's `json` type refuses
    # it, so there the payload becomes JSON that is not an object, which it accepts.
    postgresql = runtime.engine.dialect.name == "postgresql"
    raw, detail = (("[4]", "payload is not a JSON object (a JSON list)") if postgresql else
                   ('{"conversation_id": ', "payload is not valid JSON"))
    with transaction(runtime.sessions) as session:
        session.execute(text("UPDATE audit_events SET payload = "
                             f"{'CAST(:raw AS json)' if postgresql else ':raw'} "
                             "WHERE tenant_id = :tenant AND seq = 4"),
                        {"raw": raw, "tenant": tenant_id})
    with caplog.at_level(logging.ERROR, logger="clairbot.web.jobs"):
        [report] = [r for r in verify_audit_chains(runtime, watch) if r.tenant_id == tenant_id]
    assert report.problem is not None and (report.problem.seq, report.problem.what) == (
        4, "edited")
    assert report.problem.detail.startswith(detail)
    logged = [r for r in caplog.records if tenant_id in r.getMessage()]
    assert [r.getMessage() for r in logged] == [
        f"audit chain of tenant {tenant_id} broken at seq 4: edited ({report.problem.detail})"]
    assert not any(r.exc_info for r in caplog.records)
    with transaction(runtime.sessions) as session:
        [delivery] = session.scalars(select(WebhookDelivery)
                                     .where(WebhookDelivery.tenant_id == tenant_id)).all()
    assert delivery.event_type == "audit.broken" and delivery.payload["seq"] == 4
