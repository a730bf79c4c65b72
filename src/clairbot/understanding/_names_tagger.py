"""The learned name tagger: a logistic regression over each word's features
(`_names_features`) that says which words are a person's name, where no cue of `names` and no
list knows them ("can u ask Kelechukwu to resend the invoice").

It adds candidates to the rules' (recall first: a name missed is stored in clear) in two ways:
a name of its own, when it is sure of it (`threshold`), and the words beside a name already
found, when it finds them likely (`beside_threshold`). A name of its own must hold a word that
is no common word, and a given name that is also a word or a place ("Bill", "Dallas") stands
alone only if it is a virtue name away from a sentence's start. The rules' filters still
apply (a street, a brand, an assistant, the bot's own name), as do a list of companies and
the capitalised run a word sits in ("The Martin Luther King Jr. Center"). Trained by
`training/understanding/names_tagger.py` on hand-written chat lines; its threshold keeps the
out-of-fold share of name-free lines where it finds a name within budget. About 0.1 ms a
message: only some words are read (`_names_features.candidates`), each a few dozen look-ups.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from clairbot.understanding._names_features import (
    candidates,
    lower_chat,
    token_features,
    words,
)
from clairbot.understanding._names_gazetteer import AMBIGUOUS_FIRST_NAMES
from clairbot.understanding._names_tokens import ASSISTANTS, Token
from clairbot.understanding._names_words import COMMON_WORDS, PARTICLES
from clairbot.understanding.classifier import LinearModel, load

MODEL = "names"
# Given names that are also words, borne by many (West and Central Africa, the Caribbean,
# English and French usage): the tagger may take them alone when their context says so.
VIRTUE_NAMES = frozenset("""
blessing charity chance comfort destiny divine esperance faith favour goodluck grace honor honour
hope innocent joy justice liberty lucky mercy modeste modesty patience precious prosper prudence
trinity victoire
""".split())


@dataclass(frozen=True, slots=True)
class TaggedName:
    """A run of words the tagger reads as one name, with its lowest word probability."""

    start: int
    end: int
    probability: float
    words: tuple[str, ...]  # folded


class NameTagger:
    """Which words of a message are a person's name, by the shipped model."""

    def __init__(self, model: LinearModel) -> None:
        self.threshold = model.thresholds["person"]
        self.beside_threshold = model.thresholds["person_beside_a_name"]
        self.bias = model.bias[0]
        # bucket -> weight, as plain floats: a handful of look-ups per word beat NumPy's
        # per-call overhead on messages of a few words.
        self.weight = {bucket: float(model.weights[row, 0])
                       for bucket, row in model.rows.items()}
        self.lower_words = frozenset(model.meta["lower_words"])

    def probabilities(self, text: str, lang: str) -> list[tuple[Token, float]]:
        """Each word the tagger reads, with its probability of being (part of) a name."""
        tokens = words(text)
        lowered = lower_chat(tokens)
        weight, scored = self.weight, []
        for index in candidates(tokens, self.lower_words):
            total = self.bias + sum(weight.get(bucket, 0.0) for bucket in
                                    token_features(text, tokens, index, lang, lowered,
                                                   self.lower_words))
            scored.append((tokens[index], 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))))
        return scored

    def names(self, text: str, lang: str, threshold: float | None = None,
              scored: list[tuple[Token, float]] | None = None) -> list[TaggedName]:
        """Runs of adjacent words over the threshold (spaces only between them), without the
        particles at their edges ("de" alone is no name); `scored`: the words' probabilities,
        when already read."""
        cut = self.threshold if threshold is None else threshold
        runs: list[list[tuple[Token, float]]] = []
        last: Token | None = None  # the previous word read, taken or not
        for tok, probability in self.probabilities(text, lang) if scored is None else scored:
            particle = tok.folded in PARTICLES
            if probability >= cut or particle:
                # A particle joins the run it follows, whatever its own probability ("Charles
                # de Gaulle"): the edges are trimmed below, so it never stands alone.
                if runs and last is not None and runs[-1][-1][0] is last and _adjacent(
                        text, last, tok):
                    runs[-1].append((tok, probability if probability >= cut else 1.0))
                elif probability >= cut:
                    runs.append([(tok, probability)])
            last = tok
        found = []
        for run in runs:
            while run and run[0][0].folded in PARTICLES:
                run = run[1:]
            while run and run[-1][0].folded in PARTICLES:
                run = run[:-1]
            if run:
                found.append(TaggedName(run[0][0].start, run[-1][0].end,
                                        min(probability for _, probability in run),
                                        tuple(tok.folded for tok, _ in run)))
        return found

    def alone_ok(self, name: TaggedName, *, sentence_start: bool) -> bool:
        """Whether a name the tagger found with no cue and no name beside it may stand: not
        when each of its words is a word ("Artisan Plombier") or an assistant; nor a lone
        given name that is also a word, a place or a brand ("Bill", "Dallas", "Chanel"),
        which the rules take only with a cue, unless it is a virtue name, which people bear
        far more often than brands ("Blessing", "Precious", "Patience"), away from a
        sentence's start ("Hope you are well")."""
        words = [word for word in name.words if word not in PARTICLES]
        if all(word in COMMON_WORDS or word in self.lower_words or word in ASSISTANTS
               for word in words):
            return False
        if len(words) == 1 and words[0] in AMBIGUOUS_FIRST_NAMES:
            return words[0] in VIRTUE_NAMES and not sentence_start
        return True


def touches(text: str, start: int, end: int, spans: list[tuple[int, int]], *,
            beside: bool = True) -> bool:
    """Whether `text[start:end]` overlaps one of `spans` or (`beside`) sits beside it, spaces
    only between them ("Nicolle" beside "Bertrand")."""
    for left, right in spans:
        if start < right and left < end:
            return True
        if not beside:
            continue
        gap = text[right:start] if right <= start else text[end:left]
        if gap.isspace() and "\n" not in gap:
            return True
    return False


def _adjacent(text: str, left: Token, right: Token) -> bool:
    between = text[left.end:right.start]
    return not left.ends_name and (between == "" or between.isspace() and "\n" not in between)


@cache
def tagger() -> NameTagger:
    """The shipped tagger (read once per process)."""
    return NameTagger(load(MODEL))
