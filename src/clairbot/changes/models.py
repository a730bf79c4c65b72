"""The change log of each tenant's spec and knowledge base: one row per new version."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clairbot.db import Base, utcnow

KINDS = ("spec", "knowledge")
"""What the log versions: the bot spec (YAML) and the knowledge base (its documents)."""


class ContentVersion(Base):
    """A version of a tenant's spec or knowledge base, who made it and what changed.

    `version` is a content digest (`BotSpec.spec_digest`, `KnowledgeBase.version`), so the
    same content always has the same version. `diff` is what changed since
    `previous_version`: a unified diff of the spec YAML, or the knowledge documents added,
    removed and changed with their versions. `content` is the snapshot the next diff starts
    from (the spec YAML; one ``document<TAB>version`` line per knowledge document). Specs
    and knowledge bases hold no personal data; `author` is the name of the person
    responsible for the change (`CLAIRBOT_CHANGE_AUTHOR`), kept here and never in the
    audit chain, whose event names an actor (`system`, `cli`, `staff:<id>`).
    """

    __tablename__ = "content_versions"
    __table_args__ = (Index("ix_content_versions_tenant_kind", "tenant_id", "kind", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    kind: Mapped[str] = mapped_column(String(20))
    version: Mapped[str] = mapped_column(String(64))
    previous_version: Mapped[str | None] = mapped_column(String(64))
    author: Mapped[str] = mapped_column(String(200))
    diff: Mapped[str] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
