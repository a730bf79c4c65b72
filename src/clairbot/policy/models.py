"""The published versions of each tenant's privacy notice."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from clairbot.db import Base


class PrivacyNoticeVersion(Base):
    """One published version of a tenant's privacy notice: its number, digest and date.

    A new row is published only when the notice's material content changes (its digest,
    `clairbot.policy.versions.notice_version`); rewording the spec elsewhere publishes none.
    """

    __tablename__ = "privacy_notice_versions"

    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    digest: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[dt.datetime]
