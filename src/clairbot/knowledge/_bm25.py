"""Okapi BM25 over an inverted index with precomputed term impacts.

The term-frequency part of BM25 depends only on the (term, document) pair, so it is computed
once at build time together with the term's idf; a search only sums floats from the postings
of the question's terms. With a few thousand passages this takes tens of microseconds.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence


def idf(doc_freq: int, n_docs: int) -> float:
    """BM25 inverse document frequency, the always-positive variant (Lucene's)."""
    return math.log(1.0 + (n_docs - doc_freq + 0.5) / (doc_freq + 0.5))


class Bm25:
    """BM25 scores of term lists against a fixed collection of documents (term lists)."""

    def __init__(self, docs: Sequence[Sequence[str]], *, k1: float, b: float) -> None:
        n_docs = len(docs)
        lengths = [len(doc) for doc in docs]
        avg_len = (sum(lengths) / n_docs) if n_docs else 0.0
        freqs: dict[str, dict[int, int]] = {}
        for number, doc in enumerate(docs):
            for term in doc:
                counts = freqs.setdefault(term, {})
                counts[number] = counts.get(number, 0) + 1
        self.n_docs = n_docs
        self.unknown_idf = idf(0, n_docs)
        """The idf a term would have if it were in no document: above every known term's."""
        self._idf = {term: idf(len(counts), n_docs) for term, counts in freqs.items()}
        self._postings: dict[str, tuple[tuple[int, float], ...]] = {}
        for term, counts in freqs.items():
            weight = self._idf[term]
            self._postings[term] = tuple(
                (
                    number,
                    weight
                    * tf
                    * (k1 + 1.0)
                    / (tf + k1 * (1.0 - b + b * lengths[number] / avg_len)),
                )
                for number, tf in sorted(counts.items())
            )
        self._doc_terms = [frozenset(doc) for doc in docs]

    def idf(self, term: str) -> float:
        """Return the idf of `term`, or `unknown_idf` when no document has it."""
        return self._idf.get(term, self.unknown_idf)

    def knows(self, term: str) -> bool:
        """Tell whether at least one document has `term`."""
        return term in self._idf

    def contains(self, doc: int, term: str) -> bool:
        """Tell whether document number `doc` has `term`."""
        return term in self._doc_terms[doc]

    def scores(self, terms: Iterable[str]) -> dict[int, float]:
        """Return the BM25 score of every document that has at least one of `terms`."""
        scores: dict[int, float] = {}
        get = scores.get
        for term in terms:
            for doc, impact in self._postings.get(term, ()):
                scores[doc] = get(doc, 0.0) + impact
        return scores
