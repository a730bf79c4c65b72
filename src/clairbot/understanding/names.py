"""Person names in French and English chat messages: a gazetteer plus context rules.

Approach. A message is split into word tokens once; a name is then a short run of name-like
tokens (capitalised "Dupont", upper-case "DUPONT", initials "J.", particles "de"/"van") that
one of these cues anchors, from the strongest to the weakest:

* an introduction that leaves no doubt: "je m'appelle X", "mon nom est X", "my name is X",
  "Nom : X", "Name: X" (the name may then be written in lower case, as chats often are);
* a title: M., Mme, Mlle, Monsieur, Madame, Dr, Docteur, Pr, Me (maître, French only), Mr, Mrs,
  Ms, Miss, Sir;
* a given name from a hand-written gazetteer (`_names_gazetteer.py`, ~1,600 common French,
  English and international given names) followed by a surname ("Jean-Pierre de La Fontaine",
  "Marie DUPONT") or preceded by an upper-case surname ("DUPONT Marie", French forms);
* an introduction with a company ("I'm Zargan Vedzizhev from ACME", "c'est X de chez Y"), a
  relation ("my colleague X", "ma collègue X"), a signature ("Cordialement,\\nX Y"), a
  greeting ("Hi Christin,") or a "contact: X" label;
* an initial and a surname ("J. Smith", "P.-A. DURAND");
* a known given name alone ("Merci Julie"), with a lower score. Given names that are also
  words, months, places or products ("Will", "May", "Rose", "Paris", "Claude") never count alone.

A name is dropped when the words around it make it a place, an institution or a brand: after
"rue", "avenue", "Hôpital", "lycée", "Saint", "Renault" (the address detector reports streets)
or before "Street", "Hospital", "Prize"; "Louis Vuitton" and a few other brands are listed.

Why not a statistical NER model (spaCy, as Presidio uses)? The turn budget is 5 ms at the
median and this detector must stay well under a millisecond; spaCy pipelines are 20-50x slower
than these precompiled regexes and set look-ups, and a French model is on PyPI but the English
one is not officially, so it would mean a download at install or run time. Rules are also
predictable: every finding says which cue fired, and a wrong one can be fixed by a word list
entry. The price is recall on names that are neither in the gazetteer nor introduced by a
cue ("Ruoho began writing"): see the evaluation in `tests/guards/pii/test_names.py`.

Spans cover the name only, never the title ("M. [Dupont]"). Scores: 0.9 introduced, 0.85
title, label, company introduction or given name + surname, 0.8 upper-case surname + given
name, relation or signature, 0.75 greeting, 0.7 initial + surname, one-word signature or an
ambiguous given name + surname, 0.55 a given name alone. A deployment passes the bot's own
display name as `ignore` so that "Bonjour Clara" (the assistant) is not a person.

Speed: tokenizing skips ordinary lower-case words inside the regex engine, and each cue
pattern runs only when a cheap substring test says it can match; about 0.1 ms for a
200-character message on a shared CI-class machine.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from clairbot.categories import PERSON
from clairbot.findings import Finding
from clairbot.text import fold
from clairbot.textmatch import (
    ScoredSpan,
    fold_same_length,
    merge_overlapping,
    trie_pattern,
)
from clairbot.understanding import _names_cues as cues
from clairbot.understanding._names_gazetteer import AMBIGUOUS_FIRST_NAMES, FIRST_NAMES_ALL
from clairbot.understanding._names_words import (
    BRANDS,
    COMMON_WORDS,
    PARTICLES,
    PLACE_AFTER,
    PLACE_BEFORE,
    TITLE_ME,
    TITLES_ANY_CASE,
    TITLES_EXACT,
    TITLES_LOWER_OK,
)

__all__ = ["PersonNameDetector"]

# Upper-case Latin letters (with Latin Extended: "Ł", "Š", "Ž"), as a character class body.
_UPPER = "".join(re.escape(chr(cp)) for cp in range(0x41, 0x250) if chr(cp).isupper())
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_INITIAL = rf"[{_UPPER}](?:[.-][{_UPPER}])*\."
_GREETINGS = frozenset("hi hello hey dear bonjour bonsoir salut coucou cher chere".split())
# Lower-case words that matter around a name; every other lower-case word is skipped by the
# tokenizer itself (the regex engine does it, which keeps the detector fast).
_KEPT_LOWER = (PARTICLES | PLACE_BEFORE | PLACE_AFTER | _GREETINGS | TITLES_ANY_CASE
               | frozenset({"of", "the", "ms", "pr", "prof"}))
# Tokens: an initial ("J.", "P.E.", "P-A."), a capitalised or upper-case word, an elided word
# ("d'Artagnan", "l'Hôpital"), or one of the kept lower-case words.
_TOKEN = re.compile(
    rf"(?<![\w'’-])(?:{_INITIAL}|[{_UPPER}](?:['’-]?[^\W\d_]+)*|[dDlLoO]['’]{_WORD}|"
    rf"(?:{trie_pattern(_KEPT_LOWER)})(?![^\W\d_]))")
# Every word, for the few words after an introduction ("je m'appelle jean dupont").
_TOKEN_ALL = re.compile(rf"{_INITIAL}|{_WORD}")
_SPACES = re.compile(r"[ \t\u00a0\u202f]+")
# After a title: "Mr. Smith", "M.Dupont", "Dr Who".
_TITLE_GAP = re.compile(r"\.?[ \t\u00a0\u202f]*")
# Surname prefixes that legitimately put a capital inside a word: McDonald, DiCaprio, LeBlanc.
_INNER_CAPITAL_OK = re.compile(r"(?:Mc|Mac|Di|De|Du|Da|La|Le|Van|Von|Fitz)[A-ZÀ-Ý]")

# An article or a possessive right before a given name makes it a thing ("le Bas Choix").
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’])(?:le|la|les|un|une|the|a|an|this|that|our|your|their|its|ce|cette|notre|"
    r"votre)[ \t]+\Z", re.IGNORECASE)
# A product model after a given name: "Victor 3000", "Clio 4".
_MODEL_NUMBER = re.compile(r"[ \t-]?\d")
_TITLES_WITH_DOT = frozenset({"ms", "pr", "prof", "mr", "mrs", "dr"})
_LINE_END = re.compile(r"[ \t]*(?:[\r\n,(]|$)")


@dataclass(slots=True)
class _Token:
    text: str
    start: int
    end: int
    kind: str  # "ini", "cap", "upper", "letter", "lower", "elided"
    folded: str
    ends_name: bool = False  # an English possessive: "Smith's" ends the name


_Candidate = ScoredSpan


_fold_word = lru_cache(maxsize=32768)(fold)

def _tokenize(text: str, pattern: re.Pattern[str] = _TOKEN, offset: int = 0,
              until: int | None = None) -> list[_Token]:
    tokens: list[_Token] = []
    for match in pattern.finditer(text, offset, len(text) if until is None else until):
        word = match.group()
        first = word[0]
        ends_name = len(word) > 3 and word[-2] in "'’" and word[-1] in "sS"
        if ends_name:
            word = word[:-2]
        if word.endswith("."):
            kind = "ini"
        elif len(word) > 2 and word[1] in "'’":
            # "d'Artagnan", "O'Brien" are surnames; "l'Hôpital", "j'ai" are elisions.
            kind = "cap" if first in "DdOo" and word[2].isupper() else "elided"
            tokens.append(_Token(word, match.start(), match.start() + len(word), kind,
                                 _fold_word(word[2:]), ends_name))
            continue
        elif not first.isupper():
            kind = "lower"
        elif word.isupper():
            kind = "upper" if len(word) > 1 else "letter"
        else:
            kind = "cap"
        tokens.append(_Token(word, match.start(), match.start() + len(word), kind, _fold_word(word),
                             ends_name))
    return tokens


def _first_name(token: _Token) -> tuple[bool, bool]:
    """(is a known given name, is an ambiguous one) for a capitalised or upper-case token."""
    if token.kind not in ("cap", "upper"):
        return False, False
    name = token.folded
    if token.kind == "upper" and (name in AMBIGUOUS_FIRST_NAMES or name in COMMON_WORDS):
        return False, False  # "CAN I SPEAK", "MAI 2024": shouting, not a name
    if name in FIRST_NAMES_ALL:
        return True, name in AMBIGUOUS_FIRST_NAMES
    if "-" in name:
        parts = name.split("-")
        if all(part in FIRST_NAMES_ALL for part in parts):
            return True, all(part in AMBIGUOUS_FIRST_NAMES for part in parts)
    return False, False


def _namey(token: _Token) -> bool:
    """Whether a token can be part of a name (surname or given name)."""
    if token.kind not in ("cap", "upper") or token.folded in COMMON_WORDS or (
            token.folded in PLACE_AFTER):
        return False
    word = token.text
    if token.kind == "cap" and any(c.isupper() for c in word[1:]):
        # CamelCase is a brand ("PayPal", "HubSpot") unless a surname prefix explains it.
        if not all(part[:1].isupper() and (len(part) == 1 or part[1:].islower()
                                           or _INNER_CAPITAL_OK.match(part))
                   for part in re.split(r"['’-]", word) if part):
            return False
    return not token.folded.startswith(("saint-", "sainte-", "st-"))


def _lower_ok(token: _Token) -> bool:
    return (token.kind == "lower" and len(token.text) > 1 and token.folded not in COMMON_WORDS
            and token.folded not in PARTICLES)


class PersonNameDetector:
    """Person names (type PERSON) in French and English, from a gazetteer and context cues."""

    name = "person_name"
    types = (PERSON,)

    def __init__(self, *, ignore: Iterable[str] = ()) -> None:
        """`ignore`: names never reported, such as the bot's own display name ("Bonjour
        Clara" greets the assistant, not a person)."""
        self.ignore = frozenset(fold(name).strip() for name in ignore)

    def detect(self, text: str, lang: str) -> list[Finding]:
        """Every person name in `text`; see the module docstring for the cues and scores."""
        if not text:
            return []
        scan = _Scan(text, _tokenize(text), lang)
        scan.contexts()
        scan.titles_and_names()
        findings = scan.findings(self.name)
        if self.ignore:
            findings = [f for f in findings if fold(text[f.start:f.end]) not in self.ignore]
        return findings


class _Scan:
    """One pass over one message: candidates from every cue, then filters and merging."""

    def __init__(self, text: str, tokens: list[_Token], lang: str) -> None:
        self.text = text
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.lang = lang
        self.candidates: list[_Candidate] = []

    # -- token runs ---------------------------------------------------------------------------

    def _tight(self, left: int, right: int) -> bool:
        """Whether tokens `left` and `right` (= left + 1) are separated by spaces only."""
        prev, tok = self.tokens[left], self.tokens[right]
        if prev.kind == "ini" and prev.end == tok.start:
            return True
        return _SPACES.fullmatch(self.text, prev.end, tok.start) is not None

    def _take(self, index: int, *, limit: int = 4, lower: str = "no",
              after_given: bool = False, cued: bool = False) -> tuple[int, int]:
        """Name tokens from `index`: (end index, number of name words).

        `lower`: "no", "any" (a lower-case word counts) or "known" (only a known given name in
        lower case); `after_given`: the token before `index` is a given name; `cued`: a title
        or an introduction announced a name (it may start with a particle, and its first word
        may be followed by a middle initial: "Name: Chise T. Horiguchi")."""
        tokens, count, k = self.tokens, 0, index
        while k < len(tokens) and count < limit:
            tok = tokens[k]
            if k > index and not self._tight(k - 1, k):
                break
            if _namey(tok) or self._lower_counts(tok, lower, count):
                count += 1
                k += 1
                if tok.ends_name:
                    break
                continue
            given_before = after_given if k == index else (
                _first_name(tokens[k - 1])[0] or (cued and count == 1))
            if tok.kind in ("ini", "letter") and len(tok.text) <= 6 and (
                    count == 0 or given_before) and tok.text not in ("I", "A"):
                # "J. Smith", a middle initial ("Ryan P Costa", "Faina D. Yefremova"); an
                # initial after a surname starts the next name ("C. Carlizian D. Demouchet").
                if self._name_follows(k + 1, lower):
                    k += 1
                    continue
                break
            if tok.folded in PARTICLES and (
                    count > 0 or after_given or cued or tok.kind == "lower"):
                # "de La Fontaine", "van der Berg": particles up to the surname they introduce.
                j = k
                while j < len(tokens) and j - k < 3 and tokens[j].folded in PARTICLES and (
                        j == k or self._tight(j - 1, j)):
                    j += 1
                if j > k and j < len(tokens) and self._tight(j - 1, j) and self._counts(
                        tokens[j], lower):
                    k = j
                    continue
            break
        return k, count

    def _name_follows(self, index: int, lower: str) -> bool:
        return (index < len(self.tokens) and self._tight(index - 1, index)
                and self._counts(self.tokens[index], lower))

    def _counts(self, tok: _Token, lower: str) -> bool:
        return _namey(tok) or self._lower_counts(tok, lower, 1)

    @staticmethod
    def _lower_counts(tok: _Token, lower: str, count: int) -> bool:
        if lower == "any":
            return _lower_ok(tok)
        if lower == "known":
            return _lower_ok(tok) and (count > 0 or tok.folded in FIRST_NAMES_ALL)
        return False

    def _index_at(self, pos: int) -> int:
        return bisect_left(self.starts, pos)

    def _add(self, first: int, end: int, score: float, reason: str) -> None:
        self.candidates.append(_Candidate(self.tokens[first].start, self.tokens[end - 1].end,
                                          score, reason))

    # -- cues -----------------------------------------------------------------------------------

    def contexts(self) -> None:
        """Introductions, labels, company introductions, relations, greetings and sign-offs."""
        text = self.text
        low = text.lower()
        if len(low) != len(text):
            low = fold_same_length(text)
        for cue, pattern, lower, score, what in (
                ("strong", cues.STRONG, "any", 0.9, "introduced by"),
                ("weak", cues.WEAK, "known", 0.9, "introduced by"),
                ("label", cues.LABEL, "any", 0.85, "after the label")):
            if cues.hinted(low, cue):
                for match in pattern.finditer(low):
                    cue_text = text[match.start():match.end()].strip()
                    self._after_cue(match, lower=lower, score=score,
                                    reason=f"{what} '{cue_text}'")
        if text.islower():
            return
        if cues.hinted(low, "intro"):
            self._intros(low)
        if cues.hinted(low, "relation"):
            for match in cues.RELATION.finditer(low):
                relation = text[match.start():match.end()].strip(" \t,")
                self._after_cue(match, lower="no", score=0.8, reason=f"named as '{relation}'")
        if cues.hinted(low, "by"):
            for match in cues.BY.finditer(low):
                span = self._name_at(match.end(), lower="no", limit=3, min_words=2)
                if span:
                    self.candidates.append(_Candidate(span[0], span[1], 0.7,
                                                      "a full name after 'by'"))
        self._greetings()
        if cues.hinted(low, "sign_off"):
            for match in cues.SIGN_OFF.finditer(low):
                before = low[:match.start()].rstrip(" \t")
                if before and before[-1] not in "\n.!":
                    continue
                first = self._index_at(match.end())
                end, count = self._take(first, limit=3, cued=True)
                if count == 0 or not _LINE_END.match(text, self.tokens[end - 1].end):
                    continue
                sign = text[match.start():match.end()].strip(" \t\r\n,.!-")
                self._add(first, end, 0.8 if count > 1 else 0.7, f"signature after '{sign}'")

    def _greetings(self) -> None:
        tokens, text = self.tokens, self.text
        for i, tok in enumerate(tokens[:-1]):
            if tok.folded not in _GREETINGS or not self._tight(i, i + 1):
                continue
            if tokens[i + 1].kind != "cap":
                continue  # "Hi HAL": an acronym, not a name
            end, count = self._take(i + 1, limit=3)
            if count == 1 and _first_name(tokens[i + 1])[1]:
                continue  # "Hi Alexa", "Hello Claude": an assistant as often as a person
            if count and cues.AFTER_GREETING.match(text, tokens[end - 1].end):
                self._add(i + 1, end, 0.75, f"greeted with '{tok.text}'")

    def _after_cue(self, match: re.Match[str], *, lower: str, score: float, reason: str) -> None:
        span = self._name_at(match.end(), lower=lower, limit=3)
        if span:
            self.candidates.append(_Candidate(span[0], span[1], score, reason))

    def _name_at(self, pos: int, *, lower: str, limit: int,
                 min_words: int = 1) -> tuple[int, int] | None:
        """The (start, end) of the name announced by a cue that ends at `pos`, if any."""
        scan = self
        if lower != "no":
            # Lower-case names are allowed here: look at every word of the next few.
            scan = _Scan(self.text, _tokenize(self.text, _TOKEN_ALL, pos, pos + 80), self.lang)
        first = scan._index_at(pos)
        if first >= len(scan.tokens) or scan.tokens[first].start != pos:
            return None
        end, count = scan._take(first, limit=limit, lower=lower, cued=True)
        if count < min_words:
            return None
        return scan.tokens[first].start, scan.tokens[end - 1].end

    def _intros(self, low: str) -> None:
        for match in cues.INTRO.finditer(low):
            first = self._index_at(match.end())
            if first >= len(self.tokens) or self.tokens[first].start != match.end():
                continue
            end, count = self._take(first, limit=3, cued=True)
            if count and cues.COMPANY_AFTER.match(low, self.tokens[end - 1].end):
                intro = self.text[match.start():match.end()].strip()
                self._add(first, end, 0.85, f"introduced by '{intro}' with a company after")

    def _title(self, tok: _Token, index: int) -> tuple[bool, str]:
        """(is a title here, lower-case mode for the name after it)."""
        word = tok.text
        if tok.kind == "ini":
            # "M. Dupont" in French; in English "M." is an initial ("Abby M. Laidlaw").
            return word in TITLES_EXACT and (word != "M." or self.lang == "fr"), "no"
        if tok.folded in _TITLES_WITH_DOT and self.text.startswith(".", tok.end):
            return True, "no"  # "ms. Quinzia", "pr. Martin"
        if tok.folded in TITLES_ANY_CASE:
            # "madame durand" in a lower-case chat; after "Madame" a name is capitalised.
            lower_ok = tok.kind == "lower" and tok.folded in TITLES_LOWER_OK
            return True, "any" if lower_ok else "no"
        if word in TITLES_EXACT:
            return True, "no"
        if word == TITLE_ME and self.lang == "fr":
            return True, "no"
        return False, "no"

    def titles_and_names(self) -> None:
        """Titles, known given names with their surnames, and initials with a surname."""
        tokens, text = self.tokens, self.text
        used_until = -1
        for i, tok in enumerate(tokens):
            if tok.start < used_until or tok.kind in ("elided", "letter") or (
                    tok.kind == "lower" and tok.folded not in TITLES_ANY_CASE
                    and tok.folded not in _TITLES_WITH_DOT):
                continue
            is_title, lower = self._title(tok, i)
            if is_title:
                gap = _TITLE_GAP.match(text, tok.end)
                # "mr joes pizza average wait": a lower-case surname is one or two words.
                limit = 2 if lower == "any" else 4
                span = gap and self._name_at(gap.end(), lower=lower, limit=limit)
                if span and not self._place_before(i):
                    self.candidates.append(_Candidate(span[0], span[1], 0.85,
                                                      f"after the title '{tok.text}'"))
                    used_until = span[1]
                    continue
            if tok.kind == "ini":
                end, count = self._take(i, limit=3)
                if count and not (i > 0 and tokens[i - 1].end == tok.start):
                    self._add(i, end, 0.7, f"initial '{tok.text}' followed by a surname")
                    used_until = tokens[end - 1].end
                continue
            known, ambiguous = _first_name(tok)
            if not known or ambiguous and tok.folded in COMMON_WORDS and i + 1 < len(
                    tokens) and _first_name(tokens[i + 1]) == (True, False) and self._tight(
                    i, i + 1):
                continue  # "Can Kevin call?", "Will Julie come?": a word before a name
            if i + 1 < len(tokens) and self._tight(i, i + 1):
                end, count = self._take(i + 1, limit=3, after_given=True)
            else:
                end, count = i + 1, 0
            first = i
            while (not ambiguous and first > 0 and i - first < 3
                   and tokens[first - 1].kind == "upper"
                   and tokens[first - 1].start >= used_until and _namey(tokens[first - 1])
                   and tokens[first - 1].folded not in PLACE_BEFORE
                   and self._tight(first - 1, first)):
                first -= 1
            if _DETERMINER_BEFORE.search(text, max(0, tok.start - 12), tok.start):
                continue  # "le Bas Choix", "the Victoria line": a thing, not a person
            if count or first < i:
                if first < i and not count:
                    score, why = 0.8, "an upper-case surname followed by the given name"
                else:
                    score, why = 0.85, "the given name followed by a surname"
                if ambiguous:
                    score = 0.7
                self._add(first, end, score, f"'{tok.text}' is a known given name; {why}")
                used_until = tokens[end - 1].end
            elif tok.kind == "cap" and not ambiguous and not _MODEL_NUMBER.match(text, tok.end):
                self._add(i, i + 1, 0.55, f"'{tok.text}' is a known given name")

    # -- filters ------------------------------------------------------------------------------

    def _place_before(self, index: int) -> bool:
        """Whether the words before token `index` make it a place, institution or brand."""
        k, skipped = index - 1, 0
        while k >= 0 and skipped <= 2 and self._tight(k, k + 1):
            tok = self.tokens[k]
            if tok.folded in PLACE_BEFORE:
                return True
            if tok.folded in PARTICLES or tok.folded in ("of", "the"):
                k -= 1
                skipped += 1
                continue
            return False
        return False

    def _blocked(self, cand: _Candidate) -> bool:
        first = self._index_at(cand.start)
        last = self._index_at(cand.end) - 1
        if cand.score < 0.9 and first < len(self.tokens) and self._place_before(first):
            return True
        nxt = last + 1
        if nxt < len(self.tokens) and self.tokens[nxt].folded in PLACE_AFTER and self._tight(
                last, nxt):
            return True
        span = re.sub(r"\s+", " ", fold(self.text[cand.start:cand.end]).replace("'", " "))
        return span in BRANDS

    def findings(self, detector: str) -> list[Finding]:
        """The candidates that survive the filters, overlapping ones merged."""
        merged = merge_overlapping(c for c in self.candidates if not self._blocked(c))
        return [Finding(type=PERSON, start=c.start, end=c.end, score=c.score, detector=detector,
                        reason=f"person name: {c.reason}") for c in merged]
