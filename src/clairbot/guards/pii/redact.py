"""Replace personal data in a text by typed placeholders ("[EMAIL]", "[PHONE]", ...)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from clairbot.categories import SPECIAL_CATEGORY
from clairbot.findings import Finding

_JOINERS = ".,-/"


def redact(text: str, findings: Iterable[Finding]) -> str:
    """`text` with each finding replaced by `[TYPE]`, never leaving a fragment of a value.

    A span that stops inside a token is widened to the whole token ("0612345678" reported as
    "612345678" is redacted entirely), also across separators gluing digits together
    ("2026-000123"). Overlapping spans become one placeholder, named after the
    first value finding among them (SPECIAL_CATEGORY only when they are all special).
    """
    spans = sorted((*_widen(text, f.start, f.end), f.type) for f in findings)
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        if merged and start < merged[-1][1]:
            first, last, merged_kind = merged[-1]
            if merged_kind == SPECIAL_CATEGORY:
                merged_kind = kind
            merged[-1] = (first, max(last, end), merged_kind)
        else:
            merged.append((start, end, kind))
    parts: list[str] = []
    cursor = 0
    for start, end, kind in merged:
        parts.append(text[cursor:start])
        parts.append(f"[{kind}]")
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow `[start, end)` to the whole token(s) it touches."""
    start, end = max(0, start), min(len(text), end)
    while start > 0:
        before = text[start - 1]
        if before.isalnum() or before == "_":
            start -= 1
        elif (before in _JOINERS and start > 1 and text[start - 2].isdigit()
              and start < len(text) and text[start].isdigit()):
            start -= 1
        else:
            break
    while end < len(text):
        after = text[end]
        if after.isalnum() or after == "_":
            end += 1
        elif (after in _JOINERS and end + 1 < len(text) and text[end + 1].isdigit()
              and end > 0 and text[end - 1].isdigit()):
            end += 1
        else:
            break
    return start, end


_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*\]")


def without_placeholders(text: str) -> str:
    """`text` without the `[TYPE]` placeholders `redact` wrote: a masked value says nothing
    about the question, and its type name ("EMAIL") would only mislead a search."""
    return " ".join(_PLACEHOLDER.sub(" ", text).split())
