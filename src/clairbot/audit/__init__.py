"""Tamper-evident audit trail: a hash chain of events per tenant (DESIGN.md invariant 4)."""
