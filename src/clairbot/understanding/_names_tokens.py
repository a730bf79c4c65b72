"""Tokens for `PersonNameDetector`: the word shapes a name is made of, and what each word is.

A message is split once into the tokens that can matter around a name (initials, capitalised
and upper-case words, elisions, a few lower-case words such as particles and titles); the
regex engine itself skips every other lower-case word, which keeps the detector fast. After a
cue that allows a lower-case name ("je suis kevin", "@sandrine") the next few words are split
again with `TOKEN_ALL`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from clairbot.text import fold
from clairbot.textmatch import trie_pattern
from clairbot.understanding._names_gazetteer import AMBIGUOUS_FIRST_NAMES, FIRST_NAMES_ALL
from clairbot.understanding._names_surnames import SURNAMES
from clairbot.understanding._names_words import (
    COMMON_WORDS,
    CUE_CONFIRMS,
    PARTICLES,
    PLACE_AFTER,
    PLACE_AFTER_CAPITALISED,
    PLACE_BEFORE,
    TITLES_ANY_CASE,
)

# Upper-case Latin letters (with Latin Extended: "Ł", "Š", "Ž"), as a character class body.
_UPPER = "".join(re.escape(chr(cp)) for cp in range(0x41, 0x250) if chr(cp).isupper())
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_INITIAL = rf"[{_UPPER}](?:[.-][{_UPPER}])*\."
GREETINGS = frozenset("hi hello hey dear bonjour bonsoir salut coucou cher chere".split())
# Lower-case words that matter around a name; every other lower-case word is skipped by the
# tokenizer itself (the regex engine does it, which keeps the detector fast).
_KEPT_LOWER = (PARTICLES | PLACE_BEFORE | PLACE_AFTER | GREETINGS | TITLES_ANY_CASE
               | frozenset({"of", "the", "ms", "pr", "prof"}))
# Tokens: an initial ("J.", "P.E.", "P-A."), a capitalised or upper-case word, an Arabic article
# joined to a capitalised name ("al-Zahra", "el-Amrani"), an elided word ("d'Artagnan",
# "l'Hôpital", "qu'Héloïse"), or one of the kept lower-case words.
TOKEN = re.compile(
    rf"(?<![\w'’-])(?:{_INITIAL}|[{_UPPER}](?:['’-]?[^\W\d_]+)*|[ae]l-[{_UPPER}][^\W\d_]+|"
    rf"[dDlLoO]['’]{_WORD}|[qQ]u['’][{_UPPER}][^\W\d_]*|(?:{trie_pattern(_KEPT_LOWER)})"
    rf"(?![^\W\d_]))")
# Every word, for the few words after a cue that allows lower case ("je m'appelle jean dupont").
TOKEN_ALL = re.compile(rf"{_INITIAL}|{_WORD}")
# Surname prefixes that legitimately put a capital inside a word: McDonald, DiCaprio, LeBlanc.
_INNER_CAPITAL_OK = re.compile(r"(?:Mc|Mac|Di|De|Du|Da|La|Le|Van|Von|Fitz)[A-ZÀ-Ý]")
# Letters that `fold` keeps but that people drop when they type a name on a plain keyboard.
_MORE_FOLDING = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ß": "ss",
                               "ı": "i", "ħ": "h"})
# Endings that mark a surname in the languages of `_names_surnames.py`: Nordic and English
# patronymics, Slavic, Romanian, Armenian, Turkish, Italian, German and French forms.
_SURNAME_ENDINGS = ("son", "sen", "sson", "ski", "ska", "cki", "cka", "dzki", "wicz", "owicz",
                    "ovic", "evic", "ovich", "evich", "ov", "ova", "ev", "eva", "enko", "chuk",
                    "escu", "eanu", "ian", "yan", "oglu", "ini", "elli", "etti", "ucci",
                    "stein", "mann", "berg", "eau", "ault", "ier", "iere")
# Words that are never a name although a chat capitalises them: assistants ("Hi Alexa").
ASSISTANTS = frozenset("alexa siri cortana bixby google chatgpt copilot gemini clairbot".split())


@dataclass(slots=True)
class Token:
    """One word of a message, with its kind and folded form."""

    text: str
    start: int
    end: int
    kind: str  # "ini", "cap", "upper", "letter", "lower", "elided"
    folded: str
    ends_name: bool = False  # an English possessive: "Smith's" ends the name


@lru_cache(maxsize=32768)
def fold_word(word: str) -> str:
    """`word` folded as the gazetteer stores names ("Bjørn" is "bjorn")."""
    folded = fold(word)
    return folded if folded.isascii() else folded.translate(_MORE_FOLDING)


def tokenize(text: str, pattern: re.Pattern[str] = TOKEN, offset: int = 0,
             until: int | None = None) -> list[Token]:
    """The tokens of `text[offset:until]` that `pattern` finds."""
    tokens: list[Token] = []
    for match in pattern.finditer(text, offset, len(text) if until is None else until):
        word = match.group()
        ends_name = len(word) > 3 and word[-2] in "'’" and word[-1] in "sS"
        if ends_name:
            word = word[:-2]
        start = match.start()
        if len(word) > 3 and word[0] in "qQ" and word[1] == "u" and word[2] in "'’":
            word, start = word[3:], start + 3  # "Est-ce qu'Héloïse est là ?": the name only
        first = word[0]
        if word.endswith("."):
            kind = "ini"
        elif len(word) > 2 and word[1] in "'’":
            # "d'Artagnan", "O'Brien", "N'Diaye" are surnames; "l'Hôpital", "j'ai" are elisions;
            # "o'connor" is a surname in a lower-case chat.
            kind = ("cap" if first in "DdOoN" and word[2].isupper()
                    else "lower" if first == "o" else "elided")
            tokens.append(Token(word, start, start + len(word), kind, fold_word(word[2:]),
                                ends_name))
            continue
        elif word[:3] in ("al-", "el-") and len(word) > 3 and word[3].isupper():
            kind = "cap"  # "al-Rashid": the article is part of the surname
        elif not first.isupper():
            kind = "lower"
        elif word.isupper():
            kind = "upper" if len(word) > 1 else "letter"
        else:
            kind = "cap"
        tokens.append(Token(word, start, start + len(word), kind, fold_word(word), ends_name))
    return tokens


def known_given(name: str) -> tuple[bool, bool]:
    """(is a known given name, is an ambiguous one) for a folded word ("jean-marc" too)."""
    if name in FIRST_NAMES_ALL:
        return True, name in AMBIGUOUS_FIRST_NAMES
    if "-" in name:
        parts = name.split("-")
        if all(part in FIRST_NAMES_ALL for part in parts):
            return True, all(part in AMBIGUOUS_FIRST_NAMES for part in parts)
    return False, False


def first_name(token: Token) -> tuple[bool, bool]:
    """(is a known given name, is an ambiguous one) for a capitalised or upper-case token."""
    if token.kind not in ("cap", "upper"):
        return False, False
    name = token.folded
    if token.kind == "upper" and (name in AMBIGUOUS_FIRST_NAMES or name in COMMON_WORDS):
        return False, False  # "CAN I SPEAK", "MAI 2024": shouting, not a name
    return known_given(name)


def known_person_word(token: Token, lang: str) -> bool:
    """Whether a capitalised word alone, right after a cue that announces a person ("ask
    for X", "@X", "X here"), is a person: a known given name (an ambiguous one too, unless it
    is also a common word: "call May", unless a cue confirms it: "ask Will") or a known surname
    ("ask for Dupont")."""
    name = token.folded
    if (name in COMMON_WORDS and name not in CUE_CONFIRMS) or name in ASSISTANTS or (
            name == "claude" and lang == "en"):
        return False
    return known_given(name)[0] or name in SURNAMES


def namey(token: Token) -> bool:
    """Whether a token can be part of a name (surname or given name)."""
    if token.kind not in ("cap", "upper") or token.folded in COMMON_WORDS or (
            token.folded in PLACE_AFTER or token.folded in PLACE_AFTER_CAPITALISED):
        return False
    word = token.text
    if token.kind == "cap" and any(c.isupper() for c in word[1:]):
        # CamelCase is a brand ("PayPal", "HubSpot") unless a surname prefix explains it.
        if not all((part[:1].isupper() or part in ("al", "el")) and (
                len(part) == 1 or part[1:].islower() or _INNER_CAPITAL_OK.match(part))
                   for part in re.split(r"['’-]", word) if part):
            return False
    return not token.folded.startswith(("saint-", "sainte-", "st-"))


def lower_ok(token: Token) -> bool:
    """Whether a lower-case word may be part of a name that a cue announced ("ben" is a
    particle and a given name: "my name's ben")."""
    return (token.kind == "lower" and len(token.text) > 1 and token.folded not in COMMON_WORDS
            and (token.folded not in PARTICLES or token.folded in FIRST_NAMES_ALL))


def article_surname(token: Token) -> bool:
    """Whether a word is a surname by its Arabic article: "al-Sayed", "el-Amrani"."""
    return token.kind == "cap" and token.folded.startswith(("al-", "el-"))


def surname_like(token: Token) -> bool:
    """Whether a word is a surname for sure enough to confirm an ambiguous given name before
    it ("Grace Okafor", "Will KOWALSKI", "Rose Andersen"; not "Chase Sapphire", "Victoria
    Line"): a listed surname, an upper-case word, or a typical surname ending."""
    return (token.folded in SURNAMES or token.kind == "upper" or article_surname(token)
            or token.folded.endswith(_SURNAME_ENDINGS) and len(token.folded) > 4)
