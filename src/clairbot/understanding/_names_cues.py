"""Context cues for `PersonNameDetector`: the words that announce a name.

Every pattern runs on the lower-cased message, accents stripped (offsets unchanged), and ends
where the name begins (`HERE` ends after it); `HINTS` lists, per cue, substrings without which
its pattern cannot match, so that most messages skip most patterns after a few substring
tests. The phrases of a chat (`CHAT_CUES`: contact verbs, introductions, greetings) are one
trie of plain letters, which the regex engine scans fast; `names.py` checks that a match
starts a word.
"""

from __future__ import annotations

import re
from typing import Any

from clairbot.textmatch import accent_insensitive

APOS = r"['’]"


def _plain_trie(phrases: frozenset[str]) -> str:
    """One regex group matching any of `phrases` (folded text), shaped as a trie whose
    branches start with plain letters, so that the regex engine skips every position whose
    letter cannot start a phrase (`trie_pattern` matches accented letters, which the engine
    cannot skip by; the cues run on folded text)."""
    trie: dict[str, dict[str, Any]] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return emit(trie)


# Cue patterns run on the lower-cased message; each starts with a look-ahead on its possible
# first letters, which lets the regex engine skip ahead quickly.
# Introductions after which the name may be in lower case ("je m'appelle jean dupont"), SMS
# spellings included ("je m appelle", "je m'apelle").
STRONG = re.compile(
    r"(?=[jmhti])\b(?:je\s*m(?:" + APOS + r"|[ \t])?[ \t]*app?ell?e|je\s+me\s+nomme|mon\s+nom\s+"
    r"(?:de\s+famille\s+)?(?:est|c" + APOS + r"est)|mon\s+pr[ée]nom\s+(?:est|c" + APOS
    + r"est)|(?:my|his|her|their)\s+(?:full\s+|first\s+|last\s+|family\s+|given\s+|"
    r"maiden\s+)?name\s+is|my\s+name" + APOS + r"s|i\s+am\s+called|i" + APOS
    + r"m\s+called)\s*:?[ \t]+")
# Introductions after which a lower-case word counts only if it is a known given name.
WEAK = re.compile(
    r"(?=[miecshnpgwlbqtarud])\b(?:moi\s+c" + APOS + r"est|"
    # "booked under the name Delacroix", "réservé au nom de Delacroix"
    # (a booking: "au nom de" alone may name a firm, "facture au nom de Renault")
    r"under\s+the\s+name(?:\s+of)?|sous\s+le\s+nom\s+de|(?:reservee?s?|reservation|booked|"
    r"booking)\s+au\s+nom\s+de|"
    r"(?:il|elle|qui)\s+s" + APOS + r"appelle|calls?\s+me|(?:he|she)\s+is\s+called|"
    r"(?:he|she)" + APOS + r"s\s+called|named|"
    r"(?:guy|man|woman|lady|gentleman|girl|chap|bloke|someone|person|agent|rep|colleague)\s+"
    r"called|pr[ée]nomm[ée]e?|(?:un|une)\s+(?:certaine?|d[ée]nomm[ée]e?))[ \t]+")
# Form labels: "Nom : Dupont", "Name: John Smith", "contact : Marie Curie", "signé : K. Osei".
LABEL = re.compile(
    r"(?:^|(?<=[\n;|(,.]))[ \t]*(?:nom(?:\s+et\s+pr[ée]nom|\s+complet|\s+de\s+famille)?|"
    r"pr[ée]nom(?:\s+et\s+nom)?|(?:full\s+|first\s+|last\s+|given\s+)?name|surname|"
    r"contact(?:\s+name)?|interlocut(?:eur|rice)|"
    r"signataire|destinataire|exp[ée]diteur|demandeur|"
    r"titulaire|(?:account\s+)?holder|attn|[àa]\s+l" + APOS + r"attention\s+de|patiente?|"
    r"sign[ée]\s+par|signed\s+by|sign[ée]|signed|signature|fao|"
    r"nom\s+(?:du|de\s+la|de\s+l" + APOS + r"|des?|d" + APOS + r")\s*[^\W\d_]+|"
    r"name\s+of\s+(?:the\s+)?[^\W\d_]+)[ \t]*:[ \t]*", re.MULTILINE)
# A mail header quoted in a chat: "From: Sarah O'Neill", "De : Pierre Lambert" (a team or a
# company may send mail too: the name after it must hold a known name).
HEADER = re.compile(r"^[ \t]*(?:from|de|exp[ée]diteur|sender|to|a|cc)[ \t]*:[ \t]*", re.MULTILINE)
# "I'm X from ACME", "c'est X de chez Y": checked after the name by `COMPANY_AFTER` (a chat
# introduction without a company, "this is aisha", is one of `CHAT_CUES`).
INTRO = re.compile(
    r"(?=[itcmjhsbg])\b(?:i" + APOS + r"m|i\s+am|im|this\s+is|is\s+this|it" + APOS + r"s|its|"
    r"c" + APOS + r"est|c\s+moi|c(?=[ \t])|ici|moi\s+c" + APOS + r"est|je\s+suis|j" + APOS
    + r"?[ \t]*suis|here\s+is"
    # "Hi there, Mark from the rugby club", "Salut, Bill du club nautique": a greeting, then the
    # writer and where they are from
    r"|(?P<greeting>(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|greetings|salut|"
    r"bonjour|bonsoir|coucou)(?:\s+(?:there|all|team|everyone|a\s+tous|tout\s+le\s+monde))?"
    r"[ \t]*[,!:]|(?:hi|hello|hey|salut|bonjour)\s+from))[ \t]+")
COMPANY_AFTER = re.compile(r"[ \t]*,?[ \t]+(?:from|at|de|du|d" + APOS + r"|chez)\b")
# Trades sent on site, named before the person as chats do ("engineer ahmed came 2day", "the
# fitter Kwame left early", "le plombier karim est passé"): with or without an article.
_ON_SITE = (r"engineer|fitter|plumber|electrician|installer|courier|mechanic|surveyor|inspector|"
            r"foreman|tech|technician|driver|(?:delivery|gas|van|site)\s+(?:guy|man|lady|driver)|"
            r"ing[ée]nieure?|plombier|[ée]lectricien(?:ne)?|installat(?:eur|rice)|coursier|"
            r"m[ée]canicien(?:ne)?|te(?:ch|c|k)nicien(?:ne)?|livreur|livreuse|chauffeur|"
            # offices named before a person's name: "scans for notary dubois", "architecte Roux"
            r"notary|notaire|solicitor|lawyer|architecte?|auditor|auditeur|auditrice|"
            r"vet|v[ée]t[ée]rinaire|consultante?|trainer|formateur|formatrice|"
            # the trades of a building site ("le foreur sylvain arrive vers 14h")
            r"foreur|foreuse|driller|soudeur|soudeuse|welder|couvreur|roofer|carreleur|tiler|"
            r"peintre|painter|ma[çc]on|bricklayer|menuisier|charpentier|carpenter|joiner|"
            r"serrurier|locksmith|jardinier|gardener|[ée]lagueur|grutier|monteur|monteuse|"
            r"chauffagiste|frigoriste|cariste|magasinier|cordiste|rigger|ramoneur|vitrier|"
            r"glazier|plaquiste|pl[âa]trier|plasterer|chef\s+de\s+chantier|chef\s+d'[ée]quipe|"
            # ("drone pilot hiro coming tues?")
            r"(?:drone\s+)?pilot|pilote(?:\s+de\s+drone)?")
# Only a known name counts after them (`names._cued`): "The Engineer Report" is a document.
ON_SITE = re.compile(
    r"(?=[tloynmvefpicsdga])(?<![\w'’])(?:(?:le|la|l" + APOS
    + r"|the|our|your|ur|notre|votre|ton|mon|my)\s*)?(?:" + _ON_SITE + r")[ \t]*,?[ \t]+")
RELATION = re.compile(
    # "le juge Moreau", "the judge Okafor": a title-like office, with its article
    r"(?=[mnvoyhlt])\b(?:(?:le|la|the)\s+(?:juge|judge|notaire|huissier|greffi[èe]re?|"
    r"avocate?|magistrate?|pr[ée]sidente?)|"
    # "ma collège X": the feminine possessive tells "collègue" misspelt (not a school)
    r"ma\s+coll[èe]ge|"
    # ("votre ancienne commerciale, X", "our orchard manager, X": one word may qualify it)
    r"(?:mon|ma|ton|ta|notre|votre|leur|my|our|your|his|her|their)\s+"
    r"(?:(?!(?:coll[èe]gue|colleague|et|and|ou|or)\b)[^\W\d_]+\s+)?(?:coll[èe]gue|"
    r"collaborat(?:eur|rice)|associ[ée]e?|responsable|manager|chef|directeur|directrice|"
    r"assistante?|comptable|mari|femme|[ée]pouse|[ée]poux|conjointe?|fils|fille|fr[èe]re|"
    r"s(?:oe|œ)ur|p[èe]re|m[èe]re|colleague|co-?worker|boss|husband|wife|son|daughter|brother|"
    r"sister|father|mother|kid|child|enfant|assistant|accountant|supervisor|"
    # "my dad Bill is 94", "ma tante Odile"
    r"dad|mum|mom|papa|maman|uncle|aunt|auntie|oncle|tante|cousine?|nephew|niece|neveu|"
    r"ni[èe]ce|grandma|grandpa|granny|grandad|nan|nana|mamie|papi|papy|"
    r"grand-?(?:p[èe]re|m[èe]re)|grand(?:father|mother)|cheffe|rep|representative|"
    r"(?:sales|account)\s+(?:rep|manager|executive)|(?:office|project)\s+manager|"
    r"chef\s+de\s+projet|interlocut(?:eur|rice)|conseill(?:er|[èe]re)|commerciale?|"
    r"livreur|livreuse|chauffeur|driver|technicien(?:ne)?|technician|acheteur|acheteuse|buyer|"
    r"gestionnaire|team\s+lead(?:er)?|advis[eo]r|belle-?m[èe]re|beau-?p[èe]re|belle-?s(?:oe|œ)ur|"
    r"beau-?fr[èe]re|(?:mother|father|sister|brother|son|daughter)-in-law|"
    # ("our head baker Olive Castellanos", "our locum Blessing")
    r"baker|nurse|warden|churchwarden|clerk|secretary|administrator|officer|coordinator|"
    r"locum|pharmacist|vicar|rector|priest|caretaker|receptionist|planner|surveyor|student|"
    r"trainee|postdoc|"
    # ("our old director Hope", "my friend Joy", "notre voisine Blanche")
    r"director|headteacher|head\s+teacher|teacher|mentor|tutor|landlord|landlady|neighbou?r|"
    r"friend|best\s+friend|godmother|godfather|godson|goddaughter|voisine?|amie?|parrain|"
    r"marraine|filleule?|prof)|"
    # "The ward manager, Fleur Beaumont, would like ...": a role apposed between commas, the
    # article "the" too
    r"(?:the|our|your|my|le|la|l" + APOS + r"|notre|votre|mon|ma)\s*(?:[^\W\d_]+\s+){0,2}"
    r"(?:manager|nurse|sister|"
    r"supervisor|director|officer|coordinator|lead|buyer|engineer|accountant|warden|clerk|"
    r"secretary|administrator|rep|inspector|surveyor|planner|pharmacist|caretaker|"
    r"infirmi[èe]re?|cheffe?|responsable|directeur|directrice|acheteuse|acheteur|"
    r"comptable|gestionnaire|coordinat(?:eur|rice)|"
    # ("Le photographe, Léo, a fait ...", "Notre nouvelle recrue, Lalie Thévenoux, ...": a
    # trade or a newcomer, apposed the same way)
    r"photographe|photographer|recrue|recruit|stagiaire|intern|trainee|apprentie?|apprentice|"
    r"gardien(?:ne)?|concierge|janitor|porter|groundsman|handyman|cleaner|driver|chauffeur|"
    r"livreu(?:r|se)|technicien(?:ne)?|technician|foreman|cook|cuisini[èe]re?|plombier|plumber|"
    r"[ée]lectricien(?:ne)?|electrician|m[ée]canicien(?:ne)?|mechanic|vendeu(?:r|se)|"
    r"tonneli[èe]re?|menuisi[èe]re?|carpenter|joiner|soudeu(?:r|se)|welder|peintre|painter|"
    r"format(?:eur|rice)|trainer|consultante?|consultant|fitter|installer|installat(?:eur|rice)|"
    r"r[ée]gisseu(?:r|se)|organiste|organist|tuner|accordeu(?:r|se)|coach|moniteur|monitrice|"
    r"instructor|guide|"
    # ("Notre magasinière, Colombe, aurait remarqué", "Notre bénévole, Bill, a vendu")
    r"magasini[èe]re?|storekeeper|b[ée]n[ée]vole|volunteer|r[ée]ceptionniste|receptionist|"
    r"standardiste|secr[ée]taire|assistante?)[ \t]*,|"
    # "churchwarden is pauline", "ward mgr is blessing": a role, then who holds it
    r"(?:[^\W\d_]+\s+)?(?:manager|mgr|warden|churchwarden|rector|vicar|supervisor|boss|"
    r"contact|foreman|site\s+lead|team\s+lead|resp|responsable|gerant|g[ée]rante)\s+"
    r"(?:is|est|c'?\s*est)(?=[ \t]+[^\W\d_])|"
    # "The CEO, Bill Harrington, wants ...": an office apposed, between commas.
    # "Le responsable de la zone industrielle, Urs Meier, souhaite": an office of a place
    r"(?:le|la|the)\s+(?:responsable|directeur|directrice|g[ée]rante?|chef|cheffe|manager|head|"
    r"director|pr[ée]sidente?|maire|propri[ée]taire|owner)\s+(?:de|du|des|d" + APOS + r"|of)"
    r"[ \t]*[^,.;:!?\n]{1,40},|"
    r"(?:the|our|le|la|notre)\s+(?:ceo|cfo|coo|cto|md|managing\s+director|chair(?:man|woman)?|"
    r"president|founder|owner|pdg|dg|g[ée]rante?|fondat(?:eur|rice)|pr[ée]sidente?)[ \t]*,)"
    # ("my manager (Dale) wants a quote": the name in brackets after the role)
    r"(?:[ \t]*\([ \t]*|[ \t]*,?[ \t]+)")
# Verbs of contact and handover, and the phrases around them: "passez-moi Karim", "I spoke
# with Priya", "demande à Sébastien", "cc Jean-Marc", "on behalf of", "a callback from".
# Written folded ("a" also matches "à") with "_" for a space, and expanded into one set.
_FR_VERB = """passez-moi passe-moi passer-moi me_passer joindre joignez contacter contactez
contacte recontacter appeler appelez appele appelle rappeler rappelez rappelle relancer relancez
au_nom_de sous_le_nom_de dmd_a dmde_a
relance prevenir previens prevenez informer informez remercier remerciez remercie aviser avisez
demander
demandez demande avec j'ai_eu jai_eu on_a_eu nous_avons_eu vous_avez_eu avez-vous_eu
de_la_part_de de_la_part_d' par le_retour_de la_reponse_de l'accord_de l'avis_de
des_nouvelles_de reponse_de message_de mail_de appel_de cc cci copie_a selon d'apres
aupres_de en_copie mets_en_copie mettez_en_copie mettre_en_copie mis_en_copie""".split()
_FR_VERB_A = """parler parle parlez parlais parlait demander demande demandez dire dis dites
diras direz dirais diriez dirait demanderas demanderez demandes demande_pas demandes_pas
demandez_pas dis_pas dites_pas gracias grazie bienvenue bisous bises
transmettre transmets transmettez transmis transferer transferez transfere envoyer envoyez envoye
envoyee ecrire ecrivez ecrit repondre repondez adresser adressez adresse remettre remis remise
renvoyer renvoyez renvoye merci bravo grace
envoyes envoyees remises
laisse laissee laisses laissees laisser laissez donne donnee donnes donnees confie confiee
confier confiez rendu rendue rendus""".split()
_FR_AVEC = """parler parle vu voir voyez vois voyons vu_ca voir_ca voyez_ca voir_cela echange
echanger eu rdv rendez-vous reunion rencontre travaille travaillons en_contact en_lien
en_relation""".split()
_EN_VERB = """ask asked asking ask_for asked_for asking_for tell told telling call calling email
emailed e-mail e-mailed ping pinged message messaged text texted phone phoned ring rang contact
contacted contacting reach reached reaching thank thanked remind reminded notify notified inform
informed let have get got cc cc'd cc'ed bcc copy copied copying loop_in looped_in looping_in
put_me_through_to connect_me_to connect_me_with on_behalf_of according_to as_per per other_than
under_the_name under_the_name_of in_the_name_of booked_under under
except apart_from instead_of replacement_for attn fao c/o covering_for cover_for filling_in_for
standing_in_for taking_over_from""".split()
_EN_VERB_TO = """speak spoke speaking talk talked talking chat chatted chatting meet met meeting
work worked working deal dealt dealing liaise liaising touch_base sync follow_up followed_up
following_up check checked checking booked scheduled arranged sorted""".split()
_EN_SEND = """forward forwarded fwd fw send sent transfer transferred pass passed give gave hand
handed escalate escalated assign assigned address addressed route routed redirect redirected refer
referred""".split()
_EN_BY = """helped assisted handled served approved signed placed written managed raised submitted
opened created reviewed requested""".split()
_EN_FROM = """callback call reply response email message word update note voicemail answer
news msg txt text mail vm""".split()
_CONTACT_PHRASES = frozenset(phrase.replace("_", " ") for phrase in (
    _FR_VERB + _EN_VERB
    + [f"{verb}_{prep}" for verb in _FR_VERB_A for prep in ("a", "aupres_de")]
    + [f"{verb}_avec" for verb in _FR_AVEC]
    + [f"{verb}_{prep}" for verb in _EN_VERB_TO for prep in ("to", "with", "w", "w/")]
    + [f"{verb}_{obj}{part}to" for verb in _EN_SEND
       for obj in ("", "it_", "this_", "that_", "me_", "them_", "my_thanks_")
       for part in ("", "on_", "back_", "over_", "through_")]
    + [f"{verb}_by" for verb in _EN_BY]
    # "dossier suivi par grace", "commande traitée par Amadou": who handles it, in French
    + [f"{verb}{end}_par" for verb in ("suivi", "traite", "gere", "pris_en_charge", "valide",
                                       "signe", "redige", "envoye")
       for end in ("", "e", "s", "es")]
    # what is handed over to a person: "key left with marius", "keys given to Zara"
    + [f"{verb}_{obj}{prep}" for verb in ("left", "leave", "given", "dropped", "handed")
       for obj in ("", "it_", "them_", "the_keys_", "the_key_") for prep in ("with", "to")]
    + [f"{art}{word}_from" for word in _EN_FROM for art in ("", "a_", "an_")]
    + [f"{word}_for" for word in ("voicemail", "message", "note")]
    + [f"{word}_to" for word in ("thanks", "thank_you", "shout_out", "shoutout", "shout-out",
                                 "kudos", "credit", "cheers", "big_up", "props")]
    # thanks in the languages visitors mix in: "Herzlichen Dank an Friedrich"
    + ["dank_an", "danke_an", "gracias_a", "grazie_a", "dank_aan"]
    # and the French mixed into English thanks: "Thanks à Bill pour le jetting"
    + ["thanks_a", "thx_a", "thank_you_a", "cheers_a"]
    # "merci beaucoup à Louis", "mercé bocoup a louis" (misspelt, as chats write it)
    + [f"{word}{more}_a" for word in ("merci", "merce", "mersi", "mercii")
       for more in ("", "_beaucoup", "_bcp", "_bocoup", "_boucoup", "_encore", "_infiniment")]
    # greetings passed on: "dites bonjour à Patience de ma part", "say hi to Wren"
    + [f"{verb}_{word}_a" for verb in ("dites", "dis", "passez_le", "passe_le", "transmettez",
                                       "transmets") for word in ("bonjour", "salut")]
    + ["say_hi_to", "say_hello_to", "said_hi_to", "say_hey_to"]
    # "to the attention of Gulnara", misspelt as chats write it ("attension", "atention")
    + [f"{word}_of" for word in ("attention", "attension", "atention", "attenion")]
    # the same, in the languages visitors mix in: "dile a José que ...", "Grüße an Klaus"
    + ["dile_a", "digale_a", "diganle_a", "preguntale_a", "preguntele_a", "avisale_a",
       "avisele_a", "saluda_a", "saludos_a", "saludos_para", "gruße_an", "grusse_an",
       "gruesse_an", "viele_gruße_an", "viele_grusse_an", "liebe_gruße_an", "liebe_grusse_an"]))
_INTRO_PHRASES = frozenset(phrase.replace("_", " ") for phrase in """i'm i_am im this_is is_this
it's its c'est c c_moi ici moi_c'est je_suis j'suis jsuis j_suis here_is c'est_moi c'est_encore_moi
encore_moi it's_me it's_me_again me_again is_that cest c_est moi_cest jsui c'est_pas c'est_bien
soy me_llamo ich_bin ik_ben sono mi_chiamo eu_sou""".split())
_GREETING_PHRASES = frozenset(f"{word}{more}".replace("_", " ") for word in """bonjour bonsoir salut
coucou hello hi hey dear cher chere merci thanks thank_you thx ty tks cheers aweh howzit
hiya thnx thanx tnx thks thnks thankyou merce mersi mercii""".split()
                              for more in ("", "_so_much", "_very_much", "_beaucoup", "_bcp",
                                           "_bocoup", "_boucoup",
                                           "_encore", "_again", "_infiniment", "_a_lot"))
# Every phrase after which a chat may name someone, and what it is: a verb of contact, a chat
# introduction ("this is aisha", "moi c'est yannick") or a greeting or thanks before a
# lower-case name ("bonjour kevin,", "thanks so much aoife!"). One pass over the folded text.
CHAT_CUE_KINDS: dict[str, str] = (
    {phrase: "greeting" for phrase in _GREETING_PHRASES}
    | {phrase: "intro" for phrase in _INTRO_PHRASES}
    | {phrase: "contact" for phrase in _CONTACT_PHRASES})
CHAT_CUES = re.compile("(" + _plain_trie(frozenset(CHAT_CUE_KINDS)) + r")[ \t]*[,:!]?[ \t]+")
# A greeting, a thanks or a greeting passed on right before a position (searched with
# `endpos`): "Shout-out to |Xiomara", "dites bonjour à |Hermance"; not a verb of contact or an
# introduction, which things and days follow too ("Contact Royal Mail", "C'est Noël").
_THANKS_WORDS = frozenset("""thanks thank shout shoutout shout-out kudos credit cheers big props
merci merce mersi mercii bravo grace dank danke gracias grazie dites dis passez passe transmettez
transmets say said""".split())
CHAT_CUE_BEFORE = re.compile(r"(?<![\w'’])(?:" + _plain_trie(frozenset(
    phrase for phrase, kind in CHAT_CUE_KINDS.items()
    if kind == "greeting" or phrase.split()[0] in _THANKS_WORDS)) + r")[ \t]*[,:!]?[ \t]+\Z")
# A mention: "@Marie", "@sandrine" (not an e-mail address).
MENTION = re.compile(r"@(?=[^\W\d_])")
# "Ravi here", "Bjørn from Nordfrakt here", "Yasmina du service RH à l'appareil": the name
# starts its sentence; this pattern finds the words after it.
HERE = re.compile(accent_insensitive(
    r"\b(?:here|speaking|calling|ici|aqui|tutaj|a\s+l" + APOS + r"appareil)\b"))
# What may stand between such a name and `HERE`: nothing, or a company or a department.
HERE_GAP = re.compile(accent_insensitive(
    r"[ \t]+(?:(?:from|of|at|de|du|d" + APOS + r"|chez)[ \t]*[^\n.!?,;:]{1,40}?[ \t]+)?"
    r"(?:here|speaking|calling|ici|aqui|tutaj|a\s+l" + APOS + r"appareil)\b"))
# "written by Zargan Vedzizhev", "signed by Ana Lopes": a full name (two words or more) after "by".
BY = re.compile(r"(?=b)\bby[ \t]+")
# "Hi Christin,", "Bonjour Zoé !": a greeting, then a name, then punctuation.
# ("Thanks, Bill. Also ...", "thx hope for sorting it": a full stop, or what the thanks is for)
AFTER_GREETING = re.compile(r"[ \t]*(?:[,!:.\r\n]|$)|[ \t]+(?:for|pour)\b")
# A sign-off, tried at the start of each line or sentence (`SENTENCE_START`), then a comma, a
# line break or a dash, then a name that ends its line ("Best regards, Jane Doe",
# "Cordialement,\nJ. Martin", "Thx - Sam", "Thanks!\n- Kasia"); "--" alone on its line opens a
# signature too. Folded text: no accents to match.
SIGN_OFF = re.compile(
    r"(?:(?:(?:bien\s+)?cordialement|cdlt|cdt|sinceres\s+salutations|"
    r"salutations(?:\s+distinguees)?|bien\s+a\s+(?:vous|toi)|bav|a\s+bientot|a\+|"
    r"(?:best|kind|warm|warmest|kindest)\s+regards|regards|rgds|best\s+wishes|best|"
    r"(?:yours\s+)?sincerely|yours\s+(?:truly|faithfully)|respectfully|with\s+thanks|"
    r"many\s+thanks|thanks(?:\s+(?:again|in\s+advance|a\s+lot|so\s+much))?|thank\s+you|thx|"
    r"ty|tks|cheers|take\s+care|talk\s+soon|speak\s+soon|signed|signe|bises|bisous|biz|"
    r"merci(?:\s+d" + APOS + r"avance|\s+beaucoup|\s+bcp|\s+encore|\s+infiniment|"
    r"\s+par\s+avance)?|bonne\s+(?:fin\s+de\s+)?(?:journee|soiree)|bon\s+week-end)"
    r"[ \t]*(?:[,.!:]+[ \t]*(?:(?:\r?\n[ \t]*)+)?(?:[-–—][ \t]*)?|(?:\r?\n[ \t]*)+"
    r"(?:[-–—][ \t]*)?|[-–—][ \t]*)|(?:-+|—|__+)[ \t]*\r?\n[ \t]*)")
# Where a line or a sentence starts: the only places where `SIGN_OFF` is tried.
SENTENCE_START = re.compile(r"[\n.!][ \t]*")

# Substrings (lower case) without which a cue pattern cannot match: skip its regex.
# "la statue de cire de Zidane", "the wax figure of Marie Curie", "un buste de Charle de Gaule":
# whom a likeness portrays is a person, known or not, however spelt.
LIKENESS = re.compile(
    r"(?<![\w'’])(?:statue|statuette|figure|figurine|buste?|portrait|effigie|effigy|sculpture|"
    r"caricature|likeness|waxwork|mannequin)s?(?:[ \t]+(?:de|en)[ \t]+cire|[ \t]+(?:in[ \t]+)?wax)?"
    r"[ \t]+(?:de|d" + APOS + r"|of)[ \t]*(?!(?:the[ \t]+)?liberty\b|la[ \t]+libert)")
# "mon stylo c'est celui de papi rene", "tonton Gérard passera": a relative called by the
# family's word for them, no possessive needed.
KIN_CALLED = re.compile(
    # (not a brand so called: "vos biscuits marque Chez Mamie Louise")
    r"(?<![\w'’-])(?<!marque\schez\s)(?<!marque\s)(?<!brand\s)(?:papi|papy|mamie|mamy|tonton|tatie|tata|grandpa|grandma|granny|grandad|"
    r"gramps|uncle|auntie|aunty)[ \t]+(?!(?:ben|tom|toby)(?:'|’)s\b|sam\b|tobys\b)")

HINTS: dict[str, tuple[str, ...]] = {
    "strong": ("app", "apel", "nomme", "nom", "name", "called"),
    "weak": ("appel", "call", "named", "moi", "nomm", "certain", "name", "nom"),
    "label": (":",),
    "header": (":",),
    "by": ("by ",),
    "intro": (" from ", " at ", " de ", " du ", " d'", " d’", " chez "),
    "here": ("here", "speaking", "calling", "appareil", "ici", "aqui", "tutaj"),
    "likeness": ("statu", "figur", "bust", "portrait", "effig", "sculpt", "caricat", "likeness",
                 "waxwork", "mannequin"),
    "kin": ("pap", "mam", "tonton", "tat", "grand", "gramps", "uncle", "aunt"),
}


def hinted(low: str, cue: str) -> bool:
    """Whether `low` (the lower-cased message) may hold the cue named `cue`."""
    return any(hint in low for hint in HINTS[cue])
