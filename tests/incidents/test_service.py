"""The incidents service on a real database: routing to the accountable owner, deadlines,
allowed transitions and refusals, history and audit events, governance counts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from clairbot.audit.models import AuditEvent
from clairbot.conversation.bot import Bot
from clairbot.errors import Conflict, InvalidInput
from clairbot.incidents import service as incidents
from clairbot.incidents.errors import IncidentRequestError
from clairbot.incidents.routing import accountable_owner, due_date, parse_owner
from clairbot.spec import BotSpec

UTC = dt.UTC
FRIDAY = dt.datetime(2026, 12, 4, 10, tzinfo=UTC)


def _without_supervisor(spec: BotSpec) -> BotSpec:
    return spec.model_copy(update={
        "escalation": spec.escalation.model_copy(update={"supervisor": None})})


@pytest.mark.parametrize(("sources", "topic", "no_supervisor", "expected"), [
    # the answer's first source names its owner
    ([{"owner": "Service Facturation <facturation@verdalis.example>"}], "billing", False,
     ("Service Facturation", "facturation@verdalis.example")),
    # no source: the spec's owner of the answer's topic
    ([], "delivery", False, ("Service Logistique", "logistique@verdalis.example")),
    # no source, unknown topic: the escalation supervisor
    ([], "weather", False, ("Responsable du Service Client",
                            "direction-clients@verdalis.example")),
    # ... and without a supervisor, the privacy contact (always present)
    ([], None, True, ("Délégué à la protection des données", "dpo@verdalis.example")),
])
def test_when_routing_then_owner_is_source_else_topic_else_supervisor_else_dpo(
        demo_bot: Bot, sources: list[dict[str, Any]], topic: str | None, no_supervisor: bool,
        expected: tuple[str, str]) -> None:
    spec = _without_supervisor(demo_bot.spec) if no_supervisor else demo_bot.spec
    owner = accountable_owner(sources=sources, topic=topic, spec=spec)
    assert (owner.name, owner.contact) == expected


def test_when_owner_label_has_no_contact_then_the_whole_label_is_the_name() -> None:
    assert parse_owner("Équipe RSE").name == "Équipe RSE"
    assert parse_owner("Équipe RSE").contact == ""


@pytest.mark.parametrize(("start", "days", "due"), [
    (FRIDAY, 5, dt.datetime(2026, 12, 11, 10, tzinfo=UTC)),       # the weekend is skipped
    (FRIDAY + dt.timedelta(days=1), 1, dt.datetime(2026, 12, 7, 10, tzinfo=UTC)),  # Saturday
    (dt.datetime(2026, 12, 7, 10, tzinfo=UTC), 3, dt.datetime(2026, 12, 10, 10, tzinfo=UTC)),
])
def test_when_deadline_computed_then_only_business_days_count(
        demo_bot: Bot, start: dt.datetime, days: int, due: dt.datetime) -> None:
    assert due_date(start, days, demo_bot.spec) == due
    assert due_date(start, days, None) == due


def open_one(session: Session, bot: Bot, now: dt.datetime | None = FRIDAY,
             conversation_id: str = "c" * 32) -> incidents.Incident:
    return incidents.report(
        session=session, tenant_id=bot.tenant_id, conversation_id=conversation_id,
        message_id="m" * 32, subject="v_test", meta={"passages": [{"topic": "billing"}]},
        sources=[{"owner": "Service Facturation <facturation@verdalis.example>"}],
        source="visitor", reported_by="visitor", summary="Le délai cité est faux",
        spec=bot.spec, now=now)


def test_when_incident_moves_to_fixed_then_history_and_audit_record_each_step(
        session: Session, demo_bot: Bot) -> None:
    incident = open_one(session, demo_bot, now=None)  # history is ordered by time
    assert (incident.status, incident.topic) == ("open", "billing")
    incidents.transition(session=session, incident=incident, to="acknowledged",
                         actor="staff:abc", note="Vu, on vérifie")
    incidents.transition(session=session, incident=incident, to="fixed", actor="staff:abc",
                         response="Délai corrigé : 30 jours fin de mois",
                         knowledge_change="facturation.md 2026-12-04")
    assert incident.knowledge_change == "facturation.md 2026-12-04"
    steps = [(e.from_status, e.to_status, e.actor, e.note)
             for e in incidents.history(session=session, incident=incident)]
    assert steps == [(None, "open", "visitor", None),
                     ("open", "acknowledged", "staff:abc", "Vu, on vérifie"),
                     ("acknowledged", "fixed", "staff:abc", None)]
    events = [e for e in session.scalars(select(AuditEvent).where(
        AuditEvent.tenant_id == demo_bot.tenant_id, AuditEvent.kind.like("incident.%"))
        .order_by(AuditEvent.seq)) if e.payload and e.payload["incident"] == incident.id]
    assert [e.kind for e in events] == ["incident.open", "incident.acknowledged",
                                        "incident.fixed"]
    assert events[-1].payload is not None and events[-1].payload["knowledge_change"] is True
    # No clear text in the trail: neither the report, the response nor the note.
    assert not any(word in str(e.payload) for e in events
                   for word in ("faux", "corrigé", "Vu,", "Facturation"))


@pytest.mark.parametrize(("path", "to", "args", "error", "code"), [
    # fixed and rejected are final
    (["fixed"], "rejected", {}, Conflict, "incident.bad_transition"),
    (["rejected"], "acknowledged", {}, Conflict, "incident.bad_transition"),
    # no way back to open
    (["acknowledged"], "open", {}, Conflict, "incident.bad_transition"),
    # a fix needs the owner's response
    ([], "fixed", {"response": "  "}, IncidentRequestError, "incident.response_required"),
    # only a fix names a knowledge change
    ([], "rejected", {"knowledge_change": "x.md"}, IncidentRequestError,
     "incident.knowledge_change_not_fix"),
    # not a status at all
    ([], "closed", {}, InvalidInput, "incident.bad_status"),
])
def test_when_transition_is_not_allowed_then_refused_with_its_code(
        session: Session, demo_bot: Bot, path: list[str], to: str, args: dict[str, str],
        error: type[Exception], code: str) -> None:
    incident = open_one(session, demo_bot)
    for step in path:
        incidents.transition(session=session, incident=incident, to=step, actor="staff:x",
                             response="ok")
    with pytest.raises(error) as raised:
        incidents.transition(session=session, incident=incident, to=to, actor="staff:x",
                             **args)
    assert getattr(raised.value, "code", None) == code


def test_when_deadline_passes_then_pending_incidents_count_as_overdue(
        session: Session, demo_bot: Bot) -> None:
    before = incidents.counts(session, demo_bot.tenant_id, now=FRIDAY + dt.timedelta(days=30))
    late, acknowledged, fixed = (open_one(session, demo_bot) for _ in range(3))
    incidents.transition(session=session, incident=acknowledged, to="acknowledged",
                         actor="staff:x")
    incidents.transition(session=session, incident=fixed, to="fixed", actor="staff:x",
                         response="done")
    assert late.due_at == dt.datetime(2026, 12, 11, 10, tzinfo=UTC)
    on_time = incidents.counts(session, demo_bot.tenant_id, now=FRIDAY + dt.timedelta(days=1))
    after = incidents.counts(session, demo_bot.tenant_id, now=FRIDAY + dt.timedelta(days=30))
    assert after["open"] - before["open"] == 1
    assert after["acknowledged"] - before["acknowledged"] == 1
    assert after["fixed"] - before["fixed"] == 1
    # the open and the acknowledged ones are late; the fixed one is not
    assert after["overdue"] - before["overdue"] == 2
    assert on_time["overdue"] <= before["overdue"]


def test_when_listed_then_pending_first_by_deadline(session: Session, demo_bot: Bot) -> None:
    later = open_one(session, demo_bot, now=FRIDAY + dt.timedelta(days=3))
    sooner = open_one(session, demo_bot)
    done = open_one(session, demo_bot)
    incidents.transition(session=session, incident=done, to="rejected", actor="staff:x")
    listed = [i.id for i in incidents.list_(session=session, tenant_id=demo_bot.tenant_id)]
    assert listed.index(sooner.id) < listed.index(later.id) < listed.index(done.id)
    owned = incidents.list_(session=session, tenant_id=demo_bot.tenant_id, status="open",
                            owner="Service Facturation")
    assert {sooner.id, later.id} <= {i.id for i in owned} and done.id not in owned


def test_when_conversations_erased_then_their_incidents_and_history_go(
        session: Session, demo_bot: Bot) -> None:
    gone = open_one(session, demo_bot, conversation_id="d" * 32)
    kept = open_one(session, demo_bot, conversation_id="e" * 32)
    removed = incidents.erase_conversations(session=session, tenant_id=demo_bot.tenant_id,
                                            conversation_ids=["d" * 32])
    assert removed == 1
    session.expire_all()
    assert session.get(incidents.Incident, gone.id) is None
    assert session.get(incidents.Incident, kept.id) is not None
    assert session.scalars(select(incidents.IncidentEvent).where(
        incidents.IncidentEvent.incident_id == gone.id)).first() is None
