"""How sure we are that the best passage answers the question, as a number in 0..1.

BM25 scores rank passages but say nothing absolute: the best passage for "tell me a joke" still
has a score when one word matches. Confidence asks another question: how much of what the
visitor said does the best passage speak about? It is the idf-weighted share of the question's
terms that the best passage contains (its coverage of the question):

* a rare term weighs more than a common one ("Belgique" matters more than "livraison");
* a term that no passage contains weighs `UNKNOWN_WEIGHT` times the idf of an unseen term,
  more than any known term: it names something the base never mentions ("weather", "Pérou"),
  so one shared common word cannot make such a question look answered.

The score margin between the best and the second passage is deliberately left out: on the
demo base, questions that several related passages answer well ("délai de paiement" near
"retard de paiement") have small margins, and weighting the margin narrowed the gap between
answerable and unanswerable questions instead of widening it.
"""

from __future__ import annotations

from collections.abc import Sequence

from clairbot.knowledge._bm25 import Bm25

UNKNOWN_WEIGHT = 1.5
"""Extra weight of question terms found in no passage, relative to an unseen term's idf."""


def confidence(terms: Sequence[str], best: int, bm25: Bm25) -> float:
    """Return the confidence that document `best` answers a question made of `terms`.

    `terms` are the distinct terms of the question and `bm25` the index `best` comes from.
    """
    if not terms:
        return 0.0
    total = covered = 0.0
    for term in terms:
        weight = bm25.idf(term)
        if bm25.contains(best, term):
            covered += weight
        elif not bm25.knows(term):
            weight *= UNKNOWN_WEIGHT
        total += weight
    return covered / total if total > 0.0 else 0.0
