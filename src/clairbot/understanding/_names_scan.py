"""Token runs for `PersonNameDetector`: how a name is read from the tokens where a cue points,
and the filters and merging applied to the candidates of one message.

`names.py` holds the cues (what announces a name) on top of this `Scan`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from clairbot.categories import PERSON
from clairbot.findings import Finding
from clairbot.text import fold
from clairbot.textmatch import ScoredSpan, merge_overlapping
from clairbot.understanding._names_gazetteer import FIRST_NAMES_ALL
from clairbot.understanding._names_surnames import SURNAMES
from clairbot.understanding._names_tokens import (
    TOKEN_ALL,
    Token,
    first_name,
    known_given,
    lower_ok,
    namey,
    tokenize,
)
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

SPACES = re.compile(r"[ \t\u00a0\u202f]+")
TITLES_WITH_DOT = frozenset({"ms", "pr", "prof", "mr", "mrs", "dr"})
# The end of a clause right after a lower-case name ("je suis kevin martin, client").
CLAUSE_END = re.compile(r"[ \t]*(?:[,.!?;:)\r\n]|$)")

Candidate = ScoredSpan


class Scan:
    """One message and its tokens: name runs, candidates, filters and merging."""

    def __init__(self, text: str, tokens: list[Token], lang: str) -> None:
        self.text = text
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.lang = lang
        self.candidates: list[Candidate] = []
        # Offsets where a name must stop: "c'est Lisa | de Bricomax" (a company follows).
        self.cuts: list[int] = []

    def _tight(self, left: int, right: int) -> bool:
        """Whether tokens `left` and `right` (= left + 1) are separated by spaces only."""
        prev, tok = self.tokens[left], self.tokens[right]
        if prev.kind == "ini" and prev.end == tok.start:
            return True
        return SPACES.fullmatch(self.text, prev.end, tok.start) is not None

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
            if namey(tok) or self._lower_counts(tok, lower, count):
                count += 1
                k += 1
                if tok.ends_name:
                    break
                continue
            given_before = after_given if k == index else (
                first_name(tokens[k - 1])[0] or (cued and count == 1))
            if tok.kind in ("ini", "letter") and len(tok.text) <= 6 and (
                    count == 0 or given_before) and tok.text not in ("I", "A"):
                # "J. Smith", a middle initial ("Ryan P Costa", "Faina D. Yefremova"); an
                # initial after a surname starts the next name ("C. Carlizian D. Demouchet").
                if self._name_follows(k + 1, lower):
                    k += 1
                    continue
                if count and given_before and len(tok.text) == 2 and tok.kind == "ini":
                    k += 1  # a surname's initial closes the name: "Karim B."
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

    def _counts(self, tok: Token, lower: str) -> bool:
        return namey(tok) or self._lower_counts(tok, lower, 1)

    @staticmethod
    def _lower_counts(tok: Token, lower: str, count: int) -> bool:
        if lower == "any":
            return lower_ok(tok)
        if lower == "known":
            return lower_ok(tok) and (count > 0 or tok.folded in FIRST_NAMES_ALL)
        return False

    def _index_at(self, pos: int) -> int:
        return bisect_left(self.starts, pos)

    def _add(self, first: int, end: int, score: float, reason: str) -> None:
        self.candidates.append(Candidate(self.tokens[first].start, self.tokens[end - 1].end,
                                          score, reason))

    def _words_at(self, pos: int) -> Scan:
        """Every word of the next few after `pos`, lower-case ones included."""
        return Scan(self.text, tokenize(self.text, TOKEN_ALL, pos, pos + 80), self.lang)

    def _lower_name_end(self, first: int) -> int:
        """The end index of a name that starts with a lower-case given name at `first`:
        a surname after it counts if it is known, capitalised, or ends the clause."""
        tokens, k = self.tokens, first + 1
        while k < len(tokens) and k - first < 3 and self._tight(k - 1, k):
            tok = tokens[k]
            if namey(tok) or (lower_ok(tok) and (
                    tok.folded in SURNAMES or known_given(tok.folded)[0]
                    or CLAUSE_END.match(self.text, tok.end) or self._common_next(k + 1))):
                k += 1
                continue
            break
        return k

    def _common_next(self, index: int) -> bool:
        """Whether token `index` is a function word or a particle ("kevin dubreuil de chez")."""
        return index < len(self.tokens) and (
            self.tokens[index].folded in COMMON_WORDS or self.tokens[index].folded in PARTICLES)

    def _name_at(self, pos: int, *, lower: str, limit: int,
                 min_words: int = 1) -> tuple[int, int] | None:
        """The (start, end) of the name announced by a cue that ends at `pos`, if any."""
        scan = self if lower == "no" else self._words_at(pos)
        first = scan._index_at(pos)
        if first >= len(scan.tokens) or scan.tokens[first].start != pos or scan._title(
                scan.tokens[first], first)[0]:
            return None  # nothing here, or a title: the title rule finds the name after it
        end, count = scan._take(first, limit=limit, lower=lower, cued=True)
        if count < min_words:
            return None
        return scan.tokens[first].start, scan.tokens[end - 1].end

    def _title(self, tok: Token, index: int) -> tuple[bool, str]:
        """(is a title here, lower-case mode for the name after it)."""
        word = tok.text
        if tok.kind == "ini":
            # "M. Dupont" in French; in English "M." is an initial ("Abby M. Laidlaw").
            return word in TITLES_EXACT and (word != "M." or self.lang == "fr"), "no"
        lower_ok_here = tok.kind == "lower" and tok.folded in TITLES_LOWER_OK
        if tok.folded in TITLES_WITH_DOT and self.text.startswith(".", tok.end):
            return True, "any" if lower_ok_here else "no"  # "ms. Quinzia", "mr. patel"
        if tok.folded in TITLES_ANY_CASE:
            # "madame durand" in a lower-case chat; after "Madame" a name is capitalised.
            return True, "any" if lower_ok_here else "no"
        if word in TITLES_EXACT:
            return True, "no"
        if word == TITLE_ME and self.lang == "fr":
            return True, "no"
        return False, "no"

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

    def _blocked(self, cand: Candidate) -> bool:
        first = self._index_at(cand.start)
        last = self._index_at(cand.end) - 1
        if cand.score < 0.9 and first < len(self.tokens) and self.tokens[
                first].start == cand.start and self._place_before(first):
            return True
        nxt = last + 1
        if 0 <= last and self.tokens[last].end == cand.end and nxt < len(self.tokens) and (
                self.tokens[nxt].folded in PLACE_AFTER and self._tight(last, nxt)):
            return True
        span = re.sub(r"\s+", " ", fold(self.text[cand.start:cand.end]).replace("'", " "))
        return span in BRANDS

    def _cut(self, cand: Candidate) -> Candidate:
        for cut in self.cuts:
            if cand.start < cut < cand.end:
                cand.end = cut
        return cand

    def findings(self, detector: str) -> list[Finding]:
        """The candidates that survive the filters, overlapping or adjacent ones merged."""
        merged = merge_overlapping(self._cut(c) for c in self.candidates if not self._blocked(c))
        joined: list[Candidate] = []
        for cand in merged:
            if joined and SPACES.fullmatch(self.text, joined[-1].end, cand.start):
                # "Thi" and "Mai Nguyen" found apart are one name.
                last = joined[-1]
                if cand.score > last.score:
                    last.score, last.reason = cand.score, cand.reason
                last.end = cand.end
            else:
                joined.append(cand)
        return [Finding(type=PERSON, start=c.start, end=c.end, score=c.score, detector=detector,
                        reason=f"person name: {c.reason}") for c in joined]
