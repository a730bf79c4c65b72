"""What the learned name tagger reads of each word: the word, its shape, its spelling's edges,
what the gazetteers know of it, and the words and punctuation around it.

The rules of `names` need a cue or a known name; a visitor writes "pls tell chidi the crates
r ready" or "Adaeze approved the proof" with neither. A word's context ("tell _", "_ approved",
"regards,\\n_") and its spelling ("-eze", "-chukwu", "-wski") say it is a name as well, for
names no list holds. The same function builds the training matrix
(`training/understanding/names_tagger.py`) and reads a visitor's message, hashed like the
intent features (`features.bucket`).

Only some words are read (`candidates`): capitalised and upper-case words, initials, name
particles, and the lower-case words that are neither common words nor frequent lower-case
words of the training corpora (`lower_words`, shipped with the model); "the", "crates" and
"pickup" never cost a look-up.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from clairbot.understanding._names_gazetteer import AMBIGUOUS_FIRST_NAMES, FIRST_NAMES_ALL
from clairbot.understanding._names_surnames import SURNAMES
from clairbot.understanding._names_tokens import (
    _SURNAME_ENDINGS,
    GREETINGS,
    TOKEN_ALL,
    Token,
    tokenize,
)
from clairbot.understanding._names_words import COMMON_WORDS, PARTICLES, TITLES_ANY_CASE
from clairbot.understanding.features import bucket

VERSION = 3
"""Bumped whenever `token_features` or `candidates` change: the tagger records the version
it was trained on and is refused on any other (`classifier.load`)."""

_SPACE_ONLY = re.compile(r"[ \t\u00a0\u202f]*")
# What separates two words, as the tagger sees it: "," "\n" ":" "(" "-" ... or nothing.
_GAP = re.compile(r"[^\w\s]|\n")


def words(text: str) -> list[Token]:
    """Every word of `text` (lower-case ones too), as the tagger reads it."""
    return tokenize(text, TOKEN_ALL)


def lower_chat(tokens: list[Token]) -> bool:
    """Whether a message is written all in lower case ("pls tell chidi"), where a name has no
    capital to show it."""
    return not any(tok.kind in ("cap", "upper") and tok.text != "I" for tok in tokens[1:])


def candidates(tokens: list[Token], lower_words: Collection[str]) -> list[int]:
    """Indices of the words the tagger reads."""
    picked = []
    for index, tok in enumerate(tokens):
        name = tok.folded
        if name in GREETINGS:
            continue  # "Bonjour", "Hi": never a name, whatever follows
        if tok.kind != "lower":
            if tok.text not in ("I", "A") and not name.isdigit():
                picked.append(index)
        elif name in PARTICLES or name in FIRST_NAMES_ALL or name in SURNAMES or (
                len(name) > 2 and name not in COMMON_WORDS and name not in lower_words):
            picked.append(index)
    return picked


def _gap(text: str, left: Token | None, right: Token | None) -> str:
    """The punctuation between two words ("" when only spaces; "^" and "$" at the edges)."""
    if left is None:
        return "^"
    if right is None:
        return "$"
    between = text[left.end:right.start]
    if _SPACE_ONLY.fullmatch(between):
        return ""
    marks = _GAP.findall(between)
    return "".join(marks[:2]) or " "


def _shape(tok: Token | None) -> str:
    if tok is None:
        return "none"
    if tok.kind == "lower":
        return "title" if tok.folded in TITLES_ANY_CASE else "lower"
    return tok.kind


def _lexicon(tok: Token | None) -> str:
    """What the word lists know of a word, in one tag."""
    if tok is None:
        return "none"
    name = tok.folded
    if name in COMMON_WORDS:
        return "common"
    if name in FIRST_NAMES_ALL:
        return "given-ambiguous" if name in AMBIGUOUS_FIRST_NAMES else "given"
    if name in SURNAMES:
        return "surname"
    if name in PARTICLES:
        return "particle"
    if name in TITLES_ANY_CASE:
        return "title"
    if len(name) > 4 and name.endswith(_SURNAME_ENDINGS):
        return "surname-ending"
    return "unknown"


def token_features(text: str, tokens: list[Token], index: int, lang: str, lowered: bool,
                   lower_words: Collection[str]) -> dict[int, float]:
    """The hashed features of word `index` of `text` ({bucket: 1.0}); `lowered`: the message
    is written in lower case (`lower_chat`); `lower_words`: the words the corpora write in
    lower case, which a capital at a sentence's start or in a heading does not make a name
    ("Conditions", "Supervisor")."""
    tok = tokens[index]
    prev = tokens[index - 1] if index else None
    prev2 = tokens[index - 2] if index > 1 else None
    nxt = tokens[index + 1] if index + 1 < len(tokens) else None
    nxt2 = tokens[index + 2] if index + 2 < len(tokens) else None
    word, shape, lexicon = tok.folded, _shape(tok), _lexicon(tok)
    before, after = _gap(text, prev, tok), _gap(text, tok, nxt)
    p1 = prev.folded if prev else "^"
    n1 = nxt.folded if nxt else "$"
    chat = "low" if lowered else "mixed"
    known = "word" if word in lower_words else "not-word"
    padded = f"<{word}>"
    names = [
        f"k:{shape}", f"x:{lexicon}", f"k:{shape}|x:{lexicon}",
        f"k:{shape}|{chat}", f"k:{shape}|l:{lang}", f"len:{min(len(word), 9)}",
        f"s2:{padded[-3:]}", f"s3:{padded[-4:]}", f"s4:{padded[-5:]}", f"p3:{padded[:4]}",
        f"gap-:{before}", f"gap+:{after}", f"k:{shape}|gap-:{before}", f"k:{shape}|gap+:{after}",
        f"p1:{p1}", f"n1:{n1}", f"p2:{prev2.folded if prev2 else '^'}",
        f"n2:{nxt2.folded if nxt2 else '$'}", f"p1:{p1}|gap:{before}", f"n1:{n1}|gap:{after}",
        f"p1k:{_shape(prev)}|x:{_lexicon(prev)}", f"n1k:{_shape(nxt)}|x:{_lexicon(nxt)}",
        f"k:{shape}|p1:{p1}", f"k:{shape}|n1:{n1}", f"p2p1:{prev2.folded if prev2 else '^'} {p1}",
        f"n1n2:{n1} {nxt2.folded if nxt2 else '$'}",
        f"k:{shape}|p1k:{_shape(prev)}|n1k:{_shape(nxt)}", f"lw:{known}|k:{shape}",
        f"lw:{known}|k:{shape}|gap-:{before}", f"lw:{known}|x:{lexicon}",
        # the neighbours' first letters: "Felicity sayd" reads as "Felicity said", "demande a
        # mariam" as "demander a"
        f"n1p:{n1[:3]}", f"p1p:{p1[:3]}", f"k:{shape}|n1p:{n1[:3]}"]
    if tok.ends_name:
        names.append("possessive")
    return {bucket(name): 1.0 for name in names}
