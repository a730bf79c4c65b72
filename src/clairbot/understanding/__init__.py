"""What a visitor's message means: its language, its intent (a person asked for, the bot's
identity questioned, small talk, consent withdrawn, a data right exercised, a question),
the special categories of personal data it reveals, and the person names it holds.

The invariants rest on it (a person is always reachable, the bot never passes for a human,
special categories are never kept without consent): rules where they are exact, small linear
models shipped in `models/` for paraphrase (`classifier`, `features`; trained by
`training/understanding/build.py`, recall first), measured on a held-out split nobody tuned
them on (`bench/understanding_eval.py`; docs/understanding.md). It depends on nothing above
the text helpers; the privacy guards and the conversation use it.
"""

from clairbot.understanding.intents import Intent, IntentMatch, detect_intent
from clairbot.understanding.language import detect_language
from clairbot.understanding.names import PersonNameDetector
from clairbot.understanding.special_categories import SpecialCategoryDetector

__all__ = ["Intent", "IntentMatch", "PersonNameDetector", "SpecialCategoryDetector",
           "detect_intent", "detect_language"]
