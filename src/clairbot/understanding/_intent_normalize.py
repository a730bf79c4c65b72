"""Text normalisation for the intent rules: folding, tokens, contractions and typo repair.

`normalize` folds the text (`clairbot.text.fold`), splits it into tokens, expands contractions
and elisions ("t'es" -> "tu es", "don't" -> "do not", "wanna" -> "want to"), and repairs typos
of the few words that matter ("somneone", "eprson", "umain", "agemt") with a one-edit lookup
against a small vocabulary. Sentence punctuation becomes a "." token. The rules of
`clairbot.understanding.intents` only ever see this normalised text.

A last pass repairs, in the shape of a request for a person only, what is unsafe anywhere else:
a verb of talking typed as another word ("can i took with a real person", "to cat with a
person": within two edits, in the place of a bare verb, right before "to"/"with" and a person),
a short preposition ("speak t someone") and a modifier of the person ("a lpive agent"). Real
verbs that fit that shape ("walk with a person", "take to someone") are never rewritten.
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
    "mrc": "merci", "tchat": "chat", "dun": "de un", "dune": "de une", "dmd": "demande",
    "apel": "appel", "apels": "appels", "rapeler": "rappeler", "rapelez": "rappelez",
    "rapelle": "rappelle", "pourait": "pourrait", "pouriez": "pourriez", "pourai": "pourrai",
    "technicient": "technicien", "tecnicien": "technicien", "technicen": "technicien",
}

# Words whose misspellings are repaired: a missing or extra letter from 5 letters on
# ("somone", "talkk"), a wrong or swapped letter from 6 letters on ("eprson", "ooerator"), a
# neighbouring key in a few 5-letter nouns ("agemt", see `_WRONG_KEY_WORDS`).
_VOCABULARY = frozenset((
    "someone somebody anyone anybody person human agent operator assistant assistance talk "
    "representative advisor customer service support talking speaking speak contact "
    "contacting connect transfer direct forward chatting please thanks thank hello goodbye "
    "robot chatbot computer machine artificial intelligence automated humain humaine personne "
    "quelquun conseiller conseillere operateur interlocuteur representant merci bonjour bonsoir "
    "artificiel artificielle engineer technician"
).split())
# Real words (English and French) one edit away from a vocabulary word: never "repaired".
_NOT_TYPOS = frozenset((
    "prison persona parson argent contract contrat constat sport spark speck steak sneak spear "
    "taking walking balking stalk cheating commuter compute compter compteur pleased mercy "
    "humane talkie think thing thanked manger aient perron canyon servile serviez advisory "
    "dirent machina directs connects contacts forwards personnel direction hunan hyman ribot "
    "technicien techniciens technicienne engineers technicians engineered"
).split())
# A wrong letter in these 5-letter nouns ("agemt", "humsn") is repaired when it is a
# neighbouring key, and so are two swapped letters ("agnet"); other 5-letter words are too close
# to real ones ("helpo" is not "hello").
_WRONG_KEY_WORDS = ("agent", "human", "robot")
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
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


# --- repairs in the shape of a request for a person ("<talk> to/with <a person>") -----------

_TALK_VERBS = frozenset(("talk", "speak", "chat"))
_PERSON_DETERMINERS = frozenset("a an the some any one your ur my".split())
_PERSON_MODIFIERS = frozenset("real live actual human other another proper".split())
_PERSON_NOUNS = frozenset((
    "person someone somebody anyone anybody human humans agent agents operator operators "
    "representative rep advisor adviser assistant people staff customer support manager "
    "supervisor"
).split())
# Prepositions typed short or as a homophone, repaired between a verb of talking and a person.
_PREPOSITION_TYPOS = {"t": "to", "tp": "to", "too": "to", "two": "to", "wit": "with",
                      "wiv": "with", "wih": "with"}
# Modifiers of a person mistyped ("lpive agent"), repaired right before a person noun: every
# one-edit variant of "live" and "real" but the real words among them.
_NOT_MODIFIER_TYPOS = frozenset((
    "alive olive clive dive five give hive jive lave lice lie life like lime line lire lise lite "
    "lived liven liver lives livre love rive vive deal heal meal peal seal veal weal zeal read "
    "realm ream reap rear reel regal renal ideal areal"
).split())
_MODIFIER_TYPOS = {typo: word for word in ("live", "real") for typo in _one_edit(word)
                   if typo != word and typo not in _NOT_MODIFIER_TYPOS}
# A bare verb stands after "to", a modal ("can i", "could you") or "please", "let me".
_MODALS = frozenset("can could may might will would shall should must".split())
_BARE_VERB_AFTER = frozenset(("to", "please", "lets")) | _MODALS
# Real verbs within two edits of "talk", "speak" or "chat" that fit "<verb> to/with a person":
# never taken for a typo.
_REAL_VERBS_NEAR_TALK = frozenset((
    "walk balk stalk chalk take tell told tack tail tape tick tilt till toll track trek tuck "
    "task tame taxi tank tally tag tap tan tar tax talc tale tall thank table tile "
    "seal seat seek sear sped spent sneak soak spam span spar spark spat speed spell spend spew "
    "spook spray spread steal steam swear sweat spear speck steak stead streak "
    "cheat chant chart chase chain chair charm chip chop chew cast cut"
).split()) | (_SHORT_WORDS_NEAR_TALK - {"cat"})  # nobody "cats with a person": a dropped "h"


def _edits_at_most(word: str, target: str, limit: int) -> bool:
    """Whether `word` is at most `limit` insertions, deletions, substitutions or swaps of
    adjacent letters away from `target`."""
    if abs(len(word) - len(target)) > limit:
        return False
    prev2: list[int] = []
    prev = list(range(len(target) + 1))
    for i, char in enumerate(word, 1):
        row = [i] + [0] * len(target)
        for j, other in enumerate(target, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (char != other))
            if i > 1 and j > 1 and char == target[j - 2] and word[i - 2] == other:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1] <= limit


def _person_at(words: list[str], start: int) -> bool:
    """Whether `words[start:]` begins with a person ("a real person", "someone")."""
    i = start
    if i < len(words) and words[i] in _PERSON_DETERMINERS:
        i += 1
    while i < len(words) and i < start + 3 and words[i] in _PERSON_MODIFIERS:
        i += 1
    return i < len(words) and words[i] in _PERSON_NOUNS


def _bare_verb_at(words: list[str], i: int) -> bool:
    """Whether `words[i]` stands where a bare verb does ("to X", "can i X", "let me X")."""
    if i == 0 or words[i - 1] in _BARE_VERB_AFTER:
        return True
    return (i >= 2 and words[i - 1] in ("i", "we", "you", "me")
            and (words[i - 2] in _MODALS or words[i - 2] == "let"))


def _talk_typo(word: str) -> str | None:
    """The verb of talking that `word`, in the place of one, stands for: within one edit of
    "talk", "speak" or "chat", or two edits with the same first letter (a first letter is rarely
    mistyped)."""
    if (not word.isalpha() or word in _REAL_VERBS_NEAR_TALK or word in _TALK_VERBS
            or word.startswith(("talk", "speak", "spoke", "chat"))):
        return None
    for verb in ("talk", "speak", "chat"):
        if _edits_at_most(word, verb, 1) or (
                len(word) >= 4 and word[0] == verb[0] and verb != "chat"
                and _edits_at_most(word, verb, 2)):
            return verb
    return None


def _repair_request_shape(words: list[str]) -> None:
    """Repair, in place, the typos that only the shape of a request for a person makes safe."""
    for i, word in enumerate(words):
        after = i + 1
        if word in _MODIFIER_TYPOS and after < len(words) and words[after] in _PERSON_NOUNS:
            words[i] = _MODIFIER_TYPOS[word]
        elif (word in _PREPOSITION_TYPOS and 0 < i and _person_at(words, after)
              and (words[i - 1] in _TALK_VERBS or words[i - 1] in _TALK_TYPOS)):
            words[i] = _PREPOSITION_TYPOS[word]
            words[i - 1] = _TALK_TYPOS.get(words[i - 1], words[i - 1])  # "tawk t someone"
    for i in range(len(words) - 2):
        if (words[i + 1] in ("to", "with") and 3 <= len(words[i]) <= 7
                and _person_at(words, i + 2) and _bare_verb_at(words, i)):
            verb = _talk_typo(words[i])
            if verb is not None:
                words[i] = verb


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


def _neighbour_keys() -> dict[str, str]:
    where = {key: (row, col) for row, keys in enumerate(_KEYBOARD_ROWS)
             for col, key in enumerate(keys)}
    near: dict[str, str] = {}
    for key, (row, col) in where.items():
        cells = ((row, col - 1), (row, col + 1), (row - 1, col), (row - 1, col + 1),
                 (row + 1, col - 1), (row + 1, col))
        near[key] = "".join(_KEYBOARD_ROWS[r][c] for r, c in cells
                            if 0 <= r < len(_KEYBOARD_ROWS) and 0 <= c < len(_KEYBOARD_ROWS[r]))
    return near


def _wrong_key_or_swap() -> dict[str, str]:
    near = _neighbour_keys()
    index: dict[str, str] = {}
    ambiguous: set[str] = set()
    for word in _WRONG_KEY_WORDS:
        typos = {word[:i] + other + word[i + 1:]
                 for i, key in enumerate(word) for other in near.get(key, "")}
        typos |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
        for typo in typos:
            if index.get(typo, word) != word:
                ambiguous.add(typo)
            index[typo] = word
    return {typo: word for typo, word in index.items()
            if typo not in ambiguous and typo not in _VOCABULARY and typo not in _NOT_TYPOS}


_MISSING_LETTER = _one_letter_less()
_WRONG_KEY = _wrong_key_or_swap()
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
    return _WRONG_KEY.get(token, token)


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
    text = " ".join(out)
    words = text.split(" ")
    if _PERSON_NOUNS.isdisjoint(words):  # every repair of the request shape needs a person
        return text
    _repair_request_shape(words)
    return " ".join(words)
