"""Staff tables: accounts, API tokens, browser sessions and login attempts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clairbot.db import Base, utcnow

# No implicit super-user: `admin` manages accounts but does not inherit the other roles, so
# reviewers, the DPO and auditors stay independent of whoever runs the deployment.
ROLES = ("admin", "agent", "reviewer", "dpo", "auditor")


class StaffMember(Base):
    """A person of the tenant's company who signs in to the console, dashboard or API.

    Accounts are disabled, never deleted: every action they took stays attributable.
    """

    __tablename__ = "staff_members"
    __table_args__ = (
        UniqueConstraint("tenant_id", "email", name="uq_staff_members_tenant_email"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    # Stored lower-case so that uniqueness and sign-in ignore case.
    email: Mapped[str] = mapped_column(String(254))
    display_name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[list[str]] = mapped_column(JSON)
    # Languages the person works in (e.g. ["fr", "en"]), for handoff assignment.
    languages: Mapped[list[str]] = mapped_column(JSON)
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Ready to take handed-off conversations (set from the console).
    available: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Who created / disabled the account; None when done by the operator from the CLI.
    created_by: Mapped[str | None] = mapped_column(String(32), default=None)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    # Last sign of life of the agent's console or API client: a conversation held by an
    # agent unseen for the presence timeout goes back to the queue (handoff timers).
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    disabled_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    disabled_by: Mapped[str | None] = mapped_column(String(32), default=None)


class StaffToken(Base):
    """An API bearer token of a staff member; only its SHA-256 is kept (shown once)."""

    __tablename__ = "staff_tokens"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff_members.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    revoked_by: Mapped[str | None] = mapped_column(String(32), default=None)


class StaffSession(Base):
    """A browser session; the id is the SHA-256 of the cookie value, never the value."""

    __tablename__ = "staff_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff_members.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column()
    revoked_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class LoginAttempt(Base):
    """One password check, kept only as long as the throttle looks back (15 minutes), to
    throttle guessing by account and by address.

    Neither what was typed as the e-mail address (a password, once) nor the address it came
    from is stored: only their keyed hashes (HMAC-SHA256 under keys derived from the
    deployment's key ring, see `clairbot.privacy.crypto.KeyRing.keyed_hash`), which count
    equal values without revealing them. Attempts on unknown addresses are throttled too.
    """

    __tablename__ = "login_attempts"
    __table_args__ = (
        Index("ix_login_attempts_email_hash", "tenant_id", "email_hash", "created_at"),
        Index("ix_login_attempts_ip_hash", "ip_hash", "created_at"),
        Index("ix_login_attempts_created_at", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    email_hash: Mapped[str] = mapped_column(String(64))
    ip_hash: Mapped[str] = mapped_column(String(64))
    succeeded: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
