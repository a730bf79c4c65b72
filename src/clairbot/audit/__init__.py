"""Tamper-evident audit trail: a hash chain of events per tenant (DESIGN.md invariant 4)."""

from clairbot.audit.models import AuditEvent, AuditHead
from clairbot.audit.service import (
    ERASURE_KIND,
    Head,
    count_subject_events,
    erase,
    erase_subjects,
    events_of,
    head,
    intact,
    record,
    redact_subject,
    serialize,
)
from clairbot.audit.verify import Break, VerifyReport, snapshot, verify, verify_tenant

__all__ = ["ERASURE_KIND", "AuditEvent", "AuditHead", "Break", "Head", "VerifyReport",
           "count_subject_events", "erase", "erase_subjects", "events_of", "head", "intact",
           "record", "redact_subject", "serialize", "snapshot", "verify", "verify_tenant"]
