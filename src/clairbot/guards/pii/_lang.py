"""A cheap French/English guess for rows that do not say their language.

The conversation layer has a proper language stage; the guards sit below it and only need
to pick the phone numbering plans and keyword lists, so common function words suffice.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zà-ÿœ]+")
_FR = frozenset(
    "le la les un une des du de et est je j l d qu n tu il elle nous vous ils sont pour pas "
    "que qui sur avec dans mon ma mes votre vos notre nos ce cette ces au aux ne plus mais ou où "
    "bonjour merci svp s'il ai avez suis être faire commande facture livraison numéro"
    .split())
_EN = frozenset(
    "the an and is are i you he she we they for not that which on with in my your our "
    "this these to of it be have has do does was were hello hi thanks thank please can "
    "could would order invoice delivery number".split())
_FRENCH_LETTERS = frozenset("éèêàçùâîôûœ")


def guess_lang(text: str, default: str = "fr") -> str:
    """"fr" or "en" by counting function words; `default` when nothing tells them apart."""
    lowered = text.lower()
    fr = en = 0
    for word in _WORD.findall(lowered):
        fr += word in _FR
        en += word in _EN
    if any(char in _FRENCH_LETTERS for char in lowered):
        fr += 1
    if fr == en:
        return default
    return "fr" if fr > en else "en"
