"""Rule-based intent detection for visitor messages (French and English).

Two intents carry invariants of DESIGN.md and must survive any phrasing, slang or typo:
HUMAN_REQUEST (a person is always one message away) and BOT_IDENTITY ("are you a bot?" is
always answered truthfully). Small talk (greeting, thanks, goodbye) is recognised only when
the message is nothing but small talk; everything else is a QUESTION for the responder.

How it works (a few tens of microseconds per message, no model, no network):

1. `_normalize` folds the text (`clairbot.text.fold`), splits it into tokens, expands
   contractions and elisions ("t'es" -> "tu es", "don't" -> "do not", "wanna" -> "want to"),
   and repairs typos of the few words that matter ("somneone", "eprson", "umain") with a
   one-edit lookup against a small vocabulary. Sentence punctuation becomes a "." token.
2. Precompiled regular expressions over the normalised text recognise the *shape* of a
   request: a verb of talking, contacting or connecting followed by a person ("talk to a
   human", "passez-moi un conseiller"), wanting a person ("i need a live agent"), a person
   named alone ("representative", "un humain svp"), a callback, refusing the bot ("i don't
   want to talk to a bot"); or of a question about the bot's nature ("are you a bot",
   "t'es un robot", "am i talking to a real person", "what are you").
3. Priority: HUMAN_REQUEST > BOT_IDENTITY > small talk > QUESTION. Questions about who is on
   the other side ("am i talking to a human?") are blanked out before the human-request
   rules run, so that they are not taken for a request to talk to a human.

Nouns alone never decide: "what is the agent fee", "human resources", "the robot arm",
"can a person pick up the order" stay questions. `IntentMatch.rule` names the rule that
fired, so that every routing decision can be explained and audited.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from clairbot.text import fold

__all__ = ["Intent", "IntentMatch", "detect_intent"]


class Intent(StrEnum):
    """What a visitor message asks for."""

    HUMAN_REQUEST = "human_request"
    BOT_IDENTITY = "bot_identity"
    GREETING = "greeting"
    THANKS = "thanks"
    GOODBYE = "goodbye"
    QUESTION = "question"


@dataclass(frozen=True)
class IntentMatch:
    """The detected intent and the name of the rule that decided it ("" for QUESTION)."""

    intent: Intent
    rule: str


# --- normalisation -------------------------------------------------------------------------

_INITIALS = re.compile(r"\b([ai])\.\s?([ai])\b\.?")  # "I.A.", "A.I."
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*|[.?!;:,()]+")
_ELISION = re.compile(r"(j|t|m|l|d|n|s|c|qu|jusqu|lorsqu|puisqu)'(.+)")
_ELIDED = {"j": "je", "t": "tu", "m": "me", "l": "le", "d": "de", "n": "ne", "s": "se",
           "c": "ce", "qu": "que", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque"}
_EN_SUFFIX = re.compile(r"(.+?)(n't|'re|'m|'ll|'ve|'d|'s)")
_SUFFIXES = {"n't": "not", "'re": "are", "'m": "am", "'ll": "will", "'ve": "have", "'d": "would"}
_IS_AFTER = frozenset("what who it that there here where how he she this".split())

# Whole tokens rewritten before matching: contractions typed without apostrophe, chat
# shorthand and a few spellings that one-edit repair cannot reach (too short to be safe).
_WORDS: dict[str, str] = {
    "im": "i am", "ive": "i have", "youre": "you are", "dont": "do not", "doesnt": "does not",
    "didnt": "did not", "isnt": "is not", "arent": "are not", "wasnt": "was not",
    "cant": "can not", "cannot": "can not", "can't": "can not", "wont": "will not",
    "won't": "will not", "ain't": "is not", "wouldnt": "would not", "couldnt": "could not",
    "whats": "what is", "thats": "that is", "theres": "there is", "wanna": "want to",
    "gonna": "going to", "gotta": "got to", "gimme": "give me", "lemme": "let me",
    "u": "you", "yu": "you", "r": "are", "pls": "please", "plz": "please", "plse": "please",
    "pleas": "please", "thx": "thanks", "thnx": "thanks", "thnks": "thanks", "thanx": "thanks",
    "tks": "thanks", "ty": "thank you", "wth": "with", "wiht": "with", "wirh": "with",
    "whit": "with", "ot": "to", "okay": "ok", "oki": "ok", "okey": "ok", "k": "ok",
    "stp": "svp", "s'il": "si il", "y'a": "y a", "qqn": "quelquun", "qq1": "quelquun",
    "quelqun": "quelquun", "quelqu": "quelquun", "kelkun": "quelquun", "cest": "ce est",
    "jai": "je ai", "chui": "je suis", "jsuis": "je suis", "veu": "veux", "veut": "veux",
    "voudrai": "voudrais", "c": "ce est", "bjr": "bonjour", "slt": "salut", "bsr": "bonsoir",
    "mrc": "merci", "tchat": "chat",
}

# Words whose misspellings are repaired: a missing or extra letter from 5 letters on
# ("somone", "talkk"), a wrong or swapped letter from 6 letters on ("eprson", "ooerator").
_VOCABULARY = frozenset((
    "someone somebody anyone anybody person human agent operator assistant assistance talk "
    "representative advisor customer service support talking speaking speak contact "
    "contacting connect transfer direct forward chatting please thanks thank hello goodbye "
    "robot chatbot computer machine artificial intelligence automated humain humaine personne "
    "quelquun conseiller conseillere operateur interlocuteur representant merci bonjour bonsoir "
    "artificiel artificielle"
).split())
# Real words (English and French) one edit away from a vocabulary word: never "repaired".
_NOT_TYPOS = frozenset((
    "prison persona parson argent contract contrat constat sport spark speck steak sneak spear "
    "taking walking balking stalk cheating commuter compute compter compteur pleased mercy "
    "humane talkie think thing thanked manger aient perron canyon servile serviez advisory "
    "dirent machina directs connects contacts forwards personnel direction"
).split())
# Elongated spellings ("helloooo", "byee", "mercii", "bbot") are looked up without repeats.
_ELONGATED = ("hi hello hey bye bot ok thanks thank merci yes no please robot human coucou "
              "salut bonjour").split()
_ELONGATION = re.compile(r"(.)\1\1|^(.)\2|(.)\3$")
# A short word typed without its space: "tosomebody", "bloodyperson", "udirect",
# "speakwith", "touchwith".
_GLUED = re.compile(r"(to|a|an|the|with|u|my|bloody|damn|fucking)([a-z]{5,})")
_GLUED_AFTER = re.compile(r"(talk|speak|chat|touch|contact|connect|transfer|talking|"
                          r"speaking|chatting)(with|to)")
# Verbs of talking are short, so their typos are repaired only right before "to"/"with"
# ("taok to", "spak with", "chay with"), and never into a real word ("walk to", "what to").
_SHORT_WORDS_NEAR_TALK = frozenset((
    "walk tall tale talc tank task tack balk calk stalk tail peak sneak steak speck spear seal "
    "cat chad chai chan chant chap char chart cheat chit coat hat that what shat phat chav "
    "chats talks speaks"
).split())


def _one_edit(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in letters}
            | {a + c + b for a, b in splits for c in letters})


_TALK_TYPOS = {typo: verb for verb in ("talk", "speak", "chat") for typo in _one_edit(verb)
               if typo not in _SHORT_WORDS_NEAR_TALK and typo != verb}


def _deletes(word: str) -> Iterable[str]:
    return (word[:i] + word[i + 1:] for i in range(len(word)))


def _squeeze(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


def _one_letter_less() -> dict[str, str]:
    index: dict[str, str] = {}
    ambiguous: set[str] = set()
    for word in _VOCABULARY:
        for variant in _deletes(word):
            if index.get(variant, word) != word:
                ambiguous.add(variant)
            index[variant] = word
    return {variant: word for variant, word in index.items()
            if variant not in ambiguous and variant not in _VOCABULARY}


_MISSING_LETTER = _one_letter_less()
_SQUEEZED = {_squeeze(word): word for word in _ELONGATED}


def _repair(token: str) -> str:
    """Return the vocabulary word `token` misspells, or `token` itself."""
    if token in _VOCABULARY or token in _NOT_TYPOS or len(token) < 3 or token.isdigit():
        return token
    if _ELONGATION.search(token) and _squeeze(token) in _SQUEEZED:
        return _SQUEEZED[_squeeze(token)]
    if len(token) < 5:
        return token
    glued = _GLUED.fullmatch(token)
    if glued and glued.group(2) in _VOCABULARY:
        return f"{_canonical(glued.group(1))} {glued.group(2)}"
    glued = _GLUED_AFTER.fullmatch(token)
    if glued:
        return f"{glued.group(1)} {glued.group(2)}"
    if token in _MISSING_LETTER:
        return _MISSING_LETTER[token]
    variants = list(_deletes(token))
    for variant in variants:  # one letter too many
        if variant in _VOCABULARY:
            return variant
    if len(token) >= 6:
        for variant in variants:  # one letter wrong, or two swapped
            if variant in _MISSING_LETTER:
                return _MISSING_LETTER[variant]
    return token


@lru_cache(maxsize=65536)
def _canonical(token: str) -> str:
    """Return the normalised spelling of one folded token (may expand to several words)."""
    if token in _WORDS:
        return _WORDS[token]
    if "'" in token:
        elision = _ELISION.fullmatch(token)
        if elision:
            return f"{_ELIDED[elision.group(1)]} {_canonical(elision.group(2))}"
        suffix = _EN_SUFFIX.fullmatch(token)
        if suffix:
            base, tail = suffix.groups()
            if tail == "'s":
                return f"{base} is" if base in _IS_AFTER else _canonical(base)
            return f"{_canonical(base)} {_SUFFIXES[tail]}"
        return _canonical(token.replace("'", ""))
    return _repair(token)


def _normalize(text: str) -> str:
    """Fold, tokenise and canonicalise `text` into space-separated words and "." marks."""
    folded = fold(text).replace("-", " ").replace("_", " ")
    if "." in folded:
        folded = _INITIALS.sub(r"\1\2", folded)
    out = ["." if not token[0].isalnum() else _canonical(token)
           for token in _TOKEN.findall(folded)]
    for i in range(1, len(out)):
        if out[i] in ("to", "with") and out[i - 1] in _TALK_TYPOS:
            out[i - 1] = _TALK_TYPOS[out[i - 1]]
    return " ".join(out)


# --- vocabulary of the rules ----------------------------------------------------------------

def _alt(*parts: str) -> str:
    return "(?:" + "|".join(parts) + ")"


def _words(spaced: str) -> str:
    """A regex alternation of the '|'-separated phrases of `spaced`, longest first (so that
    "computer program" wins over "computer" inside atomic groups)."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(spaced):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(spaced[start:i])
            start = i + 1
    parts.append(spaced[start:])
    return _alt(*sorted(parts, key=len, reverse=True))


_END = r"(?=\s*(?:$|\.))"

# EN: a person the visitor could be put in touch with.
_EN_MOD = (r"(?:(?:real|live|actual|proper|physical|human|other|another|qualified|competent|"
           r"true|living|manual|dedicated|specific|senior|available|bloody|damn|damned|"
           r"fucking|fuckin|freaking|goddamn|stupid|single|customer|support|service|sales|"
           r"account|technical|tech|billing|helpdesk|help desk|(?:real|actual) [a-z]+) )*")
_EN_DET = (r"(?:(?:a|an|na|the|some|any|one|your|ur|one of (?:your|the|ur)|"
           r"(?:someone|somebody) (?:from|at|in|on|of) (?:your |the |ur )?) )?")
_EN_STAFF = _words(
    "human beings?|humans?|persons?|people|someone else|somebody else|someone|somebody|anyone|"
    "anybody|agents?|operators?|representatives?|reps?|advisors?|advisers?|consultants?|"
    "assistants?|account managers?|managers?|supervisors?|specialists?|technicians?|experts?|"
    "salesperson|salesman|saleswoman|employees?|staff(?: members?)?|team(?: members?)?|"
    "colleagues?|founders?|support(?: team| staff| desk| department| line| center)?|"
    "customer (?:service|services|support|care|success|assistance|relations)"
    "(?: team| department| desk| center| centre| line| rep| representative| agent)?|"
    "help ?desk|service desk|hotline|call cent(?:er|re)|sales(?: team| department)?|humain")
_EN_MINE = _words("my (?:account manager|advisor|adviser|consultant|sales rep|representative|"
                  "rep|agent|contact person|contact)")
_EN_PERSON = _alt(_EN_DET + _EN_MOD + _EN_STAFF, _EN_MINE) + r"\b"
# The narrower set wanted as an object ("i need ..."), where "people" or "team" mislead.
_EN_WANTED = _alt(_EN_DET + _EN_MOD + _words(
    "human beings?|humans?|person|someone else|somebody else|someone|somebody|agent|operator|"
    "representative|rep|advisor|adviser|consultant|assistant|account manager|manager|"
    "supervisor|support|customer (?:service|support|care|assistance)(?: agent| rep| team)?|"
    "service agent|humain"), _EN_MINE) + r"\b"
_EN_WANT_END = (
    r"(?=\s*(?:$|\.|\b(?:please|now|asap|right now|immediately|instead|urgently|quickly|today|"
    r"here|already|again|thanks|thank you|then|not (?:a|an|the|this|your|some) |rather than|"
    r"to (?:help|assist|talk|speak|chat|call|contact|answer|respond|reply|handle|deal|sort|"
    r"get back|explain|discuss|take over)|on the (?:phone|line|chat)|from |at (?:your|the|ur)|"
    r"of (?:your|the)|(?:who|that) (?:can|could|will|is able to) (?:help|assist|talk|speak|"
    r"answer|explain|understand)|who (?:understands|knows)|"
    r"for (?:help|assistance|this|that|me|support)|so|lol|or|but|because|cuz|since|if|svp|"
    r"si il)\b))")

# FR: the same, in French (after normalisation: "l'" -> "le", "d'" -> "de").
_FR_DET = (r"(?:(?:un|une|le|la|les|des|du|de|votre|vos|ton|ta|tes|"
           r"(?:quelquun|une personne|un membre) (?:du|de|de la|des|de le|chez)) )?")
_FR_MOD = r"(?:(?:vrai|vraie|vrais|vraies|veritable|reel|reelle|autre|bon|bonne|seul|seule) )*"
_FR_NOUN = _words(
    "etres? humains?|humaine?s?|quelquun|conseill(?:er|ere|e|ers|eres|es)|agents?|"
    "operat(?:eur|rice)s?|interlocut(?:eur|rice)s?|representante?s?|commerciale?s?|commerciaux|"
    "techniciens?|technicienne?s?|responsables?|gestionnaires?(?: de compte)?|"
    "charges? (?:de compte|de clientele|de affaires)|collaborat(?:eur|rice)s?|employee?s?|"
    "salariee?s?|membres? de (?:le |la )?equipe|equipes?|assistante?s?|experte?s?|specialistes?|"
    "superviseur|manager|chef|hotline|standard|standardiste|soutien(?: technique| client)?|"
    "support(?: client| technique)?|service (?:client|clients|clientele|a la clientele|"
    "apres vente|commercial|technique|support|comptabilite|comptable|facturation|achats?|"
    "consommateurs?|relation client)|sav|assistance(?: technique| client| telephonique)?|"
    "relation client|centre de appels?|gens|human")
_FR_POST = (r"(?: (?:humaine?s?|reel(?:le)?s?|physiques?|en chair et en os|en vrai|de chez vous|"
            r"manuel(?:le)?s?|qualifiee?s?|competente?s?))?")
_FR_MINE = _words("mon (?:conseiller|commercial|gestionnaire|interlocuteur|responsable|"
                  "charge de compte|contact)|ma (?:conseillere|commerciale|gestionnaire|"
                  "interlocutrice|responsable)")
# "personne" alone means "nobody": only "une/la/des personne(s)" is a person.
_FR_PERSON = _alt(_FR_DET + _FR_MOD + _FR_NOUN + _FR_POST,
                  r"(?:une|la|des|les|cette|votre) " + _FR_MOD + r"personnes?" + _FR_POST,
                  _FR_MINE) + r"\b"
_FR_WANT_END = (
    r"(?=\s*(?:$|\.|\b(?:svp|si il|merci|maintenant|tout de suite|vite|rapidement|urgent|"
    r"please|au telephone|par telephone|en ligne|pas un|plutot|et pas|au lieu|qui (?:puisse|peut|"
    r"pourrait|sait|connait)|pour (?:me|parler|discuter|repondre|de le aide)|de chez vous|"
    r"de votre|du service|de le service|car|parce que|je vous prie|a qui|avec qui|que je)\b))")

# Who a "who is on the other side" question may name.
_BOT_NOUN = _words(
    "(?:[a-z]+ )?(?:chat ?bots?|bots?|chatterbot)|robot|robots|robo|droid|android|ai|"
    "artificial intelligence(?: being| program| system| entity)?|machine|computer|"
    "computer (?:program|generated voice|system)|program|programme|software|algorithm|app|"
    "application|automaton|script|llm|language model|chat ?gpt|gpt|recording|"
    "virtual (?:assistant|agent|being)|digital (?:assistant|agent|being|entity)|"
    "automated (?:system|assistant|assistance|agent|service|program|response|bot|chat|reply|"
    "voice|message)|ai (?:assistant|agent|program|system|model|bot|chatbot)")
_LIFE_NOUN = (
    r"(?:(?:real|actual|live|living|human|true|flesh and blood|organic|genuine|physical|proper|"
    r"sentient|conscious|breathing|real life) )*" + _words(
        "human beings?|humans?|person|people|being|life ?form|boy|girl|man|woman|lady|guy|"
        "individual|entity|creature|animal|insect|cat|dog|pet|member of the human race|"
        "employee|agent|operator|representative|(?:someone|somebody) (?:real|human|alive)|"
        "someone|somebody"))
_ID_ADJ = _words(
    "real|human|alive|living|automated|artificial|fake|sentient|digital|virtual|corporeal|"
    "imaginary|pretend|conscious|programmed|organic|synthetic|for real|a fake|a real one|"
    "real life|in real life|legit|self aware|made of flesh|ai (?:powered|based|driven)|"
    "computer generated|machine generated")
_IDENT = r"(?:(?:a|an|some|the) )?" + _alt(_BOT_NOUN, _LIFE_NOUN, _ID_ADJ)
_CHAIN = (r"(?>" + _IDENT + r"(?:(?: \.)? (?:or|and|nor|vs|versus) (?:are (?:you|ya) |are |am i |"
          r"is (?:it|this) |if you are |whether you are |just |really |actually |as )?"
          + _IDENT + r")*)")
_ID_END = (
    r"(?=\s*(?:$|\.|\b(?:right|are you|are not you|is not it|correct|yes|no|eh|huh|then|now|"
    r"lol|haha|please|too|either|by any chance|at all|honestly|really|actually|for real|"
    r"in real life|tell me|just curious|i think|i guess|i mean|be honest|truthfully|in fact|"
    r"or not|or no|or what|or something|or something else|or are you something|yet|anymore|"
    r"here|there|talking|speaking|answering|replying|responding|typing|writing|chatting|"
    r"on the other end|behind|(?:computer )?based|powered|driven|generated|i wonder|so|"
    r"because|cuz|since|after all|right now|this time|today|lmao|ok|again|(?:that|who) "
    r"(?:is|are) (?:real|human|alive)|in disguise|pretending|lying|do not lie|or a)\b))")

_FR_BOT = _words(
    "robots?|bots?|chat ?bots?|ia|intelligence artificielle|machine|ordinateur|programme|"
    "logiciel|algorithme|automate|androide|cyborg|repondeur(?: automatique)?|"
    "assistant (?:virtuel|automatique|automatise|numerique|ia|intelligent|conversationnel)|"
    "agent (?:virtuel|conversationnel|automatique|ia)|(?:systeme|programme|reponse) automatique|"
    "chat ?gpt|gpt|llm|application|appli")
_FR_LIFE = (r"(?:(?:vrai|vraie|vrais|vraies|veritable|reel|reelle) )?" + _words(
    "etre humain|etre vivant|etre|humaine?|personne|homme|femme|fille|garcon|gars|mec|meuf|"
    "animal(?: de compagnie)?|chat|chien|esprit|fantome|entite|individu|creature|"
    "conseill(?:er|ere|e)|agent|operat(?:eur|rice)|employee?|quelquun(?: de reel| de vrai)?")
    + r"(?: (?:reel(?:le)?|humaine?|physique|vivante?|en chair et en os|de chair et de sang))?")
_FR_ADJ = _words(
    "humaine?|reel(?:le)?|vraie?|artificiel(?:le)?|automatique|automatisee?|faux|fausse|"
    "vivante?|virtuel(?:le)?|numerique|consciente?|programmee?|en chair et en os")
_FR_IDENT = r"(?:(?:un|une|des|de|le|la) )?" + _alt(_FR_BOT, _FR_LIFE, _FR_ADJ)
_FR_CHAIN = (r"(?>" + _FR_IDENT + r"(?: (?:ou|et|ou bien|ou plutot|ou alors) (?:(?:tu es|"
             r"vous etes|es tu|etes vous) )?(?:pas |vraiment |juste )?" + _FR_IDENT + r")*)")
_FR_END = (
    r"(?=\s*(?:$|\.|\b(?:ou (?:pas|non|quoi|bien|alors)|hein|non|oui|right|pour de vrai|"
    r"en vrai|en realite|vraiment|derriere|qui (?:me |nous )?(?:repond|repondez|ecrit|parle|"
    r"tape|parlez)|ne est ce pas|ou je me trompe|quand meme|du coup|alors|lol|mdr|svp|"
    r"en fait|au fond|la|ici|maintenant|actuellement|moi|car|parce que|puisque|dis moi|"
    r"dites moi|sinon|je pense|je crois|non plus|avec moi|en ligne|ou une?|ou quelque)\b))")


@dataclass(frozen=True)
class _Rule:
    """A named pattern over normalised text.

    `needs` holds groups of words: a message must contain a word of every group for the
    pattern to be worth running (no group: always run); the last group, the rarest, indexes
    the rule. It only saves time, never changes a result (a test checks it). `unless` vetoes
    a match: a known look-alike of the intent.
    """

    name: str
    needs: tuple[frozenset[str], ...]
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None = None

    def matches(self, text: str) -> bool:
        """Whether the normalised `text` matches this rule."""
        return self.pattern.search(text) is not None and not (
            self.unless is not None and self.unless.search(text))


class _RuleSet:
    """Rules in priority order, indexed by the words that let them run."""

    def __init__(self, *specs: tuple[str, str, str] | tuple[str, str, str, str]) -> None:
        self.rules = tuple(
            _Rule(spec[0], tuple(frozenset(group.split()) for group in spec[1].split("&")
                                 if group.strip()),
                  re.compile(spec[2]), re.compile(spec[3]) if len(spec) == 4 else None)
            for spec in specs)
        self._always = frozenset(i for i, rule in enumerate(self.rules) if not rule.needs)
        by_word: dict[str, set[int]] = {}
        for i, rule in enumerate(self.rules):
            for word in rule.needs[-1] if rule.needs else ():
                by_word.setdefault(word, set()).add(i)
        self._by_word = {word: frozenset(indexes) for word, indexes in by_word.items()}
        self._keys = frozenset(self._by_word)

    def first_match(self, text: str, words: set[str]) -> _Rule | None:
        """The first rule, in priority order, that matches the normalised `text` (made of
        `words`)."""
        hits = words & self._keys
        if not hits and not self._always:
            return None
        for i in sorted(self._always.union(*[self._by_word[word] for word in hits])):
            rule = self.rules[i]
            if all(not group.isdisjoint(words) for group in rule.needs[:-1]) and rule.matches(text):
                return rule
        return None


# --- questions about who answers (checked before, and blanked out of, human requests) -----

_TALKING_WORDS = (
    "talking speaking chatting communicating conversing texting writing interacting dealing "
    "corresponding messaging typing parle discute cause communique chatte converse dialogue "
    "echange ecris tchatte parler discuter causer communiquer dialoguer echanger ecrire chatter "
    "affaire")
_TALKING = _words("talking|speaking|chatting|communicating|conversing|texting|writing|"
                  "interacting|dealing|corresponding|messaging|typing")
_AM_I_TALKING_TO = re.compile(
    r"\b(?:am i|are we|i am|was i|have i been|i have been|i (?:may|might) be|could i be)"
    r"(?: (?:really|actually|currently|now|even|just|still|right now|always|only))* "
    + _TALKING + r" (?:to|with|at) (?:to )?" + _alt(_IDENT, "someone real|someone") + r"\b"
    r"|\b(?:je (?:parle|discute|cause|communique|chatte|converse|dialogue|echange|ecris|tchatte)"
    r"|(?:ai je|je ai|est ce que je ai) affaire"
    r"|(?:je suis|suis je)(?: en train| entrain) de (?:parler|discuter|causer|communiquer|"
    r"converser|dialoguer|echanger|ecrire|chatter))(?: (?:bien|vraiment|reellement|"
    r"actuellement|en ce moment|la|maintenant|ici))* (?:a|avec|au) (?:(?:un|une|des|le|la|de) )?"
    r"(?:vrai |vraie |veritable )?"
    + _alt(_FR_BOT, _FR_LIFE) + r"\b")

# Gate word groups (see `_Rule.needs`): a person, or the nature of the one answering.
_EN_PERSON_WORDS = (
    "human humans being beings person persons people someone somebody anyone anybody agent "
    "agents operator operators representative representatives rep reps advisor advisors "
    "adviser advisers consultant consultants assistant assistants manager managers supervisor "
    "supervisors specialist specialists technician technicians expert experts salesperson "
    "salesman saleswoman employee employees staff team colleague colleagues founder founders "
    "support customer helpdesk desk service hotline center centre sales humain contact")
_FR_PERSON_WORDS = (
    "etre etres humain humains humaine humaines personne personnes quelquun conseiller "
    "conseillere conseille conseillers conseilleres conseilles agent agents operateur "
    "operatrice operateurs operatrices interlocuteur interlocutrice interlocuteurs "
    "interlocutrices representant representante representants representantes commercial "
    "commerciale commerciaux commerciales technicien technicienne techniciens techniciennes "
    "responsable responsables gestionnaire gestionnaires charge charges collaborateur "
    "collaboratrice collaborateurs collaboratrices employe employee employes employees "
    "salarie salariee salaries salariees membre membres equipe equipes assistant assistante "
    "assistants assistantes expert experte experts expertes specialiste specialistes "
    "superviseur manager chef hotline standard standardiste soutien support service sav "
    "assistance relation centre gens human contact commercial")
_EN_IDENT_WORDS = (
    "bot bots chatbot chatbots chatterbot chat robot robots robo droid android ai artificial "
    "intelligence machine computer program programme software algorithm app application "
    "automaton script llm language gpt chatgpt recording virtual digital automated human "
    "humans being beings person people lifeform life boy girl man woman lady guy individual "
    "entity creature animal insect cat dog pet member employee agent operator representative "
    "someone somebody real alive living fake sentient corporeal imaginary pretend conscious "
    "programmed organic synthetic legit self flesh generated")
_FR_IDENT_WORDS = (
    "robot robots bot bots chat chatbot chatbots ia intelligence artificielle machine "
    "ordinateur programme logiciel algorithme automate androide cyborg repondeur assistant "
    "agent systeme reponse gpt chatgpt llm application appli etre humain humaine humains "
    "personne homme femme fille garcon gars mec meuf animal chien esprit fantome entite "
    "individu creature conseiller conseillere conseille operateur operatrice employe employee "
    "quelquun reel reelle vrai vraie artificiel automatique automatisee automatise faux "
    "fausse vivant vivante virtuel virtuelle numerique conscient consciente programmee chair")

_BOT_RULES = _RuleSet(
    ("bot.are_you",
     "are & " + _EN_IDENT_WORDS,
     r"\b(?:are|are not) (?:you|ya|yu|your(?= (?:real|human|alive|fake|artificial)\b))"
     r"(?: (?:really|actually|just|secretly|even|truly|so|honestly|by any chance|now|still|"
     r"perhaps|maybe|in fact|right now|definitely|also|only|merely|simply|some kind of|"
     r"some sort of|a kind of|a sort of|like|possibly|considered|classified as|supposed to be|"
     r"meant to be|not))* " + _CHAIN + _ID_END,
     # "how old are you ai": the bot addressed by name, not asked what it is.
     r"\b(?:how|where|when|why|what) (?:[a-z]+ )*are you (?:ai|bot|robot|chatbot)$"),
    ("bot.could_you_be",
     "be & " + _EN_IDENT_WORDS,
     r"\b(?:could|can|would|might|may|will|must) (?:you|ya) (?:possibly |really |actually )?be "
     + _CHAIN + _ID_END),
    ("bot.you_are",
     "are were youre your be seem appear & " + _EN_IDENT_WORDS,
     r"\b(?:you are|you were|you r|youre|your(?= (?:a|an|not|just|really|actually|so|only)\b)|"
     r"you (?:must|might|may|could|would|should|will|have to) be|you seem(?: to be)?|"
     r"you appear(?: to be)?)(?: (?:not|no|never|just|only|really|actually|definitely|"
     r"obviously|clearly|probably|surely|simply|merely|secretly|even|nothing but|still|"
     r"basically|in fact|totally|so|kind of|sort of|some kind of|some sort of|like|a real))* "
     + _CHAIN + _ID_END),
    ("bot.you_alone",
     "you ur & " + _EN_IDENT_WORDS,
     r"(?:^|\. )(?:so |and )?(?:you|ur) (?:a |an )?" + _BOT_NOUN + _END),
    ("bot.sound_like",
     "like as & " + _EN_IDENT_WORDS,
     r"\b(?:you|this|it)(?: act and| talk and)? (?:sound|sounds|seem|seems|look|looks|talk|"
     r"talks|write|writes|act|acts|think|behave|behaves|reply|replies|respond|responds|answer|"
     r"answers|feel|feels|"
     r"type|types|come across)(?: so| very| a lot| exactly| just)? (?:like|as) " + _CHAIN
     + _ID_END),
    ("bot.classify_you",
     "you yourself urself & " + _EN_IDENT_WORDS,
     r"\b(?:call|consider|regard|deem|think of|classify|label)\w* (?:you|yourself|urself) "
     r"(?:as |to be )?" + _CHAIN + _ID_END
     + r"|\b(?:you|yourself|urself)(?: [a-z.]+){0,3}? (?:as|to be) " + _CHAIN + _ID_END),
    ("bot.what_are_you",
     "what who kind sort type",
     r"\b(?:what|who) (?:exactly |really |actually )?are (?:you|ya)(?: (?:exactly|really|"
     r"actually|then|anyway|anyways|even|precisely|made of|in reality|deep down|truly|"
     r"honestly|at all|supposed to be))*(?=\s*(?:$|\.|\b(?:a|an|bot|robot|human|person|ai|or|"
     r"lol|please|tell me|i mean)\b))"
     r"|\b(?:kind|sort|type) of (?:thing|being|entity|creature|life ?form|bot|robot|ai|"
     r"machine|program|software|system|assistant|technology|intelligence|tech|model) "
     r"(?:are you|you are|is this|am i talking to)\b"
     r"|\b(?:(?:what|who)|(?:say|think|believe)(?: that)?) you (?:really |actually |exactly )?"
     r"are(?=\s*(?:$|\.|\b(?:exactly|really|actually|precisely)\b))"),
    ("bot.who_is_talking",
     "who whom what",
     r"\b(?:who|whom|what) (?:am i|are we|is|is this|is it|is that) (?:really |actually |"
     r"currently |now )?(?:" + _TALKING + r"|answering|replying|responding)"
     r"(?: (?:to|with)(?: me| us)?)?(?=\s*(?:$|\.|\b(?:right now|now|here|there|lol|please|"
     r"on the other end|exactly|really)\b))"
     r"|\bwho (?:is|are you) (?:on|at) the other (?:end|side)\b|\bwho is behind (?:this|the) "
     r"(?:chat|screen|keyboard|conversation|messages)\b"),
    ("bot.am_i_talking_to",
     _TALKING_WORDS
     + "& " + _EN_IDENT_WORDS + " " + _FR_IDENT_WORDS, _AM_I_TALKING_TO.pattern),
    ("bot.is_this",
     "is was are & " + _EN_IDENT_WORDS,
     r"\b(?:is|was|are) (?:this|it|that|these)(?: (?:chat|conversation|service|assistant|thing|"
     r"support|line|voice|agent|reply|response|answer|message|messages|answers|replies|"
     r"responses|exchange|live chat|support chat|chatbot|chat window|widget))?(?: (?:really|"
     r"actually|just|even|still|now|right now|currently|being|run by|handled by|operated by|"
     r"powered by|controlled by|done by|written by|from|with))* " + _CHAIN
     + r"(?=\s*(?:$|\.|\b(?:right|now|or not|or what|lol|please|talking|speaking|answering|"
     r"replying|responding|typing|writing|on the other end|then|really|actually)\b))"),
    ("bot.anyone_answering",
     "answering responding replying reading writing typing read answer respond reply write "
     "type see monitor monitoring",
     r"\b(?:is|does|do|are|did) (?:a |an |some |the |any )?(?:real |live |actual )?(?:human|"
     r"person|people|humans|bot|robot|ai|machine|computer|someone|somebody|anyone|anybody|"
     r"employee|agent) (?:really |actually |even )?(?:answering|responding|replying|reading|"
     r"writing|typing|read|answer|respond|reply|write|type|see|monitor|monitoring)"
     r"(?: (?:me|this|these|those|my|the|your|here|now|messages?|chat|questions?|answers?|"
     r"replies|conversation|on the other end|behind))*" + _END),
    ("bot.answers_automated",
     "answers answer responses response replies reply texts text messages voice",
     r"\b(?:are|is|were|was) (?:your|these|those|the|this|that|ur) (?:answers?|responses?|"
     r"replies|reply|texts?|messages|voice) (?:really |actually |all |just )?(?:automated|"
     r"automatic|ai generated|generated|computer generated|machine generated|written|typed|"
     r"produced|made|created|coming|sent|from)\b"),
    ("bot.someone_behind",
     "behind other derriere cote bout typing answering reading writing",
     r"\b(?:is|are) there (?:a |an |any |some )?(?:real |live |actual )?(?:person|human|humans|"
     r"people|someone|somebody|anyone|anybody|bot|robot|ai|machine) (?:behind|on the other "
     r"(?:end|side)|at the other end|typing|answering|reading|writing)\b"
     r"|\b(?:y a t il|y at il|y a|il y a|est ce que il y a) (?:un |une |des |quelquun )?"
     r"(?:vrai |vraie |veritable )?(?:humain|personne|etre humain|robot|bot|ia|machine)?"
     r"(?: (?:reel|reelle|humain|humaine))? ?(?:derriere|de le autre cote|a le autre bout)\b"),
    ("bot.how_real",
     "how", r"\bhow (?:real|human|alive|artificial) are (?:you|ya)\b"),
    ("bot.do_you_exist",
     "exist have",
     r"\bdo you (?:really |truly |even |actually )?(?:exist|have (?:a |any )?(?:real |physical "
     r"|human )?(?:soul|body|life signs?|form|heartbeat|pulse|consciousness))\b"),
    ("bot.me_too_are_you",
     "are & " + _EN_IDENT_WORDS,
     r"\bi am (?:not )?" + _IDENT + r"(?: \.)? (?:and |but |what about |how about )?"
     r"(?:are|are not) you(?: one| too| either)?\b"),
    ("bot.about_yourself",
     "yourself urself",
     r"\b(?:tell me|talk)(?: a bit| a little| more| something)? about (?:yourself|urself)\b"
     r"|\b(?:describe|define|introduce|present) (?:yourself|urself)" + _ID_END),
    ("bot.one_word",
     "bot robot ai chatbot machine computer human person",
     r"^(?:(?:so|ok|hey|wait|hmm|just curious|quick question|question|seriously|honestly|"
     r"really|but|and|then|you|are) )*(?:a |an )?(?:real |actual |just )?(?:bot|robot|ai|"
     r"chatbot|machine|computer|human|person|real person)(?: (?:or|vs) (?:a |an )?(?:real )?"
     r"(?:bot|robot|ai|chatbot|machine|computer|human|person|human being))?"
     r"(?: (?:then|now|right|lol|or what|or not|\.))*$"),
    ("bot.fr_tu_es",
     "es tes serais etes seriez & " + _FR_IDENT_WORDS,
     r"\b(?:tu (?:ne )?es|tes(?= (?:un|une|pas|vraiment|humaine?|reel(?:le)?|vraie?)\b)|"
     r"tu serais|es tu|vous (?:ne )?etes|etes vous|seriez vous|serais tu|vous seriez)"
     r"(?: (?:pas|vraiment|reellement|juste|seulement|simplement|bien|en fait|en vrai|plutot|"
     r"donc|alors|une sorte de|un genre de|une espece de|un type de))* " + _FR_CHAIN + _FR_END),
    ("bot.fr_c_est",
     "est serait etait "
     "& robot bot chat chatbot ia intelligence humain etre vraie personne vrai automate "
     "repondeur assistant",
     r"\b(?:ce (?:ne )?est|est ce|ce serait|ce etait)(?: (?:pas|vraiment|bien|reellement|juste|"
     r"en fait|encore))* (?:un|une|des|le|la) (?:vrai |vraie |veritable )?(?:robot|bot|"
     r"chat ?bot|ia|intelligence artificielle|humain|etre humain|vraie personne|"
     r"personne reelle|personne physique|vrai humain|automate|repondeur automatique|"
     r"assistant virtuel)" + _FR_END),
    ("bot.fr_what_are_you",
     "quoi qui que",
     r"\b(?:tu es|vous etes|es tu|etes vous|tes) (?:quoi|qui)\b|\bquoi tu es\b"
     r"|\bque est ce que (?:tu es|vous etes)(?= *(?:$|\.|\b(?:exactement|en vrai|en realite|"
     r"au juste|au fond|comme|vraiment|donc)\b))"
     r"|\bqui (?:es tu|etes vous|se cache derriere|est derriere|est de le autre cote|"
     r"est a le autre bout|me (?:repond|parle|ecrit)|est en train de (?:me )?(?:repondre|"
     r"ecrire|parler))(?= *(?:$|\.|\b(?:la|ici|maintenant|actuellement|en ce moment|en fait|"
     r"vraiment|svp|exactement|en vrai)\b))"),
    ("bot.fr_nature",
     "nature race espece", r"\b(?:ta|ton|votre) (?:nature|race|espece)" + _FR_END),
    ("bot.fr_exist",
     "existes existez", r"\b(?:(?:tu|vous) (?:ne )?exist(?:es|ez)|exist(?:es tu|ez vous))\b"),
    ("bot.fr_anyone_answering",
     "repond repondent lit lisent ecrit ecrivent tape tapent voit voient "
     "& humain etre personne robot bot chatbot ia machine quelquun humains personnes",
     r"\b(?:un |une |des )?(?:vrai |vraie |veritable )?(?:humain|etre humain|personne|robot|"
     r"bot|chatbot|ia|machine|quelquun|humains|personnes) (?:qui )?(?:me |nous )?(?:repond|"
     r"repondent|lit|lisent|ecrit|ecrivent|tape|tapent|voit|voient)(?= *(?:$|\.|\b(?:mes|ces|"
     r"a mes|ici|la|derriere|maintenant|en ce moment|vraiment|ou|aux)\b))"),
    ("bot.fr_answers_automated",
     "reponses messages",
     r"\b(?:tes|vos|ces|les) (?:reponses|messages) (?:sont )?(?:elles |ils )?(?:automatiques|"
     r"automatisees|generees|ecrites|redigees|tapees|faites|produites)\b"),
    ("bot.fr_about_yourself",
     "presente presentez parle parlez decris decrivez",
     r"\b(?:presente toi|presentez vous|parle moi de toi|parlez moi de vous|decris toi|"
     r"decrivez vous)\b"),
)

_TALKING_WORDS_SET = frozenset(_TALKING_WORDS.split())

# --- requests for a person -----------------------------------------------------------------

_CONNECT_FORMS = (
    "connect connects connecting transfer transfers transferring put puts putting forward "
    "forwards forwarding redirect redirects redirecting route routes routing switch switches "
    "switching pass passes passing direct directs directing escalate escalates escalating send "
    "sends sending hand hands handing bring brings bringing patch patches patching refer "
    "refers referring get gets getting take takes taking")
_CONNECT = _words("|".join(_CONNECT_FORMS.split()))
_HUMAN_RULES = _RuleSet(
    ("human.talk_to_person",
     "call meeting appointment word conversation talk talking talkin speak speaking chat "
     "chatting converse conversing communicate communicating discuss discussing through & "
     + _EN_PERSON_WORDS,
     r"\b(?:talk|talking|talkin|speak|speaking|chat|chatting|converse|conversing|communicate|"
     r"communicating|discuss|discussing|get through|be put through|(?:have|get|book|schedule|"
     r"arrange|set up|want|need|like) (?:a |an )?(?:quick )?(?:call|phone call|meeting|"
     r"appointment|word|conversation|chat))(?: (?:directly|right now|"
     r"now|please|again|instead|today|live))? (?:to|with|w)(?: me)? " + _EN_PERSON),
    ("human.contact_person",
     "contact contacting reach reaching touch hold ahold call calling phone ring & "
     + _EN_PERSON_WORDS,
     r"\b(?:contact(?<!the contact)(?<!my contact)(?<!a contact)(?<!our contact)"
     r"(?<!your contact)(?<!new contact)(?<!main contact)(?! persons?\b)|contacting|reach|"
     r"reaching|get in touch with|"
     r"getting in touch with|get a hold of|get ahold of|get hold of|in touch with|"
     r"in contact with) " + _EN_PERSON
     + r"|\b(?:call|calling|phone|ring)(?! (?:someone|somebody|anyone|anybody|people)\b) "
     + _EN_PERSON),
    ("human.connect_me",
     "transferred connected redirected forwarded passed handed escalated switched routed "
     + _CONNECT_FORMS + " & " + _EN_PERSON_WORDS,
     r"\b" + _CONNECT + r" (?:(?:me|us|this|it|my (?:call|chat|request|case|ticket|"
     r"question|issue)|the (?:chat|conversation|call)|a conversation)(?: (?:over|back|through|"
     r"directly|now|please|right now|on))* (?:to|with|toward|towards|in touch with|"
     r"in contact with|onto)|(?:to|over to) me)(?: me)? " + _EN_PERSON
     + r"|\b(?:be|get|being|getting) (?:transferred|connected|put through|redirected|forwarded|"
     r"passed|handed over|escalated|switched|routed) (?:to|with) " + _EN_PERSON),
    ("human.want_person",
     "want need like prefer require demand request requesting ask asking rather give get find "
     "bring send have looking let & " + _EN_PERSON_WORDS,
     r"\b(?:want|need|would like|like to have|prefer|require|demand|request|requesting|"
     r"ask for|asking for|rather have|give me|get me|find me|bring me|send me|"
     r"(?:can|could|may) (?:i|we) (?:have|get)|(?:can|could) you get|looking for|"
     r"let me have)(?: to have| to get)? " + _EN_WANTED + _EN_WANT_END),
    ("human.help_from_person",
     "help assistance support answer response reply & " + _EN_PERSON_WORDS,
     r"\b(?:help|assistance|support|answer|response|reply) (?:from|by) " + _EN_PERSON),
    ("human.person_i_can_reach",
     "can could may might "
     "& talk speak chat contact call reach ask email write",
     r"\b" + _EN_STAFF + r" (?:i|we) (?:can|could|may|might) (?:talk|speak|chat|contact|call|"
     r"reach|ask|email|write)\b"),
    ("human.is_there_person",
     "there have offer provide & " + _EN_PERSON_WORDS,
     r"\b(?:is|are) there (?:(?:any|a|an|some|also|still|actually|even|really|real|live|actual|"
     r"other) )*(?:human beings?|humans?|persons?|people|someone|somebody|anyone|anybody|"
     r"agents?|operators?|representatives?|staff|employees?)(?=\s*(?:$|\.|\b(?:(?:i|we) "
     r"(?:can|could|may) (?:talk|speak|chat|contact|call|reach)|to (?:talk|speak|chat|help|"
     r"assist|answer)|available|working|there|here|online|at (?:your|the)|real|"
     r"who can (?:help|talk|speak|answer)|on the (?:line|phone|chat|other end)|or)\b))"
     r"|\bdo you (?:guys )?(?:have|offer|provide) (?:a |any )?(?:real |live |actual )?"
     r"(?:humans?|persons?|people|agents?|operators?|staff)(?=\s*(?:$|\.|\b(?:available|"
     r"i can|to talk|working|on|who)\b))"),
    ("human.human_help",
     "help support service assistance contact interaction response answer intervention touch "
     "handoff hand takeover review being "
     "& human person people live",
     r"\b(?:human|real person|live person|real people|person to person|live) (?:help|support|"
     r"service|assistance|contact|interaction|response|answer|intervention|touch|handoff|"
     r"hand off|takeover|review|being to help)\b",
     # a question about what a plan offers, not a request
     r"\b(?:included|include|includes|plan|plans|pricing|price|cost|costs|sla|subscription|"
     r"tier|package|option)\b"),
    ("human.not_a_bot",
     "not no never hate stop tired sick fed enough more instead rather is sucks pas plus assez "
     "& bot bots robot robots machine machines computer computers ai chatbot chatbots program "
     "programs automated ia",
     r"\b(?:do not|not|no|never|hate|stop|tired of|sick of|fed up with|enough of|no more|"
     r"instead of|rather than)\b(?: [a-z]+){0,4}? (?:talk|talking|speak|speaking|chat|"
     r"chatting|deal|dealing)(?: [a-z]+)? (?:to|with) (?:(?:a|an|the|this|your|some|stupid|"
     r"damn) )*(?:bot|robot|machine|computer|ai|chatbot|program|automated [a-z]+)s?\b"
     r"|\b(?:talking|speaking|chatting) (?:to|with) (?:a|an|the|this|your) (?:bot|robot|"
     r"machine|computer|chatbot|ai) (?:is|sucks)\b"
     r"|\b(?:no|not|no more|enough|stop|pas de|plus de|assez de) (?:a |the |un |une |de )?"
     r"(?:bots?|robots?|machines?|chatbots?|ia)(?: \.)? (?:(?:a|an|un|une|the) )?(?:real |vrai )?"
     r"(?:human|person|agent|humain|conseiller|personne)\b"),
    ("human.callback",
     "me callback back "
     "& callback call ring phone contact reach",
     r"\b(?:call|ring|phone) me back\b|\bcallback\b|\bcall back (?:request|please|asap)\b"
     r"|\b(?:can|could|would|will|please|should|have|get|need|want|like|(?:someone|somebody|"
     r"agent|you) to)(?: [a-z]+){0,2} (?:call|ring|phone|contact|reach) me"
     r"(?=\s*(?:$|\.|\b(?:back|please|asap|at|on|today|tomorrow|now|when|as soon|by phone|"
     r"about|regarding|to discuss|later|this|in|again|urgently|quickly|directly|soon)\b))"
     r"|^(?:please )?(?:call|ring|phone) me(?: please)?(?: \.)*$",
     # "what will you call me", "call me by my first name": a name, not a phone call.
     r"\b(?:what|how)\b(?: [a-z]+){0,6} call me\b|\bcall me (?:by|as|this|that)\b"
     r"|\bname\b(?: [a-z]+){0,8} call me\b"),
    # "who do i contact for X" asks for a contact the knowledge base may hold: a question.
    ("human.who_can_i_talk_to",
     "who "
     "& talk speak chat",
     r"\bwho (?:can|could|should|do|would|may|might|shall) (?:i|we) (?:talk|speak|chat)\b"),
    ("human.someone_help_me",
     "someone somebody human person agent operator representative advisor your "
     "& help assist call contact talk speak answer get reach take respond",
     r"\b(?:can|could|will|would) (?:someone|somebody|a (?:real |live )?(?:human|person)|"
     r"an? (?:agent|operator|representative|advisor)|one of your (?:agents|team|staff|"
     r"colleagues|advisors)) (?:please )?(?:help|assist|call|contact|talk|speak|answer|"
     r"get back|reach out|take over|respond)\b"),
    ("human.person_alone",
     "human humans person someone somebody agent agents operator representative rep advisor "
     "customer support live handoff hand handover contact humain humaine personne conseiller "
     "supervisor manager conseillere conseille operateur operatrice interlocuteur service sav "
     "hotline quelquun",
     r"^(?:(?:please|hi|hello|hey|ok|um|uh|so|just|now|hmm|yes|no|oh|well|again|then|"
     r"i said|svp|bonjour|allo|oui|non|alors|bon|euh|vite|je veux|je voudrais|\.) )*"
     r"(?:(?:a|an|the|some|one|un|une|le|la|des|du) )?"
     r"(?:" + _EN_MOD + _words(
         "humans?|human beings?|person|someone|somebody|someone real|agents?|operator|"
         "representative|rep|advisor|supervisor|manager|customer (?:service|support|care|"
         "assistance)|support|"
         "support agent|service agent|live chat|human (?:agent|service|support|handoff|"
         "hand off|help)|hand ?off|handover|(?:someone|somebody) (?:from|at|in|of) "
         "(?:the |your )?[a-z]+(?: [a-z]+)?|contact (?:agent|human|support|customer service)")
     + r"|" + _FR_MOD + _words(
         "etre humain|humaine?|vraie personne|personne (?:reelle|physique|humaine)|"
         "conseill(?:er|ere|e)|agent|operat(?:eur|rice)|interlocuteur humain|service client|"
         "service clients|service a la clientele|service apres vente|sav|support|hotline|"
         "quelquun(?: de reel| de vrai| de chez vous)?") + _FR_POST + r")"
     r"(?: (?:please|now|asap|thanks|thank you|again|needed|required|here|only|right now|"
     r"immediately|instead|not a bot|svp|si il vous plait|merci|maintenant|tout de suite|vite|"
     r"urgent|\.))*\s*$"),
    # French.
    ("human.fr_parler_a",
     "rendez rdv appel entretien echange parler parle parlez causer discuter echanger "
     "dialoguer communiquer converser tchatter chatter ecrire contact relation transfere "
     "transferee redirige redirigee oriente orientee & " + _FR_PERSON_WORDS,
     r"\b(?:parler|parle|parlez|causer|discuter|echanger|dialoguer|communiquer|converser|"
     r"tchatter|chatter|ecrire|etre en contact|entrer en contact|rentrer en contact|"
     r"(?:un |une )?(?:rendez vous|rdv|appel|entretien|echange)(?: telephonique| en visio)?|"
     r"me mettre en (?:relation|contact)|etre mise? en (?:relation|contact)|"
     r"etre (?:transferee?|redirigee?|orientee?))(?: (?:directement|maintenant|tout de suite|"
     r"svp|de vive voix|en direct|au telephone|par telephone))* (?:a|au|aux|avec|vers|"
     r"aupres de|aupres du|en relation avec|en contact avec|en lien avec)(?: le| la| les)? "
     + _FR_PERSON),
    ("human.fr_joindre",
     "contacter contactez contacte joindre rejoindre appeler appelez passez passe passer "
     "repassez transferez transfere transferer redirigez redirige rediriger orientez oriente "
     "mettez mets mettre relation contact lien & " + _FR_PERSON_WORDS,
     r"\b(?:contacter|contactez|contacte|joindre|rejoindre|appeler|appelez|passez moi|"
     r"passe moi|passer moi|repassez moi|me passer|transferez moi|transfere moi|transferer|"
     r"redirigez moi|redirige moi|rediriger|orientez moi|oriente moi|mettez moi|mets moi|"
     r"me mettre|mettez nous|en relation avec|en contact avec|en lien avec)(?: (?:avec|a|au|"
     r"aux|vers|directement|en relation avec|en contact avec|svp))* " + _FR_PERSON),
    ("human.fr_vouloir",
     "veux voudrais souhaite souhaiterais aimerais prefere prefererais exige demande besoin "
     "faut donnez donne avoir obtenir & " + _FR_PERSON_WORDS,
     r"\b(?:veux|voudrais|souhaite|souhaiterais|aimerais|prefere|prefererais|exige|demande|"
     r"besoin de|besoin du|besoin des|il me faut|donnez moi|donne moi|avoir|obtenir)"
     r"(?: (?:parler|discuter|echanger) (?:a|avec|au))? " + _FR_PERSON + _FR_WANT_END),
    ("human.fr_personne_joignable",
     "parler contacter joindre appeler ecrire adresser discuter & " + _FR_PERSON_WORDS,
     r"\b(?:" + _FR_NOUN + r"|personnes?)" + _FR_POST
     + r" (?:que|a qui|avec qui|a laquelle|avec laquelle|auquel|avec lequel|qui) "
     r"(?:je|on) (?:peux|pourrais|puisse|peut|pourrait|dois) (?:parler|contacter|joindre|"
     r"appeler|ecrire|me adresser|discuter)\b"),
    ("human.fr_y_a_t_il",
     "y il avez "
     "& humain humains etre etres personne personnes quelquun conseiller conseillere "
     "conseillers conseilleres agent agents",
     r"\b(?:y a t il|y at il|y a|il y a|est ce que il y a|est il|avez vous|vous avez)"
     r"(?: (?:des|un|une|du|encore|aussi|vraiment|bien))* (?:vrais? |vraies? |reels? |"
     r"veritables? )?(?:humains?|etres? humains?|personnes? (?:reelles?|physiques?)|"
     r"vraies? personnes?|une personne|des personnes|quelquun(?: de reel| de vrai)?|"
     r"conseill(?:er|ere)s?|agents?)(?=\s*(?:$|\.|\b(?:qui|a qui|avec qui|que je|disponible|"
     r"en ligne|pour|reels?|reelles?|la|ici|de disponible)\b))"),
    ("human.fr_aide_humaine",
     "humain humaine humains humaines",
     r"\b(?:aide|assistance|support|service|soutien|contact|interlocuteur|reponse|"
     r"intervention|accompagnement)s? (?:[a-z]+ )?humaine?s?\b"),
    ("human.fr_pas_un_robot",
     "veux souhaite marre assez envie refuse aime "
     "& robot robots bot bots chatbot chatbots machine machines ia intelligence ordinateur "
     "automate repondeur",
     r"\b(?:ne veux pas|veux pas|ne veux plus|veux plus|ne souhaite pas|marre de|assez de|"
     r"pas envie de|refuse de|plus envie de|ne aime pas)(?: (?:parler|discuter|echanger|causer|"
     r"dialoguer|communiquer))?(?: (?:a|avec|au))? (?:(?:un|une|le|la|ce|cette|votre|ton|ta|"
     r"des|de|les|vos) )?(?:robots?|bots?|chatbots?|machines?|ia|intelligence artificielle|"
     r"ordinateur|automate|repondeur)\b"),
    ("human.fr_rappel",
     "rappelez rappelle rappeler appelez recontactez recontacter contactez rappeliez "
     "rappellerez telephoner contacter appeler appeliez contactiez rappele rappelee rappeles "
     "rappelees recontacte recontactee recontactes recontactees rappel",
     r"\b(?:rappelez|rappelle|rappeler|appelez|recontactez|recontacter|contactez) moi\b"
     r"|\bme (?:rappeler|recontacter|rappelle|rappeliez|rappellerez|telephoner)\b"
     r"|\bme (?:contacter|appeler|appeliez|contactiez)(?=\s*(?:$|\.|\b(?:svp|au|par|demain|"
     r"aujourd|rapidement|vite|des que|le plus vite)\b))"
     r"|\b(?:etre|soit|suis) (?:rappelee?|recontactee?)s?\b|\bdemande de rappel\b"
     r"|\brappel telephonique\b"),
    ("human.fr_a_qui_parler",
     "qui",
     r"\ba qui (?:puis je|je peux|dois je|je dois|pourrais je|me adresser|est ce que je peux|"
     r"parler|ecrire)\b|\bqui (?:dois je|je dois|puis je|je peux|peut on|faut il) "
     r"(?:contacter|appeler|joindre)\b"),
    ("human.fr_quelquun_m_aide",
     "aider rappeler appeler contacter repondre recontacter joindre "
     "& quelquun conseiller conseillere humain agent personne technicien commercial",
     r"\b(?:quelquun|un conseiller|une conseillere|un humain|un agent|une personne|"
     r"un technicien|un commercial)(?: de chez vous)? (?:peut|pourrait|pourra|va|doit|"
     r"peut il|pourrait il|pourriez|pouvez|puisse) (?:me|nous) (?:aider|rappeler|appeler|"
     r"contacter|repondre|recontacter|joindre)\b"),
)

# --- small talk ----------------------------------------------------------------------------

_GREETING = _words(
    "hi|hello|hey|hiya|heya|howdy|yo|greetings|good morning|good afternoon|good evening|"
    "good day|morning|what is up|sup|wassup|how are you(?: doing)?(?: today)?|how is it going|"
    "how do you do|nice to meet you|pleased to meet you|hola|bonjour|bonsoir|salut|coucou|"
    "allo|rebonjour|re bonjour|ca va|comment ca va|comment allez vous|comment vas tu|"
    "enchantee?|bien le bonjour")
_THANKS = _words(
    "thanks|thank you|many thanks|cheers|appreciate it|i appreciate it|much appreciated|"
    "merci|je vous remercie|je te remercie|remerciements?|grand merci|mille mercis?")
_GOODBYE = _words(
    "bye|bye bye|goodbye|good bye|see you(?: later| soon| around| tomorrow)?|see ya|cya|"
    "farewell|take care|later|talk (?:to you )?(?:later|soon)|good night|goodnight|"
    "have a (?:nice|good|great|lovely) (?:day|evening|one|weekend|week|night)|gotta go|"
    "got to go|i have to go|(?:it was |was )?(?:nice|great|good|a pleasure|lovely) "
    "(?:talking|speaking|chatting) (?:to|with) you|au revoir|a plus|a bientot|"
    "a tout a le heure|a tout de suite|a demain|adieu|ciao|tchao|bonne (?:journee|soiree|nuit|"
    "fin de journee|continuation|semaine|fin de semaine|week end|apres midi)")
_FILLER = _words(
    r"ok|well|oh|ah|so|and|again|very much|so much|a lot|a bunch|lots|for (?:the|your|all the|"
    r"all your) (?:help|info|information|assistance|answer|answers|time|support|reply|"
    r"replies)|for (?:everything|that|this|helping|your help)|bot|you|there|everyone|all|guys|"
    r"team|beaucoup|bien|bcp|infiniment|pour (?:votre|ton|ta|vos|tes|les|la|le) (?:aide|"
    r"reponse|reponses|temps|information|informations|retour)|pour tout|a vous|a toi|madame|"
    r"monsieur|a tous|et|vous|aussi|egalement|dear|sir|madam|cool|great|perfect|super|"
    r"parfait|genial|top|nickel|tres|good|nice|awesome|excellent|de accord|dac|daccord|yes|"
    r"yeah|oui|yep|please|lol|haha|you too|to you too|vous aussi|toi aussi|de meme|"
    r"pareillement|mate|buddy|friend|\.")
_SMALL_TALK = re.compile(
    "(?:" + _alt(_GREETING, _THANKS, _GOODBYE, _FILLER) + "(?: |$))+")
_SMALL_TALK_KINDS = (
    (Intent.GOODBYE, "small_talk.goodbye", re.compile(rf"(?:^| ){_GOODBYE}(?= |$)")),
    (Intent.THANKS, "small_talk.thanks", re.compile(rf"(?:^| ){_THANKS}(?= |$)")),
    (Intent.GREETING, "small_talk.greeting", re.compile(rf"(?:^| ){_GREETING}(?= |$)")),
)


# --- entry point ---------------------------------------------------------------------------

def detect_intent(text: str, lang: str | None = None) -> IntentMatch:
    """Classify one visitor message; deterministic, rule-based and fast (tens of microseconds).

    `lang` is accepted as a hint but both languages' rules always run: visitors mix French
    and English, and short messages ("agent svp") often carry too little to tell them apart.
    The returned `rule` names the rule that fired, for the audit trail.
    """
    normalized = _normalize(text)
    words = set(normalized.split())
    # "am i talking to a human?" asks who answers; it must not read as "talk to a human".
    for_human_rules = normalized
    if not _TALKING_WORDS_SET.isdisjoint(words):
        for_human_rules = _AM_I_TALKING_TO.sub(" . ", normalized)
    rule = _HUMAN_RULES.first_match(for_human_rules, words)
    if rule is not None:
        return IntentMatch(Intent.HUMAN_REQUEST, rule.name)
    rule = _BOT_RULES.first_match(normalized, words)
    if rule is not None:
        return IntentMatch(Intent.BOT_IDENTITY, rule.name)
    if normalized and _SMALL_TALK.fullmatch(normalized):
        for intent, name, pattern in _SMALL_TALK_KINDS:
            if pattern.search(normalized):
                return IntentMatch(intent, name)
    return IntentMatch(Intent.QUESTION, "")
