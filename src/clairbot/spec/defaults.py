"""Built-in wording and limits of the bot spec.

The default disclosures are what a visitor reads first when the spec says
``disclosure: {fr: default, en: default}``: who is talking (the bot, by name), that it is an
automated assistant, that it can be wrong, and how to reach a person at any time.

The word lists below decide whether a disclosure *reworded* by a bot owner still discloses
automation (EU AI Act art. 50(1)) and does not claim to be human. They are matched on folded
text (lower case, accents removed, see `clairbot.text.fold`), so they are written folded.
"""

from __future__ import annotations

import re
from typing import Final, Literal

Language = Literal["fr", "en"]
"""A language Clairbot speaks."""

LANGUAGES: Final[tuple[Language, ...]] = ("fr", "en")

LANGUAGE_NAMES: Final[dict[str, str]] = {"fr": "French", "en": "English"}
"""English names of the languages, for problem messages read by bot owners."""

DEFAULT_KEYWORD: Final = "default"
"""The value that, in a language-keyed disclosure, selects the built-in wording."""

DEFAULT_DISCLOSURES: Final[dict[Language, str]] = {
    "fr": (
        "Bonjour, je suis {bot}, l'assistant automatisé (IA) de {company}. Mes réponses peuvent "
        "contenir des erreurs. Vous pouvez joindre une personne de notre équipe à tout moment : "
        "écrivez « conseiller »."
    ),
    "en": (
        "Hello, I am {bot}, {company}'s automated assistant (AI). My answers may contain "
        "mistakes. You can reach a person from our team at any time: type “agent”."
    ),
}
"""Default disclosure per language; ``{bot}`` and ``{company}`` are filled from the spec."""

AUTOMATION_TERMS: Final[dict[Language, tuple[str, ...]]] = {
    "fr": ("assistant automatise", "assistante automatisee", "assistant virtuel",
           "assistante virtuelle", "robot", "bot", "chatbot", "ia",
           "intelligence artificielle", "automatique", "automatise", "automatisee"),
    "en": ("automated", "bot", "chatbot", "robot", "ai", "artificial intelligence",
           "virtual assistant", "machine"),
}
"""Terms (sequences of folded words) of which a disclosure must contain at least one."""

AUTOMATION_EXAMPLES: Final[dict[Language, str]] = {
    "fr": "« assistant automatisé », « assistant virtuel », « IA », « intelligence artificielle », "
          "« robot » or « bot »",
    "en": "\"automated assistant\", \"virtual assistant\", \"AI\", \"artificial intelligence\", "
          "\"bot\" or \"machine\"",
}
"""The same terms as a bot owner would write them, for problem messages."""

# "I am", optionally followed by the bot's name and a comma ("I'm Clara, a real person").
_I_AM_FR = r"\bje\s+suis\s+(?:[\w-]+\s*,\s*)?"
_I_AM_EN = r"\bi\s*(?:am|'m)\s+(?:[\w-]+\s*,\s*)?"
# "je suis un conseiller virtuel" is a bot describing itself, not a claim to be a person.
_NOT_VIRTUAL_FR = r"\b(?!-|\s+(?:virtuel|virtuelle|automatise|automatisee|numerique|ia)\b)"
HUMAN_CLAIMS: Final[dict[Language, tuple[re.Pattern[str], ...]]] = {
    "fr": tuple(re.compile(p) for p in (
        _I_AM_FR + r"(?:un\s+|une\s+)?(?:vrai\s+|vraie\s+|veritable\s+)?"
                   r"(?:humain|humaine|etre\s+humain|personne|conseiller|conseillere)"
                   + _NOT_VIRTUAL_FR,
        _I_AM_FR + r"(?:bien\s+)?(?:reel|reelle)\b",
        r"\bje\s+ne\s+suis\s+pas\s+(?:un\s+|une\s+)?(?:robot|bot|chatbot|machine|ia\b|"
        r"intelligence\s+artificielle|assistant\s+automatise|programme)",
        r"\bpas\s+(?:a\s+|avec\s+)?(?:un\s+|une\s+)?(?:robot|bot|chatbot|machine)\b",
        r"\bvous\s+(?:parlez|discutez|echangez|ecrivez)\s+(?:avec|a)\s+(?:un\s+|une\s+)?"
        r"(?:vrai\s+|vraie\s+|veritable\s+)?(?:humain|humaine|personne|conseiller|conseillere)\b",
    )),
    "en": tuple(re.compile(p) for p in (
        _I_AM_EN + r"(?:a\s+)?(?:real\s+)?(?:human|person|human\s+being|man|woman|agent)\b(?!-)",
        _I_AM_EN + r"real\b",
        _I_AM_EN + r"not\s+(?:a\s+|an\s+)?(?:bot|robot|chatbot|machine|ai\b|"
                   r"artificial\s+intelligence|automated|program)",
        r"\b(?:not|never)\s+(?:a\s+|an\s+)?(?:bot|robot|chatbot|machine)\b",
        r"\byou\s*(?:are|'re)\s+(?:talking|chatting|speaking|writing)\s+(?:to|with)\s+"
        r"(?:a\s+)?(?:real\s+)?(?:human|person|human\s+being)\b",
    )),
}
"""Phrases by which a text would claim that the bot is a person (matched on folded text)."""

MAX_RETENTION_DAYS: Final = 3650
"""Upper bound for conversations and personal data: beyond ten years is almost surely a typo."""

MAX_CONSENT_PROOF_DAYS: Final = 7300
"""Proof of consent may be kept longer (limitation periods), still within twenty years."""

DEFAULT_CONSENT_PROOF_DAYS: Final = 1825
"""Five years: the French civil limitation period, during which consent may be disputed."""

DEFAULT_INCIDENT_RETENTION_DAYS: Final = 365
"""A year after an incident's last change: its handling stays reviewable over a full yearly
governance cycle (the accountable owners' answers, the overdue ones), then it is deleted."""
