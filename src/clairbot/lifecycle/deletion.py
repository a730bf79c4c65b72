"""Deleting personal data so that nothing stays, shared by the erasure of a subject and the
retention purge: set-based deletes that say how many rows went (or would go, in a dry run),
everything tied to a set of conversations, and the SQLite write-ahead log emptied after the
commit (`secure_delete`, set in `clairbot.db.make_engine`, zeroes the deleted rows)."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import ColumnElement, Engine, delete, func, select
from sqlalchemy.orm import Session

from clairbot.conversation.feedback import Feedback
from clairbot.conversation.models import Conversation, Message
from clairbot.handoff.models import Handoff
from clairbot.handoff.notes import HandoffNote

log = logging.getLogger(__name__)

# What a conversation holds, children first; the names are the erasure receipt's.
TIED_TO_CONVERSATIONS: tuple[tuple[str, Any], ...] = (
    ("feedback", Feedback), ("staff_notes", HandoffNote), ("handoffs", Handoff),
    ("messages", Message))


def remove(session: Session, model: Any, condition: ColumnElement[bool],
           dry_run: bool = False) -> int:
    """Delete the rows of `model` matching `condition` (a dry run counts them)."""
    if dry_run:
        return session.scalar(select(func.count()).select_from(model).where(condition)) or 0
    result = session.execute(delete(model).where(condition)
                             .execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0) or 0)


def remove_conversations(session: Session, ids: list[str],
                         dry_run: bool = False) -> dict[str, int]:
    """Delete conversations and every row tied to them; counts per table (see above), then
    `conversations`."""
    counts = {name: remove(session, model, model.conversation_id.in_(ids), dry_run)
              for name, model in TIED_TO_CONVERSATIONS}
    counts["conversations"] = remove(session, Conversation, Conversation.id.in_(ids), dry_run)
    return counts


def scrub(engine: Engine) -> None:
    """After the commit, on SQLite: copy the write-ahead log into the database file and
    truncate it, so no deleted byte stays in the `-wal` (elsewhere, nothing: PostgreSQL
    reclaims dead rows with (auto)vacuum, see docs/privacy.md)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        # On the driver's connection: the engine would wrap a statement in BEGIN IMMEDIATE,
        # and SQLite does not checkpoint inside a transaction.
        driver = connection.connection.driver_connection
        if driver is None:
            return
        busy, _, _ = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        log.warning("WAL checkpoint blocked by a reader; the next one will truncate the log")
