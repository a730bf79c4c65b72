"""A fresh tenant per test (in the rolled-back session) and a small chain on it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from clairbot.audit import record
from clairbot.audit.models import AuditEvent
from tests.factories import fresh_tenant

KINDS = ("bot.answer", "consent.decision", "staff.login", "retention.purge")


@pytest.fixture
def tenant(session: Session) -> str:
    """A tenant of its own, so that chains of other tests never mix in."""
    return fresh_tenant(session, "au", "Audit test tenant")


@pytest.fixture
def chain(session: Session, tenant: str) -> Callable[[int], list[AuditEvent]]:
    """Append `n` events (every third one about subject `conv-1`)."""
    def append(n: int) -> list[AuditEvent]:
        return [record(session, tenant_id=tenant, kind=KINDS[i % len(KINDS)], actor="bot",
                       data={"conversation_id": f"c{i}", "n": i, "sources": ["faq/1"]},
                       subject="conv-1" if i % 3 == 0 else None)
                for i in range(n)]
    return append
