"""Text normalisation shared by retrieval and intent detection.

Folding is deliberately simple and fast: lower case, accents removed, typographic
apostrophes and dashes unified. Both the knowledge index and the intent router use
the same functions so that a word matches the same way everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
                              "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-",
                              "\u00a0": " ", "\u202f": " "})
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=65536)
def _fold_char_run(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Return `text` lower-cased, with accents stripped and punctuation variants unified."""
    text = text.translate(_APOSTROPHES).lower()
    if text.isascii():
        return text
    # Ligatures that NFKD does not split the way French readers expect.
    text = text.replace("œ", "oe").replace("æ", "ae")
    return _fold_char_run(text)


def words(text: str) -> list[str]:
    """Split folded text into alphanumeric words (elisions such as l', d', qu' split off)."""
    return _WORD.findall(fold(text))

