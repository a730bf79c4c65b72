"""Token runs for `PersonNameDetector`: how a name is read from the tokens where a cue points,
and the filters and merging applied to the candidates of one message.

`names.py` holds the cues (what announces a name) on top of this `Scan`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from clairbot.categories import PERSON
from clairbot.findings import Finding
from clairbot.text import fold
from clairbot.textmatch import ScoredSpan, merge_overlapping
from clairbot.understanding._names_gazetteer import FIRST_NAMES_ALL
from clairbot.understanding._names_surnames import SURNAMES
from clairbot.understanding._names_tokens import (
    ASSISTANTS,
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
    CUE_CONFIRMS,
    PARTICLES,
    PLACE_AFTER,
    PLACE_AFTER_CAPITALISED,
    PLACE_BEFORE,
    SENTENCE_WORDS,
    TITLE_ME,
    TITLES_ANY_CASE,
    TITLES_EXACT,
    TITLES_LOWER_OK,
)

# The reason a likeness cue gives (`names`): a name so found is no brand ("the wax figure of
# Marie Curie" is the person, not the charity).
PORTRAYED = "portrayed in"

SPACES = re.compile(r"[ \t\u00a0\u202f]+")
TITLES_WITH_DOT = frozenset({"ms", "pr", "prof", "mr", "mrs", "dr"})
# The start of a sentence right before a word: "... last week. Will".
SENTENCE_BEFORE = re.compile(r"(?:^|[.!?\n])[ \t\r]*\Z")
# Vietnamese middle names, after which a short given name may be a word ("Van An", "Thi Mai").
_VIET_MIDDLE = frozenset({"van", "thi"})
# "&" and the word on its other side: "Martin & Fils", "Marks & Spencer".
_AMPERSAND_AFTER = re.compile(r"[ \t]*&[ \t]*([^\W\d_]+)")
_AMPERSAND_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*&[ \t]*\Z")
# The end of a clause right after a lower-case name ("je suis kevin martin, client").
CLAUSE_END = re.compile(r"[ \t]*(?:[,.!?;:)\r\n]|$)")
# An unknown lower-case word after a given name that reads as an adverb ending the clause
# ("with nadia earlier"), or as a verb before a function word ("my colleague sandra looked at
# it"), not a surname ("this is kevin fielding" keeps its surname).
_ADVERBS = frozenset("earlier later instead anyway tonight tmrw tmr soon know now again too today "
                     "back thanks please asap".split())
# Chat abbreviations, which no surname is: "ask john abt the trap", "tell sam re the quote".
_CHAT_ABBREVIATIONS = frozenset("abt bout re wrt pls plz thx asap fyi btw rn idk imo bc cuz coz "
                                "kno knw ya u ur svp stp dsl stv".split())
_VERB_ENDING = re.compile(r"(?:ed|ing|ly)\Z")
# The verbs that most often follow a person in a chat, which no surname is: "le foreur sylvain
# arrive vers 14h", "karim passera demain", "tom arrives at 9".
_VERBS_AFTER_A_NAME = frozenset("""arrive arrivera arrivent passe passera vient viendra rappelle
rappellera appelle appellera part partira sera serait etait est va ira fait fera peut pourra doit
devra veut voudrait dit sait connait s'occupe gere arrives comes will would is was has had can could
says said knows wants needs""".split())
# What makes the lower-case French word after it a common noun ("le dernier passage de", "la
# salle de"); an English place keeps "of" ("the hall of residence").
_BEFORE_A_NOUN = frozenset("le la l du au son sa leur votre notre ce cet cette dernier derniere "
                           "prochain prochaine premier premiere ancien ancienne nouveau nouvelle"
                           .split())

Candidate = ScoredSpan


# A word joined by "and" / "et" after or before a name: "nadia et paul", "Tom and Priya".
# "or" / "ou" and Québec's "pis" join two people as well: "Grace or Emmanuel might know",
# "steve pis mathieu disent"; chats' "n" ("raj n priya checking").
_AND_AFTER = re.compile(r"[ \t]+(?P<joint>et|and|&|or|ou|pis|n)[ \t]+"
                        r"(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)\b")
_AND_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)[ \t]+"
                         r"(?P<joint>et|and|&|or|ou|pis|n)[ \t]+\Z")
# The first of a list of three ("Jack, Tane and Lerato are sorted"): a comma before a name
# found that "and" continues.
_LISTED_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][^\W\d_]+)(?P<joint>,)[ \t]+\Z")


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
            if namey(tok) or self._lower_counts(tok, lower, count) or (
                    cued and tok.kind == "cap" and tok.folded in CUE_CONFIRMS) or (
                    count and tok.kind == "cap" and len(tok.text) <= 5
                    and tokens[k - 1].folded in _VIET_MIDDLE):
                # A cue confirms a given name that is also a word ("my colleague Will"); a
                # Vietnamese middle name is followed by a short given name ("Nguyen Van An").
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
                if j > k and j < len(tokens) and self._tight(j - 1, j):
                    if self._counts(tokens[j], lower):
                        k = j
                        continue
                    if (tokens[j - 1].folded in _VIET_MIDDLE and tokens[j].kind == "cap"
                            and len(tokens[j].text) <= 5):
                        count += 1  # "Nguyen van An"
                        k = j + 1
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
        if lower != "no" and count == 0 and tok.folded in CUE_CONFIRMS:
            return True  # "my name is will turner"
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
            if namey(tok) or (lower_ok(tok) and tok.folded not in _CHAT_ABBREVIATIONS
                              and tok.folded not in _VERBS_AFTER_A_NAME and (
                    tok.folded in SURNAMES or known_given(tok.folded)[0]
                    or tok.folded not in _ADVERBS and CLAUSE_END.match(self.text, tok.end)
                    or not _VERB_ENDING.search(tok.folded) and self._common_next(k + 1))):
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

    def business_sign(self, index: int) -> bool:
        """Whether token `index` is "Chez" capitalised mid-sentence, as a business's sign is
        written ("le resto Chez Marcel"); "chez Marcel" or a sentence's "Chez Marcel, ..." is
        at Marcel's."""
        tok = self.tokens[index]
        if tok.text != "Chez" or index == 0:
            return False
        between = self.text[self.tokens[index - 1].end:tok.start]
        return not any(char in ".!?\n:;" for char in between)

    def _place_before(self, index: int) -> bool:
        """Whether the words before token `index` make it a place, institution or brand."""
        k, skipped = index - 1, 0
        while k >= 0 and skipped <= 2 and (self._tight(k, k + 1) or self._abbreviated(k)):
            tok = self.tokens[k]
            if tok.folded in PLACE_BEFORE and not (
                    tok.folded == "college" and k and self._colleague(k, index)) and not (
                    (skipped or self.tokens[index].text[:2] in ("d'", "d’"))
                    and self._common_noun(k)):
                return True  # ("ma collège Svetlana": "collègue" misspelt, not a school)
            if self.business_sign(k):
                return True
            if tok.folded in PARTICLES or tok.folded in ("of", "the"):
                k -= 1
                skipped += 1
                continue
            return False
        return False

    def _colleague(self, k: int, index: int) -> bool:
        """Whether "collège" at token `k` is "collègue" misspelt: after "ma" ("ma collège
        Svetlana"), or after "mon" before one given name alone ("Mon collége Samir a regardé";
        "mon collège Jean Moulin" is a school)."""
        before = self.tokens[k - 1].folded
        if before == "ma":
            return True
        after = index + 1
        return before == "mon" and index == k + 1 and (
            after >= len(self.tokens) or self.tokens[after].kind not in ("cap", "upper"))

    def _common_noun(self, k: int) -> bool:
        """Whether token `k`, a word that may start a place's name, is a common noun here: in
        lower case after an article, a possessive or an adjective ("le dernier passage de
        Patrice", "la salle de Marc"), unlike "passage Choiseul" or "12 rue de la Paix"."""
        tok = self.tokens[k]
        return tok.kind == "lower" and k > 0 and self.tokens[k - 1].folded in _BEFORE_A_NOUN

    def _abbreviated(self, left: int) -> bool:
        """Whether token `left` is an abbreviation with its dot before the next ("St. Patrick")."""
        prev, tok = self.tokens[left], self.tokens[left + 1]
        return (self.text.startswith(".", prev.end)
                and SPACES.fullmatch(self.text, prev.end + 1, tok.start) is not None)

    def _company_with(self, cand: Candidate) -> bool:
        """Whether "&" joins the name to a word that is not a given name: "Martin & Fils",
        "Marks & Spencer", "Ernst & Young" are companies; "Sarah & James" are two people."""
        after = _AMPERSAND_AFTER.match(self.text, cand.end)
        before = _AMPERSAND_BEFORE.search(self.text, max(0, cand.start - 40), cand.start)
        other = after or before
        if other is None:
            return False
        # "Ben & Jerry's", "Marks & Spencer": a brand of two names joined
        name, joined = fold(self.text[cand.start:cand.end]), fold(other.group(1))
        if (f"{name} {joined}" if after else f"{joined} {name}") in BRANDS:
            return True
        return not known_given(joined)[0]

    def _brand_around(self, cand: Candidate, span: str) -> bool:
        """Whether the name with the word before or after it is a brand ("Dr Martens")."""
        first = self._index_at(cand.start)
        last = self._index_at(cand.end) - 1
        if first > 0 and first < len(self.tokens) and self.tokens[first].start == cand.start and (
                self._tight(first - 1, first) or self._abbreviated(first - 1)) and (
                f"{self.tokens[first - 1].folded.rstrip('.')} {span}" in BRANDS):
            return True
        return (0 <= last < len(self.tokens) - 1 and self._tight(last, last + 1)
                and f"{span} {self.tokens[last + 1].folded}" in BRANDS)

    def _blocked(self, cand: Candidate) -> bool:
        first = self._index_at(cand.start)
        last = self._index_at(cand.end) - 1
        if cand.score < 0.9 and first < len(self.tokens) and self.tokens[
                first].start == cand.start and self._place_before(first):
            return True
        nxt = last + 1
        if 0 <= last and self.tokens[last].end == cand.end and nxt < len(self.tokens) and (
                (self.tokens[nxt].folded in PLACE_AFTER or (
                    self.tokens[nxt].folded in PLACE_AFTER_CAPITALISED
                    and self.tokens[nxt].kind == "cap")) and (self._tight(last, nxt) or (
                    # "Martin Luther King Jr. Drive"
                    self.tokens[last].folded in ("jr", "sr") and self._abbreviated(last)))):
            return True
        span = re.sub(r"\s+", " ", fold(self.text[cand.start:cand.end]).replace("'", " "))
        if "&" in self.text and self._company_with(cand):
            return True
        if span in ASSISTANTS:
            return True  # "Thank you, Clairbot": an assistant, not a person
        # ("the wax figure of Marie Curie": the person portrayed, not the charity)
        return (span in BRANDS or self._brand_around(cand, span)) and not cand.reason.startswith(
            PORTRAYED)

    def _cut(self, cand: Candidate) -> Candidate:
        for cut in self.cuts:
            if cand.start < cut < cand.end:
                cand.end = cut
        return cand

    def _named_again(self, found: list[Candidate]) -> list[Candidate]:
        """Later or earlier mentions of a word of a name a cue found ("M. Quéméneur ...
        Quéméneur m'a promis", "Ask for Hunter. Hunter knows"): the same capitalised word is
        the same person, unless it is also a word starting a sentence ("Mark as resolved")."""
        words: dict[str, str] = {}
        for cand in found:
            if cand.score < 0.7:
                continue
            for tok in self.tokens[self._index_at(cand.start):self._index_at(cand.end)]:
                if tok.kind in ("cap", "upper") and len(tok.text) > 2 and (
                        tok.folded not in PARTICLES and tok.folded not in COMMON_WORDS):
                    words[tok.text] = self.text[cand.start:cand.end]
        if not words:
            return []
        # Spans found, by start, with the furthest end reached so far: is a token inside one?
        spans = sorted((c.start, c.end) for c in found)
        starts = [start for start, _ in spans]
        reach = list(accumulate((end for _, end in spans), max))
        again: list[Candidate] = []
        for tok in self.tokens:
            name = words.get(tok.text)
            if name is None:
                continue
            k = bisect_right(starts, tok.start) - 1
            if k >= 0 and tok.start < reach[k]:
                continue  # already inside a name found
            if tok.folded in SENTENCE_WORDS and SENTENCE_BEFORE.search(
                    self.text, max(0, tok.start - 8), tok.start):
                continue
            cand = Candidate(tok.start, tok.end, 0.7, f"'{tok.text}' named again (as '{name}')")
            if not self._blocked(cand):
                again.append(cand)
        return again

    def _coordinated(self, found: list[Candidate]) -> list[Candidate]:
        """A known given name joined by "et" / "and" / "or" to a name found ("nadia et paul st
        ok", "Priya and Tom signed"): two people named together, written alike (both in lower
        case or both capitalised). One that is also a common word never counts ("Rose and
        Will"); one that is also a place or a brand counts capitalised, beside a name found
        by a cue ("Lucie et Oscar, nos comédiens", "Grace or Emmanuel"), but never with "&"
        ("Marks & Spencer")."""
        both: list[Candidate] = []
        for cand in found:
            if cand.score < 0.6:  # a given name alone (0.55) is too weak to vouch for another
                continue
            name = self.text[cand.start:cand.end]
            listed = _AND_AFTER.match(self.text, cand.end) and _LISTED_BEFORE.search(
                self.text, max(0, cand.start - 40), cand.start)
            for match in (_AND_AFTER.match(self.text, cand.end),
                          _AND_BEFORE.search(self.text, max(0, cand.start - 40), cand.start),
                          listed or None):
                if match is None:
                    continue
                word = match.group("word")
                known, ambiguous = known_given(fold(word))
                if ambiguous and (word[:1].islower() or match.group("joint") == "&"):
                    continue
                if (not known or fold(word) in COMMON_WORDS
                        or word[:1].islower() != name[:1].islower()):
                    continue
                joined = Candidate(match.start("word"), match.end("word"), 0.7,
                                   f"'{word}' is a known given name, named with '{name}'")
                if not self._blocked(joined):
                    both.append(joined)
        return both

    def findings(self, detector: str) -> list[Finding]:
        """The candidates that survive the filters, overlapping or adjacent ones merged."""
        kept = [self._cut(c) for c in self.candidates if not self._blocked(c)]
        if kept:
            kept += self._named_again(kept) + self._coordinated(kept)
        merged = merge_overlapping(kept)
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
