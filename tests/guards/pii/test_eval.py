"""Detection quality, measured: the generated corpus and Presidio's recognizer test cases.

Figures are printed (`pytest -s` or `-rP` shows them) and checked against floors measured
when the detectors were written; a drop below them is a regression.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import pytest

from clairbot.categories import (
    CREDIT_CARD,
    EMAIL,
    IBAN,
    IP_ADDRESS,
    PHONE,
    STRUCTURED_TYPES,
)
from clairbot.guards.pii import PiiRegistry

STRUCTURED = STRUCTURED_TYPES
EVAL_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "eval"
PRESIDIO = EVAL_DIR / "pii" / "presidio_recognizer_tests.jsonl"
PRESIDIO_TYPES = {"EMAIL_ADDRESS": EMAIL, "PHONE_NUMBER": PHONE, "IBAN_CODE": IBAN,
                  "CREDIT_CARD": CREDIT_CARD, "IP_ADDRESS": IP_ADDRESS}
SYNTH = EVAL_DIR / "pii" / "presidio_research_synth_v2_en.jsonl"
EDS = EVAL_DIR / "pii" / "eds_pseudo_templates_fr.jsonl"
NO_EVAL = pytest.mark.skipif(not EVAL_DIR.is_dir(), reason=f"evaluation data absent ({EVAL_DIR})")

Span = tuple[str, int, int]


class Tally:
    """True positives, false positives and false negatives per type (exact spans)."""

    def __init__(self) -> None:
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()

    def add(self, gold: set[Span], predicted: set[Span]) -> None:
        for kind, _, _ in gold & predicted:
            self.tp[kind] += 1
        for kind, _, _ in predicted - gold:
            self.fp[kind] += 1
        for kind, _, _ in gold - predicted:
            self.fn[kind] += 1

    def precision(self, kind: str) -> float:
        found = self.tp[kind] + self.fp[kind]
        return self.tp[kind] / found if found else 1.0

    def recall(self, kind: str) -> float:
        expected = self.tp[kind] + self.fn[kind]
        return self.tp[kind] / expected if expected else 1.0

    def report(self, title: str, kinds: Iterable[str]) -> None:
        print(f"\n{title}\n{'type':<12} {'tp':>5} {'fp':>4} {'fn':>4} {'prec':>6} {'recall':>6}")
        for kind in kinds:
            print(f"{kind:<12} {self.tp[kind]:>5} {self.fp[kind]:>4} {self.fn[kind]:>4} "
                  f"{self.precision(kind):>6.3f} {self.recall(kind):>6.3f}")


def test_when_scoring_the_generated_corpus_then_each_structured_type_is_above_095(
        structured: PiiRegistry, corpus: ModuleType) -> None:
    tally = Tally()
    for row in corpus.generate(2000, seed=2026):
        gold = {(e["type"], e["start"], e["end"]) for e in row["entities"]
                if e["type"] in STRUCTURED}
        predicted = {(f.type, f.start, f.end) for f in structured.analyze(row["text"], row["lang"])}
        tally.add(gold, predicted)
    tally.report("generated corpus, 2,000 messages (seed 2026)", STRUCTURED)
    for kind in STRUCTURED:
        assert tally.tp[kind] >= 150, kind  # every type is really exercised
        assert tally.precision(kind) >= 0.95, kind
        assert tally.recall(kind) >= 0.95, kind


# An extension after a phone number ("345-899-3560x4587"): some gold sets include it, the
# phone detector's span is the dialable number only.
_EXTENSION = re.compile(r"(?:[ ,;]*(?:ext\.?|extension|x|poste)[ ]?\d{1,6})$", re.IGNORECASE)


def _gold_end(text: str, kind: str, start: int, end: int) -> int:
    if kind != PHONE:
        return end
    return start + len(_EXTENSION.sub("", text[start:end]))


def score_file(path: Path, types: dict[str, str], lang: str, registry: PiiRegistry) -> Tally:
    """Exact-span scores of `registry` on every row of a JSONL evaluation file (a phone
    number's extension aside)."""
    tally = Tally()
    with path.open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            gold = {(types[e["type"]], e["start"],
                     _gold_end(row["text"], types[e["type"]], e["start"], e["end"]))
                    for e in row["entities"] if e["type"] in types}
            predicted = {(f.type, f.start, f.end) for f in registry.analyze(row["text"], lang)
                         if f.type in types.values()}
            tally.add(gold, predicted)
    return tally


@NO_EVAL
def test_when_scoring_presidio_recognizer_cases_then_floors_hold(
        structured: PiiRegistry) -> None:
    tally = Tally()
    with PRESIDIO.open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            checked = {PRESIDIO_TYPES[t] for t in row["checked_types"] if t in PRESIDIO_TYPES}
            if row["lang"] != "en" or not checked:
                continue
            gold = {(PRESIDIO_TYPES[e["type"]], e["start"], e["end"]) for e in row["entities"]
                    if e["type"] in PRESIDIO_TYPES}
            predicted = {(f.type, f.start, f.end) for f in structured.analyze(row["text"], "en")
                         if f.type in checked}
            tally.add(gold, predicted)
    kinds = sorted(set(PRESIDIO_TYPES.values()))
    tally.report("Presidio recognizer test cases (en)", kinds)
    # Measured: recall 1.0 (EMAIL, IBAN), 0.93 (CREDIT_CARD, IP_ADDRESS), 0.92 (PHONE);
    # precision 1.0 everywhere. Misses are by design: a bare "::", "192.168.1.1.1", national
    # numbers of countries outside FR/US/GB, a card between two other digit groups.
    for kind in kinds:
        assert tally.recall(kind) >= 0.9, kind
        assert tally.precision(kind) >= 0.97, kind


@NO_EVAL
def test_when_scoring_presidio_research_synthetic_messages_then_floors_hold(
        structured: PiiRegistry) -> None:
    tally = score_file(SYNTH, PRESIDIO_TYPES, "en", structured)
    kinds = sorted(set(PRESIDIO_TYPES.values()))
    tally.report("presidio-research synthetic set v2 (en)", kinds)
    # Measured: recall 1.0 for EMAIL, IBAN, IP_ADDRESS; 0.78 for CREDIT_CARD (Faker's
    # 12-digit Maestro, 13-digit Visa and 359x "JCB" numbers are refused on purpose);
    # 0.33 for PHONE (numbers of many countries without "+", many outside the numbering plan),
    # 0.96 once those are read in their phone shapes or after a phone keyword (issue 13; the
    # misses are bare national numbers of other countries with no keyword, "699 956 915").
    # Precision 1.0 everywhere.
    floors = {EMAIL: 0.95, IBAN: 0.95, IP_ADDRESS: 0.95, CREDIT_CARD: 0.75, PHONE: 0.9}
    for kind in kinds:
        assert tally.recall(kind) >= floors[kind], kind
        assert tally.precision(kind) >= 0.97, kind


@NO_EVAL
def test_when_scoring_french_clinical_templates_then_floors_hold(
        structured: PiiRegistry) -> None:
    tally = score_file(EDS, {"TEL": PHONE, "MAIL": EMAIL}, "fr", structured)
    tally.report("eds-pseudo templates (fr)", [PHONE, EMAIL])
    # Measured: PHONE recall 0.84 (fake numbers outside the French plan, typos such as
    # "O1.42..."), then 0.92 (issue 13: "(33) 1 45 56 78 90"), precision 1.0; EMAIL recall
    # 0.93, precision 0.97 (an address glued to the next word in the source). Its NIRs (SECU)
    # are fake with wrong keys: not scored here.
    assert tally.recall(PHONE) >= 0.9 and tally.precision(PHONE) >= 0.97
    assert tally.recall(EMAIL) >= 0.9 and tally.precision(EMAIL) >= 0.95
