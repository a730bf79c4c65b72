"""What a PII detector reports: a typed span of text and why it was flagged.

Type names live in `clairbot.categories`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Finding:
    """A span `text[start:end]` of type `type`, found by `detector`, with the reason why."""

    type: str
    start: int
    end: int
    score: float
    detector: str
    reason: str
    subtype: str | None = None

    def overlaps(self, other: Finding) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


class Detector(Protocol):
    """A small plugin finding one family of personal data; explains each finding."""

    name: str

    @property
    def types(self) -> tuple[str, ...]:
        """The entity types this detector reports (names from `clairbot.categories`)."""
        ...

    def detect(self, text: str, lang: str) -> list[Finding]:
        """Every finding in `text` (`lang` is "fr" or "en"); spans index into `text`."""
        ...
