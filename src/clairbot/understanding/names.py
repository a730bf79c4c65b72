"""Person names in French and English chat messages: a gazetteer plus context rules.

Approach. A message is split into word tokens once (`_names_tokens.py`); a name is then a
short run of name-like tokens (capitalised "Dupont", upper-case "DUPONT", initials "J.",
particles "de"/"van"/"ben"/"al-") that one of these cues anchors, from the strongest to the
weakest:

* an introduction that leaves no doubt: "je m'appelle X" (and "je m appelle x"), "mon nom est
  X", "my name is X", "Nom : X", "Name: X", "signé : X" (the name may then be in lower case,
  as chats often are);
* a title: M., Mme, Mlle, Monsieur, Madame, Dr, Docteur, Pr, Me (maître, French only), Mr, Mrs,
  Ms, Miss, Sir ("mr. patel" in lower case too);
* a given name from the gazetteer (`_names_gazetteer.py`, about 6,500 given names of the
  people who write to French, British and North American companies, one list per origin)
  followed by a surname ("Jean-Pierre de La Fontaine", "Marie DUPONT", "Karim B.") or
  preceded by an upper-case surname ("DUPONT Marie", French forms);
* a chat introduction ("je suis kevin martin", "this is aisha", "moi c'est yannick", "c'est
  Lucie de la compta", "Ravi here", "Bjørn from Nordfrakt here"), a verb of contact or
  handover ("passez-moi Karim", "I spoke with Priya", "demande à Sébastien", "cc Jean-Marc",
  "ask for Dupont", "on behalf of X"), a mention ("@Marie"), a relation or role ("my
  colleague X", "ma collègue X", "votre livreur X"), a signature ("Cordialement,\\nX Y",
  "Thx - Sam", "--\\nJulien Morel"), a greeting or thanks ("Hi Christin,", "bonjour kevin,",
  "thanks mike") or a "contact: X" label. After these cues a lower-case word counts only if
  it is a known given name, and a capitalised word alone only if it is a known given name or
  one of ~1,950 common surnames (`_names_surnames.py`): "ask for Dupont" is a person,
  "contact Chronopost" is not;
* a given name, even one that is also a word, or a known surname, right before what only a
  person does or is (`_names_predicates.py`): a team ("Bill from finance", "Prosper de la
  compta"), a verb of speaking, signing or calling ("Joy signed for it", "Rose a signé", "mark
  said"), an absence ("Will is off sick"), a role in apposition ("Honey, the driver,");
* an initial and a surname ("J. Smith", "P.-A. DURAND");
* a known given name alone ("Merci Julie"), with a lower score. Given names that are also
  words, months, places or products ("Will", "May", "Rose", "Paris", "Claude") never count
  alone; a cue (a surname, a title, a contact verb, a greeting or thanks, a signature, a
  person's predicate) confirms them ("Thanks, Summer!", "Cheers,\\nWill", "I spoke to
  Will"), months never;
* a mail header quoted in the chat ("From: Sarah O'Neill", "De : Pierre Lambert");
* a word of a name already found, named again in the same message ("M. Quéméneur ...
  Quéméneur m'a promis"), unless it starts a sentence as a word ("Mark as resolved").

A name is dropped when the words around it make it a place, an institution or a brand: after
"rue", "avenue", "Hôpital", "lycée", "Saint", "Renault" (the address detector reports streets)
or before "Street", "Hospital", "Prize", "Logistics"; "Louis Vuitton" and a few other brands
are listed, with the word before or after a name too ("Dr Martens"); "&" with a word that is
not a given name makes a company ("Martin & Fils", "Marks & Spencer"); assistants and the
bot itself ("Siri", "Clairbot") are never persons. Two names side by side ("Thi" "Mai
Nguyen") are one name.

Why not a statistical NER model (spaCy, as Presidio uses)? The turn budget is 5 ms at the
median and this detector must stay well under a millisecond; spaCy pipelines are 20-50x slower
than these precompiled regexes and set look-ups, and a French model is on PyPI but the English
one is not officially, so it would mean a download at install or run time. Rules are also
predictable: every finding says which cue fired, and a wrong one can be fixed by a word list
entry. The price is recall on names that are neither in the gazetteer nor introduced by a
cue ("Ruoho began writing"): see the evaluations in `tests/understanding/test_names.py` and
the chat cases in `tests/understanding/test_names_chat_{fr,en}.py`.

Spans cover the name only, never the title ("M. [Dupont]"). Scores: 0.9 introduced, 0.85
title, label, company or chat introduction, "X here" or given name + surname, 0.8 upper-case
surname + given name, relation, contact verb or signature, 0.75 greeting or mention, 0.7
initial + surname, one-word signature or an ambiguous given name + surname, 0.55 a given name
alone. A deployment passes the bot's own display name as `ignore` so that "Bonjour Clara"
(the assistant) is not a person.

Speed: tokenizing skips ordinary lower-case words inside the regex engine, and each cue
pattern runs only when a cheap substring test says it can match; about 0.1 ms for a
200-character message on a shared CI-class machine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from clairbot.categories import PERSON
from clairbot.findings import Finding
from clairbot.text import fold
from clairbot.textmatch import fold_same_length
from clairbot.understanding import _names_cues as cues
from clairbot.understanding import _names_predicates as predicates
from clairbot.understanding._names_companies import COMPANIES, PERSON_LIKE
from clairbot.understanding._names_given_asia import ASIAN
from clairbot.understanding._names_scan import (
    CLAUSE_END,
    PORTRAYED,
    SENTENCE_BEFORE,
    TITLES_WITH_DOT,
    Candidate,
    Scan,
)
from clairbot.understanding._names_surnames import SURNAMES
from clairbot.understanding._names_tagger import NameTagger, touches
from clairbot.understanding._names_tagger import tagger as shipped_tagger
from clairbot.understanding._names_tokens import (
    ASSISTANTS,
    GREETINGS,
    first_name,
    fold_word,
    known_given,
    known_person_word,
    namey,
    surname_like,
    tokenize,
)
from clairbot.understanding._names_words import (
    COMMON_WORDS,
    CUE_CONFIRMS,
    PLACE_AFTER,
    PLACE_BEFORE,
    TITLES_ANY_CASE,
)

__all__ = ["PersonNameDetector"]

# Shops and firms named by a given name's possessive: "Wendy's", "Macy's", "Claire's".
_POSSESSIVE_BRANDS = frozenset("wendy macy claire denny carl lloyd christie levi nando reese "
                               "hardee dillard kohl moody domino sotheby kellogg hershey".split())
# ... and the words before a possessive that make it a shop or a place: "Trader Joe's", "St
# John's", "Papa John's".
_BEFORE_A_SHOP = frozenset("trader papa saint st mc mac".split())
# A possessive, then the word that makes it a place: "Nelson's Column", "Guy's Hospital".
_POSSESSIVE_PLACE = re.compile(r"['’]s[ \t]+([A-Z][^\W\d_]+)")
# ... capitalised, as a landmark's or a venue's name is ("Moira's orchard" is hers;
# "a neon sign reading 'Marilyn's Bar'" names the bar).
_PLACES_POSSESSED = frozenset("column monument statue memorial hospital cathedral church chapel "
                              "abbey bridge wood tower square park college school cross bar pub "
                              "tavern diner bistro grill".split())
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
# Words after "X's" that make it "X is" or "X has": "Joy's not here", "Hope's gone".
_NOT_POSSESSED = frozenset(
    "a an the been got gone not here there in on at off back out away still just also always "
    "never really very so too all now over up down done fine ok okay right good bad my your our "
    "their his her with from to for about like said told asked only already sure going coming "
    "leaving left taken made had".split())

# After a title: "Mr. Smith", "M.Dupont", "Dr Who".
_TITLE_GAP = re.compile(r"\.?[ \t\u00a0\u202f]*")
# An article or a possessive right before a given name makes it a thing ("le Bas Choix").
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’])(?:le|la|les|un|une|the|a|an|this|that|our|your|their|its|ce|cette|notre|"
    r"votre)[ \t]+\Z", re.IGNORECASE)
# Where a sentence opens: the message's start, or after its end mark, a line break or a comma's
# fresh clause is not (only these: "so Can Kevin call?" is rare).
_SENTENCE_START = re.compile(r"(?:\A|[.!?\n:;])[\s\"'“‘(\-–—]*\Z")
# A saint that names a place ("Santa Cruz", "San Antonio"), though "Santa" is a given name too.
_SAINTS = frozenset("santa santo san sao saint sainte".split())
# A question word as chats misspell it, which is also a given name ("Wen is the service?"):
# opening a question, an auxiliary after it, it asks.
_QUESTION_WORD_TYPOS = frozenset({"wen"})
_ASKED_AFTER = re.compile(r"\s+(?:is|are|was|were|will|can|do|does|did|r|should|would|could|"
                          r"u|you|ya|ur|shall)\b[^.!\n]*\?", re.IGNORECASE)
# An indefinite article before a capitalised word makes it a thing, however sure the tagger is:
# "our projector is a Christie", "c'est une Clio". In French "a" is no article: it is "à"
# written without its accent, as chats do ("clé laissée a marius"), or "has".
_INDEFINITE_BEFORE = {
    "en": re.compile(r"(?<![\w'’])(?:a|an|un|une)[ \t]+\Z", re.IGNORECASE),
    "fr": re.compile(r"(?<![\w'’])(?:un|une)[ \t]+\Z", re.IGNORECASE)}
# A product model after a given name: "Victor 3000", "Clio 4".
_MODEL_NUMBER = re.compile(r"[ \t-]?\d")
_LINE_END = re.compile(r"[ \t]*(?:[\r\n,(|]|$)")
# A lower-case word where a cue expects a name.
_LOWER_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# A second name joined to a cued one: "Jérémy ou Sofiane", "Aoife and Padraig".
_AND = re.compile(r"[ \t]*(?:,|et|and|ou|or|&)[ \t]+(?:(?:à|a|to|with|avec)[ \t]+)?",
                  re.IGNORECASE)
# "zara n musa want inflatables", "need chloe n ravi 2 confirm": two lower-case given names
# joined name two people, when one is no word or the "and" is a text's ("n", "&"); "rose and
# lily" may be flowers.
_LOWER_PAIR = re.compile(r"(?<![\w'’-])(?P<a>[^\W\d_A-ZÀ-Þ][^\W\d_]*)[ \t]+(?P<and>n|and|et|&)"
                         r"[ \t]+(?P<b>[^\W\d_A-ZÀ-Þ][^\W\d_]*)(?![\w'’-])")
# Capitalised chat words that may follow a name without making it a company: "Karim SVP".
_CHAT_WORDS = frozenset("svp stp asap pls please merci thanks thx fyi urgent ok".split())
# A relative pronoun after a name: "c'est Grant qui gère votre compte", "it's Will who called".
_WHO = re.compile(r"[ \t]+(?:qui|who)\b", re.IGNORECASE)
# A name only the learned tagger found: under a cue's, above a lone given name's.
LEARNED_SCORE = 0.6
# How likely the tagger must find a word that a person's context surrounds (below its own
# threshold): set before anything was measured, above the couriers and firms it finds likely
# ("Chronopost" 0.69, "Siemens" 0.81).
LIKELY_IN_CONTEXT = 0.9
# That context: a contact verb or a modal right before the word, a verb right after it ("ask
# Xiomara to send", "for Ravi to inspect", "could Joy take another look").
_ASKED_BEFORE = re.compile(
    r"(?<![\w'’])(?:ask|asked|tell|told|get|have|let|want|need|for|could|can|would|will|"
    r"might|should|pls|please|demande[rz]?[ \t]+[àa]|dis[ \t]+[àa]|dites[ \t]+[àa]|pour|que)"
    r"[ \t]+\Z", re.IGNORECASE)
_TO_DO_AFTER = re.compile(
    r"[ \t]+(?:to[ \t]+(?!the\b|a\b|an\b|our\b|my\b|your\b|us\b|me\b)[a-z]{2,}|take|have|give|"
    r"come|pop|check|call|ring|phone|send|sign|confirm|help|sort|fix|look|inspect|"
    r"de[ \t]+(?:me|nous|vous|passer|venir|rappeler|signer|envoyer|regarder|verifier)|"
    r"passe|vienne|rappelle|signe|envoie|regarde|verifie)\b", re.IGNORECASE)
# A sign-off right before a word that closes the message: "all good. cheers, jono".
_SIGNED_OFF_BEFORE = re.compile(
    r"(?<![\w'’])(?:cheers|thanks|thx|ta|regards|rgds|best|merci|cdlt|bises|a\+|bye|ciao)"
    r"[ \t]*[,\-\u2013\u2014]?[ \t\n]*\Z", re.IGNORECASE)
_MESSAGE_END = re.compile(r"[ \t.!]*\Z")
# The word right before a predicate, in lower case ("mark said").
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:-[^\W\d_]+)*\Z")
# Where a sentence starts, for "Ravi here".
_CLAUSE_START = re.compile(r"[\n.!?,;:]")
# A number right after a capitalised word: "Dock 3", "Gate 12" name places.
_NUMBERED = re.compile(r"[ \t]+\d")
# A particle after a name, and the word after it: "De Luca", "de Vries", "da Silva".
_PARTICLE_THEN_WORD = re.compile(
    r"[ \t]+(?P<particle>de|di|da|du|del|della|dos|das|van|von)[ \t]+(?P<word>[^\W\d_]+)",
    re.IGNORECASE)
# ... and where a clause opens right before a word ("^", "? ", ", ").
_CLAUSE_OPENS = re.compile(r"(?:\A|[\n.!?;:,])[ \t]*\Z")
# Where the SMS "c" ("c karim du dépôt") is "c'est": a clause opens, or a greeting before it.
_SMS_C_OPENS = re.compile(r"(?:\A|[\n.!?;:,]|\b(?:yo|salut|slt|bjr|bonjour|hello|hi|hey|coucou|"
                          r"cc|re|wesh|allo|oui|ok))[ \t]*\Z")
# "is grace around?", "is Mark in today?": asked where only a person is, a word that is also a
# given name is one.
_IS_AROUND = re.compile(
    r"\b(?:is|was)[ \t]+(?=[^\W\d_]+[ \t]+(?:around|about|in[ \t]+(?:today|tomorrow|the[ \t]+"
    r"office|yet)|on[ \t]+(?:site|shift)[ \t]+today|still[ \t]+there|off[ \t]+today|back[ \t]+"
    r"(?:yet|today|tomorrow))\b)", re.IGNORECASE)
# "the keys are with thandi", "chez karim": a lower-case given name that is no word, at or
# with whom.
_WITH_LOWER = re.compile(r"\b(?:with|w/|avec|chez)[ \t]+(?=[^\W\d_A-ZÀ-Þ])")
# A greeting right before a chat introduction: "salut c rose, ...".
_GREETED = re.compile(r"\b(?:salut|slt|bjr|bonjour|bonsoir|hello|hi|hey|coucou|cc|yo|wesh|allo|"
                      r"hiya|howdy)\W*\Z")
# A preposition of place before a lower-case word: "d'en bas", "in town" (no person follows).
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:en|dans|sur|sous|in|on|at|into)[ \t]+\Z",
                                       re.IGNORECASE)
# ... and the writer before it: "jsuis avec mark", "I'm with dawn at the depot".
_I_AM_BEFORE = re.compile(r"(?:\bje suis|\bj['’]?suis|\bchuis|\bon est|\bi['’]?m|\bi am|"
                          r"\bwe['’]?re|\bwe are)[ \t]+\Z")
# "can Mercy help instead?", "could Grace sign for it?": asked what only a person does.
_CAN_THEY = re.compile(
    # ("could Dolores double-check the measurements?")
    r"\b(?:can|could|would|will|might)[ \t]+(?=[^\W\d_]+[ \t]+(?:help|sign|call|ring|check|"
    r"double[ \t-]check|re-?check|countersign|"
    r"confirm|attend|join|cover|approve|step[ \t]+in|pop[ \t]+(?:by|in|over|round)|swing[ \t]+by|"
    r"come[ \t]+(?:by|over|round|in|back))\b)", re.IGNORECASE)
# In a chat's lower case, a given name asked after, between "did" and what only a person does
# ("did mo send the artwork?", "did patience pay 4 the gong"): a word that is also a given
# name, there, is the one who sends or pays.
_DID_THEY = re.compile(
    r"\b(?:did|has|hasn['’]?t|didn['’]?t)[ \t]+(?P<name>[a-z]+)[ \t]+(?:send|pay|sign|call|"
    r"ring|email|e-mail|text|order|approve|confirm|book|reply|check|collect|pick[ \t]+up|"
    r"drop[ \t]+off|say|tell|mention|sent|paid|signed|called|rung|emailed|texted|ordered|"
    r"approved|confirmed|booked|replied|checked|collected|said|told|mentioned)\b")
# A family named by a known surname: "la famille N'Diaye", "the Okafor family".
_FAMILY = re.compile(r"\b[Ff]amille[ \t]+(?P<name>[^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)?)"
                     r"|\b[Tt]he[ \t]+(?P<name2>[^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)?)"
                     r"[ \t]+family\b")
# A name with the honorific of the languages visitors mix in right after it ("Hae-jin 씨가
# said", "Joon-ho님이", "Tanaka-san", "Sharma ji"): only a person takes one.
_HONORIFIC = re.compile(
    r"(?<![\w-])(?P<name>[^\W\d_a-z][^\W\d_]+"
    r"(?:-(?!(?:san|sama|kun|chan|sensei|ji)\b)[^\W\d_]+)?)"
    r"(?:[ \t]?(?:씨|님|선생님|さん|様|くん|ちゃん|先生)"
    r"|-(?:san|sama|kun|chan|sensei|ji)\b|[ \t]ji\b)")
# ... which is no part of the name when glued to it: "Tanaka-san" names "Tanaka".
_HONORIFIC_TAIL = re.compile(r"-(?:san|sama|kun|chan|sensei|ji)\Z", re.IGNORECASE)
# A French elided article in lower case glued before a name: "d'Aurélien", "l'Hélène".
_ELIDED_HEAD = re.compile(r"(?:[dljmnst]|qu)['’](?=[^\W\d_])")
# A greeting opening the clause before "X here" ("hi ruby here").
_GREETING_AT = re.compile(r"(?:hi|hiya|hello|hey|bonjour|salut|coucou|allo|sawubona|kia ora|"
                          r"salaam|salam|namaste|jambo|habari|hola|howzit|ekaaro|e kaaro)"
                          r"[ \t]*[,!]?[ \t]+")
# What follows a lower-case name that is also a word, after a contact verb, when it names
# someone: "demande a grace si ...", "ask bill whether ...".
# "tell ravi the hives need moving": a clause after the name is one too.
# Things whose names end like a trade's or follow "c'est X la ...": "c rose la couleur".
_THINGS = (r"couleur|valeur|hauteur|largeur|longueur|chaleur|douleur|erreur|moteur|capteur|"
           r"compteur|serveur|papier|atelier|quartier|chantier|fichier|panier|calendrier|"
           r"escalier|lien|moyen|teinte|nuance|taille|forme|version|variante|couleurs|finition")
# After a greeted introduction, a new clause's subject ends it too, as SMS leave the comma out:
# "hey c jordan la ligne du parking est effacée".
_NEW_SUBJECT = re.compile(r"[ \t]+(?:la|le|les|l['’]|mon|ma|mes|notre|nos|votre|vos|ton|ta|tes|"
                          r"my|our|your)[ \t]*(?!(?:" + _THINGS + r")\b)[^\W\d_]")
_CONNECTOR = re.compile(r"[ \t]+(?:si|s['’]|que|qu['’]|de|d['’]|pour|if|whether|to|about|the|"
                        r"that|we|i|you|he|she|they|our|il|elle|nous|on|je|tu|from|here|ici|"
                        # "ask mark abt the trap", "tell sam re the quote", "ask jun when"
                        r"abt|bout|re|regarding|concerning|when|what|how|why|where|which|"
                        # "demande a leo pr le code": the SMS "pour"
                        r"pr|pk|pcq|qui|who|"
                        # "cest bill du cafe", "c constant le tonnelier": where from, what trade
                        r"du|des|(?:le|la)[ \t]+(?!" + _THINGS + r")"
                        r"[^\W\d_]+(?:ier|iere|ien|ienne|iste|eur|euse|rice)|"
                        # "let destiny kno the van is ready"
                        r"know|kno|knw|"
                        r"quand|quoi|comment|pourquoi|ou)\b")
# A name the message opens on, then the one it calls asked something: "pierre-yves t la?",
# "karim tu peux passer ?", "ravi can you check".
_ADDRESSED = re.compile(
    r"\A\W*(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?)[ \t]*,?[ \t]+(?:tu|t|t['’]es|t['’]as|t['’]"
    r"es|vous|you|u|r[ \t]+u|are[ \t]+you|(?:can|could|cn|cld)[ \t]+(?:you|u|ya)|pourrais-tu|"
    r"peux-tu|"
    r"pouvez-vous|dis-moi|stp|svp|pls|please)\b", re.IGNORECASE)
# ... and, for a given name that is also a word, a request made of it: "dawn can u check machine
# 2" (not "will you", where the word is the verb).
_ASKED_OF = re.compile(r"[ \t]*,?[ \t]+(?:can|could|cn|cld)[ \t]+(?:you|u|ya)\b", re.IGNORECASE)
# Cues that only a person (or a firm) follows, so that a lower-case given name that is also a
# word or a place counts before a clause's end: "msg de la part de sofia, licence expirée".
_ON_BEHALF = frozenset(("de la part de", "de la part d'", "on behalf of", "au nom de",
                        "in the name of"))
# A word said again after a preposition is an idiom, not a name ("Petit à petit", "Side by
# side", "Mot pour mot"), however sure the tagger is of the capitalised one.
_SAID_AGAIN = re.compile(r"[ \t]+(?:à|a|by|to|for|after|pour|après|apres)[ \t]+([^\W\d_]+)",
                         re.IGNORECASE)


class PersonNameDetector:
    """Person names (type PERSON) in French and English, from a gazetteer and context cues."""

    name = "person_name"
    types = (PERSON,)

    def __init__(self, *, ignore: Iterable[str] = (), learned: bool = True,
                 tagger: NameTagger | None = None) -> None:
        """`ignore`: names never reported, such as the bot's own display name ("Bonjour
        Clara" greets the assistant, not a person). `learned`: whether the learned tagger
        adds its names to the rules' (`tagger`: another one than the shipped model, as the
        training's out-of-fold runs use)."""
        self.ignore = frozenset(fold(name).strip() for name in ignore)
        self.learned = learned
        self._tagger = tagger

    def detect(self, text: str, lang: str) -> list[Finding]:
        """Every person name in `text`; see the module docstring for the cues and scores."""
        if not text:
            return []
        scan = _Scan(text, tokenize(text), lang)
        scan.contexts()
        scan.titles_and_names()
        if self.learned:
            self._learned(scan, self._tagger or shipped_tagger())
        findings = [_trimmed(text, f) for f in scan.findings(self.name)]
        if self.ignore:
            findings = [f for f in findings if fold(text[f.start:f.end]) not in self.ignore]
        return findings

    @staticmethod
    def _learned(scan: _Scan, tagger: NameTagger) -> None:
        """The tagger's names: those it is sure of, then the likely words beside a name."""
        text, lang = scan.text, scan.lang
        anchors = [(f.start, f.end) for f in scan.findings("rules")]
        blocked = scan.blocked_spans()
        scored = tagger.probabilities(text, lang)
        indefinite = "fr" if lang == "fr" else "en"
        for name in tagger.names(text, lang, scored=scored):
            start = SENTENCE_BEFORE.search(text, max(0, name.start - 8), name.start) is not None
            if not tagger.alone_ok(name, sentence_start=start) or touches(
                    text, name.start, name.end, blocked, beside=False) or scan.in_a_place(
                    name.start, name.end) or _said_again(text, name.start, name.end) or (
                    _INDEFINITE_BEFORE[indefinite].search(text, max(0, name.start - 6),
                                                          name.start)):
                continue
            end = _two_syllables_end(text, name.start, name.end)
            # "Je suis Amélie de Villeneuve, propriétaire": the tagger reads the particle and
            # the word after it as her surname, where the rules saw a company ("c'est Lisa de
            # Bricomax", which the tagger ends at "Lisa"): the whole name is masked.
            scan.cuts = [cut for cut in scan.cuts if not (
                name.start < cut < end and _PARTICLE_THEN_WORD.match(text, cut))]
            anchors.append((name.start, end))
            scan.candidates.append(Candidate(name.start, end, LEARNED_SCORE,
                                             f"the learned tagger (p = {name.probability:.2f})"))
        # Likely words in a person's context: "Hone reckons", "gaz said", "jerem dit ke", "ask
        # Xiomara to send", "could Joy take another look", "cheers, jono".
        low = text.lower() if text.isascii() else fold_same_length(text)
        for name in tagger.names(text, lang, LIKELY_IN_CONTEXT, scored):
            if touches(text, name.start, name.end, blocked, beside=False) or scan.in_a_place(
                    name.start, name.end) or _said_again(text, name.start, name.end) or (
                    _INDEFINITE_BEFORE[indefinite].search(text, max(0, name.start - 6),
                                                          name.start)):
                continue
            if fold(text[name.start:name.end]).lower() in predicates.MONTHS or (
                    predicates.DETERMINER_BEFORE.search(text, max(0, name.start - 8),
                                                        name.start)):
                continue  # "May from accounts called": a month; "the Bill said": a thing
            on_site = cues.ON_SITE.search(low, max(0, name.start - 40), name.start)
            told = (predicates.VERB_AFTER.match(low, name.end)
                    or predicates.PREDICATE_AFTER.match(low, name.end)
                    # "Le technicien Hatem est arrivé": a trade named before the word
                    or on_site is not None and on_site.end() == name.start
                    or _ASKED_BEFORE.search(text, max(0, name.start - 16), name.start)
                    and _TO_DO_AFTER.match(text, name.end)
                    # "... all good. cheers, jono": signed off
                    or _SIGNED_OFF_BEFORE.search(text, max(0, name.start - 12), name.start)
                    and _MESSAGE_END.match(text, name.end)
                    # "Shout-out to Xiomara for ...", "dites bonjour à Hermance": a greeting,
                    # a thanks or a verb of contact right before
                    or cues.CHAT_CUE_BEFORE.search(low, max(0, name.start - 40), name.start))
            if told:
                anchors.append((name.start, name.end))
                scan.candidates.append(Candidate(
                    name.start, name.end, LEARNED_SCORE,
                    f"the learned tagger, in a person's context (p = {name.probability:.2f})"))
        for name in tagger.names(text, lang, tagger.beside_threshold, scored):
            if name.probability < tagger.threshold and touches(
                    text, name.start, name.end, anchors) and not touches(
                    text, name.start, name.end, blocked, beside=False) and not scan.in_a_place(
                    name.start, name.end):
                scan.candidates.append(Candidate(
                    name.start, name.end, LEARNED_SCORE,
                    f"the learned tagger, beside a name (p = {name.probability:.2f})"))


def _trimmed(text: str, finding: Finding) -> Finding:
    """`finding` without what is no part of the name: a French elided article before it
    ("le retour d'Aurélien" names "Aurélien"; "D'Souza" keeps its capital) or an honorific
    glued after it ("Tanaka-san")."""
    start, end = finding.start, finding.end
    head = _ELIDED_HEAD.match(text, start, end)
    if head is not None and head.end() < end:
        start = head.end()
    tail = _HONORIFIC_TAIL.search(text, start, end)
    if tail is not None and tail.start() > start and not known_given(
            fold_word(text[start:end].split()[-1]))[0]:  # ("Eun-ji" is a Korean given name)
        end = tail.start()
    return finding if (start, end) == (finding.start, finding.end) else replace(
        finding, start=start, end=end)


def _two_syllables_end(text: str, start: int, end: int) -> int:
    """Where a lower-case East Asian given name found by its first syllable ends: "xiao ming",
    "li wei" are one name of two words, both given-name syllables."""
    word = text[start:end]
    nxt = _NEXT_WORD.match(text, end)
    if (word.islower() and nxt is not None and nxt[1].islower() and fold(word) in ASIAN
            and fold(nxt[1]) in ASIAN and fold(nxt[1]) not in COMMON_WORDS):
        return nxt.end()
    return end


def _connected(text: str, pos: int, clause_end: bool = False) -> bool:
    """Whether a clause, or another name that is no word, follows `pos`: "demande a grace si
    ...", "ask precious or tendai abt bags"; with `clause_end`, a clause's end too ("c rose,")."""
    if _CONNECTOR.match(text, pos) or clause_end and (
            CLAUSE_END.match(text, pos) or _NEW_SUBJECT.match(text, pos)):
        return True
    more = _AND.match(text, pos)
    word = _LOWER_WORD.match(text, more.end()) if more else None
    return word is not None and known_given(fold_word(word.group())) == (True, False) and (
        fold_word(word.group()) not in COMMON_WORDS)


def _said_again(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is said again after a preposition: "Petit à petit"."""
    again = _SAID_AGAIN.match(text, end)
    return again is not None and fold(again[1]) == fold(text[start:end])


def _company(words: str) -> bool:
    """Whether words name a company or a brand, even one named after a person ("Dassault"):
    the tagger's names come with no cue that would make them a person."""
    name = " ".join(fold(words).split())
    return name in COMPANIES or name in PERSON_LIKE


# A thing given a name: "notre gin s'appelle Marguerite", "our boat is called Grace".
_THING_CALLED_BEFORE = re.compile(
    r"\b(?:notre|nos|mon|ma|mes|votre|le|la|our|my|your|the)[ \t]+(?:[^\W\d_]+[ \t]+)?"
    r"(?:gin|vin|vins|cuv[ée]e|bi[èe]re|whisky|rhum|rum|liqueur|cidre|cider|beer|wine|ale|"
    r"produit|product|marque|brand|label|gamme|range|mod[èe]le|model|bateau|boat|yacht|navire|"
    r"voilier|ketch|sloop|schooner|go[ée]lette|catamaran|trawler|chalutier|cutter|dinghy|"
    r"ship|p[ée]niche|barge|camion|truck|van|machine|robot|alambic|still|four|oven|"
    r"chien|chienne|chat|chatte|cheval|jument|poney|dog|cat|horse|mare|pony|mascotte|mascot|"
    r"projet|project|salle|room|cocktail|recette|recipe|fromage|cheese|g[âa]teau|cake|"
    r"caf[ée]|coffee|blend|assemblage|restaurant|boutique|shop|caf[ée]s?)"
    r"[ \t]+(?:s['’][ \t]*appell?e(?:nt)?|se[ \t]+nomme|est[ \t]+baptis[ée]e?|is[ \t]+called|"
    r"is[ \t]+named|was[ \t]+named|was[ \t]+called|['’]s[ \t]+called)[ \t]+"
    # ("the yacht is called Lady Grace": a title may be part of the thing's name)
    r"(?:(?:lady|lord|sir|dame|miss|queen|king|princess|prince|saint|st|sainte|capitaine|"
    r"captain)\.?[ \t]+)?\Z", re.IGNORECASE)
# A name that is a business, as the message says at once: "chez giovanni c une pizzeria".
_IS_A_BUSINESS_AFTER = re.compile(
    r"[ \t]*,?[ \t]+(?:c|c['’]est|cest|est|is|it['’]s)[ \t]+(?:une?|a|an|la|le|the)[ \t]+"
    r"(?:pizzeria|restaurant|resto|brasserie|boutique|magasin|garage|bar|caf[ée]|salon|"
    r"boulangerie|boucherie|trattoria|h[ôo]tel|shop|store|pub|bakery|takeaway|diner|bistro|"
    r"company|soci[ée]t[ée]|entreprise|firm|brand|marque)\b", re.IGNORECASE)
# A street's word hyphenated to the name it bears, as Afrikaans, Dutch and German write it.
_STREET_GLUED = re.compile(r"-(?:straat|strasse|strase|weg|laan|gasse|platz|plein|steeg|kade|"
                           r"singel|gracht|street|road|avenue|allee|rylaan|ry|pad)\Z")
# The rest of the word a candidate ends in, or the next word ("Paul| Kruger-straat").
_WORD_ON = re.compile(r"[ \t]?[^\W\d_]*(?:-[^\W\d_]+)+")
# Greetings spelt with the accent no given name takes ("Olá, Sofia aqui": not "Ola").
_ACCENTED_GREETINGS = frozenset(("olá", "olà"))


class _Scan(Scan):
    """One pass over one message: candidates from every cue, then filters and merging."""

    def _blocked(self, cand: Candidate) -> bool:
        """Also a shop named by a given name's possessive: "lunch at Wendy's"; a thing given
        a name; a greeting spelt with an accent no name takes."""
        if super()._blocked(cand):
            return True
        if self.text[cand.start:cand.end].casefold() in _ACCENTED_GREETINGS:
            return True
        if _THING_CALLED_BEFORE.search(self.text, max(0, cand.start - 60), cand.start):
            return True
        if _IS_A_BUSINESS_AFTER.match(self.text, cand.end):
            return True
        glued = _WORD_ON.match(self.text, cand.end)
        tail = glued[0] if glued else self.text[cand.start:cand.end]
        if _STREET_GLUED.search(fold(tail).lower()):
            return True  # "die Paul Kruger-straat"
        place = _POSSESSIVE_PLACE.match(self.text, cand.end)
        if place is not None and fold(place[1]).lower() in _PLACES_POSSESSED:
            return True  # "Nelson's Column", "St John's Wood"
        words = fold(self.text[cand.start:cand.end]).lower().split()
        if len(words) > 1 and words[-1] == "park" and words[0] not in ASIAN:
            return True  # "Ellis Park", "Victoria Park"; "Ji-woo Park" is Korean
        k = self._index_at(cand.start)
        return k < len(self.tokens) and self.tokens[k].end == cand.end and self.tokens[
            k].ends_name and self.tokens[k].folded in _POSSESSIVE_BRANDS

    def in_a_place(self, start: int, end: int) -> bool:
        """Whether `text[start:end]`, or the run of capitalised words it lies in, is a place,
        an institution or a company ("The Martin Luther King Jr. Center", "Université Paul
        Sabatier", "Galeries Lafayette", "Vodafone"): the tagger reads words one by one, the
        run's first and last words say what it is."""
        if _company(self.text[start:end]):
            return True
        tokens = self.tokens
        first, last = self._index_at(start), self._index_at(end) - 1
        if not 0 <= first <= last < len(tokens):
            return False
        capital = ("cap", "upper", "ini", "letter")
        while first > 0 and (self._tight(first - 1, first) or self._abbreviated(
                first - 1)) and tokens[first - 1].kind in capital:
            first -= 1
        while last + 1 < len(tokens) and (self._tight(last, last + 1) or self._abbreviated(
                last)) and tokens[last + 1].kind in capital:
            last += 1
        if self.business_sign(first) or self._place_before(first):
            return True  # "le resto Chez Marcel", "le collège Louise-Michel"
        if _STREET_GLUED.search(tokens[last].folded):
            return True  # "Paul Kruger-straat", "Karl-Marx-Straße": the street, hyphenated
        return tokens[first].folded in PLACE_BEFORE or tokens[last].folded in PLACE_AFTER or (
            _company(self.text[tokens[first].start:tokens[last].end])) or self._blocked(
            Candidate(tokens[first].start, tokens[last].end, 0.0, "extent"))

    def blocked_spans(self) -> list[tuple[int, int]]:
        """The candidates so far that the filters drop, as spans: a place, a brand, an
        assistant ("Charles de Gaulle airport")."""
        return [(cand.start, cand.end) for cand in self.candidates if self._blocked(cand)]

    def contexts(self) -> None:
        """Introductions, labels, contact verbs, mentions, relations, greetings, sign-offs."""
        text = self.text
        # Lower case with accents stripped, offsets unchanged (plain `lower` for ASCII: faster).
        low = text.lower() if text.isascii() else fold_same_length(text)
        for cue, pattern, lower, score, what in (
                ("strong", cues.STRONG, "any", 0.9, "introduced by"),
                ("weak", cues.WEAK, "known", 0.9, "introduced by"),
                ("label", cues.LABEL, "any", 0.85, "after the label")):
            if cues.hinted(low, cue):
                for match in pattern.finditer(low):
                    cue_text = text[match.start():match.end()].strip()
                    self._after_cue(match, lower=lower, score=score,
                                    reason=f"{what} '{cue_text}'")
        for match in cues.CHAT_CUES.finditer(low):
            start = match.start()
            if start and (low[start - 1].isalnum() or low[start - 1] in "'’-@._"):
                continue  # inside a word: "task for"
            if match.group(1) == "c" and not _SMS_C_OPENS.search(low, max(0, start - 8), start):
                continue  # "c" is "c'est" only where a clause opens: not "vitamine c"
            kind = cues.CHAT_CUE_KINDS[match.group(1)]
            cue_text = text[start:match.end()].strip(" \t:,!")
            if kind == "greeting":
                if match.end() < len(text) and text[match.end()].islower():
                    self._cued(match.end(), score=0.75, reason=f"greeted with '{cue_text}'",
                               lower_only=True)
                elif match.group(1).split()[0] not in GREETINGS:
                    self._thanked(match.end(), cue_text)
            else:
                span = self._cued(match.end(), score=0.85 if kind == "intro" else 0.8,
                                  reason=f"{'introduced by' if kind == 'intro' else 'after'} "
                                         f"'{cue_text}'", strict=kind == "intro",
                                  on_behalf=match.group(1) in _ON_BEHALF)
                if (span is None and kind in ("contact", "intro")
                        and text[match.end():match.end() + 1].islower()):
                    # "demande a grace si ...": a word that is also a name, then a clause;
                    # "hi its jordan from batipro": an introduction, then where from
                    word = _LOWER_WORD.match(text, match.end())
                    on_behalf = match.group(1) in _ON_BEHALF and word is not None and (
                        CLAUSE_END.match(text, word.end()) is not None)
                    # ("salut c rose, le piano ...": an introduction closed by its clause)
                    self._cued(match.end(), score=0.75, reason=f"after '{cue_text}'",
                               ambiguous="yes" if on_behalf else "clause" if kind == "intro"
                               and _GREETED.search(low, max(0, start - 12), start)
                               else "connector")
        if cues.hinted(low, "header"):
            for match in cues.HEADER.finditer(low):
                self._cued(match.end(), score=0.85, reason=f"after the header "
                           f"'{text[match.start():match.end()].strip()}'")
        if "@" in low:
            for match in cues.MENTION.finditer(low):
                if match.start() and not low[match.start() - 1].isspace():
                    continue  # "jane@acme.com": an e-mail address, not a mention
                self._cued(match.end(), score=0.75, reason="mentioned with '@'")
        for match in cues.RELATION.finditer(low):
            relation = text[match.start():match.end()].strip(" \t,")
            if not self._after_cue(match, lower="no", score=0.8,
                                   reason=f"named as '{relation}'"):
                # ("my boss mark wants a quote": a word that is also a name, then a verb)
                self._cued(match.end(), score=0.8, reason=f"named as '{relation}'",
                           lower_only=True, ambiguous="verb")
        if cues.hinted(low, "likeness"):
            for match in cues.LIKENESS.finditer(low):
                if self.text[match.end():match.end() + 1].isupper():
                    self._after_cue(match, lower="no", score=0.75,
                                    reason=f"{PORTRAYED} "
                                           f"'{text[match.start():match.end()].strip()}'")
        if cues.hinted(low, "kin"):
            for match in cues.KIN_CALLED.finditer(low):
                kin = text[match.start():match.end()].strip()
                self._cued(match.end(), score=0.75, reason=f"called '{kin}'", ambiguous="yes")
        for match in _IS_AROUND.finditer(low):
            self._cued(match.end(), score=0.7, reason="asked if they are around",
                       ambiguous="yes")
        if "with" in low or "avec" in low or "chez" in low or "w/" in low:
            for match in _WITH_LOWER.finditer(text):
                # "jsuis avec mark au stade": the writer is with a person, not a thing
                self._cued(match.end(), score=0.7, reason="with or at whose", ambiguous="yes" if (
                    _I_AM_BEFORE.search(low, max(0, match.start() - 12), match.start()))
                    else "no")
        if " n " in low or " and " in low or " et " in low or " & " in low:
            for match in _LOWER_PAIR.finditer(text):
                words = [fold_word(match["a"]), fold_word(match["b"])]
                known = [known_given(word) for word in words]
                head = low[max(0, match.start() - 30):match.start()].rstrip()
                before = _LOWER_WORD_BEFORE.search(head)
                if all(given and word not in COMMON_WORDS for word, (given, _) in zip(
                        words, known, strict=True)) and (
                        match["and"] in ("n", "&") or not all(is_word for _, is_word in known)
                        ) and not (before and fold_word(before.group()) in PLACE_BEFORE):
                    # (the two words alone: "sofiane et nico veulent" names no "nico veulent";
                    # "rue pierre et marie curie" is a street)
                    self.candidates.extend(Candidate(*match.span(name), 0.7,
                                                     "two given names joined")
                                           for name in ("a", "b"))
        for match in _DID_THEY.finditer(text):
            if known_given(match["name"])[0]:
                self.candidates.append(Candidate(*match.span("name"), 0.7,
                                                 "asked if they did what only a person does"))
        for match in _CAN_THEY.finditer(low):
            if text[match.end()].isupper():  # (in lower case the verb would read as a surname)
                self._cued(match.end(), score=0.7, reason="asked what only a person does")
        for match in cues.ON_SITE.finditer(low):
            job = text[match.start():match.end()].strip(" \t,")
            self._cued(match.end(), score=0.75, reason=f"named as '{job}'")
        if cues.hinted(low, "here"):
            self._here(low)
        self._sign_offs(low)
        self._last_line()
        self._predicated(low)
        self._possessed()
        for match in _FAMILY.finditer(text):
            group = "name" if match.group("name") else "name2"
            name = fold(re.sub(r"['’]", "", match.group(group)))
            if (name in SURNAMES or known_given(name) == (True, False)) and not (
                    name in COMMON_WORDS or self.in_a_place(*match.span(group))):
                self.candidates.append(Candidate(*match.span(group), 0.75, "a family named"))
        addressed = _ADDRESSED.match(text)
        if addressed is not None and fold_word(addressed["name"]) not in COMMON_WORDS and (
                known_given(fold_word(addressed["name"])) == (True, False) or known_given(
                fold_word(addressed["name"]))[0] and _ASKED_OF.match(text, addressed.end("name"))):
            self.candidates.append(Candidate(*addressed.span("name"), 0.7,
                                             "addressed as the message opens"))
        for match in _HONORIFIC.finditer(text):
            whole = text[match.start("name"):match.end()]
            if "-" in whole[len(match["name"]):] and known_given(fold_word(whole))[0]:
                continue  # "Eun-ji" is a Korean given name, not "Eun" with Hindi "-ji"
            self.candidates.append(Candidate(*match.span("name"), 0.8,
                                             "before an honorific"))
        if text.islower():
            return
        if cues.hinted(low, "intro"):
            self._intros(low)
        if cues.hinted(low, "by"):
            for match in cues.BY.finditer(low):
                span = self._name_at(match.end(), lower="no", limit=3, min_words=2)
                if span:
                    self.candidates.append(Candidate(span[0], span[1], 0.7,
                                                     "a full name after 'by'"))
        self._greetings()

    def _possessed(self) -> None:
        """A capitalised given name with an English possessive, even one that is also a word
        ("whoever looked after Bill's account", "Can Ravi's van come out?"): a person's thing.
        Not the shops named so ("Wendy's", "Macy's"), nor the end of a longer name ("St
        John's", "Trader Joe's")."""
        tokens = self.tokens
        for k, tok in enumerate(tokens):
            if not tok.ends_name or tok.kind != "cap" or tok.folded in _POSSESSIVE_BRANDS or (
                    tok.folded in COMMON_WORDS or tok.folded in predicates.MONTHS
                    or not known_given(tok.folded)[0]):
                continue
            if k and tokens[k - 1].kind in ("cap", "upper") and self._tight(k - 1, k) and (
                    tokens[k - 1].folded not in COMMON_WORDS or tokens[k - 1].folded in
                    _BEFORE_A_SHOP):
                continue
            word = _NEXT_WORD.match(self.text, tok.end + 2)
            after = word.group(1).lower() if word else ""
            if not after or after.endswith("ing") or after in _NOT_POSSESSED:
                continue  # "Joy's running out", "Hope's not here": "is", not a possessive
            if word and word.group(1)[:1].isupper() and after in PLACE_AFTER:
                continue  # "Drake's Wharf", "Bill's Garage": a place or a shop so named
            self._add(k, k + 1, 0.7, "a given name, before a possessive")

    def _predicated(self, low: str) -> None:
        """A given name, even one that is also a word, or a known surname, right before what
        only a person does or is ("Bill from finance", "Joy signed for it", "Rose a signé",
        "Baker from logistics"); in lower case, a given name before a verb only ("mark said")."""
        text, tokens = self.text, self.tokens
        ends = {tok.end: k for k, tok in enumerate(tokens)}
        for match in predicates.PREDICATE_AFTER.finditer(low):
            pos = match.start()
            said = text[pos:match.end()].strip(" \t,")
            k = ends.get(pos)
            if k is not None and tokens[k].kind == "cap":
                first = k - 1 if k and tokens[k - 1].kind == "cap" and self._tight(k - 1, k) \
                    and first_name(tokens[k - 1])[0] else k
                if first < k and tokens[first].folded in COMMON_WORDS:
                    first = k  # "Can Bill from finance": "Can" asks, it names nobody
                word = tokens[first]
                if (not (first_name(word)[0] or word.folded in SURNAMES)
                        # "the golf club on Hamilton Road wants ...": a place does it
                        or tokens[k].folded in PLACE_AFTER
                        or word.folded in predicates.MONTHS
                        or word.folded in COMMON_WORDS and word.folded not in CUE_CONFIRMS
                        # (a role apposed between commas says it of a person: "Noël, le
                        # chauffeur de la déneigeuse,")
                        and not (low[pos] == "," and first == k)
                        or predicates.DETERMINER_BEFORE_CAPITAL.search(
                            text, max(0, word.start - 8), word.start)):
                    continue
                self._add(first, k + 1, 0.7, f"before '{said}'")
                both = predicates.AND_BEFORE.search(text, max(0, word.start - 40), word.start)
                if both and both.group("name")[:1].isupper() and known_given(
                        fold_word(both.group("name")))[0]:
                    self.candidates.append(Candidate(both.start("name"), both.end("name"), 0.7,
                                                     f"named with {word.text}, before '{said}'"))
            elif predicates.VERB_AFTER.match(low, pos):
                lower = _LOWER_WORD_BEFORE.search(low, max(0, pos - 30), pos)
                if (lower is None or not text[lower.start()].islower()
                        or not known_given(lower.group())[0]
                        # a word that is also a given name opening its clause ("fixed? jun
                        # says still cold"): no article, no verb before it, so a person
                        or lower.group() in COMMON_WORDS and not _CLAUSE_OPENS.search(
                            text, max(0, lower.start() - 3), lower.start())
                        or lower.group() in predicates.MONTHS
                        or predicates.DETERMINER_BEFORE.search(text, max(0, lower.start() - 8),
                                                               lower.start())
                        # "le boulanger d'en bas nous a dit": a place's word, not a person
                        or _PLACE_PREPOSITION_BEFORE.search(text, max(0, lower.start() - 8),
                                                            lower.start())):
                    continue
                self.candidates.append(Candidate(lower.start(), lower.end(), 0.7,
                                                 f"before '{said}'"))

    def _cued(self, pos: int, *, score: float, reason: str, strict: bool = False,
              lower_only: bool = False, add: bool = True,
              ambiguous: str = "no", on_behalf: bool = False) -> tuple[int, int] | None:
        """A name right at `pos`, after a cue that announces a person but may also announce a
        company or a team ("speak to Sales", "contact Chronopost"): a lower-case known given
        name (with its surname), a known given name or surname alone, or a run of capitalised
        words holding one (`strict`: an ambiguous given name alone must end its clause).
        `ambiguous`: when a lower-case given name that is also a word counts: "no", "yes" (the
        cue decides: "hi ruby here"), "connector" (before "si", "if", "to"...), "clause" (a
        connector or the clause's end: "salut c rose, le piano"), "verb" (before a verb of
        saying or doing: "my boss mark wants"). `on_behalf`: the cue is
        "de la part de" or "on behalf of", after which a given name and a word unknown make a
        person ("De la part de Céleste Mbeki")."""
        if pos >= len(self.text):
            return None
        scan: Scan = self  # a capitalised name: the message's own tokens hold it
        if not self.text[pos].isupper():
            word = _LOWER_WORD.match(self.text, pos)
            if not word or not known_given(fold_word(word.group()))[0] or (
                    ambiguous in ("connector", "clause")
                    and not _connected(self.text, word.end(), ambiguous == "clause")) or (
                    ambiguous == "verb" and not predicates.VERB_AFTER.match(self.text, word.end())
                    and known_given(fold_word(word.group()))[1]):
                return None  # most cues are followed by an ordinary word: stop here
            scan = self._words_at(pos)
        first = scan._index_at(pos)
        if first >= len(scan.tokens) or scan.tokens[first].start != pos:
            return None
        tok = scan.tokens[first]
        if scan._title(tok, first)[0]:
            return None  # "Mon conseiller, M. Haddad": the title rule finds the name
        if tok.kind == "lower":
            known, is_word = known_given(tok.folded)
            verb = ambiguous == "verb" and predicates.VERB_AFTER.match(self.text, tok.end)
            if not known or tok.folded in COMMON_WORDS and not verb or is_word and not (
                    ambiguous == "yes" or verb or ambiguous in ("connector", "clause")
                    and _connected(self.text, tok.end, ambiguous == "clause")):
                return None
            end = scan._lower_name_end(first)
            if lower_only and not (CLAUSE_END.match(self.text, scan.tokens[end - 1].end)
                                   or verb or scan._common_next(end)):
                return None  # "thanks mike really helped": only before a clause end
        elif lower_only or tok.kind not in ("cap", "upper"):
            return None
        else:
            end, count = scan._take(first, limit=4, cued=True)
            words = [t for t in scan.tokens[first:end] if t.kind in ("cap", "upper")]
            if count == 0 or not words or _NUMBERED.match(self.text, scan.tokens[end - 1].end):
                return None  # ("the Goods Inward Manager, Dock 3": a place with its number)
            if end < len(scan.tokens) and scan.tokens[end].kind in ("cap", "upper") and (
                    scan._tight(end - 1, end) and scan.tokens[end].folded not in _CHAT_WORDS):
                return None  # "contact Royal Mail": a proper noun that goes on, not a person
            if count == 1:
                if not known_person_word(words[0], self.lang):
                    return None
                if strict and known_given(words[0].folded)[1] and not (CLAUSE_END.match(
                        self.text, words[0].end) or _WHO.match(self.text, words[0].end)):
                    return None  # "its Lydia integration": an ambiguous word, not a person
            elif not any(known_given(t.folded) == (True, False) or t.folded in SURNAMES
                         # ("Sterling Okafor-James here": a double-barrelled surname)
                         or "-" in t.folded and any(part in SURNAMES
                                                    for part in t.folded.split("-"))
                         for t in words) and not (on_behalf and known_given(words[0].folded)[0]):
                return None  # "avec Bouygues Telecom": capitalised words, nobody known
        start, stop = scan.tokens[first].start, scan.tokens[end - 1].end
        if add:
            self.candidates.append(Candidate(start, stop, score, reason))
            more = _AND.match(self.text, stop)
            if more and not lower_only:
                # "demandez à Dupont ou à Martin", "cc Jonas Becker and Freya Lund"
                self._cued(more.end(), score=score, reason=reason, strict=strict)
        return start, stop

    def _thanked(self, pos: int, cue_text: str) -> None:
        """"Thanks, Summer!", "Merci Grant.": a capitalised name thanked, then punctuation or
        the end of the message; a given name alone counts here even if it is also a word (not
        a month, an assistant or a common word)."""
        first = self._index_at(pos)
        if first >= len(self.tokens) or self.tokens[first].start != pos or (
                self.tokens[first].kind != "cap"):
            return
        end, count = self._take(first, limit=3, cued=True)
        if not count or not cues.AFTER_GREETING.match(self.text, self.tokens[end - 1].end):
            return
        if count == 1 and not (known_person_word(self.tokens[first], self.lang)
                               and known_given(self.tokens[first].folded)[0]):
            return  # "Merci Leclerc !" thanks a shop: a surname alone is not enough here
        self._add(first, end, 0.75, f"thanked with '{cue_text}'")

    def _greetings(self) -> None:
        tokens, text = self.tokens, self.text
        for i, tok in enumerate(tokens[:-1]):
            if tok.folded not in GREETINGS or not self._tight(i, i + 1):
                continue
            if tokens[i + 1].kind != "cap":
                continue  # "Hi HAL": an acronym, not a name
            greeted = tokens[i + 1].folded
            # "Salut Will,": a greeting confirms a given name that is also a word.
            end, count = self._take(i + 1, limit=3, cued=greeted in CUE_CONFIRMS)
            if count == 1 and (greeted in ASSISTANTS or (greeted == "claude" and self.lang == "en")
                               or greeted in COMMON_WORDS and greeted not in CUE_CONFIRMS):
                continue  # "Hi Alexa", "Hello Claude": an assistant, not a person
            if count and cues.AFTER_GREETING.match(text, tokens[end - 1].end):
                self._add(i + 1, end, 0.75, f"greeted with '{tok.text}'")

    def _after_cue(self, match: re.Match[str], *, lower: str, score: float,
                   reason: str) -> bool:
        span = self._name_at(match.end(), lower=lower, limit=3)
        if span and _NUMBERED.match(self.text, span[1]):
            return True  # "the Goods Inward Manager, Dock 3": a place, and no one else named
        if span:
            self.candidates.append(Candidate(span[0], span[1], score, reason))
        return span is not None

    def _intros(self, low: str) -> None:
        """"I'm X from ACME", "c'est Lisa de Bricomax": the name ends where the company starts."""
        for match in cues.INTRO.finditer(low):
            first = self._index_at(match.end())
            if first >= len(self.tokens) or self.tokens[first].start != match.end() or (
                    self.tokens[first].kind == "lower"):
                continue  # "ici le Garage du Centre": an article, not a name
            end, count = self._take(first, limit=3, cued=True)
            stop = next((k for k in range(end, first, -1) if cues.COMPANY_AFTER.match(
                low, self.tokens[k - 1].end) and not self._surname_particle(
                self.tokens[k - 1].end)), None)
            if (stop is not None and match.group("greeting")
                    and not known_person_word(self.tokens[first], self.lang)):
                continue  # "Bonjour, Mairie de Lyon": after a greeting, only a known name
            if count and stop is not None:
                intro = self.text[match.start():match.end()].strip()
                self._add(first, stop, 0.85, f"introduced by '{intro}' with a company after")
                self.cuts.append(self.tokens[stop - 1].end)

    def _surname_particle(self, pos: int) -> bool:
        """Whether the "de" after `pos` starts a surname, not the company a person is from:
        capitalised before a capitalised word ("Giulia De Luca"), or before a known surname
        ("Sanne de Vries")."""
        after = _PARTICLE_THEN_WORD.match(self.text, pos)
        return after is not None and (after.group("particle")[0].isupper() and after.group(
            "word")[0].isupper() or fold_word(after.group("word")) in SURNAMES)

    def _here(self, low: str) -> None:
        """"Ravi here", "Eoin Fitzpatrick here from X", "Yasmina du service RH à l'appareil"."""
        for match in cues.HERE.finditer(low):
            before = [m.end() for m in _CLAUSE_START.finditer(low, 0, match.start())]
            pos = before[-1] if before else 0
            while pos < match.start() and low[pos] in " \t":
                pos += 1
            greeting = _GREETING_AT.match(low, pos)
            if greeting and greeting.end() < match.start():
                pos = greeting.end()
            direct = low[pos:match.start()].strip(" \t").count(" ") == 0
            span = self._cued(pos, score=0.85, reason="", add=False,
                              ambiguous="yes" if direct else "no")
            if span and (gap := cues.HERE_GAP.match(low, span[1])) and gap.end() == match.end():
                here = self.text[match.start():match.end()]
                self.candidates.append(Candidate(span[0], span[1], 0.85,
                                                 f"introduced with '{here}'"))

    def _sign_offs(self, low: str) -> None:
        text = self.text
        starts = [len(low) - len(low.lstrip(" \t"))]
        starts += [m.end() for m in cues.SENTENCE_START.finditer(low)]
        for pos in starts:
            match = cues.SIGN_OFF.match(low, pos)
            if not match:
                continue
            sign = text[match.start():match.end()].strip(" \t\r\n,.!-–—:")
            first = self._index_at(match.end())
            if first < len(self.tokens) and self.tokens[first].start == match.end():
                if self._title(self.tokens[first], first)[0]:
                    continue  # "Cordialement,\nM. Petit": the title rule finds the name
                end, count = self._take(first, limit=3, cued=True)
                if count and _LINE_END.match(text, self.tokens[end - 1].end):
                    self._add(first, end, 0.8 if count > 1 else 0.7, f"signature after '{sign}'")
                    continue
            if match.end() < len(text) and text[match.end()].islower():
                span = self._cued(match.end(), score=0.7, reason="", add=False)
                if span and _LINE_END.match(text, span[1]):
                    self.candidates.append(Candidate(span[0], span[1], 0.7,
                                                     f"signature after '{sign}'"))

    def _last_line(self) -> None:
        """A lower-case given name alone on the last line signs the message: "...\nyanis"."""
        text = self.text.rstrip()
        pos = text.rfind("\n") + 1
        while pos and pos < len(text) and text[pos] in " \t-–—":
            pos += 1
        if pos and pos < len(text) and text[pos].islower() and text.count(" ", pos) < 3:
            span = self._cued(pos, score=0.7, reason="", add=False)
            if span and span[1] == len(text):
                self.candidates.append(Candidate(span[0], span[1], 0.7,
                                                 "a given name alone on the last line"))

    def titles_and_names(self) -> None:
        """Titles, known given names with their surnames, and initials with a surname."""
        tokens, text = self.tokens, self.text
        used_until = -1
        for i, tok in enumerate(tokens):
            if tok.start < used_until or tok.kind in ("elided", "letter") or (
                    tok.kind == "lower" and tok.folded not in TITLES_ANY_CASE
                    and tok.folded not in TITLES_WITH_DOT):
                continue
            is_title, lower = self._title(tok, i)
            if is_title:
                gap = _TITLE_GAP.match(text, tok.end)
                # "mr joes pizza average wait": a lower-case surname is one or two words.
                limit = 2 if lower == "any" else 4
                span = gap and self._name_at(gap.end(), lower=lower, limit=limit)
                if span and not self._place_before(i):
                    self.candidates.append(Candidate(span[0], span[1], 0.85,
                                                     f"after the title '{tok.text}'"))
                    used_until = span[1]
                    continue
            if tok.kind == "ini":
                end, count = self._take(i, limit=3)
                if count and not (i > 0 and tokens[i - 1].end == tok.start):
                    self._add(i, end, 0.7, f"initial '{tok.text}' followed by a surname")
                    used_until = tokens[end - 1].end
                continue
            known, ambiguous = first_name(tok)
            if not known or ambiguous and tok.folded in COMMON_WORDS and i + 1 < len(
                    tokens) and (first_name(tokens[i + 1])[0] or tokens[
                    i + 1].folded in SURNAMES) and self._tight(i, i + 1) and (
                    _SENTENCE_START.search(text, 0, tok.start) or tok.folded in PLACE_BEFORE):
                # "Can Kevin call?", "Will Hunter come?": a word before a name, opening the
                # sentence ("Is Will Jacobs the engineer?": capitalised inside it, a name);
                # or a place's ("in Prince George")
                continue
            if tok.folded in _SAINTS and i + 1 < len(tokens) and tokens[
                    i + 1].kind == "cap" and self._tight(i, i + 1):
                continue  # "the concierto in Santa Cruz", "San Diego": a place
            if tok.folded in _QUESTION_WORD_TYPOS and _SENTENCE_START.search(
                    text, 0, tok.start) and _ASKED_AFTER.match(text, tok.end):
                continue  # "Wen is the boyler servise?": "when", misspelt
            if i + 1 < len(tokens) and self._tight(i, i + 1):
                end, count = self._take(i + 1, limit=3, after_given=True)
            else:
                end, count = i + 1, 0
            first = i
            while (not ambiguous and first > 0 and i - first < 3
                   and tokens[first - 1].kind == "upper"
                   and tokens[first - 1].start >= used_until and namey(tokens[first - 1])
                   and tokens[first - 1].folded not in PLACE_BEFORE
                   and self._tight(first - 1, first)):
                first -= 1
            if (first == i and not ambiguous and not count and i > 0
                    and tokens[i - 1].kind == "cap" and tokens[i - 1].start >= used_until
                    and self._tight(i - 1, i) and surname_like(tokens[i - 1])
                    and tokens[i - 1].folded not in COMMON_WORDS
                    and tokens[i - 1].folded not in PLACE_BEFORE
                    and not known_given(tokens[i - 1].folded)[0]
                    and _CLAUSE_OPENS.search(text, 0, tokens[i - 1].start)
                    and _LINE_END.match(text, tok.end)):
                first = i - 1  # "Ivanova Svetlana, acheteuse, ...": surname first, as listed
            if _DETERMINER_BEFORE.search(text, max(0, tok.start - 12), tok.start):
                continue  # "le Bas Choix", "the Victoria line": a thing, not a person
            if ambiguous and count == 1 and not surname_like(tokens[end - 1]):
                continue  # "Chase Sapphire", "Victoria Line": a thing named like a person
            if count or first < i:
                if first < i and not count:
                    score, why = 0.8, "a surname followed by the given name"
                else:
                    score, why = 0.85, "the given name followed by a surname"
                if ambiguous:
                    score = 0.7
                self._add(first, end, score, f"'{tok.text}' is a known given name; {why}")
                used_until = tokens[end - 1].end
            elif tok.kind == "cap" and not ambiguous and not _MODEL_NUMBER.match(text, tok.end):
                self._add(i, i + 1, 0.55, f"'{tok.text}' is a known given name")

