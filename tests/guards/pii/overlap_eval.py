"""Evaluation helpers shared by the detector tests: public rows, overlap scoring."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from clairbot.findings import Detector

EVAL = Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "pii"
Span = tuple[int, int]
Row = dict[str, object]


def eval_rows(name: str) -> list[Row]:
    """The rows of one file of ../shared/eval/pii, or skip when it is absent."""
    path = EVAL / name
    if not path.is_file():
        pytest.skip(f"evaluation data not found at {path} (shared/eval/pii is not in the repo)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def overlap_scores(detector: Detector, rows: list[Row], lang: str,
                   gold: Callable[[Row], list[Span]]) -> tuple[float, float, float]:
    """Precision, recall and F1 where a prediction counts if it overlaps a gold span."""
    correct = predicted = found = total = 0
    for row in rows:
        text = row["text"]
        assert isinstance(text, str)
        spans = gold(row)
        preds = [(f.start, f.end) for f in detector.detect(text, lang)]
        predicted += len(preds)
        total += len(spans)
        correct += sum(any(p[0] < g[1] and g[0] < p[1] for g in spans) for p in preds)
        found += sum(any(p[0] < g[1] and g[0] < p[1] for p in preds) for g in spans)
    precision = correct / predicted if predicted else 0.0
    recall = found / total if total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
