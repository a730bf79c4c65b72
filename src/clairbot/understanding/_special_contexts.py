"""Sentence frames that make a sensitive word personal, for `SpecialCategoryDetector`.

A word such as "diabétique", "cancer" or "musulman" is special-category data only when the
message says it of a person: "je suis diabétique", "mon fils a un cancer", "as a Muslim". The
frames below are regex fragments, written folded (lower case, no accents: `accent_insensitive`
adds the accented forms), each with a named group `c` holding the words that make it personal.

* BE: a person is something ("je suis", "ma femme est", "I'm", "my son is", "as a");
* HAVE: a person has or suffers from something ("j'ai", "il souffre de", "I was diagnosed
  with", "my wife has");
* POSS: a possessive before the noun ("mon diabète", "my cancer", "his chemo").

Each frame ends where the sensitive term begins; determiners and adverbs in between are
allowed ("je suis moi-même diabétique", "I have stage 2 breast cancer").
"""

from __future__ import annotations

# People a visitor talks about.
REL_FR = (r"(?:fils|fille|filles|femme|mari|epouse|epoux|conjoint|conjointe|compagnon|compagne|"
          r"mere|maman|pere|papa|frere|soeur|sœur|enfant|enfants|bebe|collegue|patron|patronne|"
          r"chef|responsable|manager|ami|amie|copain|copine|grand-mere|grand-pere|oncle|tante|"
          r"cousin|cousine|neveu|niece|salarie|salariee|employe|employee|associe|associee|"
          r"beau-pere|belle-mere|beau-frere|belle-soeur|fiance|fiancee|voisin|voisine|"
          r"assistant|assistante|parents|client|cliente|patient|patiente|locataire|"
          # Québec's girlfriend and boyfriend: "ma blonde est très catholique"
          r"blonde|chum)")
REL_EN = (r"(?:son|daughter|wife|husband|partner|spouse|mother|mom|mum|father|dad|brother|sister|"
          r"child|kid|baby|colleague|coworker|co-worker|boss|manager|friend|girlfriend|boyfriend|"
          r"fiance|fiancee|grandmother|grandfather|grandma|grandpa|uncle|aunt|cousin|nephew|niece|"
          r"employee|assistant|parents|children|kids|sons|daughters|client|customer|patient|"
          r"tenant)"
          # "my father-in-law has ...", "my step-daughter is ..."
          r"(?:-in-law)?")

_ADV_FR = (r"(?:\s+(?:moi-meme|lui-meme|elle-meme|aussi|egalement|tres|devenue?|toujours|encore|"
           r"plutot|assez|franchement|carrement|clairement|"
           r"desormais|maintenant|actuellement|vraiment|gravement|deja|reconnue?|diagnostiquee?|"
           r"declaree?|ne|nee|en\s+partie|a\s+moitie|moitie|pour\s+moitie|depuis\s+\w+(?:\s+(?:ans|mois|semaines))?))*")
_ADV_EN = (r"(?:\s+(?:also|very|now|recently|currently|still|openly|newly|really|actually|"
           r"seriously|severely|profoundly|legally|officially|proudly|just|born|practicing|"
           r"practising|devout|registered|card-carrying|lifelong|"
           # ("turns out im part inuit", "I'm half Samoan")
           r"part|partly|half|a\s+quarter|one\s+quarter|an\s+eighth))*")

# A colleague by their job, maybe named after it or by a title: "notre organiste titulaire,
# Mme Perrin, est", "Mme Perrin est".
JOB_FR = (r"(?:boss|chauffeur|comptable|technicien(?:ne)?|ingenieure?|directeur|directrice|"
           r"gerante?|pdg|dg|president(?:e)?|secretaire|acheteur|acheteuse|magasinier(?:e)?|"
           r"cariste|cuisinier(?:e)?|chef\s+(?:de\s+\w+|d'\w+)|apprentie?|stagiaire|"
           r"conducteur|conductrice|infirmier(?:e)?|organiste|sacristain|cure|pasteur|gardien(?:ne)?|"
           r"contremaitre|chef\s+d'equipe|commerciale?|standardiste|receptionniste|mecanicien(?:ne)?|"
           r"soudeur|soudeuse|electricien(?:ne)?|boulanger(?:e)?|patissier(?:e)?|fondateur|fondatrice|"
           r"proprietaire|proprio|capitaine|skipper|moniteur|monitrice|entraineur|entraineuse|"
           r"plongeur|plongeuse|ouvrier(?:e)?|operateur|operatrice|pilote|guide|benevole|"
           # ("notre sommelier est cœliaque": the trades of a restaurant, a shop, a site)
           r"sommelier(?:e)?|serveur|serveuse|barman|barmaid|barista|vendeur|vendeuse|"
           r"caissier(?:e)?|livreur|livreuse|plombier|menuisier|jardinier(?:e)?|architecte|"
           r"commis|peintre|couvreur|macon|charpentier|veilleur|formateur|formatrice|coursier|"
           r"fleuriste|coiffeur|coiffeuse|caviste|vigneron(?:ne)?|eleveur|eleveuse|"
           r"palefrenier(?:e)?|cavalier|cavaliere|sous-chef|traiteur|photographe|regisseur|"
           r"regisseuse|projectionniste)")
_TITLE_FR = r"(?:m|mr|mme|mlle|madame|monsieur|mademoiselle|dr|docteur|maitre|me)\.?"
# Not the owner of an animal, which is the subject: "le labrador de Mme Dufour est diabétique".
_NOT_AN_ANIMALS = "".join(
    rf"(?<!{animal}\sde\s)(?<!{animal}\sd')"
    for animal in ("chien", "chienne", "chat", "chatte", "cheval", "jument", "labrador",
                   "berger", "poney", "lapin", "vache", "mouton", "chevre", "perroquet",
                   "etalon", "chiot", "chaton", "golden", "caniche", "teckel"))
# Nor an animal that suffers: "des biscuits pour chiens souffrant d'insuffisance rénale".
_NOT_AFTER_AN_ANIMAL = "".join(
    rf"(?<!{animal}\s)"
    for animal in ("chien", "chiens", "chienne", "chiennes", "chat", "chats", "chatte", "cheval",
                   "chevaux", "jument", "juments", "animal", "animaux", "poney", "poneys",
                   "chiot", "chiots", "chaton", "chatons", "vache", "vaches", "mouton", "moutons",
                   "chevre", "chevres", "bovins", "volailles", "poules", "lapin", "lapins"))
_NAMED_FR = r"(?:\s*,?\s+(?:" + _TITLE_FR + r"\s+)?[^\W\d_]+){0,2}\s*,?"
# A pronoun that is (or was) something: it may stand for a thing ("il est d'origine italienne").
PRONOUN_BE_FR = r"(?:il|elle)\s+(?:est|etait)|(?:ils|elles)\s+(?:sont|etaient)|"
# ("chu", as Québec says "je suis"; not "au CHU", the hospital)
BE_FR = (r"(?P<c>\b(?:je\s+suis?|j'?\s?suis|chui|(?<!\bau\s)(?<!\ble\s)(?<!\bdu\s)chu|"
         r"(?:mon|ma|notre|son|sa)\s+" + REL_FR
         + r"\s+(?:est|etait)|(?:mes|nos|ses)\s+" + REL_FR + r"(?:s|x)?\s+(?:sont|etaient)|"
         # "nos plongeurs sont des Inuits": colleagues by their job, together
         r"(?:mes|nos|ses)\s+" + JOB_FR + r"(?:s|x)?\s+(?:sont|etaient)|"
         # ... yours too, unless asked ("Vos techniciens sont syndiqués ?" tells nothing)
         r"vos\s+" + JOB_FR + r"(?:s|x)?\s+(?:sont|etaient)(?![^.!;?\n]*\?)|"
         r"(?:mon|ma|notre|son|sa|votre|le|la|l')\s*" + JOB_FR + _NAMED_FR
         + r"\s+(?:est|etait)|\b" + _NOT_AN_ANIMALS + r"(?:" + _TITLE_FR
         + r"|frere|soeur|abbe)\s+[^\W\d_]+"
         # ("Frère Benoît, moine de l'abbaye, est malentendant": an apposition between)
         r"(?:[ \t]+[^\W\d_]+)?\s*(?:,[^,.;:!?]{1,40},)?\s*,?\s+(?:est|etait)|"
         + PRONOUN_BE_FR + r"en\s+tant\s+que|en\s+qualite\s+de|etant|"
         r"je\s+me\s+(?:considere|definis|declare)(?:\s+comme)?)" + _ADV_FR + r")\s+"
         r"(?:(?:une?|de|des|d')\s*)?"
         # ("je suis basque et abertzale": a second word said of the same person, maybe after two)
         r"(?:(?:[^\W\d_]+\s+){1,2}et\s+)?")
# A colleague by their job, maybe named after it or by a title: "our driver Tom is", "the lab
# manager, Dr Chen, is", "Dr Okafor is".
# ("our sound engineer", "our head chef": one word may qualify the job)
JOB_EN = (r"(?:(?!(?:is|was|has|had|and|or)\b)[a-z]+\s+)?"
          r"(?:driver|accountant|technician|engineer|director|receptionist|buyer|cleaner|"
          r"curator|librarian|teacher|coach|instructor|gardener|groundsman|groundskeeper|"
          r"manager|bookkeeper|cashier|clerk|housekeeper|carer|volunteer|treasurer|diver|"
          r"joiner|carpenter|labourer|handyman|painter|pharmacist|"
           r"supervisor|foreman|operator|nurse|chef|cook|secretary|ceo|owner|founder|"
           r"(?:lab|site|office|shift|team|project|plant|warehouse|store|shop|account|sales)\s+"
           r"(?:manager|lead|leader|supervisor)|apprentice|intern|mechanic|welder|electrician|"
           r"porter|guard|storekeeper|dispatcher|(?:shop\s+)?steward|union\s+rep|convenor|baker|"
           r"organist|caretaker|fitter|installer|scaffolder|roofer|plumber|captain|skipper)")
_NAMED_EN = r"(?:,?\s+(?:(?:dr|mr|mrs|ms|miss)\.?\s+)?[^\W\d_]+){0,2},?"
# ("Am an Igbo man, we greet first": the subject left out, as many write)
BE_EN = (r"(?P<c>\b(?:i\s+am|i'?m|i\s+(?:really|truly|actually|honestly)\s+am|"
         r"^\W*am(?=\s+(?:an?|the|also|proudly|born)\b)|i\s+was|"
         r"i've\s+been|i\s+have\s+been|i\s+became|"
         r"(?:my|our|his|her)\s+" + REL_EN + r"\s+(?:is|was|has\s+been|'s)|"
         r"(?:my|our|his|her|the|your)\s+" + JOB_EN + _NAMED_EN
         + r"\s+(?:is|was|has\s+been)|"
         r"(?:dr|mr|mrs|ms|miss)\.?\s+[^\W\d_]+\s+(?:is|was|has\s+been)|"
         r"(?:my|our|his|her)\s+" + REL_EN + r"\s+(?:are|were)|(?:he|she)\s+(?:is|was)|"
         r"he's|she's|as\s+an?|being|i\s+identify\s+as|i\s+consider\s+myself)" + _ADV_EN
         + r")\s+(?:(?:an?|the)\s+)?"
         # ("I'm Irish and Catholic": a second word said of the same person; not "I'm a
         # Buddhist and Ill be away", "I'll" typed in haste)
         r"(?:(?:[^\W\d_]+\s+){1,2}and\s+(?!ill\b))?")

_DET_FR = (r"(?:(?:un|une|le|la|les|l'|du|de\s+la|des|d'un|d'une|d'|de|gros|grosse|grave|severe|"
           r"lourde?|petite?|legere?|sale|vrai|vraie|forte?|nouvelle?|premiere?|second|seconde|"
           r"debut\s+de)\s*)*")
_DET_EN = (r"(?:(?:a|an|the|stage\s+\w+|type\s+(?:1|2|i|ii)|early|late|severe|chronic|mild|"
           r"documented|known|diagnosed|confirmed|"
           r"terminal|advanced|aggressive|rare|serious|bad|breast|lung|prostate|skin|colon|"
           r"bowel|brain|pancreatic|ovarian|cervical|blood|bone|liver|kidney|thyroid|"
           r"clinical|major|postpartum|post-natal|postnatal|early-onset|young-onset)\s+)*")

HAVE_FR = (r"(?P<c>\b(?:j'?\s?ai|j'?\s?avais|j'?\s?ai\s+eu|(?:il|elle)\s+a|"
           r"(?:mon|ma|notre|son|sa)\s+" + REL_FR + r"\s+(?:a|avait|a\s+eu)|"
           r"(?:mes|nos|ses)\s+" + REL_FR + r"\s+ont|"
           # "Le boulanger, Moussa, a le paludisme": a colleague by their job, maybe named
           r"(?:mon|ma|notre|son|sa|votre|le|la|l')\s*" + JOB_FR + _NAMED_FR
           + r"\s+(?:a|avait|a\s+eu)|"
           r"(?:je|il|elle)\s+(?:souffre|souffrait)\s+|(?:mon|ma|son|sa)\s+" + REL_FR
           + r"\s+souffre\s+|" + _NOT_AFTER_AN_ANIMAL + r"souffrant\s+|"
           # "notre régisseur, M. Perrin, souffre d'une surdité": whoever the subject
           + _NOT_AFTER_AN_ANIMAL + r"souffr(?:e|ent|ait|aient)\s+|"
           r"(?:je\s+suis\s+|il\s+est\s+|elle\s+est\s+)?atteinte?\s+|"
           r"je\s+(?:lutte|me\s+bats)\s+contre|je\s+vis\s+avec|on\s+m'a\s+(?:diagnostique|"
           r"decouvert|detecte|trouve)|(?:je\s+suis\s+)?(?:soignee?|traitee?|suivie?|"
           r"hospitalisee?)\s+(?:pour|pr)|je\s+sors\s+d'|je\s+fais|je\s+viens\s+de\s+faire|"
           r"j'ai\s+fait|je\s+suis\s+en\s+traitement\s+pour|suite\s+a\s+(?:mon|ma|mes)|"
           r"a\s+cause\s+de\s+(?:mon|ma|mes)))\s*" + _DET_FR)
# "I get migraines"; in Nigerian Pidgin "I get ulcer" is "I have an ulcer".
HAVE_EN = (r"(?P<c>\b(?:i\s+have|i've|i've\s+got|i\s+have\s+got|i\s+had|i've\s+had|i\s+got|"
           r"i\s+get|"
           # Spanish mixed in: "mi hijo tiene Duchenne", "tengo diabetes"
           r"(?:mi|my)\s+\w+\s+tiene|tengo|"
           r"(?:he|she)\s+(?:has|had|got)|(?:he|she)'s\s+got|"
           # "Our manager, Mr Kowalski, has ...": a person named with a title
           # "Patient ref 4471 has ...", "the patient for case 2291 has ...": one patient
           r"(?:the\s+)?patient\s+(?:(?:ref|reference|no\.?|number|#|for\s+case|case|id)?\s*"
           r"[\w-]*\d[\w-]*\s+)?(?:has|had|was\s+diagnosed\s+with|lives\s+with)|"
           r"(?:mr|mrs|ms|miss|mx)\.?\s+[a-z][\w'-]+\s*,?\s+(?:has|had|has\s+got|was\s+"
           r"diagnosed\s+with|lives\s+with)|"
           # "Our shop steward at the bakery has long COVID": a colleague by their job
           r"(?:my|our|his|her|the|your)\s+" + JOB_EN + r"(?:\s+(?:at|in|from|on)\s+(?:the|our|my)"
           r"\s+[^\W\d_]+)?" + _NAMED_EN + r"\s+(?:has|had|has\s+got|was\s+diagnosed\s+with|"
           r"lives\s+with)|"
           r"(?:my|our|his|her)\s+" + REL_EN + r"(?:\s+(?:has|had|got)|'s\s+got|'s\s+had|"
           r"\s+was\s+diagnosed\s+with|"
           r"is\s+diagnosed\s+with|suffers\s+from|is\s+suffering\s+from|is\s+battling|"
           r"is\s+being\s+treated\s+for|is\s+recovering\s+from|lives\s+with|has\s+got)|"
           r"(?:i\s+was|i\s+got|i've\s+been|i\s+have\s+been|i\s+am|i'm|(?:he|she)\s+was)\s+"
           r"diagnosed\s+with|i\s+suffer\s+from|i'?m\s+suffering\s+from|"
           r"i'?m\s+being\s+treated\s+for|i'?m\s+recovering\s+from|i\s+live\s+with|"
           r"i'?m\s+living\s+with|i'?m\s+battling|i'?m\s+fighting|i\s+(?:just\s+)?beat|"
           r"i\s+survived|i'?m\s+undergoing|i'?m\s+having|i\s+am\s+having|"
           r"i'?m\s+going\s+through|because\s+of\s+my|due\s+to\s+my|"
           # "our foreman suffers from ...": whoever the subject, a person suffers.
           r"suffers\s+from|suffered\s+from|is\s+suffering\s+from|are\s+suffering\s+from|"
           # "Our festival director has suffered a concussion": what befell a person
           r"(?:has|have|had)\s+(?:just\s+|recently\s+)?(?:suffered|sustained)|suffered|sustained))\s+"
           + _DET_EN)

POSS_FR = r"(?P<c>\b(?:mon|ma|mes|son|sa|ses))\s+"
POSS_EN = r"(?P<c>\b(?:my|his|her))\s+"

# Frame words that tie a statement to the writer or to someone the writer names ("my son");
# without one, only a pronoun ("il est", "she has") says who it is about.
SELF_WORDS = frozenset("je j j'ai j'avais jai suis chui i i'm im i've my mon ma mes moi etant "
                       "being as en tant que".split())
