"""The searchable knowledge index: BM25 per language, with a confidence for each answer.

Passages are indexed per language (a French question searches French passages); a language
without passages falls back to all passages. A passage is indexed as its title, counted
`TITLE_WEIGHT` times, plus its text: titles of FAQ items are the questions visitors ask, and
section headings say what a section is about better than any sentence in it.
"""

from __future__ import annotations

import hashlib
import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from clairbot.errors import InvalidInput
from clairbot.knowledge._bm25 import Bm25
from clairbot.knowledge.analysis import analyzer
from clairbot.knowledge.confidence import confidence
from clairbot.knowledge.passages import Hit, Passage, SearchResult

DEFAULT_THRESHOLD = 0.5
"""Confidence at or above which a search result counts as answering the question."""
TITLE_WEIGHT = 2
K1 = 1.2
B = 0.75


@dataclass(frozen=True)
class _Shard:
    """The BM25 index of some passages; document numbers map to passage positions."""

    positions: tuple[int, ...]
    bm25: Bm25


class KnowledgeIndex:
    """An immutable index over passages; safe to search from several threads."""

    def __init__(
        self, passages: Sequence[Passage], *, threshold: float = DEFAULT_THRESHOLD
    ) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold must be within 0..1, got {threshold}")
        self._threshold = threshold
        self._passages = tuple(passages)
        self._docs = [_passage_terms(passage) for passage in self._passages]
        languages = sorted({passage.lang for passage in self._passages})
        self._shards = {
            lang: _shard(
                [n for n, passage in enumerate(self._passages) if passage.lang == lang],
                self._docs,
            )
            for lang in languages
        }
        self._version = _version(self._passages)

    @classmethod
    def build(
        cls, passages: Sequence[Passage], *, threshold: float = DEFAULT_THRESHOLD
    ) -> KnowledgeIndex:
        """Index `passages` (as loaded by `load_knowledge`)."""
        return cls(passages, threshold=threshold)

    @cached_property
    def _all(self) -> _Shard:
        """All passages in one shard, for questions in a language the base does not have.

        Built on first use only: with passages in every supported language it is never needed.
        Two threads may build it at once; both build the same shard and either one is kept.
        """
        return _shard(range(len(self._docs)), self._docs)

    @property
    def threshold(self) -> float:
        """The confidence at or above which a result is `confident` (0..1)."""
        return self._threshold

    @property
    def passages(self) -> tuple[Passage, ...]:
        """The indexed passages, in load order."""
        return self._passages

    @property
    def version(self) -> str:
        """A 12-hex-digit hash of the indexed documents' versions, to cite with answers."""
        return self._version

    @property
    def documents(self) -> dict[str, str]:
        """The indexed documents (paths relative to their folder) and their versions, sorted."""
        return dict(sorted({p.document: p.version for p in self._passages}.items()))

    def search(
        self, query: str, *, lang: str, limit: int = 5, threshold: float | None = None
    ) -> SearchResult:
        """Return the `limit` passages that best match `query`, and whether they answer it.

        `lang` is the question's language (``"fr"`` or ``"en"``); `threshold` overrides the
        index's confidence threshold for this search.
        """
        if limit < 1:
            raise InvalidInput(f"limit must be at least 1, got {limit}")
        cutoff = self._threshold if threshold is None else threshold
        terms = list(dict.fromkeys(analyzer(lang).terms(query)))
        shard = self._shards.get(lang) or self._all
        scores = shard.bm25.scores(terms)
        if not scores:
            return SearchResult(hits=[], confident=False, confidence=0.0)
        ranked = _top(scores, limit)
        value = confidence(terms, ranked[0][0], shard.bm25)
        hits = [
            Hit(passage=self._passages[shard.positions[doc]], score=score) for doc, score in ranked
        ]
        return SearchResult(hits=hits, confident=value >= cutoff, confidence=value)


def _top(scores: dict[int, float], limit: int) -> list[tuple[int, float]]:
    """Return the `limit` best (document, score) pairs; ties go to the document loaded first."""
    # Finding the cutoff on bare floats first keeps the Python-level work to a few items.
    cutoff = heapq.nlargest(limit, scores.values())[-1]
    best = [(doc, score) for doc, score in scores.items() if score >= cutoff]
    best.sort(key=lambda item: (-item[1], item[0]))
    return best[:limit]


def _passage_terms(passage: Passage) -> list[str]:
    analyze = analyzer(passage.lang).terms
    return analyze(passage.title) * TITLE_WEIGHT + analyze(passage.text)


def _shard(positions: Sequence[int], docs: Sequence[list[str]]) -> _Shard:
    return _Shard(tuple(positions), Bm25([docs[n] for n in positions], k1=K1, b=B))


def _version(passages: Sequence[Passage]) -> str:
    documents = sorted({f"{passage.document}\t{passage.version}" for passage in passages})
    return hashlib.sha256("\n".join(documents).encode()).hexdigest()[:12]
