"""Tamper-evident audit trail: a hash chain of events per tenant (DESIGN.md invariant 4)."""

from clairbot.audit.models import AuditEvent, AuditHead
from clairbot.audit.service import ERASURE_KIND, Head, erase, head, record, redact_subject
from clairbot.audit.verify import Break, VerifyReport, snapshot, verify, verify_tenant

__all__ = ["ERASURE_KIND", "AuditEvent", "AuditHead", "Break", "Head", "VerifyReport", "erase",
           "head", "record", "redact_subject", "snapshot", "verify", "verify_tenant"]
