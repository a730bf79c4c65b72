"""Conversation and message tables."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clairbot.db import Base, utcnow
from clairbot.privacy.crypto import EncryptedText

STATES = ("bot", "waiting_for_human", "with_human", "closed")
ROLES = ("visitor", "bot", "agent", "system")


class Conversation(Base):
    """One conversation between a visitor and the bot (and later a person)."""

    __tablename__ = "conversations"
    __table_args__ = (
        # The retention purge looks for conversations inactive since a cut-off.
        Index("ix_conversations_tenant_updated", "tenant_id", "updated_at"),
        # Erasure, export and the purge find a subject's conversations within a tenant (the
        # purge's consent step: those still kept, hence `updated_at`).
        Index("ix_conversations_tenant_subject", "tenant_id", "subject", "updated_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    # Only a hash of the visitor's bearer token is kept: a database leak gives no access.
    token_hash: Mapped[str] = mapped_column(String(64))
    # Pseudonymous visitor id: whom the consent ledger's decisions are about.
    subject: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(24), default="bot")
    lang: Mapped[str] = mapped_column(String(8))
    channel: Mapped[str] = mapped_column(String(24), default="api")
    # Consecutive questions the bot could not answer (a handoff trigger).
    unanswered: Mapped[int] = mapped_column(Integer, default=0)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    # Rate limit: visitor messages accepted since `rate_window_start` (a one-minute window),
    # kept on the row that every turn updates anyway, so the check costs no extra query.
    rate_window_start: Mapped[dt.datetime] = mapped_column(default=utcnow)
    rate_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Message(Base):
    """A message in a conversation; `meta` records why the bot said it."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("conversation_id", "seq", name="uq_messages_conversation_seq"),
        Index("ix_messages_conversation_created", "conversation_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(12))
    # Encrypted at rest: visitors' messages may hold personal data kept with their consent.
    text: Mapped[str] = mapped_column(EncryptedText("messages.text"))
    ai_generated: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sources: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    actions: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    author: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    meta: Mapped[dict[str, Any]] = mapped_column(default=dict)
