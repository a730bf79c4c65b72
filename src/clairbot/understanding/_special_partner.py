"""A partner of the writer's own gender: sexual orientation told without a word about it.

"Je suis désolée, ma compagne est malade" or "Regards, Mrs Clarke ... my wife will sign" say
as much as "je suis lesbienne", and no sensitive word is there for the lexicon to find. This
rule reads the two halves a person would: the writer's gender, from what French agreement or
a title says of it ("je suis ravie", "en tant que père", "Mme Diallo" signing), and their
partner's ("mon mari", "my wife"). Only when both are told and they match is it reported.

What it does not guess: a gender from a first name alone ("Cordialement, Claude"), nor from
"mon copain" / "ma copine", which are as often friends as partners; "ma femme de ménage" is
the cleaner. A woman writing of her husband, or a man of his wife, reveals nothing here.
"""

from __future__ import annotations

import re

from clairbot.categories import SPECIAL_CATEGORY
from clairbot.findings import Finding
from clairbot.textmatch import accent_insensitive, lower_same_length

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
_WRITER = (
    ("f", re.compile(accent_insensitive(rf"\b{_I_AM_FR}(?:{_FEMININE_FR})\b"
                     r"|\b(?:en\s+tant\s+que|as\s+a|i\s+am\s+a|i'?m\s+a|je\s+suis\s+une?)\s+"
                     r"(?:femme|mere|maman|woman|mother|mum|mom|wife)\b"
                     r"|\b(?:this\s+is|c'?est|ici)\s+(?:mrs|ms|miss|mme|madame|mlle)\b\.?"
                     r"|\b(?:mrs|ms|miss|mme|madame|mlle)\.?\s+\w+[\s.!]*$"))),
    ("m", re.compile(accent_insensitive(rf"\b{_I_AM_FR}(?:{_MASCULINE_FR})\b"
                     r"|\b(?:en\s+tant\s+que|as\s+a|i\s+am\s+a|i'?m\s+a|je\s+suis\s+une?)\s+"
                     r"(?:homme|pere|papa|man|father|dad|husband)\b"
                     r"|\b(?:this\s+is|c'?est|ici)\s+(?:mr|monsieur)\b\.?"
                     r"|\b(?:mr|monsieur)\.?\s+\w+[\s.!]*$"))),
)
# The writer's partner, and that partner's gender.
_PARTNER = re.compile(accent_insensitive(
    r"\b(?P<m>(?:mon|my)\s+(?:mari|epoux|compagnon|fiance|cheri|husband|boyfriend|hubby|"
    r"fiance))\b"
    r"|\b(?P<f>(?:ma|my)\s+(?:femme|compagne|fiancee|cherie|wife|girlfriend|missus|wifey)"
    r"|mon\s+epouse)\b(?!\s+de\s+(?:menage|chambre))"))


def same_gender_partner(text: str) -> list[Finding]:
    """The partners named in `text` whose gender is the writer's, as told by the text."""
    low = lower_same_length(text)  # spans carry over to `text`
    partners = list(_PARTNER.finditer(low))
    if not partners:
        return []
    genders = {gender for gender, pattern in _WRITER if pattern.search(low)}
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
