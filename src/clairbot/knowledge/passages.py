"""The values the knowledge package hands out: passages, search hits and search results.

A passage is the unit the bot can quote and cite: one `##` section of a Markdown document or
one question/answer item of a FAQ file, with the metadata that makes an answer accountable
(who owns it, where it comes from, which version of the file it was read from, and when its
owner must review it again).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Passage:
    """One quotable piece of knowledge with its provenance."""

    id: str
    """Stable identifier, ``f"{document}#{slug-of-title}"``, unique within the knowledge base."""
    document: str
    """File path relative to the knowledge-base root, POSIX style (``fr/livraison.md``)."""
    title: str
    """Section heading, or the question of a FAQ item."""
    text: str
    """Plain readable text of the passage (Markdown markup removed, sentences kept)."""
    owner: str
    """Accountable team or person, e.g. ``"Billing team <billing@example.com>"``."""
    lang: str
    """``"fr"`` or ``"en"``."""
    url: str | None
    """Public page where a visitor can read more, if any."""
    version: str
    """First 12 hex digits of the SHA-256 of the file's bytes."""
    topic: str | None
    """Optional topic key declared by the file (``orders``, ``billing``...)."""
    review_by: dt.date | None = None
    """When the owner must review it again (``review_by``: the FAQ item's, else the file's)."""


@dataclass(frozen=True)
class Hit:
    """A passage found by a search, with its relevance score (higher is better)."""

    passage: Passage
    score: float


@dataclass(frozen=True)
class SearchResult:
    """The hits of a search, best first, and whether the knowledge base answers the question.

    `confidence` is in 0..1; `confident` is ``confidence >= threshold`` for the threshold the
    search used. A result that is not confident must not be presented as an answer.
    """

    hits: list[Hit]
    confident: bool
    confidence: float
