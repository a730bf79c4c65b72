"""Context cues for `PersonNameDetector`: the words that announce a name.

Every pattern runs on the lower-cased message and ends where the name begins; `HINTS` lists,
per cue, substrings without which its pattern cannot match, so that most messages skip most
patterns after a few substring tests.
"""

from __future__ import annotations

import re

APOS = r"['’]"
# Cue patterns run on the lower-cased message; each starts with a look-ahead on its possible
# first letters, which lets the regex engine skip ahead quickly.
# Introductions after which the name may be in lower case ("je m'appelle jean dupont").
STRONG = re.compile(
    r"(?=[jmhti])\b(?:je\s+m" + APOS + r"appelle|je\s+me\s+nomme|mon\s+nom\s+"
    r"(?:de\s+famille\s+)?(?:est|c" + APOS + r"est)|mon\s+pr[ée]nom\s+(?:est|c" + APOS
    + r"est)|(?:my|his|her|their)\s+(?:full\s+|first\s+|last\s+|family\s+|given\s+|"
    r"maiden\s+)?name\s+is|my\s+name" + APOS + r"s|i\s+am\s+called|i" + APOS
    + r"m\s+called)\s*:?[ \t]+")
# Introductions after which a lower-case word counts only if it is a known given name.
WEAK = re.compile(
    r"(?=[miecshn])\b(?:moi\s+c" + APOS + r"est|(?:il|elle)\s+s" + APOS + r"appelle|"
    r"call\s+me|(?:he|she)\s+is\s+called|(?:he|she)" + APOS + r"s\s+called|named)[ \t]+")
# Form labels: "Nom : Dupont", "Name: John Smith", "contact : Marie Curie".
LABEL = re.compile(
    r"(?:^|(?<=[\n;|(,.]))[ \t]*(?:nom(?:\s+et\s+pr[ée]nom|\s+complet|\s+de\s+famille)?|"
    r"pr[ée]nom(?:\s+et\s+nom)?|(?:full\s+|first\s+|last\s+|given\s+)?name|surname|"
    r"contact|interlocut(?:eur|rice)|signataire|destinataire|exp[ée]diteur|demandeur|"
    r"titulaire|(?:account\s+)?holder|attn|[àa]\s+l" + APOS + r"attention\s+de|patiente?|"
    r"sign[ée]\s+par|signed\s+by)[ \t]*:[ \t]*", re.MULTILINE)
# "I'm X from ACME", "c'est X de chez Y": checked after the name by `COMPANY_AFTER`.
INTRO = re.compile(
    r"(?=[itcmj])\b(?:i" + APOS + r"m|i\s+am|this\s+is|it" + APOS + r"s|c" + APOS
    + r"est|ici|moi\s+c" + APOS + r"est|je\s+suis)[ \t]+")
COMPANY_AFTER = re.compile(r"[ \t]*,?[ \t]+(?:from|at|de|du|d" + APOS + r"|chez)\b")
RELATION = re.compile(
    r"(?=[mnvoyh])\b(?:mon|ma|notre|votre|my|our|your|his|her)\s+(?:coll[èe]gue|"
    r"collaborat(?:eur|rice)|associ[ée]e?|responsable|manager|chef|directeur|directrice|"
    r"assistante?|comptable|mari|femme|[ée]pouse|[ée]poux|conjointe?|fils|fille|fr[èe]re|"
    r"s(?:oe|œ)ur|p[èe]re|m[èe]re|colleague|co-?worker|boss|husband|wife|son|daughter|brother|"
    r"sister|father|mother|kid|child|enfant|assistant|accountant|supervisor|"
    r"grand-?(?:p[èe]re|m[èe]re)|grand(?:father|mother))[ \t]*,?[ \t]+")
# "written by Zargan Vedzizhev", "signed by Ana Lopes": a full name (two words or more) after "by".
BY = re.compile(r"(?=b)\bby[ \t]+")
# "Hi Christin,", "Bonjour Zoé !": a greeting, then a name, then punctuation.
AFTER_GREETING = re.compile(r"[ \t]*(?:[,!:\r\n]|$)")
# A sign-off at the start of a line or sentence, then a comma, a line break or a dash, then a
# name that ends its line ("Best regards, Jane Doe", "Cordialement,\nJ. Martin").
SIGN_OFF = re.compile(
    r"(?=[bcsrmkwyt])\b(?:(?:bien\s+)?cordialement|sinc[èe]res\s+salutations|"
    r"salutations(?:\s+distingu[ée]es)?|bien\s+[àa]\s+vous|(?:best|kind|warm)\s+regards|"
    r"regards|best\s+wishes|(?:yours\s+)?sincerely|yours\s+(?:truly|faithfully)|"
    r"many\s+thanks|thanks|thank\s+you|cheers|merci(?:\s+d" + APOS + r"avance|"
    r"\s+beaucoup|\s+par\s+avance)?|bonne\s+(?:journ[ée]e|soir[ée]e))"
    r"[ \t]*(?:[,.!][ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*|-[ \t]*)")

# Substrings (lower case) without which a cue pattern cannot match: skip its regex.
HINTS: dict[str, tuple[str, ...]] = {
    "strong": ("appel", "nomme", "nom", "name", "called"),
    "weak": ("appel", "call", "named", "moi"),
    "label": (":",),
    "by": ("by ",),
    "intro": (" from ", " at ", " de ", " du ", " d'", " d’", " chez "),
    "relation": ("coll", "associ", "responsable", "manager", "chef", "direct", "assist",
                 "comptable", "mari", "femme", "pou", "conjoint", "fils", "fille", "frère",
                 "frere", "sœur", "soeur", "père", "pere", "mère", "mere", "son ", "worker",
                 "boss", "husband", "wife", "daughter", "brother", "sister", "father", "mother",
                 "kid", "child", "enfant", "grand", "accountant", "supervisor"),
    "sign_off": ("cordialement", "salutations", "vous", "regards", "wishes", "sincerely",
                 "yours", "thank", "cheers", "merci", "bonne"),
}


def hinted(low: str, cue: str) -> bool:
    """Whether `low` (the lower-cased message) may hold the cue named `cue`."""
    return any(hint in low for hint in HINTS[cue])
