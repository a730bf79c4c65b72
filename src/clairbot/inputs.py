"""Free text typed by people (agent replies, notes, comments, incident reports): blanks
trimmed, a length limit, the same error wording everywhere."""

from __future__ import annotations

from clairbot.errors import InvalidInput


def bounded(value: str | None, *, limit: int, what: str, code: str) -> str | None:
    """`value` without surrounding blanks, `None` when nothing is left; `InvalidInput`
    (`code`, "the <what> is over <limit> characters") when it is too long."""
    value = (value or "").strip() or None
    if value is not None and len(value) > limit:
        raise InvalidInput(f"the {what} is over {limit} characters", code=code)
    return value


def required(value: str | None, *, limit: int, what: str, code: str) -> str:
    """`bounded`, and refused as `<code prefix>.empty` ("the <what> is empty") when blank;
    `code` is the prefix of both codes (`message` gives message.empty, message.too_long)."""
    kept = bounded(value, limit=limit, what=what, code=f"{code}.too_long")
    if kept is None:
        raise InvalidInput(f"the {what} is empty", code=f"{code}.empty")
    return kept
