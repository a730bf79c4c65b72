"""Datasets and scoring for bench/pii_vs_presidio.py: gold spans in Clairbot's type names,
and the overlap rule applied identically to every system.

Scoring. A predicted span of type T is a true positive when it overlaps (shares at least one
character with) a gold span of type T; a gold span is found when a predicted span of type T
overlaps it. Precision counts predicted spans, recall counts gold spans. A predicted span
that overlaps no gold span of its type but overlaps a *neutral* span (a gold fragment the
dataset labels in a way we do not score, e.g. a lone city name for POSTAL_ADDRESS) counts
neither way. The exact-match figures count a predicted span as right only when its type,
start and end all equal a gold span's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from _pii_corpus import generate  # bench helper next to this file

Span = tuple[int, int, str]  # start, end (exclusive), Clairbot type
SCORING_RULE = (
    "A predicted span is a true positive when its type matches and it overlaps (shares at "
    "least one character with) a gold span of that type; a gold span is recalled when a "
    "predicted span of its type overlaps it. Precision counts predicted spans, recall gold "
    "spans. Predictions overlapping only a 'neutral' gold fragment (a lone ZIP code or city "
    "for POSTAL_ADDRESS, a hospital name for PERSON) count neither way. Exact match: type, "
    "start and end all equal. The same rule, the same texts and the same language tag "
    "for both systems.")


@dataclass(frozen=True)
class Sample:
    """One message with its gold spans and its neutral spans (both in Clairbot types)."""

    text: str
    lang: str
    gold: tuple[Span, ...]
    neutral: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Dataset:
    """Samples plus where they come from and how their labels were mapped."""

    name: str
    source: str
    label_mapping: dict[str, str]
    samples: list[Sample]

    @property
    def types(self) -> list[str]:
        """The Clairbot types with at least one gold span here, in a stable order."""
        return sorted({t for s in self.samples for _, _, t in s.gold})


@dataclass(frozen=True)
class Chain:
    """Labels merged into one gold span of `into` when only `gap` separates them; a merged
    span needs one `anchors` label. Parts left alone are neutral for `into`."""

    into: str
    anchors: frozenset[str]
    parts: frozenset[str]
    gap: re.Pattern[str]


@dataclass(frozen=True)
class LabelSpec:
    """How a public dataset's labels become Clairbot types."""

    direct: dict[str, str]
    chains: tuple[Chain, ...] = ()
    neutral: dict[str, str] = field(default_factory=dict)  # label -> type it is neutral for

    def describe(self) -> dict[str, str]:
        """A readable mapping for the results file."""
        out = dict(self.direct)
        for chain in self.chains:
            for part in sorted(chain.parts):
                joined = "+".join(sorted(chain.parts))
                out[part] = f"{chain.into} (adjacent {joined} merged into one span)"
        for label, for_type in self.neutral.items():
            out[label] = out.get(label, "-") + f"; alone: neutral for {for_type}"
        return out


_ADDRESS_GAP = re.compile(r"[\s,]{0,8}")
SYNTH_EN = LabelSpec(
    direct={"PERSON": "PERSON", "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE",
            "IBAN_CODE": "IBAN", "CREDIT_CARD": "CREDIT_CARD", "IP_ADDRESS": "IP_ADDRESS"},
    chains=(Chain("POSTAL_ADDRESS", frozenset({"STREET_ADDRESS"}),
                  frozenset({"STREET_ADDRESS", "ZIP_CODE", "GPE"}), _ADDRESS_GAP),),
    neutral={"ZIP_CODE": "POSTAL_ADDRESS", "GPE": "POSTAL_ADDRESS"})
EDS_FR = LabelSpec(
    direct={"TEL": "PHONE", "MAIL": "EMAIL", "SECU": "FR_NIR"},
    chains=(Chain("PERSON", frozenset({"NOM", "PRENOM"}), frozenset({"NOM", "PRENOM"}),
                  re.compile(r"[ \t]{1,3}|, ?")),
            Chain("POSTAL_ADDRESS", frozenset({"ADRESSE"}),
                  frozenset({"ADRESSE", "ZIP", "VILLE"}), _ADDRESS_GAP)),
    neutral={"ZIP": "POSTAL_ADDRESS", "VILLE": "POSTAL_ADDRESS", "HOPITAL": "PERSON"})
EVAL_FILES = {"presidio_research_synth_v2_en": SYNTH_EN, "eds_pseudo_templates_fr": EDS_FR}


def corpus_dataset(n: int, seed: int) -> Dataset:
    """The generated B2B corpus (bench/_pii_corpus.py): its types are already ours."""
    samples = []
    for row in generate(n, seed):
        entities = cast(list[dict[str, Any]], row["entities"])
        samples.append(Sample(str(row["text"]), str(row["lang"]),
                              tuple((e["start"], e["end"], e["type"]) for e in entities)))
    return Dataset(f"corpus (generate({n}, seed={seed}))", "bench/_pii_corpus.py",
                   {"*": "same names as Clairbot"}, samples)


def convert(entities: Iterable[dict[str, Any]], text: str, spec: LabelSpec
            ) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Gold and neutral spans of one row under `spec` (unmapped labels are dropped)."""
    ordered = sorted(entities, key=lambda e: (e["start"], e["end"]))
    gold: list[Span] = []
    neutral: list[Span] = []
    used: set[int] = set()
    for chain in spec.chains:
        i = 0
        while i < len(ordered):
            if ordered[i]["type"] not in chain.parts or i in used:
                i += 1
                continue
            j = i
            while (j + 1 < len(ordered) and ordered[j + 1]["type"] in chain.parts
                   and j + 1 not in used
                   and chain.gap.fullmatch(text[ordered[j]["end"]:ordered[j + 1]["start"]])):
                j += 1
            members = ordered[i:j + 1]
            if any(m["type"] in chain.anchors for m in members):
                gold.append((members[0]["start"], members[-1]["end"], chain.into))
                used.update(range(i, j + 1))
            i = j + 1
    for index, entity in enumerate(ordered):
        if index in used:
            continue
        label = entity["type"]
        if label in spec.direct:
            gold.append((entity["start"], entity["end"], spec.direct[label]))
        elif label in spec.neutral:
            neutral.append((entity["start"], entity["end"], spec.neutral[label]))
    return tuple(sorted(gold)), tuple(sorted(neutral))


def eval_dataset(path: Path, spec: LabelSpec, limit: int | None = None) -> Dataset:
    """A public evaluation file (schema of shared/eval/pii/README.md), labels mapped."""
    samples: list[Sample] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            row = json.loads(line)
            gold, neutral = convert(row["entities"], row["text"], spec)
            samples.append(Sample(row["text"], row["lang"], gold, neutral))
            if limit is not None and len(samples) >= limit:
                break
    return Dataset(path.stem, f"shared/eval/pii/{path.name}", spec.describe(), samples)


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Counts:
    """Tallies for one type and one system."""

    gold: int = 0
    predicted: int = 0
    neutral_only: int = 0
    tp_predicted: int = 0
    tp_gold: int = 0
    exact: int = 0

    def figures(self) -> dict[str, float | int]:
        """Precision, recall, F1 (overlap and exact) with the counts they come from."""
        scored = self.predicted - self.neutral_only
        p, r = _ratio(self.tp_predicted, scored), _ratio(self.tp_gold, self.gold)
        pe, re_ = _ratio(self.exact, scored), _ratio(self.exact, self.gold)
        return {"gold": self.gold, "predicted": self.predicted,
                "neutral_only": self.neutral_only, "tp_predicted": self.tp_predicted,
                "tp_gold": self.tp_gold, "precision": round(p, 4), "recall": round(r, 4),
                "f1": round(_f1(p, r), 4), "exact_precision": round(pe, 4),
                "exact_recall": round(re_, 4), "exact_f1": round(_f1(pe, re_), 4)}


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scored:
    """Counts per type and a few misses (false negatives and false positives) per type."""

    counts: dict[str, Counts]
    misses: dict[str, dict[str, list[str]]]

    def micro(self, types: Sequence[str]) -> dict[str, float | int]:
        """Micro-averaged figures over `types`."""
        total = Counts()
        for t in types:
            c = self.counts[t]
            total.gold += c.gold
            total.predicted += c.predicted
            total.neutral_only += c.neutral_only
            total.tp_predicted += c.tp_predicted
            total.tp_gold += c.tp_gold
            total.exact += c.exact
        return total.figures()


def score(samples: Sequence[Sample], predictions: Sequence[Sequence[Span]],
          types: Sequence[str], examples: int = 5) -> Scored:
    """Score `predictions` (one list of spans per sample) for `types` under the overlap rule."""
    counts = {t: Counts() for t in types}
    misses: dict[str, dict[str, list[str]]] = {t: {"missed": [], "spurious": []} for t in types}
    for sample, predicted in zip(samples, predictions, strict=True):
        for t in types:
            gold = [g for g in sample.gold if g[2] == t]
            pred = [p for p in predicted if p[2] == t]
            c = counts[t]
            c.gold += len(gold)
            c.predicted += len(pred)
            c.exact += len(set(gold) & set(pred))
            for p in pred:
                if any(_overlap(p, g) for g in gold):
                    c.tp_predicted += 1
                elif any(_overlap(p, n) for n in sample.neutral if n[2] == t):
                    c.neutral_only += 1
                elif len(misses[t]["spurious"]) < examples:
                    misses[t]["spurious"].append(snippet(sample.text, p))
            for g in gold:
                if any(_overlap(p, g) for p in pred):
                    c.tp_gold += 1
                elif len(misses[t]["missed"]) < examples:
                    misses[t]["missed"].append(snippet(sample.text, g))
    return Scored(counts, misses)


def snippet(text: str, span: Span, width: int = 40) -> str:
    """The span in brackets with some context, on one line."""
    start, end, _ = span
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


def found_only_by(samples: Sequence[Sample], missing: Sequence[Sequence[Span]],
                  finding: Sequence[Sequence[Span]], t: str, examples: int = 5) -> list[str]:
    """Gold spans of type `t` that `finding` recalls and `missing` does not (snippets)."""
    out: list[str] = []
    for sample, a, b in zip(samples, missing, finding, strict=True):
        for g in sample.gold:
            if (g[2] == t and not any(p[2] == t and _overlap(p, g) for p in a)
                    and any(p[2] == t and _overlap(p, g) for p in b)):
                out.append(snippet(sample.text, g))
                if len(out) >= examples:
                    return out
    return out
