"""An incident fixed by a knowledge change links to that change: a knowledge version (or its
first six or more hex digits) given as the fix is looked up in the change log and stored with
its author and date; any other text (a document's name) is kept as written."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from clairbot.changes import history
from clairbot.errors import InvalidInput

_VERSION = re.compile(r"[0-9a-f]{6,64}")


def link_knowledge_change(session: Session, tenant_id: str, text: str | None) -> str | None:
    """`text`, or `knowledge <version> (<author>, <date>)` when it names a recorded version;
    `incident.unknown_change` when it looks like a version the change log does not have."""
    value = (text or "").strip().lower()
    if not _VERSION.fullmatch(value):
        return text
    found = history(session, tenant_id=tenant_id, kind="knowledge", version=value, limit=1)
    if not found:
        raise InvalidInput(f"no knowledge version {value!r} in the change log (see `clairbot "
                           "changes --kind knowledge`)", code="incident.unknown_change")
    change = found[0]
    return f"knowledge {change.version} ({change.author}, {change.created_at:%Y-%m-%d})"
