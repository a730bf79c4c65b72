"""Outbound guard: no text sent as the bot may claim to be a human (DESIGN.md invariant 1).

`claims_human` checks any bot text, templates and LLM output alike, in French and English. It
looks for the speaker ("I", "je", "as a ...", "you are talking to ...") presenting itself as a
person ("I'm a real person", "je suis une vraie personne"), as a member of staff ("I am a
customer service agent named Julie", "je suis votre conseillère"), or denying being a machine
("I'm not a bot", "je ne suis pas un robot"). Honest texts pass: "I am an automated assistant",
"I am not a human", "would you like to talk to a human?", "un conseiller humain vous
répondra", "our human agents are available 9-18".
"""

from __future__ import annotations

import re

from clairbot.text import fold

__all__ = ["claims_human"]

# Words that make a role honest: "your virtual advisor", "un agent conversationnel".
_MACHINE = (r"(?:virtual|automated|automatic|ai|a\.i\.|artificial|digital|chat|bot|robot|"
            r"computer|software|online|virtuel|virtuelle|automatique|automatise|automatisee|ia|"
            r"numerique|conversationnel|conversationnelle|intelligent|intelligente)")
_EN_I_AM = r"\b(?:i am|i'm|im|i m)"
_EN_HUMAN = (r"(?:(?:a|an|one) )?(?:(?:real|actual|living|genuine|true|flesh and blood|live) )*"
             r"(?:human being|human|person|man|woman)"
             r"(?! (?:resources?|rights|error|readable|factors?)\b)")
_EN_STAFF = (r"(?:(?:a|an|your|the|one of the|one of your|one of our) )"
             r"(?:(?!" + _MACHINE + r"\b)[a-z-]+ ){0,3}"
             r"(?:agent|representative|rep|advisor|adviser|consultant|operator|employee|"
             r"staff member|team member|specialist|technician|account manager)s?\b"
             r"(?! (?:bot|assistant|program|system|ai)\b)")
_FR_HUMAN = (r"(?:(?:un|une) )?(?:(?:vrai|vraie|veritable) )?"
             r"(?:etre humain|humaine?|personne(?: reelle| physique| humaine)?|homme|femme)"
             r"(?! (?:morale|ressources)\b)")
_FR_STAFF = (r"(?:(?:un|une|votre|ton|ta|le|la|l') ?)?(?:(?:vrai|vraie) )?"
             r"(?:conseiller|conseillere|agent|operateur|operatrice|technicien|technicienne|"
             r"commercial|commerciale|employe|employee|representant|representante|"
             r"gestionnaire|interlocuteur|interlocutrice|collaborateur|collaboratrice)"
             r"(?! " + _MACHINE + r"\b)(?! (?:virtuel|virtuelle|automatique)\b)")
_BOT = (r"(?:(?:a|an|just a|some) )?(?:bot|robot|chatbot|chat bot|ai|a\.i\.|machine|computer|"
        r"program|software|artificial intelligence|automated (?:system|assistant|agent|program)|"
        r"virtual assistant|automated|artificial)\b")
_FR_BOT = (r"(?:(?:un|une|qu'un|qu'une|juste un|juste une) )?(?:robot|bot|chatbot|ia|machine|"
           r"ordinateur|programme|logiciel|intelligence artificielle|assistant virtuel|"
           r"automate|automatique|artificiel|artificielle)\b")

_CLAIMS = tuple(re.compile(pattern) for pattern in (
    # English: "I'm a real person", "I am human", "I am Julie, a customer service agent"
    _EN_I_AM + r"(?: [a-z]+ ,| [a-z]+,)? (?:really |actually |truly |just )?" + _EN_HUMAN,
    _EN_I_AM + r"(?: [a-z]+ ,| [a-z]+,)? " + _EN_STAFF,
    _EN_I_AM + r" (?:really |actually )?(?:real|alive|human|flesh and blood)\b(?! estate)",
    # "I'm not a bot", "I am no robot"
    _EN_I_AM + r" (?:not|no|definitely not|really not|certainly not) " + _BOT,
    r"\b(?:as|speaking as) (?:a |an |one )?(?:real |fellow )?(?:human|person|human being)"
    r"(?: agent| being)?(?: ?,| i\b)",
    r"\byou(?: are|'re| re) (?:talking|speaking|chatting|writing) (?:to|with) "
    r"(?:a |an )?(?:real |actual |live )?(?:human|person|human being)\b",
    r"\byou(?: are|'re| re) not (?:talking|speaking|chatting|writing) (?:to|with) " + _BOT,
    r"\b(?:a|an) (?:real |actual |live )?(?:human|person) is (?:answering|replying|typing|"
    r"writing|talking|speaking|responding) (?:to )?you\b",
    # French: "je suis une vraie personne", "je suis votre conseillère", "je ne suis pas un robot"
    r"\bje suis (?:vraiment |bien |reellement )?" + _FR_HUMAN + r"\b",
    r"\bje suis (?:[a-z]+ , |[a-z]+, )?" + _FR_STAFF + r"\b",
    r"\bje suis (?:vraiment |bien )?(?:reel|reelle|vivant|vivante|en chair et en os)\b",
    r"\bje (?:ne )?suis (?:pas|point|absolument pas|vraiment pas) " + _FR_BOT,
    r"\ben tant (?:qu'|que )(?:etre humain|humain|humaine|personne)\b",
    r"\bvous (?:parlez|discutez|echangez|ecrivez) (?:a|avec) (?:un |une )?(?:vrai |vraie )?"
    r"(?:humain|humaine|personne|etre humain)\b",
    r"\bvous ne (?:parlez|discutez|echangez) pas (?:a|avec) " + _FR_BOT,
    r"\b(?:un|une) (?:vrai |vraie )?(?:humain|personne) (?:qui )?vous (?:repond|ecrit|parle)\b",
))


def claims_human(text: str) -> str | None:
    """Return the phrase by which `text` claims to be a human (or denies being a machine),
    or None when the text is honest.

    Matching is case- and accent-insensitive; the returned phrase is taken from `text` when
    folding kept its length (the usual case), otherwise from its folded form.
    """
    folded = fold(text)
    for pattern in _CLAIMS:
        found = pattern.search(folded)
        if found:
            if len(folded) == len(text):
                return text[found.start():found.end()]
            return found.group(0)
    return None
