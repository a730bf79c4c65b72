"""Length-preserving folding shared by the name, address and special-category detectors.

`clairbot.text.fold` may change the length of a text ("œ" becomes "oe"), so spans found in its
output cannot index into the original. These detectors match lower-case, accent-free patterns
on `fold_same_length(text)` instead: every character is folded on its own, the same way `fold`
folds it, and a character whose folded form is not one character is only lower-cased. Offsets
in the folded text are offsets in the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from clairbot.text import fold

# Latin-1 Supplement, Latin Extended-A/B, plus the apostrophes, dashes and spaces `fold` unifies.
_EXTRA = "`\u2018\u2019\u02bc\u2010\u2011\u2013\u2014\u00a0\u202f"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for char in [chr(cp) for cp in range(0x80, 0x250)] + list(_EXTRA):
        folded = fold(char)
        if len(folded) == 1:
            table[ord(char)] = folded
        else:
            lowered = char.lower()
            table[ord(char)] = lowered if len(lowered) == 1 else char
    return table


_TABLE = _build_table()


def fold_same_length(text: str) -> str:
    """`text` lower-cased with accents stripped, character by character (same length)."""
    folded = text.translate(_TABLE).lower()
    if len(folded) == len(text):
        return folded
    # A rare character whose lower case is longer (outside the table): keep it as it is.
    return "".join(low if len(low := char.lower()) == 1 else char
                   for char in text.translate(_TABLE))


# (with the acute and the macron of the languages visitors mix in: "tōku iwi", "sí")
_ACCENT_CLASSES = {"a": "[aàâäáā]", "e": "[eéèêëē]", "i": "[iîïíī]", "o": "[oôöóō]",
                   "u": "[uùûüúū]", "c": "[cç]", "'": "['’]"}


def accent_insensitive(pattern: str) -> str:
    """`pattern`, written in folded lower case ("diabetique", "l'eglise"), rewritten so that
    each vowel, "c" and the apostrophe also match their accented or typographic forms.

    Escapes, named groups and character classes are copied as they are (write the accents of a
    class yourself: "[eé]").
    """
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif pattern.startswith(("(?P<", "(?P="), i):
            close = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i:close + 1])
            i = close + 1
            continue
        elif char in _ACCENT_CLASSES:
            out.append(_ACCENT_CLASSES[char])
            i += 1
            continue
        out.append(char)
        i += 1
    return "".join(out)


def lower_same_length(text: str) -> str:
    """`text` lower-cased, with the same length (accents kept unless that is impossible)."""
    low = text.lower()
    return low if len(low) == len(text) else fold_same_length(text)


def trie_pattern(words: frozenset[str] | set[str]) -> str:
    """One regex alternation (a group) matching any of `words` (folded, plain text), shaped as
    a trie so that the regex engine rejects a position after a letter or two; each letter
    also matches its accented forms."""
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [_ACCENT_CLASSES.get(char, re.escape(char)) + emit(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return emit(trie)


@dataclass(slots=True)
class ScoredSpan:
    """A candidate span of text with how sure a detector is, and why."""

    start: int
    end: int
    score: float
    reason: str


def merge_overlapping(spans: Iterable[ScoredSpan]) -> list[ScoredSpan]:
    """Overlapping spans become one, keeping the best score and its reason."""
    merged: list[ScoredSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            if span.score > last.score:
                last.score, last.reason = span.score, span.reason
            last.end = max(last.end, span.end)
        else:
            merged.append(span)
    return merged
