"""Incident tables: a reported problem with a bot answer, and its history.

The conversation and message are referred to by plain ids, not foreign keys: an incident
outlives a retention purge of its conversation (the governance count keeps it), and an
erasure deletes it explicitly (`clairbot.lifecycle.erasure`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from clairbot.db import Base, utcnow
from clairbot.privacy.crypto import EncryptedText

STATUSES = ("open", "acknowledged", "fixed", "rejected")
# Where each status may go next; fixed and rejected are final.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "open": ("acknowledged", "fixed", "rejected"),
    "acknowledged": ("fixed", "rejected"),
    "fixed": (),
    "rejected": (),
}
# Statuses still waiting for the owner: the deadline applies to them.
PENDING = ("open", "acknowledged")
SOURCES = ("visitor", "staff")


class Incident(Base):
    """A problem reported on a bot answer, routed to the answer's accountable owner."""

    __tablename__ = "incidents"
    __table_args__ = (Index("ix_incidents_tenant_status", "tenant_id", "status"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    conversation_id: Mapped[str | None] = mapped_column(String(32), index=True, default=None)
    message_id: Mapped[str | None] = mapped_column(String(32), default=None)
    # The conversation's pseudonymous visitor id: the audit events' subject, so an erasure
    # redacts them with the rest.
    subject: Mapped[str | None] = mapped_column(String(64), default=None)
    source: Mapped[str] = mapped_column(String(12))
    reported_by: Mapped[str] = mapped_column(String(40))
    owner_name: Mapped[str] = mapped_column(String(200))
    owner_contact: Mapped[str] = mapped_column(String(254))
    topic: Mapped[str | None] = mapped_column(String(64), default=None)
    status: Mapped[str] = mapped_column(String(16), default="open")
    # Encrypted: the visitor's words may hold personal data, and so may the owner's answer.
    summary: Mapped[str | None] = mapped_column(EncryptedText("incidents.summary"),
                                                default=None)
    response: Mapped[str | None] = mapped_column(EncryptedText("incidents.response"),
                                                 default=None)
    knowledge_change: Mapped[str | None] = mapped_column(String(300), default=None)
    due_at: Mapped[dt.datetime] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class IncidentEvent(Base):
    """One step of an incident's history: who moved it from which status to which."""

    __tablename__ = "incident_events"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"),
                                             index=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(80))
    from_status: Mapped[str | None] = mapped_column(String(16), default=None)
    to_status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(EncryptedText("incident_events.note"),
                                             default=None)
