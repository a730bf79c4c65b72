"""The audit trail's tables: one row per event, and the head of each tenant's chain."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from clairbot.db import Base, utcnow


class AuditEvent(Base):
    """One event of a tenant's hash chain.

    `hash` covers tenant, seq, at, kind, actor, `payload_digest` and the previous hash, not
    the payload itself: erasure may set `payload` to NULL (`redacted_at` set) without breaking
    the chain. `subject_ref` only finds a subject's events and is outside the chain, so
    erasure clears it too. Payloads hold ids, types and counts, never clear personal data.
    """

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_subject_ref", "tenant_id", "subject_ref"),)

    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(80))
    # none_as_null: a redacted payload is SQL NULL, not the JSON text `null`.
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True),
                                                           nullable=True)
    payload_digest: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    subject_ref: Mapped[str | None] = mapped_column(String(64), default=None)
    redacted_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class AuditHead(Base):
    """The last event of a tenant's chain, updated in the transaction of each append.

    On PostgreSQL its row is locked (`FOR UPDATE`) by every append, which serializes the
    appends of one tenant; verification compares it with the last event.
    """

    __tablename__ = "audit_heads"

    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
