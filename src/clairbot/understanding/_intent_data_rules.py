"""Rules for the data-subject rights asked in the chat: "supprimer mes données", "export my
data" (GDPR art. 12(2): exercising a right must be made easy, in the channel at hand).

They run on the normalized text (accents folded, "l'" read as "le").
"""

from __future__ import annotations

import re

_MY_DATA_FR = r"(?:toutes )?(?:mes|les|mon|toutes les) (?:donnees|informations|infos|historique)"
_MY_DATA_EN = r"(?:all )?(?:of )?my (?:personal )?(?:data|information|info|details|history)"

ERASE = re.compile(
    rf"\b(?:supprim\w*|effac\w*|detrui\w*|oubli\w*|eliminer) {_MY_DATA_FR}\b"
    r"|\bdroit a (?:le )?oubli\b|\bdroit (?:a|de) (?:le )?effacement\b"
    rf"|\b(?:delete|erase|remove|wipe|purge|destroy) {_MY_DATA_EN}\b"
    r"|\bforget (?:about )?me\b|\bright to (?:be forgotten|erasure)\b")

EXPORT = re.compile(
    rf"\b(?:export\w*|telecharg\w*|recuper\w*|obtenir|acceder a|consulter|voir) {_MY_DATA_FR}\b"
    r"|\bdroit (?:de |d )?acces\b|\bportabilite\b"
    rf"|\bcopie (?:de|des) {_MY_DATA_FR[len('(?:toutes )?'):]}\b|\bcopy of {_MY_DATA_EN}\b"
    r"|\bquelles (?:donnees|informations) (?:avez vous|detenez vous|conservez vous|gardez vous)\b"
    rf"|\b(?:export|download|get|access|see|obtain|request) (?:a copy of )?{_MY_DATA_EN}\b"
    r"|\bright (?:of|to) (?:access|data portability)\b"
    r"|\bwhat (?:personal )?(?:data|information) do you (?:have|hold|keep|store) (?:on|about) me\b")

OBJECT = re.compile(
    r"\bje me oppose (?:au|a le|a la) (?:traitement|utilisation|exploitation)\b"
    r"|\bdroit de opposition\b|\bopposition au traitement\b"
    rf"|\b(?:ne plus|arretez de|cessez de) (?:utiliser|traiter|exploiter) {_MY_DATA_FR}\b"
    r"|\bi object to (?:the |you )?(?:processing|using|use|usage)\b|\bright to object\b"
    rf"|\b(?:stop|quit) (?:using|processing|analy[sz]ing) {_MY_DATA_EN}\b")

# Marketing refused (GDPR art. 21(2)-(3): an objection to direct marketing always stands):
# "désinscrivez-moi de la newsletter", "arrêtez de m'envoyer des SMS promo", "unsub me from
# the newsletter", "no more sales calls". Only with what is refused named: "se désabonner" or
# "unsubscribe" alone may be a subscription to the service being ended.
_MARKETING_FR = (r"(?:newsletters?|news ?let+(?:ers?|res?)|infolettres?|lettres? de information|"
                 # ("la lettre d'info", as chats shorten it)
                 r"lettres? de info|lettres? info|"
                 r"listes? de (?:diffusion|envoi|contacts?)|"
                 r"listes? (?:marketing|promo\w*|commerciales|publicitaires|de prospection)|"
                 r"(?:(?:e ?)?mails?|courriels?|sms|messages?) pubs?|"
                 r"mailing(?: list)?|fichiers? (?:clients?|prospects?|commercial)|"
                 # ("vos apels comerciaux", "vos appelle commerciaux": misspelt, as chats
                 # write them)
                 r"(?:(?:e ?)?mails?|courriels?|sms|textos?|messages?|alertes?|offres?|ap+el+e?s?|"
                 r"campagnes?|envois?)"
                 r"(?: \w+){0,2}? (?:promo\w*|comm?ercia(?:l|ux)|comm?erciales?|marketing|"
                 r"publicitaires?|de prospection|de demarchage)|"
                 r"pubs?|publicites?|promo\w*|prospectus|demarchage\w*|prospection)")
_MARKETING_EN = (r"(?:newsletters?|news ?let+ers?|mailing lists?|mailings|email lists?|"
                 # "the monthly tuning bulletin", "your weekly digest"
                 r"(?:\w+ )?bulletins?|(?:weekly|monthly) digests?|mailshots?|"
                 r"(?:e ?mail|contact|sms|text) list|"
                 r"market+ing(?: \w+)?|promo\w*|advertising|adverts?|ads|spam|sales calls?|"
                 # "no more texts about festival deals": what is sold, named
                 r"deals|discounts|special offers|"
                 r"cold calls?|offers?|catalog(?:ue)? e ?mails?|(?:sales|marketing) e ?mails?)")
# Not what a product's users may opt out of: "does it let users opt out of marketing emails?"
_NOT_THEIRS = (r"(?<!users )(?<!customers )(?<!clients )(?<!recipients )(?<!subscribers )"
               r"(?<!people )(?<!they )(?<!contacts )(?<!members )")
MARKETING = re.compile(
    # ("retirez mon adresse de vos campagnes marketing": what is taken off may be named)
    r"\b(?:desinscri\w*|desabonn\w*|retir\w*|enlev\w*|radi\w*|supprim\w*)(?: moi| me| nous|"
    r" (?:mon|ma|notre) (?:adresse(?: e ?mail| mail)?|e ?mail|numero|contact|nom))?"
    r"(?: (?:de|des|du|de la|de le|a|aux))? (?:(?:toutes|tous) )?(?:(?:votre|vos|la|le|les|ma|"
    r"mon|mes) )?"
    rf"{_MARKETING_FR}\b"
    # "ne plus me compter parmi les destinataires de vos promos"
    r"|\bne plus (?:me|nous) compter parmi (?:les|vos) (?:destinataires|abonnes|inscrits)\b"
    # "don't send me any more SMS about the summer ice-cream deals"
    r"|\b(?:do not|dont|don t|never) (?:send|text|e ?mail|message) (?:me|us) (?:any more|anymore|"
    r"again|more)\b(?: \w+){0,8}? " + _MARKETING_EN + r"\b"
    # "désabonnez-moi des SMS": what one unsubscribes from is a list, whatever the channel
    r"|\b(?:desinscri\w*|desabonn\w*)(?: moi| nous)? (?:de|des|de vos|de tous les|a vos) "
    r"(?:sms|textos?|mails?|e mails?|courriels?|appels)\b"
    # "ne m'envoyez plus d'offres promotionnelles", "ne nous appelez plus pour vos promos"
    r"|\bne (?:(?:me|nous) (?:envoyez|envoie|adressez|appelez|contactez|demarchez|sollicitez|"
    r"spammez)|menvoyez|menvoie|mappelez|mecrivez) (?:plus|jamais plus|plus jamais)\b"
    r"(?:(?: \w+){0,5} " + _MARKETING_FR + r"\b"
    r"| (?:de |des |vos |les |ces )?(?:offres|catalogues?|sms|textos|mails|e mails|courriels|"
    r"newsletters?)\b(?!(?: \w+){0,3} (?:suivi|livraison|factur\w*|confirmation|commandes?)\b))"
    # ("arretez d envoyer des textos": the elision typed as a bare letter)
    r"|\b(?:ne (?:plus|pas) |(?:veux|souhaite|voudrais|desire) plus |plus |arretez de? |"
    r"cessez de? |stop (?:de? )?|arreter de? |arrete de? )(?:me |nous )?"
    r"(?:envoyer|recevoir|adresser|appeler|contacter|demarcher|menvoyer|mappeler|mecrire)\b"
    rf"(?:(?: \w+){{0,5}} {_MARKETING_FR}\b"
    # a bare channel right after the verb ("arrêtez de m'envoyer des SMS"), but not the
    # messages an order or an account needs ("les mails de suivi", "la facture par mail")
    r"| (?:(?:des|de|vos|les|ces|d) )?(?:offres|catalogues?|sms|textos|mails|e mails|courriels)\b"
    r"(?!(?: \w+){0,3} (?:suivi|livraison|factur\w*|confirmation|commandes?|relances?|"
    r"paiements?|rappels?|securite|mot de passe|compte)\b))"
    r"|\b(?:stop|plus de|fini les) (?:le |la |les |aux |a la )?(?:sms promo\w*|"
    r"(?:e ?)?mails? (?:promo\w*|marketing|publicitaires|commerciaux)|"
    r"pubs?|demarchage\w*|prospection|appels? commerciaux|newsletters?)\b"
    # (what users of a product may opt out of is a question: "let users opt out of ...")
    r"|" + _NOT_THEIRS +
    rf"\b(?:unsubscribe|unsubscrib|unsubcribe|unsuscribe|unsubscibe|unsub|opt (?:me |us )?out)\b"
    rf"(?: \w+){{0,4}} {_MARKETING_EN}\b"
    r"|^(?:please )?(?:unsubscribe|unsub)(?: me| us)?(?: please| thanks| pls| svp| merci)?"
    r"(?: \.)*(?: [.,]|$)"
    # "stop sms pls unsubscribe": a channel stopped, as texts write it, then the opt-out
    r"|^(?:stop|arrete\w*|no more) (?:the |les |vos |your |ur )?(?:sms|texts?|textos?|"
    r"e ?mails?|mails?|newsletters?|whatsapps?)(?: please| svp| stp)?(?: \.)* (?:unsubscribe|"
    r"unsub|desabonne\w*|desinscri\w*)\b"
    # "I've changed my mind about the promotional texts, so please opt me out": the offers
    # named before, the opt-out closing the sentence
    r"|\b(?:please|pls|kindly|so) opt (?:me|us) out(?= *(?:[.!,]|$))"
    # "je m'étais inscrit aux offres promo, mais finalement je préfère ne plus rien recevoir
    # de votre part"
    r"|\b(?:prefere|preferons|prefererais|voudrais|souhaite|souhaiterais|aimerais|veux) ne plus "
    r"rien recevoir\b(?! par (?:la poste|courrier|voie postale|papier))"
    r"|\bne plus (?:rien )?recevoir (?:de votre part|de vous|de chez vous)\b"
    # "vos offres sont sympas, mais ma boîte déborde ; je préférerais ne plus les recevoir":
    # the offers named before, refused by a pronoun
    rf"|\b(?:{_MARKETING_FR}|vos (?:e ?mails|mails|courriels|sms|textos|messages|envois|"
    r"offres|catalogues?))\b(?!(?: \w+){0,3} (?:suivi|livraison|factur\w*|confirmation|"
    r"commandes?|relances?|paiements?|rappels?|securite|mot de passe|compte)\b)"
    r"[^?]{0,80}? (?:je|nous|on) (?:prefere|preferons|prefererais|"
    r"prefererions|aimerais|aimerions|voudrais|voudrions|souhaite|souhaiterais|souhaitons|"
    r"souhaiterions) ne plus (?:les|en) recevoir\b"
    # "arrêtez de m'appeler pour vos offres, ça suffit"
    r"|\b(?:arretez|arreter|cessez|stop) de (?:me|m|nous) (?:appeler|relancer|harceler|ecrire|"
    r"envoyer des \w+) pour (?:vos|des|les|ces) (?:offres|promos?|pubs?|publicites|produits|"
    r"abonnements|ventes)\b"
    # "untick me from all the promotional emails"
    r"|\b(?:untick|uncheck|untag) (?:me|us) (?:from|off) (?:all |the |your )*(?:\w+ )?"
    + _MARKETING_EN + r"\b"
    # ("abeg remove my name from your WhatsApp promo list")
    r"|\b(?:take|remove) (?:me|us|(?:my|our) (?:e ?mail(?: address)?|address|number|details|"
    r"contact|name))"
    r"(?: \w+)? (?:off|from) (?:the |your |ur |all )?(?:\w+ ){0,2}(?:lists?|mailing)\b"
    r"|\b(?:rather not|prefer not to|do not want to|dont want to|no longer (?:wish|want) to|"
    r"would like not to) (?:be|stay|remain) (?:on|in|subscribed to) (?:the |your |ur |this |that "
    r"|any )?(?:\w+ ){0,2}?(?:" + _MARKETING_EN + r"|(?:mailing|email|e mail|contact|"
    r"distribution|subscriber) lists?)\b"
    # (Nigerian Pidgin "mi no want una promo messages again")
    r"|\b(?:stop|stopp|quit|no more|do not want|dont want|no want|no wan|nor want|"
    r"no longer (?:wish|want) to (?:receive|recieve|recive|get)|"
    r"turn off|"
    r"switch off|"
    r"not interested in|(?:prefer|rather) not (?:to )?(?:keep )?(?:receive|get|receiving|getting))"
    r"\b(?: \w+){0,4} " + _MARKETING_EN + r"\b"
    # "stop sms merci", "plus de newsletter svp": a bare channel refused, the whole message
    r"|^(?:stop|plus de|fini les|arretez|arreter|no more) (?:les |des |vos |the |your )?(?:sms|"
    r"textos?|mails|e mails|newsletters?|pubs?|texts|e ?mails)(?: (?:svp|stp|merci|please|"
    r"thanks|thx))*(?: \.)*$"
    # "je veux plus de votre newsletter", "I don't want your emails anymore"
    # ("je veu plus recevoire vos SMS de promo": misspelt, as chats write it)
    # ("je veux plu recevoir vos apels commerciale": "plus" misspelt too)
    r"|\b(?:veux|veut|veu|voulons|souhaite|souhaitons) plus? (?:de |recevoir |recevoire |"
    r"resevoir )?(?:votre|vos|la|les|"
    r"ta|tes|de) (?:newsletters?|lettres? de information|sms|mails|e mails|courriels|pubs?|"
    r"offres|" + _MARKETING_FR + r")\b"
    r"|\b(?:do not|dont|don t) want (?:your|you are|youre|ur|any more|any|those|these) "
    r"(?:e ?mails|newsletters?|texts|sms|messages|offers|calls|promos?)\b"
    # "enlevez-moi de la liste", "ôtez-moi de votre liste d'envoi", "retirez mon mail de la
    # liste des webinaires", "unsubcribe me"
    r"|\b(?:enlev|retir|supprim|radi|ot)\w* (?:moi|nous|(?:mon|ma|notre) (?:(?:e ?)?mail|adresse"
    r"(?: e ?mail| mail| courriel)?|courriel|numero|contact|nom)) (?:de|des|du) "
    r"(?:la |votre |vos |cette |ces |le )?(?:liste|listes|fichier|mailing|newsletter)\b"
    # "arrêtez les appels commerciaux", "cessez vos SMS promotionnels"
    r"|\b(?:arretez|arreter|cessez|cesser|stoppez|stopper|stop) (?:les |vos |ces |tous les |"
    r"toutes les |la |le |votre |vos )?" + _MARKETING_FR + r"\b"
    r"|\b(?:unsubscribe|unsubscrib|unsubcribe|unsuscribe|unsubscibe|unsub) (?:me|us|moi|nous)\b"
    # "opt out of the WhatsApp updates"
    r"|" + _NOT_THEIRS + r"\bopt (?:me |us )?out (?:of|from) "
    r"(?:the |your |all |these |those |any )?(?:\w+ ){0,2}"
    r"(?:updates|messages|texts|e ?mails|newsletters?|offers|alerts|notifications|calls|"
    r"marketing|promos?)\b"
    # "cesser l'envoi de votre lettre d'information", "kindly cease all marketing calls"
    r"|\b(?:cesser|cessez|arreter|arretez|suspendre|suspendez|stopper|stoppez|interrompre|"
    r"interrompez) (?:le |les )?(?:envoi|envois|reception) (?:de |des |du )?(?:(?:votre|vos|la|"
    r"le|les|cette|ces) )?" + _MARKETING_FR + r"\b"
    r"|\b(?:cease|halt|end|discontinue) (?:all |any |the |your |these |those )*(?:\w+ )?"
    + _MARKETING_EN + r"\b"
    # "don't ring me again with special offers"
    r"|\b(?:do not|dont|don t|never) (?:ring|call|phone|text|e ?mail|contact) (?:me|us)"
    r"(?: again| any more| anymore)? (?:with|about) (?:\w+ ){0,2}(?:offers|promotions|promos|deals|"
    r"sales|products)\b"
    # "kindly cease contacting me by telephone for sales purposes", "arrêtez de m'appeler pour
    # me vendre des contrats": calls refused for what they sell
    r"|\b(?:stop|quit|cease) (?:contacting|calling|phoning|ringing|texting|e ?mailing|messaging|"
    r"pestering|bothering) (?:me|us)\b(?: \w+){0,3} (?:(?:for|about|with) (?:\w+ )?"
    r"(?:sales|marketing|promotional|commercial|advertising|offers|deals|promotions|products)|"
    r"to (?:sell|flog|push|pitch))\b"
    r"|\b(?:arretez|arreter|cessez|cesser|stop) de (?:me|nous) (?:appeler|contacter|demarcher|"
    r"harceler|relancer|solliciter|telephoner)\b(?: \w+){0,2} pour (?:me |nous )?(?:vendre|"
    r"proposer|placer|refourguer|fourguer)\b"
    # German, as visitors mix it in: "ich will keine Newsletter mehr"
    r"|\bkeine? (?:werbe ?)?(?:newsletter|werbung|werbemails?|sms|e ?mails?) mehr\b"
    # "plus dappel commercial svp": the elision glued, as texts write it
    r"|\bplus (?:de |d )?d?appels? commercia(?:l|ux)\b"
    # "je veux plus être appelé pour vos offres", "on ne souhaite plus être démarchés par SMS"
    r"|\b(?:veux|veut|voulons|souhaite|souhaitons|voudrais|desire) (?:plus|pas|plus jamais) "
    r"etre (?:appelee?s?|contactee?s?|demarchee?s?|sollicitee?s?|rappelee?s?|relancee?s?)\b"
    r"(?: \w+){0,4} (?:pour|par|avec|sur|au sujet de|concernant) (?:vos |des |les |de |la |le )?"
    r"(?:offres|promo\w*|pubs?|publicites?|prospection|demarchage|sms|textos?|telephone|"
    r"nouveautes|produits|abonnements?)\b"
    r"|\b(?:veux|veut|voulons|souhaite|souhaitons|voudrais|desire) (?:plus|pas|plus jamais) "
    r"etre (?:demarchee?s?|prospectee?s?|sollicitee?s? commercialement)\b"
    # "les mails promotionnels chaque semaine, ça ne m'intéresse plus"
    rf"|\b{_MARKETING_FR}\b[^?]{{0,60}}? ne (?:me|nous) interesse(?:nt)? plus\b"
    # "plz stop sendin me emails about pellet ofers": a bare channel refused, as in French,
    # unless what it carries is the order's or the account's ("stop sending me invoice emails")
    r"|\b(?:stop|quit|cease) (?:sending|sendin|texting|emailing|messaging) (?:me|us) (?:any more |"
    r"anymore |all )?(?:these |those |your |the )?(?:e ?mails|texts|sms|messages|mails|"
    r"newsletters?)\b(?!(?: \w+){0,3} (?:about|regarding|for|on|of) (?:my |our |the |this )?"
    r"(?:order|orders|invoice|invoices|delivery|deliveries|account|password|booking|tracking|"
    r"receipt|receipts|payment|payments|shipment|ticket|service)\b)"
    # "rather a lot of promotional calls lately, and I'd prefer they didn't continue"
    rf"|\b{_MARKETING_EN}\b[^?]{{0,80}}? (?:we|i) (?:would|d) prefer (?:they|these|those|"
    r"it|them) (?:did not|didnt|to not|not|stopped|stop|ceased|end|ended)(?: (?:continue|carry "
    r"on|keep coming|come))?\b"
    # "a lot of your promotional emails lately and frankly we'd rather not"
    rf"|\b{_MARKETING_EN}\b(?: \w+){{0,8}}? (?:we|i) (?:would|d) (?:rather|prefer) not\b"
    # "ces newsletters sur les harpes, ça suffit, je m'en passerai désormais": enough of them
    # ("vos mails mensuels ..., je vais m'en passer": the monthly mails are the marketing)
    rf"|\b(?:{_MARKETING_FR}|vos (?:e ?)?mails (?:mensuels|hebdomadaires|hebdo|quotidiens|"
    r"reguliers))\b[^?]{0,60}? (?:ca suffit|ca suffira|je me en passerai|je me en passe|"
    r"je vais me en passer|on va se en passer|nous allons nous en passer|"
    r"on se en passera|on se en passe|nous nous en passerons|je ne en veux plus|on ne en veut "
    r"plus|nous ne en voulons plus)\b"
    # "vos offres promotionnelles ..., plus simple que vous arrêtiez de les envoyer", "... que
    # mon numéro serve à vos campagnes, et je préférerais que ça cesse"
    rf"|\b(?:{_MARKETING_FR}|vos campagnes|vos envois)\b[^?]{{0,80}}? "
    r"(?:que vous (?:arretiez|cessiez|stoppiez) de (?:me |nous )?"
    r"(?:les |en )?(?:envoyer|adresser|expedier|faire)|(?:je|nous|on) (?:prefere\w*|voudrai\w*|"
    r"aimerai\w*|souhaite\w*) que (?:ca|cela|ce) (?:cesse|sarrete|s arrete|se arrete)(?! de)|"
    r"(?:arreter|cesser) de (?:me |nous )?(?:les |en )?(?:envoyer|adresser))\b"
    # "Plus de calls marketing svp": a bare channel refused, English mixed in
    r"|\bplus de (?:\w+ )?(?:calls?|appels?|mails?|e ?mails?|sms|textos?|messages?) (?:marketing|"
    r"promo\w*|commerciaux|publicitaires?|de prospection)\b"
    # "ce serait bien de ne plus figurer dans vos listes de diffusion": off the lists
    r"|\bne plus (?:figurer|apparaitre|etre) (?:dans|sur|parmi) (?:vos|la|les|votre|ces) "
    r"(?:listes?|fichiers?|mailings?|newsletters?|destinataires)\b"
    # "je me désinscris de tout": every list at once
    r"|\b(?:desinscri\w*|desabonn\w*) (?:moi |nous )?(?:de|a) (?:tout|toutes vos listes|tous "
    r"vos envois)\b"
    # "the monthly offers ... keep landing in my inbox, and I don't recall wanting them"
    rf"|\b{_MARKETING_EN}\b[^?]{{0,80}}?\b(?:do not|dont|no longer) (?:recall |remember )?"
    r"(?:want|wanting|need|needing|asking for|signing up for|subscribing to) (?:them|these|"
    r"those|it)\b")
