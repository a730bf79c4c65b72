"""Reading an event's payload as it is stored, whatever was written there.

The ORM's JSON column parses a payload as it loads it, and an `UPDATE` in a SQL shell can
store anything: invalid JSON, bytes that are not UTF-8 (SQLite keeps them in a text column),
JSON that is no object. Verification and the provenance of a message read the stored bytes
with `payload_column` and parse them with `parse_payload`, so that such an event is named
as edited instead of stopping them with an error.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import LargeBinary, Text, cast
from sqlalchemy.sql.elements import ColumnElement

from clairbot.audit.models import AuditEvent


def payload_column(dialect: str) -> ColumnElement[Any]:
    """The payload column as stored: on SQLite its bytes (invalid UTF-8 included, which a
    text column could not even be fetched with); PostgreSQL's `json` holds only valid text,
    fetched as text."""
    column = AuditEvent.__table__.c.payload
    return cast(column, LargeBinary) if dialect == "sqlite" else cast(column, Text)


def parse_payload(raw: bytes | str) -> tuple[Any, str | None]:
    """A stored payload parsed (UTF-8 JSON holding an object), or why it cannot be: not
    UTF-8, not JSON (nested too deep for the parser included), or not a JSON object."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as error:
        return None, f"payload is not UTF-8 text (byte {error.start})"
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as error:
        return None, f"payload is not valid JSON ({error.msg} at character {error.pos})"
    except RecursionError:
        return None, "payload is not valid JSON (nested too deep to read)"
    if not isinstance(parsed, dict):
        return None, f"payload is not a JSON object (a JSON {type(parsed).__name__})"
    return parsed, None
