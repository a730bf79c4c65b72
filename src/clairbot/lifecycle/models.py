"""Data-subject requests (GDPR art. 15, 17, 20, 21), tracked with their legal deadline.

An erasure request doubles as its receipt: what was erased (counts per table), when, by whom
and under which request. Once an erasure is done the request keeps no identifier of the
subject, only the fact and the counts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from clairbot.db import Base, utcnow

KINDS = ("export", "erasure", "objection")
STATUSES = ("open", "done", "refused")
CHANNELS = ("chat", "staff", "cli")


class DataRequest(Base):
    """One request from (or for) a data subject, with its deadline and outcome."""

    __tablename__ = "data_requests"
    __table_args__ = (Index("ix_data_requests_tenant_status_due", "tenant_id", "status", "due_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    kind: Mapped[str] = mapped_column(String(12))
    # The pseudonymous subject and their conversation while the request is handled; cleared
    # by the erasure itself.
    subject: Mapped[str | None] = mapped_column(String(64), index=True, default=None)
    channel: Mapped[str] = mapped_column(String(12))
    requested_by: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12), default="open")
    requested_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    due_at: Mapped[dt.datetime]
    completed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    completed_by: Mapped[str | None] = mapped_column(String(64), default=None)
    # The receipt: counts per table for an erasure, per section for an export.
    result: Mapped[dict[str, Any]] = mapped_column(default=dict)
