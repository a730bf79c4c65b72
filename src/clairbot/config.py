"""Settings, read from `CLAIRBOT_*` environment variables (or passed explicitly).

Nothing reads the environment at import time: `Settings()` is built by the CLI or by
the caller of `create_app`, and tests build it with explicit values.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from clairbot.origins import unique_origins

# Business days an owner has to answer an incident unless `incident_deadline_days` says else.
DEFAULT_INCIDENT_DEADLINE_DAYS = 5
# The most bytes JSON can spend on one character of a message: a code point outside the Basic
# Multilingual Plane written as an escaped surrogate pair (`"\ud83d\ude00"`), as Python's
# `json.dumps` does by default. Raw UTF-8 spends at most 4, an escaped BMP character 6.
JSON_BYTES_PER_CHAR = 12
# Room for the rest of a WebSocket frame around the text: `{"type": "message", "text": ...}`,
# an action with its fields (a callback's contact detail, a consent's purpose), an auth token.
FRAME_OVERHEAD_BYTES = 4096


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
    # The rate limits per client address and per tenant of each spec's `limits` (see
    # web/rate_limits.py); `CLAIRBOT_RATE_LIMITS=off` turns them off, for load tests only.
    rate_limits: bool = True
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
    # Seconds without a sign of life from an agent (console socket heartbeat, API call) after
    # which the conversations they hold go back to the queue and their visitors are told.
    agent_presence_timeout: float = Field(default=90.0, ge=5, le=3600)
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
    # Reverse proxies (IP addresses or CIDR networks, comma-separated in the environment)
    # whose `X-Forwarded-For` and `X-Forwarded-Proto` say who the client is and whether it
    # came over HTTPS. Empty: nobody's; the peer of the TCP connection is the client.
    trusted_proxies: Annotated[tuple[str, ...], NoDecode] = ()
    # Seconds an idle keep-alive connection stays open after a response (behind a load
    # balancer, set it above the balancer's own idle timeout).
    keep_alive_timeout: int = Field(default=5, ge=1, le=3600)
    # Seconds a client has to send a request's line and headers, counted from the opening of
    # the connection or from the first byte of the next request; then the server closes it.
    header_timeout: float = Field(default=10.0, gt=0, le=300)

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
        return _comma_separated(value, unique_origins)

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _proxies(cls, value: object) -> object:
        # `CLAIRBOT_TRUSTED_PROXIES=10.0.0.5,172.16.0.0/12`: each entry an address or a network,
        # refused when it is neither (uvicorn would silently compare it as a plain string).
        return _comma_separated(value, trusted_networks)

    @field_validator("data_dir")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return value.expanduser()

    @property
    def max_frame_bytes(self) -> int:
        """The largest WebSocket message accepted from a client: a visitor message of
        `max_message_chars` characters, each in its longest JSON form, and the frame around
        it. Anything longer cannot be a valid message and is refused before it is read."""
        return self.max_message_chars * JSON_BYTES_PER_CHAR + FRAME_OVERHEAD_BYTES

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


def _comma_separated(value: object,
                     normalise: Callable[[Iterable[str]], tuple[str, ...]]) -> object:
    """A list setting given as `a,b,c` in the environment (or as a list), through
    `normalise`; anything else is left for pydantic to refuse."""
    if isinstance(value, str):
        value = [part for part in value.split(",") if part.strip()]
    if isinstance(value, list | tuple):
        return normalise(str(item) for item in value)
    return value


def trusted_networks(values: Iterable[str]) -> tuple[str, ...]:
    """Each of `values` through `trusted_network`, once."""
    return tuple(dict.fromkeys(trusted_network(value) for value in values))


def trusted_network(value: str) -> str:
    """`value` (an IP address or a CIDR network) as a network, `10.0.0.5` -> `10.0.0.5/32`;
    `ValueError` saying what to write otherwise (host names and `*` included: a proxy is
    trusted by the address it connects from)."""
    text = value.strip()
    try:
        return str(ipaddress.ip_network(text, strict=False))
    except ValueError:
        raise ValueError(f"{text!r} is not an IP address or a network such as 10.0.0.5 or "
                         "10.0.0.0/8 (a trusted proxy is named by the address it connects "
                         "from)") from None
