"""A small linear model shipped in the package: the classes, each with its weights over the
hashed features of `features.featurize`, its bias, and the threshold above which it is said.

Trained offline by `training/understanding/build.py`, which also chooses each threshold on a
validation split (recall first where an invariant is at stake) and records how the model did
there. Only the buckets seen in training carry a weight, stored sparse in a NumPy archive:
a model is a few MB and loads in milliseconds, and reading a message is a few dozen
multiplications per class.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from clairbot.understanding.features import VERSION, featurize

MODELS = Path(__file__).parent / "models"


@dataclass(frozen=True)
class LinearModel:
    """Independent per-class logistic scores (one-vs-rest) over hashed features."""

    name: str
    classes: tuple[str, ...]
    thresholds: dict[str, float]
    bias: tuple[float, ...]
    # bucket -> row of `weights`; rows hold one weight per class.
    rows: dict[int, int]
    weights: np.ndarray
    meta: dict[str, Any]

    def scores(self, text: str) -> dict[str, float]:
        """Each class's probability for `text` (0..1, independent of the other classes)."""
        rows, values = [], []
        for bucket, value in featurize(text).items():
            row = self.rows.get(bucket)
            if row is not None:
                rows.append(row)
                values.append(value)
        totals = np.asarray(self.bias, dtype=np.float64)
        if rows:
            totals = totals + np.asarray(values) @ self.weights[rows]
        return {name: 1.0 / (1.0 + math.exp(-float(total)))
                for name, total in zip(self.classes, totals, strict=True)}

    def said(self, text: str) -> dict[str, float]:
        """The classes whose probability reaches their threshold, with that probability."""
        return {name: score for name, score in self.scores(text).items()
                if score >= self.thresholds[name]}


def save(model: LinearModel, folder: Path = MODELS) -> None:
    """Write `model` as `<name>.npz` (weights) and `<name>.json` (everything else)."""
    folder.mkdir(parents=True, exist_ok=True)
    buckets = np.array(sorted(model.rows, key=model.rows.__getitem__), dtype=np.int32)
    np.savez_compressed(folder / f"{model.name}.npz", buckets=buckets,
                        # Half precision halves the package's share; it changes no decision
                        # on the training lines (checked when it was introduced).
                        weights=model.weights.astype(np.float16))
    (folder / f"{model.name}.json").write_text(json.dumps({
        "classes": list(model.classes), "thresholds": model.thresholds,
        "bias": list(model.bias), **model.meta}, indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8")


@cache
def load(name: str, folder: Path = MODELS) -> LinearModel:
    """The shipped model `name` (read once per process)."""
    meta = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    if meta.get("features_version") != VERSION:
        # Weights learned over other features would read noise: rebuild (`make models`).
        raise RuntimeError(f"model {name!r} was trained on features version "
                           f"{meta.get('features_version')}, this code computes {VERSION}")
    with np.load(folder / f"{name}.npz", allow_pickle=False) as archive:
        buckets, weights = archive["buckets"], archive["weights"].astype(np.float32)
    classes = tuple(meta.pop("classes"))
    return LinearModel(name=name, classes=classes, thresholds=dict(meta.pop("thresholds")),
                       bias=tuple(meta.pop("bias")),
                       rows={int(bucket): row for row, bucket in enumerate(buckets)},
                       weights=weights, meta=meta)
