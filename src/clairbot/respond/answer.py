"""What every responder returns, and the protocol they follow."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from clairbot.knowledge import KnowledgeIndex


@dataclass(frozen=True)
class Answer:
    """An answer grounded in the knowledge base, or an honest "I don't know".

    `answered` is False when nothing in the base answers the question: the text is then
    empty and the pipeline says so and offers a human, rather than inventing.
    """

    text: str
    answered: bool
    confidence: float
    responder: str
    sources: list[dict[str, Any]] = field(default_factory=list)
    # Provenance: which passages were used, in which version, with which score.
    passages: list[dict[str, Any]] = field(default_factory=list)
    model: str | None = None


class Responder(Protocol):
    """Anything that answers a question from a knowledge index."""

    name: str

    def answer(self, *, question: str, lang: str, index: KnowledgeIndex) -> Answer:
        """Answer `question` in `lang` from `index`."""
        ...
