"""The features the understanding layer's small models read: hashed words, word pairs and
triples, and the character n-grams (2 to 5) of each word with its edges, from the folded text
(lower case, no accents).

Character n-grams carry what visitors do to words (typos, SMS spellings, missing accents);
words and pairs carry the phrasing. Hashing (CRC-32, stable across processes and platforms)
keeps a model to a fixed number of buckets, so nothing but its weights is shipped, and the
same function builds the training matrix (`training/understanding/build.py`) and reads a
visitor's message: what was learned is what is looked up. Each word's buckets are kept once
computed (words repeat from message to message), so a message costs its new words only.
"""

from __future__ import annotations

import math
import zlib
from functools import lru_cache

from clairbot.text import words

VERSION = 2
"""Bumped whenever `featurize` changes: a model records the version it was trained on and
is refused on any other (`classifier.load`)."""

BUCKETS = 1 << 19
"""Hashing space: 524,288 buckets, few collisions for the n-grams of tens of thousands of
messages (only the buckets seen in training are shipped)."""


def bucket(feature: str) -> int:
    """The hashing bucket of one feature string (CRC-32: the same in every process)."""
    return zlib.crc32(feature.encode()) % BUCKETS


@lru_cache(maxsize=1 << 16)
def _word_buckets(word: str) -> tuple[int, tuple[int, ...]]:
    """A word's own bucket and those of its character n-grams (2 to 5, edges included), in
    the order `featurize` counts them."""
    padded = f" {word} "
    return bucket("w:" + word), tuple(
        bucket("c:" + padded[start:start + size])
        for size in (2, 3, 4, 5) for start in range(len(padded) - size + 1))


def featurize(text: str) -> dict[int, float]:
    """`text` as hashed feature counts, {bucket: weight}: the word block (words, pairs,
    triples) and the character block each L2-normalised, so that the many character n-grams
    of a message do not drown its few words."""
    tokens = words(text)
    phrasing: dict[int, float] = {}
    spelling: dict[int, float] = {}

    def add(counts: dict[int, float], feature: str) -> None:
        index = bucket(feature)
        counts[index] = counts.get(index, 0.0) + 1.0

    for index, word in enumerate(tokens):
        own, grams = _word_buckets(word)
        phrasing[own] = phrasing.get(own, 0.0) + 1.0
        if index:
            add(phrasing, "b:" + tokens[index - 1] + " " + word)
        if index > 1:
            add(phrasing, "t:" + tokens[index - 2] + " " + tokens[index - 1] + " " + word)
        for gram in grams:
            spelling[gram] = spelling.get(gram, 0.0) + 1.0
    if not tokens:
        add(phrasing, "empty")
    features: dict[int, float] = {}
    for counts in (phrasing, spelling):
        norm = math.sqrt(sum(value * value for value in counts.values())) or 1.0
        for index, value in counts.items():
            features[index] = features.get(index, 0.0) + value / norm
    return features
