"""What the words and shapes around a number say for `PhoneDetector`: phone keywords, references
named before it, and the ways people write phone numbers that no reference, amount or date uses.
"""

from __future__ import annotations

import re

# A reference named right before the number ("commande n° 04 01 12 34 56", "my order number
# is 555-867-5309", "VAT ID FR 03 147 495 675", "Reservation code 0412 345 678", "Part number
# 020-7946-0018"): the number is that reference, valid as a phone number or not.
_REFERENCE_WORD = (
    # (and the spellings and languages visitors mix in: "invoyce", "factura", "Auftragsnummer")
    r"commande|comm?ande|commende|cmd|order|facture|fact|invoi?ce|invioce|invoyce|invoise|invocie|inv|factura|"
    r"pedido|albaran|auftrag\w*|bestell\w*|rechnung\w*|kunden\w*|vertrag\w*|lieferschein\w*|"
    r"notice|registraton|registation|regestration|r[ée]f[ée]r[ae]nce|r[ée]f|dossier|ticket"
    # "fabrication no. 0800 ...", "employee id 0802 ..." (a person's own line stays a phone:
    # "Staff: 0113 ...", "portable personnel : 06 ...")
    r"|fabrication|manufacturing|payroll|(?:employee|staff)(?=\s*(?:id\b|no\b|n°|number|#))"
    r"|acct|a/c|project|projet|agreement|bin|asset|unit|meter|compteur|badge|vehicle|job"
    # "numéro de carte de propriété" (a master-key card), not a business card
    r"|carte(?!\s+(?:de\s+)?visite)"
    r"|permit|permis|seri[ae]l|serail"
    r"|suivi|tracking|duns"
    # a carrier's parcel number: "Colissimo 6A 123 456 789 01"
    r"|colissimo|chronopost|dhl|ups|fedex|tnt|dpd|gls|royal\s+mail|parcelforce|usps|aramex"
    # ("our accont number is", "report 020-...", "certificat n° 06 ...", "certificate 0491-...")
    r"|accont|acount|accnt|report|rapport|certificat\w*|cert"
    # ("l'attestation MSA n° 0353-...", "cylinder 0412-5550-19 was logged twice")
    r"|attestation|cylinder|cylindre"
    # "numéro d'intervention 0465 ..." (a work order; "pour toute intervention : 06 ..." is a line)
    r"|(?<=num[ée]ro d['’])intervention"
    r"|contrat|contract|compte|account|acc|client|custom+er|customr|custmer|custumer|colis|parcel|shipment|consignment"
    # ("plaque chassis kart n 0536 ...": a vehicle's frame number)
    r"|ch[aâ]ssis|vin"
    r"|waybill|awb|lot|batch|s[ée]rie|serial|s/n|sn|p/n|pn|part|model|mod[èe]le|item|sku"
    r"|article|art|bon(?=\s*(?:de\b|d['’]|n°|no\b|#|:))|devis|quote|estimate|avoir|receipt|re[çc]u|transaction|po|siret|siren"
    r"|tva|vat|ein|abn|acn|utr|nhs|ssn|nino|imei|iban|rib|s[ée]cu|case|cas|incident|claim"
    r"|r[ée]clamation|sinistre|rma|montant|amount|total|code|matricule|identifiant|licen[cs]e"
    r"|booking|r[ée]servation|reservation|policy|police|offres?|membership|adh[ée]r[ae]nt"
    r"|companies house|entreprise|bce|kbo|kvk|registration|reg|voucher|coupon|pin"
    # "hive id 09 876 5432", "delivery note 0112 ..." (a WhatsApp or Skype id is a line)
    r"|(?<!whatsapp )(?<!skype )(?<!telegram )(?<!viber )id"
    r"|(?:delivery|dispatch|packing|credit|debit|consignment)\s+note"
    # "numéro gravé sur le flexible", "the number stamped on the plate"
    r"|(?:num[ée]ro|number|n°)\s+(?:grav[ée]|frapp[ée]|estampill[ée]|engraved|stamped|etched"
    r"|embossed|printed|imprim[ée])")
# What a visitor's own number is never followed by: "mon numéro de commande", "votre n° client".
_NOT_A_PHONE_NUMBER = (r"(?:commande|client|facture|dossier|suivi|contrat|compte|ticket|colis"
                       r"|lot|s[ée]rie|s[ée]cu|tva|siret|siren|rcs|adh[ée]r[ae]nt|licence|bon"
                       r"|devis|r[ée]f|carte|iban|rib)")
# Phone keywords, French and English, at the start of a word ("hôtel", "automobile" and
# "rejoindre" are not). "numéro" and "number" only after a possessive ("mon numéro", "your
# number"): "numéro de commande", "order number" or a bare "n°" are references. "phone" and
# "rappel" go first, outside the word-boundary group, for "téléphone", "smartphone", "Rappelez".
# A signature's one-letter labels ("T: 020 ...", "M: 07700 ...") count in upper case only.
PHONE_CONTEXT = re.compile(
    r"phone|rappel|\b(?:t[ée]l\b|portable|mobile|gsm\b|fax\b|appel|joindre|call|whatsapp"
    r"|sms\b|joignable|ligne (?:directe|fixe)|(?:au|le|du|notre|votre) standard\b"
    # "our Lagos office line has changed to +234 ...": a line named by whose it is
    # "tu l'as au 77 ...", "can be booked on 8555 ...", "Rückruf bitte unter ..."
    r"|\b(?:tu|vous)\s+l['’]?\s*(?:as|avez|auras|aurez)\s+au\b|\bbooked\s+on\b|r[üu]ckruf"
    r"|\b(?:office|main|business|work|home|support|sales|emergency|after[- ]hours|"
    r"out[- ]of[- ]hours|night|weekend|service)\s+line\b"
    r"|(?:mon|ma|le|au|sur le|votre|son) fixe\b|texto|compos(?:ez|er)\b"
    r"|contact\w*(?:[- ](?:moi|nous|me|us))?\s+(?:au|on|at)\b"
    # ("mon numéraux est", "mon numero": the word misspelt)
    r"|(?:mon|ton|son|notre|votre|leur)\s+(?:num[ée]r\w*|num\b|n°)"
    rf"(?!\s*(?:(?:de|d['’]|du)\s*)?{_NOT_A_PHONE_NUMBER})"
    r"|cell?\b|mob\b|ph\s*[.:]|landline|direct (?:line|dial)|switchboard|hotline|helpline"
    r"|(?:reach|ring|text) (?:me|us|him|her|them)\b|ring back\b|a ring\b|dial\b"
    # "u can reach accounts on ...", "ring 98205 ...", "hp 9555 0172" (a handphone, as
    # Singapore and Malaysia write it).
    # ("best reached on 8555 ...", "ph 9555 0287": "phone" cut short, no stop after it)
    r"|reach(?:ed|able)?\b[^.?!\d]{0,24}?\b(?:on|at)\b|\bring\s*:?\s*\Z"
    # ("my hp is 8123 4560")
    r"|\bhp(?:\s+(?:is|no\.?|number|num))?\s*[:.]?\s*\Z"
    r"|\bph\s+\Z"
    # "Ring Fr. Murphy at 091 ...", "call Dave on 0161 ...": whom to ring, then where
    r"|\b(?:ring|call|phone|contact)\s+(?:(?:mr|mrs|ms|dr|fr|sr)\.?\s+)?[A-Z][^\W\d_]+"
    r"(?:\s+[A-Z][^\W\d_]+)?\s+(?:on|at)\s*\Z"
    # "appelle Karim au 73 224 516": the same, in French
    r"|\b(?:appel+e[zr]?|joins|joignez|contacte[zr]?)\s+(?:(?:m|mme|mlle)\.?\s+)?[A-Z][^\W\d_]+"
    r"(?:\s+[A-Z][^\W\d_]+)?\s+au\s*\Z"
    # "wa 78 555 01 93": WhatsApp, as chats shorten it; "devis svp num 22 718 405"
    r"|\bwa\s*[:.]?\s*\Z|\bnum\s*[:.]?\s*\Z"
    # chat spellings: "the barn fone 555-0181", "my numbr is", "my mobil is"
    r"|\b(?:fone|numbr|nmbr|mobil|mobl|moblie|phne|fon|cll|kall)\b"
    # Hindi and Urdu, as Indian and Pakistani chats mix them in: "mera number 99887 ... hai"
    r"|\b(?:mera|meri|mero|hamara|humara|apna|mujhe)\s+(?:number|no|num|nmbr|numbr|mobile|"
    r"phone|fone|contact)\b"
    # "my number is 555-0198 and my fiancé's is 555-0174": a person's, the noun left out
    r"|\b(?:my|his|her|our|their|your)\s+(?:wife|husband|partner|fianc[ée]e?|boss|"
    r"colleague|mum|mom|dad|son|daughter|brother|sister|manager|assistant|girlfriend|"
    r"boyfriend|other\s+half|missus|hubby)['’]s(?:\s+(?:is|on))?\s*:?\s*\Z"
    # "I'm on 0151 ...", "we're on 6555 ...": where the writer is reached, as the British say it
    # ("we are at 6555 0192 during office hours")
    r"|\b(?:i'?m|i\s+am|we'?re|we\s+are|she'?s|he'?s)\s+(?:on|at)\s*\Z"
    # "the dashboard shows a support number, 555-0163": a line named by what it serves
    r"|\b(?:support|helpline|hotline|office|direct|emergency|landline|contact|service|sales|"
    r"call[- ]?back|after[- ]hours|on[- ]call)\s+(?:number|no\b)"
    # "pls contact 6555 4392 and ask for ...", "cont 98230 ...": the number right after the
    # verb, or its chat shortenings
    r"|\b(?:contact(?:ez|er)?|cont|contct|cntct)\s*[.:]?\s*\Z"
    # "tu peux me biper au ...", German "ruf mich an unter ...", "Telefon: ..."
    r"|\bbip(?:er|ez|e)\b|\bbeep\s+(?:me|us)\b|\bruf\w*\s+(?:(?:mich|uns)\s+)?an\b|\banrufen\b|telefon"
    r"|(?:my|your|our|his|her|their|contact|home|work|office|new)\s+(?:number|num\b|no\b)"
    r"(?!\s+of\b)"
    # "our housekeeping number is 555-0175": a desk's number (not "our order number is")
    rf"|\b(?:my|your|our|his|her|their)\s+(?!(?:{_REFERENCE_WORD})\b)[a-z]+\s+(?:number|no\.?)"
    r"\s+(?:is|was|:)\s*\Z"
    r"|answer(?:s|ing)? (?:at|on)\b|txt\b|natel\b|handy\b|viber\b|telegram\b|toll[- ]free\b"
    # the words of the languages visitors mix in: "Meine Handynummer ist ...", "mi celular"
    r"|handynummer|handynr\b|mobilnummer|rufnummer|celular\b|m[óo]vil\b|cellulare\b"
    # "Hier ist meine Nummer: 0151 ..."
    r"|\b(?:meine|unsere|seine|ihre)\s+(?:nummer|telefonnummer)\b"
    r"|mobiel(?:tje)?\b|telefoonnummer"
    # "mi número es ...", "meu número", "il mio numero"; Indian English "kindly revert on ..."
    r"|\b(?:mi|meu|mio)\s+n[uú]mero\b|\brevert(?:\s+back)?\s+(?:on|at)\s*\Z"
    # calling in the languages visitors mix in: "proszę dzwonić ...", "llámenos al ...",
    # "chiamateci al ..."
    r"|\b(?:za)?dzwo[nń]\w*|\bll[aá]m(?:a|e|ar|enos|eme|ame|anos)\b|\bchiam(?:a|are|ami|"
    r"ateci|atemi)\b"
    r"|port\.|dispo(?:nible)? au\b"
    # "le gérant répond au 621 ...", "le numéro fixe est le 71 ...": a line, said so
    r"|\br[ée]pond(?:ra|ent)?\s+au\b|\bnum[ée]ro\s+(?:fixe|de\s+fixe|portable|mobile|"
    r"de\s+t[ée]l[ée]phone|de\s+portable)\b|\b(?:fixe|portable|mobile|standard)\s+(?:est|c['’]?\s*est)"
    r"\s+(?:le\s+|au\s+)?\Z"
    r"|(?:fixe|standard|direct|office|desk|home|work)\s*:"
    r"|(?-i:[TMPFDCHOW])\s?:)",
    re.IGNORECASE)

# A line label right after the number, as address books and signatures write it ("416 60 039
# office", "0161 496 0000 (home)", "06 12 34 56 78 - bureau"): a phone keyword there only.
PHONE_LABEL_AFTER = re.compile(
    r"[ \t]*(?:[(\-–][ \t]*)?(?:office|home|work|desk|mobile|cell|landline|direct|bureau"
    r"|domicile|perso|pro)\b", re.IGNORECASE)

# What a reference word may be "of": "bon de livraison", "référence de la pièce".
_REFERENCE_TAIL = (_REFERENCE_WORD + r"|id|intervention|livraison|delivery|exp[ée]dition|pi[èe]ces?"
                   r"|r[ée]ception|transport|fabrication|production|stock")
_REFERENCE_BEFORE = re.compile(
    # "référence de badge", "numéro de commande": two reference words joined by "de" / "of"
    rf"\b(?:{_REFERENCE_WORD})(?:[ .\-]+(?:(?:de|du|des|d['’]|of|for)\s*(?:la\s+|le\s+|l['’]"
    rf"\s*|the\s+)?)?(?:{_REFERENCE_TAIL}))*"
    # whose it is: "numéro de dossier patient", "supplier account internal no."
    r"(?:\s+(?:patient|client|fournisseur|interne|membre|adh[ée]rent|supplier|internal|member|"
    r"customer|coop[ée]rative|coop|association|club|syndicat|mutuelle|pro[\s-]?forma)"
    # ... or what it is of, one word, before its number sign ("chassis kart n° ...")
    r"|\s+[^\W\d_]{2,}(?=\s*(?:n°|no\b\.?|n\b|#)))?"
    # "badge d'accès au bâtiment, number ...": what it is for, then a number named
    r"(?:(?:\s*(?:de|d['’]|du|des|au|aux|à|of|for|to)\s*(?:la\s+|le\s+|l['’]\s*|the\s+)?"
    r"[^\W\d_]+(?:\s+[^\W\d_]+)?){1,2}\s*,?\s*(?=n(?:°|o\b|[uú]m[ée]ro|umbe?r)|#))?"
    # ("invoice namba 0722-2025-118": Swahili's "number")
    r"\.?\s*(?:n(?:°|o\b\.?|[uú]m[ée]ro|umbe?re?|umbre|r\b\.?|\b)|#|id\b|namba\b|nambari\b)?"
    r"\s*[:.#,]?\s*"
    # one short phrase may come between: "lot number on the sidewall is", "numéro de lot du
    # levain sec c'est"
    # ("the serial plate on the gearbox reads", "reference on our bank statement was")
    r"(?:(?:plate|label|sticker|tag|plaque|[ée]tiquette)\s+)?"
    # ("numéro de client chez vous est le", "membership number with you is apparently")
    r"(?:(?:(?:on|of|for|in|with|at|du|de|des|de\s+la|sur|chez|avec|aupr[èe]s\s+de)\s+"
    r"(?:the\s+|le\s+|la\s+|les\s+|l['’]|"
    r"our\s+|my\s+|your\s+|notre\s+|mon\s+|ma\s+|votre\s+)?"
    # ("order number for the te reo Māori manual is"; Nigerian Pidgin "order number na")
    r"[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,3}?,?\s+){0,2}"
    # ("numéro du devis, je crois que c'était le": the writer unsure of it)
    r"(?:,?\s*(?:je\s+(?:crois|croit|pense|suppose)|i\s+think|i\s+believe|i\s+reckon)\s+"
    r"(?:que\s+|qu['’]\s*|it\s+)?)?"
    r"(?:is|was|est|c['’]est|c['’]\s*[ée]tait|c|cest|[ée]tait|ist|war|"
    r"reads|read|says|said|shows|showed|indique|affiche|na)\s+(?:(?:apparently|actually|still|now|"
    r"currently|toujours|actuellement|normalement|bien)\s+)?(?:le\s+|la\s+|the\s+)?"
    # "membership IDs like 0355 ...", "des numéros de lot comme 06 ..."
    r"|(?:(?:ids?|numbers?|nos?|num[ée]ros?|codes?)\s+)?(?:like|such\s+as|comme|e\.?g\.?,?|"
    r"par\s+exemple|ex\.?)\s+"
    # "our IBAN ends in 0417 ...", "commence par"
    r"|(?:ends?|ending|endin|starts?|starting|begins?|beginning)\s+(?:(?:in|with)\s+)?"
    r"|(?:se\s+)?(?:finit|termine|commence|finissant|terminant|commen[cç]ant)\s+par\s+)?"
    # a prefix of capitals, or of a digit and a capital, as carriers print it ("6A 123 ...")
    r"(?-i:(?=[A-Z0-9]?[A-Z])[A-Z0-9]{2,4}[ \u00a0]?)?\Z",
    re.IGNORECASE)
# "Numéro de série du projecteur : 05-36-...", "lot number of the pellets, 05 36 ...": a serial or
# a lot, then the thing it is of, then the number (words that never label a line).
# ("numéro d'engagement de la commune, 0536 ...": a public buyer's commitment number)
_SERIAL_OF_THING = re.compile(
    r"\b(?:s[ée]rie|serial|seri[ae]l|lot|batch|s/n|engagement)\s*(?:n(?:°|o\b\.?|[uú]m[ée]ro|umbe?r)|#)?\s*"
    r"(?:de\s+la|de\s+l['’]|du|des|d['’]|de|of\s+the|of|on\s+the|for\s+the)\s*"
    r"[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[:,]\s*\Z", re.IGNORECASE)
# "num de serie drone 0536 4912 77", "the drone serials 0049 3055 5781": a serial, maybe the
# thing it is of, then the number.
_SERIAL_NOUN = re.compile(r"\b(?:s[ée]ries?|serials?)\s+(?:(?!(?:au|aux|at|on|to|en|sur|par|via|"
                          r"is|est|:)\b)[^\W\d_]{2,}\s+)?\Z", re.IGNORECASE)
# "Le numéro de série gravé sous la malle est 06 39 ...", "the serial number stamped on the
# base reads 0412 ...": a serial named, where it is written, then "is" and the number.
_SERIAL_IS = re.compile(
    r"\b(?:num[ée]ro\s+de\s+s[ée]rie|serial\s+(?:number|no\.?)|n°\s+de\s+s[ée]rie)\b"
    r"[^\d.?!;]{0,40}?\s(?:est|is|reads|says|:)\s*:?\s*\Z", re.IGNORECASE)
# "tracking number 1Z 4F7 82X 03 6619 2048": a reference whose code runs on, letters and
# digits mixed, into the digits that look like a phone number.
_CODE_RUNS_ON = re.compile(
    rf"\b(?:{_REFERENCE_WORD})\b\s*(?:n(?:°|o\b\.?|umber|[uú]m[ée]ro)|#)?\s*[:.#]?\s*"
    r"(?:(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]+\s+){1,4}\Z", re.IGNORECASE)
# "Le contrat d'entretien porte le numéro 01 99 ...", "the invoice bears the number ...": a
# reference named a few words before, then said to carry the number.
_BEARS_NUMBER = re.compile(
    rf"\b(?:{_REFERENCE_WORD})\b(?:\s*['’]?\s*[^\W\d_]+){{0,6}}?\s+(?:porte|portait|a\s+pour|"
    r"bears|carries|has)\s+(?:le\s+|the\s+|pour\s+)?(?:num[ée]ro|number|n°|r[ée]f[ée]rence)"
    r"\s*:?\s*\Z", re.IGNORECASE)
# The digits of an account or a card, said as its last or first ones: "notre IBAN ? Les
# derniers chiffres sont 0061 9904 512", "the last four digits of the card are ...".
_DIGITS_OF_A_REFERENCE = re.compile(
    r"\b(?:iban|rib|bic|compte|account|carte|card)\b[^\d]{0,60}?\b(?:(?:derniers|premiers)\s+"
    r"chiffres|(?:last|first)\s+(?:\w+\s+)?digits)\b[^\d]{0,16}\Z"
    # ("l'IBAN fini par 0199 0047 12", "card ending in 4821")
    r"|\b(?:iban|rib|compte|account|carte|card)\b\s+(?:fini\w*|se\s+termine|termine|ends?|ending)"
    r"\s+(?:par|with|in)\s*:?\s*\Z"
    r"|\b(?:(?:derniers|premiers)\s+chiffres|(?:last|first)\s+(?:\w+\s+)?digits)\s+(?:de|du|d['’]|of)"
    r"\s*(?:\w+\s+)?(?:iban|rib|compte|account|carte|card)\b[^\d]{0,16}\Z", re.IGNORECASE)
# ... nor when a phone number is said to go in the reference's file, or a desk's line is
# named for it.
_MY_NUMBER_IN = re.compile(
    r"\b(?:mon|ma|notre|my|our)\s+(?:num[ée]ro|number|portable|mobile|t[ée]l[ée]phone|phone)"
    r"\s+(?:dans|sur|in|on|for)\s+(?:le|la|les|l['’]|the|your|votre|vos)\s*\Z", re.IGNORECASE)
# ... nor when the number is said to be printed on the reference, which is where it is read:
# "le numéro imprimé en bas de votre facture, 05 ...", "the number printed on your invoice".
_PRINTED_ON = re.compile(
    r"\b(?:num[ée]ro|number|t[ée]l[ée]phone|phone|line|ligne)\s+(?:de\s+t[ée]l[ée]phone\s+)?"
    r"(?:imprim[ée]|indiqu[ée]|[ée]crit|not[ée]|mentionn[ée]|affich[ée]|printed|shown|listed|"
    r"given|written|quoted)\s+(?:en\s+bas\s+(?:de|du)|en\s+haut\s+(?:de|du)|au\s+dos\s+(?:de|du)|"
    r"sur|dans|at\s+the\s+(?:bottom|top|foot|head)\s+of|on\s+the\s+back\s+of|on|in)\s*"
    r"(?:la|le|les|l['’]|votre|vos|the|your|our|notre|nos)?\s*\Z", re.IGNORECASE)
_DESK_BEFORE = re.compile(
    r"\b(?:le|the|la)\s+(?:support|hotline|helpline|standard|service\s+client)\s+(?:de|du|des|"
    r"for|of)\s+(?:la\s+|le\s+|l['’]\s*|the\s+|votre\s+|your\s+)?(?:[^\W\d_]+\s+){0,2}?"
    r"(?:de|du|d['’]|of|for)?\s*\Z", re.IGNORECASE)
# ... unless the reference word names the person or the desk the phone is for: "Tél client :
# 06 ...", "mobile du client", "Service client : 09 70 ..." are phone labels.
_PERSON_REFERENCE = re.compile(r"client|customer|adh[ée]rent", re.IGNORECASE)
# ... nor when "case" is the idiom, not a case file: "in which case", "just in case", "au cas".
_IDIOM_CASE = re.compile(r"cas(?:e)?\b", re.IGNORECASE)
_IDIOM_BEFORE_CASE = re.compile(r"\b(?:in(?: which| that| this| any| either| each)?|au"
                                r"|en tout|dans (?:ce|le|tous les))\s+\Z", re.IGNORECASE)
_PHONE_LABEL_BEFORE = re.compile(
    r"(?:t[ée]l[ée]?\w*|phone|mobile|portable|gsm|cell|fax|contact|service|relation"
    r"|espace)\.?\s*"
    r"(?:(?:du|de la|de l['’]|des|de|d['’]|of the|of)\s*)?\Z", re.IGNORECASE)


def reference_before(text: str, start: int) -> bool:
    """Whether a reference (order, invoice, serial, VAT number...) is named right before
    `text[start:]`, so that the number there is that reference and not a phone number."""
    match = (_REFERENCE_BEFORE.search(text, max(0, start - 48), start)
             or _BEARS_NUMBER.search(text, max(0, start - 90), start)
             or _SERIAL_OF_THING.search(text, max(0, start - 48), start)
             or _SERIAL_NOUN.search(text, max(0, start - 30), start)
             or _SERIAL_IS.search(text, max(0, start - 80), start)
             or _CODE_RUNS_ON.search(text, max(0, start - 60), start)
             or _DIGITS_OF_A_REFERENCE.search(text, max(0, start - 100), start))
    if match is None:
        return False
    word = match.group()
    if _MY_NUMBER_IN.search(text, max(0, match.start() - 40), match.start()):
        return False  # "gardez mon numéro dans le dossier, 05 ...": the file is where it goes
    if _PRINTED_ON.search(text, max(0, match.start() - 60), match.start()):
        return False  # "le numéro imprimé en bas de votre facture, 05 ...": printed there
    if _DESK_BEFORE.search(text, max(0, match.start() - 40), match.start()):
        return False  # "le support de l'appli de réservation, c'est le 01 ...": a desk's line
    if _IDIOM_CASE.match(word) and _IDIOM_BEFORE_CASE.search(text, max(0, match.start() - 16),
                                                            match.start()):
        return False  # "in which case 0491 570 403 is his phone", "au cas où : 06 ..."
    if _PERSON_REFERENCE.match(word) and _PHONE_LABEL_BEFORE.search(
            text, max(0, match.start() - 24), match.start()):
        return False  # "Tél client : 06 12 34 56 78"
    return True


# Two capitals right before a national number ("BE 0123.456.789", "flight BA 0123 4567 89"):
# a VAT or company number, a flight, not a phone number unless a phone keyword is near.
COUNTRY_PREFIX_BEFORE = re.compile(r"(?<![\w])[A-Z]{2}[ \u00a0]?\Z")

# Dates written with spaces or without separators: "12 03 2026", "2026 03 12", "20260312".
SPACED_DATE = re.compile(r"\d\d?[ \u00a0]\d\d?[ \u00a0](?:19|20)\d\d"
                         r"|(?:19|20)\d\d[ \u00a0]\d\d[ \u00a0]\d\d"
                         r"|^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[012]\d|3[01])$")

# A national number with its trunk 0, in the groups of the many countries that write it so
# ("087 123 4567" in Ireland, "02 123 45 67" in Belgium, "0170 1234567" in Germany, "082 123
# 4567" in South Africa, "(02) 9876 5432" in Australia): 9 to 11 digits, the first group of
# 2 to 5 digits starting 0 (not "00", an international prefix). Amounts, dates, times and
# identifiers are not written this way. Nine digits only after a short area code ("01 234
# 5678"): "03262 2437" is a postcode and a house number, "032 829 320" a SIREN.
_TRUNK_GROUPED = re.compile(
    r"(?:\(0[1-9]\d{0,3}\)[ \u00a0]?|0[1-9]\d{0,3}[ \u00a0.\-])\d{2,8}(?:[ \u00a0.\-]\d{2,8}){0,3}")
_SHORT_AREA = re.compile(r"\(?0\d\d?\D")
_SIREN_SHAPE = re.compile(r"\d{3}[ \u00a0.]\d{3}[ \u00a0.]\d{3}")
# The same ending in two pairs, as French-speaking neighbours write it ("02 123 45 67" in
# Belgium, "079 123 45 67" in Switzerland, "0470 12 34 56"): the only trunk shape other than
# the French pairs that a French chat takes without a keyword.
_TRUNK_PAIRS = re.compile(r"(?:\(0[1-9]\d{0,2}\)[ \u00a0]?|0[1-9]\d{0,2}[ \u00a0.\-])"
                          r"\d{2,3}[ \u00a0.\-]\d\d[ \u00a0.\-]\d\d")


def trunk_grouped(chunk: str, digits: str, *, pairs_only: bool = False) -> bool:
    """Whether `chunk` is a national number written with its trunk 0 and phone groups
    (`pairs_only`: ending in two pairs, as in Belgium and Switzerland)."""
    if pairs_only:
        return 9 <= len(digits) <= 10 and _TRUNK_PAIRS.fullmatch(chunk) is not None
    return (9 <= len(digits) <= 11 and _TRUNK_GROUPED.fullmatch(chunk) is not None
            and (len(digits) > 9 or _SHORT_AREA.match(chunk) is not None)
            and _SIREN_SHAPE.fullmatch(chunk) is None and SPACED_DATE.search(chunk) is None)


# Indian mobiles in two groups of five ("98765 43210"), which no amount or date uses; two
# neighbouring postcodes ("75011 75012") share their first digits.
_INDIAN_MOBILE = re.compile(r"[6-9]\d{4}[ \u00a0]\d{5}")


def indian_mobile(chunk: str) -> bool:
    """Whether `chunk` is an Indian mobile number written in two groups of five."""
    return _INDIAN_MOBILE.fullmatch(chunk) is not None and chunk[:3] != chunk[6:9]


# Shapes a phone keyword may announce although no national plan here reads them: eight digits
# in two fours (Singapore, Hong Kong), Australian 1300/1800 numbers, any other run of 8 to 12
# digits in groups of two or more. Dates written with spaces are not; nor are groups of
# thousands ("12 500 000"), unless the keyword labels the number right before it ("Mobile:
# 723 813 266", "answering at 374 780 163").
_KEYWORD_SHAPE = re.compile(r"\(?\d{2,12}\)?(?:[ \u00a0.\-]\d{2,8}){0,4}")
_THOUSANDS_GROUPS = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+")
_AMOUNT_START = re.compile(r"\d(?!\d)")


def keyword_shape(chunk: str, digits: str) -> str | None:
    """Whether `chunk` may be a phone number of any country when a phone keyword announces it:
    "plain", "thousands" (only if the keyword labels it right before) or None."""
    if not 8 <= len(digits) <= 12 or _KEYWORD_SHAPE.fullmatch(chunk) is None:
        return None
    if _THOUSANDS_GROUPS.fullmatch(chunk) is not None:
        return None if _AMOUNT_START.match(chunk) else "thousands"
    return "plain"
