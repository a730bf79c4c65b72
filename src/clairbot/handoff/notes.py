"""Internal notes on a handed-off conversation: written by staff for staff, never shown to
the visitor. Notes may quote what the visitor said, so their text is encrypted at rest."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Protocol

from sqlalchemy import ForeignKey, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from clairbot.db import Base, utcnow
from clairbot.inputs import required
from clairbot.privacy.crypto import EncryptedText
from clairbot.staff.models import StaffMember

MAX_NOTE_CHARS = 2000


class HandoffNote(Base):
    """One staff-only note on a conversation."""

    __tablename__ = "handoff_notes"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(EncryptedText("handoff_notes.text"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class _Conversation(Protocol):
    # The conversation layer sits above this one: only what a note needs of it.
    @property
    def id(self) -> str: ...

    @property
    def tenant_id(self) -> str: ...


def add_note(*, session: Session, conversation: _Conversation, agent: StaffMember,
             text: str) -> HandoffNote:
    """Add an internal note by `agent` to the conversation (flushes)."""
    text = required(text, limit=MAX_NOTE_CHARS, what="note", code="note")
    note = HandoffNote(id=uuid.uuid4().hex, tenant_id=conversation.tenant_id,
                       conversation_id=conversation.id, staff_id=agent.id, text=text,
                       created_at=utcnow())
    session.add(note)
    session.flush()
    return note


def notes(*, session: Session, conversation_id: str) -> list[HandoffNote]:
    """The conversation's notes, oldest first."""
    query = (select(HandoffNote).where(HandoffNote.conversation_id == conversation_id)
             .order_by(HandoffNote.created_at, HandoffNote.id))
    return list(session.scalars(query))


def author_names(*, session: Session, notes: list[HandoffNote]) -> dict[str, str]:
    """Display name of each note's author, by staff id."""
    ids = {note.staff_id for note in notes}
    if not ids:
        return {}
    rows = session.execute(select(StaffMember.id, StaffMember.display_name)
                           .where(StaffMember.id.in_(ids)))
    return {staff_id: name for staff_id, name in rows}
