"""Incidents: a problem reported on a bot answer (by the visitor or a staff member), routed to
the answer's accountable owner, tracked to a fix or a rejection within a deadline.

    from clairbot.incidents import service as incidents

    incident = incidents.report(session=session, tenant_id=..., conversation_id=...,
                                message_id=..., subject=..., sources=message.sources,
                                meta=message.meta, source="visitor", reported_by="visitor",
                                summary=comment, spec=spec)
    incidents.transition(session=session, incident=incident, to="fixed", actor="staff:<id>",
                         response="...", knowledge_change="facturation.md v2026-12-04")
    incidents.counts(session, tenant_id)   # {"open": 1, ..., "overdue": 0}
"""

from clairbot.incidents.models import STATUSES, TRANSITIONS, Incident, IncidentEvent

__all__ = ["STATUSES", "TRANSITIONS", "Incident", "IncidentEvent"]
