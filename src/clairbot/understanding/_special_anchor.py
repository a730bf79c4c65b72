"""Whether a message speaks of anybody at all, for `special_categories`.

A special category is data about a person (GDPR art. 9). "Le conseil municipal a voté la ZAC
malgré l'opposition", "The union of the two half-shells is clipped": a message that opens on a
thing and names nobody (no pronoun, no relative or colleague, no title, no given name) reveals
nothing about anyone, whatever words of a category it uses; the model's readings of it are
left out. Messages that open otherwise ("chemo today, back tmrw", "à la messe dimanche") may
speak of their writer without a pronoun, and keep them. Of the training's 13,867 lines that
reveal a category, none opens on a thing and names nobody; of its 11,031 that reveal none, 692
did when this was written, 851 since a subject after its verb ("se fait-il") counts as the
thing it follows (spent splits included). On the two worn splits it changed
no figure.

Likewise a message that speaks only of people in general, an indefinite group ("accueille des
enfants en situation de handicap", "défend des demandeurs d'asile", "ramps for visitors with
disabilities") and of no one in particular (no pronoun but the "we" and "you" of one
organisation writing to another, no relative, colleague, role, title or given name) reveals
nothing about an identifiable person. Of the training's 13,867 revealing lines, none reads so;
of the 11,031 others, 128 do (measured when this was written, spent splits included).
"""

from __future__ import annotations

import re

from clairbot.text import fold
from clairbot.textmatch import accent_insensitive
from clairbot.understanding._names_tokens import known_given
from clairbot.understanding._special_contexts import JOB_EN, JOB_FR, REL_EN, REL_FR

# Words that point at a person: pronouns, chat contractions, people and their roles.
_PEOPLE = (r"delegue|deleguee|delegues|representante?|secretaire|candidate?|elue?|conseiller|"
           r"conseillere|chauffeur|operateur|operatrice|operatrices|employes?|salaries?|clients?|"
           r"cliente|collegues?|visiteurs?|patients?|patiente|femmes?|hommes?|fille|garcon|"
           r"enfants?|amie?s?|voisine?s?|gens|personnes?|quelqu'un|membres?|adherente?s?|"
           r"militante?s?|people|person|persons|someone|somebody|guy|guys|lady|man|men|woman|"
           r"women|staff|workers?|drivers?|members?|candidates?|reps?|steward|convenor|"
           r"employees?|colleagues?|customers?|visitors?|kids?|children|folks|anyone|everyone|"
           r"nobody|whoever|who|qui|celui|celle|ceux|celles|chacun|chacune|tout\s+le\s+monde")
_ANCHOR = re.compile(accent_insensitive(
    # (a subject after its verb, "se fait-il", "existe-t-elle", is the thing already named)
    r"\b(?:je|j'|moi|me|m'|mon|ma|mes|nous|notre|nos|on|(?<!-)(?:il|elle|ils|elles)|lui|leur|"
    r"leurs|son|"
    r"sa|ses|i|i'm|im|i've|i'd|my|mine|myself|we|our|us|he|she|him|her|his|hers|they|their|"
    r"them|chui|jsuis|jsui|perso|suis|tu|vous|votre|vos|you|your|ton|ta|tes|en\s+tant\s+que|"
    r"as\s+an?|j(?:fais|vote|ai|ve|vais|peux|dois|bosse|travaille|prie|mange|jeune|prefere)|"
    + _PEOPLE + r")\b|\b" + REL_FR + r"\b|\b" + REL_EN + r"\b|\b" + JOB_FR + r"\b|\b" + JOB_EN
    + r"\b|\b(?:m|mr|mrs|ms|mme|mlle|dr|miss|madame|monsieur|sir)\b\.?\s+[^\W\d_]"),
    re.IGNORECASE)
# A message opening on a thing: an article or a demonstrative, then its noun.
_OPENS_ON_A_THING = re.compile(accent_insensitive(
    r"^\W*(?:le|la|les|l'|un|une|des|du|ce|cet|cette|ces|the|this|these|those)\b"),
    re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<=[^\W\d_][\s,;:(])([A-ZÀ-Ý][^\W\d_]+)")
# Someone in particular: the writers among the group ("nous sommes des ..."), a pronoun but
# those of the organisation writing and the one it
# writes to ("il nous faut", "notre cabinet", "avez-vous", "your site"), a relative, a
# colleague or a role, a title, one person.
_SOMEONE = re.compile(accent_insensitive(
    r"\b(?:je|j'|moi|me|m'|mon|ma|mes|(?<!-)elle|"
    # ("il faut", "il nous faut", "il y a": no one; "la rampe est-elle": the thing)
    r"(?<!-)il(?!\s+(?:(?:nous|vous|me|m'|leur|lui)\s+)?(?:faut|fallait|faudra|faudrait|y\s+a|"
    r"s'agit|reste|manque|semble)\b)|lui|son|sa|ses|i|i'm|im|i've|i'd|my|mine|"
    r"myself|he|she|him|her|his|hers|chui|jsuis|jsui|perso|suis|tu|ton|ta|tes|"
    r"nous\s+sommes|on\s+est|we\s+are|we're|nous\s+etions|we\s+were|"
    r"en\s+tant\s+que|as\s+an?|someone|somebody|quelqu'un|celui|celle|chacun|chacune|person|"
    r"man|woman|lady|guy|homme|femme|fille|garcon|member|membre|adherente?|militante?|steward|"
    r"convenor|reps?|deleguee?|representante?|secretaire|candidate?|elue?|conseillere?|"
    r"j(?:fais|vote|ai|ve|vais|peux|dois|bosse|travaille|prie|mange|jeune|prefere))\b|\b"
    + REL_FR + r"\b|\b" + REL_EN + r"\b|\b" + JOB_FR + r"\b|\b" + JOB_EN
    + r"\b|\b(?:m|mr|mrs|ms|mme|mlle|dr|miss|madame|monsieur|sir)\b\.?\s+[^\W\d_]"),
    re.IGNORECASE)
# People in general: an indefinite plural group.
_A_GROUP = re.compile(accent_insensitive(
    r"\b(?:des|de|d'|aux|les|certains|certaines|plusieurs|nombreux|nombreuses|many|some|"
    r"several|for|with|of|pour|avec)\s+(?:[^\W\d_]+\s+)?(?:personnes|gens|patients|enfants|"
    r"eleves|familles|demandeurs|demandeuses|refugies|migrants|residents|beneficiaires|usagers|"
    r"visiteurs|clients|people|persons|children|kids|pupils|students|families|refugees|users|"
    r"visitors|customers|members|adherents|fideles|pelerins|worshippers|pilgrims|"
    r"asylum\s+seekers)\b"), re.IGNORECASE)
# Animals and plants, whose health, breed and genes are no person's ("le test ADN de nos
# chevaux de race", "the herd's vaccination records"). (Not "mare": the accents left out, it
# is the island of Maré.) On the training lines, leaving out what the model reads in a clause
# that speaks only of them cost 1 of the 14,426 revealing lines a label ("dna results came
# back ... explains the horse thing") and cleaned 1 of the 11,511 others.
_ANIMAL_WORDS = (
    r"(?:chevaux|cheval|jument|juments|etalons?|poulains?|poneys?|poulinieres?|chiens?|chiennes?|"
    r"chiots?|chats?|chatons?|bovins?|vaches?|veaux|taureaux|moutons?|brebis|agneaux|chevres?|"
    r"porcs?|cochons?|truies?|porcelets?|poules?|poulets?|volailles?|canards?|poissons?|"
    r"truites?|saumons?|animaux|animal|betail|troupeaux?|elevages?|ruches?|abeilles|plants?|"
    r"vignes?|ceps?|horses?|stallions?|foals?|ponies|pony|dogs?|puppies|puppy|cats?|"
    r"kittens?|cattle|cows?|calves|calf|bulls?|sheep|lambs?|ewes?|goats?|pigs?|sows?|piglets?|"
    r"hens?|chickens?|poultry|ducks?|fish|trout|salmon|animals?|livestock|herds?|flocks?|"
    r"hives?|bees|vines?|crops?|seedlings?|pets?|breeds?|breeding|"
    # wild animals and museum specimens ("the tiger specimen had a genetic defect")
    r"tigres?|tigers?|lions?|lionnes?|lionesses?|elephants?|loups?|wolves|wolf|specimens?|"
    # ("ram" after a determiner only: "Ram" is a given name)
    r"rams|(?:the|a|our|stud|pedigree|breeding|tup)\s+ram|boars?|heifers?|steers?|bullocks?|geldings?|beliers?|verrats?|genisses?|hongres?|"
    # crops and seeds ("le test ADN du lot de blé", "our silo ka wheat DNA test"): added in
    # the twenty-first round, they changed no training line's labels (14,426 revealing,
    # 11,511 others), nor did the things of an origin below
    r"ble|orge|seigle|avoine|colza|tournesol|soja|riz|cereales?|grains?|semences?|graines?|"
    r"cepages?|varietes?|cultivars?|wheat|barley|maize|corn|oats|rye|rapeseed|canola|"
    r"soybeans?|rice|seeds?|varieties|variety|"
    # trees and hedges ("the oak on the green has some kind of fungal disease")
    r"oaks?|elms?|beech(?:es)?|ash\s+trees?|trees?|arbres?|chenes?|hetres?|platanes?|ormes?|"
    r"hedges?|haies?|lawns?|pelouses?|shrubs?|arbustes?|"
    # dog breeds ("our rescue greyhound's DNA test says she's part whippet")
    r"greyhounds?|whippets?|lurchers?|labradors?|spaniels?|terriers?|collies?|poodles?|"
    r"retrievers?|sheepdogs?|alsatians?|beagles?|dachshunds?|huskies|husky|bulldogs?|"
    r"caniches?|teckels?|bergers\s+allemands?)")
_ANIMALS = re.compile(accent_insensitive(rf"\b{_ANIMAL_WORDS}\b"), re.IGNORECASE)
# ... whose owner is named with them ("le cheval de ma fille souffre du dos", "my son's pony is
# lame"): the owner is the animal's, not the subject of what is said.
_ANIMAL_OWNED = re.compile(accent_insensitive(
    rf"\b{_ANIMAL_WORDS}\s+(?:de|d')\s*(?:ma|mon|mes|notre|nos|sa|son|ses|leur|leurs)\s+"
    r"[^\W\d_]+"
    # ("my niece's mare": the possessive tells the horse, not the island of Maré)
    rf"|\b(?:my|our|his|her|their)\s+[^\W\d_]+(?:'|\u2019)s\s+(?:{_ANIMAL_WORDS}|mares?)\b"),
    re.IGNORECASE)
# Things whose origin is told, which is no person's: "des masques d'origine africaine",
# "timber of Baltic origin".
_THINGS_OF_AN_ORIGIN = re.compile(accent_insensitive(
    r"\b(?:masques?|objets?|statues?|statuettes?|tissus?|pagnes?|bois|produits?|pieces?|"
    r"oeuvres?|meubles?|tapis|artefacts?|sculptures?|epices?|cafes?|vins?|fruits?|viandes?|"
    r"ingredients?|matieres?|composants?|materiaux|masks?|objects?|artifacts?|fabrics?|"
    r"textiles?|products?|goods|wood|timber|furniture|rugs?|carpets?|antiques?|spices?|"
    r"coffee|tea|wines?|components?|parts|materials?)(?:\s+[^\W\d_]+)?\s+(?:(?:d'\s*origine|"
    r"de\s+provenance)\s+[^\W\d_]+|of\s+[^\W\d_]+\s+(?:origin|provenance))"), re.IGNORECASE)
# Devices that read a biometric trait, which are no person's ("le scanner facial du portique
# est en panne", "the fingerprint scanner at the gate keeps rejecting everyone"): whose trait
# it reads is told elsewhere ("it won't take my fingerprint").
_BIOMETRIC_DEVICES = re.compile(accent_insensitive(
    r"\b(?:scanners?|lecteurs?|terminaux|terminal|cameras?|pointeuses?|badgeuses?|capteurs?|"
    r"bornes?|portiques?|serrures?|systemes?|modules?|controles?)\s+(?:biometriques?|faciale?s?|"
    r"d'empreintes?(?:\s+digitales?)?|digitale?s?|(?:a|de)\s+reconnaissance\s+faciale|d'iris|"
    r"retinien(?:ne)?s?)\b"
    r"|\b(?:fingerprint|thumbprint|face[-\s]recognition|facial[-\s]recognition|facial|face|"
    r"iris|palm[-\s]vein|biometric|retina|retinal|hand[-\s]geometry|voice[-\s]recognition)\s+"
    r"(?:scanners?|readers?|terminals?|cameras?|sensors?|locks?|gates?|systems?|time\s+clocks?|"
    r"clocks?|pads?|units?|kiosks?|turnstiles?|modules?|devices?|doors?)\b"
    # ("your fingerprint-access workshop": a place entered by it)
    r"|\b(?:fingerprint|thumbprint|face|facial|iris|palm|retina)-(?:access|entry|controlled|"
    r"locked)\b"), re.IGNORECASE)
# Institutions and products told by a faith ("la kermesse de l'école catholique Saint-Joseph",
# "your kosher salt"), which are no person's: whose faith it is is told elsewhere ("je suis
# pasteur d'une église évangélique").
_INSTITUTIONS = re.compile(accent_insensitive(
    r"\b(?:ecoles?|lycees?|colleges?|eglises?|paroisses?|institutions?|associations?|"
    r"hopitaux|hopital|cliniques?|chapelles?|aumoneries?|fondations?|schools?|churches|church|"
    r"charit(?:y|ies)|hospitals?|parish(?:es)?|chapels?|dioceses?|convents?|academ(?:y|ies)|"
    r"foundations?)\s+(?:catholiques?|protestantes?|juives?|juifs?|musulmane?s?|"
    r"chretiens?|chretiennes?|evangeliques?|orthodoxes?|islamiques?|anglicanes?)\b"
    r"|\b(?:catholic|protestant|jewish|muslim|christian|evangelical|anglican|methodist|"
    r"islamic|hindu|sikh|baptist|quaker|orthodox)\s+(?:schools?|church(?:es)?|colleges?|"
    r"charit(?:y|ies)|hospitals?|parish(?:es)?|chapels?|academ(?:y|ies)|foundations?|"
    r"primary|secondary|high\s+school)\b"
    r"|\bkosher\s+salt\b|\bsel\s+(?:casher|kasher|cacher)\b"), re.IGNORECASE)
# ... but a guide dog tells its owner's sight, and "nous autres, les Yéniches" are the writers.
_PERSON_WITH_ANIMAL = re.compile(accent_insensitive(
    r"\b(?:guide\s+dogs?|assistance\s+dogs?|service\s+dogs?|hearing\s+dogs?|chiens?[-\s]guides?|"
    r"chiens?\s+d'(?:aveugle|assistance)|nous\s+autres|nous\s+les|we\s+\w+\s+folk)\b"),
    re.IGNORECASE)
# A capitalised word after a word or a comma, which a given name would be.
_CAPITALISED_AFTER = re.compile(r"(?<=[^\W\d_,;:(])[\s,;:(]+([A-ZÀ-Ý][^\W\d_]+)")


def about_nobody(text: str) -> bool:
    """Whether `text` opens on a thing and names no person anywhere."""
    if not _OPENS_ON_A_THING.match(text) or _ANCHOR.search(text):
        return False
    return not any(known_given(fold(word))[0] for word in _CAPITALISED.findall(text)
                   if word[1:].islower())  # "ZAC" is an acronym, not Zac


def about_a_group(text: str) -> bool:
    """Whether `text` speaks of people only as an indefinite group, of no one in particular."""
    return _only_of(text, list(_A_GROUP.finditer(text)))


def about_animals(text: str) -> bool:
    """Whether `text` (a clause) speaks of animals or plants and of no one in particular."""
    return _PERSON_WITH_ANIMAL.search(text) is None and _only_of(
        text, list(_ANIMAL_OWNED.finditer(text)) + list(_ANIMALS.finditer(text)))


# Genes tested or read of an animal ("l'éleveur a fait tester l'ADN de son étalon", "the DNA of
# our breeding ewes"): told whole, with the animal they belong to.
_GENES_OF_ANIMALS = re.compile(accent_insensitive(
    r"\b(?:l'\s*|l\s+)?(?:adn|dna|genome|genotype|profil\s+genetique|genetic\s+profile|"
    r"tests?\s+(?:adn|genetiques?)|(?:dna|genetic)\s+tests?)\s+(?:de|du|des|d'|of)\s*"
    r"(?:(?:son|sa|ses|leur|leurs|notre|nos|mon|ma|mes|ce|cet|cette|ces|le|la|les|the|his|"
    rf"her|their|our|my|this|that|these|those|a|an)\s+)?(?:[^\W\d_]+\s+)?{_ANIMAL_WORDS}\b"
    # ("our rescue greyhound's DNA test")
    rf"|\b{_ANIMAL_WORDS}(?:'|\u2019)s\s+(?:adn|dna|genome|genotype|genetic\s+profile|"
    r"(?:dna|genetic)\s+tests?)\b"),
    re.IGNORECASE)
_GENES = re.compile(accent_insensitive(r"\b(?:adn|dna|genom\w*|genoty\w*|genet\w*|genes?)\b"),
                    re.IGNORECASE)


def genes_only_of_animals(text: str) -> bool:
    """Whether every mention of genes in `text` is of an animal or a plant named with it."""
    owned = list(_GENES_OF_ANIMALS.finditer(text))
    return bool(owned) and all(any(o.start() <= g.start() < o.end() for o in owned)
                               for g in _GENES.finditer(text))


def about_devices(text: str) -> bool:
    """Whether `text` (a clause) speaks of biometric devices and of no one in particular."""
    return _only_of(text, list(_BIOMETRIC_DEVICES.finditer(text)))


# What someone does in a faith, which tells theirs: "our MD is a lay preacher at the Methodist
# chapel", "je chante dans la chorale de ma paroisse".
_A_PART_IN_A_FAITH = re.compile(accent_insensitive(
    r"\b(?:pasteure?s?|pastors?|preach\w*|prech\w*|priests?|pretres?|cure|imams?|rabbis?|"
    r"rabbins?|deacons?|diacres?|fideles?|faithful|worship\w*|pri(?:e|ent|ait|er)|pray\w*|"
    r"chante|chantent|sings?|chorales?|choirs?|bapt\w*|received|communion|offices?|cultes?|"
    r"liturg\w*|mass|messe|sunday\s+school|catech\w*|members?|membres?|parishioners?|"
    r"paroissien\w*|readers?|lecteurs?|volunteers?|benevoles?|sacristain|organist\w*|"
    r"veillee|vigil|convert\w*|elders?|anciens?)\b"), re.IGNORECASE)


def about_institutions(text: str) -> bool:
    """Whether `text` (a clause) tells a faith of institutions or products only, of no one in
    particular and of no part someone takes in it."""
    return _A_PART_IN_A_FAITH.search(text) is None and _only_of(
        text, list(_INSTITUTIONS.finditer(text)))


def about_things_of_an_origin(text: str) -> bool:
    """Whether `text` (a clause) tells the origin of things and of no one in particular."""
    return _only_of(text, list(_THINGS_OF_AN_ORIGIN.finditer(text)))


def _only_of(text: str, spans: list[re.Match[str]]) -> bool:
    """Whether `text` speaks of what `spans` name (there are some) and of no one in
    particular beside them: their own nouns are no relative ("des enfants" are not "mes
    enfants"), and no given name is capitalised anywhere."""
    if not spans:
        return False
    rest = text
    for span in spans:
        rest = rest[:span.start()] + " " * (span.end() - span.start()) + rest[span.end():]
    if _SOMEONE.search(rest):
        return False
    return not any(known_given(fold(word))[0] for word in _CAPITALISED_AFTER.findall(text)
                   if word[1:].islower())
