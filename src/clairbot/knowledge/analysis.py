"""Text analysis for retrieval: turn a French or English text into index terms.

The pipeline is the same for passages and for questions, so that they meet on the same terms:
`clairbot.text.words` (lower case, accents folded, elisions split off), then stopwords and
elisions dropped, then Snowball stemming (PyStemmer). Stemming runs on folded words on purpose:
visitors often type without accents ("facture" for "facturé") and both sides must agree.

Each word is analysed once and cached, so analysing a question costs a few dictionary lookups.
"""

from __future__ import annotations

import threading
from functools import cache

import Stemmer

from clairbot.errors import InvalidInput
from clairbot.knowledge import _stopwords
from clairbot.text import words

SUPPORTED_LANGUAGES: tuple[str, ...] = ("fr", "en")
"""Languages with an analyzer; passages and questions must be in one of them."""

_SNOWBALL_NAMES = {"fr": "french", "en": "english"}
_STOPWORDS = {"fr": _stopwords.FRENCH, "en": _stopwords.ENGLISH}
_RECEVOIR = (
    "recevoir recois recoit recevons recevez recoivent recu recue recus recues recevrai "
    "recevras recevra recevrons recevrez recevront recevrais recevrait recevriez recevais "
    "recevait recevant"
)
_EXCEPTIONS: dict[str, dict[str, str]] = {
    # Snowball merges these with "custom" (custom printing, custom sizes), a different subject.
    "en": {"customer": "customer", "customers": "customer"},
    # An irregular verb visitors use all the time ("je n'ai pas reçu", "recevoir un devis")
    # that Snowball leaves in six different stems.
    "fr": {form: "recev" for form in _RECEVOIR.split()},
}
_CACHE_LIMIT = 200_000
"""Words cached per analyzer; the cache is emptied when full so that odd input cannot grow it."""


class Analyzer:
    """Turns text of one language into index terms (folded, without stopwords, stemmed)."""

    def __init__(self, lang: str) -> None:
        if lang not in _SNOWBALL_NAMES:
            raise InvalidInput(
                f"unsupported language {lang!r}; expected one of {', '.join(SUPPORTED_LANGUAGES)}",
                code="knowledge.unsupported_language",
            )
        self.lang = lang
        self._stopwords = _STOPWORDS[lang] | _stopwords.ELISIONS
        self._exceptions = _EXCEPTIONS[lang]
        # Snowball stemmers are not thread-safe; the lock is only taken on cache misses.
        self._stemmer = Stemmer.Stemmer(_SNOWBALL_NAMES[lang])
        self._lock = threading.Lock()
        self._cache: dict[str, str] = {}

    def terms(self, text: str) -> list[str]:
        """Return the index terms of `text`, in order, repeated words repeated."""
        cache = self._cache
        out: list[str] = []
        for word in words(text):
            term = cache.get(word)
            if term is None:
                term = self._analyze_word(word)
            if term:
                out.append(term)
        return out

    def _analyze_word(self, word: str) -> str:
        if word in self._stopwords or (len(word) == 1 and not word.isdigit()):
            term = ""
        elif word.isdigit():
            term = word
        elif word in self._exceptions:
            term = self._exceptions[word]
        else:
            with self._lock:
                term = self._stemmer.stemWord(self._prepare(word))
            term = self._after_stem(term)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = term
        return term

    def _prepare(self, word: str) -> str:
        # Folding turns the feminine participle "-ée(s)" into "-ee(s)", which the French
        # stemmer no longer recognises ("endommagée" would not meet "endommagé").
        if self.lang == "fr" and len(word) > 4:
            if word.endswith("ees"):
                return word[:-2]
            if word.endswith("ee"):
                return word[:-1]
        return word

    def _after_stem(self, term: str) -> str:
        # English Snowball leaves "delivery" as "deliveri" but "deliver" as "deliv" (same for
        # recover/recovery, discover/discovery); bring the "-ery" noun back to its verb.
        if self.lang == "en" and term.endswith("eri") and len(term) >= 7:
            return term[:-3]
        # French verbs in "-oyer" keep "y" before some endings only: envoyé/envoi, employé/emploi.
        if self.lang == "fr" and term.endswith("oy"):
            return term[:-2] + "oi"
        return term


@cache
def analyzer(lang: str) -> Analyzer:
    """Return the shared analyzer of `lang` (``"fr"`` or ``"en"``); raise `InvalidInput` else."""
    return Analyzer(lang)


def analyze(text: str, lang: str) -> list[str]:
    """Return the index terms of `text` read as language `lang`."""
    return analyzer(lang).terms(text)
