"""Rules that recognise a request to talk to a person (HUMAN_REQUEST), in French and English.

A person is always one message away (DESIGN.md), whatever the phrasing, slang or typo: a verb
of talking, contacting or connecting followed by a person ("talk to a human", "passez-moi un
conseiller"), wanting a person ("i need a live agent"), a person named alone
("representative", "un humain svp"), a callback, refusing the bot ("i don't want to talk to a
bot"). Nouns alone never decide: "what is the agent fee", "human resources" stay questions.
"""

from __future__ import annotations

from clairbot.understanding._intent_ruleset import RuleSet, alt, phrases

__all__ = ["HUMAN_RULES"]


# --- who is a person -----------------------------------------------------------------------

# EN: a person the visitor could be put in touch with.
_EN_MOD = (r"(?:(?:real|live|actual|proper|physical|human|other|another|qualified|competent|"
           r"true|living|manual|dedicated|specific|senior|available|bloody|damn|damned|"
           r"fucking|fuckin|freaking|goddamn|stupid|single|customer|support|service|sales|"
           r"account|technical|tech|billing|helpdesk|help desk|(?:real|actual) [a-z]+) )*")
_EN_DET = (r"(?:(?:a|an|na|the|some|any|one|your|ur|one of (?:your|the|ur)|"
           r"(?:someone|somebody) (?:from|at|in|on|of) (?:your |the |ur )?) )?")
_EN_STAFF = phrases(
    "human beings?|humans?|persons?|people|someone else|somebody else|someone|somebody|anyone|"
    "anybody|agents?|operators?|representatives?|reps?|advisors?|advisers?|consultants?|"
    "assistants?|account managers?|managers?|supervisors?|specialists?|technicians?|experts?|"
    "salesperson|salesman|saleswoman|employees?|staff(?: members?)?|team(?: members?)?|"
    "colleagues?|founders?|support(?: team| staff| desk| department| line| center)?|"
    "customer (?:service|services|support|care|success|assistance|relations)"
    "(?: team| department| desk| center| centre| line| rep| representative| agent)?|"
    "help ?desk|service desk|hotline|call cent(?:er|re)|sales(?: team| department)?|humain")
_EN_MINE = phrases("my (?:account manager|advisor|adviser|consultant|sales rep|representative|"
                    "rep|agent|contact person|contact)")
_EN_PERSON = alt(_EN_DET + _EN_MOD + _EN_STAFF, _EN_MINE) + r"\b"
# The narrower set wanted as an object ("i need ..."), where "people" or "team" mislead.
_EN_WANTED = alt(_EN_DET + _EN_MOD + phrases(
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

# A price asked in a language visitors mix in ("Wie viel kostet le déplacement ...", "cuanto
# cuesta"): what a visit costs is a question in any language.
_PRICE_MIXED = (r"kostet|kosten|preis|wie viel|wieviel|cuanto cuesta|cuesta|precio|costo|"
                r"quanto costa|prezzo|quanto custa|preco|prijs|kost|wat kost|kitna|kitne")

# FR: the same, in French (after normalisation: "l'" -> "le", "d'" -> "de").
_FR_DET = (r"(?:(?:un|une|le|la|les|des|du|de|votre|vos|ton|ta|tes|"
           r"(?:quelquun|une personne|un membre) (?:du|de|de la|des|de le|chez)) )?")
_FR_MOD = r"(?:(?:vrai|vraie|vrais|vraies|veritable|reel|reelle|autre|bon|bonne|seul|seule) )*"
_FR_NOUN = phrases(
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
_FR_MINE = phrases("mon (?:conseiller|commercial|gestionnaire|interlocuteur|responsable|"
                    "charge de compte|contact)|ma (?:conseillere|commerciale|gestionnaire|"
                    "interlocutrice|responsable)")
# "personne" alone means "nobody": only "une/la/des personne(s)" is a person.
_FR_PERSON = alt(_FR_DET + _FR_MOD + _FR_NOUN + _FR_POST,
                 r"(?:une|la|des|les|cette|votre) " + _FR_MOD + r"personnes?" + _FR_POST,
                 _FR_MINE) + r"\b"
_FR_WANT_END = (
    r"(?=\s*(?:$|\.|\b(?:svp|si il|merci|maintenant|tout de suite|vite|rapidement|urgent|"
    r"please|au telephone|par telephone|en ligne|pas un|plutot|et pas|au lieu|qui (?:puisse|peut|"
    r"pourrait|sait|connait)|pour (?:me|parler|discuter|repondre|de le aide)|de chez vous|"
    r"de votre|du service|de le service|car|parce que|je vous prie|a qui|avec qui|que je)\b))")

# Gate word group (see `Rule.needs`): a person.
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

# Whom a visitor asks to be sent on site ("send an engineer", "envoyer un technicien").
_SENT_EN = (r"(?:engineers?|technicians?|techs?|fitters?|surveyors?|inspectors?|reps?|mechanics?|"
            r"installers?|specialists?|experts?|consultants?)\b")
_SENT_FR = (r"(?:technicien|technicienne|techniciens|ingenieur|ingenieure|ingenieurs|expert|"
            r"experte|experts|commercial|commerciale|conseiller|conseillere|inspecteur|"
            r"inspectrice|installateur|depanneur|specialiste|metreur|geometre|frigoristes?|"
            r"plombiers?|electriciens?|electricienne|chauffagistes?|mecaniciens?|mecanicienne|"
            r"cordistes?|soudeurs?|serruriers?|couvreurs?|monteurs?|frigoriste)\b")

# --- requests for a person -----------------------------------------------------------------

_CONNECT_FORMS = (
    "connect connects connecting transfer transfers transferring put puts putting forward "
    "forwards forwarding redirect redirects redirecting route routes routing switch switches "
    "switching pass passes passing direct directs directing escalate escalates escalating send "
    "sends sending hand hands handing bring brings bringing patch patches patching refer "
    "refers referring get gets getting take takes taking")
_CONNECT = phrases("|".join(_CONNECT_FORMS.split()))
HUMAN_RULES = RuleSet(
    ("human.talk_to_person",
     "call meeting appointment word conversation talk talking talkin speak speaking chat "
     "chatting converse conversing communicate communicating discuss discussing through spoken "
     "talked & "
     + _EN_PERSON_WORDS,
     r"\b(?:talk|talking|talkin|speak|speaking|chat|chatting|converse|conversing|communicate|"
     r"communicating|discuss|discussing|get through|be put through|"
     # "not confident about ordering without having spoken to anybody": a talk wished first
     r"(?:order|ordering|commit\w*|sign|signing|decid\w*|buy|buying|go ahead|proceed\w*|pay|"
     r"paying|book|booking|confirm\w*)(?: [a-z0-9]+){0,6} without (?:first )?(?:having )?"
     r"(?:spoken|talked|speaking|talking)|(?:have|get|book|schedule|"
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
     + _EN_PERSON,
     # "can our CRM call your helpdesk API": software calling software
     r"\b(?:helpdesk|help desk|support|service desk|sales|service|team|agent|operator)s? "
     r"(?:api|apis|endpoints?|webhooks?|sdk|integration|rest api|graphql)\b"),
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
     r"let me have)(?: to have| to get)? " + _EN_WANTED + _EN_WANT_END,
     # "does the blasting unit require a dedicated operator from our side": who runs a machine
     r"\b(?:does|do|will|would|is|are) (?:the|this|that|your|it|a|an)\b[^?]{0,50}?\b(?:require|"
     r"requires|need|needs|come with|comes with) (?:a |an )?(?:\w+ )?operators?\b"
     r"|\boperators? (?:from|on) (?:our|my) (?:side|end)\b"),
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
     r"tier|package|option)\b"
     # "safe for human contact", "fit for human consumption": exposure, not a person
     r"|\b(?:for|to|with|from|of|avoid|avoiding|prevent|preventing|limit|limits|minimal|"
     r"minimise|minimize|no) human (?:contact|exposure|consumption|use|skin)\b"),
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
     "me us callback back zuruckrufen zuruckruf ruckruf ruckrufbitte mich "
     "& callback call ring phone contact reach bell buzz shout tinkle zuruckrufen zuruckruf "
     "ruckruf ruckrufbitte an zuruck",
     r"\b(?:call|ring|phone) me back\b|\bcallback\b|\bcall back (?:request|please|asap)\b"
     r"|\bgiv(?:e|ing) (?:me|us) a (?:bell|ring|buzz|shout|tinkle|call)\b"
     r"(?! (?:option|button|feature|log|history|function|icon|menu)s?\b)"
     r"|\b(?:can|could|would|will|please|should|have|get|need|want|like|(?:someone|somebody|"
     r"agent|you) to)(?: [a-z]+){0,2} (?:call|ring|phone|contact|reach) me"
     r"(?=\s*(?:$|\.|\b(?:back|please|asap|at|on|today|tomorrow|now|when|as soon|by phone|"
     r"about|regarding|to discuss|later|this|in|again|urgently|quickly|directly|soon)\b))"
     r"|^(?:please )?(?:call|ring|phone) me(?: please)?(?: \.)*$"
     # German, as visitors mix it in: "kann mich jemand zurückrufen?", "bitte um Rückruf"
     r"|\b(?:zuruckrufen|zuruckruf|ruckruf|ruckrufbitte)\b"
     r"|\bruf(?:en sie| sie)? mich (?:bitte )?(?:doch )?(?:an|zuruck)\b",
     # "what will you call me", "call me by my first name": a name, not a phone call.
     r"\b(?:what|how)\b(?: [a-z]+){0,6} call me\b|\bcall me (?:by|as|this|that)\b"
     r"|\bname\b(?: [a-z]+){0,8} call me\b"
     # A callback URL, webhook or function is software, in either language ("le callback URL",
     # "l'URL de callback", "callback endpoint"; a URL typed in haste: "ulr", "urll").
     r"|\bcallbacks? (?:[a-z]+ )?(?:urls?|ulrs?|urll|uris?|endpoints?|webhooks?|functions?|"
     r"handlers?|oauth|oidc|saml|sso|redirect|redirects|redirection|javascript|js|"
     r"addresse?s?|adresse?s?|"
     r"parameters?|params?|routes?|hooks?|api|http|https|adresse|fonction|server|events?)\b"
     r"|\b(?:urls?|ulrs?|lurl|uris?|endpoint|webhook|api|adresse|address|adress|fonction|function|"
     r"route|"
     r"handler|http|"
     r"https|event|parametre|champ|field|oauth|oidc|saml|sso|redirect|"
     r"javascript|js) (?:de |du |of |for |the |a |le |la )*callbacks?\b"
     # "l'adresse de retour (callback) que j'ai mise dans les paramètres": named in brackets
     # ("l'adresse de rapelle (callback)", "vos notifications de rappel (callback)": misspelt,
     # or the notices it sends)
     r"|\b(?:adresse|url|address|endpoint|lien|link|notifications?|requetes?) (?:de |d )?"
     r"(?:retour|rappel|rappelle|rapel|rapelle|return) \. callbacks? \."
     # "can the payment callback point at our staging server?": software by its context.
     r"|\b(?:payments?|paiement|stripe|paypal|checkout|webhook|server|serveur|async|ajax) "
     r"callbacks?\b"
     r"|\bcallbacks?\b(?: [a-z0-9]+){0,8} (?:staging|sandbox|endpoint|server|serveur|payload|"
     r"json|timeout|404|500|firewall|pare feu|allowlist|whitelist|hmac|retries|signature)\b"
     # "from which IP addresses are your callback requests sent?": where software calls from
     r"|\b(?:ip|ips)(?: [a-z]+){0,6} (?:de |of |for |the |your |vos |our |nos )*callbacks?\b"
     # "votre webhook envoie un callback à chaque étape ?": software that sends or fires one
     r"|(?<!\bi )(?<!\bwe )(?<!\bai )(?<!\bavons )\b(?:envoi\w*|envoy\w*|send|sends|sending|"
     r"sent|trigger\w*|declench\w*|fires?|firing|"
     r"emet\w*|emits?) (?:un |une |des |a |the |le |les |its |their |our |vos |nos )?callbacks?\b"
     # "le callback de notification de livraison, on le set up où ?": an event's callback, set
     # up or configured, is software too
     r"|\b(?:le|les|the|our|notre|nos|vos|your) callbacks? (?:de |of )?(?:la |l |the )?"
     r"(?:notifications?|statuts?|status|evenements?|events?|webhooks?)\b"
     r"|\bcallbacks?\b(?: [a-z]+){0,8} (?:set up|setup|configur\w*|parametr\w*|declar\w*|"
     r"enregistr\w*|register\w*)\b"),
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
     r"(?:" + _EN_MOD + phrases(
         "humans?|human beings?|person|someone|somebody|someone real|agents?|operator|"
         "representative|rep|advisor|supervisor|manager|customer (?:service|support|care|"
         "assistance)|support|"
         "support agent|service agent|live chat|human (?:agent|service|support|handoff|"
         "hand off|help)|hand ?off|handover|(?:someone|somebody) (?:from|at|in|of) "
         "(?:the |your )?[a-z]+(?: [a-z]+)?|contact (?:agent|human|support|customer service)")
     + r"|" + _FR_MOD + phrases(
         "etre humain|humaine?|vraie personne|personne (?:reelle|physique|humaine)|"
         "conseill(?:er|ere|e)|agent|operat(?:eur|rice)|interlocuteur humain|service client|"
         "service clients|service a la clientele|service apres vente|sav|support|hotline|"
         "quelquun(?: de reel| de vrai| de chez vous)?") + _FR_POST + r")"
     r"(?: (?:please|now|asap|thanks|thank you|again|needed|required|here|only|right now|"
     r"immediately|instead|not a bot|svp|si il vous plait|merci|maintenant|tout de suite|vite|"
     r"urgent|\.))*\s*$"),
    # "un humain svp, je comprends rien", "an agent please - this is going nowhere": a person
    # asked for with a please, opening the message or a sentence, whatever follows.
    ("human.person_please",
     "please pls plz svp plait real actual live proper vrai vraie veritable "
     "& human humans person someone somebody agent operator representative advisor humain "
     "humaine conseiller conseillere operateur operatrice quelquun technician engineer "
     "personne technicien technicienne interlocuteur interlocutrice",
     r"(?:^|\. )(?:(?:hi|hello|hey|ok|bonjour|allo|oui|bon|alors|euh) )*(?:(?:a|an|un|une) )?"
     r"(?:real |live |actual |vrai |vraie )?(?:human|person|someone|somebody|agent|operator|"
     r"representative|advisor|humain|humaine|conseiller|conseillere|operateur|operatrice|"
     r"quelquun)(?: (?:real|reel|de reel|humain))? (?:please|pls|plz|svp|si il vous plait|"
     r"sil vous plait)\b"
     # "Allez, un vrai humain, ...", "please. a real technician. ...": a real person named
     # alone, opening the message (the rules' normalisation turns commas into " . ").
     r"|^(?:(?:please|pls|svp|allez|bon|ok|hi|hello|bonjour|allo|alors) (?:\. )?)*"
     r"(?:a|an|un|une) (?:real|actual|live|proper|vrai|vraie|veritable) (?:human|person|"
     r"agent|technician|engineer|advisor|humain|humaine|personne|conseiller|conseillere|"
     r"technicien|technicienne|interlocuteur|interlocutrice)(?: \.|$)"),
    # "un courtier en chair et en os", "someone of flesh and blood", "a living, breathing
    # person": only a person is.
    ("human.flesh_and_blood",
     "chair flesh breathing",
     r"\b(?:en chair et en os|(?:of |made of )?flesh and blood|in the flesh)\b"
     r"|\bliving (?:\. )?breathing (?:person|human|soul|being|people)\b",
     # asking who answers is a question about the bot, not a request
     r"\b(?:typing|answering|writing|replying|reading|on the other end|is this|are you|am i|"
     r"is it|etes vous|vous etes|suis je|est ce que je parle|qui (?:me |nous )?(?:ecrit|repond|"
     r"tape|lit)|tu es|presenter comme|pretend|pretendre|faire semblant|imaginons|imaginez|"
     r"supposons|admettons|soyez|sois|se agit il|il se agit|jouer le jeu|jouez le jeu|"
     r"joue le jeu|play along|parler comme|parlez comme|talk like|talk to me like|speak like|"
     r"(?:respond|reply|answer|write|speak|talk)(?: only)? as)\b"),
    # "je suppose qu'il y a un commercial quelque part", "there must be a human somewhere in
    # there": a person supposed to be behind the bot, wanted.
    ("human.someone_somewhere",
     "somewhere quelque & " + _EN_PERSON_WORDS + " " + _FR_PERSON_WORDS,
     r"\b" + alt(_EN_DET + _EN_MOD + _EN_STAFF, _FR_DET + _FR_MOD + _FR_NOUN + _FR_POST,
                 r"(?:une|la|des|les) personnes?") + r" (?:somewhere|quelque part)\b"
     r"|\bquelque part(?: chez vous| dans votre (?:equipe|societe|boite))? (?:quelquun|un humain|"
     r"une personne|un conseiller|une conseillere|un commercial|un technicien)\b",
     # "traduits en langage humain quelque part dans la notice": plain words, not a person
     r"\b(?:langage|langue|language|termes|terms|mots|words) (?:humaine?s?|human)\b"),
    # "nobody there to answer live?", "anyone around to talk to me right now?": a person, live.
    ("human.someone_live",
     "nobody noone anyone anybody someone somebody & live real realtime person directly now",
     r"\b(?:nobody|no one|noone|anyone|anybody|someone|somebody)(?: (?:there|here|around|"
     r"available|about|on))? to (?:answer|talk|reply|respond|speak|chat)(?: to me| with me| me)?"
     r" (?:live|in real time|in person|directly|right now)\b"),
    # "il y a bien quelqu'un chez vous qui connaît les colles PU ?", "is there anyone on your
    # team who knows silos?": someone who knows, wanted.
    # "Aisling in accounts would know the history of this, I'd imagine", "quelqu'un à la
    # compta saurait sûrement": someone of a department who would know, asked for sideways
    ("human.colleague_would_know",
     "accounts sales billing finance office workshop yard dispatch logistics support hr depot "
     "compta comptabilite atelier bureau & know remember saurait saura souviendrait",
     r"\b(?:someone|somebody|the (?:guys|people|team|folks|lads|ladies)|(?!(?:form|data|system|"
     r"software|page|file|record|records|figures|it|this|that|which|what|who)\b)[a-z]+)"
     r" (?:in|from|at|over in|down in|up in) (?:the )?(?:accounts|sales|billing|finance|office|"
     r"workshop|yard|dispatch|logistics|support|hr|depot)(?: team| department| dept)?"
     r" (?:would|will|might|must|should|may) (?:surely |probably |definitely )?(?:know|remember)\b"
     r"|\b(?:quelquun|quelqu un|[a-z]+) (?:a la|au|de la|du) (?:compta|comptabilite|atelier|"
     r"bureau|service commercial|facturation)(?: chez vous)? (?:saurait|saura|se souviendrait|"
     r"se souvient)\b"),
    ("human.someone_who_knows",
     "qui who & connait connaissent sait savent maitrise knows understands s pourrait puisse "
     "peut pourra saurait saura could can might would remembers recalls dealt worked handled "
     "souvient rappelle suivi traite gere",
     r"\b(?:quelquun|une personne|un expert|une experte|un specialiste)(?: de)?(?: chez vous| de "
     r"votre equipe| dans votre (?:equipe|societe|boite))? qui (?:connait|sait|maitrise|"
     r"comprend|se y connait|soit (?:calee?|competente?))\b"
     # "il y a sûrement quelqu'un chez vous qui pourrait trancher"
     r"|\bquelquun (?:chez vous|de chez vous|dans votre (?:equipe|societe|boite)|de votre "
     r"equipe) qui (?:pourrait|puisse|peut|pourra|saurait|saura) (?:trancher|decider|me aider|"
     r"nous aider|me repondre|nous repondre|regarder|voir|valider|debloquer|me renseigner|"
     r"me conseiller|expliquer|me expliquer|arbitrer)\b"
     r"|\b(?:someone|somebody|anyone|a person)(?: there| at your (?:company|end|place)| on your "
     r"(?:team|side)| in your (?:team|company))? who (?:could|can|might|would be able to) "
     r"(?:decide|make a call|make the call|sort (?:this|it) out|sign (?:this|it) off|"
     r"take a decision|make a decision)\b"
     r"|\b(?:someone|somebody|anyone|anybody|a person)(?: there| around| left| still there|"
     r" at your (?:company|end|place)|"
     r" on your (?:team|side)| in your (?:team|company)| in (?:the|your) office| at (?:the|your) "
     r"office)? who (?:(?:really|actually|still) )?(?:knows|understands|remembers|recalls|"
     r"(?:dealt|worked|handled) (?:with |on )?(?:our|my|the|this|that))\b"
     # "il y a bien quelqu'un qui se souvient de notre commande de 2019"
     r"|\bquelquun(?: chez vous| de chez vous| dans votre (?:equipe|societe|boite)| de votre "
     r"equipe| au bureau)? qui (?:se souvient|se rappelle|a suivi|a traite|a gere) (?:de )?"
     r"(?:notre|mon|ma|nos|mes|le|la|ce|cette)\b",
     # who knows what is asked of the knowledge, not of a person: "anyone who knows the
     # answer can reply here" stays a request; "customers who know" is no person asked for
     r"\b(?:customers?|clients?|users?|utilisateurs?) who\b"),
    # "is the person who wrote our quote still with you", "Mme Roux travaille toujours chez
    # vous ?": someone asked for by what they did.
    ("human.still_with_you",
     "still toujours encore actually even & with working chez travaille bosse partie "
     "travaillent bossent work repond repondent",
     r"\b(?:is|are) (?:(?:the|our|my|your|that|this) )?(?:(?:person|guy|lady|man|woman|chap|"
     r"engineer|technician|rep|salesperson|salesman|saleswoman|consultant|advisor|adviser|"
     r"manager|account manager|colleague|contact)\b(?: [a-z]+){0,8}?|(?!it |this |that |"
     r"there |they )[a-z]+) still (?:with (?:you|your (?:company|team|firm))|working (?:there|"
     r"for you|with you|at your))\b"
     r"|\b(?:the|that|our|my) (?:person|guy|lady|man|woman|chap|engineer|technician|rep|"
     r"salesperson|salesman|saleswoman|consultant|advisor|adviser|manager|colleague|contact)"
     r"\b(?: [a-z]+){0,8}? (?:is|are) still (?:with (?:you|your (?:company|team|firm))|"
     r"working (?:there|for you|with you|at your))\b"
     r"|\b(?:travaille|bosse|travaillent|bossent) (?:encore|toujours) (?:chez vous|dans votre "
     r"(?:equipe|societe|entreprise)|avec vous)\b"
     r"|\b(?:fait|font) (?:encore|toujours) partie de (?:votre|le|la) (?:equipe|societe|maison)\b"
     # "y a-tu encore du monde qui travaille chez vous ?", "does anyone still work there?":
     # whether anyone is left to answer
     r"|\b(?:y a(?: t)?(?: il| tu| ti)?|il y a|ya|est ce que il y a) (?:encore|toujours) "
     r"(?:du monde|des gens|quelquun|quelqu un|qqn|qqun|des humains|du personnel) qui "
     r"(?:travaille|travaillent|bosse|bossent|repond|repondent|est la)\b"
     # (not when they work: "y a encore du monde qui travaille le samedi ?" asks the hours)
     r"(?! (?:le|les|la|en|pendant|a|au|aux|durant|ce|cet|cette|sur|jusque)\b)"
     r"|\b(?:does|do) (?:anyone|anybody|someone|somebody|a human|any humans|people) (?:still|"
     r"actually|even) work (?:there|here|at (?:your|ur|the) (?:company|firm|place|office|shop)|"
     r"for (?:you|your company|this company))\b"),
    # "you really want to hear a person say yes", "j'aimerais entendre une vraie voix".
    ("human.hear_a_person",
     "hear entendre & person human someone somebody voice humain voix quelquun personne",
     r"\bhear (?:from )?(?:a |an |the voice of (?:a |an )?)?(?:real |actual |live |human )?"
     r"(?:person|human|human voice|voice|someone|somebody)\b(?! (?:recording|message|"
     r"prompt|menu)s?\b)"
     r"|\bentendre (?:une (?:vraie )?personne|un (?:vrai )?humain|quelquun|une (?:vraie )?voix|"
     r"la voix de (?:un|une|quelquun|votre))\b"),
    # "j'ai l'impression de parler dans le vide", "like talking to a wall": nobody there.
    ("human.into_the_void",
     "vide mur wall void brick",
     r"\b(?:parler|ecrire|causer|prêcher|precher) (?:dans le vide|a un mur|a le mur|"
     r"dans le desert)\b"
     r"|\b(?:talking|speaking|writing|typing) (?:to|into) (?:a (?:brick )?wall|the void|"
     r"thin air)\b"),
    # "un interlocuteur serait bienvenu", "a human would be nice right now".
    ("human.person_welcome",
     "serait bienvenu bienvenue utile apprecie appreciee top would nice welcome helpful "
     "great good reassuring comforting relief ferait rassurant rassurante bien",
     r"\b(?:un|une) (?:vrai |vraie )?(?:interlocut(?:eur|rice)|humain|humaine|personne|"
     r"conseill(?:er|ere)|commercial|commerciale|technicien|technicienne) (?:(?:me |nous )?"
     r"(?:serait|sera|ce serait) (?:plus |vraiment |tres |bien )?(?:bienvenue?|utile|"
     r"appreciee?|top|ideal|bien|mieux))\b"
     r"|\b(?:a|an) (?:real |actual |live )?(?:human|person|agent|rep|advisor|salesperson|"
     r"engineer|technician) would be (?:nice|welcome|great|good|helpful|better|handy|ideal|"
     r"lovely)\b"
     # "a voice on the other end of the line would be very reassuring", "une voix au bout du
     # fil me rassurerait"
     r"|\b(?:a|an) (?:real |actual |live |human |friendly )?(?:human )?voice(?: on the "
     r"(?:other end|phone|line)(?: of the (?:line|phone))?)? would (?:be|feel) (?:very |really |"
     r"so |much |a lot |quite )?(?:more )?(?:nice|welcome|great|good|helpful|better|reassuring|"
     r"comforting|a relief|lovely)\b"
     r"|\bune (?:vraie )?voix(?: humaine)?(?: au bout du fil| au telephone)? (?:me |nous )?"
     r"(?:serait|ferait|rassurerait)(?: (?:vraiment|tellement|bien|plus))? (?:du bien|"
     r"rassurante?|bienvenue|plaisir|mieux)?\b"),
    # "j'ai raté l'appel de votre agence, on peut réessayer ?", "sorry I missed your call".
    ("human.missed_call",
     "rate manque missed & appel call",
     r"\b(?:rate|manque) (?:le |votre |ton |un |les |vos )?appels?\b"
     r"|\bmissed (?:your|the|a|ur|their) (?:phone )?call\b"),
    # "I'm not really a typing person", "pas très à l'aise à l'écrit": rather talk.
    ("human.not_a_typer",
     "typing typer typist type ecrit taper clavier messagerie messageries chat chats tchat "
     "messaging texting write writing explain explaining spell spelling raconter expliquer "
     "reexpliquer retaper ecrire speaking talking parler oral telephone phone exprime & not hate "
     "rather bad pas prefere hard difficult impossible never easier simpler easy facile simple "
     "mieux",
     r"\bnot (?:really |much |very much |a big |big on |good at |great at |one for |much of )?"
     r"(?:a )?(?:typing person|typer|typist|typing type)\b"
     r"|\b(?:hate|cannot stand|bad at) typing\b|\brather (?:not type|talk than (?:type|write))\b"
     r"|\bpas (?:trop |tres |vraiment |du tout |tellement )?(?:doue|douee|fort|forte|"
     r"a le aise|bon|bonne|fan) (?:a le |avec le |avec les |de le |des )?(?:ecrit|clavier|"
     r"messageries?|chats?|tchats?|outils en ligne)\b"
     r"|\bnot (?:very |really |too )?(?:comfortable|good|great|at ease) (?:with|at) "
     r"(?:typing|chat|chats|messaging|texting|these chat)\b"
     r"|\bprefere (?:de loin |largement )?(?:parler|le oral|le telephone) (?:que|plutot que|a) "
     r"(?:ecrire|taper|le ecrit)\b"
     # "speaking is more easy for me", "parler c'est plus simple pour moi", "je m'exprime mieux
     # à l'oral": the writer would rather say it than type it.
     r"|\b(?:speaking|talking|a call|a phone call|the phone|calling) (?:is|would be|will be) "
     r"(?:much |a lot |way |far |so much )?(?:easier|more easy|simpler|more simple|quicker) "
     r"(?:for me|for us)\b"
     r"|\b(?:easier|simpler|more easy) (?:for me |for us )?to (?:talk|speak|explain|say) "
     r"(?:it |this |that )?(?:on the phone|by phone|over the phone|in person|out loud|than "
     r"(?:to )?(?:type|write))\b"
     r"|\b(?:parler|le oral|le telephone|de vive voix) (?:ce est |est |serait |sera )?"
     r"(?:bien |beaucoup |tellement )?plus (?:facile|simple|pratique) pour (?:moi|nous)\b"
     r"|\bplus (?:facile|simple|pratique) (?:pour moi |pour nous )?(?:de|a) (?:le |la |vous |te )?"
     r"(?:expliquer|dire|raconter|parler) (?:a le oral|au telephone|par telephone|de vive voix|"
     r"en direct)\b"
     r"|\b(?:je|on) (?:me |nous )?(?:exprime|explique) (?:bien |beaucoup )?mieux (?:a le oral|"
     r"au telephone|de vive voix|en parlant)\b"
     # "I don't fancy typing out the whole history of this dispute in a little box", "pas
     # envie de raconter toute l'histoire dans cette petite fenêtre".
     r"|\b(?:not|never) (?:really |exactly )?(?:fancy|feel like|want to|wanna|keen on|going to|"
     r"gonna|about to) (?:typ(?:e|ing)|writ(?:e|ing)|spell(?:ing)?|explain(?:ing)?) (?:out |up |"
     r"down )?(?:the|my|our|this|that|all|a) (?:whole|entire|full|long) (?:story|history|saga|"
     r"thing|situation|dispute|case|background|explanation|essay|novel)\b"
     r"|\b(?:not|never|hard to|difficult to|impossible to)(?: [a-z]+){0,3} (?:type|typing|write|"
     r"writing|explain|explaining|spell|spelling)\b(?: [a-z]+){0,8} in (?:a|this|that|your|some) "
     r"(?:little|tiny|small|wee) (?:box|window|chat box)\b"
     r"|\bpas (?:trop |vraiment |du tout |tres )?envie de (?:tout )?(?:taper|ecrire|raconter|"
     r"reexpliquer|re expliquer|expliquer|retaper)\b(?: [a-z]+){0,6} (?:dans|sur|par) "
     r"(?:ce|cette|un|une|votre) (?:petit |petite |minuscule )?(?:chat|tchat|fenetre|case|"
     r"encadre|boite|champ)\b"),
    # "est-ce qu'une personne peut venir changer la bonbonne ?": someone to come, asked
    # ("Quelqu'un devrait venir constater les dégâts": someone ought to come, as good as asked)
    ("human.someone_come",
     "peut pourrait pourra puisse pourriez va viendra saurait devrait & venir passer "
     "deplacer intervenir",
     r"\b(?:quelqu un|quelquun|qqun|qqn|une personne|un technicien|une technicienne|un gars|"
     r"un de vos (?:techniciens|gars|agents|collegues|monteurs)|votre technicien|votre "
     r"technicienne) (?:(?:peut|pourrait|pourra|puisse|pourriez|va|viendra|saurait) "
     r"(?:il |elle )?(?:venir|passer|se deplacer|intervenir)\b"
     # (someone ought to come and see, not "un technicien doit passer", a visit already due)
     r"|devrait (?:(?:vraiment|absolument|rapidement|vite) )?(?:venir|passer) (?:constater|voir|"
     r"verifier|regarder|examiner|controler|inspecter|evaluer|jeter)\b)",
     r"\b(?:tarifs?|prix|cout|combien|frais)\b"),
    # "Por favor, une personne qui parle espagnol", "someone who speaks Polish for the
    # contract": a person asked for by the language they speak
    ("human.speaks_language",
     "parle parlant speaks speaking speak & espagnol anglais arabe allemand italien portugais "
     "neerlandais chinois russe turc polonais roumain spanish english arabic german italian "
     "portuguese dutch chinese mandarin russian turkish polish romanian french francais hindi "
     "urdu wolof",
     r"\b(?:une personne|quelqu un|quelquun|qqn|un conseiller|une conseillere|un interlocuteur|"
     r"une interlocutrice|un commercial|une commerciale|someone|somebody|anyone|a person|an "
     r"agent|a rep|an advisor|an adviser|a salesperson) (?:qui parle|parlant|who speaks?|who can "
     r"speak|speaking|that speaks?) (?:l )?(?:espagnol|anglais|arabe|allemand|italien|portugais|"
     r"neerlandais|chinois|russe|turc|polonais|roumain|spanish|english|arabic|german|italian|"
     r"portuguese|dutch|chinese|mandarin|russian|turkish|polish|romanian|french|francais|hindi|"
     r"urdu|wolof)\b",
     # ("is the manual available for someone who speaks Spanish?": whom a thing is for)
     r"\b(?:for|pour) (?:someone|somebody|anyone|a person|une personne|quelqu un|quelquun|qqn) "
     r"(?:who|that|qui)\b"),
    # "Mike told us to ask for him directly": a named person to be asked for
    ("human.told_to_ask_for",
     "told said asked wanted & him her them",
     r"\b(?:told|said|asked|wanted) (?:us|me) to (?:ask for|call|contact|speak to|talk to|ring|"
     r"phone|e ?mail) (?:him|her|them)(?: directly| personally| when| once| if| as soon)\b"),
    # "je m'interroge sur la pertinence de poursuivre cet échange par écrit", "is there any
    # point carrying on this conversation in writing?": writing doubted, a voice wanted
    ("human.not_in_writing",
     "pertinence interet utilite sens poursuivre continuer point sense use continuing carrying "
     "going pursuing & ecrit chat tchat messages message writing text email",
     r"\b(?:pertinence|interet|utilite|sens) de (?:poursuivre|continuer) (?:cet|cette|notre|le|la|"
     r"ce) (?:echange|conversation|discussion|dialogue|chat|tchat)s? par (?:ecrit|chat|tchat|"
     r"messages?)\b"
     r"|\b(?:poursuivre|continuer)(?: (?:cet|cette|notre|ce) (?:echange|conversation|discussion|"
     r"dialogue|chat|tchat))? par (?:ecrit|chat|tchat|messages?) (?:ne (?:me )?(?:semble|parait|"
     r"sert|mene)|est inutile|ne est pas (?:utile|judicieux|pertinent|la solution))\b"
     r"|\b(?:point|sense|use) (?:in )?(?:continuing|carrying on|going on|keeping on|pursuing)"
     r"(?: with)? (?:this|our|the) (?:exchange|conversation|chat|discussion|back and forth) "
     r"(?:in writing|by chat|over chat|by text|by message|by email|in this chat)\b"),
    # "je n'arrive pas à décrire ce bourdonnement par écrit, c'est un son qu'il faut entendre",
    # "typing this is hopeless ... Phone?": what writing cannot carry, a call asked for
    ("human.cannot_write_it",
     "ecrit entendre writing typing phone call appel telephone hopeless useless pointless "
     "explain describe trop",
     r"\b(?:arrive pas|arrive plus|peux pas|peut pas|impossible|difficile|dur) (?:a |de )?"
     r"(?:vous |te |le |la |l )?(?:decrire|expliquer|raconter|le dire|mettre en mots)\b"
     r"[^.?!]{0,40}? par ecrit\b"
     r"|\b(?:hard|impossible|difficult|tricky) to (?:explain|describe|put)\b[^.?!]{0,30}? "
     r"(?:in writing|by text|over chat|in a chat|by typing|in words)\b"
     r"|\btyping (?:this |it )?(?:is |s )?(?:hopeless|useless|pointless|a nightmare|impossible)\b"
     # "typing all this out is a struggle for me", "trop de détails pour que je les tape ici"
     r"|\btyping (?:all (?:of )?)?(?:this|it|that|everything)(?: all)?(?: out| up)? (?:is|s) (?:a "
     r"(?:real )?struggle|hard|difficult|a pain|painful|tough|a chore|too much)\b"
     r"|\btrop de (?:details|choses|infos|informations|elements|precisions)\b[^.?!]{0,40}? pour "
     r"(?:que je (?:les |vous les )?(?:tape|ecrive|detaille|explique)|(?:tout )?(?:taper|ecrire|"
     r"detailler|expliquer))(?: tous| tout| toutes)? (?:ici|dans ce chat|par ecrit|dans le chat|"
     r"dans ce tchat)\b"
     r"|(?:^|[.!] )(?:phone|a call|call|call me|telephone|appel|un appel|telephone moi)"
     r"(?: (?:instead|then|maybe|plutot|alors))? \?(?: \.)*$"),
    # "le technicien de la dernière fois ..., il est dans le coin ?", "seul un ancien de chez
    # vous saura le remettre en route", "a fella called Seamus. Is he still there?"
    ("human.that_person_around",
     "coin parages loin saura sauront pourra pourront sait peut pourrait still there around "
     "& technicien technicienne gars monsieur dame type chez commercial commerciale he she "
     "fella guy bloke lady man woman chap",
     r"\b(?:technicien|technicienne|gars|monsieur|dame|type|commerciale?|installateur|"
     r"depanneur)\b[^?]{0,80}? (?:il|elle) (?:est|serait|passe|sera) (?:dans le coin|dans les "
     r"parages|pas loin|dans la region)\b"
     r"|\bseule? (?:un|une|quelquun|votre|vos) (?:[a-z]+ ){0,2}?de chez vous (?:saura|sauront|"
     r"pourra|pourront|peut|pourrait|sait)\b"
     r"|\b(?:fella|guy|bloke|lady|man|woman|chap|gentleman|engineer|rep|salesman|technician) "
     r"(?:called|named)\b[^?]{0,60}? (?:is|s) (?:he|she) still (?:there|around|with you|"
     r"working (?:there|for you|with you))\b"),
    # "can ur engineer come tue", "un passage sur site de votre technicien, envisageable ?":
    # a visit is a person (what it costs is a question).
    ("human.visit",
     "come pop swing drop stop visit passage visite venue deplacement intervention passer venir "
     "deplacer passe passait est in around near send sending dispatch dispatching envoyer "
     "envoyez envoye envoyiez depecher depechez bhej bhejo bhejiye bhejdo & engineer engineers "
     "banda bande aadmi admi insaan insan mistri karigar "
     "technician technicians "
     "mechanic mechanics installer installers specialist expert experts consultant ingenieure "
     "ingenieurs techniciens inspecteur inspectrice installateur depanneur specialiste "
     "metreur geometre "
     "tech techs fitter fitters rep reps someone somebody anyone anybody person guy guys "
     "frigoriste frigoristes plombier plombiers electricien electriciens electricienne "
     "qqun qqn quelqu quelquun personne gars mec monde "
     "chauffagiste chauffagistes mecanicien mecaniciens mecanicienne cordiste cordistes "
     "soudeur soudeurs serrurier serruriers couvreur couvreurs monteur monteurs "
     "salesperson surveyor surveyors inspector inspectors technicien technicienne commercial "
     "vendeur vendeuse representant representante "
     "commerciale comercial comerciale expert experte conseiller conseillere ingenieur",
     r"\b(?:can|could|would|will) (?:your |ur |an? |the |one of (?:your|ur) )(?:[a-z]+ ){0,2}"
     r"(?:engineers?|technicians?|techs?|fitters?|reps?|salesperson|surveyors?|inspectors?)"
     # ("can your water treatment engineer visit the leisure centre before Friday?")
     r"(?: please)? (?:visit (?:us|our|the|my|site|on|this|next|before|tomorrow|today|asap)\b|"
     r"(?:come|pop|swing|drop|stop) (?:by|round|over|out|in|down|to|and|n|mon|tue|"
     r"wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|this|"
     r"tomorrow|today|on|at|asap|soon|early|later)\b)"
     r"|\b(?:passage|visite|venue|deplacement|intervention) (?:sur (?:site|place) |chez nous |"
     r"dans nos locaux |a notre (?:site|usine|entrepot|depot) )?(?:de|du|de un|de une) "
     r"(?:votre |vos |un |une )?" + _SENT_FR +
     # ("un vendeur peut-il venir mesurer la salle ?")
     # ("Un comercial peu t'il passé a la mairie ?": misspelt, "t'il" read as "tu il")
     r"|\b(?:votre|un|une|le) (?:technicien|technicienne|commercial|commerciale|comercial|"
     r"comerciale|expert|"
     r"conseiller|conseillere|ingenieur|vendeur|vendeuse|installateur|metreur|representant|"
     r"representante) (?:pourrait|peut|peu|peux|pourra|viendrait|pourriez)"
     r"(?: tu| t)?(?: il| elle)? (?:passer|passe|venir|se deplacer)\b"
     r"(?! (?:la |une |les |des |nos |notre |ma |mes )?commandes?\b)"
     # "si jamais votre technicien passe dans le coin", "if your engineer is ever in the area"
     r"|\b(?:votre|un|une|le) (?:technicien|technicienne|commercial|commerciale|expert|"
     r"conseiller|conseillere|ingenieur) (?:passe|passait|est) (?:dans le coin|par (?:ici|la)|"
     r"dans (?:la|notre) region|chez nous|pas loin)\b"
     r"|\b(?:if|when|whenever|next time) (?:your|an?|the) (?:engineers?|technicians?|techs?|"
     r"reps?|fitters?) (?:is |are |happens to be |happen to be )?(?:ever )?(?:in|around|near) "
     r"(?:the|our|this|your) (?:area|neighbourhood|neighborhood|region|way)\b"
     # "could you send an engineer out", "pourriez-vous envoyer un ingénieur" (never "send your
     # engineer the drawings": a document sent)
     r"|\b(?:send|sending|dispatch|dispatching)(?: (?:out|over|round|along|down|up))? "
     r"(?:an?|your|ur|the|one of your|a qualified|a senior) (?:[a-z]+ )?" + _SENT_EN
     + r"(?! (?:the|a|an|our|my|these|those|this|that|us|me|them|some|any|copies|details)\b)"
     # "can you send somebody out?": someone sent, with the particle that makes it a visit
     r"|\b(?:send|sending|dispatch|get)(?: (?:us|me))? (?:someone|somebody|anyone|anybody|"
     r"a person|a guy|one of your (?:guys|lads|people|team|crew|staff)) (?:out|over|round|"
     r"around|along|down|up|on site|onsite|to (?:site|our site|us|have a look|look|fix|check|"
     r"sort))\b"
     # "oven broke again send someone": someone sent, the clause ending there
     r"|\b(?:send|dispatch)(?: (?:us|me))? (?:someone|somebody|a person|a guy|one of your (?:guys|"
     r"lads|people|team|crew|staff))(?=\s*(?:$|[.!,;]|\b(?:asap|please|pls|plz|now|today|"
     r"tomorrow|urgently|quick|quickly|right away|straight away|immediately|then|and|or)\b))"
     # "urgent fuite sur le 7 envoyez qqun": someone sent, the clause ending there
     r"|\b(?:envoyez|envoyer|envoie|envoyes|envoyiez)(?: nous| moi)? (?:qqun|qqn|quelqu un|"
     r"quelquun|une personne|un gars|un mec|du monde)(?=\s*(?:$|[.!,;]|\b(?:svp|stp|vite|"
     r"rapidement|asap|urgent|maintenant|aujourd hui|demain|merci|please|pls)\b))"
     # "vous pouvez envoyer quelqu'un vérifier les ressorts": someone sent to do a job (the
     # infinitive misspelt as a participle too, "vous pouriez envoyé quelqu'un pour réparer")
     r"|\b(?:envoyer|envoyez|envoyiez|envoie|(?<!\bai )(?<!\ba )(?<!\bavons )(?<!\bont )"
     r"(?<!\bavez )(?<!\bavait )envoye)(?: nous| moi)? (?:qqun|qqn|quelquun|"
     r"une personne|un gars|du monde)(?: pour)? (?:verifier|regarder|controler|reparer|mesurer|"
     r"voir|installer|jeter|inspecter|diagnostiquer|depanner|changer|remplacer|regler|nettoyer)\b"
     r"|\b(?:envoyer|envoyez|envoye|envoyiez|depecher|depechez)(?: nous| moi)? (?:un|une|votre|"
     r"vos|le|la)(?: de vos)? (?:[a-z]+ )?" + _SENT_FR
     # Hinglish: "koi technician bhej do", "ek engineer bhejiye"
     + r"|\b(?:koi|ek|apna|aapka)(?: [a-z]+)? (?:" + _SENT_EN + r"|banda|bande|aadmi|admi|"
     r"insaan|insan|mistri|karigar)(?: [a-z]+){0,2} (?:bhej|bhejo|bhejiye|bhejdo|bhejna)\b",
     r"\b(?:tarifs?|prix|cout|couts|combien|frais|factur\w*|rates?|costs?|price|prices|charge|"
     r"charges|fees?|how much|" + _PRICE_MIXED + r")\b"),
    # Hinglish: "koi hai udhar jo samjha sake?", "isko koi senior dekh sakta hai kya?", "kisi
    # insaan se baat karni hai": someone there, a senior to look, a person to talk to.
    ("human.hinglish",
     "koi kisi",
     r"\bkoi (?:hai|he|h|hain) (?:udhar|udhr|wahan|waha|yahan|yaha|idhar|idhr|jo|kya)\b"
     r"|\b(?:koi|kisi) (?:senior|manager|banda|bande|insaan|insan|aadmi|admi|expert|engineer|"
     r"technician|officer|sahab|saab|person|human|staff|incharge)(?: [a-z]+){0,3}? (?:dekh|baat|"
     r"samjha|samjhao|call|phone|madad|help|bhej|aa|aaye|aayega|check|contact|sun)\w*"),
    # Darija, as Moroccan visitors write it: "wach kayn chi technicien li ymken yji ?" (is
    # there a technician who could come?), "bghit nhder m3a chi wahed" (I want to talk to
    # someone), "3ayto lia" (call me).
    ("human.darija",
     "kayn kain bghit bghina bghit nhder nhdar ntkellem 3ayto 3ayet 3ayti",
     r"\b(?:wach |was )?(?:kayn|kain|kayen) (?:chi|shi|si) (?:technicien|technicienne|wahed|"
     r"wa7ed|bnadem|insan|conseiller|conseillere|commercial|commerciale|responsable|mohandis|"
     r"ingenieur|chef|mol|agent|personne)\b(?: [a-z]+){0,2}? (?:li|lli) (?:ymken|imken|y9der|"
     r"i9der|yqder|iqder|yji|iji|yjiw|ychouf|ichouf|yhder|ihder|yjaweb|ijaweb|y3awen|i3awen)\b"
     r"|\b(?:bghit|bghina|bgheet|baghi|bghiit) (?:nhder|nhdar|ntkellem|ntkelem|nehder|nhdro|"
     r"nhadro|nchouf|nsowel) (?:m3a|ma3a|mea|avec) (?:chi |shi )?(?:wahed|wa7ed|bnadem|insan|"
     r"technicien|conseiller|conseillere|commercial|responsable|chef|agent|personne|chi had)\b"
     r"|\b(?:3ayto|3aytou|3ayet|3ayti|3eyto) (?:lia|liya|lina|3lia|3liya)\b"),
    # "Faut que je parle à M. Ferreira", "I must speak with Mrs Osei": a person named with a
    # title, wanted (told of in the past, "j'ai parlé à M. X", it is not asked for).
    ("human.titled_person_wanted",
     "parle parler discuter voir joindre speak talk see reach & m mr mme mlle monsieur madame "
     "mademoiselle maitre dr docteur mrs ms miss",
     r"\b(?:faut que je|faudrait que je|il faut que je|il faudrait que je|je dois|je devrais|"
     r"je dois absolument|je veux|je voudrais|je aimerais|je souhaite|je souhaiterais|"
     r"puis je|pourrais je|est ce que je peux|est ce que je pourrais|je peux|je pourrais|"
     r"besoin de|merci de me faire)(?: absolument| vraiment| urgemment| rapidement)? (?:parler|"
     r"parle|discuter|voir|joindre)(?: (?:a|avec))? (?:m|mr|mme|mlle|monsieur|madame|"
     r"mademoiselle|maitre|dr|docteur)(?: \.)? [a-z][a-z-]+\b"
     r"|\b(?:need to|have to|must|want to|would like to|d like to|can i|could i|may i|got to|"
     r"gotta)(?: urgently| really)? (?:speak|talk|see|reach|get hold of)(?: (?:to|with))? "
     r"(?:mr|mrs|ms|miss|dr)(?: \.)? [a-z][a-z-]+\b"),
    # "Mon numéro est le même que sur la facture, au cas où", "my mobile is on the order, in
    # case": one's number given to be called.
    ("human.my_number_in_case",
     "numero num tel telephone portable number mobile cell & cas besoin jamais case need needed",
     r"\b(?:mon|my) (?:numero|num|tel|telephone|portable|number|phone number|phone|mobile|cell)"
     r"(?: de (?:tel|telephone|portable))? (?:est|ce est|is|reste|stays|remains|:)\b"
     r"(?: [^ ]+){0,12}? (?:au cas ou|si besoin|si jamais|au besoin|in case|if needed|if you "
     r"need)\b"),
    # "My English on the phone is much better than my writing", "still waiting for that call
    # you promised", "too stressed to keep typing to a machine": a call, wanted.
    ("human.call_wanted_sideways",
     "phone call callback machine bot robot",
     r"\b(?:on the phone|over the phone|spoken|out loud|in person) (?:is|are) (?:much |far |a lot |"
     r"way )?(?:better|easier|clearer) than (?:my |in )?(?:writing|typing|written|text)\b"
     r"|\b(?:still )?waiting (?:for|on) (?:that|the|your|a) (?:call|callback|call back|phone call|"
     r"ring)(?: back)? (?:you|u|your colleague|your team|someone) (?:promised|said|mentioned)\b"
     r"|\b(?:too|so|really) (?:\w+ )?(?:stressed|tired|fed up|busy|upset|anxious|angry) to "
     r"(?:keep )?"
     r"(?:typing|writing|chatting|talking) (?:to|with|at) (?:a|this|the|some) (?:machine|bot|robot|"
     r"computer|program)\b"),
    # "On m'avait promis un retour téléphonique, toujours rien", "notre commercial attitré, je
    # ne l'ai jamais eu en ligne": a call promised or a named contact never reached, wanted.
    ("human.call_promised_fr",
     "promis promise promettre annonce annoncee prevu prevue attitre attitree dedie dediee "
     "referent referente",
     r"\b(?:promis|promise|annonce|annoncee|prevu|prevue) (?:un|une) (?:retour|rappel|appel|coup "
     r"de fil)(?: telephonique| par telephone)?\b[^?]{0,60}? (?:toujours rien|toujours pas|"
     r"jamais eu|rien recu|je attends toujours|on attend toujours|rien vu venir|pas de nouvelles)\b"
     r"|\b(?:commercial|commerciale|conseiller|conseillere|interlocuteur|interlocutrice|technicien|"
     r"technicienne|charge de compte|chargee de compte|contact) (?:attitre|attitree|dedie|dediee|"
     r"referent|referente)\b[^?]{0,80}?(?: ne (?:le|la|les) ai jamais (?:eu|eue|"
     r"pu (?:le |la )?joindre)|"
     r" jamais (?:eu|pu|reussi a) (?:le |la |les )?(?:joindre|avoir|contacter)| jamais eu| "
     r"(?:injoignable|impossible a joindre))\b"),
    # "Je laisse mes coordonnées : ..., au cas où", "I'll leave you my number": to be called.
    ("human.leave_my_details",
     "leave leaving laisse laisserai donne indique envoie voici voila here these give & number "
     "details digits phone mobile contact cell coordonnees numero num tel telephone portable "
     "disponibilites dispos creneaux availability availabilities slots times",
     r"\b(?:i will|i|let me|can i|could i|may i|i am) leav(?:e|ing) (?:you |u )?(?:my|me) "
     r"(?:number|details|contact details|contact|phone number|mobile|digits|cell)\b"
     r"|\bje (?:vous |te )?(?:laisse|laisserai) (?:mes coordonnees|mon (?:numero|num|tel|"
     r"telephone|portable|contact))\b"
     # "je vous laisse mes disponibilités : mardi ou jeudi", "here's my availability": a time
     # given for someone to call or come
     r"|\b(?:je (?:vous |te )?(?:laisse|laisserai|donne|indique|envoie)|voici|voila) "
     r"(?:mes|nos) (?:disponibilites|dispos|creneaux(?: libres)?)\b"
     r"|\b(?:here is|here are|here s|these are|i will leave you|leaving you|i can give you) "
     r"(?:my|our) (?:availability|availabilities|free slots|available slots|available times)\b",
     r"\b(?:commande|facture|dossier|client|contrat|order|invoice|account|reference|ticket|"
     r"tva|vat|siret|calendar|calendrier|export|import|fichier|file|planning)\b"),
    # "the FAQ doesn't cover this and I doubt you can either, so who would?": the bot ruled out,
    # a person asked for.
    ("human.who_then",
     "who qui & so then alors donc",
     r"^(?=.*\b(?:not|no|pas|ni|aucune?|nor)\b).*\b(?:so|then|alors|donc|et) (?:who|qui) "
     r"(?:would|could|can|will|does|pourrait|peut|pourra|le peut|saurait|le pourrait)"
     r"(?: then| alors| donc)?(?: \.)*\s*$"),
    # "un petit appel de votre part svp", "a call from your team would help": a call from the
    # company, wanted (one received or missed is told, not asked for).
    ("human.call_from_you",
     "appel appels coup call ring & part vous votre vos your you someone somebody",
     r"\b(?:un|une|a|an)(?: (?:petit|petite|rapide|quick|short|brief|courtesy))? (?:appel|"
     r"coup de fil|coup de telephone|call|phone call|ring) (?:de votre part|de vous|de votre "
     r"(?:equipe|service|commercial|commerciale|technicien|agence|cote)|de le votre|"
     r"from (?:you|your (?:side|end|team|office|rep|sales team|engineer|technician|company)|"
     r"someone|somebody|one of your))\b",
     r"\b(?:recu|eu|rate|manque|got|had|received|missed|get|getting|receiving|reçu)"
     r"(?: [a-z]+){0,2} (?:un|une|a|an)(?: [a-z]+)? (?:appel|call|coup de fil|ring)\b"),
    # "vos réponses automatiques c'est bien, mais mon cas est un peu particulier", "your canned
    # replies are fine but my situation is unusual": the bot's answers will not do.
    ("human.my_case_differs",
     "mais but answers replies responses options reponses scripts & cas situation dossier "
     "probleme demande case situation issue problem request query cover fit apply work match "
     "handle couvrent correspondent collent conviennent repondent",
     r"\b(?:automatiques?|automatisees?|toutes faites|generiques?|robot|bot|chatbot|faq|ia|"
     r"automated|automatic|canned|generic|standard|stock|bot|chatbot|ai|predefinies?|"
     r"preenregistrees?|predefined|preset|prewritten|pre written|scripted|preprogrammed)\b"
     r"(?: [a-z.]+){0,8}? "
     r"(?:mais|but) (?:[a-z]+ ){0,3}?(?:mon|ma|notre|my|our) (?:cas|situation|dossier|probleme|"
     r"demande|case|situation|issue|problem|request|query|setup) (?:est|is|are|a|has|se revele|"
     r"sort)"
     r"(?: [a-z]+){0,2}? (?:particuliere?|specifiques?|speciale?|compliquee?|complexe|atypique|"
     r"different|differente|unique|unusual|special|specific|complicated|complex|tricky|odd|"
     r"different|peculiar|non standard|hors norme|de le ordinaire|hors de le commun|"
     r"hors du commun|de le cadre|du cadre|des cases|out of the ordinary)\b"
     # "your predefined answers don't quite cover a seventeen-window church", "vos réponses
     # automatiques ne collent pas à notre cas"
     r"|\b(?:automatiques?|automatisees?|toutes faites|generiques?|predefinies?|"
     r"preenregistrees?|types?|automated|automatic|canned|generic|standard|stock|predefined|"
     r"preset|prewritten|pre written|scripted|preprogrammed|bot|chatbot|robot) (?:answers|"
     r"replies|responses|options|reponses|scripts) (?:do not|cannot|will not|ne) (?:quite |"
     r"really |exactly |fully |vraiment |tout a fait |du tout )?(?:cover|fit|apply to|work for|"
     r"match|handle|couvrent|correspondent|collent|conviennent|repondent)\b"),
    # "vos réponses toutes faites ne m'avancent à rien", "on a déjà perdu une heure avec vos
    # questions automatiques", "your canned answers are getting me nowhere": fed up with the
    # bot's answers, the visitor wants someone else (frustration with the bot is a request).
    ("human.fed_up_with_automation",
     "automatiques automatique automatisees toutes generiques preenregistrees robotisees "
     "automated automatic canned generic scripted prewritten robotic vague",
     r"\b(?:reponses|questions|messages|phrases|replies|answers|responses|questions|messages)"
     r" (?:automatiques|automatisees|toutes faites|generiques|preenregistrees|robotisees)\b"
     r"(?: [a-z]+){0,6}? (?:ne (?:me|nous) (?:avancent|aident|servent|menent)|ne servent a rien|"
     r"sont (?:bien |tres |fort )?(?:gentilles?|gentils|sympas?|bien|polies|polis)(?: [.,])? "
     r"mais|ce est bien(?: [.,])? mais|"
     r"tournent en rond)\b"
     r"|\b(?:perdu|gache|passe) (?:une heure|deux heures|une demi heure|[a-z0-9]+ minutes|du temps|"
     r"un temps fou|ma matinee|la matinee)(?: [a-z]+){0,3}? (?:avec|sur|a cause de|a repondre a) "
     r"(?:vos|tes|ces|les) (?:reponses|questions|messages) (?:automatiques|automatisees|toutes "
     r"faites|generiques|preenregistrees|robotisees)\b"
     r"|\b(?:automated|automatic|canned|generic|scripted|prewritten|robotic) (?:replies|answers|"
     r"responses|questions|messages)(?: [a-z]+){0,4}? (?:are not|do not|does not|is not|are|"
     r"keep) (?:helping|help|getting me (?:anywhere|nowhere)|going (?:round|around) in circles|"
     r"useless|no use|no help|a waste)\b"
     # "these replies are a touch generic for a theatre with forty wigs to rebuild"
     r"|\b(?:these|your|the|those) (?:replies|answers|responses) (?:are|seem|feel|sound) (?:a "
     r"(?:touch|bit|little|tad) |rather |too |very |quite |pretty |so )?(?:generic|canned|robotic|"
     r"scripted|vague) (?:for|to)\b"
     r"|\b(?:wasted|lost|spent) (?:an hour|two hours|half an hour|[a-z0-9]+ minutes|ages|the "
     r"morning|my morning)(?: [a-z]+){0,3}? (?:on|with|answering) (?:your|these|the) "
     r"(?:automated|automatic|canned|generic|scripted|robotic) (?:replies|answers|responses|"
     r"questions|messages)\b"),
    # "You're clearly not able to help with this one, are you?", "vous n'êtes visiblement pas
    # capable de m'aider là-dessus": the bot found wanting on this very matter, i.e. a person.
    ("human.bot_cannot_help",
     "able unable capable capables can peux pouvez & help aider",
     r"\byou (?:are|were) (?:clearly |obviously |really |just |probably |simply )?(?:not able|"
     r"unable|not going) to help (?:me |us )?(?:with|on) (?:this|that|my|our|these|it)\b"
     r"|\byou (?:can not|could not|cannot) (?:really )?help (?:me |us )?(?:with|on) (?:this|that|"
     r"these|it)\b(?: \w+){0,3} \. (?:can|could) you\b"
     r"|\b(?:vous ne etes|vous etes|tu es|tu ne es|t es) (?:visiblement |clairement |manifestement "
     r"|franchement |vraiment )?pas (?:capables?|en mesure) de (?:me |nous )?aider (?:la dessus|"
     r"sur ce (?:coup|point|sujet)|avec (?:ca|cela|ce)|pour (?:ca|cela|ce))\b"
     r"|\b(?:vous ne pouvez|vous pouvez|tu ne peux|tu peux) pas (?:me |nous )?aider (?:la dessus|"
     r"sur ce (?:coup|point|sujet)|avec (?:ca|cela)|pour (?:ca|cela))\b(?: \.| \w+){0,2} (?:hein|"
     r"nest ce pas|ne est ce pas|je me trompe|on dirait)\b"),
    # "this deserves more than a scripted reply", "ça mérite mieux qu'une réponse toute
    # faite": the question is worth more than the bot's kind of answer, i.e. a person's.
    ("human.deserves_more_than_a_script",
     "deserve deserves merits warrants needs calls merite meritent vaut valent demande & than que",
     r"\b(?:deserves?|merits?|warrants?|needs?|calls for) (?:a lot |much |far |rather |a bit "
     r")?(?:more|better) than (?:a |an |the |your |just |some )*(?:scripted|canned|automated|"
     r"automatic|generic|stock|robotic|bot|chatbot|ai|template|copy paste|one size fits all|"
     r"prewritten|pre written) (?:reply|replies|answer|answers|response|responses|message|"
     r"messages)\b"
     r"|\b(?:merite|meritent|vaut|valent|demande) (?:bien |quand meme |largement )?(?:mieux|plus)"
     r" que (?:une|des|vos|la|les|votre) (?:reponses?|messages?) (?:automatiques?|automatisees?|"
     r"toutes? faites?|generiques?|de robot|de bot|preenregistrees?|standard|type)\b"),
    # "je commence à regretter l'époque où on pouvait simplement vous téléphoner", "I miss the
    # days when you could just ring someone": a call to a person, missed.
    ("human.misses_calling",
     "regretter regrette regrettent nostalgique epoque temps miss missing days time always "
     "usually normally used",
     r"\b(?:regretter|regrette|regrettent|nostalgique de) (?:le |la )?(?:epoque|temps|bon temps) "
     r"ou (?:on|je|nous|vous|lon) (?:pouvait|pouvais|pouvions|pouviez)(?: [a-z]+){0,2}? "
     r"(?:vous |vous |les |leur )?(?:telephoner|appeler|parler|joindre|avoir quelquun)\b"
     r"|\b(?:miss|missing) the (?:days|time|old days) (?:when|where) (?:you|we|i|one) "
     r"could(?: [a-z]+){0,2}? (?:call|ring|phone|talk|speak|get hold)\b"
     # "my father always just rang Trevor. Does that still work?"
     r"|\b(?:always|usually|normally|used to)(?: just)? (?:rang|rung|called|phoned|call|ring|"
     r"phone)(?: up)? [a-z]+\b[^?]{0,40}? (?:does that still work|is that still (?:possible|ok|"
     r"okay|an option)|can (?:i|we) still (?:do that|call|ring|phone))\b"),
    # "we normally settle these things face to face", "d'habitude on règle ça de vive voix": a
    # person's way of doing business, told
    ("human.face_to_face_habit",
     "normally usually always prefer rather like habitude normalement toujours preferons "
     "prefere & face person phone vive direct telephone personne",
     r"\b(?:normally|usually|always|prefer to|would rather|like to) (?:settle|sort|discuss|do|"
     r"handle|agree|negotiate|arrange) (?:these|such|this|that|things|it|everything|our orders?|"
     r"business)(?: things| matters| out)? (?:face to face|in person|over the phone|by phone|"
     r"on the phone)\b"
     r"|\b(?:de habitude|normalement|toujours|preferons|prefere) (?:on |nous )?(?:regle|reglons|"
     r"traite|traitons|voit|voyons|discute|discutons|negocie|negocions) (?:ca|cela|ces choses|"
     r"tout|ce genre de choses) (?:en face a face|de vive voix|en direct|au telephone|en "
     r"personne)\b"),
    # "accepteriez-vous que je passe déposer les stylos et en discuter sur place ?", "could I
    # pop in with the samples and talk it over with someone?": a visit to talk with a person
    ("human.come_by_to_discuss",
     "passe passer passions venir viens vienne venions passerai viendrai drop dropped come came "
     "pop popped stop stopped swing swung & discuter parler causer discuss talk chat go",
     r"\b(?:passe|passes|passer|passions|passerai|passerais|venir|viens|vienne|venions|"
     r"viendrai|viendrais)\b(?: [a-z]+){0,8}? en (?:discuter|parler|causer) (?:sur place|de vive "
     r"voix|en personne|face a face|avec (?:vous|quelquun|quelqu un|le |la |l |un |une ))"
     r"|\b(?:drop|dropped|come|came|pop|popped|stop|stopped|swing|swung) (?:by|in|round|over)\b"
     r"(?: [a-z]+){0,8}? (?:discuss|talk|chat|go over)\w*(?: [a-z]+){0,3}? (?:in person|"
     r"face to face|on site|with (?:you|someone|somebody|one of you|the team|a |an ))"),
    # "get a real quote from a real salesperson": someone real, wanted
    ("human.from_a_real_person",
     "get getting need want have & real actual proper live",
     r"\b(?:get|getting|need|want|have)(?: [a-z]+){0,4} from (?:a |an )?(?:real|actual|proper|"
     r"live) (?:salesperson|sales person|person|human|engineer|technician|rep|representative|"
     r"advisor|adviser|expert)\b"),
    # "tel moi ds laprem": call me, in a text
    ("human.sms_call_me",
     "tel tele telephone fone apel appel apl apelle appelle & moi moa nous",
     r"(?:^|[.!?,] )(?:tel|tele|telephone|fone|apel|appel|apl|apelle|appelle)(?:e|ez)? "
     r"(?:moi|moa|nous)\b"),
    # "I'd sleep better knowing a person has checked our order", "je préfère qu'un humain
    # relise": a person's check, wanted (what the process is stays a question).
    ("human.person_to_check",
     "knowing want need like prefer rather happier better reassured prefere voudrais "
     "aimerais souhaite & person human someone somebody personne humain quelquun",
     r"\b(?:knowing|want|need|would like|prefer|rather|happier if|better if|reassured if|"
     r"feel better if|sleep better if)(?: that)? (?:a|an|some|one of your) (?:real |actual |"
     r"live |human )?(?:person|human|human being|someone|somebody|engineer|technician|expert)"
     r"(?: has| had| to| would| could| will| who| that)?(?: actually| personally| properly| "
     r"really)? (?:check|checked|checks|look|looked|looks|review|reviewed|reviews|go|gone|"
     r"went|read|double check|double checked|verify|verified|sign off|signed off|vet|vetted)"
     r"\b"
     r"|\b(?:prefere|prefererais|voudrais|aimerais|souhaite|souhaiterais|veux|serais rassuree?)"
     r"(?: bien| vraiment)? (?:que|quon|que on) (?:une (?:vraie )?personne|un (?:vrai )?humain|"
     r"quelquun|un technicien|un expert|un conseiller|une conseillere) (?:de chez vous )?"
     r"(?:verifie|relise|regarde|controle|valide|jette)\b"),
    # "what's the quickest way to get your planner on the phone?", "avoir votre technicien au
    # bout du fil": a person wanted on the line (never an app "on the phone").
    ("human.on_the_phone",
     "phone line blower fil & get getting have avoir",
     r"\b(?:get|getting|have) (?:your|ur|the|a|an|one of your|someone|somebody|anyone|"
     r"anybody)(?: [a-z]+){0,2}? (?!(?:app|apps|application|software|machine|device|printer|"
     r"scanner|router|computer|charger|tracker|controller|server|adapter|update|file|files|"
     r"number|offer|quote|invoice)\b)[a-z]+ on the (?:phone|line|blower)\b"
     r"|\b(?:avoir|joindre) (?:votre|vos|un|une|le|la|quelquun)(?: [a-z]+){0,2}? au bout du "
     r"fil\b"),
    # "j'ai déjà expliqué tout ça trois fois à une machine", "I've explained this twice to a
    # bot already": tired of the bot, a person wanted.
    ("human.explained_to_machine",
     "explique repete raconte redit reexplique explained repeated typed told & machine robot "
     "bot chatbot ia programme automate repondeur ai computer program",
     r"\bje ai (?:deja |encore |bien |maintes fois )?(?:explique|repete|raconte|redit|"
     r"reexplique|ecrit)(?: [a-z]+){0,4}? (?:(?:deux|trois|quatre|cinq|dix|plusieurs|mille|"
     r"[0-9]+) fois )?(?:a|au) (?:(?:un|une|le|la|ce|cette|votre) )?(?:machine|robot|bot|"
     r"chatbot|ia|programme|automate|repondeur)\b"
     r"|\b(?:i have|i|we have)(?: already| now)? (?:explained|repeated|typed|told|said) "
     r"(?:this|that|it|my (?:issue|problem|question|case)|everything|all this|all of this|"
     r"the same thing)(?: [a-z]+){0,3}? (?:(?:two|three|four|five|several|many|ten|[0-9]+) "
     r"times |twice |again )?(?:to|into) (?:(?:a|an|the|this|your) )?(?:machine|bot|robot|"
     r"chatbot|ai|computer|program)\b"),
    # "je ne sais pas si un chat est vraiment adapté pour parler d'un sinistre", "not sure a
    # chatbot is the right place for this": the channel doubted, a person wanted.
    ("human.chat_not_suited",
     "chat tchat chatbot robot bot messagerie assistant ia & adapte adaptee bon bonne fait "
     "faite ideal ideale approprie right best ideal suited suitable appropriate place meant",
     r"^(?=.*\b(?:pas|doute|not|doubt|wonder|hardly|unsure)\b).*"
     r"\b(?:un|le|ce|votre|la|cette) (?:chat|tchat|chatbot|robot|bot|messagerie|assistant "
     r"virtuel|agent conversationnel|fenetre de chat|ia)(?: [a-z]+)? (?:est|soit|serait|"
     r"ne est|ne soit|ne serait)(?: pas)?(?: vraiment| bien| tres| le plus)? (?:adaptee?|"
     r"le bon (?:canal|outil|endroit|moyen|interlocuteur)|la bonne (?:porte|solution)|"
     r"fait pour|faite pour|ideale?|approprie)\b"
     r"|^(?=.*\b(?:not|doubt|wonder|hardly|unsure)\b).*"
     r"\b(?:a|the|this|your) (?:chat|chatbot|bot|chat window|ai|live chat|chat box)"
     r"(?: [a-z]+)? (?:is|is not|would be|really is|is really)(?: really| quite| the)? "
     r"(?:right|best|ideal|suited|suitable|appropriate|the right (?:place|channel|way|tool)|"
     r"the place|meant) (?:for|to|place|channel|way)\b",
     # a chat offered as a product or feature is asked about, not doubted
     r"\b(?:widget|plugin|module|integration|integrer|install|installer|licen[cs]e|"
     r"abonnement|subscription|feature|fonctionnalite|option|visiteurs|visitors)\b"
     r"|\b(?:nos besoins|notre (?:site|entreprise|activite|boutique)|nos clients|our (?:needs|"
     r"site|website|business|customers|shop)|yours|le votre|la votre)\b"),
    # "the details of our brief are a bit too fiddly for a text box", "c'est trop technique
    # pour un chat": the matter said to outgrow the chat, a person wanted
    ("human.too_much_for_chat",
     "fiddly complicated complex detailed involved technical nuanced complique complexe "
     "technique & box chat tchat chatbot bot window message",
     r"\btoo (?:fiddly|complicated|complex|detailed|involved|technical|nuanced) (?:for|to "
     r"(?:explain|put|type|describe) (?:in|into|over)) (?:a|the|this|your) (?:text box|chat|chat "
     r"window|chatbox|chat box|chatbot|bot|message box)\b"
     r"|\btrop (?:complique|complexe|technique|detaille|long) (?:pour|a expliquer dans|a "
     r"expliquer par) (?:un|le|ce|votre) (?:chat|tchat|chatbot|robot|message|bot)\b"),
    # "there's a lot of nuance here that I doubt an automated system will pick up on", "je doute
    # qu'un robot comprenne mon cas": the machine judged out of its depth, a person wanted.
    ("human.machine_out_of_depth",
     "doubt doute wonder sure sur certain think pense crois convinced & system bot chatbot machine "
     "robot ai algorithm computer program ia programme systeme algorithme automate assistant "
     "software",
     # (a bare "system", "machine" or "program" may be the product: "I doubt the system will
     # handle 200 dogs"; automated, or asked to understand, it is the bot)
     r"\b(?:doubt|do not think|not sure|wonder if|wonder whether|cannot see|can not see|"
     r"not convinced) (?:that )?(?:a|an|the|this|your|any|some) (?:(?:automated|automatic|"
     r"virtual|ai|chat) (?:system|machine|program|assistant|service|reply|response)|bot|chatbot|"
     r"ai|algorithm|(?:system|machine|computer|program|assistant|robot)(?= (?:[a-z]+ )?(?:will|"
     r"can|could|would|is able to|is going to|really) (?:ever )?(?:pick up|understand|grasp|"
     r"appreciate|make sense of)\b))"
     r"(?: [a-z]+)? (?:will|can|could|would|is able to|is going to|really) (?:ever )?(?:pick up|"
     r"understand|get|grasp|follow|handle|catch|appreciate|capture|deal with|make sense of)\b"
     # "I doubt software will make sense of our kennel's setup": software at large, judged
     r"|\b(?:doubt|do not think|not convinced) (?:that )?(?:any )?software (?:will|can|could|"
     r"would) (?:ever )?(?:make sense of|understand|grasp|follow|get its head round)\b"
     r"|\b(?:doute|ne pense pas|ne crois pas|pas sur|pas certaine?|pas convaincue?)(?: que| "
     r"qu)? (?:un|une|le|la|ce|cette|votre|ton|ta) (?:(?:robot|bot|chatbot|ia|systeme "
     r"automatique|algorithme|automate|assistant virtuel)(?: [a-z]+)? (?:puisse|peut|pourra|"
     r"saura|sache|arrive a|arrivera a|comprenne|comprendra|saisisse|saisira)|(?:machine|"
     r"programme|systeme|logiciel)(?: [a-z]+)? (?:comprenne|comprendra|saisisse|saisira))\b",
     r"\b(?:widget|plugin|module|integration|feature|fonctionnalite|licen[cs]e|subscription|"
     r"abonnement|our (?:customers|visitors|clients)|nos (?:clients|visiteurs))\b"),
    # "j'attendrai qu'un de tes collègues se libère", "I'll wait for one of your colleagues to
    # be free": a person waited for.
    ("human.wait_for_person",
     "attendrai attendre attends attendra attendrons wait & collegues collegue conseillers "
     "conseiller conseillere conseilleres techniciens agents quelqu personne colleagues "
     "colleague agent someone somebody person advisor advisers advisors human humain monsieur "
     "dame gars type technicien technicienne commercial commerciale responsable patron "
     "patronne chef ingenieur ingenieure gerant gerante mecanicien representant representante "
     "interlocuteur interlocutrice guy man lady woman engineer technician tech rep salesperson "
     "manager boss owner advisor adviser fitter mechanic",
     r"\b(?:je attendrai|je vais attendre|je attends|on attendra|nous attendrons|je peux "
     r"attendre|je prefere attendre|je veux bien attendre) (?:que |qu )?(?:un|une|quelqu un)"
     r"(?: (?:conseiller|conseillere|technicien|technicienne|agent|humain|commercial|"
     r"commerciale|collegue|responsable|interlocuteur|interlocutrice))?"
     r"(?: de (?:vos|tes) (?:collegues|conseillers|conseilleres|techniciens|agents|equipes))? "
     r"(?:se libere|soit disponible|soit dispo|me reponde|me rappelle|puisse me repondre)\b"
     r"|\b(?:i will wait|i ll wait|i can wait|i am happy to wait|i do not mind waiting|i would "
     r"rather wait) (?:for|until) (?:one of your (?:colleagues|agents|advisors|advisers|team|"
     r"staff)|someone|somebody|a person|a human|an agent|an advisor|an adviser|a real person)"
     r"(?: to (?:be|become) (?:free|available)| is (?:free|available)| frees up)?\b"
     # "j'attendrai que le monsieur de l'atelier soit rentré de vacances", "I'll wait till the
     # guy from the workshop is back": a person awaited by what they do or where they work
     r"|\b(?:je attendrai|je vais attendre|je attends|on attendra|on va attendre|nous "
     r"attendrons|je prefere attendre) (?:que |qu )?(?:le|la|mon|ma|notre|votre) (?:monsieur|"
     r"dame|gars|type|technicien|technicienne|commercial|commerciale|responsable|patron|patronne|"
     r"chef|collegue|conseiller|conseillere|ingenieur|ingenieure|gerant|gerante|mecanicien|"
     r"representant|representante|interlocuteur|interlocutrice)\b(?: [a-z]+){0,4}? (?:soit "
     r"(?:rentre|rentree|revenu|revenue|de retour|la|disponible|dispo)|revienne|rentre|"
     r"me rappelle|rappelle)\b"
     r"|\b(?:i will|i ll|ill|we will|we ll|i am going to|i can) wait (?:till|until|for) (?:the|"
     r"your|ur|my|our) (?:guy|man|lady|woman|engineer|technician|tech|rep|salesperson|manager|"
     r"boss|owner|colleague|advisor|adviser|fitter|mechanic)\b(?: [a-z]+){0,4}? (?:is|gets|"
     r"comes|to (?:be|get|come)) back\b"),
    # Other languages visitors mix in: "Bitte einen Techniker schicken", "quiero hablar con
    # una persona", "parlare con un operatore", "met een medewerker spreken".
    ("human.other_languages",
     "techniker mitarbeiter mitarbeiterin menschen mensch berater beraterin ansprechpartner "
     "monteur kundenberater ruckruf hablar llame llamenme llamame tecnico humano parlare "
     "operatore qualcuno mandate medewerker monteur iemand stuur bellen",
     r"\b(?:einen?|ein|eine) (?:techniker|mitarbeiter|mitarbeiterin|menschen|berater|beraterin|"
     r"ansprechpartner|monteur|kundenberater)\b(?: \w+){0,2} (?:schicken|senden|sprechen|"
     r"anrufen|bitte|vorbeischicken)\b"
     r"|\b(?:mit|zu) (?:einem|einer) (?:menschen|mensch|mitarbeiter|mitarbeiterin|berater|"
     r"beraterin|person|techniker)(?: \w+)? (?:sprechen|reden|verbinden|telefonieren)\b"
     r"|\bruckruf\b"
     r"|\bhablar con (?:una persona|alguien|un agente|un humano|un asesor|un tecnico|una "
     r"persona real)\b|\b(?:que me llamen?|llamenme|llamame)\b"
     r"|\bparlare con (?:un operatore|un operator|una persona|qualcuno|un tecnico|un umano)\b"
     r"|\bmandate (?:un|il) tecnico\b"
     r"|\b(?:met|een) (?:een |iemand )?(?:mens|medewerker|monteur)(?: \w+)? (?:spreken|sturen|"
     r"bellen)\b|\bstuur (?:een )?monteur\b",
     r"\b(?:" + _PRICE_MIXED + r"|stundensatz|tarifa|tariffa)\b"),
    # "does your mill manager take calls from small bakeries?", "votre responsable prend-il les
    # appels ?": whether a person can be called.
    ("human.takes_calls",
     "take takes accept accepts answer answers return returns prend prennent accepte "
     "decroche do make & calls appels",
     r"\b(?:does|do|would|will|can|could) (?:your|ur|the) (?:[a-z]+ ){0,2}?(?:manager|"
     r"director|engineer|technician|rep|boss|owner|head|supervisor|salesperson|accountant|"
     r"planner|team|staff|advisor|adviser|consultant|people|guys|folks) (?:ever |still )?(?:take|"
     r"accept|answer|return|do|make) (?:phone )?calls\b"
     r"|\b(?:your|ur|the) (?:[a-z]+ ){0,2}?(?:manager|director|engineer|technician|rep|boss|"
     r"owner|head|supervisor|salesperson|accountant|planner|advisor|adviser|consultant) "
     r"(?:takes|accepts|answers|returns) (?:phone )?calls\b"
     # "I don't suppose your sales folks do phone calls anymore?"
     r"|\b(?:your|ur|the) (?:[a-z]+ )?(?:folks|people|guys|staff|team|reps|engineers|advisors|"
     r"advisers) (?:still |ever )?(?:do|take|make|answer|return) (?:phone calls|calls (?:any ?more|"
     r"these days|nowadays))\b"
     r"|\b(?:votre|le|la) (?:[a-z]+ ){0,2}?(?:responsable|directeur|directrice|technicien|"
     r"technicienne|commercial|commerciale|chef|gerant|gerante|conseiller|conseillere|"
     r"ingenieur|patron|patronne)(?: [a-z]+)?(?: il| elle)? (?:prend|accepte|decroche)"
     r"(?: il| elle)?"
     r"(?: les| des)? (?:appels|coups de fil)\b",
     r"\b(?:api|apis|webhooks?|function|functions|fonction|fonctions|sdk|software|logiciel|"
     r"system|systeme|queue|file)\b"),
    # "my dad always just rang Pat, I don't suppose that's still possible?": a person called
    # by name as before, wanted.
    ("human.as_before",
     "rang rung ring called call phoned phone & still",
     r"\b(?:always|used to|would always|would)(?: just)? (?:rang|rung|ring|called|call|phoned|"
     r"phone) (?!(?:the|a|an|your|our|customer|support|it|this|that|them|out|for|in)\b)"
     r"[a-z]+\b(?: [a-z.]+){0,12}? (?:still (?:possible|an option|doable|allowed)|can (?:i|we) "
     r"still|could (?:i|we) still)\b"),
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
     r"aux|vers|directement|en relation avec|en contact avec|svp))* " + _FR_PERSON,
     # what a screen or a panel shows: "le tableau affiche « appeler agent » en rouge"
     r"\b(?:affiche|affichent|affichait|indique|indiquent|clignote|ecran|voyant|message|"
     r"shows|displays|reads|says) (?:le message |the message )?(?:[a-z]+ ){0,2}?(?:appeler|"
     r"contacter|call|contact) (?:un |le |l |the |an |a )?(?:agent|technicien|operateur|"
     r"service|sav|support|engineer|technician|operator)\b"
     # the switchboard's hours asked about: "je n'arrive jamais à joindre votre standard après
     # 17 heures, il ferme plus tôt ?"
     r"|\b(?:joindre|appeler|contacter) (?:votre|le|l) (?:standard|accueil|hotline|ligne)\b"
     r".{0,60}\b(?:heures?|\d+ ?h|ferme|fermez|ouvert|ouvre|ouvrez|horaires)\b"),
    # "Need un tech sur site asap": a trade wanted on site, the languages mixed
    ("human.tech_on_site",
     "need besoin needs & tech technicien technicienne technician engineer ingenieur depanneur",
     r"(?<!\bai je )(?<!\bfaut il )(?<!\bdo i )(?<!\bwill i )(?<!\bdo we )"
     r"\b(?:need|needs|besoin de|besoin d|besoin du)\s+(?:un |une |a |an |d un |dun )?(?:tech|"
     r"technicien|technicienne|technician|engineer|ingenieur|depanneur)\b(?= (?:sur site|sur "
     r"place|on site|onsite|asap|urgent|urgently|today|aujourd hui|demain|tomorrow|vite|svp|"
     r"please|stp|rapidement|quickly)\b)"),
    # "vous pouvé me passé la compta ?", "passez-moi la direction": a department one is put
    # through to, as a switchboard does
    ("human.fr_passer_service",
     "passez passe passer pouvez pouve pouvez peux peut & compta comptabilite direction "
     "accueil secretariat facturation logistique atelier planning",
     r"\b(?:passez moi|passe moi|passer moi|repassez moi|me passer|(?:pouv\w*|peux|peut)"
     r"(?: vous| tu)? me pass(?:er|e|ez))(?: svp| directement)? (?:la |le |l |au |a la )?"
     r"(?:compta|comptabilite|direction|accueil|secretariat|facturation|logistique|atelier|"
     r"planning)\b"),
    # "votre service client existe encore en dehors de cette fenêtre ?", "does your customer
    # service even exist?": doubting that people stand behind the chat is asking for them
    ("human.service_still_exists",
     "existe existent exist exists & service sav standard support hotline gens humain humains "
     "quelquun customer staff people human humans helpdesk",
     r"\b(?:service (?:client|clients|clientele)|vrais? gens|des gens|humains?|quelquun)"
     r"(?: de chez vous)?(?: [,.])?(?: ca| cela)? (?:existe|existent)(?: t il| il)? (?:encore|"
     r"toujours|vraiment|"
     r"seulement|quelque part)\b(?! pour (?:la|le|les|cette|ce|ces) )"
     r"|\b(?:does|do) (?:your|a|the|any) (?:customer service|customer support|support team|"
     r"helpdesk|help desk|humans?|staff|real people|actual people) (?:still |even |actually |"
     r"really )?exist\b"),
    ("human.fr_vouloir",
     "veux voudrais souhaite souhaiterais aimerais prefere prefererais exige demande besoin "
     "faut faudrait donnez donne avoir obtenir & " + _FR_PERSON_WORDS,
     r"\b(?:veux|voudrais|souhaite|souhaiterais|aimerais|prefere|prefererais|exige|demande|"
     r"besoin de|besoin du|besoin des|il me faut|il me faudrait|il nous faut|il nous faudrait|"
     r"donnez moi|donne moi|avoir|obtenir)"
     r"(?: (?:parler|discuter|echanger) (?:a|avec|au))? " + _FR_PERSON + _FR_WANT_END),
    ("human.fr_personne_joignable",
     "parler contacter joindre appeler ecrire adresser discuter & " + _FR_PERSON_WORDS,
     r"\b(?:" + _FR_NOUN + r"|personnes?)" + _FR_POST
     + r" (?:que|a qui|avec qui|a laquelle|avec laquelle|auquel|avec lequel|qui) "
     r"(?:je|on) (?:peux|pourrais|puisse|peut|pourrait|dois) (?:parler|contacter|joindre|"
     r"appeler|ecrire|me adresser|discuter)\b"),
    # "Une démonstration du logiciel avec une vraie personne, ça se fait ?": an exchange
    # asked for with a person, marked as one (not "une formation avec un expert", which asks
    # what a service includes)
    ("human.fr_echange_avec_personne",
     "avec & personne personnes humain humains etre etres",
     r"\b(?:demo|demonstration|presentation|rdv|rendez vous|visio|visioconference|appel|"
     r"entretien|echange|reunion|session|visite|discussion|conversation|point|call) "
     r"(?:[a-z]+ ){0,5}?avec (?:une|un|des|de) (?:vraie?s? |reelle?s? |veritables? )?"
     r"(?:vraies? personnes?|personnes? (?:reelles?|physiques?|en chair et en os)|"
     r"etres? humains?|humains?)\b"),
    ("human.fr_y_a_t_il",
     "y il avez "
     "& humain humains etre etres personne personnes quelquun conseiller conseillere "
     "conseillers conseilleres agent agents",
     r"\b(?:y a t il|y at il|y a|il y a|est ce que il y a|est il|avez vous|vous avez)"
     r"(?: (?:des|un|une|du|encore|aussi|vraiment|bien))* (?:vrais? |vraies? |reels? |"
     r"veritables? )?(?:humains?|etres? humains?|personnes? (?:reelles?|physiques?)|"
     r"vraies? personnes?|une personne|des personnes|quelquun(?: de reel| de vrai)?|"
     r"conseill(?:er|ere)s?|agents?)(?=\s*(?:$|\.|\b(?:"
     # ("y a quelqu'un qui descend dedans ?": how a tank is inspected, not a person asked for)
     r"qui(?! (?:descend|descendent|monte|montent|grimpe|grimpent|plonge|plongent|rampe|"
     r"rampent|rentre|rentrent|entre|entrent) (?:dedans|dans|sur|en haut|au fond|la dedans|"
     r"la haut|a le interieur|a linterieur))|a qui|avec qui|que je|disponible|"
     r"en ligne|pour|reels?|reelles?|la|ici|de disponible)\b))",
     # "y a qqn de réel qui lit ça ?": who reads, asked (the bot's identity)
     r"\bqui (?:me |nous )?(?:lit|lis|lisent|ecrit|ecris|ecrivent|repond|reponds|repondent|tape|"
     r"tapes|tapent|redige|rediges)(?=\s*(?:$|\.|\b(?:ca|cela|ceci|mes|nos|ces|ce chat|"
     r"ce message|ici|vraiment|en vrai|de le autre cote|les messages|les reponses|ce que|"
     r"ce qui|tout ce)\b))"),
    ("human.fr_aide_humaine",
     "humain humaine humains humaines",
     r"\b(?:aide|assistance|support|service|soutien|contact|interlocuteur|reponse|"
     r"intervention|accompagnement|avis|conseil|regard|oeil|diagnostic|expertise)s? "
     r"(?:[a-z]+ )?humaine?s?\b",
     # "notre service ressource(s) humaine(s)": a department, not a person asked for
     r"\bressources? humaines?\b"),
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
     "rappelees recontacte recontactee recontactes recontactees rappel mappelle mrappelle "
     "appelle",
     r"\b(?:rappelez|rappelle|rappeler|appelez|recontactez|recontacter|contactez) moi\b"
     r"|\bme (?:rappeler|recontacter|rappelle|rappeliez|rappellerez|telephoner)\b"
     r"|\bme (?:contacter|appeler|appeliez|contactiez)(?=\s*(?:$|\.|\b(?:svp|au|par|demain|"
     r"aujourd|rapidement|vite|des que|le plus vite)\b))"
     r"|\b(?:etre|soit|suis) (?:rappelee?|recontactee?)s?\b|\bdemande de rappel\b"
     # "faut qu'on m'appelle", "que quelqu'un me rappelle" (SMS glues "m'appelle": never
     # "je m'appelle", a name)
     r"|\b(?:quon|que on|qu on|quelquun|qqn|qqun|qq1) (?:mappelle|mrappelle|(?:me |m )"
     r"(?:appelle|rappelle|recontacte|contacte|telephone))\b"
     r"|\brappel telephonique\b"),
    ("human.fr_a_qui_parler",
     "qui",
     r"\ba qui (?:puis je|je peux|dois je|je dois|pourrais je|me adresser|est ce que je peux|"
     r"parler|ecrire)\b|\bqui (?:dois je|je dois|puis je|je peux|peut on|faut il) "
     r"(?:contacter|appeler|joindre)\b"),
    ("human.fr_quelquun_m_aide",
     "aider rappeler appeler contacter repondre recontacter joindre reponde repond parle aide "
     "contacte appelle rappelle ecrive recontacte prenne "
     "& quelquun conseiller conseillere humain agent personne technicien commercial "
     "interlocuteur",
     r"\b(?:quelquun|un conseiller|une conseillere|un humain|un agent|une personne|"
     r"un technicien|un commercial)(?: de chez vous)? (?:peut|pourrait|pourra|va|doit|"
     r"peut il|pourrait il|pourriez|pouvez|puisse) (?:me|nous) (?:aider|rappeler|appeler|"
     r"contacter|repondre|recontacter|joindre)\b"
     # "je veux qu'un humain me réponde", "il faudrait que quelqu'un de chez vous me rappelle"
     r"|\b(?:veux|voudrais|aimerais|souhaite|souhaiterais|exige|prefere|prefererais|faut|"
     r"faudrait|besoin) (?:que|quon|que on) (?:(?:un|une) (?:vrai |vraie )?(?:humain|humaine|"
     r"personne|conseiller|conseillere|agent|technicien|technicienne|commercial|commerciale|"
     r"interlocuteur|interlocutrice)|quelquun(?: de reel| de vrai)?)(?: de chez vous)? "
     r"(?:me|nous) (?:reponde|repond|repondre|parle|aide|contacte|appelle|rappelle|ecrive|"
     r"recontacte|prenne en charge)\b"),
    # "Je sollicite l'intervention d'un frigoriste", "nous demandons une visite sur site", "we'd
    # like to arrange an engineer visit": a visit asked for (what it costs is a question).
    ("human.visit_requested",
     "intervention visite deplacement visit callout call & sollicite sollicitons demande "
     "demandons requiers souhaite souhaitons voudrais voudrions aimerais aimerions faut request "
     "requesting arrange arranging organise organize book booking",
     r"\b(?:je|nous|on) (?:vous )?(?:sollicite|sollicitons|demande|demandons|requiers|"
     r"souhaite|souhaitons|voudrais|voudrions|aimerais|aimerions) (?:une|le|la|votre|un) "
     r"(?:nouvelle |nouveau |petite |petit )?(?:intervention|visite|deplacement)"
     r"(?: (?:urgente|rapide|technique|sur site|sur place|chez nous|de votre part))?"
     r"(?=\s*(?:$|\.|\b(?:de|du|des|sur|chez|dans|a|au|pour|rapidement|en urgence|au plus vite|"
     r"des que|avant|cette|ce|demain|svp|merci|la|car|:)\b))"
     r"|\b(?:i|we)(?: would| d)? (?:like to |want to |wish to |need to )?(?:request|arrange|"
     r"organise|organize)(?: for)? (?:a|an|the|another) (?:[a-z]+ ){0,2}?(?:visit|call ?out)\b",
     r"\b(?:tarifs?|prix|cout|couts|combien|frais|factur\w*|devis|rates?|costs?|price|prices|"
     r"quote|fees?|how much|how do|comment|formulaire|form|online|en ligne|where|ou|"
     + _PRICE_MIXED + r")\b"),
    # "j'aurais besoin d'un vrai avis technique", "I need a real person's opinion": a person's
    # judgement wanted, rather than the bot's.
    ("human.real_opinion",
     "avis conseil diagnostic regard expertise opinion advice assessment & vrai vraie "
     "veritable reel reelle real actual human person expert engineer",
     r"\b(?:besoin|envie|voudrais|aimerais|souhaite|souhaiterais|prefererais) (?:de |d )?"
     r"(?:un|le|une) (?:vrai|veritable|reel) (?:avis|conseil|diagnostic|regard|expertise)\b"
     r"|\b(?:need|want|would like|like|prefer|rather have)(?: to get| to have)? (?:a|an|some) "
     r"(?:real|actual|human) (?:[a-z]+ )?(?:opinion|advice|assessment|judgement|judgment)\b"
     r"|\b(?:opinion|advice|assessment|judgement|judgment|eyes) (?:from|of) (?:a|an) (?:real |"
     r"actual )?(?:person|human|human being|engineer|expert|technician)\b"),
    # "Mon numéro est dans la fiche client, au cas où", "you've got my number on file", "my
    # mobile number is on the enquiry form, in case that's useful": to be
    # called (not when the number is to be changed or removed).
    ("human.number_on_file",
     "numero num tel telephone portable number mobile cell digits & dans sur est figure have "
     "got is s on in avez",
     r"\bmon (?:numero|num|tel|telephone|portable|06|fixe)(?: de telephone| de portable)? "
     r"(?:est|figure|se trouve|est bien|est deja|doit etre|devrait etre) (?:dans|sur|en) "
     r"(?:la |le |votre |vos |ma |mon |notre )?(?:fiche|dossier|compte|espace|profil|base|"
     r"signature|fichier|crm|systeme|formulaire)"
     r"|\bvous (?:avez|aviez) (?:deja |bien )?mon (?:numero|num|tel|telephone|portable)\b"
     r"|\bmy (?:number|phone number|mobile|cell|digits|mobile number)(?: is| s| should be)? "
     r"(?:already )?(?:on|in) (?:the |your |my )?(?:(?:enquiry|inquiry|contact|booking|order|"
     r"quote|web|online) )?(?:file|account|system|records?|profile|crm|signature|form)\b"
     r"|\byou (?:have|ve got|have got|should have|already have|got) my (?:number|mobile|"
     r"phone number|cell|digits)\b",
     r"\b(?:change|changer|modifier|modifie|corriger|mettre a jour|update|updated|updating|"
     r"wrong|incorrect|faux|errone|erronee|ancien|old|supprim\w*|delete|remove|efface\w*|"
     r"why|pourquoi|how|comment|where|ou avez|correct|correcte|right|up to date|a jour|"
     r"verifier|check|verify|confirm|confirmer|still|toujours|is my|est ce que mon)\b"),
    # "Vous avez sûrement des collègues plus calés sur les raccords ?", "surely someone more
    # knowledgeable could look": someone who knows more, wanted.
    ("human.someone_more_versed",
     "plus more better mieux & cales calee calees cale competents competent competente "
     "competentes qualifies qualifie experimentes experimente pointus pointu renseignes "
     "informes knowledgeable qualified experienced clued informed versed technical",
     r"\b(?:des |un |une |vos |de )?(?:collegues?|confreres?|quelquun|gens|personnes?) (?:de )?"
     r"(?:plus|mieux) (?:cales?|calees?|competente?s?|qualifiee?s?|experimentee?s?|pointue?s?|"
     r"renseignee?s?|informee?s?|au fait)\b"
     r"|\b(?:colleagues?|someone|somebody|anyone|anybody|a person|people|folks)(?: (?:who|that) "
     r"(?:is|are|s))? (?:more|better) (?:knowledgeable|qualified|experienced|clued up|informed|"
     r"versed|technical)\b",
     r"\b(?:than|que (?:nous|moi|les autres|vos concurrents))\b"),
    # "Whoever handled our brine pump last winter really knew their stuff, just saying",
    # "celui qui est venu l'an dernier connaissait son affaire": that person, wanted again.
    ("human.that_one_again",
     "whoever engineer technician guy lady chap person celui celle technicien technicienne "
     "gars & knew knows connaissait savait was etait",
     r"\b(?:whoever|the (?:engineer|technician|tech|guy|lady|chap|fellow|person|bloke)s? "
     r"(?:who|that)) (?:handled|dealt with|did|fixed|serviced|looked after|came|sorted|"
     r"installed|repaired|inspected|was on)\b(?: [a-z]+){0,10}? (?:really |clearly |actually )?"
     r"(?:knew|knows) (?:their|his|her|what) (?:stuff|onions|job|trade|business|they|he|she)\b"
     r"|\b(?:celui|celle|le technicien|la technicienne|le gars|la personne) qui (?:est venue?|"
     r"a fait|a traite|se est occupee?|a repare|a installe|a gere|a suivi)\b(?: [a-z]+){0,10}? "
     r"(?:connaissait|savait|maitrisait) (?:son|sa|bien son|vraiment son|ce que)\b"),
    # "Does anyone over there pick up the phone anymore?": calls unanswered, a person wanted.
    ("human.anyone_picks_up",
     "anyone anybody someone somebody guys lot staff team office people quelquun "
     "& pick answer return decroche repond",
     r"\b(?:does|do|will|would|can|is) (?:anyone|anybody|someone|somebody|any of you|you guys|"
     r"you lot|your (?:team|staff|office|people))(?: (?:over there|there|at your end|in your "
     r"office|ever|actually|still|even|at all))* (?:pick(?:ing)? up|answer(?:ing)?|return(?:ing)?) "
     r"(?:the |your |a |my |their |any )?(?:phone|phones|calls?)\b"
     # "quelqu'un décroche encore chez vous ?" (a complaint told, "personne ne répond au
     # téléphone", stays one)
     r"|\bquelquun (?:chez vous |la bas )?(?:decroche|repond au telephone) (?:encore|parfois|"
     r"un jour|des fois)\b"),
    # "We need eyes on site, the unit is leaking again", "can we get some expert eyes on it?":
    # someone to come and look.
    ("human.eyes_on",
     "eyes & on",
     r"\b(?:need|needs|want|get|have|send|could use)(?: some| a pair of| a set of)?"
     r"(?: expert| fresh| human| trained| professional| qualified)? eyes on (?:site|it|this|that|"
     r"the (?:site|unit|job|system|machine|roof|plant|ground))\b",
     r"\b(?:camera|cctv|monitoring|sensor|sensors|app|dashboard)\b"),
    # "My colleague suggested I ask for the lady who quoted us last year", "je voudrais
    # demander la dame qui nous avait fait le devis": someone known from before, asked for.
    ("human.ask_for_that_one",
     "ask asking demander demande & lady woman man gentleman guy chap bloke person fellow girl "
     "dame monsieur personne gars technicien technicienne commercial commerciale",
     r"\b(?:ask|asking|asked) for (?:the|that) (?:lady|woman|man|gentleman|guy|chap|bloke|person|"
     r"fellow|girl|engineer|technician|salesman|saleswoman|rep) (?:who|that|from)\b"
     r"|\b(?:demander|demande) (?:la|le|cette|ce) (?:dame|monsieur|personne|gars|technicien|"
     r"technicienne|commercial|commerciale) qui (?:nous|me|mavait|mavaient|avait|a)\b"),
    # "Est-ce que, par hasard, un vrai spécialiste lirait ces messages ?", "does a real person
    # ever read these?": whether someone reads, asked; the disclosure is given as well.
    ("human.someone_reads",
     "vrai vraie vrais vraies real actual & lirait lit lisent liraient lira liront lire verra voit "
     "regarde read reads see sees look looks",
     r"\b(?:un|une|des) (?:vrai|vraie|vrais|vraies) (?:[a-z]+ ){1,3}?(?:lirait|lit|lisent|"
     r"liraient|lira|liront|va lire|pourrait lire|verra|voit|regarde) (?:ces|mes|nos|vos|les|ce|"
     r"mon|notre) (?:messages?|questions?|demandes?|lignes|echanges?|mots)\b"
     r"|\b(?:a|an|any|some) (?:real|actual) (?:[a-z]+ ){1,3}?(?:ever |actually )?(?:read|reads|see|"
     r"sees|look at|looks at) (?:these|my|our|the|this) (?:messages?|questions?|requests?|"
     r"lines|chats?|words)\b"),
    # "nous aurions tout intérêt à nous voir sur place", "une présence de votre technicien le
    # jour de la livraison rassurerait": a meeting or someone's presence on site, wished for.
    ("human.meet_on_site",
     "voir voie voyions rencontrer retrouver presence & place site chantier livraison jour",
     r"\b(?:nous|se|on se) (?:voir|voie|voyions|rencontrer|rencontrions|retrouver|retrouvions) "
     r"(?:sur place|sur site|sur le chantier|au chantier)\b"
     r"|\b(?:une|la) presence (?:de votre|de vos|dun de vos|dune de vos|de un de vos|de une de "
     r"vos|de un|de une|dun|dune) (?:[a-z]+ )?(?:techniciens?|techniciennes?|commerciale?s?|"
     r"commerciaux|conseill(?:er|ere)s?|installat(?:eur|rice)s?|responsables?|representante?s?|"
     r"experte?s?|specialistes?|poseurs?|monteurs?|artisans?|equipes?)\b"),
)
