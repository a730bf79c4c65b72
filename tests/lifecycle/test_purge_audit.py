"""A purge leaves no id of the purged conversations in the audit trail: their visitors' events
are redacted under one covering event, the pass itself is recorded, and the chain verifies."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select

from clairbot.audit import AuditEvent, snapshot, verify
from clairbot.conversation import feedback, pipeline, service
from clairbot.db import make_session_factory, transaction, utcnow
from clairbot.incidents.models import Incident
from clairbot.lifecycle.purge_pass import run_purge_pass
from tests.lifecycle.seed import MakeBot


def test_when_conversations_expire_then_their_audit_events_are_redacted_and_counted(
        engine: Engine, committed_bot: MakeBot) -> None:
    bot = committed_bot(conversations=30)
    with transaction(make_session_factory(engine)) as session:
        conversation, _ = service.start(session=session, bot=bot, lang="fr", channel="test")
        session.flush()
        answer = pipeline.handle_turn(
            session=session, bot=bot, conversation=conversation,
            inbound=pipeline.Inbound(text="Quels sont vos délais de paiement ?"))[-1]
        feedback.record(session=session, conversation=conversation, kind="problem",
                        message_id=answer.id, comment="Le lien est cassé", spec=bot.spec)
        pipeline.handle_turn(session=session, bot=bot, conversation=conversation, inbound=(
            pipeline.Inbound(action={"type": "consent", "purpose": "callback",
                                     "decision": "granted"})))
        cid = conversation.id

    dry = run_purge_pass(engine=engine, spec=bot.spec, dry_run=True,
                         now=utcnow() + dt.timedelta(days=31))
    report = run_purge_pass(engine=engine, spec=bot.spec, now=utcnow() + dt.timedelta(days=31))
    assert report.conversations_deleted == 1
    assert report.incidents_anonymised == dry.incidents_anonymised == 1
    with transaction(make_session_factory(engine)) as session:
        [incident] = session.scalars(select(Incident).where(Incident.tenant_id == bot.tenant_id))
        assert incident.conversation_id is None and incident.summary is None
        assert incident.owner_name and incident.status == "open"  # kept for governance
    assert report.audit_events_redacted == dry.audit_events_redacted >= 3  # 2 turns + consent

    with snapshot(engine) as connection:
        [checked] = verify(connection, bot.tenant_id)
        rows = connection.execute(select(AuditEvent.kind, AuditEvent.payload).where(
            AuditEvent.tenant_id == bot.tenant_id).order_by(AuditEvent.seq)).all()
    assert checked.problem is None, checked.problem
    assert cid not in repr(rows)
    kinds = [kind for kind, _ in rows]
    assert kinds[-2:] == ["subject.erased", "retention.purged"]
    assert rows[-2].payload["reason"] == "retention"
    assert rows[-1].payload["counts"]["conversations_deleted"] == 1
