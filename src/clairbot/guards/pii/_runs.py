"""Shared helpers for number detectors: where a value stands alone, and nearby keywords.

A visitor writes numbers split by spaces, dots or dashes ("06 12 34 56 78", "732.829.320").
A detector must find such a value only when it is the whole number the visitor wrote, never
a slice of a longer one: "732 829 320" inside "732 829 320 00074" is not a SIREN of its own,
and no 16 digits inside a 25-digit run are a card.
"""

from __future__ import annotations

import re

# Characters people put between digit groups (space, no-break space, narrow no-break space).
SPACES = " \u00a0\u202f"
# Characters that glue two tokens into one ("FAC-2026-000123", "1 234,56", "12/03").
_JOINERS = ".,-/"

# A digit token just before a space: "2026 " in "2026 732829320", "FR76 " before an IBAN body.
_PREV_TOKEN = re.compile(r"(?<!\S)\w*\d[ \u00a0\u202f]\Z")
# A digit token just after a space that stands alone: " 90" in "06 12 34 56 78 90" but not
# " 12" in "4970 1012 3456 7899 12/28" (an expiry date, not more of the same number).
# Chat words led by a digit ("call me 2moro", "2day", "4u") are words, not more digits.
DIGIT_CHAT_WORD = r"(?:2moro|2morrow|2mrw|2mro|2mrow|2day|2nite|2night|2nyt|2u|4u|4ever|2gether)\b"
_NEXT_TOKEN = re.compile(r"[ \u00a0\u202f](?!" + DIGIT_CHAT_WORD + r")\d\w*(?!\w|[.,\-/]\w)")

_NON_DIGITS = re.compile(r"\D+")


def is_standalone(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a whole number token, not part of a longer digit run.

    The value must not touch a letter or digit, must not be glued to one by `.,-/`
    ("FAC-2026-000123", "1 234,56"), and must not have another digit token one space away
    on either side ("2026 732829320", "06 12 34 56 78 90").
    """
    if start > 0:
        before = text[start - 1]
        if before.isalnum() or before in "_+":
            return False
        if before in _JOINERS and start > 1 and text[start - 2].isalnum():
            return False
        if before in SPACES and _PREV_TOKEN.search(text, max(0, start - 40), start):
            return False
    if end < len(text):
        after = text[end]
        if after.isalnum() or after == "_":
            return False
        if after in _JOINERS and end + 1 < len(text) and text[end + 1].isalnum():
            return False
        if after in SPACES and _NEXT_TOKEN.match(text, end):
            return False
    return True


def digits_of(value: str) -> str:
    """The digits of `value`, separators dropped."""
    return _NON_DIGITS.sub("", value)


# A sentence ends at ".!?;" before a capital, or at a line break, except one right after a
# colon: a label on its own line ("Phone:\n555-0134") still speaks of the value below it.
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-ZÀ-Ý])|(?<!:)\n")


def has_context(pattern: re.Pattern[str], text: str, start: int, end: int,
                before: int = 48, after: int = 24) -> bool:
    """Whether `pattern` occurs in the few characters around `text[start:end]`, in the same
    sentence and with no other number in between: a keyword before another number speaks
    of that number ("SIREN : 782 232 565, référence 355 568 825")."""
    first = max(0, start - before)
    for boundary in _SENTENCE_END.finditer(text, first, start):
        first = boundary.end()
    for i in range(start - 1, first - 1, -1):
        if text[i].isdigit():
            first = i + 1
            break
    last = min(len(text), end + after)
    stop = _SENTENCE_END.search(text, end, last)
    if stop is not None:
        last = stop.start()
    for i in range(end, last):
        if text[i].isdigit():
            last = i
            break
    return (pattern.search(text, first, start) is not None
            or pattern.search(text, end, last) is not None)


def in_sentence_before(pattern: re.Pattern[str], text: str, start: int, before: int) -> bool:
    """Whether `pattern` occurs in the `before` characters ahead of `start`, in the same
    sentence, other numbers in between or not ("update the cell to 555-0178 and keep the
    office at 555-0110": a list of lines)."""
    first = max(0, start - before)
    for boundary in _SENTENCE_END.finditer(text, first, start):
        first = boundary.end()
    return pattern.search(text, first, start) is not None


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) check over a string of digits."""
    total = 0
    for i, char in enumerate(reversed(digits)):
        d = ord(char) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def trim_ends(text: str, start: int, end: int, separators: str) -> list[int]:
    """Candidate ends for a greedy match `text[start:end]`, longest first.

    A greedy pattern over "groups and separators" may run into the next word ("... 189 merci"
    is not consumed, but "... 8901 X in a sentence" is); each position just before a separator
    is a place where the value may really end.
    """
    ends = [end]
    for i in range(end - 1, start, -1):
        if text[i] in separators and text[i - 1] not in separators:
            ends.append(i)
    return ends


# Country code, check digits, then groups of four letters or digits: an IBAN, valid or not.
_IBAN_SHAPE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \u00a0\u202f]?[A-Za-z0-9]{4}){2,7}"
                         r"(?:[ \u00a0\u202f]?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])")


def iban_shaped(text: str) -> list[tuple[int, int]]:
    """Spans that look like an IBAN, checksum or not: no phone or card number hides in them."""
    return [m.span() for m in _IBAN_SHAPE.finditer(text)]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether `[start, end)` overlaps one of `spans`."""
    return any(s < end and start < e for s, e in spans)
