"""Intent detection for visitor messages (French and English): rules, then a small model.

Two intents carry invariants of DESIGN.md and must survive any phrasing, slang or typo:
HUMAN_REQUEST (a person is always one message away) and BOT_IDENTITY ("are you a bot?" is
always answered truthfully, role-play included). Small talk (greeting, thanks, goodbye) is
recognised only when the message is nothing but small talk; everything else is a QUESTION
for the responder. Consent withdrawn and data-subject rights are read first, before
anything else (GDPR art. 7(3), 12(2)); a person asked for in the same message is then in
`IntentMatch.also`, and queued as well.

How it works (a fraction of a millisecond per message, no network):

1. `_intent_normalize.normalize` folds the text (`clairbot.text.fold`), splits it into
   tokens, expands contractions and elisions ("t'es" -> "tu es", "don't" -> "do not",
   "wanna" -> "want to"), and repairs typos of the few words that matter ("somneone",
   "eprson", "umain") with a one-edit lookup against a small vocabulary. Sentence
   punctuation becomes a "." token.
2. Precompiled regular expressions over the normalised text recognise the *shape* of a
   request: a verb of talking, contacting or connecting followed by a person ("talk to a
   human", "passez-moi un conseiller"), wanting a person ("i need a live agent"), a person
   named alone ("representative", "un humain svp"), a callback, refusing the bot ("i don't
   want to talk to a bot"); or of a question about the bot's nature ("are you a bot",
   "t'es un robot", "am i talking to a real person", "what are you").
3. What no rule words, the `intents` model reads in the normalised text (three words or
   more): a logistic regression over hashed n-grams (`classifier`, `features`), trained by
   `training/understanding/build.py` with thresholds set for recall (docs/understanding.md).
   Its rule name is `model.<label>@<probability>`. Below its thresholds for a question
   about the bot or a role-play, but above lower ones (`Stack.doubt`), it answers the
   question with the disclosure said first: `model.doubt.<label>@<probability>`, QUESTION
   with BOT_IDENTITY in `also` (a disclosure given in excess costs a sentence).
4. Priority: HUMAN_REQUEST > BOT_IDENTITY (rules) > the model > small talk > QUESTION; a
   message read as both a request for a person and a question about the bot says so in
   `IntentMatch.also`, and both are answered. Where only one side's rules fire, the model
   is asked about the other: a question about the bot it reads (said or in doubt) in a
   request for a person, a request for a person it says in a message the bot's rules took.
   Questions about who is on the other side ("am i talking to a human?") are blanked out
   before the human-request rules run, so that they are not taken for a request to talk to
   a human.

The rules never decide on nouns alone: "what is the agent fee", "human resources", "the robot
arm", "can a person pick up the order" stay questions for them; the model, tuned for recall,
takes some such questions for requests (a false handoff costs the visitor one click: the
reply offers to cancel). `IntentMatch.rule` names what decided, so that every routing
decision can be explained and audited.

Layout: `_intent_normalize` (step 1), `_intent_ruleset` (the word-gated rule machinery),
`_intent_human_rules` and `_intent_bot_rules` (the rule tables of step 2); small talk and the
priority order of step 3 live here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

# Bound to private names: they are not part of this module's API (the word-gate test reaches
# them through it).
from clairbot.understanding._intent_bot_rules import AM_I_TALKING_TO as _AM_I_TALKING_TO
from clairbot.understanding._intent_bot_rules import BOT_RULES as _BOT_RULES
from clairbot.understanding._intent_bot_rules import TALKING_WORDS_SET as _TALKING_WORDS_SET
from clairbot.understanding._intent_data_rules import ERASE as _DATA_ERASE
from clairbot.understanding._intent_data_rules import EXPORT as _DATA_EXPORT
from clairbot.understanding._intent_data_rules import MARKETING as _MARKETING
from clairbot.understanding._intent_data_rules import OBJECT as _DATA_OBJECT
from clairbot.understanding._intent_human_rules import HUMAN_RULES as _HUMAN_RULES
from clairbot.understanding._intent_normalize import normalize as _normalize
from clairbot.understanding._intent_ruleset import alt, phrases
from clairbot.understanding.classifier import load

__all__ = ["Intent", "IntentMatch", "detect_intent"]


class Intent(StrEnum):
    """What a visitor message asks for."""

    HUMAN_REQUEST = "human_request"
    BOT_IDENTITY = "bot_identity"
    GREETING = "greeting"
    THANKS = "thanks"
    GOODBYE = "goodbye"
    QUESTION = "question"
    CONSENT_WITHDRAW = "consent_withdraw"
    CONSENT_DECISION = "consent_decision"  # a consent button, never a text
    DATA_EXPORT = "data_export"
    DATA_ERASURE = "data_erasure"
    DATA_OBJECTION = "data_objection"


@dataclass(frozen=True)
class IntentMatch:
    """The detected intent and the name of the rule that decided it ("" for QUESTION).

    `also`: the other invariant intent the same message carries, when it carries both ("are
    you a bot? get me a person"): each is answered, the disclosure and the queue alike."""

    intent: Intent
    rule: str
    also: tuple[Intent, ...] = ()


# --- small talk ----------------------------------------------------------------------------

_GREETING = phrases(
    "hi|hello|hey|hiya|heya|howdy|yo|greetings|good morning|good afternoon|good evening|"
    "good day|morning|what is up|sup|wassup|how are you(?: doing)?(?: today)?|how is it going|"
    "how do you do|nice to meet you|pleased to meet you|hola|bonjour|bonsoir|salut|coucou|"
    "allo|rebonjour|re bonjour|ca va|comment ca va|comment allez vous|comment vas tu|"
    "enchantee?|bien le bonjour")
_THANKS = phrases(
    "thanks|thank you|many thanks|cheers|appreciate it|i appreciate it|much appreciated|"
    "merci|je vous remercie|je te remercie|remerciements?|grand merci|mille mercis?")
_GOODBYE = phrases(
    "bye|bye bye|goodbye|good bye|see you(?: later| soon| around| tomorrow)?|see ya|cya|"
    "farewell|take care|later|talk (?:to you )?(?:later|soon)|good night|goodnight|"
    "have a (?:nice|good|great|lovely) (?:day|evening|one|weekend|week|night)|gotta go|"
    "got to go|i have to go|(?:it was |was )?(?:nice|great|good|a pleasure|lovely) "
    "(?:talking|speaking|chatting) (?:to|with) you|au revoir|a plus|a bientot|"
    "a tout a le heure|a tout de suite|a demain|adieu|ciao|tchao|bonne (?:journee|soiree|nuit|"
    "fin de journee|continuation|semaine|fin de semaine|week end|apres midi)")
_FILLER = phrases(
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
    "(?:" + alt(_GREETING, _THANKS, _GOODBYE, _FILLER) + "(?: |$))+")
_SMALL_TALK_KINDS = (
    (Intent.GOODBYE, "small_talk.goodbye", re.compile(rf"(?:^| ){_GOODBYE}(?= |$)")),
    (Intent.THANKS, "small_talk.thanks", re.compile(rf"(?:^| ){_THANKS}(?= |$)")),
    (Intent.GREETING, "small_talk.greeting", re.compile(rf"(?:^| ){_GREETING}(?= |$)")),
)


# The rule name of an objection to marketing: the reply says what the assistant can stop.
MARKETING_OBJECTION = "data.object_marketing"


# --- consent withdrawal -------------------------------------------------------------------

# What a consent withdrawn is not: a feature's or someone else's ("cancel the consent form",
# "annuler le consentement d'un utilisateur").
_NOT_A_FEATURE = (
    r"(?! (?:form|forms|banner|management|manager|api|module|field|screen|pop ?up|popup|tool|"
    r"flow|page|template|logs?|records?|formulaire|de un|de une|des|du|of (?:a|an|the|users?|"
    r"customers?|clients?|visitors?)|for (?:users?|customers?|clients?|visitors?))\b)")
_WITHDRAW = re.compile(
    # "je retire mon acort pour les cookies", "je retir mon consentemant", "nous révoquons
    # notre consentement", "I'd like to withdraw my cookie consent", "je withdraw mon
    # consentement" (the languages mixed)
    r"\b(?:retir\w*|revoqu\w*|ann?ul\w*|supprim\w*|enlev\w*|withdraw\w*|revok\w*|cancel\w*|"
    r"retract\w*|take back|remove) (?:de )?(?:mon|mes|le|les|ce|cet|cette|ces|ma|votre|vos|notre|"
    r"nos|my|the|our|that|this) (?:[a-z]+ ){0,2}?(?:consente?m[ae]n[td]s?|acc?or[dt]s?|"
    r"autorisations?|"
    r"consents?|"
    r"permissions?|authori[sz]ations?)\b"
    + _NOT_A_FEATURE
    + r"|\bje ne (?:consens|suis) plus(?: d accord)?\b"
    # "nous ne consentons plus au partage de nos coordonnées", "on ne consent plus à ..."
    + r"|\b(?:nous ne consentons|on ne consent|je ne consens) plus (?:a|au|aux|a le|a la)\b"
    + r"|\b(?:withdraw\w*|revok\w*|cancel\w*|retract\w*|take back|remove) (?:my |the |our |that "
    r"|this )?(?:consent|permission|authori[sz]ation|agreement)s?\b" + _NOT_A_FEATURE
    # "Our care home withdraws its permission for you to use the photograph": a body's own
    + r"|\b(?:withdraws|withdraw|withdrawing|withdrew|revokes|revoke|revoking|revoked) "
    r"(?:its|our|my|their|his|her) (?:permission|consent|authori[sz]ation)\b"
    # ("I no longer concent to you using photos": misspelt, as chats write it)
    + r"|\b(?:i|we) (?:do not|no longer) con[cs]ent\b|\bi (?:do not|no longer) agree\b"
    # "we no longer give permission for you to use the photos", "you no longer have my consent"
    r"|\b(?:i|we) (?:no longer|do not|dont|will not|wont) (?:give|grant) (?:you )?(?:my |our "
    r"|any |the )?(?:permission|consent|authori[sz]ation)\b"
    r"|\byou (?:no longer have|do not have|dont have) (?:my|our) (?:permission|consent|"
    r"authori[sz]ation) any ?more\b|\byou no longer have (?:my|our) (?:permission|consent|"
    r"authori[sz]ation)\b"
    # "je revient sur mon consentement", "j'avais accepté les cookies, je reviens sur ce choix"
    r"|\b(?:reviens?|revient|revenons|revenir) sur (?:mon|notre|ce|cet|cette|le|ma) "
    r"(?:consentement|accord|autorisation|acceptation)\b"
    # "j'avais accepté d'être recontacté par vos partenaires, je ne le souhaite plus"
    r"|\b(?:je avais|nous avions|on avait) (?:accepte|consenti|donne (?:mon|notre) accord)\b"
    r"[^?]{0,80}? (?:je|nous|on) (?:ne le souhaite plus|ne le souhaitons plus|ne le veux plus|"
    r"ne le voulons plus|change de avis|retire|retirons|reviens sur|revenons sur)\b"
    # "j'ai accepté les cookies par erreur, je veux revenir dessus", "j'ai cliqué sur accepter
    # pour les cookies, mais finalement je les refuse"
    # (what was accepted is a consent's object, not a quote: "j'ai accepté le devis par erreur")
    r"|\b(?:je ai|je avais|nous avons|nous avions|on a|on avait) (?:accepte|consenti|coche|"
    r"clique sur accepter|dit oui)\b(?=[^?]{0,60}?\b(?:cookies?|traceurs|newsletters?|lettre|sms|"
    r"photos?|images?|partage|case|bandeau|banniere|prospection|publicites?|offres)\b)"
    r"[^?]{0,80}? (?:je|nous|on) (?:veux |voudrais |voulons |"
    r"souhaite |aimerais )?(?:revenir dessus|revenir sur (?:ce|mon|notre) choix|les refuse|"
    r"le refuse|refuse|refusons|les retire|retire mon accord|annuler|change de avis)\b"
    # "I ticked yes to data sharing by mistake, please undo that"
    r"|\b(?:i|we) (?:accepted|agreed to|clicked accept on|clicked yes (?:on|to)|ticked|"
    r"ticked yes (?:on|to|for)|checked|said yes to|opted in to|opted into) (?:the |all |your )*"
    r"(?:cookies|tracking|trackers|box|newsletter|data sharing|sharing|marketing|partner offers|"
    r"sms|texts|e ?mails|photos?)\b[^?]{0,60}? (?:by mistake|by accident|accidentally|in error|"
    r"changed my mind|want to undo|reject them|revoke|take it back)\b"
    # "no more SMS reminders for me, I've changed my mind on those"
    r"|(?:^|\. )no more (?:sms |text |e ?mail |whatsapp |push )?(?:reminders|alerts|updates|"
    r"notifications|messages|texts|sms|e ?mails) (?:for|to) (?:me|us)\b"
    # ("I've changed my mind about the promotional texts")
    r"|\b(?:changed|change) (?:my|our) minds? (?:on|about) (?:those|these|them|the "
    r"(?:(?:promotional|promo|marketing|weekly|monthly) )?(?:sms|"
    r"texts|e ?mails|newsletters?|reminders|alerts|updates|notifications|cookies|photos?))\b"
    # "nous n'autorisons plus l'utilisation de la photo", "je ne donne plus mon accord pour que
    # notre escape game figure parmi vos références"
    r"|\bne (?:autorisons|autorise|autorisent) plus (?:le |la |les |votre |vos )?(?:utilisation|"
    r"usage|publication|diffusion|reproduction|partage|exploitation)\b"
    r"|\bne (?:donne|donnons|donnerai|donnerons) plus (?:mon|notre) (?:accord|autorisation|"
    r"consentement|feu vert)\b"
    # "kindly withdraw my earlier opt-in for product updates by text message"
    r"|\b(?:withdraw|cancel|revoke|retract) (?:my|our) (?:earlier |previous |former |original )?"
    r"(?:opt ?in|sign ?up|subscription)\b"
    # "stop useing my phone number for marketing calls, I never agreed to that"
    r"|\b(?:stop|quit|cease) (?:using|useing|usin|using) (?:my|our) (?:phone |mobile |e ?mail )?"
    r"(?:number|e ?mail(?: address)?|address|details|data|name|photos?)\b(?: \w+){0,2}? (?:for|in) "
    r"(?:your )?(?:marketing|sales|promo\w*|advertising|adverts?|newsletters?|campaigns?)\b"
    # "vous pouvez virer les photos de nos camions de votre portfolio ? j'avais dit oui, mais
    # plus maintenant"
    r"|\b(?:virer|virez|retirer|retirez|enlever|enlevez|supprimer|supprimez) (?:les |la |nos |"
    r"notre )?(?:photos?|images?|videos?|logos?)\b.{0,80}?\b(?:j avais dit oui|nous avions dit "
    r"oui|on avait dit oui|mais plus maintenant|je retire mon accord|nous retirons notre "
    r"accord)\b"
    # "take the photo of our hotel fountain off your website"
    r"|\b(?:take|remove|delete|pull) (?:down )?the (?:photos?|pictures?|pics?|images?|videos?|logo)"
    r" of (?:our|my) (?:[a-z-]+ ){0,3}?(?:off|from) (?:the|your|ur) (?:[a-z-]+ ){0,2}?"
    r"(?:website|site|"
    r"brochure|web ?page|page|catalogue|catalog|portfolio|gallery|social media|references)\b"
    # "please remove our school's photo from the case study on your website"
    r"|\b(?:remove|take down|take|delete|pull|drop) (?:down )?(?:our|my) (?:[a-z-]+ ){0,2}?"
    r"(?:photos?|pictures?|pics?|images?|videos?|logo|testimonials?|quotes?) (?:from|off) "
    r"(?:the|your|ur) (?:[a-z-]+ ){0,2}?(?:website|site|case stud(?:y|ies)|brochure|web ?page|"
    r"page|catalogue|catalog|portfolio|gallery|social media|instagram|facebook|linkedin|"
    r"references|marketing)\b"
    # "je ne veux plus que vous partagiez mes données avec vos partenaires"
    r"|\bne (?:veux|veut|voulons) plus que vous (?:partagiez|transmettiez|communiquiez|cediez|"
    r"vendiez|donniez) (?:mes|nos) (?:donnees?|coordonnees|informations|infos)\b"
    # "merci de ne plus transmettre nos coordonnées à vos partenaires", "please don't share
    # my details with your partner companies anymore"
    r"|\b(?:ne plus|ne pas|do not|never|no longer) (?:transmettre|partager|communiquer|ceder|"
    r"vendre|donner|share|pass on|pass|sell|give|transfer|send) (?:mes|nos|my|our) (?:personal )?"
    r"(?:data|details|information|info|contact details|coordonnees|donnees|informations|infos|"
    r"e ?mail address|email|adresse|numero)\b(?: \w+){0,3}? (?:a|aux|avec|with|to) (?:vos |your "
    r"|des |les |the |any |other )?(?:partenaires?|partners?|partner companies|third parties|"
    r"tiers|affiliates|sponsors|revendeurs|resellers)\b"
    # "I don't want my details shared with your leasing partners any more"
    r"|\b(?:do not|dont|no longer) want (?:my|our) (?:personal )?(?:data|details|detials|detail|"
    r"information|info|contact details|e ?mail address|number) (?:shared|passed on|passed|sold|"
    r"given|sent) (?:with|to) (?:your |the |any |other )?(?:\w+ )?(?:partners?|partner companies|"
    r"third (?:parties|partys|party)|affiliates|sponsors|resellers)\b"
    # "we no longer agree to our contact details being shared with your leasing partners"
    r"|\b(?:i|we) (?:do not|dont|no longer) agree to (?:my|our) (?:personal |contact )?(?:data|"
    r"details|information|info|e ?mail address|number|photos?|pictures?)\b(?: \w+){0,2}? "
    r"(?:being )?(?:shared|passed on|passed|sold|used|published|kept|stored|processed)\b"
    # "take the photo of our care home off your website, we've changed our minds", "je
    # préférerais que la photo de nos livreurs ne reste pas sur votre page"
    r"|\b(?:take|remove|delete|pull) (?:down )?(?:the|our|my) (?:photos?|pictures?|images?|"
    r"videos?|logo|testimonials?)\b[^?]{0,60}?\b(?:changed (?:my|our) minds?|no longer (?:agree|"
    r"consent|want))\b"
    r"|\b(?:prefere\w*|voudrais|aimerais|souhaite\w*) que (?:la|les|ma|mes|notre|nos|cette|ces) "
    r"(?:photos?|images?|videos?|logo|temoignages?)\b[^?]{0,60}? ne (?:reste|restent|soit|soient|"
    r"figure|figurent|apparaisse|apparaissent|serve|servent) (?:pas|plus)\b"
    # "je préférerais que mes coordonnées ne soient plus partagées avec vos partenaires"
    r"|\b(?:prefere\w*|voudrais|aimerais|souhaite\w*) que (?:mes|nos|ma|mon|notre) (?:donnees|"
    r"coordonnees|informations|infos|numeros?|adresses?|e ?mails?)\b(?: \w+){0,3}? ne (?:soit|"
    r"soient) plus (?:partagee?s?|transmise?s?|communiquee?s?|cedee?s?|vendue?s?|utilisee?s?)\b"
    # "vous pouvez enlever la photo de notre école ? les parents ne sont plus d'accord"
    r"|\b(?:retir|enlev|supprim|vir)\w* (?:la|les|le|notre|nos|ma|mes|cette|ces) (?:photos?|"
    r"images?|videos?|logo)\b.{0,100}?\bne (?:est|suis|sommes|sont) plus (?:de accord|ok|"
    r"partants?)\b"
    # "pls dont use the pics of our school kite day on ur insta anymore"
    r"|\b(?:do not|never) (?:use|post|share|show|publish|put) (?:(?:the|those|these) "
    r"(?:pics?|photos?|pictures?|images?|videos?) (?:of|from) (?:our|my)|(?:my|our) "
    r"(?:[\w-]+ )?(?:pics?|photos?|pictures?|images?|videos?|logo))\b[^?]{0,70}?\b(?:anymore|"
    r"any more|any longer)\b"
    # "je ne veux plus que la photo de notre orgue figure dans votre catalogue"
    r"|\bne (?:veux|veut|voulons|souhaite|souhaitons|souhaiterais|voudrais) plus que (?:la|les|"
    r"ma|mes|notre|nos|cette|ces|le|mon) (?:photos?|images?|videos?|logo|temoignages?|nom)\b"
    r"(?: [\w]+){0,8}? (?:figure|figurent|apparaisse|apparaissent|reste|restent|serve|servent|"
    r"(?:soit|soient) (?:utilisee?s?|publiee?s?|affichee?s?|diffusee?s?|visibles?|en ligne))\b"
    # "la vidéo de notre domaine, retirez-la de votre site, on n'est plus d'accord"
    r"|\b(?:photos?|images?|videos?|logo|temoignages?)\b[^?]{0,60}?\b(?:retir|enlev|supprim)"
    r"\w*[^?]{0,60}?\b(?:ne (?:est|suis|sommes) plus de accord|ne (?:suis|sommes) plus "
    r"(?:ok|partants?))\b"
    # "the consent I gave at the fair, consider it withdrawn"
    r"|\b(?:consent|permission|authori[sz]ation|consentement|autorisation|accord)\b[^?]{0,80}?"
    r"\b(?:consider (?:it|that|this) (?:withdrawn|revoked|cancell?ed|void)|(?:is|are) (?:hereby |"
    r"now )?(?:withdrawn|revoked)|considerez (?:le|la|les) comme (?:retiree?s?|annulee?s?|"
    r"revoquee?s?)|(?:est|sont) (?:desormais |donc )?(?:retiree?s?|revoquee?s?))\b"
    # "retirez le logo et les photos de notre studio de votre page de références", "our parish
    # no longer agrees to the case-study photos": what shows the visitor's own, taken back
    r"|\b(?:retir|enlev|supprim|ot)\w* (?:le|la|les|notre|nos|mon|ma|mes) (?:logo|photos?|"
    r"images?|videos?|temoignages?|nom)\b(?=[^?]{0,40}?\b(?:notre|nos|mon|ma|mes)\b)[^?]{0,60}? "
    r"(?:de|du|sur) (?:votre|vos|la|le|les) (?:page|site|references|catalogue|brochure|"
    r"plaquette|portfolio|galerie|reseaux|instagram|facebook|linkedin)"
    r"|(?:\b(?:i|we|our [a-z-]+|my [a-z-]+) (?:do not|dont|does not|doesnt)|\bno longer) "
    r"(?:agree|agrees|consent|consents) to "
    r"(?:the |our |its |their |your |any )?(?:[\w-]+ ){0,2}(?:photos?|pictures?|images?|videos?|"
    r"logo|testimonials?|case stud(?:y|ies))\b"
    # "We no longer agree to our golf course appearing in your case study": what is theirs,
    # shown where the business advertises
    r"|(?:\b(?:i|we) (?:do not|dont)|\bno longer) (?:agree|consent) to (?:our|my) (?:[\w-]+ ){1,3}?"
    r"(?:appearing|featuring|being (?:featured|used|shown|published|included)|going|staying|"
    r"being) (?:in|on) (?:your|ur|the) (?:[\w-]+ ){0,2}?(?:case stud(?:y|ies)|website|site|"
    r"brochures?|catalogue|catalog|marketing|ads|adverts?|advertising|newsletters?|portfolio|"
    r"references|social media|instagram|facebook|linkedin|materials|testimonials?)\b"
    # "je ne veux plus que vous utilisiez la vidéo de notre concert", "vous n'avez plus mon
    # accord pour transmettre mes coordonnées", "j'avais accepté d'être contacté par SMS, j'annule
    # ça", "je préférerais que l'appli ne suive plus ma position"
    r"|\bne (?:veux|veut|voulons|souhaite|souhaitons|souhaiterais|voudrais) plus que vous "
    r"(?:utilisiez|publiiez|diffusiez|montriez|gardiez|affichiez|exploitiez) (?:la|le|les|nos|"
    r"notre|mes|ma|mon|cette|ces) (?:[a-z]+ ){0,2}?(?:photos?|videos?|images?|logo|temoignages?|"
    r"nom|coordonnees|donnees|enregistrements?)\b"
    r"|\b(?:ne avez|ne as|navez) plus (?:mon|notre) (?:accord|consentement|autorisation)\b"
    r"|\b(?:je avais|nous avions|on avait) (?:accepte|consenti|dit oui)\b"
    r"(?=[^?]{0,60}?\b(?:cookies?|sms|textos?|newsletters?|photos?|images?|partage|contactee?s?|rappelee?s?|appelee?s?|"
    r"prospection|publicites?|offres|mails?|courriels?)\b)[^?]{0,80}? (?:je|nous|on) "
    r"(?:annule|annulons|retire|retirons)\b"
    r"|\bne (?:suive|suivent|trace|tracent|geolocalise|geolocalisent|localise) plus (?:ma|mes|"
    r"notre|nos) (?:position|localisation|deplacements|trajets)\b"
    # "I agreed to my photo going in your case study, but I've changed my mind", "second
    # thoughts about the cookies I accepted", "I'd rather my quote wasn't on your website"
    r"|\b(?:i|we) (?:agreed|consented|said yes) to (?:my|our)\b[^?]{0,60}?\b(?:photos?|pictures?|"
    r"images?|logo|name|quote|testimonial|videos?|details)\b[^?]{0,60}?\b(?:changed (?:my|our) "
    r"minds?|no longer (?:want|agree)|take it back|withdraw)\b"
    r"|\bsecond thoughts about (?:the |my |our |your )?(?:cookies|tracking|consent|photos?|"
    r"newsletter)\b"
    # "We'd rather the photos of our refurbished cabin weren't used on your website any more"
    r"|\b(?:i|we) (?:would|d) rather (?:the|my|our) (?:photos?|pictures?|pics?|images?|videos?|"
    r"logo|quotes?|testimonials?|name)(?: of (?:our|my)(?: [\w-]+){1,4}?)? (?:was not|wasnt|were "
    r"not|werent|was no longer|were no longer) (?:used|shown|featured|published|displayed|kept) "
    r"(?:on|in) (?:your|ur|the)\b"
    # "I don't want my photo from the wall-building workshop used on your website anymore"
    r"|\b(?:i|we) (?:do not|dont|no longer) want (?:my|our) (?:photos?|fotos?|pictures?|pics?|"
    r"images?|videos?|logo|quotes?|testimonials?|name)\b[^?]{0,60}? (?:used|shown|featured|"
    r"published|displayed|kept) (?:on|in) [^?]{0,40}?\b(?:anymore|any more|any longer)\b"
    # ("I'd rather our shearing shed photos weren't in your brochure any more")
    r"|\b(?:i|we) (?:would|d) rather (?:you (?:did not|didnt|do not|dont) track (?:me|us)|"
    r"(?:my|our) (?:[\w-]+ ){0,3}?(?:quote|testimonial|photos?|pictures?|logo|name|review|"
    r"videos?) (?:was not|"
    r"wasnt|were not|werent|was no longer|were no longer) (?:on|in) (?:your|ur) )"
    # "please stop passing my number to your installation partners"
    r"|\b(?:stop|quit|cease) (?:passing|sharing|giving|selling|sending) (?:on )?(?:my|our) "
    r"(?:phone )?(?:number|e ?mail(?: address)?|address)\b(?: on)? (?:to|with) (?:your|the|any) "
    r"(?:\w+ )?(?:partners?|third parties|affiliates|resellers|installers)\b"
    # "je ne veux plus de vos cookies de mesure d'audience"
    r"|\bne (?:veux|veut|voulons|souhaite|souhaitons) plus (?:de |des |vos |de vos |les )?"
    r"(?:cookies|traceurs)\b|\bcookies\b[^?]{0,80}?\b(?:reviens|revenir|revient|revenons) sur "
    r"(?:mon|notre|ce) choix\b"
    # "on ne veut plus apparaître dans vos références clients": a photo or a logo's use
    r"|\bne (?:veut|veux|voulons|souhaite|souhaitons) plus (?:apparaitre|figurer|etre cites?|"
    r"etre mentionnes?) (?:dans|sur|parmi)\b"
    # "I'd rather you didn't pass my details on", "we'd prefer they weren't used any more"
    r"|\b(?:i|we) (?:would )?(?:rather|prefer) (?:you|they|it|these|those)(?: [a-z]+)? "
    r"(?:(?:did not|do not|not) (?:pass|share|use|publish|display) (?:my|our|them|it|any|those|"
    r"these)|(?:were not|was not|are not|not be) (?:used|shared|published|displayed|passed on))\b"
    # "finalement je refuse les cookies", "we reject all cookies now"
    r"|\b(?:je refuse|nous refusons|on refuse|i (?:refuse|reject|decline)|we (?:refuse|reject|"
    r"decline)) (?:finalement |desormais |maintenant |now |finally |after all )?"
    r"(?:les |the |all |tous les |all the )?(?:cookies|traceurs|trackers)\b"
    # "please untick me from the cookies thing"
    r"|\b(?:untick|uncheck|opt) (?:me|us) (?:out )?(?:from|of) (?:the |all |your |all the )?"
    r"(?:cookies?|tracking|trackers)\b"
    # "I dont want you to use the foto of our climbing wall on your web site anymore"
    r"|\b(?:do not|dont|no longer) want you to (?:use|show|publish|display|keep) (?:the|our|my) "
    r"(?:photos?|fotos?|pictures?|pics?|images?|videos?|logo|testimonials?)\b[^?]{0,60}?"
    r"\b(?:anymore|any more|any longer)\b"
    r"|^(?:please |pls )?(?:reject|refuse|decline) (?:all )?(?:the )?(?:cookies|tracking|"
    r"trackers)\b|\b(?:do not|dont) track me\b"
    # "I'd like to turn off all the non-essential cookies", "je voudrais désactiver les cookies
    # publicitaires"
    r"|\b(?:i would like to|i want to|i wish to|please|let me|i have decided to|we would like "
    r"to|we want to) (?:turn off|switch off|disable|untick|uncheck|opt out of|refuse|reject|"
    r"decline) (?:all |the |my |our |of )*(?:(?:non essential|optional|marketing|analytics|"
    r"tracking|third party|advertising|ad) )*(?:cookies|trackers|tracking)\b"
    r"|\b(?:je|nous) (?:veux|voudrais|souhaite|souhaiterais|prefere|voulons|souhaitons) "
    r"(?:desactiver|refuser|decocher|bloquer) (?:tous |toutes |les |mes |vos )*(?:cookies|"
    r"traceurs)\b"
    # "I'm not comfortable with my photos being on your Instagram any more"
    r"|\b(?:not|no longer|not really) (?:comfortable|happy|ok|okay) with (?:my|our) (?:[\w']+ )"
    r"{0,3}?(?:photos?|pictures?|images?|name|details|testimonial|videos?|face)\b(?: [\w']+)"
    r"{0,6}? (?:being |appearing |used )?(?:on|in) (?:your|ur) (?:website|site|instagram|"
    r"facebook|linkedin|social media|page|adverts?|advertising|brochures?|marketing|"
    r"newsletters?|case stud(?:y|ies))\b"
    # "stop sharing my data with partners", "cessez de transmettre mes coordonnées"
    r"|\b(?:stop|quit|cease|arretez de|arreter de|cessez de|cesser de) (?:sharing|passing on|"
    r"passing|selling|giving|partager|transmettre|communiquer|ceder|vendre|donner) (?:my|our|mes|"
    r"nos) (?:personal )?(?:data|details|detials|detail|information|info|contact details|"
    r"coordonnees|donnees|informations)\b"
    # "please cease using the photograph of our team in your advertising"
    r"|\b(?:stop|quit|cease) using (?:the |our |my |that |this )?(?:[a-z]+ )?(?:photo|photos|"
    r"photograph|photographs|picture|pictures|image|images|logo|video|testimonial|quote|name)\b"
    r"(?: [\w']+){0,6} (?:in|on|for) (?:your|ur) (?:advertising|adverts?|ads|marketing|website|"
    r"site|brochures?|campaigns?|social media|newsletters?|case stud(?:y|ies)|catalogue|"
    r"instagram|facebook|linkedin|tiktok|page|feed|blog)\b"
    # "nous ne souhaitons plus que nos coordonnées soient partagées avec vos partenaires"
    # ("mes données de contact": two words may say which)
    r"|\bne (?:souhait|veu|voul)\w* plus que (?:nos|mes|les) (?:donnees|coordonnees|informations)"
    r"(?: \w+){0,2}? soient (?:partagees|transmises|communiquees|cedees|utilisees)\b"
    # "je veux plus que vous partagiez mes infos avec vos revendeurs"
    r"|\b(?:veux|veut|voulons|souhaite|souhaitons|souhaiterais|voudrais) plus que (?:vous|tu) "
    r"(?:partagiez|partages|transmettiez|communiquiez|cediez|vendiez|donniez|utilisiez|"
    r"publiiez|diffusiez|montriez|affichiez) (?:mes|nos|les|ma|mon|notre) (?:donnees|coordonnees|"
    r"informations|infos|images?|photos?|videos?|logo|nom|temoignages?)\b"
    # "retirez la photo de notre équipe de votre page, on n'est plus d'accord"
    r"|\b(?:retir|enlev|supprim)\w* (?:la|les|ma|mes|notre|nos|cette|ces) (?:photos?|images?|"
    r"videos?|logo|temoignages?)\b[^?]{0,80}?\b(?:ne (?:est|suis|sommes) plus de accord|"
    r"ne (?:suis|sommes) plus (?:ok|partants?)|retire (?:mon|notre) accord)\b"
    # "we don't want our brewery's photos on your website any more"
    r"|\b(?:do not|dont|no longer) want (?:my|our) (?:\w+ ){0,2}(?:photos?|pictures?|images?|"
    r"logo|name|videos?|testimonials?|faces?) (?:on|in|used (?:on|in)) (?:your|ur) (?:\w+ )?"
    r"(?:website|site|page|instagram|facebook|linkedin|social media|adverts?|brochures?|"
    r"newsletters?|case stud(?:y|ies)|references?)\b"
    # "I ticked the box for product updates but changed my mind, remove me"
    r"|\bchanged (?:my|our) minds?\b(?: \S+){0,6} (?:remove|unsubscribe|unsub|take) (?:me|us)\b"
    # "j'avais coché pour recevoir les promos mais je décoche", "I'd like to opt out of the data
    # sharing with your partner"
    r"|\b(?:je avais|on avait|nous avions|je ai|on a|nous avons) coche\b[^?]{0,80}? (?:je|on|nous) "
    r"(?:decoche|decochons|decochez|decoche tout)\b"
    r"|\bopt (?:me |us )?out (?:of|from) (?:the |all |any |your )?(?:data |information |"
    r"details )?sharing\b"
    # "Turn off the analytics cookies for me, I only accept essential ones."
    r"|^(?:please |pls )?(?:turn off|switch off|disable|untick|uncheck) (?:all |the |my |our )*"
    r"(?:(?:non essential|optional|marketing|analytics|tracking|third party|advertising|ad) )*"
    r"(?:cookies|trackers|tracking)\b"
    r"|\bi (?:only|just) (?:accept|want|allow) (?:the )?(?:strictly )?(?:essential|necessary) "
    r"(?:cookies|ones)\b"
    # "I'd rather our restaurant wasn't featured in your case study photos any longer"
    r"|\b(?:i|we) (?:would )?rather (?:our|my) [a-z-]+(?: [a-z-]+)? (?:was not|wasnt|were not|"
    r"werent) (?:featured|shown|pictured|used|included|named|mentioned) (?:in|on) (?:your|ur) "
    r"(?:[a-z-]+ ){0,3}?(?:any ?more|any longer)\b"
    # "vos mails du mardi finissent à la corbeille, autant cesser de me les envoyer"
    r"|\b(?:vos|les|ces|tes) (?:e ?mails|mails|courriels|sms|textos|newsletters?|messages|envois|"
    r"notifications|promos?)\b[^?]{0,80}? (?:cesser|cessez|arreter|arretez|stopper|stoppez|"
    r"arrete) de (?:me|nous) les (?:envoyer|adresser|transmettre)\b"
    # "Consent withdrawn as of today.", "consentement retiré à compter de ce jour"
    r"|\b(?:my |our )?(?:consent|permission|authori[sz]ation) (?:withdrawn|revoked)"
    r"(?= (?:as of|as from|from|effective|with effect|today|now|immediately)\b| ?[.!]|$)"
    r"|\b(?:mon |notre )?(?:consentement|accord|autorisation) (?:retire|revoque)e?"
    r"(?= (?:a compter|a partir|des|de ce jour|aujourd hui|maintenant|immediatement)\b| ?[.!]|$)"
    # "je refuse désormais que mes coordonnées soient partagées avec vos partenaires"
    r"|\b(?:je refuse|nous refusons|on refuse|je ne accepte plus|nous ne acceptons plus|on ne "
    r"accepte plus)(?: desormais| dorenavant| maintenant| a present| a partir de maintenant)? que "
    r"(?:mes|nos|les|ma|mon|notre) (?:\w+ )?(?:donnees|coordonnees|informations|infos|photos?|"
    r"images?|videos?|logo|temoignages?|nom)\b(?: \w+){0,2}? (?:soient|soit) (?:partagee?s?|"
    r"transmise?s?|communiquee?s?|cedee?s?|vendue?s?|utilisee?s?|publiee?s?|diffusee?s?|"
    r"affichee?s?)\b"
    # "je n'autorise plus votre société à publier le témoignage de notre distillerie"
    r"|\bne (?:autorisons|autorise|autorisent) plus (?:\w+ ){0,3}?a (?:publier|utiliser|diffuser|"
    r"partager|transmettre|afficher|montrer|exploiter|conserver|garder|ceder|vendre)\b"
    # "merci de ne plus utiliser nos photos de chantier sur votre page Facebook"
    r"|\bne plus (?:utiliser|utilise|utilisez|publier|publie|diffuser|diffuse|afficher|affiche|"
    r"montrer|exploiter|partager|partage) (?:nos|mes|notre|ma|mon) (?:\w+ )?(?:photos?|images?|"
    r"videos?|logo|temoignages?|nom|coordonnees|donnees|avis|citations?)\b"
    # "vos mails sur les nouveautés, on va dire que je m'en passerai à l'avenir"
    r"|\b(?:vos|tes|ces|les) (?:e ?mails|mails|courriels|sms|textos|newsletters?|messages|"
    r"envois|notifications|alertes)\b[^?]{0,60}? (?:je me en passerai|on se en passera|nous nous "
    r"en passerons|je me en passe|on se en passe|je ne en veux plus|on ne en veut plus)\b"
    r"(?! (?:pas|point|jamais)\b)"
    # "j'ai dit oui pour le marketing par email mais je change d'avis"
    r"|\b(?:je ai|je avais|nous avons|nous avions|on a|on avait) (?:accepte|consenti|dit oui|"
    r"coche|donne mon accord)\b(?=[^?]{0,40}?\b(?:marketing|e ?mails?|emailing|mailing|"
    r"prospection|publicite)\b)[^?]{0,80}? (?:je|nous|on) (?:change|changeons|ai change|avons "
    r"change|a change) (?:de|d) avis\b"
    # "we do not agree anymore that our data is shared with your partner companies"
    r"|\b(?:i|we) (?:do not|dont|no longer) agree (?:any ?more |any longer )?(?:that|to|with) "
    r"(?:my|our) (?:personal |contact )?(?:data|details|information|info|e ?mail address|number|"
    r"photos?|pictures?|quote|testimonial)\b(?: \w+){0,2}? (?:is |are |being )?(?:shared|passed "
    r"on|passed|sold|used|published|kept|stored|processed|given)\b"
    # "I'd rather you stopped sharing my details with the charger manufacturer"
    r"|\b(?:i|we) (?:would )?(?:rather|prefer (?:it if|that)) you (?:stopped|stop|ceased|quit) "
    r"(?:sharing|passing on|passing|selling|giving|using|publishing|showing|displaying) (?:my|our) "
    r"\w+"
    # "would you mind not using my quote in your brochure any more?"
    r"|\b(?:would you mind|could you|can you|please|kindly) not (?:using|use|sharing|share|"
    r"publishing|publish|showing|show|displaying|display|passing on|pass on) (?:my|our) "
    r"(?:\w+ ){0,2}?(?:quote|photos?|pictures?|images?|logo|name|testimonial|review|videos?|"
    r"details|data|number|e ?mail(?: address)?)\b[^?]{0,60}?\b(?:any ?more|any longer|from now "
    r"on|going forward)\b")


# --- the learned model ---------------------------------------------------------------------

# The model's classes, and the intent each one is.
_LEARNED = {"human_request": Intent.HUMAN_REQUEST, "bot_identity": Intent.BOT_IDENTITY,
            "roleplay": Intent.BOT_IDENTITY}


# Under three words a message gives the model too little to read ("right", "say again"):
# the rules decide alone ("humain !", "agent please").
_MODEL_MIN_WORDS = 3


# "Human" in a sense that names no one ("le facteur humain", "human error", "human
# resources", "un cerf-volant de taille humaine", "human-sized"): the model's n-grams, which
# weigh the word itself, read its noun alone (one worn split read "le facteur humain
# expliquait ..." as a request at 0.97); the sentence embedding reads the visitor's words as
# they are, and the rules still see it all.
_HUMAN_NAMES_NO_ONE = re.compile(
    r"\b(?P<noun>facteurs?|erreurs?|ressources|defaillances?|errors?|factors?|resources|"
    r"tailles?|echelle|hauteur)"
    r" (?:humains?|humaines?|human|d homme)\b"
    r"|\bhumans? (?P<noun2>errors?|factors?|resources|readable|sized?|scale|height)\b"
    # "des journaux pas très lisibles par un humain", "readable by a human": a format's quality
    r"|\b(?P<noun3>lisibles?|comprehensibles?|readable|understandable) (?:par|by) (?:un |une |"
    r"des |les |a |the )?(?:etres? )?(?:humains?|humaines?|humans?|human beings?|people)\b",
    re.IGNORECASE)
# A product recalled ("y a un rappel sur les pieds de gong GS-12 ?", "un rappel produit"): the
# word a callback is asked with in French, read by the model as one; not a call back on a
# phone or a line ("un rappel sur mon portable").
_PRODUCT_RECALL = re.compile(
    r"\brappels?(?= (?:produits?|de produits?|de lots?|de securite|conso|sanitaires?|"
    r"(?:sur|concernant) (?:les|le|la|ce|ces|cette|cet|vos|votre|certains|certaines|des) "
    r"(?!(?:[a-z]+ )?(?:portables?|fixes?|numeros?|telephones?|lignes?|tel|mobiles?|"
    r"standard)\b)))")


# A question relayed for someone of the visitor's own side ("notre responsable RH se demandait
# si ...", "our finance director wonders whether ..."): the role the model weighs is the
# visitor's colleague, not a person wanted, unless a call, a meeting or someone is asked for
# as well. On the training lines it takes no request for a person (0 of 14,419) and 16 of the
# 15,358 questions.
_RELAYED_QUESTION = re.compile(
    r"\b(?:notre|nos|mon|ma|mes|le|la|les) (?:[a-z]+ ){0,3}?(?:responsable|directeur|directrice|"
    r"service|equipe|collegue|patron|patronne|chef|comptable|gerante?|presidente?|tresoriere?|"
    r"secretaire|association|mairie|bureau|proviseure?|principale?|conseil|comite|assistante?|rh|"
    r"personnel)(?: [a-z]+){0,5}? (?:se demand\w*|(?:souhaiterai\w*|voudrai\w*|aimerai\w*|"
    r"souhaite|veut|desire\w*) (?:connaitre|savoir)|demande si)\b"
    r"|\b(?:our|my|the) (?:[a-z]+ ){0,3}?(?:manager|director|head|team|department|colleague|boss|"
    r"accountant|chair|chairman|chairwoman|treasurer|secretary|committee|council|office|"
    r"principal|hr|headteacher|owner|partner)(?: [a-z]+){0,5}? (?:wonders?|wondered|"
    r"(?:was|is|were|are) wondering|(?:would|d) like to (?:know|find out)|wants? to know|"
    r"wanted to know|(?:is|was) asking) (?:if|whether|what|how|about|when|why|which|where)\b")
_ASKS_FOR_CONTACT = re.compile(
    r"\b(?:appel\w*|rappel\w*|telephon\w*|parler|discuter|echanger|joindre|contact\w*|"
    r"rencontr\w*|rendez vous|rdv|visite|passer|passe|venir|vienne|voir|call\w*|ring|phone\w*|"
    r"talk|speak|chat|meet\w*|visit\w*|come|pop|number|numero|someone|somebody|quelquun|"
    r"person|personne|humain|human|conseiller\w*|agent|representative|rep|commercial\w*|"
    r"technicien\w*|engineer|technician|sales\w*|advisor|adviser|expert|specialist|"
    r"specialiste)\b")


# What a person's time costs, or when a line is open ("ce que coûte une heure de technicien",
# "votre ligne SAV ne fonctionne pas entre midi et deux ?", "what's your call-out fee?"): the
# person or the line is what is asked about, not wanted, unless a call, a talk or a meeting
# is asked for as well (a visit priced is a service, no contact).
_PRICE_OR_HOURS = re.compile(
    r"\b(?:combien (?:coute\w*|facture\w*|prene?z|prend|ca coute|cela coute|vaut|valent)|"
    # SMS: "le kit 10 rangs c cb", "what a shorter show might run to"
    r"(?:ce est|c est|cest) (?:cb|combien)|"
    r"what (?:[a-z]+ (?:\. )?){1,8}?(?:might|would|will|could) "
    r"(?:run to|come to|set us back)|what (?:might|would|will|could) (?:[a-z]+ ){1,6}?(?:run to|"
    r"come to|set us back)|"
    r"ce que coute\w*|(?:le|quel est le|vos|quels sont vos|un) (?:tarifs?|prix|couts?) "
    r"(?:de|d|du|horaires?|pour)|tarifs? horaires?|taux horaires?|"
    r"how much (?:is|does|do|would|will|for)|what (?:[a-z]+ ){1,6}?(?:costs|would cost|"
    r"will cost)|what (?:is|are|does|do|would) (?:the |your )?"
    r"(?:rates?|prices?|costs?|charges?|fees?)|(?:hourly|day|daily|call ?out) (?:rates?|fees?|"
    r"charges?)|horaires?|heures? de ouverture|(?:opening|office|business) hours|"
    r"(?:ouvert\w*|ferme\w*|fonctionne\w*|open|closed|staffed|manned|answered) (?:[a-z]+ ){0,3}?"
    r"(?:entre|between|le samedi|le dimanche|le week end|le soir|on saturdays?|on sundays?|"
    r"at weekends?|on weekends?|at lunch\w*|over lunch|a midi|pendant la pause|during lunch|"
    r"jusque|jusqu|until|till)|midi et deux)\b")
_ASKS_TO_TALK = re.compile(
    r"\b(?:appel\w*|rappel\w*|telephon\w*|parler|discuter|echanger|joindre|contact\w*|"
    r"rencontr\w*|rendez vous|rdv|call\w*|ring|phone\w*|talk|speak|chat|meet\w*|number|"
    r"numero|biper|bell|buzz|"
    # a person sent, coming or free to help, asked for beside the price ("et est-ce qu'un
    # installateur peut passer voir ?", "someone coming out to measure would be great")
    r"quelqu\w*|qqn|someone|somebody|personne|dispo\w*|passer|venir|vienne|send|envoy\w*|"
    r"coming|come|conseill\w*|commercia\w*)\b")


def _price_or_hours_asked(normalized: str) -> bool:
    """Whether the message asks what a person's time costs or when a line is open, and asks
    for no call, talk or meeting."""
    price = _PRICE_OR_HOURS.search(normalized)
    # (the price's own words ask for no one: "what would a workshop come to")
    return price is not None and _ASKS_TO_TALK.search(
        normalized[:price.start()] + " " + normalized[price.end():]) is None


# "Personne m'a répondu sur Insta la semaine dernière, du coup je redemande ici : ...", "not
# sure anybody ever got back to me last spring, but in any case, do you still ...": the silence
# told of the past, then the question asked again here; a person is wanted only if asked for
# after it.
_PAST_SILENCE = re.compile(
    r"\b(?:personne (?:ne )?(?:me |nous |m )?(?:a|ma|na|ont) (?:jamais )?(?:repondu|rep|rappele|"
    r"recontacte|ecrit)|on ne (?:me |nous )?a (?:jamais )?(?:repondu|rappele)|"
    r"(?:nobody|no one|noone|anybody|anyone) (?:ever |never )?(?:got back|replied|answered|"
    r"responded|rang back|called back|wrote back)|never heard back|(?:did not|didnt|never) "
    r"(?:get|got|hear|heard) (?:a |any )?(?:reply|answer|response|back))\b[^?]*?"
    r"(?:\b(?:du coup|alors|donc|par contre|so|anyway|in any case|either way|but)\b|[:;])")


def _relayed_question(normalized: str) -> bool:
    """Whether the message relays a question of the visitor's colleague, or asks again here
    what went unanswered elsewhere, and asks for no one."""
    if (_RELAYED_QUESTION.search(normalized) is not None
            and _ASKS_FOR_CONTACT.search(normalized) is None):
        return True
    silence = _PAST_SILENCE.search(normalized)
    return silence is not None and _ASKS_FOR_CONTACT.search(normalized, silence.end()) is None


def _without_human_senses(text: str) -> str:
    """`text` without the words that look like a person or a call wanted and are not ("erreur
    humaine", "lisible par un humain", "un rappel sur les pieds de gong")."""
    text = _HUMAN_NAMES_NO_ONE.sub(
        lambda m: m.group("noun") or m.group("noun2") or m.group("noun3"), text)
    return _PRODUCT_RECALL.sub("recall", text)


def model_input(text: str) -> str:
    """What the `intents` model reads of a message: the rules' normalized text (folded,
    contractions expanded, the typos of the words that matter repaired), "human" left out
    where it names no one, as in training."""
    return _without_human_senses(_normalize(text))


def learned_intent(normalized: str, raw: str | None = None) -> IntentMatch | None:
    """What the `intents` model reads in a message above its thresholds (the lowest that keep
    its out-of-fold false positives within budget on the training's questions, see
    `training/understanding/build.py` and `models/intents.json`), the likeliest first; None
    if nothing. Its n-grams read `normalized` (`model_input`), its sentence embedding the
    visitor's `raw` words. Its rule name says so, with the probability, for the audit."""
    if len(normalized.split()) < _MODEL_MIN_WORDS:
        return None
    normalized = _without_human_senses(normalized)
    [(said, doubted)] = load("intents").doubted_all([normalized], [
        normalized if raw is None else raw])
    if "human_request" in said and (_relayed_question(normalized)
                                    or _price_or_hours_asked(normalized)):
        said = {label: score for label, score in said.items() if label != "human_request"}
    if not said:
        if not doubted:
            return None
        # In doubt whether it asks what the bot is: answered as a question, the disclosure
        # said first (given in excess it costs a sentence; missed, the visitor may think a
        # person answers).
        label, score = max(doubted.items(), key=lambda item: item[1])
        return IntentMatch(Intent.QUESTION, f"model.doubt.{label}@{score:.2f}",
                           (Intent.BOT_IDENTITY,))
    label, score = max(said.items(), key=lambda item: item[1])
    # Recall first on both invariants: a message read as both a request for a person and a
    # question about the bot gets both answers, whichever is likelier (the bot in doubt too).
    also = tuple(dict.fromkeys(_LEARNED[other] for other in [*said, *doubted]
                               if _LEARNED[other] is not _LEARNED[label]))
    return IntentMatch(_LEARNED[label], f"model.{label}@{score:.2f}", also)


def _model_reading(normalized: str, raw: str) -> tuple[dict[str, float], dict[str, float]]:
    """The `intents` model's labels above its thresholds and those it only doubts, for a
    message a rule already took (nothing for messages too short for it)."""
    if len(normalized.split()) < _MODEL_MIN_WORDS:
        return {}, {}
    [(said, doubted)] = load("intents").doubted_all([_without_human_senses(normalized)], [raw])
    return said, doubted


def _model_reads_the_bot(normalized: str, raw: str) -> bool:
    """Whether the `intents` model reads a question about the bot or a role-play in a message
    the rules took for a request for a person, above its thresholds or in doubt ("is there a
    human I can talk to, or is it all automated?"): without it, 1 % of the training's
    questions about the bot went to the queue with no disclosure."""
    said, doubted = _model_reading(normalized, raw)
    return any(_LEARNED[label] is Intent.BOT_IDENTITY for label in [*said, *doubted])


def _model_reads_a_person(normalized: str, raw: str) -> float | None:
    """The `intents` model's probability that a message the bot's rules took also asks for a
    person ("vos réponses automatiques ne m'avancent pas, j'ai besoin de quelqu'un qui
    connaisse le dossier"), when above its threshold; None otherwise. Out of sample it takes
    none of the questions about the bot that the rules answer (0 of 94 in two worn splits)."""
    said, _doubted = _model_reading(normalized, raw)
    return None if _relayed_question(normalized) else said.get("human_request")


# --- entry point ---------------------------------------------------------------------------

_CONTROL = (r"bouton|button|lien|link|option|onglet|tab|menu|rubrique|section|fonction|feature|"
            r"icone|icône|icon|case|checkbox")
_QUOTE = r"(?:[«\"“]\s*[^»\"”\n]{1,60}[»\"”]|'[^'\n]{1,60}'(?!\w))"
_QUOTED_LABEL = re.compile(
    rf"(?P<what>\b(?:{_CONTROL})\s*){_QUOTE}|{_QUOTE}(?P<what2>\s*(?:{_CONTROL})\b)",
    re.IGNORECASE)


def _label_only(match: re.Match[str]) -> str:
    """A quoted control's label left out, the control named: "le bouton . "."""
    return f" {(match.group('what') or match.group('what2')).strip()} . "


def _data_right(normalized: str) -> tuple[Intent, str] | None:
    """The consent withdrawn or the data-subject right a message exercises, with its rule."""
    if _WITHDRAW.search(normalized):
        return Intent.CONSENT_WITHDRAW, "consent.withdraw"
    if _DATA_OBJECT.search(normalized):
        return Intent.DATA_OBJECTION, "data.object"
    if _MARKETING.search(normalized):
        return Intent.DATA_OBJECTION, MARKETING_OBJECTION
    if _DATA_ERASE.search(normalized):
        return Intent.DATA_ERASURE, "data.erase"
    if _DATA_EXPORT.search(normalized):
        return Intent.DATA_EXPORT, "data.export"
    return None


def detect_intent(text: str, lang: str | None = None, *, learned: bool = True) -> IntentMatch:
    """Classify one visitor message: the rules, then the `intents` model for what they leave
    (`learned=False`: the rules alone); deterministic, a fraction of a millisecond.

    `lang` is accepted as a hint but both languages' rules always run: visitors mix French
    and English, and short messages ("agent svp") often carry too little to tell them apart.
    The returned `rule` names the rule that fired, for the audit trail.
    """
    normalized = _normalize(text)
    words = set(normalized.split())
    # "am i talking to a human?" asks who answers; it must not read as "talk to a human".
    for_human_rules = normalized
    # A button's or a link's label quoted ("le bouton « parler à un conseiller » n'apparaît
    # pas") names the feature, not a wish.
    if _QUOTED_LABEL.search(text):
        for_human_rules = _normalize(_QUOTED_LABEL.sub(_label_only, text))
    if not _TALKING_WORDS_SET.isdisjoint(words):
        for_human_rules = _AM_I_TALKING_TO.sub(" . ", for_human_rules)
    rule = _HUMAN_RULES.first_match(for_human_rules, words)
    # Withdrawing consent must be as easy as giving it (GDPR art. 7(3)): checked first; a
    # person asked for in the same message is queued as well.
    right = _data_right(normalized)
    if right is not None:
        return IntentMatch(right[0], right[1], (Intent.HUMAN_REQUEST,) if rule else ())
    if rule is not None:
        # "are you a bot? put me through to someone": the question is answered as well, told
        # by the bot's rules or, where they say nothing, by the model (said or in doubt).
        asked = _BOT_RULES.first_match(normalized, words) is not None or (
            learned and _model_reads_the_bot(normalized, text))
        return IntentMatch(Intent.HUMAN_REQUEST, rule.name,
                           (Intent.BOT_IDENTITY,) if asked else ())
    rule = _BOT_RULES.first_match(normalized, words)
    if rule is not None:
        # Recall first on a person too: a complaint about the bot that asks for someone is
        # queued, and the disclosure is given as well.
        person = _model_reads_a_person(normalized, text) if learned else None
        if person is not None:
            return IntentMatch(Intent.HUMAN_REQUEST, f"model.human_request@{person:.2f}",
                               (Intent.BOT_IDENTITY,))
        return IntentMatch(Intent.BOT_IDENTITY, rule.name)
    # Greetings, thanks and goodbyes alone ("bye bye bot", "see u later") ask for nothing: the
    # model, which reads "bot" in them, is not asked.
    if normalized and _SMALL_TALK.fullmatch(normalized):
        for intent, name, pattern in _SMALL_TALK_KINDS:
            if pattern.search(normalized):
                return IntentMatch(intent, name)
    # The rules are exact where they fire; the model covers paraphrase, recall first.
    read = learned_intent(normalized, text) if learned else None
    if read is not None:
        return read
    return IntentMatch(Intent.QUESTION, "")
