"""The indexes that keep erasure and the purge independent of the data's size (migration
0015; measured in bench/lifecycle.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session

from clairbot.conversation.models import Conversation


def _indexed(engine: Engine, table: str) -> list[list[str | None]]:
    return [index["column_names"] for index in inspect(engine).get_indexes(table)]


def test_when_migrated_then_a_subjects_conversations_are_indexed_by_tenant_and_subject(
        engine: Engine) -> None:
    assert ["tenant_id", "subject", "updated_at"] in _indexed(engine, "conversations")


def test_when_migrated_then_feedback_is_indexed_by_the_message_it_cites(engine: Engine) -> None:
    # Deleting a message looks up the feedback that cites it (ON DELETE CASCADE).
    assert ["message_id"] in _indexed(engine, "feedback")


def test_when_sqlite_looks_up_a_subject_then_it_searches_by_tenant_and_subject(
        session: Session) -> None:
    if session.bind is None or session.get_bind().dialect.name != "sqlite":
        pytest.skip("SQLite's planner, without statistics, is the one that picked a scan")
    query = select(Conversation.id).where(Conversation.tenant_id == "t",
                                          Conversation.subject == "v_1")
    compiled = query.compile(session.get_bind())
    plan = session.connection().exec_driver_sql(
        f"EXPLAIN QUERY PLAN {compiled}", tuple(compiled.params.values())).all()
    assert any("ix_conversations_tenant_subject (tenant_id=? AND subject=?)" in str(row[-1])
               for row in plan), plan
