"""Text normalisation for the intent rules: folding, tokens, contractions and typo repair.

`normalize` folds the text (`clairbot.text.fold`), splits it into tokens, expands contractions
and elisions ("t'es" -> "tu es", "don't" -> "do not", "wanna" -> "want to"), and repairs typos
of the few words that matter ("somneone", "eprson", "umain") with a one-edit lookup against a
small vocabulary. Sentence punctuation becomes a "." token. The rules of
`clairbot.conversation.intents` only ever see this normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from clairbot.text import fold

__all__ = ["normalize"]

_INITIALS = re.compile(r"\b([ai])\.\s?([ai])\b\.?")  # "I.A.", "A.I."
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*|[.?!;:,()]+")
_ELISION = re.compile(r"(j|t|m|l|d|n|s|c|qu|jusqu|lorsqu|puisqu)'(.+)")
_ELIDED = {"j": "je", "t": "tu", "m": "me", "l": "le", "d": "de", "n": "ne", "s": "se",
           "c": "ce", "qu": "que", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque"}
_EN_SUFFIX = re.compile(r"(.+?)(n't|'re|'m|'ll|'ve|'d|'s)")
_SUFFIXES = {"n't": "not", "'re": "are", "'m": "am", "'ll": "will", "'ve": "have", "'d": "would"}
_IS_AFTER = frozenset("what who it that there here where how he she this".split())

# Whole tokens rewritten before matching: contractions typed without apostrophe, chat
# shorthand and a few spellings that one-edit repair cannot reach (too short to be safe).
_WORDS: dict[str, str] = {
    "im": "i am", "ive": "i have", "youre": "you are", "dont": "do not", "doesnt": "does not",
    "didnt": "did not", "isnt": "is not", "arent": "are not", "wasnt": "was not",
    "cant": "can not", "cannot": "can not", "can't": "can not", "wont": "will not",
    "won't": "will not", "ain't": "is not", "wouldnt": "would not", "couldnt": "could not",
    "whats": "what is", "thats": "that is", "theres": "there is", "wanna": "want to",
    "gonna": "going to", "gotta": "got to", "gimme": "give me", "lemme": "let me",
    "u": "you", "yu": "you", "r": "are", "pls": "please", "plz": "please", "plse": "please",
    "pleas": "please", "thx": "thanks", "thnx": "thanks", "thnks": "thanks", "thanx": "thanks",
    "tks": "thanks", "ty": "thank you", "wth": "with", "wiht": "with", "wirh": "with",
    "whit": "with", "ot": "to", "okay": "ok", "oki": "ok", "okey": "ok", "k": "ok",
    "stp": "svp", "s'il": "si il", "y'a": "y a", "qqn": "quelquun", "qq1": "quelquun",
    "quelqun": "quelquun", "quelqu": "quelquun", "kelkun": "quelquun", "cest": "ce est",
    "jai": "je ai", "chui": "je suis", "jsuis": "je suis", "veu": "veux", "veut": "veux",
    "voudrai": "voudrais", "c": "ce est", "bjr": "bonjour", "slt": "salut", "bsr": "bonsoir",
    "mrc": "merci", "tchat": "chat",
}

# Words whose misspellings are repaired: a missing or extra letter from 5 letters on
# ("somone", "talkk"), a wrong or swapped letter from 6 letters on ("eprson", "ooerator").
_VOCABULARY = frozenset((
    "someone somebody anyone anybody person human agent operator assistant assistance talk "
    "representative advisor customer service support talking speaking speak contact "
    "contacting connect transfer direct forward chatting please thanks thank hello goodbye "
    "robot chatbot computer machine artificial intelligence automated humain humaine personne "
    "quelquun conseiller conseillere operateur interlocuteur representant merci bonjour bonsoir "
    "artificiel artificielle"
).split())
# Real words (English and French) one edit away from a vocabulary word: never "repaired".
_NOT_TYPOS = frozenset((
    "prison persona parson argent contract contrat constat sport spark speck steak sneak spear "
    "taking walking balking stalk cheating commuter compute compter compteur pleased mercy "
    "humane talkie think thing thanked manger aient perron canyon servile serviez advisory "
    "dirent machina directs connects contacts forwards personnel direction"
).split())
# Elongated spellings ("helloooo", "byee", "mercii", "bbot") are looked up without repeats.
_ELONGATED = ("hi hello hey bye bot ok thanks thank merci yes no please robot human coucou "
              "salut bonjour").split()
_ELONGATION = re.compile(r"(.)\1\1|^(.)\2|(.)\3$")
# A short word typed without its space: "tosomebody", "bloodyperson", "udirect",
# "speakwith", "touchwith".
_GLUED = re.compile(r"(to|a|an|the|with|u|my|bloody|damn|fucking)([a-z]{5,})")
_GLUED_AFTER = re.compile(r"(talk|speak|chat|touch|contact|connect|transfer|talking|"
                          r"speaking|chatting)(with|to)")
# Verbs of talking are short, so their typos are repaired only right before "to"/"with"
# ("taok to", "spak with", "chay with"), and never into a real word ("walk to", "what to").
_SHORT_WORDS_NEAR_TALK = frozenset((
    "walk tall tale talc tank task tack balk calk stalk tail peak sneak steak speck spear seal "
    "cat chad chai chan chant chap char chart cheat chit coat hat that what shat phat chav "
    "chats talks speaks"
).split())


def _one_edit(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in letters}
            | {a + c + b for a, b in splits for c in letters})


_TALK_TYPOS = {typo: verb for verb in ("talk", "speak", "chat") for typo in _one_edit(verb)
               if typo not in _SHORT_WORDS_NEAR_TALK and typo != verb}


def _deletes(word: str) -> Iterable[str]:
    return (word[:i] + word[i + 1:] for i in range(len(word)))


def _squeeze(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


def _one_letter_less() -> dict[str, str]:
    index: dict[str, str] = {}
    ambiguous: set[str] = set()
    for word in _VOCABULARY:
        for variant in _deletes(word):
            if index.get(variant, word) != word:
                ambiguous.add(variant)
            index[variant] = word
    return {variant: word for variant, word in index.items()
            if variant not in ambiguous and variant not in _VOCABULARY}


_MISSING_LETTER = _one_letter_less()
_SQUEEZED = {_squeeze(word): word for word in _ELONGATED}


def _repair(token: str) -> str:
    """Return the vocabulary word `token` misspells, or `token` itself."""
    if token in _VOCABULARY or token in _NOT_TYPOS or len(token) < 3 or token.isdigit():
        return token
    if _ELONGATION.search(token) and _squeeze(token) in _SQUEEZED:
        return _SQUEEZED[_squeeze(token)]
    if len(token) < 5:
        return token
    glued = _GLUED.fullmatch(token)
    if glued and glued.group(2) in _VOCABULARY:
        return f"{_canonical(glued.group(1))} {glued.group(2)}"
    glued = _GLUED_AFTER.fullmatch(token)
    if glued:
        return f"{glued.group(1)} {glued.group(2)}"
    if token in _MISSING_LETTER:
        return _MISSING_LETTER[token]
    variants = list(_deletes(token))
    for variant in variants:  # one letter too many
        if variant in _VOCABULARY:
            return variant
    if len(token) >= 6:
        for variant in variants:  # one letter wrong, or two swapped
            if variant in _MISSING_LETTER:
                return _MISSING_LETTER[variant]
    return token


@lru_cache(maxsize=65536)
def _canonical(token: str) -> str:
    """Return the normalised spelling of one folded token (may expand to several words)."""
    if token in _WORDS:
        return _WORDS[token]
    if "'" in token:
        elision = _ELISION.fullmatch(token)
        if elision:
            return f"{_ELIDED[elision.group(1)]} {_canonical(elision.group(2))}"
        suffix = _EN_SUFFIX.fullmatch(token)
        if suffix:
            base, tail = suffix.groups()
            if tail == "'s":
                return f"{base} is" if base in _IS_AFTER else _canonical(base)
            return f"{_canonical(base)} {_SUFFIXES[tail]}"
        return _canonical(token.replace("'", ""))
    return _repair(token)


def normalize(text: str) -> str:
    """Fold, tokenise and canonicalise `text` into space-separated words and "." marks."""
    folded = fold(text).replace("-", " ").replace("_", " ")
    if "." in folded:
        folded = _INITIALS.sub(r"\1\2", folded)
    out = ["." if not token[0].isalnum() else _canonical(token)
           for token in _TOKEN.findall(folded)]
    for i in range(1, len(out)):
        if out[i] in ("to", "with") and out[i - 1] in _TALK_TYPOS:
            out[i - 1] = _TALK_TYPOS[out[i - 1]]
    return " ".join(out)
