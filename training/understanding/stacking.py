"""The stack of a model: its second reading, for the messages its n-grams are unsure of
(`clairbot.understanding.classifier.Stack`).

Fitted on the hand-written lines only, over what the stack will read at run time: the
n-grams' log-odds of each class (their out-of-fold ones here, as for any stacked model, so
that it learns how far to trust n-grams on lines they never saw) and the sentence embedding
of the line as written (`clairbot.understanding.embedding`). The gate is the n-grams'
highest probability that 97 % of the positive lines reach out of fold: below it nothing is
said and no embedding is computed. Thresholds are then chosen on the gated out-of-fold
scores within the model's own budgets, so the gate's cost in recall is counted.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from fitting import Judged, out_of_fold, regression
from joblib import Parallel, delayed

from clairbot.understanding.classifier import LOGIT_CLIP, Stack
from clairbot.understanding.embedding import ENCODER, embed

GATE_RECALL = 0.97
# 515 dense features rather than half a million sparse ones: less room to overfit, a
# smaller C.
STACK_GRID = (0.25, 1.0, 4.0, 16.0)


def stack_features(ngram_probabilities: np.ndarray, embeddings: np.ndarray) -> np.ndarray:
    """The stack's input rows: the clipped log-odds of the n-gram probabilities, then the
    embedding (as `Stack.scores` builds them from the n-grams' totals)."""
    p = np.clip(ngram_probabilities, 1e-12, 1 - 1e-12)
    logits = np.clip(np.log(p / (1 - p)), -LOGIT_CLIP, LOGIT_CLIP)
    return np.hstack([logits, embeddings.astype(np.float64)])


def fit_stack(name: str, judged: Judged, fold_of: np.ndarray,
              ngram_scores: np.ndarray) -> tuple[Stack, dict[str, Any]]:
    """The stack over the out-of-fold `ngram_scores` of `judged`'s lines, and its figures."""
    held = fold_of >= 0
    texts = [item["text"] for item, kept in zip(judged.items, held, strict=True) if kept]
    print(f"{name:28} embedding {len(texts)} lines with {ENCODER}", flush=True)
    x = stack_features(ngram_scores[held], embed(texts))
    labels, folds = judged.labels[held], fold_of[held]
    # Fitted on every hand-written line (fitting on the gated ones only was tried: no better
    # out of fold, worse on requests for a person).
    fitted = Parallel(n_jobs=2)(delayed(out_of_fold)(x, labels[:, index], folds, STACK_GRID)
                                for index in range(len(judged.classes)))
    scores = np.column_stack([column for column, _ in fitted])
    cs = [c for _, c in fitted]
    top = ngram_scores[held].max(axis=1)
    gate = float(np.quantile(top[labels.any(axis=1)], 1 - GATE_RECALL, method="lower"))
    scores[top < gate] = 0.0  # not read: the n-grams said too little
    thresholds, figures = judged.report(name, scores, held, cs)
    negatives = judged.negatives[held]
    figures["gate"] = {"ngram_probability": round(gate, 6),
                       "negatives_read": round(float((top[negatives] >= gate).mean()), 4)}
    if judged.plain is not None:
        figures["gate"]["ordinary_read"] = round(float(
            (top[judged.plain[held]] >= gate).mean()), 4)
    print(f"{name:28} gate {gate:.4f}: {figures['gate']}", flush=True)
    models = Parallel(n_jobs=2)(delayed(regression(cs[index]).fit)(x, labels[:, index])
                                for index in range(len(judged.classes)))
    weights = np.column_stack([model.coef_[0] for model in models])
    bias = np.array([float(model.intercept_[0]) for model in models])
    return (Stack(gate=round(gate, 6), weights=weights, bias=bias, thresholds=thresholds),
            {"encoder": ENCODER, "gate_recall": GATE_RECALL, "out_of_fold": figures})
