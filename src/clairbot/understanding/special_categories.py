"""GDPR art. 9 special categories in French and English messages: health, religion, trade-union
membership, political opinion, sexual orientation, ethnic origin, biometrics and genetics.

A finding means that the message says something of this kind *about a person*: the writer ("je
suis diabétique", "I'm Jewish", "je vote RN") or someone they name ("mon fils a un cancer", "my
wife is pregnant"). The span is the sensitive expression itself ("diabétique", "syndiqué à la
CGT", "vote RN"), the subtype one of `SPECIAL_SUBTYPES`, and the reason quotes the words that
make it personal ("after 'je suis'").

How. Each rule pairs sensitive terms with a sentence frame (`_special_contexts`): "be" ("je
suis X", "my son is X", "as a X"), "have" ("j'ai un X", "I was diagnosed with X"), "poss"
("mon X", "my X"), or a fixed pattern ("je fais le ramadan", "my union rep", "j'ai fait un
test ADN"). A term alone is never enough, which is what keeps B2B text quiet: "health check
endpoint", "the union of two sets", "Union Européenne", "santé et sécurité au travail", "mutuelle
santé d'entreprise", "Black Friday", "white label", "DNA of our brand", "biometric door access
catalogue", "cancer research charity invoice", "political risk insurance" have no frame.

Speed. Matching runs on the lower-cased message. First one cheap scan for the beginnings of the
sensitive words (`GATE_STEMS`); most messages stop there. Only the subtypes whose words appear
have their rules tried.

Judgement calls. Negated statements ("je ne suis pas diabétique") are not reported. Gender
identity ("je suis trans") is reported under `sexual_orientation` (art. 9 "sex life or sexual
orientation"), the closest subtype. Mild health statements ("I'm sick", "j'ai la grippe",
"allergic to") are reported with a lower score (0.6). A statement whose only subject is a
pronoun ("il est", "she has") scores 0.1 less: the pronoun may stand for a thing. One about a
relative the writer names ("my son has cancer") scores like one about the writer: it is just
as surely special-category data. A partner of the writer's own gender, as the message tells
both ("je suis désolée, ma compagne..."), is reported under `sexual_orientation`
(`_special_partner`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clairbot.categories import SPECIAL_CATEGORY
from clairbot.findings import Finding
from clairbot.text import fold
from clairbot.textmatch import accent_insensitive, lower_same_length, trie_pattern
from clairbot.understanding import _special_contexts as ctx
from clairbot.understanding._special_anchor import (
    about_a_group,
    about_animals,
    about_devices,
    about_institutions,
    about_nobody,
    about_things_of_an_origin,
    genes_only_of_animals,
)
from clairbot.understanding._special_lexicon import (
    FIGURATIVE_ALLERGY,
    GATE_STEMS,
    OTHER_BODIES,
    RULES_EN,
    RULES_FR,
)
from clairbot.understanding._special_partner import other_gender_partners, same_gender_partner
from clairbot.understanding.learned_categories import clauses, learned_findings

__all__ = ["SpecialCategoryDetector"]

_TERM_END = r"(?![\w-])"
_FRAMES = {
    "fr": {"be": ctx.BE_FR, "have": ctx.HAVE_FR, "poss": ctx.POSS_FR,
           # "il est d'origine italienne" is often a product: people only.
           "be_person": ctx.BE_FR.replace(ctx.PRONOUN_BE_FR, "")},
    "en": {"be": ctx.BE_EN, "have": ctx.HAVE_EN, "poss": ctx.POSS_EN,
           "be_person": ctx.BE_EN},
}
assert _FRAMES["fr"]["be_person"] != ctx.BE_FR, "the pronouns were not left out"
# Terms reported with a lower score: common, mild or often figurative.
_MILD = re.compile(r"(?:malade|sick|ill|grippe|flu|migraines?|allergi\w*.*|allergic.*|"
                   r"anxiety|depressed|hospital|a l'hopital|in (?:the )?hospital|sous traitement|"
                   r"medication|meds|devout|religious|croyante?|ecologiste)")
_SUBTYPE_NAMES = {"health": "health", "religion": "religion",
                  "union_membership": "trade-union membership",
                  "political_opinion": "political opinion",
                  "sexual_orientation": "sexual orientation",
                  "ethnic_origin": "ethnic origin", "biometrics": "biometric data",
                  "genetics": "genetic data"}


@dataclass(frozen=True, slots=True)
class _Rule:
    subtype: str
    pattern: re.Pattern[str]
    score: float


def _compile(rules: tuple[tuple[str, str, str, float], ...], lang: str) -> dict[str, list[_Rule]]:
    compiled: dict[str, list[_Rule]] = {}
    for subtype, frame, terms, score in rules:
        if frame == "fixed":
            source = terms
        else:
            source = _FRAMES[lang][frame] + r"(?P<t>" + terms + r")" + _TERM_END
        compiled.setdefault(subtype, []).append(
            _Rule(subtype, re.compile(accent_insensitive(source)), score))
    return compiled


_RULES = {"fr": _compile(RULES_FR, "fr"), "en": _compile(RULES_EN, "en")}


def _gate(whole_words: bool) -> re.Pattern[str]:
    stems = {stem.rstrip("$") for stems in GATE_STEMS.values() for stem in stems
             if stem.endswith("$") == whole_words}
    tail = r"(?!\w)" if whole_words else ""
    return re.compile(r"(?<![\w-])" + trie_pattern(stems) + tail)


_GATE_PREFIX = _gate(whole_words=False)
_GATE_WORD = _gate(whole_words=True)
_STEM_SUBTYPES: dict[str, set[str]] = {}
for _subtype, _stems in GATE_STEMS.items():
    for _stem in _stems:
        _STEM_SUBTYPES.setdefault(_stem.rstrip("$"), set()).add(_subtype)
# The gate matches the longest stem; the shorter stems it begins with gate their subtypes too
# ("genetique" opens health's rules, and genetics' by its "genet").
for _stem, _subtypes in list(_STEM_SUBTYPES.items()):
    for _shorter, _theirs in list(_STEM_SUBTYPES.items()):
        if _shorter != _stem and _stem.startswith(_shorter):
            _subtypes |= _theirs


def _subtypes_present(low: str) -> set[str]:
    """The subtypes one of whose sensitive words begins a word of `low`."""
    present: set[str] = set()
    for gate in (_GATE_PREFIX, _GATE_WORD):
        for match in gate.finditer(low):
            present |= _STEM_SUBTYPES.get(fold(match.group()), set())
    return present


# A religious feast used only to say when ("after Easter Sunday", "avant la Toussaint",
# "over the Eid break"): nothing about anyone's faith.
_FEAST_AS_DATE = re.compile(accent_insensitive(
    r"\b(?:after|before|until|till|by|over|around|from|for|on|past|apres|avant|jusqu'?\s*a|"
    r"pendant|pour|des|vers|a\s+partir\s+de|au\s+retour\s+de|sauf)\s+(?:the\s+|la\s+|le\s+|l'\s*)?"
    r"(?:easter|christmas|xmas|pentecost|whitsun|good\s+friday|ascension(?:\s+day)?|"
    r"all\s+saints(?:'?\s+day)?|diwali|eid|hanukkah|passover|paques|noel|pentecote|toussaint|"
    r"aid|assomption|epiphanie)"
    # "on ne travaille pas le jour de Noël", "closed on Christmas Day": the day itself
    r"|\b(?:le\s+)?jour\s+de\s+(?:noel|paques|la\s+toussaint|l'ascension|la\s+pentecote|l'an)"
    r"|\b(?:christmas|boxing|easter|new\s+year'?s)\s+day"
    r"(?:\s+(?:sunday|monday|weekend|break|holidays?|period|week|day|dimanche|lundi|week-end|"
    r"vacances|pont|fetes))?\b"
    # "le ramadan tombe en pleine saison", "Easter falls late this year": when it falls
    r"|\b(?:le\s+|la\s+|the\s+)?(?:ramadan|ramadhan|careme|lent|easter|christmas|paques|noel|"
    r"diwali|eid|aid|hanukkah|passover|pentecote|pentecost|toussaint)\s+(?:tombe|tombera|"
    r"tombait|tombent|falls?|fell|will\s+fall|is\s+falling|arrive|arrivera|comes?\s+(?:early|"
    r"late))\b"), re.IGNORECASE)


# A month of fasting as a season of trade: "pendant le ramadan on vend surtout le soir",
# "during Lent our fish orders double" (what a shop sells or opens, not who keeps it).
_SEASON_OF_TRADE = re.compile(accent_insensitive(
    # ("busier than ever in Ramadan evenings": the trade told before the season)
    r"\b(?:pendant|durant|during|over|for|in)\s+(?:the\s+|le\s+)?(?:ramadan|ramadhan|careme|lent)\b"
    r"(?=[^.;!?]{0,60}?\b(?:vend\w*|sell\w*|sales|ventes?|ouvr\w*|open\w*|ferm\w*|clos\w*|"
    r"livr\w*|deliver\w*|horaires|hours|commandes?|orders?|stock|chiffre|business|boutique|"
    r"shop|magasin|clients?|customers?|rush|busy|busier|peak|explos\w*|reservations?|"
    r"affluence|frequentation|footfall|covers)\b)"
    r"|\b(?:busier|busy|busiest|rush|peak|sales|orders)\b[^.;!?]{0,40}?\b(?:in|during|over)\s+"
    r"(?:the\s+)?(?:ramadan|ramadhan|lent)\b"), re.IGNORECASE)
# ... unless someone keeps it: "during Ramadan I fast", "pendant le carême je jeûne".
_KEEPS_THE_FEAST = re.compile(accent_insensitive(
    r"\b(?:i|we|je|nous|on|he|she|il|elle)\s+(?:fast|am\s+fasting|'m\s+fasting|are\s+fasting|"
    r"jeune|jeunons|jeunent|pray|prie|prions|observe|observons|celebrate|celebre)\b"
    r"|\bfasting\b|\bje[uû]n\w*|\bmuslims?\b|\bmusulman\w*|\bcatholi\w*|\bchristian\w*"
    # Hindi and Urdu: "roza rakha hai" (I am keeping the fast)
    r"|\broz[ae]h?\s+(?:rakh\w*|se|hai|chal)\b"),
    re.IGNORECASE)
_FIGURATIVE = re.compile(accent_insensitive(FIGURATIVE_ALLERGY), re.IGNORECASE)


def _only_as(wording: re.Pattern[str], span: str, subtypes: set[str]) -> bool:
    """Whether `span` says what `wording` matches and, without it, no word of `subtypes`."""
    low = lower_same_length(span)
    if not wording.search(low):
        return False
    return not subtypes & _subtypes_present(wording.sub(" ", low))


def _only_in_jest(span: str) -> bool:
    """Whether `span` speaks of an allergy in jest ("allergique aux délais") and, without it,
    of nothing of health."""
    return _only_as(_FIGURATIVE, span, {"health"})


# "Je préfère ne pas parler politique, mais la subvention a été votée": politics declined.
_POLITICS_DECLINED = re.compile(accent_insensitive(
    r"\b(?:(?:je\s+)?(?:prefere|preferons|prefererais)\s+ne\s+pas|sans|pas\s+de|"
    r"on\s+ne\s+(?:va\s+pas\s+)?parle(?:r|ra)?\s+pas(?:\s+de)?|loin\s+de\s+moi\s+l'idee\s+de|"
    r"(?:i'?d|we'?d)\s+rather\s+not|let'?s\s+not|no|not\s+to|without|(?:i|we)\s+(?:don'?t|do\s+not|"
    r"won'?t|will\s+not|never)\s+(?:want\s+to\s+)?)\s+(?:parler\s+(?:de\s+)?|faire\s+de\s+(?:la\s+)?|"
    r"talk(?:ing)?\s+(?:about\s+)?|discuss(?:ing)?\s+|get(?:ting)?\s+into\s+)?(?:la\s+)?"
    r"(?:politique|politics)\b"), re.IGNORECASE)


# "we've a conservative budget for the van wraps": cautious, no party; "liberal with the
# syrup", generous; "notre politique RSE", "la politique de retour": a firm's policy; "je suis
# indépendant", self-employed.
_CAUTIOUS = re.compile(accent_insensitive(
    r"\bconservative(?:ly)?\s+(?:budget|estimate|approach|figures?|design|look|"
    r"colou?rs?|palette|style|choice|option|side|timeline|schedule|guess|"
    r"quote|spend|spending|amount)s?\b"
    r"|\b(?:estimate|budget|figure|guess|forecast|quote|projection)s?\s+(?:is|are|was|were|"
    r"seems?|looks?)\s+(?:(?:rather|quite|very|pretty|a\s+bit|deliberately|on\s+the)\s+)?"
    r"conservative(?:\s+side)?\b"
    r"|\bliberal(?:ly)?\s+(?:with|amounts?|use|helpings?|dose|doses|portions?|splash|"
    r"sprinkling|coat|coating|quantities|quantity|application|arts)\b|\bliberally\b"
    r"|\b(?:notre|votre|leur|sa|la|une|nos|vos|our|your|their|its|the|a)\s+politique\s+"
    r"(?:rse|qualite|commerciale|tarifaire|salariale|sociale\s+interne|interne|maison|"
    r"environnementale|achats?|d'achats?|rh|de\s+(?:retour|retours|remboursement|prix|"
    r"confidentialite|livraison|garantie|annulation|securite|cookies|voyage|deplacement|"
    r"recrutement|teletravail|stock|stocks|achats?|qualite|marque|rse))\b"
    r"|\b(?:je\s+suis|j'?\s*suis|on\s+est|nous\s+sommes|i'?m|i\s+am|we'?re|we\s+are)\s+"
    r"(?:(?:un|une|an|a)\s+)?(?:independante?s?|independent|self-employed|freelance)\b"),
    re.IGNORECASE)


def _politics_declined(span: str) -> bool:
    """Whether `span` declines to talk politics (an opinion stated all the same, "mais je
    vote ...", is the rules' to find: they read before the model), or says "conservative"
    only of a budget or a design."""
    return bool(_POLITICS_DECLINED.search(lower_same_length(span))) or _only_as(
        _CAUTIOUS, span, {"political_opinion"})


# "une cuvée au profit de la recherche contre la mucoviscidose", "a fundraiser for cancer
# research": a cause supported, nobody's condition.
_A_CAUSE = re.compile(accent_insensitive(
    # (not "mon combat contre le cancer", "my fight against cancer": one's own)
    r"(?:\b(?:(?:la\s+)?recherche|la\s+lutte|(?:l'\s*|une\s+)association|(?:la|une)\s+fondation|"
    r"la\s+ligue)\s+(?:contre|sur|de|pour|des|du)\s+(?:la\s+|le\s+|l'\s*|les\s+)?"
    r"|\b(?:fundrais\w*|charity|research|appeal|foundation|awareness)\s+(?:for|into|against|on)"
    r"\s+(?:the\s+)?)"
    r"[^\W\d_]+(?:\s+[^\W\d_]+)?"), re.IGNORECASE)


def _only_a_cause(span: str) -> bool:
    """Whether `span` names a disease only as a cause supported and, without it, says nothing
    of anyone's health or genes."""
    return _only_as(_A_CAUSE, span, {"health", "genetics"})


# "une salle à thème « laboratoire de génétique », des fausses éprouvettes et des hélices
# d'ADN": a set's props, nobody's genes.
# ("une fausse couche" is no prop, nor is "sur le thème du Sahel" after "mi test de ADN": the
# span must name nobody's own; "notre salle", a firm's room, names no one; "props" are a
# plane's propellers as often as a set's.)
_A_PROP = re.compile(accent_insensitive(
    r"\b(?:a\s+(?:pour\s+)?theme|a\s+theme|themed|theme\s+(?:room|set|night|party)|decors?|"
    r"factices?|replicas?|fake|mock-?ups?|en\s+(?:resine|plastique|carton|mousse)|"
    r"set\s+dressing)\b"), re.IGNORECASE)
_SOMEONES = re.compile(r"\b(?:mon|ma|mes|son|sa|ses|leur|leurs|my|mi|his|her|their|je|j|i|moi|"
                       r"me)\b", re.IGNORECASE)


def _only_a_prop(span: str, sentence: str) -> bool:
    """Whether `span`, naming nobody's own, sits in a sentence about a set's props."""
    return bool(_A_PROP.search(lower_same_length(sentence))) and not _SOMEONES.search(span)


# "Notre syndicat d'éleveurs ovins organise une tonte": a body of farmers, owners or employers
# that the rules know is no trade union (the model reads the word alone).
_ANOTHER_BODY = re.compile(accent_insensitive(r"\bsyndicats?" + OTHER_BODIES), re.IGNORECASE)


# "La CGT a déposé un préavis de grève chez le transporteur", "the RMT has called a strike on
# the railway": a union acting, as an organisation, in a strike that may delay an order.
_A_UNION_STRIKES = re.compile(accent_insensitive(
    r"\b(?:la\s+|le\s+|l'\s*|the\s+)?(?:cgt|cfdt|fo|cftc|unsa|sud|cfe-cgc|fsu|syndicats?|"
    r"fgtb|csc|csn|unia|rmt|unite|unison|gmb|aslef|teamsters|uaw|cwu|unions?)(?:\s+\w+)?\s+"
    r"(?:a|ont|has|have|had|is|are|vient\s+de|viennent\s+de)\s+(?:depose|lance|appele|annonce|"
    r"decide|vote|organise|called|announced|declared|organi[sz]ed|balloted|launched|voted|"
    r"calling|announcing)\b(?:\s+\S+){0,4}?\s+(?:preavis|greves?|mouvement|manifestation|"
    r"strikes?|walk-?outs?|industrial\s+action|stoppages?)\b"), re.IGNORECASE)


# "the union agreement at our restaurant limits kitchen work", "la convention collective",
# "notre club reçoit une délégation syndicale": an agreement that covers members and others
# alike, or a union's delegation received as guests; nobody's membership.
_A_UNION_AGREEMENT = re.compile(accent_insensitive(
    r"\b(?:union|collective|labou?r)\s+(?:agreements?|contracts?|deals?|rules|rates?)\b"
    r"|\baccords?\s+(?:syndica\w*|collectifs?|d'\s*entreprise)\b|\bconventions?\s+collectives?\b"
    r"|\b(?:recoit|recoivent|accueille|accueillent|accueillons|recevons|receives?|received|"
    r"hosts?|hosting|hosted|welcomes?|welcoming)\s+(?:une|la|a|the)\s+"
    r"(?:delegation\s+syndicale|union\s+delegation|trade\s+union\s+delegation)\b"),
    re.IGNORECASE)


def _only_another_body(span: str) -> bool:
    """Whether `span` names a "syndicat" that is no trade union, a union only as it calls a
    strike, or only its agreement or its guests, and, without it, no union."""
    return any(_only_as(wording, span, {"union_membership"})
               for wording in (_ANOTHER_BODY, _A_UNION_STRIKES, _A_UNION_AGREEMENT))


# The writer speaking of themself, in the first person singular.
_ONE_OWN = re.compile(r"\b(?:je|j'|me|m'|moi|mon|ma|mes|i|i'm|im|i've|i'd|my|mine)(?![\w'])",
                      re.IGNORECASE)


def _only_a_feast_date(span: str, sentence: str | None = None) -> bool:
    """Whether `span` names a feast as a date and, without it, no word of a faith. A month of
    fasting as a season of trade is read in the whole `sentence` (the model may place its
    finding on "Pendant le Ramadan" alone, the trade told after the comma)."""
    low = lower_same_length(span)
    around = lower_same_length(sentence) if sentence is not None else low
    if _ONE_OWN.search(around):
        # "pendant le ramadan, avec mon diabète, je dois adapter mes horaires": the writer's
        # own month, whatever the trade; only the span is read then
        around = low
    if _KEEPS_THE_FEAST.search(around):
        return False
    if _SEASON_OF_TRADE.search(around):
        low = re.sub(r"\b(?:ramadan|ramadhan|careme|lent)\b", " ", low)
    elif not _FEAST_AS_DATE.search(low):
        return False
    return "religion" not in _subtypes_present(_FEAST_AS_DATE.sub(" ", low))


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence of `text` that holds `text[start:end]`."""
    before = max(text.rfind(mark, 0, start) for mark in ".!?;\n")
    stops = [i for i in (text.find(mark, end) for mark in ".!?;\n") if i >= 0]
    return text[before + 1:min(stops) if stops else len(text)]


def _group(match: re.Match[str], name: str) -> tuple[int, int] | None:
    """The span of the first of `name`, `name`2 ... `name`8 that took part in the match."""
    for suffix in ("", "2", "3", "4", "5", "6", "7", "8"):
        key = name + suffix
        if key in match.re.groupindex and match.start(key) >= 0:
            return match.span(key)
    return None


# What an animal or a plant has as well as a person: left out when a clause speaks of them only.
_OF_ANIMALS = frozenset(("health", "genetics", "ethnic_origin"))
ANIMAL_GUARD = True


class SpecialCategoryDetector:
    """Special categories of personal data (type SPECIAL_CATEGORY, `subtype` in
    SPECIAL_SUBTYPES) stated about the writer or a person they mention."""

    name = "special_category"
    types = (SPECIAL_CATEGORY,)

    def __init__(self, *, learned: bool = True) -> None:
        """`learned=False`: the rules alone (to check what they decide by themselves)."""
        self.learned = learned

    def detect(self, text: str, lang: str) -> list[Finding]:
        """Every special-category statement in `text`: the rules' (see the module docstring),
        then what the model reads in the clauses they left (`learned_categories`)."""
        found = self._by_rules(text, lang)
        if not self.learned:
            return found
        # A message that opens on a thing and names nobody, or speaks only of people in
        # general, reveals nothing about anyone in particular.
        learned = [] if about_nobody(text) or about_a_group(text) else learned_findings(
            text, found)
        if any(f.subtype == "sexual_orientation" for f in learned):
            # A man's wife or a woman's husband, as the text tells both, reveals nothing.
            couples = other_gender_partners(text)
            learned = [f for f in learned if f.subtype != "sexual_orientation" or not any(
                f.start <= start and end <= f.end for start, end in couples)]
        if any(f.subtype == "religion" for f in learned):
            # "after Easter Sunday", "avant la Toussaint": a feast as a date tells no faith.
            learned = [f for f in learned if f.subtype != "religion"
                       or not _only_a_feast_date(text[f.start:f.end],
                                                 _sentence_of(text, f.start, f.end))]
        if ANIMAL_GUARD:
            # "le test ADN de nos chevaux de race": an animal's genes, health or breed. Genes
            # read of a whole sentence, one clause of which speaks of animals only ("the
            # pedigree bull's genetic tests are done, so we need a tank for his paddock"), are
            # theirs too.
            learned = [f for f in learned if f.subtype not in _OF_ANIMALS
                       or not any(about_animals(clause) for clause in (
                           clauses(text[f.start:f.end]) if f.subtype == "genetics"
                           else [text[f.start:f.end]]))]
            # "l'éleveur a fait tester l'ADN de son étalon": the breeder is named, but the
            # genes are the stallion's.
            learned = [f for f in learned if f.subtype != "genetics"
                       or not genes_only_of_animals(text[f.start:f.end])]
        if any(f.subtype == "biometrics" for f in learned) and about_devices(text):
            # "the fingerprint scanner at the gate keeps rejecting everyone": a device, in a
            # message that names no one whose trait it reads. (With the clauses' genes above:
            # of the training's 17,225 revealing lines none lost a label; of its 13,911 others,
            # 3 were cleaned.)
            learned = [f for f in learned if f.subtype != "biometrics"]
        if ANIMAL_GUARD:
            # "des masques d'origine africaine": a thing's origin.
            learned = [f for f in learned if f.subtype != "ethnic_origin"
                       or not about_things_of_an_origin(text[f.start:f.end])]
        if any(f.subtype == "health" for f in learned):
            # "je suis allergique aux délais": said in jest, as the rules read it too.
            learned = [f for f in learned if f.subtype != "health"
                       or not _only_in_jest(text[f.start:f.end])]
        if any(f.subtype in ("health", "genetics") for f in learned):
            # "une cuvée au profit de la recherche contre la mucoviscidose": a cause, not a
            # condition.
            learned = [f for f in learned if f.subtype not in ("health", "genetics")
                       or not _only_a_cause(text[f.start:f.end])]
        if any(f.subtype in ("health", "genetics") for f in learned):
            learned = [f for f in learned if f.subtype not in ("health", "genetics")
                       or not _only_a_prop(text[f.start:f.end],
                                           _sentence_of(text, f.start, f.end))]
        if any(f.subtype in ("religion", "ethnic_origin") for f in learned):
            learned = [f for f in learned if f.subtype not in ("religion", "ethnic_origin")
                       or not about_institutions(text[f.start:f.end])]
        if any(f.subtype == "union_membership" for f in learned):
            learned = [f for f in learned if f.subtype != "union_membership"
                       or not _only_another_body(text[f.start:f.end])]
        if any(f.subtype == "political_opinion" for f in learned):
            # "je préfère ne pas parler politique, mais ...": a topic declined, not an opinion.
            learned = [f for f in learned if f.subtype != "political_opinion"
                       or not _politics_declined(text[f.start:f.end])]
        return sorted(found + learned, key=lambda f: (f.start, f.end))

    def _by_rules(self, text: str, lang: str) -> list[Finding]:
        # A partner of the writer's own gender names no sensitive word: its own rule.
        partners = same_gender_partner(text)
        low = lower_same_length(text)
        present = _subtypes_present(low)
        if not present:
            return partners
        langs = (lang,) if lang in _RULES else ("fr", "en")
        found: dict[tuple[int, int, str], Finding] = {}
        for code in langs:
            for subtype in sorted(present):
                for rule in _RULES[code].get(subtype, ()):
                    for match in rule.pattern.finditer(low):
                        finding = self._finding(text, low, match, rule)
                        if finding:
                            key = (finding.start, finding.end, finding.subtype or "")
                            if key not in found or found[key].score < finding.score:
                                found[key] = finding
        return self._without_nested(list(found.values()) + partners)

    def _finding(self, text: str, low: str, match: re.Match[str], rule: _Rule) -> Finding | None:
        term = _group(match, "t")
        if term is None or term[0] == term[1]:
            return None
        start, end = term
        context = _group(match, "c")
        cue = text[context[0]:context[1]].strip() if context else ""
        score = rule.score
        if _MILD.fullmatch(low[start:end]):
            score = 0.6
        if cue and not set(re.findall(r"[\w']+", fold(cue))) & ctx.SELF_WORDS:
            score -= 0.1  # only a pronoun says who: it may be a thing
        what = _SUBTYPE_NAMES[rule.subtype]
        how = f"after '{cue}'" if cue else "stated as such"
        return Finding(type=SPECIAL_CATEGORY, start=start, end=end, score=round(score, 2),
                       detector=self.name, subtype=rule.subtype,
                       reason=f"{what}: '{text[start:end]}' {how}")

    @staticmethod
    def _without_nested(findings: list[Finding]) -> list[Finding]:
        """Drop a finding inside a longer one of the same subtype ("cancer" in "cancer du
        sein" found twice); keep the rest in text order."""
        findings.sort(key=lambda f: (f.start, -(f.end - f.start)))
        kept: list[Finding] = []
        for finding in findings:
            if any(k.subtype == finding.subtype and k.start <= finding.start
                   and finding.end <= k.end for k in kept):
                continue
            kept.append(finding)
        return kept
