"""French / English detection for one visitor message, from function words and spelling cues.

Visitor messages are short ("merci", "agent svp", "where is my order?"), which defeats
character n-gram models; what tells French from English in a few words are the small words
("le", "est", "pour", "je" against "the", "is", "my", "you"), accents (é, à, ç...) and the
apostrophes of each language ("l'", "qu'", "c'est" against "it's", "don't", "I'm"). Each cue
is one point; the language with more points wins, and a tie (often 0-0: "ok", "SIRET 12345")
keeps the conversation's current language, given as `default`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clairbot.text import fold, words

__all__ = ["detect_language"]

# Words frequent in one language and rare as a word of the other. Words that are common in
# both ("a", "on", "me", "son", "plus", "ok", "client", "service") are left out on purpose.
_FRENCH = frozenset("""
le la les un une des du de et est sont je tu il elle nous vous ils elles ce cet cette ces mon
ma mes ton ta tes sa ses notre votre vos leur leurs pour par avec sans sur dans chez pas ne
que qui quoi quel quelle quels quelles comment pourquoi ou quand oui non merci bonjour bonsoir
salut au aux suis sommes etes avez avons ont ai peux peut pouvez veux voudrais voulez
souhaite faire fait ete etre avoir tres mais donc car aussi encore deja ici svp stp
revoir bonne journee soiree facture commande livraison devis y se tout toute tous toutes bien
bon mieux rien chose autre dis dit va vais allez pourrait parler voir matin soir nuit aujourd
demain toujours jamais beaucoup peu trop moi toi lui eux ca cela faut sais fais besoin
probleme compte mot passe prix combien quoi vite aide aider
""".split())
_ENGLISH = frozenset("""
the is are was were be been am i you he she it we they my your his her its our their this
that these those to of in for with without at by from not no yes do does did can could would
should will what which who how why when where please thanks thank hello hi hey have has had
get need want there if or and an any some just than then about bye goodbye invoice order
delivery quote shipping good day say make something thing tell give know happy stop being let
lets all so like go going morning evening night today really very much many new another other
up out here now every everything nothing anything help account password price time talk
speak someone human would should
""".split())
_FRENCH_LETTERS = frozenset("éèêëàâîïôûùüçœæ")
_FRENCH_ELISION = re.compile(r"\b(?:l|d|j|qu|c|n|s|m|t|jusqu|lorsqu|puisqu)'[a-z]")
_ENGLISH_CONTRACTION = re.compile(r"[a-z](?:'s|n't|'m|'re|'ll|'ve|'d)\b")


def _scores(text: str) -> tuple[int, int]:
    folded = fold(text)
    tokens = words(text)
    french = sum(token in _FRENCH for token in tokens)
    english = sum(token in _ENGLISH for token in tokens)
    french += sum(1 for word in text.lower().split() if not _FRENCH_LETTERS.isdisjoint(word))
    french += len(_FRENCH_ELISION.findall(folded))
    english += len(_ENGLISH_CONTRACTION.findall(folded))
    return french, english


def detect_language(text: str, *, default: str, supported: Sequence[str] = ("fr", "en")) -> str:
    """Return "fr" or "en" for `text`, or `default` when the evidence is missing or tied.

    Only a language of `supported` is ever returned: when the winner is not supported the
    default is kept, and a default that is itself unsupported falls back to `supported[0]`.
    """
    fallback = default if default in supported or not supported else supported[0]
    french, english = _scores(text)
    if french > english and "fr" in supported:
        return "fr"
    if english > french and "en" in supported:
        return "en"
    return fallback
