"""The suite-wide check of the accountability issue: every bot answer written during the test
run has an intact audit event whose provenance names its sources and their owners."""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from clairbot.conversation.models import Message
from clairbot.conversation.provenance import provenance
from clairbot.errors import NotFound


def unaccounted_answers(engine: Engine) -> tuple[int, list[str]]:
    """How many answers were checked, and what is wrong with the others."""
    problems: list[str] = []
    checked = 0
    with Session(engine) as session:
        rows = session.execute(select(Message.id, Message.tenant_id, Message.meta)
                               .where(Message.role == "bot")).all()
        for message_id, tenant_id, meta in rows:
            if (meta or {}).get("kind") != "answer":
                continue
            checked += 1
            try:
                found = provenance(session, tenant_id=tenant_id, message_id=message_id)
            except NotFound as error:
                problems.append(f"{message_id}: {error.msg}")
                continue
            sources = (found.get("reply") or {}).get("sources") or []
            if not found["audit"]["intact"]:
                problems.append(f"{message_id}: its audit event was altered")
            elif not sources or not all(source.get("owner") for source in sources):
                problems.append(f"{message_id}: an answer without an accountable owner")
    return checked, problems
