"""Internal notes: staff-only, checked, kept in order, and encrypted at rest."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from clairbot.conversation.bot import Bot
from clairbot.errors import InvalidInput
from clairbot.handoff import notes
from clairbot.staff import service as staff
from clairbot.staff.models import StaffMember
from tests.factories import PASSWORD, start


def agent(session: Session, bot: Bot) -> StaffMember:
    return staff.add(session=session, tenant_id=bot.tenant_id, email="notes@verdalis.example",
                     display_name="Julie Martin", roles=["agent"], languages=["fr"],
                     password=PASSWORD, actor=None)


def test_when_notes_are_added_then_they_are_listed_oldest_first(session: Session,
                                                                demo_bot: Bot) -> None:
    conversation, member = start(session, demo_bot), agent(session, demo_bot)
    first = notes.add_note(session=session, conversation=conversation, agent=member,
                           text="  Client fidèle, commande 4411.  ")
    notes.add_note(session=session, conversation=conversation, agent=member, text="Rappelé.")
    listed = notes.notes(session=session, conversation_id=conversation.id)
    assert [n.text for n in listed] == ["Client fidèle, commande 4411.", "Rappelé."]
    assert first.staff_id == member.id and first.tenant_id == demo_bot.tenant_id
    assert notes.author_names(session=session, notes=listed) == {member.id: "Julie Martin"}


@pytest.mark.parametrize(("note", "code"), [
    ("", "note.empty"),                                   # nothing
    ("   \n ", "note.empty"),                             # only blanks
    ("x" * (notes.MAX_NOTE_CHARS + 1), "note.too_long"),  # one character too many
])
def test_when_note_is_empty_or_too_long_then_refused(session: Session, demo_bot: Bot,
                                                     note: str, code: str) -> None:
    conversation, member = start(session, demo_bot), agent(session, demo_bot)
    with pytest.raises(InvalidInput) as refused:
        notes.add_note(session=session, conversation=conversation, agent=member, text=note)
    assert refused.value.code == code


def test_when_note_is_stored_then_the_raw_column_holds_only_ciphertext(
        session: Session, demo_bot: Bot) -> None:
    conversation, member = start(session, demo_bot), agent(session, demo_bot)
    note = notes.add_note(session=session, conversation=conversation, agent=member,
                          text="Téléphone du client : 06 12 34 56 78")
    raw = session.execute(text("SELECT text FROM handoff_notes WHERE id = :id"),
                          {"id": note.id}).scalar_one()
    assert raw.startswith("enc1:") and "06 12 34 56 78" not in raw and "client" not in raw
    session.expire_all()
    again = notes.notes(session=session, conversation_id=conversation.id)
    assert [n.text for n in again] == ["Téléphone du client : 06 12 34 56 78"]
