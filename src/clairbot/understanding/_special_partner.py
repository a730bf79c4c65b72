"""A partner of the writer's own gender: sexual orientation told without a word about it.

"Je suis désolée, ma compagne est malade" or "Regards, Mrs Clarke ... my wife will sign" say
as much as "je suis lesbienne", and no sensitive word is there for the lexicon to find. This
rule reads the two halves a person would: the writer's gender, from what French agreement or
a title says of it ("je suis ravie", "en tant que père", "Mme Diallo" signing), and their
partner's ("mon mari", "my wife"). Only when both are told and they match is it reported.

The writer's own first name tells it too, where they sign ("Mon mari passera. Julien") or
introduce themselves ("this is Mark, my husband will sign"), when that name is borne almost
only by one gender (`_names_gendered`; "Claude", "Camille" or "Sasha" tell nothing). Recall
first: a wrong guess masks "my husband" as sensitive, a missed one stores a person's
orientation in clear. The guess only ever protects; no gender is recorded or shown.

What it does not guess: "mon copain" / "ma copine" are as often friends as partners; "ma femme
de ménage" is the cleaner. A woman writing of her husband, or a man of his wife, reveals
nothing here.
"""

from __future__ import annotations

import re

from clairbot.categories import SPECIAL_CATEGORY
from clairbot.findings import Finding
from clairbot.text import fold
from clairbot.textmatch import accent_insensitive, lower_same_length
from clairbot.understanding._names_gendered import FEMININE, MASCULINE

DETECTOR = "special_category"

# French words whose ending says the writer's gender after "je suis" (accents folded); not
# "sûr(e)", which "je suis sur le chantier" would read, nor the epicene ("originaire").
_FEMININE_FR = ("mariee|pacsee|allee|partie|venue|nee|arrivee|rentree|sortie|restee|tombee|"
                "passee|ravie|desolee|fatiguee|obligee|contente|certaine|enceinte|absente|"
                "inquiete|heureuse|seule|prete|occupee|installee|embauchee|chargee|enchantee|"
                "navree|perdue|surprise|decue|malheureuse|convaincue|persuadee|originaire")
_MASCULINE_FR = ("marie|pacse|alle|parti|venu|ne|arrive|rentre|sorti|reste|tombe|passe|ravi|"
                 "desole|fatigue|oblige|content|certain|absent|inquiet|heureux|seul|pret|"
                 "occupe|installe|embauche|charge|enchante|navre|perdu|surpris|decu|"
                 "malheureux|convaincu|persuade")
# Any first-person form of "être" (or of a verb that agrees like it) before the word.
_I_AM_FR = (r"(?:je\s+(?:suis|serai|serais|me\s+suis|me\s+sens|reste)|j'?\s*(?:suis|etais|"
            r"ai\s+ete)|chui|chuis|moi\s+qui\s+suis)\s+"
            r"(?:(?:tres|vraiment|si|tellement|bien|deja|toute?|pas|encore|un\s+peu)\s+)?")
# Any other agreeing word, by its ending or its article: "je suis coincée", "je suis la
# gérante" (f); "je suis épuisé", "je suis le gérant" (m). Written with its accent: "é" alone
# is masculine, where a bare "e" ends many words of either gender ("je suis libre").
# "là" (here) and "un peu" (a little) are no articles.
_FEMININE_FORM = r"[^\W\d_]+(?:ée|euse)\b|(?:l[a]|une)\s+(?!peu\b)[^\W\d_]{3,}"
_MASCULINE_FORM = r"[^\W\d_]+(?:é|eux)\b|(?:le|un)\s+(?!peu\b)[^\W\d_]{3,}"
_WRITER = (
    ("f", re.compile(accent_insensitive(rf"\b{_I_AM_FR}(?:{_FEMININE_FR})\b"
                     rf"|\b{_I_AM_FR}(?:{_FEMININE_FORM})"
                     r"|\b(?:en\s+tant\s+que|as\s+a|i\s+am\s+a|i'?m\s+a|je\s+suis\s+une?)\s+"
                     r"(?:femme|mere|maman|woman|mother|mum|mom|wife)\b"
                     r"|\b(?:this\s+is|c'?est|ici)\s+(?:mrs|ms|miss|mme|madame|mlle)\b\.?"
                     r"|\b(?:mrs|ms|miss|mme|madame|mlle)\.?\s+\w+[\s.!]*$"))),
    ("m", re.compile(accent_insensitive(rf"\b{_I_AM_FR}(?:{_MASCULINE_FR})\b"
                     rf"|\b{_I_AM_FR}(?:{_MASCULINE_FORM})"
                     r"|\b(?:en\s+tant\s+que|as\s+a|i\s+am\s+a|i'?m\s+a|je\s+suis\s+une?)\s+"
                     r"(?:homme|pere|papa|man|father|dad|husband)\b"
                     r"|\b(?:this\s+is|c'?est|ici)\s+(?:mr|monsieur)\b\.?"
                     r"|\b(?:mr|monsieur)\.?\s+\w+[\s.!]*$"))),
)
# The writer's first name: in a signature (the message's last one or two words, after a
# sign-off, a sentence's end or a line break) or an introduction.
_SIGN_OFF = (r"merci|thanks|thank\s+you|thx|cheers|regards|cordialement|salutations|bien\s+a\s+"
             r"vous|bonne\s+journee|bises|best|ciao")
_WRITER_NAME = (
    re.compile(accent_insensitive(
        rf"(?:^|[.!?\n,;:\u2014\u2013-]|\b(?:{_SIGN_OFF}))\s*(?P<name>[^\W\d_]+)"
        r"(?:[ \t]+[^\W\d_.]+\.?)?[\s.!]*$")),
    re.compile(accent_insensitive(
        r"\b(?:je\s+m'?\s*appelle|je\s+suis|moi\s+c'?\s*est|my\s+name\s+is|my\s+name'?s|"
        r"this\s+is|i'?m|i\s+am|ici)\s+(?P<name>[^\W\d_]+)")),
)
_AGREEMENT = frozenset(f"{_FEMININE_FR}|{_MASCULINE_FR}".split("|"))
# The writer's partner, and that partner's gender.
_PARTNER = re.compile(accent_insensitive(
    r"\b(?P<m>(?:mon|my)\s+(?:mari|epoux|compagnon|conjoint|fiance|cheri|husband|boyfriend|"
    r"hubby|fiance))\b"
    r"|\b(?P<f>(?:ma|my)\s+(?:femme|compagne|conjointe|fiancee|cherie|wife|girlfriend|missus|"
    r"wifey)"
    r"|mon\s+epouse)\b(?!\s+de\s+(?:menage|chambre))"))


def same_gender_partner(text: str) -> list[Finding]:
    """The partners named in `text` whose gender is the writer's, as told by the text."""
    low = lower_same_length(text)  # spans carry over to `text`
    partners = list(_PARTNER.finditer(low))
    if not partners:
        return []
    genders = {gender for gender, pattern in _WRITER if pattern.search(low)}
    genders |= _named_writer(low)
    if len(genders) != 1:  # none told, or both (a quote, a couple writing): no guess
        return []
    (writer,) = genders
    found = []
    for match in partners:
        partner = "m" if match.group("m") else "f"
        if partner != writer:
            continue
        start, end = match.span()
        who = "woman" if writer == "f" else "man"
        found.append(Finding(
            type=SPECIAL_CATEGORY, start=start, end=end, score=0.8, detector=DETECTOR,
            subtype="sexual_orientation",
            reason=f"sexual orientation: '{text[start:end]}' written by a {who}, as the "
                   "message's own words tell"))
    return found


def _named_writer(low: str) -> set[str]:
    """The writer's gender as their signed or introduced first name tells it ("m", "f")."""
    genders = set()
    for pattern in _WRITER_NAME:
        for match in pattern.finditer(low):
            name = fold(match.group("name"))
            if name in _AGREEMENT:
                continue  # "je suis marié" tells the writer's gender, not a name ("Marie")
            if name in MASCULINE:
                genders.add("m")
            elif name in FEMININE:
                genders.add("f")
    return genders
