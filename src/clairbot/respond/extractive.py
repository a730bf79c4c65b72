"""Extractive responder (offline default): quotes the best passage, never invents.

The answer is made of the passage's own sentences, so every word the visitor reads can be
traced to a document and its owner. Long passages are cut down to the sentences that share
the most terms with the question, kept in their original order.
"""

from __future__ import annotations

import re

from clairbot.knowledge import Hit, KnowledgeIndex, analyze
from clairbot.respond.answer import Answer

NAME = "extractive"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9«\"“(])")


def split_sentences(text: str) -> list[str]:
    """Split a passage into sentences (good enough for French and English prose)."""
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]


class ExtractiveResponder:
    """Answers with sentences of the best passage, or declines below the confidence threshold."""

    name = NAME

    def __init__(self, *, threshold: float | None = None, max_chars: int = 420) -> None:
        self.threshold = threshold
        self.max_chars = max_chars

    def answer(self, *, question: str, lang: str, index: KnowledgeIndex) -> Answer:
        """Answer `question` from the top passage, or decline when retrieval is not confident."""
        result = index.search(question, lang=lang, limit=3, threshold=self.threshold)
        if not result.hits or not result.confident:
            return Answer(text="", answered=False, confidence=result.confidence,
                          responder=NAME, passages=[_provenance(h) for h in result.hits[:3]])
        best = result.hits[0]
        passage = best.passage
        return Answer(
            text=self._concise(passage.text, question, lang),
            answered=True,
            confidence=result.confidence,
            responder=NAME,
            sources=[{"title": passage.title, "url": passage.url, "owner": passage.owner}],
            passages=[_provenance(best)],
        )

    def _concise(self, text: str, question: str, lang: str) -> str:
        if len(text) <= self.max_chars:
            return text
        sentences = split_sentences(text)
        wanted = set(analyze(question, lang))
        ranked = sorted(range(len(sentences)),
                        key=lambda i: (-len(wanted & set(analyze(sentences[i], lang))), i))
        chosen: list[int] = []
        length = 0
        for i in ranked:
            if chosen and length + len(sentences[i]) > self.max_chars:
                continue
            chosen.append(i)
            length += len(sentences[i]) + 1
        return " ".join(sentences[i] for i in sorted(chosen))


def _provenance(hit: Hit) -> dict[str, object]:
    p = hit.passage
    # `version` is kept for readers of older provenance; `doc_version` names it plainly.
    return {"id": p.id, "document": p.document, "version": p.version, "doc_version": p.version,
            "owner": p.owner, "topic": p.topic, "score": round(hit.score, 4)}
