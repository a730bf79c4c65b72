"""The consent ledger table: append-only proof of every consent decision."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clairbot.db import Base, utcnow

CONSENT_DECISIONS = ("granted", "refused", "withdrawn")
"""What a visitor decides about a purpose that asks for consent."""
DECISIONS = (*CONSENT_DECISIONS, "objected")
"""`objected` (GDPR art. 21) is recorded against a purpose on legitimate interest."""


class ConsentRecord(Base):
    """One decision of one subject on one purpose, with the exact text they were shown.

    Rows are only ever inserted (the database refuses updates); the current state of a
    subject's consent is the latest row per purpose. No foreign key to the conversation:
    the proof outlives the conversation it was given in (retention `consent_proof`).
    """

    __tablename__ = "consent_records"
    __table_args__ = (
        Index("ix_consent_records_subject", "tenant_id", "subject", "purpose", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    subject: Mapped[str] = mapped_column(String(64))
    purpose: Mapped[str] = mapped_column(String(40))
    decision: Mapped[str] = mapped_column(String(12))
    text: Mapped[str] = mapped_column(Text)
    text_version: Mapped[str] = mapped_column(String(16))
    lang: Mapped[str] = mapped_column(String(8))
    channel: Mapped[str] = mapped_column(String(24))
    conversation_id: Mapped[str | None] = mapped_column(String(32), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
