"""GDPR art. 9 special categories stated about a person, in French and English, and the B2B
vocabulary that shares their words without being personal data."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clairbot.categories import SPECIAL_CATEGORY, SPECIAL_SUBTYPES
from clairbot.understanding import special_categories
from clairbot.understanding._special_anchor import (
    about_a_group,
    about_animals,
    about_institutions,
    about_nobody,
    genes_only_of_animals,
)
from clairbot.understanding._special_partner import other_gender_partners
from clairbot.understanding.special_categories import SpecialCategoryDetector

DETECTOR = SpecialCategoryDetector()
RULES = SpecialCategoryDetector(learned=False)


def found(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(text[f.start:f.end], f.subtype) for f in DETECTOR.detect(text, lang)]


POSITIVES_FR = [
    # health
    ("Je suis diabétique, pouvez-vous adapter la livraison ?", "diabétique", "health"),
    ("je suis diabetique", "diabetique", "health"),  # no accents
    ("Mon fils a un cancer, je dois décaler le rendez-vous.", "cancer", "health"),
    ("Je suis en arrêt maladie jusqu'à lundi.", "en arrêt maladie", "health"),
    ("Ma collègue est en congé maternité.", "en congé maternité", "health"),
    ("Je suis enceinte de cinq mois.", "enceinte", "health"),
    ("J'ai un handicap moteur.", "handicap", "health"),
    ("Je suis en situation de handicap.", "en situation de handicap", "health"),
    ("Je fais une dépression depuis l'été.", "dépression", "health"),
    ("Je sors d'un burn-out.", "burn-out", "health"),
    ("Je prends du Xanax le soir.", "Xanax", "health"),
    ("Je suis sous insuline.", "sous insuline", "health"),
    ("Mon mari souffre de la maladie de Parkinson.", "maladie de Parkinson", "health"),
    ("J'ai le VIH.", "VIH", "health"),
    ("Je suis séropositive.", "séropositive", "health"),
    ("Elle est hospitalisée depuis hier.", "hospitalisée", "health"),
    ("J'ai eu un AVC l'an dernier.", "AVC", "health"),
    ("Suite à mon accident du travail, je télétravaille.", "accident du travail", "health"),
    ("Mon diabète m'oblige à des pauses.", "diabète", "health"),  # possessive
    ("je suis aveugle, le site est-il accessible ?", "aveugle", "health"),
    ("J'ai fait une fausse couche.", "fausse couche", "health"),
    # religion
    ("Je suis musulman.", "musulman", "religion"),
    ("Je suis pratiquante.", "pratiquante", "religion"),
    ("En tant que juive, je ne travaille pas le samedi.", "juive", "religion"),
    ("Je fais le ramadan ce mois-ci.", "fais le ramadan", "religion"),
    ("Pendant le ramadan, je ne peux pas venir le midi.", "ramadan", "religion"),
    ("Je ne mange que halal.", "mange que halal", "religion"),
    ("Ma religion m'interdit l'alcool.", "religion", "religion"),
    # trade-union membership
    ("Je suis syndiqué à la CGT.", "syndiqué à la CGT", "union_membership"),
    ("Je suis déléguée syndicale dans mon entreprise.", "déléguée syndicale",
     "union_membership"),
    ("Mon syndicat m'a conseillé de vous écrire.", "syndicat", "union_membership"),
    ("Je suis adhérent à la CFDT.", "adhérent à la CFDT", "union_membership"),
    # political opinion
    ("Je vote RN depuis dix ans.", "vote RN", "political_opinion"),
    ("militant LFI, je boycotte cette marque", "militant LFI", "political_opinion"),
    ("Je suis de gauche.", "de gauche", "political_opinion"),
    ("J'ai voté pour Macron.", "ai voté pour Macron", "political_opinion"),
    ("Je suis encarté au PS.", "encarté au PS", "political_opinion"),
    # sexual orientation
    ("Je suis gay.", "gay", "sexual_orientation"),
    ("Je suis lesbienne et mariée.", "lesbienne", "sexual_orientation"),
    ("je suis bi", "bi", "sexual_orientation"),
    ("Je suis homosexuel.", "homosexuel", "sexual_orientation"),
    # ethnic origin
    ("Je suis d'origine marocaine.", "d'origine marocaine", "ethnic_origin"),
    ("En tant que femme noire, je me sens visée.", "femme noire", "ethnic_origin"),
    ("Mes parents sont d'origine algérienne.", "d'origine algérienne", "ethnic_origin"),
    ("Je suis rom.", "rom", "ethnic_origin"),
    # biometrics
    ("Avez-vous gardé mes empreintes digitales ?", "empreintes digitales", "biometrics"),
    ("Vous avez enregistré mon visage à l'accueil.", "visage", "biometrics"),
    ("Utilisez-vous la reconnaissance faciale sur mes photos ?", "reconnaissance faciale",
     "biometrics"),
    # genetics
    ("J'ai fait un test ADN.", "un test ADN", "genetics"),
    ("Je suis porteuse de la mutation BRCA1.", "porteuse de la mutation BRCA1", "genetics"),
    ("Mes résultats génétiques sont arrivés.", "résultats génétiques", "genetics"),
    ("J'ai une prédisposition génétique au cancer.", "prédisposition génétique", "genetics"),
]

POSITIVES_EN = [
    # health
    ("I'm pregnant, can the delivery come to my desk?", "pregnant", "health"),
    ("My son has cancer so I may miss the call.", "cancer", "health"),
    ("I am diabetic.", "diabetic", "health"),
    ("I'm on sick leave until Monday.", "on sick leave", "health"),
    ("My colleague is on maternity leave.", "on maternity leave", "health"),
    ("I was diagnosed with multiple sclerosis.", "multiple sclerosis", "health"),
    ("I have HIV.", "HIV", "health"),
    ("I'm HIV-positive.", "HIV-positive", "health"),
    ("I have stage 2 breast cancer.", "cancer", "health"),
    ("I'm on antidepressants.", "on antidepressants", "health"),
    ("I take insulin twice a day.", "insulin", "health"),
    ("I'm deaf, please reply by email.", "deaf", "health"),
    ("My wife is disabled.", "disabled", "health"),
    ("I had surgery last week.", "surgery", "health"),
    ("I suffer from depression.", "depression", "health"),
    ("I'm in a wheelchair.", "in a wheelchair", "health"),
    ("I'm bipolar.", "bipolar", "health"),
    ("My chemo starts on Tuesday.", "chemo", "health"),  # possessive
    ("Because of my PTSD I avoid phone calls.", "PTSD", "health"),
    ("I had a miscarriage.", "miscarriage", "health"),
    # religion
    ("I'm Jewish and can't work on Saturdays.", "Jewish", "religion"),
    ("I am a practising Muslim.", "practising Muslim", "religion"),
    ("As a Catholic I'd rather not.", "Catholic", "religion"),
    ("I'm fasting for Ramadan.", "fasting for Ramadan", "religion"),
    ("I keep kosher.", "keep kosher", "religion"),
    ("I wear a hijab.", "wear a hijab", "religion"),
    ("I'm an atheist.", "atheist", "religion"),
    # trade-union membership
    ("I'm a union member.", "union member", "union_membership"),
    ("I'm a member of the trade union.", "member of the trade union", "union_membership"),
    ("My union rep told me to write.", "union rep", "union_membership"),
    ("I'm a shop steward.", "shop steward", "union_membership"),
    ("I joined the union last year.", "joined the union", "union_membership"),
    ("I'm a GMB rep on site, so the Friday slot suits me.", "GMB rep", "union_membership"),
    ("She's the Unison branch secretary at our depot.", "Unison branch secretary",
     "union_membership"),
    ("I'm a rep for Unite, so I'll bring the paperwork.", "rep for Unite", "union_membership"),
    ("Our union convenor will sign the order.", "union convenor", "union_membership"),
    ("He joined the CWU last spring.", "joined the CWU", "union_membership"),
    ("I pay my union dues through payroll.", "pay my union dues", "union_membership"),
    ("My SIPTU card is in the van.", "SIPTU card", "union_membership"),
    # political opinion
    ("I'm a Republican voter.", "Republican voter", "political_opinion"),
    ("I voted for Trump.", "voted for Trump", "political_opinion"),
    ("I vote Labour.", "vote Labour", "political_opinion"),
    ("I'm a member of the Green Party.", "member of the Green Party", "political_opinion"),
    ("I'm a socialist.", "socialist", "political_opinion"),
    # sexual orientation
    ("I'm bisexual.", "bisexual", "sexual_orientation"),
    ("I'm gay.", "gay", "sexual_orientation"),
    ("As a lesbian I care about this.", "lesbian", "sexual_orientation"),
    ("I came out as trans last year.", "came out as trans", "sexual_orientation"),
    # ethnic origin
    ("As a Black woman, I felt targeted.", "Black woman", "ethnic_origin"),
    ("I'm of Moroccan descent.", "of Moroccan descent", "ethnic_origin"),
    ("I'm Roma.", "Roma", "ethnic_origin"),
    ("I'm Hispanic.", "Hispanic", "ethnic_origin"),
    # biometrics
    ("Please delete my fingerprints from your system.", "fingerprints", "biometrics"),
    ("You scanned my face at the entrance.", "face", "biometrics"),
    ("Do you use facial recognition on me?", "facial recognition", "biometrics"),
    # genetics
    ("I took a DNA test.", "a DNA test", "genetics"),
    ("My DNA results are in your portal.", "DNA results", "genetics"),
    ("I'm BRCA positive.", "BRCA positive", "genetics"),
    ("I'm a carrier of the BRCA2 mutation.", "carrier of the BRCA2 mutation", "genetics"),
    # a state opening a chat message, its subject left out; Pidgin "I get" (I have)
    ("on mat leave til sept, ask kev for the bookings", "on mat leave", "health"),
    ("recovering from a gambling addiction so no prize draws pls",
     "recovering from a gambling addiction", "health"),
    ("pregnant, so no site visits for me", "pregnant", "health"),
    ("Abeg, I get ulcer, no pepper soup for me.", "ulcer", "health"),
    ("I had a bypass in May, so no stairs.", "bypass", "health"),
    # inherited in the family; Hinglish and Swahili "I am"; peoples; a vote refused
    ("My son's got fragile X, it runs in our family.", "runs in our family", "genetics"),
    ("My son's got fragile X, it runs in our family.", "fragile X", "health"),
    ("Main Jain hoon, so no onion in the samples.", "Jain", "religion"),
    ("Being a Greek Orthodox myself, I'd skip the icons joke.", "Greek Orthodox", "religion"),
    ("Mimi ni Mkikuyu, book the interpreter under my name.", "Mkikuyu", "ethnic_origin"),
    ("Molo, I'm Xhosa, can the labels include isiXhosa?", "Xhosa", "ethnic_origin"),
    ("I will never vote for that lot again.", "will never vote for", "political_opinion"),
]


POSITIVES_FR += [
    ("Je suis TDAH, résumez-moi le devis en trois lignes.", "TDAH", "health"),
    ("en congé mat jusqu'en mai, voir avec Paul", "en congé mat", "health"),
    ("Enceinte de 6 mois, je ne pourrai pas venir.", "Enceinte", "health"),
    ("chui rebeu et votre appli me refuse", "rebeu", "ethnic_origin"),
    ("Entre deux réunions de section du parti, je signerai le devis.",
     "réunions de section du parti", "political_opinion"),
    ("La surdité se transmet chez nous et j'en ai hérité.", "j'en ai hérité", "genetics"),
    ("je ne voterai plus jamais pour eux, je veux du local", "ne voterai plus jamais pour",
     "political_opinion"),
    ("Je suis peule et fière de l'être.", "peule", "ethnic_origin"),
    # a union of Belgium or Switzerland named before the membership; a past with alcohol; a
    # group's religion
    ("La FGTB, dont je suis membre, m'a conseillé votre entreprise.", "FGTB",
     "union_membership"),
    ("Unia, dont je suis déléguée, organise une formation.", "Unia", "union_membership"),
    ("Vu mon passé avec l'alcool, pas de vin dans le coffret svp.", "passé avec l'alcool",
     "health"),
    ("nous sommes musulmans, prévoyez des plats halal", "musulmans", "religion"),
]
POSITIVES_EN += [
    # the writer introduced by a condition; a history with drugs; a misspelt medicine; a
    # group's religion and rite
    ("wheelchair user here, is the showroom step free?", "wheelchair user", "health"),
    ("Coeliac here - is the buffet gluten free?", "Coeliac", "health"),
    ("Because of my history with drugs I'd rather skip the bar.", "history with drugs",
     "health"),
    ("im on antidepresants so bit slow today, resend the link pls", "antidepresants", "health"),
    ("were muslims and need halal food for the event", "muslims", "religion"),
    ("We'd like to do a short puja before the showroom opens, is that ok?", "a short puja",
     "religion"),
    # sober for years; back from chemo
    ("I'm three years sober, so no wine in the hamper please.", "three years sober", "health"),
    ("Just back from chemo, so sorry if I'm slow with the order.", "Just back from chemo",
     "health"),
    # treatment as the message opens; what one wears for one's faith; a vote as the message
    # opens; a union's subs with a word between
    ("having dialysis this week so pls deliver friday", "having dialysis", "health"),
    ("Forgive my kippah in the video call, can we discuss the quote?", "kippah", "religion"),
    ("voted sinn fein last time, anyway can u quote for 3 units", "voted sinn fein",
     "political_opinion"),
    ("Just paid my annual Unison subs, so money is tight this month.", "Unison subs",
     "union_membership"),
    # the sixteenth round: a people named after "as a"; a convenor; Equity; a minority faith
    ("As a Yoruba woman I'd like the invite in both languages.", "Yoruba", "ethnic_origin"),
    ("our senior convenor wants the rota changes in writing", "senior convenor",
     "union_membership"),
    ("I'm an Equity rep on this production, the call sheet is wrong.", "Equity rep",
     "union_membership"),
    ("As a Druze I'd rather skip the wine pairing.", "Druze", "religion"),
    ("we're Quakers, so no fancy dress for the launch please", "Quakers", "religion"),
    # the seventeenth round: whoever suffers; a birth; a broken wrist; a hearing aid; RSI;
    # a back gone
    ("Our foreman suffers from epilepsy, so no night shifts.", "epilepsy", "health"),
    ("my daughter just gave birth so I'm off till Monday", "just gave birth", "health"),
    ("Kofi broke his wrist, so the install waits a week.", "his wrist", "health"),
    ("Ms Adeyemi has a sprained ankle and can't climb the tower.", "sprained ankle", "health"),
    ("Our receptionist wears a hearing aid, please use the loop.", "a hearing aid", "health"),
    ("Three of our packers have RSI from the old tape guns.", "RSI", "health"),
    ("can't meet the engineer, my back's gone again", "back's gone again", "health"),
]
POSITIVES_FR += [
    # an elected member described as the message opens
    ("Conseiller municipal socialiste, je voudrais un devis pour la mairie.", "socialiste",
     "political_opinion"),
    ("Vous avez peut-être vu ma kippa à la réunion ; le devis est prêt ?", "kippa",
     "religion"),
    # the sixteenth round: abstinence told; a minority faith
    ("je suis abstinente depuis l'an dernier, pas de champagne au pot svp", "abstinente",
     "health"),
    ("En tant que yézidie, je préfère éviter les repas du mercredi.", "yézidie", "religion"),
    # the seventeenth round: a condition anyone "souffre" of; a birth; a broken wrist; a
    # hearing aid
    ("Notre régisseur souffre d'un diabète, prévoyez une pause.", "diabète", "health"),
    ("ma soeur a accouché mardi donc je décale le rdv", "accouché", "health"),
    ("Le gardien s'est fracturé la cheville, quelqu'un d'autre ouvrira.", "fracturé la cheville",
     "health"),
    ("Mon associé porte un appareil auditif, préférez l'écrit.", "un appareil auditif", "health"),
]


@pytest.mark.parametrize(("text", "span", "subtype"), POSITIVES_FR)
def test_when_a_french_message_states_a_special_category_then_it_is_found(
        text: str, span: str, subtype: str) -> None:
    assert (span, subtype) in found(text, "fr")


@pytest.mark.parametrize(("text", "span", "subtype"), POSITIVES_EN)
def test_when_an_english_message_states_a_special_category_then_it_is_found(
        text: str, span: str, subtype: str) -> None:
    assert (span, subtype) in found(text, "en")


NEAR_MISSES = [
    ("Our health check endpoint returns 500.", "en"),  # monitoring
    ("Compute the union of two sets.", "en"),  # maths
    ("Our union of five cooperatives orders together.", "en"),  # a grouping
    ("We unite members of several teams in one workspace.", "en"),  # the verb
    ("The RMT strike may delay the delivery.", "en"),  # a strike, nobody's membership
    ("SELECT id FROM a UNION ALL SELECT id FROM b", "en"),  # SQL
    ("Prices include VAT for the European Union.", "en"),  # an institution
    ("Livraison dans toute l'Union Européenne.", "fr"),  # an institution
    ("Is a credit union account accepted for payment?", "en"),  # a bank
    ("Formation santé et sécurité au travail pour nos équipes.", "fr"),  # training
    ("Pouvez-vous chiffrer la mutuelle santé d'entreprise ?", "fr"),  # group insurance
    ("Please attach your Health & Safety certificate.", "en"),  # compliance document
    ("We religiously follow the procedure.", "en"),  # figurative
    ("The party (contract party) shall pay within 30 days.", "en"),  # a contract party
    ("Do you offer political risk insurance?", "en"),  # an insurance product
    ("Our Black Friday discount ends tonight.", "en"),  # a sale
    ("We resell it as a white label product.", "en"),  # a business model
    ("Quality is in the DNA of our brand.", "en"),  # figurative
    ("C'est dans notre ADN depuis 1950.", "fr"),  # figurative
    ("Please send the biometric door access product catalogue.", "en"),  # a product
    ("Invoice for our cancer research charity donation.", "en"),  # a donation
    ("Facture du don à la Ligue contre le cancer.", "fr"),  # a donation
    ("I have a question about diabetes products.", "en"),  # a product question
    ("J'ai une question sur vos chaussures pour diabétiques.", "fr"),  # a product range
    ("Votre enceinte Bluetooth est en rupture ?", "fr"),  # a loudspeaker
    ("Le coupon ? Il est invalide.", "fr"),  # a thing, not a person
    ("My account is disabled, please help.", "en"),  # an account
    ("Two-factor authentication is disabled.", "en"),  # a setting
    ("I'm sick of waiting for this delivery.", "en"),  # figurative
    ("We ran a double-blind test of the new packaging.", "en"),  # a method
    ("Quelle est votre politique handicap ?", "fr"),  # a company policy
    ("Le syndic de copropriété nous a écrit.", "fr"),  # property management
    ("Mon syndicat de copropriété refuse la livraison.", "fr"),  # a building's owners
    ("Le vote des actionnaires a lieu jeudi.", "fr"),  # a shareholder vote
    ("Je vote pour l'option B du devis.", "fr"),  # choosing an option
    ("Le bouton est à droite de l'écran.", "fr"),  # a direction
    ("Our white paper on biometrics is attached.", "en"),  # a document
    ("Nous vendons des lecteurs d'empreintes digitales.", "fr"),  # a product
    ("Réduisez votre empreinte carbone.", "fr"),  # a metaphor
    ("My husband and I run a bakery.", "en"),  # not a statement of orientation
    ("Mon mari et moi avons créé la société.", "fr"),  # not a statement of orientation
    ("Ce fromage ? Il est d'origine italienne.", "fr"),  # a product's origin
    ("Produit d'origine française.", "fr"),  # a product's origin
    ("Le ramadan commence lundi, prévoyez les horaires.", "fr"),  # a calendar fact
    ("La grippe aviaire a retardé nos livraisons d'œufs.", "fr"),  # supply chain news
    ("I'm a coffee addict.", "en"),  # figurative
    ("I'm liberal with discounts for loyal clients.", "en"),  # not politics
    ("We support the green transition.", "en"),  # not a party
    ("Our Asian market grew by 12%.", "en"),  # a market
    ("Je ne suis pas diabétique.", "fr"),  # negation: not reported (judgement call)
    ("Est-ce que vous êtes syndiqué ?", "fr"),  # the bot's question, not a statement
    ("Are the gluten-free products kosher?", "en"),  # a product attribute
    ("The Christian Dior order is late.", "en"),  # a brand
    # this round's words in other senses
    ("Pregnant customers love our chairs.", "en"),
    ("Enceinte bluetooth en panne depuis lundi.", "fr"),
    ("The bypass road closure delays our delivery.", "en"),
    ("I get the invoice on Monday.", "en"),
    ("The company is recovering from a bad quarter.", "en"),
    ("La section sportive a réservé la salle du parti de pétanque.", "fr"),
    ("Ce modèle se transmet de père en fils chez nous, c'est une tradition.", "fr"),
    ("The main hub is in Leeds.", "en"),
    ("Our Zulu time format is UTC.", "en"),
    # an organisation's faith, a group's union, a guest list, a process's history
    ("we are a Christian charity and need 40 mugs", "en"),
    ("We're Catholic-run, so the school needs invoices by term.", "en"),
    ("Nous sommes une école catholique, il nous faut 40 mugs.", "fr"),
    ("Le CSC de notre client, c'est un composant électronique ?", "fr"),
    ("Our history with this supplier is long.", "en"),
    ("Coeliac disease awareness week: can you print 200 flyers?", "en"),
    ("Back from the hospital visit to the client, here is the quote.", "en"),
    ("Our sober-curious menu needs new labels.", "en"),
    # a building's rehab; a fund's equity; a vote won by a company
    ("doing rehab of the old mill building next month", "en"),
    ("The equity subs of the fund are due on Friday.", "en"),
    ("Voted best supplier of the year, we'd like 40 trophies.", "en"),
    # the sixteenth round: allergic to meetings; a conference's convenor; a language spoken;
    # an equity partner
    ("Mon associé est allergique à la paperasse, envoyez le devis par mail.", "fr"),
    ("Our CFO is allergic to spreadsheets, can you send a PDF?", "en"),
    ("The convenor of the trade fair needs 20 stands.", "en"),
    ("As a Tamil speaker I can proofread the leaflet for you.", "en"),
    ("As an equity partner of the firm I sign the lease.", "en"),
    # the seventeenth round: phones for hearing aids; RSI guards; a robot's arm; a project
    # that suffers from delays; a server that suffers
    ("Do your handsets work with hearing aids?", "en"),
    ("We have RSI guards on every press.", "en"),
    ("Le bras du robot s'est cassé le bras de levage ?", "fr"),
    ("Le projet souffre de retards depuis mars.", "fr"),
    ("The old server suffers from poor cooling.", "en"),
    ("Mon chef est à l'hôpital pour une réunion avec la direction.", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), NEAR_MISSES)
def test_when_b2b_text_shares_the_vocabulary_then_the_rules_find_nothing(
        text: str, lang: str) -> None:
    assert RULES.detect(text, lang) == []


# The model, tuned for recall (a category masked in excess keeps nothing it should not), reads
# a category in some of these near-misses; its share, as measured when it was built, is
# written here (a rise is a choice made when the models are rebuilt).
MODEL_NEAR_MISSES_TAKEN = 0.06  # 5/84 (8/50 with the regression stack, 3/50 with the network
# at the L2 penalty 0.01, 5/50 at 1.0, which scores better out of fold and on the spent splits;
# 4/50 with the seventh batch and the gate at 99 %; 3/50 trained on the spent splits too, 1/50
# with the ninth batch's 200 near-misses a language, 3/50 with the ninth held-out split spent
# into the training data: "Je vote pour l'option B du devis", "Ce fromage ? Il est d'origine
# italienne", "Je ne suis pas diabétique", masked in excess; of the three union near-misses
# added since, the model takes "We unite members of several teams in one workspace"; with the
# tenth batch, written to the held-out brief, and heldout_v11 spent, "The RMT strike may delay
# the delivery" too: 3/50 and 2/3; on heldout_v13 its false alarms fell 2 -> 0 / 4 -> 3 of 120;
# with the eleventh batch and heldout_v12 spent, 4/53; with heldout_v13 spent and six near-misses
# of this round's rules added, 4/59; with heldout_v14 spent, 6/62: "Enceinte bluetooth en panne"
# read as a pregnancy and "Ce fromage ? Il est d'origine italienne" again, while on heldout_v16
# French false alarms rose 2 -> 3 of 119; with heldout_v15 spent and six near-misses of this
# round's rules added, 4/68, while on heldout_v17 French false alarms rose 3 -> 5 of 120; with
# heldout_v16 spent and two near-misses added, 5/70, "The RMT strike may delay the delivery" and
# "Ce fromage ? Il est d'origine italienne" again, while on heldout_v18 false alarms stayed 1 / 0
# of 120; with heldout_v17 spent, five networks averaged and three near-misses added, 5/73,
# while on heldout_v19 French false alarms fell 4 -> 3 of 120; with heldout_v18 spent and five
# near-misses added, 5/78 ("As a Tamil speaker I can proofread the leaflet" among them; 6/78
# under the previous models), while on heldout_v20 false alarms stayed 3 / 1 -> 3 / 2 of 120;
# with heldout_v19 spent and five near-misses added, 5/83 ("Mon associé est allergique à la
# paperasse" in place of "As a Tamil speaker"), while on heldout_v21 false alarms stayed 3 / 0
# of 120; with heldout_v20 spent, 7/84, "Je ne suis pas diabétique" and "As a Tamil speaker"
# again, while over three split pairs the previous and the new model found the same 995
# categories with the same 16 false alarms: a rebuild that measures level, shipped because the
# shipped model is the one `build.py` rebuilds from the repository; with heldout_v21 spent,
# 5/84, while on the worn splits (v22, v23, v24) the new model found two more categories of
# 1,020 and one more false alarm of 720; with heldout_v30 spent, 5/84, 4/84 with the previous
# model under this round's rules; with heldout_v31 spent, 3/84, 5/84 with the previous model
# under this round's rules; with heldout_v32 spent, 5/84, "Enceinte bluetooth en panne" and
# "As a Tamil speaker" again (3/84 with the previous model under this round's rules), while on
# heldout_v36 B2B false alarms fell 3 -> 1 / 5 -> 4 of 120 and on the worn splits (v33 to v35)
# 18 -> 14 of 718; with heldout_v33 and v34 spent, 5/84 (5/84 with the previous model under
# this round's rules), while on the worn splits (v35, v36) the new model found two fewer
# categories of 680 and flagged three more B2B lines of 479: a rebuild shipped because the
# shipped model is the one `build.py` rebuilds from the repository; 5 of 84 with heldout_v35
# to v37 spent (5 with the previous model under this round's rules), while on heldout_v38 the
# categories found and the B2B lines flagged stayed as they were; 4 of 84 with heldout_v38 and
# v39 spent (5 with the previous model under this round's rules), no worn split left to compare
# them on; 5 of 84 with heldout_v40 to v42 spent (4 with the previous model under this round's
# rules); 5 of 84 with heldout_v44 spent (5 with the previous model under this round's rules))


def test_when_the_model_reads_the_near_misses_then_it_takes_at_most_the_measured_share(
        ) -> None:
    taken = [text for text, lang in NEAR_MISSES if found(text, lang)]
    print(f"near-misses taken: {len(taken)}/{len(NEAR_MISSES)}")
    assert len(taken) / len(NEAR_MISSES) <= MODEL_NEAR_MISSES_TAKEN, taken


def test_when_a_finding_is_made_then_it_explains_who_it_is_about() -> None:
    [finding] = DETECTOR.detect("Je suis diabétique.", "fr")

    assert finding.type == SPECIAL_CATEGORY
    assert finding.subtype in SPECIAL_SUBTYPES
    assert finding.detector == "special_category"
    assert "je suis" in finding.reason.lower()


def test_when_the_statement_is_about_a_third_person_or_mild_then_the_score_is_lower() -> None:
    def score(text: str) -> float:  # the rule's own finding, whatever the model adds
        [finding] = [f for f in DETECTOR.detect(text, "en")
                     if f.detector == "special_category" and f.subtype == "health"]
        return finding.score

    writer = score("I have cancer.")
    relative = score("She has cancer.")
    mild = score("I have the flu.")

    assert writer > relative > mild


def test_when_every_subtype_is_exercised_then_both_languages_cover_it() -> None:
    assert {subtype for _, _, subtype in POSITIVES_FR} == set(SPECIAL_SUBTYPES)
    assert {subtype for _, _, subtype in POSITIVES_EN} == set(SPECIAL_SUBTYPES)
    assert len(POSITIVES_FR) >= 40 and len(POSITIVES_EN) >= 40


@given(st.text(max_size=80), st.sampled_from(["fr", "en"]))
def test_when_any_text_is_scanned_then_spans_stay_inside_it(text: str, lang: str) -> None:
    for finding in DETECTOR.detect(text, lang):
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.subtype in SPECIAL_SUBTYPES


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("İstanbul'da doğdum, je suis diabétique", "fr", "diabétique"),  # lower() changes length
    ("JE SUIS DIABÉTIQUE", "fr", "DIABÉTIQUE"),  # upper case
    ("I’m pregnant", "en", "pregnant"),  # typographic apostrophe
])
def test_when_case_or_unicode_vary_then_spans_still_index_the_original(
        text: str, lang: str, span: str) -> None:
    assert [text[f.start:f.end] for f in DETECTOR.detect(text, lang)] == [span]


@pytest.mark.parametrize(("text", "subtype"), [
    ("Our driver Tom is allergic to nuts, no peanut snacks in the cab please.", "health"),
    ("The lab manager, Dr Chen, is allergic to latex; please avoid latex gloves.", "health"),
    ("Dr Okafor is diabetic, so the lunch order needs a sugar-free option.", "health"),
    ("the site manager is Muslim so no pork at the barbecue", "religion"),
])
def test_when_a_colleague_is_named_by_their_job_or_title_then_the_category_is_found(
        text: str, subtype: str) -> None:
    assert subtype in {f.subtype for f in RULES.detect(text, "en")}


@pytest.mark.parametrize("text", [
    "Our driver is late today, can we move the slot?",
    "The lab manager is a genetics expert and wants the datasheet.",
    "Our CEO is a big fan of your union-made bags.",
])
def test_when_a_colleague_is_described_without_a_category_then_nothing(text: str) -> None:
    assert RULES.detect(text, "en") == []


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("Queer and proud, I'd like to know whether your trainers take part in Pride.", "en",
     "Queer and proud"),
    ("Fière d'être lesbienne, je cherche un fournisseur engagé.", "fr", "Fière d'être lesbienne"),
])
def test_when_an_orientation_is_claimed_with_pride_then_it_is_found(
        text: str, lang: str, span: str) -> None:
    assert [text[f.start:f.end] for f in RULES.detect(text, lang)
            if f.subtype == "sexual_orientation"] == [span]


@pytest.mark.parametrize(("text", "lang"), [
    ("On est un couple gai et on ouvre un gîte, vous livrez ?", "fr"),
    ("we're a same-sex couple running a B&B, do you deliver?", "en"),
])
def test_when_a_couple_says_what_it_is_then_the_orientation_is_found(text: str, lang: str) -> None:
    assert "sexual_orientation" in {f.subtype for f in RULES.detect(text, lang)}


@pytest.mark.parametrize(("text", "lang"), [
    ("We are a proud sponsor of the Pride run, can you print the bibs?", "en"),
    ("Fier d'être votre client depuis dix ans, je voudrais un geste commercial.", "fr"),
])
def test_when_pride_is_about_something_else_then_no_orientation(text: str, lang: str) -> None:
    assert [f for f in RULES.detect(text, lang) if f.subtype == "sexual_orientation"] == []


@pytest.mark.parametrize(("text", "partner"), [
    ("Je suis désolée, ma compagne est malade et ne pourra pas réceptionner la livraison.",
     "ma compagne"),
    ("Bonjour, je suis ravi : mon mari passera chercher les palettes jeudi.", "mon mari"),
    ("chuis desolee, ma femme a oublié le bon de commande", "ma femme"),
    ("Je serai absente lundi, ma compagne réceptionnera les cartons.", "ma compagne"),
    ("J'étais absent mardi, c'est mon mari qui a signé le bon.", "mon mari"),
    ("En tant que père, je préfère que mon époux récupère la commande le soir.", "mon époux"),
    ("My wife will sign for the delivery on Friday. Kind regards, Mrs Clarke", "My wife"),
    ("As a dad of two, my husband and I need the late slot for collection.", "my husband"),
    ("This is Ms Okafor: my girlfriend will collect the order.", "my girlfriend"),
    # The writer's first name, signed or introduced, when only one gender bears it.
    ("Mon mari passera prendre les palettes jeudi.\nJulien", "Mon mari"),
    ("My husband will pick up the order. Thanks, Mark", "My husband"),
    ("Hi, this is Kevin, my husband will sign for the delivery.", "my husband"),
    ("Bonjour, je m'appelle Sandrine, ma compagne viendra chercher la commande.", "ma compagne"),
    ("ma femme passera demain, merci. Aurélie", "ma femme"),
    # Any agreeing word, by its ending or its article; "mon conjoint", "ma conjointe".
    ("Ma chérie passera chercher la commande, je suis coincée au bureau.", "Ma chérie"),
    ("Ma femme et moi tenons la boutique, je suis la gérante.", "Ma femme"),
    ("Mon conjoint Paul viendra, je suis le gérant.", "Mon conjoint"),
    ("je suis un peu perdue, ma femme gère ça", "ma femme"),
    # Introduced as they start ("Mark here", "c'est Julien", "it's Anna"), a closing before a
    # dash ("Cheers, Priya - ..."), a title introduced or signed over several words.
    ("Hi, Mark here. My husband will collect the pallets on Friday.", "My husband"),
    # heldout_v34's round: where from, between the name and "here"; "here" in Polish
    ("Tom from the depot here, my husband drives the van.", "my husband"),
    ("Agnieszka tutaj, my wife will sign the contract.", "my wife"),
    # heldout_v35's round: signing off as a name, a clergyman introduced with his title, the
    # partner named in the writer's own language, "Jess"
    ("Signing off as Kirsty - my wife handles the invoices.", "my wife"),
    ("Rev. Daniel Hughes here; my husband will bring the van.", "my husband"),
    ("Hi, I'm Lucía and my novia runs the bakery.", "my novia"),
    ("Jess here, my girlfriend booked the hall.", "my girlfriend"),
    ("Bonjour, c'est Julien, mon mari passera récupérer la commande.", "mon mari"),
    ("Hello, it's Anna from reception. My wife and I are off next week.", "My wife"),
    ("Cheers, Priya - my wife will sign for the delivery.", "my wife"),
    ("Mrs Clarke here; my wife Anna is the co-owner of the shop.", "my wife"),
    ("Mr Patel speaking: my husband and I run the café that orders your syrups.",
     "my husband"),
    ("Regards, Mr. Daniel Evans -- my husband will call about the quote.", "my husband"),
    ("Dear team, my wife will be covering for me. Mrs Helen Ward", "my wife"),
    ("Cordialement, M. Dupont. Mon compagnon réceptionnera le colis.", "Mon compagnon"),
    ("Greg here, my hubby will pick up the order tomorrow", "my hubby"),
    ("this is lisa, my gf will sign 4 the parcel", "my gf"),
    ("As a married man, I'd like my husband added as a second contact.", "my husband"),
    # A partner of no stated gender, named or titled.
    ("Please add my spouse, Mr Kevin Lee, as a second contact. Thanks, Brian",
     "my spouse, Mr Kevin"),
    # Chat spellings and slang ("mon mec", "my husbend"), an SMS "c" for "c'est", "X again".
    ("slt c yanis mon mec recup la commande jeudi", "mon mec"),
    ("Mr Adeyemi here, my husbend will pay the deposit.", "my husbend"),
    ("Im Kwabena, my boyfrend will pick up the parcel.", "my boyfrend"),
    ("Ms Novak again. My fiancée will handle the invoice from now on.", "My fiancée"),
    # Described at the message's start, in French by a noun whose ending tells the gender.
    ("Papa de trois enfants avec mon mari, je voudrais une livraison le soir.", "mon mari"),
    ("Directrice commerciale, ma femme et moi signerons le bail ensemble.", "ma femme"),
    ("Gérant du magasin, mon mari viendra chercher les cartons.", "mon mari"),
    # "copine"/"copain" in a couple's own words.
    ("je suis pacsée avec ma copine depuis 2019, on veut un compte pro à deux", "ma copine"),
    # "copine"/"copain" anywhere: a friend as often as a partner, but recall comes first.
    ("chuis desolee ma copine va venir", "ma copine"),
    ("ma copine signera le bail, moi c yasmine", "ma copine"),
    ("Je suis Dominique, la gérante : ma petite amie prendra le relais en août.",
     "ma petite amie"),
    ("This is Sophie. My ex-girlfriend still has access to our account, please remove her.",
     "My ex-girlfriend"),
    # The words of the languages visitors mix in, and their introductions.
    ("Hola, soy Carmen; mi esposa Lucía also signs the contract.", "mi esposa"),
    ("Hallo, ich bin Jürgen, mein Mann holt die Lieferung ab, thanks.", "mein Mann"),
    ("Apologies from Daniel: my husband is unwell, so I answer late.", "my husband"),
    # A name, a role, then "ici" / "here"; a compound name; an opening word that agrees; an
    # epicene word made clear by the next ("Jeune papa"); "X writing", "X hier".
    ("Julien, cogérant ici : c'est mon mari qui signera le bail.", "mon mari"),
    ("Bonjour, Jean-Marc à l'appareil. Mon époux est aussi mon associé.", "Mon époux"),
    ("Ravie de vous lire ! Ma femme et moi tenons la boutique.", "Ma femme"),
    ("Enchantée, Mme Durand ; ma fiancée Léa validera le devis.", "ma fiancée"),
    ("Jeune papa, je prends un congé avec mon mari en mars.", "mon mari"),
    ("Priya writing. My girlfriend and I are starting a farm.", "My girlfriend"),
    ("Mr Van der Berg hier, my husband Johan and I run the guesthouse.", "my husband"),
    # "the boyfriend", as British chats say their own.
    ("Me and the boyfriend are opening a café in Cork. Sean", "boyfriend"),
    # a title and name opening the message, then a role; "je me présente, X"; Māori and
    # short names; a couple named "X and I ... married"
    ("Mme Berthier, acheteuse : ma compagne passera signer le bail.", "ma compagne"),
    ("Je me présente, Hugo Lemaire ; mon conjoint gère les achats.", "mon conjoint"),
    ("Hemi here, my husband Rawiri runs the orchard.", "my husband"),
    ("Ben here – my husband's the one who ordered.", "my husband"),
    ("Ms Jo Park here; Hannah and I got married in June, so we both sign.", "Hannah"),
    # "je suis Mme X", "I, Ms X,", "jsuis X", German "hier ist X"
    ("Je suis Mme Nathalie Bertin ; mon épouse réservera la séance.", "mon épouse"),
    ("I, Ms Amara Doyle, will attend with my wife.", "my wife"),
    ("jsuis nadia et ma meuf bosse chez vous", "ma meuf"),
    ("Hallo, hier ist Jonas; mein Mann picks up the samples.", "mein Mann"),
    # Québec's "chum" and "blonde", a spelling, Afrikaans, "c'est moi, X, qui", "et moi X je"
    ("Mon chum pis moi, on cherche une salle. Moi c'est Jean-Marc.", "Mon chum"),
    ("ma blonde pis moi on veut réserver. Moi c'est Julie.", "ma blonde"),
    ("Mr Walsh here. My husbund deals with invoices, pls cc him.", "My husbund"),
    ("Ek is Willem, en my man Thabo sal die boxes kom haal.", "my man"),
    ("Ma compagne est malade, alors c'est moi, Sophie, qui passe les commandes.",
     "Ma compagne"),
    ("mon mari a eu un souci et moi julien je dois gerer la livraison", "mon mari"),
    # a couple told feminine; "je ne suis que l'associée"; "en couple avec une femme"; "X aquí"
    ("Ma compagne et moi, on est toutes les deux gérantes, mettez nos deux noms.",
     "Ma compagne"),
    ("Le bail sera au nom de ma compagne, Julie ; je ne suis plus que simple employée.",
     "ma compagne"),
    ("C'est mon épouse Anne qui signe ; je ne suis que l'associée.", "mon épouse"),
    ("Je suis en couple avec une femme et on reprend la ferme. Sophie", "une femme"),
    ("Carlos aquí, mi novio picks up the parts.", "mi novio"),
    # a greeting of the languages visitors mix in before "X here"
    ("Salaam, Fatima here, my wife runs the café side.", "my wife"),
    ("Kia ora, Hemi here, my husband will sign the lease.", "my husband"),
    # the seventeenth round: a title and a name with an apostrophe; Polish; the writer named
    # in brackets
    ("Mr O'Neill speaking, my husband will collect the keys.", "my husband"),
    ("Marek tu. Mój mąż odbierze the order tomorrow.", "Mój mąż"),
    ("My husband Ewan and I (Callum) need two badges.", "My husband"),
    # the nineteenth round: signed "Signé X" (not the name "Signe"); a first name and role
    # opening the message; "the husband" as the subject, as British chats say their own
    ("Mon époux Karim et moi reprenons la cave, signé Farid.", "Mon époux"),
    ("Chloé, responsable qualité : ma compagne gère aussi une fromagerie.", "ma compagne"),
    ("Priya, procurement lead - my wife runs the other site.", "my wife"),
    ("dave here, the husband's collecting the tent on friday", "husband"),
    ("Forward it to my husband Paolo please. Thanks, Luca.", "my husband"),
    # the twentieth round: the writer named by the SMS "c" after a greeting, or by a closing
    # first name and role
    ("slt c mehdi, mon mec passera prendre la remorque", "mon mec"),
    ("Ma compagne gère les réservations, je serai absente lundi. Sandrine, gérante du chenil",
     "Ma compagne"),
    # the twenty-first round: an epicene noun then its feminine adjective; two women, the
    # writer one of them
    ("Je suis pianiste indépendante, ma femme s'occupe du devis.", "ma femme"),
    ("Ma copine et moi on est toute les deux bouchères, la chambre froide a lâché.",
     "Ma copine"),
    ("Avec ma compagne, nous sommes deux pharmaciennes à Lausanne.", "ma compagne"),
    # heldout_v30's round: "Mme X vous écrit", two dads, a writer's pronouns, an Italian
    # introduction and partner, a Portuguese partner, an Igbo first name
    ("Mme Lefort vous écrit : ma femme et moi reprenons la tannerie.", "ma femme"),
    ("Mon compagnon et moi, deux papas très pris, préférons un rendez-vous le soir.",
     "Mon compagnon"),
    ("My husband will collect the radios. Thanks, Sam (he/him)", "My husband"),
    ("Buongiorno, sono Giorgio. Mio marito Paolo will sign the quote.", "Mio marito"),
    ("Olá, eu sou Joana. A minha namorada will pay the invoice.", "minha namorada"),
    ("Ikenna here. My husband Obi will bring the keys.", "My husband"),
])
def test_when_the_writer_names_a_partner_of_their_own_gender_then_it_is_sexual_orientation(
        text: str, partner: str) -> None:
    findings = [f for f in RULES.detect(text, "fr" if " je " in f" {text.lower()} " else "en")
                if f.subtype == "sexual_orientation"]
    assert [text[f.start:f.end] for f in findings] == [partner]
    assert "written by a" in findings[0].reason


@pytest.mark.parametrize(("text", "partner"), [
    ("Our site lead Tom and his husband Raj are moving to Leeds.", "his husband"),
    ("Our finance director Emma and her wife are both signatories.", "her wife"),
    ("Ms Okafor's wife will be the contact while she is away.", "Ms Okafor's wife"),
    ("Our CEO is bringing Sarah's girlfriend to the dinner.", "Sarah's girlfriend"),
    # The role tells the gender here before the name does: the finding starts at the role.
    ("Notre directeur Marc et son mari déménagent, merci de changer l'adresse.",
     "Notre directeur Marc et son mari"),
    ("Notre comptable Sophie et sa femme sont toutes deux signataires.", "Sophie et sa femme"),
    ("Mme Roux et sa compagne passeront signer.", "Mme Roux et sa compagne"),
    ("Le mari de M. Martin viendra chercher la commande.", "mari de M. Martin"),
    ("Notre acheteur principal vit avec son compagnon à Lausanne, livrez chez eux.",
     "Notre acheteur principal vit avec son compagnon"),
    # a name apposed and a few words before "avec son mari"
    ("Notre régisseur, Paul Henry, viendra au salon avec son mari.",
     "Notre régisseur, Paul Henry, viendra au salon avec son mari"),
    ("La gérante et sa femme passeront signer le bail.", "La gérante et sa femme"),
])
def test_when_someone_else_has_a_partner_of_their_own_gender_then_it_is_sexual_orientation(
        text: str, partner: str) -> None:
    lang = "fr" if any(word in text.lower() for word in (" et ", " de ")) else "en"
    findings = [f for f in RULES.detect(text, lang) if f.subtype == "sexual_orientation"]
    assert [text[f.start:f.end] for f in findings] == [partner]
    assert "the partner of a" in findings[0].reason


@pytest.mark.parametrize("text", [
    "Tom and his wife run the bakery.",
    "Marc et sa femme viendront.",
    "la femme de Paul passera",
    "le mari de Sophie passera",
    "la femme de ménage de Sophie passera",
    "Pierre's wife will sign.",
    "Claude et son mari viendront",  # Claude tells nothing
    "Mme Roux et son mari passeront",
    "Notre directeur et sa femme viendront au salon.",
    "La gérante et son mari passeront signer le bail.",
    "Notre directeur a déjeuné avec Mme Roux et son mari.",  # her husband
    "Notre directeur vient avec sa femme au gala.",
])
def test_when_someone_else_has_a_partner_of_the_other_gender_then_nothing(text: str) -> None:
    assert [f for f in RULES.detect(text, "fr") if f.subtype == "sexual_orientation"] == []


@pytest.mark.parametrize("text", [
    "Je suis désolée, mon mari réceptionnera la livraison.",  # a woman's husband
    "Je suis ravi, ma femme passera chercher la commande.",  # a man's wife
    "mon mari viendra chercher la commande",  # the writer's gender is not told
    "Ma femme de ménage ouvrira, je suis désolée.",  # the cleaner
    "ma copine va venir chercher la commande",  # the writer's gender untold
    "Salaam, Karim here, my wife will collect the order.",  # a man's wife
    "Je suis sur le chantier, mon mari vous rappellera.",  # "sur", not "sûr"
    "My husband will sign for it. Regards, Mrs Clarke",
    "I'm a dad and a mum to my team, my wife says.",  # both told: no guess
    "Regards, Claude. My husband will pay the invoice.",  # a name alone tells nothing
    "My husband will pay the invoice. Thanks, Camille",  # borne by women and men alike
    "Mon mari passera voir Julien demain.",  # Julien is not the writer
    "Bonjour Julien, mon mari passera demain.",  # greeted, not signing
    "Mon mari passera. Cordialement, Marie Dupont",  # a woman's husband
    "Je suis marié, ma femme passera.\nJulien",  # "marié" is no name; a man's wife
    "je suis un peu perdue, mon mari gère ça",  # "un peu" is no article
    "Je suis là demain, ma femme passera.",  # "là" is no article
    "Je suis libre jeudi, ma femme passera.",  # "libre" says no gender
    "Thanks Mark, my husband will call you.",  # Mark is thanked, not signing
    "Bonjour, c'est Julien qui passera, mon mari est malade.",  # Julien comes, not writes
    "Hi, it's Mark's order, my husband paid it.",
    "Hi it's Mr Jones' delivery; my husband will sign",  # Mr Jones's delivery, not the writer
    "Hi Mark, my husband will collect.",  # greeted
    "My husband will deal with Mr Smith",  # Mr Smith is not signing
    "Regards, Kim - my wife will sign",  # Kim tells nothing
    "Please send it to my partner Sam, who handles the books.",  # Sam neither
    "Mrs Patel again, my husband will sign",  # a woman's husband
    "Gérante du magasin, mon mari viendra chercher la commande.",  # a woman's husband
    "Monsieur, je vous écris pour mon mari qui est absent.",  # the reader addressed
    "Mon copain de promo m'a conseillé votre logiciel.",  # a friend
    "Salut, c'est pour mon mari, il passera demain.",  # "c'est pour", no name
    "Ravie de vous lire ! Mon mari et moi tenons la boutique.",  # a woman's husband
    "Julien, cogérant ici : c'est ma femme qui signera.",  # a man's wife
    "the boyfriend of our client is the buyer",  # not the writer's
    "Mr Diallo here; Sarah and I got married in May.",  # a man and a woman
    "Tom and I married our two databases last spring.",  # the writer's gender untold
    "Mme Dupont, votre commande : mon mari passera la chercher.",  # a woman's husband
    "I, Mr Okoro, will attend with my wife.",  # a man's wife
    "Hi, Willem here, my man on site will sign for it.",  # English "my man": no husband
    "ma blonde pis moi on veut réserver. Moi c'est Mathieu.",  # a man's girlfriend
    "Ma femme est enceinte donc c'est moi, Camille, qui gère",  # Camille tells nothing
    "Mon mari et moi sommes ravis.",  # a couple told masculine (or mixed)
    "Je suis en couple avec un homme. Sophie",  # a woman's partner
    "Anna tu. Mój mąż will sign.",  # a woman's husband, in Polish
    "My wife and I (Callum) need two badges.",  # a man's wife
    "Paul, petite question : ma femme est passée hier.",  # Paul greeted, no role
    "Dave here. The wife of the owner will sign.",  # someone else's wife
    "Signé Anne : mon mari passera.",  # a woman's husband
    "Buongiorno, sono Giulia. Mio marito Paolo will sign.",  # a woman's husband, in Italian
    "My wife will collect the radios. Thanks, Sam (he/him)",  # a man's wife
    "Mme Lefort vous écrit : mon mari passera lundi.",  # a woman's husband
])
def test_when_the_partner_is_of_the_other_gender_or_the_writers_is_untold_then_nothing(
        text: str) -> None:
    lang = "fr" if any(word in text.lower() for word in ("je ", "mon ", "ma ")) else "en"
    assert [f for f in RULES.detect(text, lang) if f.subtype == "sexual_orientation"] == []


@pytest.mark.parametrize("text", [
    "Je suis Thomas, ma femme organise le séminaire et réglera la facture.",
    "Mr Osei speaking, my wife booked the venue last week.",
    "Ici Mme Lefèvre : mon mari passera chercher les badges.",
])
def test_when_the_text_tells_a_couple_of_two_genders_then_the_model_is_overruled(
        text: str) -> None:
    # The model cannot weigh who writes; the words that tell both genders can.
    assert other_gender_partners(text)
    lang = "fr" if " ma " in text or " mon " in text else "en"
    assert [f for f in DETECTOR.detect(text, lang) if f.subtype == "sexual_orientation"] == []


def test_when_the_partner_is_an_ex_then_the_model_is_not_overruled() -> None:
    # "since coming out, I've left my ex-husband": a past partner tells nothing of now.
    assert other_gender_partners("It's Aisha; since coming out I've left my ex-husband.") == []


@pytest.mark.parametrize(("text", "lang", "subtype"), [
    # the writer's gender from an opening with their title or full name and role
    ("Monsieur Lambert, responsable sécurité. Mon époux étant hospitalisé, je reporte la "
     "démonstration.", "fr", "sexual_orientation"),
    ("Antoine Roux, gérant du port ; mon mari et moi gérons la capitainerie.", "fr",
     "sexual_orientation"),
    ("Dr Henrik Olsen here. My husband and I would like to donate to the fund.", "en",
     "sexual_orientation"),
    # a colleague by their job or title, then what they are
    ("Notre organiste titulaire, Mme Perrin, est malvoyante ; la console aura-t-elle des "
     "repères ?", "fr", "health"),
    ("Mon boss est claustro, il tiendra une heure dans la nacelle ?", "fr", "health"),
    ("Moi je suis anar, mais c'est mon boulot de commander votre chlore.", "fr",
     "political_opinion"),
    ("Where are contractors' palm-vein templates stored? Mine was enrolled last Tuesday.", "en",
     "biometrics"),
    # the writer's role, or name in apposition to "moi"; someone else's by their role
    ("En tant que gérant, je vous informe que mon époux s'occupe de la facturation.", "fr",
     "sexual_orientation"),
    ("Étant moi-même la directrice, je délègue à ma femme la gestion du contrat.", "fr",
     "sexual_orientation"),
    ("Je suis veuve de ma compagne et je reprends seule le contrat.", "fr",
     "sexual_orientation"),
    ("Mon mari et moi, Jean-Paul, gérons le terrain de golf.", "fr", "sexual_orientation"),
    ("Le patron est en congé avec son mari jusqu'au 15.", "fr", "sexual_orientation"),
    # the twentieth round: a pregnancy by its verb, a union office in apposition, Rifian
    # origins, an inherited condition as health too, a titled person's condition
    ("Notre boulangère, Mme Diallo, attend un bébé : qui peut charger le four ?", "fr",
     "health"),
    ("j'attends des jumeaux, la livraison doit être avant août", "fr", "health"),
    ("karim notre élu cfdt veut une démo du logiciel", "fr", "union_membership"),
    ("mon beau-père est rifain, il veut vous parler", "fr", "ethnic_origin"),
    ("Mon associé a une maladie héréditaire, il faut un accès sans marches.", "fr", "health"),
    ("My father-in-law has Huntington's disease, can the booth have a seat?", "en", "health"),
    ("My father-in-law has Huntington's disease, can the booth have a seat?", "en", "genetics"),
    ("Our baker, Mrs Adeyemi, has diabetes, so no sugar samples please.", "en", "health"),
    # ... and, from probes of my own: one person named by the condition's adjective,
    # same-sex parents
    ("Un collègue malentendant nous a parlé de vos boucles magnétiques.", "fr", "health"),
    ("a deaf colleague asked about your hearing loops", "en", "health"),
    ("On est deux mamans, les deux noms sur la facture svp.", "fr", "sexual_orientation"),
    ("We're two dads, please put both names on the form.", "en", "sexual_orientation"),
    # the twenty-first round: a colleague by their job who has an illness, infections, an
    # opinion in English words, a vote in Afrikaans, a people the writer belongs to, a birth
    # in Nigerian Pidgin
    ("Le cariste, Ousmane, a la dengue, il reprend lundi.", "fr", "health"),
    ("Notre chauffeur a la tuberculose, faut-il désinfecter la cabine ?", "fr", "health"),
    ("Our site manager at the depot has pneumonia, so the visit moves to May.", "en",
     "health"),
    ("The fitter, Mr Obi, has malaria again.", "en", "health"),
    ("moi je suis plutôt right-wing, mais bon, le devis ?", "fr", "political_opinion"),
    ("Ek het vir die ANC gestem, anyway the pump quote please.", "en", "political_opinion"),
    ("Nos gardiens sont des Sérères de Fatick, comme moi.", "fr", "ethnic_origin"),
    ("The night crew are Igbo from Enugu, like me.", "en", "ethnic_origin"),
    ("my sister don born yesterday, I go come next week", "en", "health"),
    # ... and from heldout_v24's, read once before it is spent: a descent, an office held for
    # a party, a couple titled alike, a patient, an inherited condition apposed, a union
    # joined long ago, a named allergy
    ("En qualité de fils d'immigrés marocains, je tiens à ce devis.", "fr", "ethnic_origin"),
    ("Conseillère communale Ecolo de notre ville, je vous écris pour la salle.", "fr",
     "political_opinion"),
    ("La facture doit être au nom de M. et M. Laurent.", "fr", "sexual_orientation"),
    ("Please address it to Mrs and Mrs Adebayo.", "en", "sexual_orientation"),
    ("Patient 5512 has cystic fibrosis, please plan a longer fitting.", "en", "health"),
    ("She has Stargardt disease, an inherited eye condition, so large print please.", "en",
     "genetics"),
    ("Been in Unison since 2009, so I know how rotas work.", "en", "union_membership"),
    # ... and from heldout_v25's: a pregnancy lost, a hard spell, conditions of the senses,
    # Duchenne (inherited), a couple of two men, a partner in Māori, a woman titled "Aunty",
    # a named person's voiceprint
    ("Depuis la perte de notre bébé, je suis moins disponible.", "fr", "health"),
    ("Notre gardien traverse une période de dépression, merci de passer par moi.", "fr",
     "health"),
    ("Our head chef has tinnitus, can the extractor be quieter?", "en", "health"),
    ("Our librarian is partially sighted, is there a large-print manual?", "en", "health"),
    ("My son has Duchenne, so the controls must be low.", "en", "genetics"),
    ("mon chum pis moi on est deux gars, on signe tous les deux", "fr", "sexual_orientation"),
    ("Aunty Mele here, my wife will collect the order.", "en", "sexual_orientation"),
    ("Our manager's voiceprint unlocks the safe; can we add a second one?", "en", "biometrics"),
    # ... and from heldout_v26's: a kinship settled by DNA, a named brother apposed, a man
    # married to a man, two dads, one person's hand geometry, covid caught, a signature and a
    # postscript
    ("Le test ADN a confirmé que Paul est mon cousin, il signera.", "fr", "genetics"),
    ("Soeur Agnès, notre voisine, est malvoyante : sonnez deux fois.", "fr", "health"),
    ("Marié avec un homme depuis trois ans, je change de nom sur le contrat.", "fr",
     "sexual_orientation"),
    ("Mes deux mamans tiennent la boutique, la facture à leur nom.", "fr", "sexual_orientation"),
    ("My two dads ran the mill before me.", "en", "sexual_orientation"),
    ("Merci d'enregistrer les empreintes digitales de Moussa au portique.", "fr", "biometrics"),
    ("cant make the meeting, caught covid again", "en", "health"),
    ("Mr Tom Walsh. P.S. My husband Ben will sign for the parcel.", "en", "sexual_orientation"),
    ("The patient for case 88 has a known latex allergy.", "en", "health"),
    # ... and from heldout_v27's: a woman's role of three words, a couple named in apposition,
    # a signature with the full name in brackets, a recovery from gambling
    ("Mme Leroy, responsable des achats : ma compagne gère la cave.", "fr",
     "sexual_orientation"),
    ("ma femme et moi sophie on a un gîte à rénover", "fr", "sexual_orientation"),
    ("My wife and I run the farm shop. Kath (Katherine Byrne)", "en", "sexual_orientation"),
    ("Now I'm out of the rehab clinic I can sign the order.", "en", "health"),
    ("He's off the gambling for good, so he's back on the account.", "en", "health"),
    # ... and from heldout_v28's: sober, a pregnancy counted in weeks, a customer's faith, a
    # signature opening the message, German greetings, typos of husband, bisexual and stroke,
    # a retina pattern
    ("Je ne bois plus une seule goutte depuis janvier.", "fr", "health"),
    ("I haven't had a drink since the spring, so juice for me.", "en", "health"),
    ("I'm twelve weeks along, so no ladders for me.", "en", "health"),
    ("Ma cliente est musulmane pratiquante, livrez avant le vendredi.", "fr", "religion"),
    ("Signé Julien : mon mari passera prendre la commande.", "fr", "sexual_orientation"),
    ("Hallo, Greta hier, meine Frau will pay by card.", "en", "sexual_orientation"),
    ("this is Tom, my huband will collect it", "en", "sexual_orientation"),
    ("im bisexsual and need the rainbow banner", "en", "sexual_orientation"),
    ("since my strok I cant use the keypad", "en", "health"),
    ("Is my retina pattern kept after I leave?", "en", "biometrics"),
    # ... and from heldout_v29's: a conversion of faith, a Māori iwi, an Afrikaans descent,
    # hemiplegia, the writer's gender told by "je soussigné", a role mid-message or
    # hyphenated or in "-eure", a full name and a dash, "as Mr", Québec's "chu" and "ma
    # blonde", a misspelt wife
    ("After converting to Judaism I keep the Sabbath, so no Saturday visits.", "en",
     "religion"),
    ("Depuis ma conversion à l'islam, je ne travaille plus le vendredi midi.", "fr",
     "religion"),
    ("Our crew would love the logo in te reo, toku iwi is Ngāi Tahu.", "en", "ethnic_origin"),
    ("Ons is van Indiese afkoms, so the blessing happens before we open.", "en",
     "ethnic_origin"),
    ("Mon frère est hémiplégique, il lui faut une rampe.", "fr", "health"),
    ("Je soussignée Claire Martin, gérante avec ma compagne du camping, demande un devis.",
     "fr", "sexual_orientation"),
    ("Le devis est arrivé. Chauffeur routier, je laisse mon compagnon signer.", "fr",
     "sexual_orientation"),
    ("Auxiliaire-puéricultrice, je partage le bail avec ma copine.", "fr",
     "sexual_orientation"),
    ("Professeure de chant, ma femme et moi cherchons une salle.", "fr", "sexual_orientation"),
    ("plombier dun petit village avec mon mari, chaudiere en panne", "fr", "sexual_orientation"),
    ("chu Mélanie pis ma blonde on veut deux billets", "fr", "sexual_orientation"),
    ("Mr Thomas Reid – my husband will bring the cheque.", "en", "sexual_orientation"),
    ("As Ms Njeri, I confirm my wife co-signs the lease.", "en", "sexual_orientation"),
    ("Hi, I'm Lucy and my wief handles the invoices.", "en", "sexual_orientation"),
    # ... and from heldout_v30's: colleagues by their job, together, and a people of Québec or
    # the Arctic; an origin in part; a couple of two men in apposition; a Swahili faith
    ("Nos guides sont des Innus de la Côte-Nord, ils connaissent le terrain.", "fr",
     "ethnic_origin"),
    ("Mes collègues sont des Kabyles, on fête Yennayer ensemble.", "fr", "ethnic_origin"),
    ("Selon mon test ADN je suis à moitié atikamekw, un motif pour le logo ?", "fr",
     "ethnic_origin"),
    ("My grandmother is Mi'kmaq and would love the quillwork pattern.", "en", "ethnic_origin"),
    ("Mon mari et moi, deux hommes pressés, voulons un rendez-vous tôt.", "fr",
     "sexual_orientation"),
    ("My husband and I, two blokes from Hull, want the van on Friday.", "en",
     "sexual_orientation"),
    ("Sisi ni Waislamu, so no pork in the canteen order please.", "en", "religion"),
    # ... and from heldout_v32's: "gai" as Québec writes it, a Sufi brotherhood of Senegal, a
    # condition and a partner misspelt
    ("Moi chu gai pis mon chum s'occupe des factures.", "fr", "sexual_orientation"),
    ("Je suis tidjane, la cérémonie est vendredi soir.", "fr", "religion"),
    ("On est une famille mouride de Thiès, livrez avant le Magal.", "fr", "religion"),
    ("I'm hard of herring, so text me rather than ring.", "en", "health"),
    ("My boyfirend Sam signs for it, he's on the lease. Cheers, Tom", "en",
     "sexual_orientation"),
    # ... and from heldout_v33's: coeliac written with its ligature, a fiancée spelt without
    # its "e", "trop" before the agreement, maternity leave opening a chat
    ("Pour le repas, je suis cœliaque.", "fr", "health"),
    ("Je suis trop contente, ma fiancé Inès a adoré la salle.", "fr", "sexual_orientation"),
    ("off on mat leave next week, ask Raj about the labels", "en", "health"),
    # ... and from heldout_v35's: out of heart surgery, a family's faith, a sommelier's
    # condition, a past addiction apposed, Lent kept now, a Québec girlfriend's faith, a
    # clergyman's office, epilepsy in Swahili, a union one is with
    ("Ma femme se remet d'une greffe de rein, je gère seul cette semaine.", "fr", "health"),
    ("Née d'une famille libanaise maronite, je parle arabe et français.", "fr", "religion"),
    ("Notre serveuse est épileptique, prévoyez un éclairage sans flash.", "fr", "health"),
    ("Ex-alcoolique : pas de bouteille dans le colis cadeau, merci.", "fr", "health"),
    ("on est en plein ramadan, passez après 20h", "fr", "religion"),
    ("Mon chum est très musulman, pas de porc au buffet svp.", "fr", "religion"),
    ("I'm an Anglican vicar, so Sunday deliveries are out.", "en", "religion"),
    ("Mtoto wangu ana pumu, the dust from the works worries me.", "en", "health"),
    ("I'm with Unison and our branch needs 40 chairs.", "en", "union_membership"),
    # ... and from heldout_v36's: a print in the language mixed in, two women wed, a joint
    # replaced, a Māori writer's name
    ("Meine Fingerabdrücke ne passent plus sur la badgeuse.", "fr", "biometrics"),
    ("Inscrivez Mme Roux et Mme Benali, nous sommes pacsées.", "fr", "sexual_orientation"),
    ("After my hip replacement I can't climb the ladder, send someone else.", "en", "health"),
    ("Aroha here, my wife will collect the sail.", "en", "sexual_orientation"),
    # ... and from heldout_v37's: masculine forms of an origin, a condition of the eyes,
    # abstinence counted, a second state after "I'm", a subject left out, a letterhead, a
    # partner without "my", a campaign for a party misspelt
    ("Mon grand-père est métis, il tenait la scierie.", "fr", "ethnic_origin"),
    ("Je suis moitié amérindien, ça vous pose un souci ?", "fr", "ethnic_origin"),
    ("Depuis mon glaucome je lis mal vos bons de livraison.", "fr", "health"),
    ("Ça fait deux ans sans alcool pour moi, donc pas de dégustation.", "fr", "health"),
    ("I've been eight months without a drink, so skip the tasting.", "en", "health"),
    ("I'm the site lead and only just out of hospital, so email me.", "en", "health"),
    ("Am a Yoruba woman and my team greets before business.", "en", "ethnic_origin"),
    ("Tomasz Nowak, Operations Director. My husband will sign the lease.", "en",
     "sexual_orientation"),
    ("Thanks, Greg here. Husband's surgery Friday so I'm away.", "en", "sexual_orientation"),
    ("We were canvasing for Sinn Féin all weekend, sorry for the delay.", "en",
     "political_opinion"),
    # ... and from heldout_v38's: two women by their plural, a man by "c'est moi, le ...", a
    # titled letterhead, Afrikaans health, twins expected, a convenor here, a Spanish origin
    ("Mon épouse et moi sommes les fondatrices de la cidrerie.", "fr", "sexual_orientation"),
    ("Mon chum pis moi on livre ; c'est moi, le gars du camion, qui écris.", "fr",
     "sexual_orientation"),
    ("Mr Tomás Reyes. My husband will pick up the carousel horse.", "en",
     "sexual_orientation"),
    ("Ek is Sarel, my pa het pas 'n beroerte gehad, so the kiln waits.", "en", "health"),
    ("We're expecting our first baby in May, so no site visits after April.", "en", "health"),
    ("Convenor here for the dock crew, when do the barriers arrive?", "en",
     "union_membership"),
    ("Soy colombiana, can the van lettering include Spanish?", "en", "ethnic_origin"),
    ("Mon combat contre le cancer m'a éloignée du chantier.", "fr", "health"),
    ("My fight against leukaemia kept me off site in May.", "en", "health"),
    # ... and from heldout_v39's: the writers of a people, a man's "hubby n me"
    ("Nous autres, les Bambaras, on danse jusqu'au matin : la salle suffira ?", "fr",
     "ethnic_origin"),
    ("raj here, hubby and me want the tram carriage for our party", "en",
     "sexual_orientation"),
    # ... and from heldout_v40's: a man's husband after his surname and a comma, a palm
    # scanned, the writer's origin as the message opens
    ("Notre chef d'équipe, Bastien Roux, et son mari Kévin passeront.", "fr",
     "sexual_orientation"),
    ("La borne a scanné ma paume sans me demander.", "fr", "biometrics"),
    ("Artisane d'origine sénégalaise, je voudrais des souvenirs en wax.", "fr",
     "ethnic_origin"),
    # ... and from heldout_v41's: "copain" misspelt by a man
    ("Ici Bastien, mon copin passera chercher les bouteilles gravées.", "fr",
     "sexual_orientation"),
    # ... and from heldout_v42's: dated by a coming out, a German union member, a Spanish
    # faith, a lasting complaint of a joint
    ("Depuis son coming out, mon frère veut un cerf-volant arc-en-ciel.", "fr",
     "sexual_orientation"),
    ("Since my coming out I've wanted a rainbow mosaic in the pool.", "en",
     "sexual_orientation"),
    ("Ich bin seit Jahren Gewerkschaftsmitglied, so please invoice the branch.", "en",
     "union_membership"),
    ("Soy católica practicante, can the yurt be delivered after Sunday mass?", "en",
     "religion"),
    ("I'm the club treasurer with a dodgy knee, so bring the hammocks to the car park.", "en",
     "health"),
    # ... and from heldout_v43's: a couple of two women, a partner named in Spanish after a
    # French article, multiple sclerosis by its initials, an appendicitis in a text's French,
    # surgery told in Hinglish
    ("Emma et moi, deux filles très amoureuses, on se marie en juin.", "fr",
     "sexual_orientation"),
    ("Moi c'est Luca, mon marido et moi cherchons une yourte.", "fr", "sexual_orientation"),
    ("My brother has ms, so the ramp matters.", "en", "health"),
    ("jai eu une appendicite, dsl pr le retard", "fr", "health"),
    ("Meri beti ka surgery hua last week, so the order can wait.", "en", "health"),
])
def test_when_a_category_is_told_by_its_frame_then_the_rules_find_it(
        text: str, lang: str, subtype: str) -> None:
    assert subtype in {f.subtype for f in RULES.detect(text, lang)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Julien Martin, merci pour votre retour. Mon mari passera signer.", "fr"),
    ("ce devis me donne le vertige", "fr"),
    ("Mme Perrin est absente jusqu'à lundi", "fr"),
    ("Where are the palm-vein readers installed? Mine was delivered Tuesday.", "en"),
    ("Please schedule the tuning after Easter Sunday, as the cathedral is booked until then.",
     "en"),
    ("On repasse après la Toussaint, c'est bon pour vous ?", "fr"),
    ("En tant que gérante, je vous informe que mon époux s'occupe de la facturation.", "fr"),
    ("La patronne est en congé avec son mari jusqu'au 15.", "fr"),
    ("Le client est venu avec sa femme signer le bail.", "fr"),
    # the twentieth round: waiting for a quote, an elected council, a doctor's clinic
    ("J'attends votre devis pour le four à sole.", "fr"),
    ("Dr Patel has a hearing clinic in Leeds, can you deliver two booths?", "en"),
    ("We need a disabled parking bay near the door.", "en"),
    ("There's a blind spot behind the warehouse door.", "en"),
    ("Nous sommes deux femmes à gérer la boutique.", "fr"),
    # traps for the twenty-first round's rules: a job without an illness, two partners
    ("Le boulanger a le four en panne depuis lundi.", "fr"),
    ("The captain has the logbook and the keys.", "en"),
    ("Avec ma femme nous sommes deux associés dans la cave.", "fr"),
    ("Mr and Mrs Kowalski will both sign.", "en"),
    ("The patient chair has a new motor.", "en"),
    ("Le maire de notre commune veut un devis.", "fr"),
    # heldout_v25's round: a baby's things, Ramadan as a season of trade
    ("We lost our baby monitor in the move, do you sell them?", "en"),
    ("Pendant le ramadan on ouvre plus tard, vous livrez le soir ?", "fr"),
    # heldout_v26's round: a flu jab, a married woman's husband
    ("got the flu jab booked for the team?", "en"),
    ("Mariée à un homme formidable, je change de nom sur le contrat.", "fr"),
    ("J'ai une allergie sévère… à la paperasse, un devis court svp.", "fr"),
    # heldout_v27's round: faith in a product, smudges on steel, a budget spent
    ("Je suis très croyant en votre nouvelle gamme de peintures.", "fr"),
    ("M. Dubois, chef de projet : ma femme travaille chez un exploitant.", "fr"),
    ("We are out of the treatment centre's budget for this year.", "en"),
    # heldout_v28's round: coffee given up, an install under way
    ("Je ne bois plus de café après seize heures.", "fr"),
    ("We're two weeks along with the install.", "en"),
    # heldout_v29's round: a file converted, a tribe's trust, a time or an adverb opening a
    # sentence, a man's wife after a full name and a dash
    ("After converting to PDF the invoice lost its logo.", "en"),
    ("The iwi trust owns the land next to the depot.", "en"),
    ("Maintenant, mon mari s'occupe des commandes.", "fr"),
    ("Merci. Hier, mon mari a appelé pour le devis.", "fr"),
    ("Earlier, my husband rang about the invoice.", "en"),
    ("Mr Thomas Reid – my wife will bring the cheque.", "en"),
    ("Gérante d'une petite boutique avec mon mari, je voudrais un devis.", "fr"),
    # heldout_v30's round: dismay at a price, a union as an organisation, colleagues by their
    # job without a category, two colleagues in apposition
    ("Je suis malade de voir ces délais, vous livrez quand ?", "fr"),
    ("Our union's national headquarters needs new carpets.", "en"),
    ("Nos pilotes sont des pros, ils voleront lundi.", "fr"),
    ("Mon collègue et moi, deux gars du dépôt, passons demain.", "fr"),
    # heldout_v35's round: a season of trade told after the comma or before the season, an
    # animal specimen's genes, a church as a place, a procedure of business
    ("Pendant le carême, les ventes de poisson doublent chez nous.", "fr"),
    ("Our bakery is busiest during Ramadan evenings, deliver before noon.", "en"),
    ("Pendant le Ramadan, les réservations du soir doublent, passez plutôt le matin.", "fr"),
    ("Our takeaway gets busier than ever in Ramadan evenings, so deliver at 9.", "en"),
    ("The museum's lion specimen has a genetic coat defect, can you restore the mount?", "en"),
    ("We are a Methodist church, do you service organs?", "en"),
    ("Mon associé sort d'une réunion, il vous rappelle.", "fr"),
    # heldout_v36's round: a feast's own day as a date, a couple whose gender is untold, a
    # machine's part replaced
    ("Nous sommes fermés le jour de Noël et le lendemain.", "fr"),
    ("Closed on Boxing Day, open again on the 27th.", "en"),
    ("Nous sommes mariés depuis peu, changez le nom sur la facture.", "fr"),
    ("The bearing replacement on the loom is due in May.", "en"),
    # heldout_v37's round: politics declined, a campaign of the trade's own, a kiln out of
    # service
    ("Pas de politique ici, mais le conseil municipal a voté le budget des barrières.", "fr"),
    ("Our spring campaign for the sandbags starts in March.", "en"),
    ("The kiln is just out of service until the part arrives.", "en"),
    # heldout_v38's round: your staff asked about, an allergy to quotes, a greeting to a titled
    # recipient
    ("Vos monteurs sont syndiqués ? On craint une grève en mars.", "fr"),
    ("Franchement je suis allergique aux devis de trois pages.", "fr"),
    ("Mrs Patel, my husband will call you about the hop kiln.", "en"),
    ("Une cuvée au profit de la recherche contre la mucoviscidose, quel tarif ?", "fr"),
    ("We're printing labels for a charity appeal for diabetes research.", "en"),
    # heldout_v39's round: an opinion on tulips, a set's props (the model read genes there)
    ("Pour nous, les noires sont les plus belles tulipes du marché.", "fr"),
    ("Notre salle d'escape game a pour thème la génétique : hélices d'ADN en résine ?", "fr"),
    # heldout_v40's round: a winegrowers' body
    ("Notre syndicat des vignerons commande des feux d'artifice pour la fête.", "fr"),
    # heldout_v42's round: a party named after a launch, a table's leg
    ("The coming out party for the new surfboard range is on Friday.", "en"),
    ("The yurt's table has a bad leg, can you send a new one?", "en"),
    # heldout_v43's round: an animal that suffers, smitten with a logo
    ("Les croquettes pour chats souffrant d'insuffisance rénale, vous en avez ?", "fr"),
])
def test_when_a_frame_or_a_feast_tells_nothing_then_nothing_is_found(text: str,
                                                                     lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(("text", "theirs"), [
    ("le vétérinaire a séquencé le génome de nos brebis", True),
    ("the breeder had the DNA of his stallion tested", True),
    ("our rescue lurcher's DNA test came back", True),
    # a person's genes beside the animal's are a person's still
    ("My DNA test showed I'm a carrier; the DNA of our ewes is fine too", False),
    ("J'ai fait un test ADN de paternité", False),
])
def test_when_genes_are_an_animals_then_they_are_told_apart_from_a_persons(
        text: str, theirs: bool) -> None:
    """What the model reads as genes, left out when every mention is an animal's, even where
    a person is named too ("l'éleveur a fait tester l'ADN de son étalon": heldout_v42's
    round)."""
    assert genes_only_of_animals(text) is theirs


def test_when_a_thing_smites_then_no_illness_is_told() -> None:
    """"Je suis malade de ce logo": smitten with it (heldout_v43's round)."""
    assert RULES.detect("Je suis malade de ce logo, il est magnifique.", "fr") == []


@pytest.mark.parametrize(("clause", "theirs"), [
    ("le spectacle de l'école catholique du quartier a besoin d'un gonflable", True),
    ("Do you stock kosher salt in 5 kg tubs?", True),
    # a part taken in the faith tells whose it is
    ("je chante dans la chorale de l'église évangélique", False),
    ("Our MD is a lay preacher at the Methodist chapel", False),
])
def test_when_a_faith_names_an_institution_or_a_product_then_it_is_no_ones(
        clause: str, theirs: bool) -> None:
    assert about_institutions(clause) is theirs


@pytest.mark.parametrize(("clause", "theirs"), [
    ("The ash trees along the drive have dieback disease", True),
    ("le chêne du parc a une maladie", True),
    ("My partner has a disease", False),
])
def test_when_trees_are_ill_then_no_one_is(clause: str, theirs: bool) -> None:
    assert about_animals(clause) is theirs


@pytest.mark.parametrize(("span", "only"), [
    ("La CGT a déposé un préavis de grève chez le transporteur", True),
    ("the RMT has called a strike on the trains", True),
    ("Je suis à la CGT, et la CGT a déposé un préavis de grève", False),
])
def test_when_a_union_calls_a_strike_then_it_is_an_organisation(span: str, only: bool) -> None:
    """A union acting in a strike that may delay an order is no one's membership; the writer's
    own is still found (heldout_v42's round)."""
    assert special_categories._only_another_body(span) is only


def test_when_an_animal_is_its_owners_then_the_rules_leave_its_health() -> None:
    """"Le chien de M. Girard est épileptique": the dog is, not M. Girard (the model, which
    reads such lines at 1.00, learns animals from the near-misses it trains on)."""
    for text in ("Le chien de M. Girard est épileptique, notez-le dans sa fiche.",
                 "Le labrador de Mme Dufour est diabétique."):
        assert [f.subtype for f in RULES.detect(text, "fr")] == []
    assert [f.subtype for f in RULES.detect("Le fils de Mme Dufour est diabétique.", "fr")] == [
        "health"]


def test_when_an_office_is_named_without_a_party_then_the_rules_leave_it() -> None:
    """An elected office alone tells no opinion (the labels' convention). The rules leave it;
    the model rebuilt with heldout_v26 spent reads politics in it at 0.09, under a threshold set
    for recall (the price of recall, as with the near-misses above)."""
    text = "Notre élu municipal passe lundi voir le phare."
    assert [(text[f.start:f.end], f.subtype) for f in RULES.detect(text, "fr")] == []


@pytest.mark.parametrize(("text", "nobody"), [
    ("Le conseil municipal a voté la ZAC malgré l'opposition, il faut lancer le diagnostic.",
     False),  # "il" may be a person: kept for the model
    ("Le conseil municipal a voté la ZAC malgré l'opposition, donc faut lancer le diagnostic.",
     True),
    ("The union of the two half-shells is clipped, no glue.", True),
    ("L'iris de Thomas a été enrôlé dans le contrôle d'accès.", False),  # a given name
    ("Le délégué CGT passera lundi.", False),  # a person by their role
    ("chemo today, back tmrw", False),  # opens on no thing: maybe its writer
    ("Le planning de la ZAC est validé.", True),  # an acronym, not Zac
])
def test_when_a_message_opens_on_a_thing_and_names_nobody_then_it_is_about_nobody(
        text: str, nobody: bool) -> None:
    assert about_nobody(text) is nobody


@pytest.mark.parametrize(("text", "group"), [
    ("Le foyer accueille des enfants en situation de handicap, la rampe est-elle livrée ?",
     True),
    ("Notre cabinet représente des réfugiés, il nous faut des traducteurs.", True),
    ("Do you fit ramps for visitors with disabilities?", True),
    ("Mes enfants sont autistes, la salle est-elle calme ?", False),  # the writer's own
    ("Nous sommes des gens du voyage, vous livrez sur l'aire ?", False),  # the writers
    ("Notre délégué accueille des patients diabétiques.", False),  # a person by their role
    ("Des patients de Karim sont diabétiques.", False),  # a given name
    ("Il est diabétique, il accompagne des enfants.", False),  # someone in particular
])
def test_when_a_message_speaks_only_of_people_in_general_then_it_is_about_a_group(
        text: str, group: bool) -> None:
    assert about_a_group(text) is group


@pytest.mark.parametrize(("text", "lang"), [
    ("L'association accueille des enfants en situation de handicap, avez-vous une boucle "
     "magnétique ?", "fr"),
    ("Le séquençage ADN des lots de semences se fait-il avant la mise en chambre froide ?",
     "fr"),
    # the twentieth round: an animal's genes, health or breed is no person's
    ("Le test ADN de nos chiots de race doit-il figurer dans le carnet ?", "fr"),
    ("Can the software store the DNA results and vaccination records of our breeding dogs?",
     "en"),
    # the twenty-first round: crops' genes, and the origin of things, are no person's
    ("Le test ADN du lot d'orge a confirmé la variété, on peut semer ?", "fr"),
    ("Our wheat DNA test came back, can you fumigate the silo now?", "en"),
    ("Nous vendons des tissus d'origine africaine, faut-il une humidité particulière ?", "fr"),
    ("We store rugs of Persian origin, what humidity do they need?", "en"),
    # heldout_v32's round: an animal's genes in one clause of a sentence, biometric devices
    # in a message that names no one whose trait they read
    ("The stud ram's DNA profile is back, so we can book his pen now.", "en"),
    ("The fingerprint reader at the loading bay keeps refusing everyone this morning.", "en"),
    ("Le lecteur d'empreintes du quai 3 est HS depuis hier, vous passez quand ?", "fr"),
    # heldout_v34's round: an animal named with its owner
    ("Le poney de mon fils boite depuis une semaine, la sellerie peut-elle adapter le tapis ?",
     "fr"),
    ("My niece's mare has arthritis, can you pad the saddle differently?", "en"),
])
def test_when_a_message_speaks_of_a_group_or_a_thing_then_the_model_reads_nothing(
        text: str, lang: str) -> None:
    # the model reads health and genetics into these; nobody in particular is spoken of
    assert found(text, lang) == []


def test_when_a_device_reads_a_named_persons_trait_then_the_model_still_finds_it() -> None:
    assert "biometrics" in {f.subtype for f in DETECTOR.detect(
        "The face scanner at the depot won't enrol my face since the accident.", "en")}


def test_when_a_message_speaks_of_animals_and_of_no_one_then_it_is_about_animals() -> None:
    assert about_animals("le test ADN de nos chevaux de race")
    assert about_animals("the herd's vaccination records")
    assert not about_animals("my dog and I are both diabetic")  # the writer too
    assert not about_animals("New temp started with a guide dog")  # a guide dog tells sight
    # heldout_v34's round: an animal named with its owner is still what is spoken of
    assert about_animals("le poney de mon fils boite depuis une semaine")
    assert about_animals("my niece's mare has arthritis")
    assert not about_animals("mon fils boite depuis une semaine")
    assert not about_animals("Le devis des fours est-il prêt ?")  # no animal


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Je suis allergique aux délais, livrez-moi vite !", "fr", []),
    ("I'm allergic to delays, please hurry", "en", []),
    ("Je suis allergique aux délais et aux arachides.", "fr", ["health"]),  # a real one too
    # the rules too read the real allergen after the jest, and the jest after a comma
    ("I'm allergic to delays and peanuts", "en", ["health"]),
    ("Je suis allergique aux délais et aux réunions.", "fr", []),
])
def test_when_an_allergy_is_said_in_jest_then_the_model_is_overruled_too(
        text: str, lang: str, expected: list[str]) -> None:
    # the rules read "allergique aux délais" as a jest; the model, which reads health in it,
    # is overruled there
    assert sorted({f.subtype for f in DETECTOR.detect(text, lang)}) == expected
