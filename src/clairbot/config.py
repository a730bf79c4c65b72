"""Settings, read from `CLAIRBOT_*` environment variables (or passed explicitly).

Nothing reads the environment at import time: `Settings()` is built by the CLI or by
the caller of `create_app`, and tests build it with explicit values.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from clairbot.origins import unique_origins

# Business days an owner has to answer an incident unless `incident_deadline_days` says else.
DEFAULT_INCIDENT_DEADLINE_DAYS = 5


def default_data_dir() -> Path:
    """The demo's data folder: `$XDG_DATA_HOME/clairbot` or `~/.local/share/clairbot`."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "clairbot"


class Settings(BaseSettings):
    """Deployment settings. Everything a bot owner configures lives in the spec instead."""

    model_config = SettingsConfigDict(env_prefix="CLAIRBOT_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = None
    max_message_chars: int = Field(default=2000, ge=1, le=100_000)
    max_messages_per_minute: int = Field(default=30, ge=1)
    knowledge_check_interval: float = Field(default=2.0, ge=0)
    # Upgrade the schema at start-up: on by default for the embedded SQLite database only;
    # a shared PostgreSQL is upgraded deliberately with `clairbot db upgrade`.
    auto_upgrade: bool | None = None
    # Real-time fan-out across server processes (Redis pub/sub); in-process when unset.
    redis_url: str | None = None
    # Seconds between two passes sending due webhook deliveries (0: only `clairbot webhooks
    # deliver`, e.g. from cron).
    webhook_interval: float = Field(default=10.0, ge=0)
    # Seconds between two passes of the handoff timers (callback offer, SLA escalation).
    handoff_check_interval: float = Field(default=30.0, ge=0)
    # Seconds between two retention purge passes (0: only `clairbot purge`, e.g. from cron).
    purge_interval: float = Field(default=3600.0, ge=0)
    # Encryption at rest: a base64url 32-byte key, or a key file (which `keys rotate` updates).
    encryption_key: SecretStr | None = None
    key_file: Path | None = None
    log_format: str = Field(default="text", pattern="^(text|json)$")
    # Ed25519 key that signs audit exports (PEM, created with mode 0600 on first use);
    # unset: `audit-signing.pem` in the data folder.
    audit_signing_key_file: Path | None = None
    # Seconds between two incremental verifications of the audit chains (0: only
    # `clairbot audit verify`, e.g. from cron).
    audit_verify_interval: float = Field(default=300.0, ge=0)
    # Business days an accountable owner has to answer an incident (a reported problem).
    incident_deadline_days: int = Field(default=DEFAULT_INCIDENT_DEADLINE_DAYS, ge=1, le=90)
    # Database workers of the server: every request's unit of work runs whole in one of them,
    # and the connection pool is sized from them (see web/workers.py). Unset: 2 on SQLite (one
    # writer at a time: more would only queue on its lock), 8 on a database server.
    db_workers: int | None = Field(default=None, ge=1, le=256)
    # A request that cannot get a worker within this many seconds (or is predicted not to)
    # gets `503 server.busy` with `Retry-After`, at once rather than hanging.
    queue_timeout: float = Field(default=10.0, gt=0, le=300)
    # Requests waiting for a worker at most; past it, `503 server.busy` at once.
    max_queued: int = Field(default=1000, ge=1, le=100_000)
    # Seconds a client has to send a request's whole body (bodies here are a few hundred
    # bytes); slower, it gets `408 request.timeout` and the connection is closed.
    body_timeout: float = Field(default=10.0, gt=0, le=300)
    # Who is recorded as the author of a new spec or knowledge version noticed at start-up
    # or on re-index (the `content_versions` change log); `--author` on serve/demo sets it.
    change_author: str = Field(default="unknown", max_length=200)
    # Origins (scheme://host[:port]) whose pages may run every tenant's chat widget, besides
    # each spec's `widget.allowed_origins`; comma-separated in the environment.
    allowed_origins: Annotated[tuple[str, ...], NoDecode] = ()

    @field_validator("database_url", "encryption_key", "key_file", "redis_url",
                     "audit_signing_key_file", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        # `CLAIRBOT_KEY_FILE=` in a shell or a .env means "not set", not "the current folder".
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("change_author", mode="before")
    @classmethod
    def _unknown_author(cls, value: object) -> object:
        # An empty `CLAIRBOT_CHANGE_AUTHOR=` means "not set": nobody named, not a blank name.
        if value is None or (isinstance(value, str) and not value.strip()):
            return "unknown"
        return value.strip() if isinstance(value, str) else value

    @field_validator("allowed_origins", mode="before")
    @classmethod
    def _origins(cls, value: object) -> object:
        # `CLAIRBOT_ALLOWED_ORIGINS=https://a.example,https://b.example`: a list, normalised
        # (and refused with the reason) like the spec's `widget.allowed_origins`.
        if isinstance(value, str):
            value = [part for part in value.split(",") if part.strip()]
        if isinstance(value, list | tuple):
            return unique_origins(str(item) for item in value)
        return value

    @field_validator("data_dir")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return value.expanduser()

    @property
    def effective_database_url(self) -> str:
        """The database URL: `CLAIRBOT_DATABASE_URL`, else SQLite in the data folder."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'clairbot.db'}"

    @property
    def data_dir_key_file(self) -> Path:
        """Where `demo` and `chat` keep the key they create for the embedded database."""
        return self.data_dir / "keys.json"

    @property
    def audit_signing_key_path(self) -> Path:
        """The audit export signing key: the setting, else `audit-signing.pem` in the data
        folder."""
        return (self.audit_signing_key_file or self.data_dir / "audit-signing.pem").expanduser()

    @property
    def effective_db_workers(self) -> int:
        """`db_workers`, else the default for the kind of database."""
        if self.db_workers is not None:
            return self.db_workers
        return 2 if self.effective_database_url.startswith("sqlite") else 8

    @property
    def should_upgrade(self) -> bool:
        """Whether start-up upgrades the schema itself."""
        if self.auto_upgrade is not None:
            return self.auto_upgrade
        return self.effective_database_url.startswith("sqlite")
