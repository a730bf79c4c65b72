"""The handoff table: one row per request for a person, with why and what became of it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from clairbot.db import Base, utcnow

# Why a conversation went to a person (every handoff records one).
REASONS = ("visitor_request", "button", "unanswered", "needs_human_topic", "low_confidence")
KINDS = ("live", "ticket")  # a person now, or a callback promised outside business hours
# `cancelled`: the visitor took the request back before any agent took it.
STATUSES = ("queued", "assigned", "resolved", "cancelled")
OPEN_STATUSES = ("queued", "assigned")


class Handoff(Base):
    """A conversation's request for a person: queued, assigned to an agent, then resolved."""

    __tablename__ = "handoffs"
    __table_args__ = (
        Index("ix_handoffs_queue", "tenant_id", "status", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(24))
    # The rule or signal behind the reason (intent rule, topic id...), for the agent and audit.
    detail: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[str] = mapped_column(String(8), default="live")
    lang: Mapped[str] = mapped_column(String(8))
    topic: Mapped[str | None] = mapped_column(String(40), default=None)
    status: Mapped[str] = mapped_column(String(12), default="queued")
    agent_id: Mapped[str | None] = mapped_column(String(32), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    assigned_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    # When the visitor, still waiting, was offered a callback instead; when the SLA was
    # missed and the supervisor alerted. Each happens once.
    ticket_offered_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    escalated_at: Mapped[dt.datetime | None] = mapped_column(default=None)
