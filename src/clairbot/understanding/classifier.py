"""A small linear model shipped in the package: the classes, each with its weights over the
hashed features of `features.featurize`, its bias, and the threshold above which it is said.

Trained offline by `training/understanding/build.py`, which also chooses each threshold on a
validation split (recall first where an invariant is at stake) and records how the model did
there. Only the buckets seen in training carry a weight, stored sparse in a NumPy archive:
a model is a few MB and loads in milliseconds, and reading a message is a few dozen
multiplications per class.

A model may carry a `Stack`: a second reading for the messages its n-grams are unsure of,
over their scores and the message's sentence embedding (`embedding`), which knows
paraphrases no training line used, read by a small network (one hidden layer, five trained
networks side by side, their log-odds averaged: under a million multiplications, about a
tenth of a millisecond). Below the stack's gate (the
n-grams' highest probability under what 99 % of the positive training lines reach, out of
fold) nothing is said and the embedding is not computed: most customer questions cost the
n-grams alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from clairbot.understanding.features import BUCKETS, VERSION, featurize

MODELS = Path(__file__).parent / "models"
LOGIT_CLIP = 20.0
"""The n-grams' log-odds as the stack reads them, clipped (training reads the same)."""


def sigmoid(totals: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-totals)))


@cache
def _one_blas_thread() -> None:
    """Hold the process's BLAS to one thread, once, when a stack first reads. A row against
    five networks' 1,280 hidden units is just large enough for OpenBLAS to wake a second
    thread, which then spins through the regexes that follow: the understanding layer's mean
    CPU a message went from 1.8 to 2.8 ms so (issue 13). A server runs turns side by side in
    its workers, and the encoder holds itself to one thread already (`embedding`)."""
    threadpool_limits(limits=1, user_api="blas")


@dataclass(frozen=True)
class Stack:
    """The second reading, said above its own thresholds for messages whose n-gram
    probability reaches `gate` in some class: over the n-grams' clipped log-odds (one per
    class) followed by the sentence embedding, standardised (`center`, `scale`), a hidden
    layer of rectified units when there is one (`hidden`: weights, bias), then a logistic
    output per class (`weights`, `bias`)."""

    gate: float
    weights: np.ndarray  # (inputs, classes): inputs are the hidden units, else the features
    bias: np.ndarray
    thresholds: dict[str, float]
    hidden: tuple[np.ndarray, np.ndarray] | None = None  # (features, units), (units,)
    center: np.ndarray | None = None
    scale: np.ndarray | None = None
    # Lower thresholds for the classes whose answer costs nothing given in excess (the bot's
    # disclosure): what they find is said "in doubt" (`LinearModel.doubted_all`).
    doubt: dict[str, float] | None = None

    def scores(self, totals: np.ndarray, raws: list[str]) -> np.ndarray:
        """The stack's probabilities, a row per text: `totals` the n-grams' log-odds (a row
        each), `raws` the words its embedding reads, encoded in one batch."""
        # 160 MB of encoder, loaded when a stack first reads (or by `warm`).
        from clairbot.understanding.embedding import embed_recent
        features = np.hstack([np.clip(totals, -LOGIT_CLIP, LOGIT_CLIP), embed_recent(raws)])
        return self.read(features)

    def read(self, features: np.ndarray) -> np.ndarray:
        """The probabilities of feature rows (as `scores` builds them, and training too)."""
        # In single precision, as the weights are held (`load`): a row against five networks'
        # 1,280 hidden units costs 0.04 ms so, 0.09 in double precision.
        _one_blas_thread()
        features = np.asarray(features, dtype=np.float32)
        if self.center is not None and self.scale is not None:
            features = (features - self.center) / self.scale
        if self.hidden is not None:
            features = np.maximum(features @ self.hidden[0] + self.hidden[1], 0.0)
        return sigmoid(self.bias + features @ self.weights).astype(np.float64)


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
    stack: Stack | None = None

    def totals(self, text: str) -> np.ndarray:
        """The n-grams' log-odds of each class for `text`."""
        return self.totals_of(featurize(text))

    @cached_property
    def _row_of(self) -> np.ndarray:
        """The row of `weights` of each hashing bucket, -1 for those training never saw: one
        array read per feature (2 MB a model). A binary search in the sorted buckets cost
        0.25 ms a message, each of its 19 steps a cache miss in 4 MB of keys (issue 13)."""
        table = np.full(BUCKETS, -1, dtype=np.int32)
        if self.rows:
            table[np.fromiter(self.rows, dtype=np.int64, count=len(self.rows))] = np.fromiter(
                self.rows.values(), dtype=np.int32, count=len(self.rows))
        return table

    def totals_of(self, features: dict[int, float]) -> np.ndarray:
        """The log-odds of each class for hashed `features` ({bucket: value})."""
        totals = np.asarray(self.bias, dtype=np.float64)
        if not features:
            return totals
        # One vectorised lookup of every feature (a Python loop of dict reads cost 0.2 ms a
        # message); the features keep their order, so the sum is the same to the last bit.
        rows = self._row_of[np.fromiter(features, dtype=np.int64, count=len(features))]
        known = rows >= 0
        if known.any():
            values = np.fromiter(features.values(), dtype=np.float64, count=len(features))
            totals = totals + values[known] @ self.weights[rows[known]]
        return totals

    def scores(self, text: str) -> dict[str, float]:
        """Each class's n-gram probability for `text` (0..1, independent of the others)."""
        return dict(zip(self.classes, map(float, sigmoid(self.totals(text))), strict=True))

    def said(self, text: str, *, raw: str | None = None) -> dict[str, float]:
        """The classes said of `text` (the n-grams read it; the stack's embedding reads `raw`,
        the visitor's words, when given), with their probability."""
        return self.said_all([text], [text if raw is None else raw])[0]

    def said_all(self, texts: list[str], raws: list[str] | None = None
                 ) -> list[dict[str, float]]:
        """`said` of each text (`raws`: what the stack reads of each, else the texts), the
        embeddings of those past the gate computed together."""
        return [said for said, _ in self.doubted_all(texts, raws)]

    def doubted_all(self, texts: list[str], raws: list[str] | None = None
                    ) -> list[tuple[dict[str, float], dict[str, float]]]:
        """Of each text, the classes `said` and, apart, those only in doubt: under their
        threshold but above the stack's lower one for them (`Stack.doubt`; none without)."""
        totals = np.array([self.totals(text) for text in texts]).reshape(
            len(texts), len(self.classes))
        doubt: dict[str, float] = {}
        if self.stack is None:
            probabilities, thresholds = sigmoid(totals), self.thresholds
        else:
            probabilities, thresholds = np.zeros_like(totals), self.stack.thresholds
            doubt = self.stack.doubt or {}
            read = np.flatnonzero(sigmoid(totals.max(axis=1, initial=-np.inf))
                                  >= self.stack.gate)
            if read.size:
                words = raws if raws is not None else texts
                probabilities[read] = self.stack.scores(totals[read],
                                                        [words[index] for index in read])
        readings = []
        for row in probabilities:
            scored = dict(zip(self.classes, map(float, row), strict=True))
            readings.append(({name: p for name, p in scored.items() if p >= thresholds[name]},
                             {name: p for name, p in scored.items() if p < thresholds[name]
                              and name in doubt and p >= doubt[name]}))
        return readings


def save(model: LinearModel, folder: Path = MODELS) -> None:
    """Write `model` as `<name>.npz` (weights) and `<name>.json` (everything else)."""
    folder.mkdir(parents=True, exist_ok=True)
    buckets = np.array(sorted(model.rows, key=model.rows.__getitem__), dtype=np.int32)
    stack = model.stack
    arrays: dict[str, np.ndarray] = {} if stack is None else {
        "stack_weights": stack.weights.astype(np.float32),
        "stack_bias": stack.bias.astype(np.float64)}
    if stack is not None and stack.hidden is not None:
        # Half precision here too: five networks' hidden weights in a third of the room, no
        # decision changed on 13,000 training lines (the largest change 7e-5, issue 13).
        arrays |= {"stack_hidden_weights": stack.hidden[0].astype(np.float16),
                   "stack_hidden_bias": stack.hidden[1].astype(np.float32)}
    if stack is not None and stack.center is not None and stack.scale is not None:
        arrays |= {"stack_center": stack.center.astype(np.float32),
                   "stack_scale": stack.scale.astype(np.float32)}
    # Half precision halves the package's share; it changes no decision on the training
    # lines (checked when it was introduced).
    arrays |= {"buckets": buckets, "weights": model.weights.astype(np.float16)}
    np.savez_compressed(folder / f"{model.name}.npz", **arrays)  # type: ignore[arg-type]
    meta = dict(model.meta)
    if stack is not None:
        meta["stack"] = {"gate": stack.gate, "thresholds": stack.thresholds,
                         **({"doubt": stack.doubt} if stack.doubt else {}),
                         **meta.get("stack", {})}
    (folder / f"{model.name}.json").write_text(json.dumps({
        "classes": list(model.classes), "thresholds": model.thresholds,
        "bias": list(model.bias), **meta}, indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8")


def _feature_versions() -> dict[str, int]:
    """The version of each feature function a model may read (`meta["features"]`): the
    message's n-grams, or the words of a name (`_names_features`)."""
    from clairbot.understanding import _names_features
    return {"text": VERSION, "name_words": _names_features.VERSION}


@cache
def load(name: str, folder: Path = MODELS) -> LinearModel:
    """The shipped model `name` (read once per process)."""
    meta = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    expected = _feature_versions()[meta.get("features", "text")]
    if meta.get("features_version") != expected:
        # Weights learned over other features would read noise: rebuild (`make models`).
        raise RuntimeError(f"model {name!r} was trained on features version "
                           f"{meta.get('features_version')}, this code computes {expected}")
    with np.load(folder / f"{name}.npz", allow_pickle=False) as archive:
        buckets, weights = archive["buckets"], archive["weights"].astype(np.float32)
        stack = None
        if "stack" in meta:
            from clairbot.understanding.embedding import ENCODER
            if meta["stack"].get("encoder") != ENCODER:
                # Weights learned over another encoder's space would read noise: rebuild.
                raise RuntimeError(f"model {name!r} was stacked on "
                                   f"{meta['stack'].get('encoder')}, this code has {ENCODER}")
            optional = {key: archive[f"stack_{key}"].astype(np.float32)
                        for key in ("hidden_weights", "hidden_bias", "center", "scale")
                        if f"stack_{key}" in archive.files}
            hidden = (optional["hidden_weights"], optional["hidden_bias"]) \
                if "hidden_weights" in optional else None
            stack = Stack(gate=float(meta["stack"]["gate"]),
                          weights=archive["stack_weights"].astype(np.float32),
                          bias=archive["stack_bias"].astype(np.float32),
                          thresholds=dict(meta["stack"]["thresholds"]), hidden=hidden,
                          center=optional.get("center"), scale=optional.get("scale"),
                          doubt=dict(meta["stack"]["doubt"]) if "doubt" in meta["stack"]
                          else None)
    classes = tuple(meta.pop("classes"))
    return LinearModel(name=name, classes=classes, thresholds=dict(meta.pop("thresholds")),
                       bias=tuple(meta.pop("bias")),
                       rows={int(bucket): row for row, bucket in enumerate(buckets)},
                       weights=weights, meta=meta, stack=stack)


def warm() -> None:
    """Load every shipped model, and the sentence encoder if a model stacks on it: a server
    does it before it says it is ready, so that no visitor's turn waits a second for it."""
    for path in sorted(MODELS.glob("*.json")):
        if load(path.stem).stack is not None:
            from clairbot.understanding.embedding import warm as warm_encoder
            warm_encoder()
