"""What both readings of a model are fitted with: one-vs-rest logistic regressions scored out
of fold, and the thresholds that keep their out-of-fold false positives within budget."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score

SEED = 20261204
FOLDS = 5
C_GRID = (16.0, 64.0, 256.0)
Features = csr_matrix | np.ndarray


def regression(c: float) -> LogisticRegression:
    return LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=2000,
                              random_state=SEED)


def out_of_fold(x: Features, y: np.ndarray, fold_of: np.ndarray,
                grid: tuple[float, ...] = C_GRID) -> tuple[np.ndarray, float]:
    """Out-of-fold probabilities of the hand-written lines for the C with the best average
    precision, and that C."""
    held = fold_of >= 0
    best: tuple[float, np.ndarray, float] | None = None
    for c in grid:
        scores = np.zeros(len(y))
        for k in range(FOLDS):
            train = fold_of != k
            scores[fold_of == k] = regression(c).fit(x[train], y[train]).predict_proba(
                x[fold_of == k])[:, 1]
        precision = average_precision_score(y[held], scores[held])
        if best is None or precision > best[0]:
            best = (precision, scores, c)
    assert best is not None
    return best[1], best[2]


def threshold(scores: np.ndarray, share: float) -> float:
    """The lowest threshold that at most the share `share` of `scores` (negatives) reach."""
    taken = np.sort(scores)[::-1]
    allowed = int(np.floor(share * len(taken)))
    return float(np.nextafter(taken[allowed], 1.0)) if allowed < len(taken) else 0.0


def joint_thresholds(negatives: np.ndarray, budget: float,
                     ordinary: tuple[np.ndarray, float] | None = None) -> list[float]:
    """Per-class thresholds (columns of `negatives`, their out-of-fold scores) that each take
    the same share of negatives, the largest share whose union stays within `budget` and, if
    given, takes at most its budget of `ordinary` messages (their out-of-fold scores)."""

    def within(share: float) -> bool:
        cuts = [threshold(column, share) for column in negatives.T]
        for scores, allowed in ((negatives, budget), *([ordinary] if ordinary else [])):
            if (scores >= np.array(cuts)).any(axis=1).mean() > allowed:
                return False
        return True

    low, high = 0.0, budget
    for _ in range(40):
        share = (low + high) / 2
        low, high = (share, high) if within(share) else (low, share)
    return [threshold(column, low) for column in negatives.T]


@dataclass(frozen=True)
class Judged:
    """What a model's readings are judged against: its lines and classes, which lines carry
    which labels, which are negatives (and ordinary messages, with their own budget), and the
    false-positive budgets (groups of classes, share of negatives)."""

    items: list[dict[str, Any]]
    classes: tuple[str, ...]
    budgets: list[tuple[tuple[str, ...], float]]
    labels: np.ndarray
    negatives: np.ndarray
    plain: np.ndarray | None
    plain_budget: float
    # A wider budget for classes whose answer costs nothing when given in excess (the bot's
    # disclosure): their own lower thresholds, said "in doubt" (group of classes, share).
    doubt: tuple[tuple[str, ...], float] | None = None

    def report(self, name: str, scores: np.ndarray, rows: np.ndarray, cs: list[float],
               knob: str = "C") -> tuple[dict[str, float], dict[str, Any]]:
        """The thresholds of out-of-fold `scores` (one row per line of `rows`, a mask of the
        items) within the budgets, and the out-of-fold figures they give, printed; `cs` the
        regularisation chosen for each class, named `knob`."""
        labels, negatives = self.labels[rows], self.negatives[rows]
        plain = self.plain[rows] if self.plain is not None else None
        langs = np.array([item["lang"] for item in self.items])[rows]
        thresholds: dict[str, float] = {}
        for group, share in self.budgets:
            columns = [self.classes.index(label) for label in group]
            cuts = joint_thresholds(scores[negatives][:, columns], share,
                                    (scores[plain][:, columns], self.plain_budget)
                                    if plain is not None else None)
            for label, value in zip(group, cuts, strict=True):
                thresholds[label] = round(value, 6)
        said = scores >= np.array([thresholds[label] for label in self.classes])
        figures: dict[str, Any] = {}
        for index, label in enumerate(self.classes):
            figures[label] = {knob: cs[index]}
            for lang in ("fr", "en"):
                positive = (langs == lang) & labels[:, index]
                figures[label][lang] = {
                    "positives": int(positive.sum()),
                    "recall": round(float(said[positive, index].mean()), 4)
                    if positive.any() else None,
                    "false_positive_rate": round(float(
                        said[(langs == lang) & negatives, index].mean()), 4)}
            print(f"{name:28} {label:20} {knob}={cs[index]} threshold "
                  f"{thresholds[label]:.3f} "
                  f"{json.dumps({k: v for k, v in figures[label].items() if k != knob})}",
                  flush=True)
        for lang in ("fr", "en"):
            figures[f"any_false_positive_{lang}"] = round(float(
                said[negatives & (langs == lang)].any(axis=1).mean()), 4)
        if plain is not None:
            figures["ordinary_messages_taken"] = round(float(said[plain].any(axis=1).mean()), 4)
            print(f"{name:28} ordinary messages taken: {figures['ordinary_messages_taken']}")
        if self.doubt is not None:
            figures["doubt"] = self._doubt(scores, labels, negatives, langs)
            print(f"{name:28} in doubt: {json.dumps(figures['doubt'])}", flush=True)
        return thresholds, figures

    def _doubt(self, scores: np.ndarray, labels: np.ndarray, negatives: np.ndarray,
               langs: np.ndarray) -> dict[str, Any]:
        """The `doubt` group's own thresholds within its wider budget, and what they find:
        each language's positives of the group that some class of it says (a question about
        the bot and a role-play get the same answer)."""
        assert self.doubt is not None
        group, share = self.doubt
        columns = [self.classes.index(label) for label in group]
        cuts = joint_thresholds(scores[negatives][:, columns], share)
        said = scores[:, columns] >= np.array(cuts)
        figures: dict[str, Any] = {
            "budget": share, "thresholds": {label: round(value, 6)
                                            for label, value in zip(group, cuts, strict=True)},
            "negatives_taken": round(float(said[negatives].any(axis=1).mean()), 4)}
        for lang in ("fr", "en"):
            positive = (langs == lang) & labels[:, columns].any(axis=1)
            figures[f"recall_{lang}"] = round(float(said[positive].any(axis=1).mean()), 4)
        return figures
