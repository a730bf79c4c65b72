"""Special categories worded without the lexicon's words ("off for my chemo next week", "our
CGT rep told me"), found by the `special_categories` model sentence by sentence, clause by
clause, to complete what the rules of `special_categories` found.

Recall first (GDPR art. 9: a special category kept without explicit consent is the harm): the
model's thresholds are chosen on validation to find 95 % of each category. A category the
rules did not already place in a clause is masked with its clause ("je suis diabétique et
syndiqué à la CGT": the rules find the first, the model the second); one said of a whole
sentence but of none of its clauses, with its sentence. Clauses are only read when their
sentence says something, so a message with nothing sensitive costs one reading per sentence;
the sentences (then the clauses) past the stack's gate are embedded in one batch.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from clairbot.categories import SPECIAL_CATEGORY
from clairbot.findings import Finding
from clairbot.understanding.classifier import LinearModel, load

DETECTOR = "special_category_model"
# The model's labels, as the detectors name the subtypes.
SUBTYPES = {"health": "health", "religion": "religion", "union": "union_membership",
            "politics": "political_opinion", "sexual_orientation": "sexual_orientation",
            "ethnic_origin": "ethnic_origin", "biometrics": "biometrics",
            "genetics": "genetics"}
_SENTENCE = re.compile(r"[^.!?;\n]+")
_CLAUSE = re.compile(r"[^,:()]+?(?=\s+(?:et|mais|and|but|car|because)\s+|[,:()]|$)"
                     r"|(?<=\s)(?:et|mais|and|but|car|because)\s+[^,:()]+?(?=[,:()]|$)",
                     re.IGNORECASE)
_MIN_CHARS = 3


def model() -> LinearModel:
    """The shipped sentence-level model of special categories."""
    return load("special_categories")


def _spans(pattern: re.Pattern[str], text: str, offset: int) -> Iterator[tuple[int, int]]:
    for match in pattern.finditer(text):
        chunk = match.group()
        start = match.start() + len(chunk) - len(chunk.lstrip())
        end = match.end() - (len(chunk) - len(chunk.rstrip()))
        if end - start >= _MIN_CHARS:
            yield offset + start, offset + end


def clauses(text: str) -> list[str]:
    """The clauses of `text`, as the model reads them (`text` itself if it has none)."""
    return [text[start:end] for start, end in _spans(_CLAUSE, text, 0)] or [text]


def learned_findings(text: str, found: Sequence[Finding]) -> list[Finding]:
    """The special categories the model reads in `text` that `found` (the rules' findings)
    does not already place in the same clause."""
    classifier = model()
    findings: list[Finding] = []
    sentences = list(_spans(_SENTENCE, text, 0))
    for (start, end), said in zip(sentences, classifier.said_all(
            [text[start:end] for start, end in sentences]), strict=True):
        if not said:
            continue
        clauses = list(_spans(_CLAUSE, text[start:end], start)) or [(start, end)]
        placed: set[str] = set()
        for (clause_start, clause_end), clause_said in zip(clauses, classifier.said_all(
                [text[clause_start:clause_end] for clause_start, clause_end in clauses]),
                strict=True):
            for label, score in clause_said.items():
                placed.add(label)
                findings.append(_finding(text, clause_start, clause_end, label, score))
        findings.extend(_finding(text, start, end, label, score)
                        for label, score in said.items() if label not in placed)
    # What the rules already placed stays theirs (their span is the exact words).
    return [f for f in findings if not any(
        r.subtype == f.subtype and r.start < f.end and f.start < r.end for r in found)]


def _finding(text: str, start: int, end: int, label: str, score: float) -> Finding:
    subtype = SUBTYPES[label]
    return Finding(type=SPECIAL_CATEGORY, start=start, end=end, score=round(score, 2),
                   detector=DETECTOR, subtype=subtype,
                   reason=f"{label} read by the model in '{text[start:end][:60]}' "
                          f"(probability {score:.2f})")
