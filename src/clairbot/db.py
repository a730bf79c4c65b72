"""Database engine, sessions, declarative base and migrations.

SQLite (embedded default) runs in WAL mode and takes its write lock at the start of each
transaction (`BEGIN IMMEDIATE`): a turn reads then writes, and a deferred transaction
would fail instead of waiting when another writer got there first. Threads of one process
also queue on a lock of their own before that: SQLite's busy handler waits by sleeping
(up to 100 ms at a time), which turns a short queue into long pauses.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import JSON, DateTime, Engine, MetaData, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

# The newest migration; `readyz` and start-up compare the database with it.
HEAD_REVISION = "0017"

_NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value


class Base(DeclarativeBase):
    """Declarative base of every table; constraint names are deterministic for Alembic."""

    metadata = MetaData(naming_convention=_NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON(),
                           list[dict[str, Any]]: JSON()}


def utcnow() -> dt.datetime:
    """Current time, timezone-aware UTC."""
    return dt.datetime.now(dt.UTC)


# JSON columns are stored in canonical form (sorted keys, no spaces, UTF-8): the audit
# trail can then check a payload's digest on the stored text without parsing it again.
_json_serializer = functools.partial(json.dumps, sort_keys=True, separators=(",", ":"),
                                     ensure_ascii=False)


# Connections kept for the server's background jobs (webhooks, timers, purge, audit check,
# change log, WAL scrub), over those of the request workers.
JOB_CONNECTIONS = 4


def make_engine(url: str, *, workers: int | None = None) -> Engine:
    """Create an engine; SQLite files get their folder, WAL mode and an immediate write lock.

    `workers`: the server's database workers (`clairbot.web.workers`); the pool then holds a
    connection for each and for the background jobs, and may lend each worker a second one
    for a moment (the purge's lock), so that no worker ever waits for a connection.
    """
    parsed = make_url(url)
    pool: dict[str, Any] = {} if workers is None else {
        "pool_size": workers + JOB_CONNECTIONS, "max_overflow": workers, "pool_timeout": 30}
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, json_serializer=_json_serializer, **pool)
    database = parsed.database or ""
    if database and database != ":memory:":
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    timeout = 30.0
    engine = create_engine(url, connect_args={"timeout": timeout, "check_same_thread": False},
                           json_serializer=_json_serializer, **pool)
    writer = threading.Lock()

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how transactions start.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Deleted rows are overwritten with zeros: erased or purged data leaves no bytes behind.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if not writer.acquire(timeout=timeout):
            raise OperationalError("BEGIN IMMEDIATE", None,
                                   Exception(f"database busy for more than {timeout:.0f} s"))
        connection.info["clairbot_writer"] = True
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            _release(connection)
            raise

    def _release(connection: Any) -> None:
        if connection.info.pop("clairbot_writer", False):
            writer.release()

    event.listen(engine, "commit", _release)
    event.listen(engine, "rollback", _release)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Session factory; objects stay readable after commit (responses are built from them)."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with factory() as session, session.begin():
        yield session


def _alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to `revision` with Alembic (idempotent)."""
    command.upgrade(_alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    """The schema's Alembic revision, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
