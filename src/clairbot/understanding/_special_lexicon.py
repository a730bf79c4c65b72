"""What `SpecialCategoryDetector` looks for: GDPR art. 9 terms per subtype, the sentence frame
that makes each personal, and the words that must appear before any rule is tried.

Rules are `(subtype, frame, terms, score)`. `frame` names a frame of `_special_contexts` ("be",
"have", "poss"), one per language, or is "fixed" when `terms` is a whole pattern that already
says who it is about (it then holds a group `t`, and maybe `c`). Terms are written folded
(lower case, no accents). Scores are for a statement about the writer; `special.py` lowers
them a little for a third person.
"""

from __future__ import annotations

# -- health -------------------------------------------------------------------------------------
# "Mon chef est allergique aux réunions du lundi", "allergic to paperwork": said in jest.
_FIGURATIVE = (r"reunions?|lundis?|paperasse|changements?|administrati\w*|bureaucratie|"
               r"formalites|chiffres|excel|tableurs?|retards?|travail|efforts?|critiques?|"
               r"compromis|nouveautes?|procedures?|process|mails?|e-mails?|routine|conflits?|"
               r"heures\s+sup\w*|meetings?|mondays?|paperwork|change|bureaucracy|spreadsheets?|"
               r"admin|work|criticism|deadlines?|emails?|red\s+tape|rules|small\s+talk|"
               r"overtime|mornings?|matins?|open\s+spaces?|powerpoint|slides|jargon|delais?|"
               r"attente|factures?|relances?|paperasserie|excuses|promesses|surprises|"
               r"bouchons|embouteillages|delays|waiting|queues|invoices|excuses|promises|"
               r"traffic|devis|quotes|avenants?")
# An allergy said in jest, as a whole: the model's reading of it is left out too.
FIGURATIVE_ALLERGY = (r"\b(?:allergiques?|allergic|allergies?|allergy)"
                      # "une allergie sévère… à la paperasse": an adjective, a pause for effect
                      r"(?:\s+(?:severe|grave|serieuse|forte|terrible|vraie|mortelle|serious|bad|"
                      r"real|deadly|chronic|chronique))?\s*[.…!]*\s+(?:a|aux|au|to)\s+"
                      r"(?:la\s+|l'|les\s+|le\s+|the\s+|all\s+)?(?:" + _FIGURATIVE + r")\b"
                      # (not when another allergen follows: "aux délais et aux arachides",
                      # "to deadlines, to nuts"; "à la paperasse, un devis court" is no list)
                      r"(?!\s*(?:,|et|and|ou|or|&)\s+(?:(?:et|and|ou|or)\s+)?(?:a|aux|au|to)\s)")
_NOT_FIGURATIVE_FR = (r"(?!\s+(?:a|aux|au)\s+(?:la\s+|l'|les\s+|le\s+)?(?:" + _FIGURATIVE
                      # (a real allergen after it is no jest: "aux délais et aux arachides")
                      + r")\b(?!\s*(?:,|et|ou|&)\s+(?:a|aux|au)\s+(?:la\s+|l'|les\s+|le\s+)?"
                      r"(?!(?:" + _FIGURATIVE + r")\b)[^\W\d_]))")
# "mon chef est à l'hôpital pour une réunion": there for work, not as a patient.
_AT_THE_HOSPITAL_FOR_WORK = (
    r"(?!\s+pour\s+(?:une?\s+|le\s+|la\s+|les\s+|des\s+)?(?:reunion|rendez-vous\s+"
    r"(?:commercial|client|fournisseur)|chantier|livraison|devis|intervention|installation|"
    r"travaux|maintenance|travailler|travail|visite\s+technique|audit|formation|inventaire|"
    r"depannage|releve|mesures|presentation|demo|demonstration)\b)")
_HEALTH_BE_FR = (
    r"diabetiques?|enceinte|seropositive?|handicapee?s?|en\s+invalidite|gravement\s+malade|malade"
    # ("je suis malade de voir les prix", "malade à l'idée de ...": dismay, not illness)
    r"(?!\s+(?:de\s+(?:voir|savoir|penser|constater|lire|entendre|rage|jalousie)|"
    r"a\s+l'idee)\b)"
    # ("jsuis malade de ce design il est trop beau": smitten with a thing)
    r"(?!\s+de\s+(?:ce|cet|cette|ces|ton|ta|tes|votre|vos)\s+(?:design|truc|produit|modele|"
    r"couleur|logo|site|projet|idee|style|look|rendu|motif|dessin|creation|travail|boulot|"
    r"ouvrage|parfum|son|album|film|serie|jeu)\b)|"
    r"epileptique|asthmatique|autiste|bipolaire|schizophrene|depressive?|anorexique|boulimique|"
    r"c(?:oe|œ)liaque|celiaque|"
    r"dyslexique|dyspraxique|hyperactive?|tdah|tda|sourde?|malentendante?|aveugle|malvoyante?|"
    r"paraplegique|tetraplegique|hemiplegique|immunodeprimee?|claustrophobe|claustro|agoraphobe|phobique|"
    r"allergique" + _NOT_FIGURATIVE_FR
    + r"|cardiaque|abstinente?|sobre\s+depuis\s+\w+|insuffisante?\s+"
    r"(?:renale?|cardiaque|respiratoire)|hospitalisee?|operee?|en\s+remission|"
    r"en\s+chimio(?:therapie)?|en\s+dialyse|sous\s+dialyse|alcoolique|toxicomane|"
    r"en\s+fauteuil\s+roulant|en\s+situation\s+de\s+handicap|en\s+depression|en\s+burn-?out|"
    r"en\s+convalescence|en\s+reeducation|a\s+l'hopital" + _AT_THE_HOSPITAL_FOR_WORK
    + r"|en\s+arret\s+(?:maladie|de\s+travail)|"
    r"en\s+conge\s+(?:maladie|maternite|de\s+maternite|longue\s+maladie|pathologique)|"
    r"en\s+mi-temps\s+therapeutique|travailleur\s+handicape|travailleuse\s+handicapee|"
    r"atteinte?\s+d(?:e|u|'|'une?)\s*(?:cancer|diabete|sclerose|maladie|vih|sida|leucemie)"
    r"|sous\s+(?:traitement|antidepresseurs|anxiolytiques|chimio(?:therapie)?|insuline|"
    r"morphine|methadone|anticoagulants|antiretroviraux|corticoides|lithium|neuroleptiques|"
    r"somniferes|tritherapie|prep)")
_HEALTH_NOUN_FR = (
    r"diabete|cancer|leucemie|lymphome|tumeur|sclerose\s+en\s+plaques|maladie\s+de\s+"
    r"(?:parkinson|alzheimer|crohn|lyme|charcot|hodgkin)|parkinson|alzheimer|epilepsie|asthme|"
    r"vih|sida|hepatite(?:\s+[abc])?|depression|burn-?out|trouble\s+(?:bipolaire|anxieux|"
    r"obsessionnel|du\s+comportement\s+alimentaire|de\s+l'attention|du\s+spectre\s+autistique)|"
    r"appendicite|"
    r"schizophrenie|autisme|tdah|handicap|hypertension|insuffisance\s+(?:cardiaque|renale|"
    r"respiratoire)|infarctus|avc|crise\s+cardiaque|covid(?:-19)?|grippe|migraines?|"
    r"maladie\s+(?:coeliaque|cœliaque|chronique|grave|rare|orpheline|auto-immune)|"
    r"intolerance\s+au\s+gluten|mucoviscidose|myopathie|fibromyalgie|endometriose|obesite|"
    r"anorexie|boulimie|addiction|alcoolisme|toxicomanie|chimio(?:therapie)?|radiotherapie|"
    r"surdite|syndrome\s+de\s+l'x\s+fragile|x\s+fragile|claustrophobie|agoraphobie|acrophobie|"
    r"vertiges?(?!\s+(?:des?|du)\b)|"
    # the eyes' and ears' conditions ("depuis ma DMLA")
    r"dmla|degenerescence\s+maculaire|glaucome|cataractes?|acouphenes|retinite\s+pigmentaire|"
    r"dialyse|greffe|fausse\s+couche|ivg|fiv|pma|sterilite|infertilite|grossesse|invalidite|"
    r"rqth|ald|affection\s+longue\s+duree|arret\s+(?:maladie|de\s+travail)|"
    r"conge\s+(?:maladie|maternite|de\s+maternite)|mi-temps\s+therapeutique|"
    r"accident\s+du\s+travail|allergies?" + _NOT_FIGURATIVE_FR + r"\s+(?:a|au|aux)\s+\w+|"
    r"maladie\s+professionnelle|"
    # infections a person has, as many visitors write of them ("il a le paludisme")
    r"paludisme|palu|malaria|dengue|typhoide|tuberculose|cholera|chikungunya|zona|pneumonie|"
    r"bronchite|varicelle|rougeole|coqueluche|meningite|septicemie|covid\s+long")
_HEALTH_MED_FR = (
    r"(?P<c>\b(?:je\s+prends|(?:il|elle)\s+prend|je\s+suis\s+sous|on\s+m'a\s+prescrit|"
    r"mon\s+traitement\s+(?:de|au|a\s+base\s+de)|je\s+me\s+soigne\s+(?:avec|au|a\s+la)))\s+"
    r"(?:(?:du|de\s+la|des|de\s+l'|d'|de|l'|un|une|le|la)\s*)?"
    r"(?P<t>antidepresseurs?|anxiolytiques?|insuline|metformine|levothyrox|methadone|subutex|"
    r"morphine|xanax|lexomil|prozac|zoloft|deroxat|seroplex|ritaline|lithium|neuroleptiques?|"
    r"antipsychotiques?|anticoagulants?|antiretroviraux|tritherapie|prep|corticoides?|"
    r"cortisone|ventoline|somniferes?|chimio(?:therapie)?)")
_HEALTH_BE_EN = (
    r"diabetic|pregnant|hiv[- ]positive|hiv\+|disabled|deaf|blind(?!\s+to\b)|"
    # ("Im lactose intolarant": the typo too)
    r"(?:lactose|gluten|fructose|histamine|wheat|dairy)[\s-]+intol[ae]r[ae]nt|"
    r"hard\s+of\s+he(?:a|e)?r+ing|"
    r"visually\s+impaired|hearing\s+impaired|partially\s+sighted|registered\s+blind|"
    r"sight\s+impaired|autistic|bipolar|schizophrenic|epileptic|"
    r"asthmatic|depressed(?!\s+(?:about|by|that|because|with|over)\b)|suicidal|anorexic|"
    r"bulimic|dyslexic|paraplegic|quadriplegic|hemiplegic|paralyzed|paralysed|immunocompromised|"
    r"terminally\s+ill|chronically\s+ill|seriously\s+ill|ill|"
    r"sick(?!\s+(?:of|and\s+tired|to\s+death)\b)|in\s+a\s+wheelchair|in\s+remission|"
    # "I'm eight weeks along and nobody at work knows": a pregnancy, counted
    r"(?:\w+|\d+)\s+(?:weeks?|wks?|months?)\s+along|"
    # "now that I'm out of the treatment centre and off the betting for good"
    r"(?:out\s+of|back\s+from)\s+(?:rehab|detox|(?:the\s+)?(?:treatment|rehab|detox|recovery|"
    r"addiction|psychiatric)\s+(?:centre|center|clinic|unit|ward|facility))|"
    r"off\s+the\s+(?:betting|gambling|booze|drink|bottle|drugs|gear|pokies|sauce)\s+(?:for\s+good|"
    r"now|since|for\s+\w+\s+(?:years?|months?))|"
    r"in\s+rehab|in\s+(?:the\s+)?hospital|hospitali[sz]ed|on\s+(?:sick|medical|maternity|mat|"
    r"disability)\s+leave|off\s+sick|alcoholic|addict|recovering\s+(?:alcoholic|addict)|"
    r"recovering\s+from\s+(?:an?\s+|my\s+)?(?:\w+\s+)?(?:addiction|surgery|operation|"
    r"stroke|heart\s+attack|cancer|chemo(?:therapy)?|burnout|breakdown|depression|covid)|adhd|"
    # "I'm two years sober", "I'm in recovery", "I'm just back from chemo"
    r"(?:\w+\s+(?:years?|months?|weeks?)\s+)sober|sober\s+(?:for|since)\s+\w+|in\s+recovery|"
    r"(?:just\s+)?back\s+from\s+(?:chemo(?:therapy)?|rehab|dialysis|radiotherapy|surgery|"
    r"(?:the\s+)?hospital(?!\s+(?:visit|site|job|project|meeting|delivery|install\w*|contract|run|tender))|my\s+(?:operation|surgery|treatment))|"
    # "just out of surgery", "only just out of hospital": a patient discharged
    r"(?:only\s+)?(?:just\s+)?out\s+of\s+(?:surgery|hospital|intensive\s+care|icu|the\s+icu)|"
    r"cancer\s+survivor|diabetic|amputee|wheelchair\s+user|neurodivergent|"
    # (a real allergen after a jest is no jest: "allergic to delays and peanuts")
    r"allergic\s+to\s+(?!(?:" + _FIGURATIVE + r")\b(?!\s*(?:(?:and|or|&)\s+(?:to\s+)?|,\s+"
    r"(?:and\s+)?to\s+)(?:the\s+)?(?!(?:" + _FIGURATIVE + r")\b)[^\W\d_]))\w+|on\s+dialysis|"
    r"on\s+chemo(?:therapy)?|"
    r"infertile|"
    r"expecting\s+(?:a\s+baby|twins|our\s+first|my\s+first)|on\s+(?:antidepressants|insulin|"
    r"metformin|methadone|prep|antiretrovirals|lithium|antipsychotics|blood\s+thinners|"
    r"warfarin|opioids|morphine|suboxone|steroids|ozempic|wegovy|xanax|prozac|zoloft|lexapro|"
    r"adderall|ritalin)")
_HEALTH_NOUN_EN = (
    r"cancer|diabetes|hiv|aids|depression|anxiety(?:\s+disorder)?|ptsd|ocd|adhd|autism|"
    r"epilepsy|asthma|multiple\s+sclerosis|parkinson'?s(?:\s+disease)?|"
    # ("my husband has ms so the ramp must be wide": the disease's initials, not the software)
    r"ms(?!\s+(?:office|word|excel|teams|access|project|outlook|dos|sql|paint|edge|azure|"
    r"exchange|windows|365|forms|dynamics|planner|account|license|licence)\b)(?![\w-]|\.\w)|"
    r"alzheimer'?s(?:\s+disease)?|dementia|(?:hand\s+|essential\s+)?tremors?|leuka?emia|lymphoma|tumou?r|heart\s+(?:disease|"
    r"condition|failure|attack|problems?)|stroke(?!\s+of\b)|strok|hepatitis(?:\s+[abc])?|crohn'?s(?:\s+disease)?|"
    r"c(?:o)?eliac\s+disease|lupus|arthritis|fibromyalgia|endometriosis|covid(?:-19)?|"
    r"long\s+covid|flu|disability|disabilities|chronic\s+(?:illness|condition|pain)|"
    r"medical\s+condition|health\s+condition|illness|mental\s+illness|mental\s+health\s+"
    r"(?:issues?|problems?|condition)|eating\s+disorder|anorexia|bulimia|addiction|alcoholism|"
    r"burnout|burn-out|miscarriage|abortion|infertility|chemo(?:therapy)?|radiotherapy|"
    r"radiation\s+therapy|dialysis|surgery|transplant|pacemaker|insomnia|(?:heart\s+)?bypass|"
    # ("my knee replacement on the 9th")
    r"(?:knee|hip|shoulder|joint|ankle|elbow)\s+(?:replacement|op|operation|reconstruction)|"
    r"(?:stomach\s+|peptic\s+)?ulcers?|deafness|fragile\s+x(?:\s+syndrome)?|"
    r"migraines?|sickle\s+cell(?:\s+disease|\s+anemia)?|cystic\s+fibrosis|bipolar\s+disorder|"
    r"schizophrenia|hypertension|high\s+blood\s+pressure|brain\s+injury|concussion|"
    r"tuberculosis|herpes|std|sti|chlamydia|syphilis|gonorrh?o?ea|pregnancy|"
    r"sick\s+leave|maternity\s+leave|medical\s+leave|medication|meds|prescription\s+for\s+\w+|"
    r"malaria|dengue(?:\s+fever)?|typhoid(?:\s+fever)?|cholera|pneumonia|bronchitis|shingles|"
    r"chickenpox|chicken\s+pox|measles|whooping\s+cough|meningitis|sepsis|"
    # "our sound engineer has tinnitus": the senses' conditions
    r"tinnitus|hearing\s+loss|glaucoma|cataracts?|macular\s+degeneration|vertigo|"
    r"retinitis\s+pigmentosa|"
    r"muscular\s+dystrophy|duchenne(?:\s+muscular\s+dystrophy)?|"
    # "has a documented nickel allergy"
    r"(?:nickel|latex|nut|peanut|penicillin|gluten|dairy|egg|shellfish|pollen|dust|bee\s+sting|"
    r"wasp|metal|food|drug|severe)\s+allerg(?:y|ies)")
# A state opening the message with its subject left out, as chats and out-of-office notes
# write it: "on mat leave til sept", "recovering from surgery so ...", "en congé mat jusqu'en
# mai". It can only be the writer's.
_OPENING = r"(?P<c>^)[^\w]*(?:(?:hi|hello|hey|bonjour|salut|fyi|ps|nb|btw)\W+)?"
_HEALTH_OPENING_EN = (
    # ("off on mat leave from fri")
    _OPENING + r"(?P<t>(?:(?:currently|still|now|been|bn|was|off)\s+)?"
    r"(?:on\s+(?:mat|maternity|sick|"
    r"medical|"
    r"disability)\s+leave|off\s+sick|in\s+rehab|in\s+(?:the\s+)?hospital|"
    r"pregnant(?=\s*(?:[,.;:!\u2013-]|and\b|so\b|with\b|until\b|til\b|$))|"
    r"recovering\s+from\s+(?:an?\s+|my\s+)?(?:\w+\s+)?(?:addiction|surgery|operation|stroke|"
    r"heart\s+attack|cancer|chemo(?:therapy)?|burnout|breakdown|depression|covid)|"
    r"(?:just\s+)?back\s+from\s+(?:chemo(?:therapy)?|rehab|dialysis|radiotherapy|surgery|"
    r"(?:the\s+)?hospital(?!\s+(?:visit|site|job|project|meeting|delivery|install\w*|contract|run|tender))|my\s+(?:operation|surgery|treatment))|"
    r"(?:only\s+)?(?:just\s+)?out\s+of\s+(?:surgery|hospital|intensive\s+care|icu)|"
    # "doin chemo rn so ...", "having radiotherapy this month"
    r"(?:doing|doin|having|going\s+through|undergoing|starting|started)\s+(?:chemo(?:therapy)?|"
    r"radiotherapy|dialysis|ivf)))(?![\w-])")
_HEALTH_OPENING_FR = (
    _OPENING + r"(?P<t>(?:(?:actuellement|encore|toujours)\s+)?(?:en\s+(?:conge\s+(?:mat|"
    r"maternite|maladie|de\s+maternite)|arret\s+maladie|convalescence|reeducation|cure\s+de\s+"
    r"desintox\w*)|hospitalisee?|enceinte(?=\s*(?:[,.;:!\u2013-]|de\s+\d|depuis\b|jusqu|et\b|"
    r"donc\b|$))"
    # "Ancien toxicomane, je travaille aujourd'hui comme cariste": the writer's past, apposed
    r"|(?:ancien|ancienne|ex)[\s-]+(?:toxicomane|toxico|alcoolique|addict|drogue|droguee|"
    r"heroinomane|cocainomane)(?=\s*[,:;\u2013-])))(?![\w-])")
# "im a seventh day adventist n just out of surgery": a second state joined to "I'm ...".
_HEALTH_JOINED_EN = (
    r"(?P<c>\b(?:i'?m|im|i\s+am)\b[^.!?;]{1,60}?\s(?:and|n|&|but|plus)\s+)"
    r"(?P<t>(?:only\s+)?(?:just\s+)?(?:out\s+of|back\s+from)\s+(?:surgery|hospital|"
    r"intensive\s+care|rehab|detox|chemo(?:therapy)?|dialysis))(?![\w-])")
# The writer introduced by their condition, as chats do: "wheelchair user here", "coeliac
# here, is the buffet safe?".
_HEALTH_HERE_EN = (
    _OPENING + r"(?P<t>(?:an?\s+)?(?:wheelchair\s+user|amputee|diabetic|type\s+[12]\s+diabetic|"
    r"coeliac|celiac|epileptic|asthmatic|deaf|blind|partially\s+sighted|hard\s+of\s+he(?:a|e)?r+ing|"
    r"autistic|dyslexic|adhd|recovering\s+(?:alcoholic|addict)|cancer\s+survivor|pregnant|"
    r"expectant\s+mum|expectant\s+mom|new\s+mum\s+on\s+mat\s+leave))\s+here\b")
# "my history with alcohol", "our MD's struggle with depression": a past told, still health.
_HEALTH_HISTORY_EN = (
    r"(?P<c>\b(?:my|his|her))\s+(?P<t>(?:history|past|struggles?|battles?|problems?|issues?|"
    r"troubles?|fight)\s+(?:with|against)\s+(?:alcohol|drink|drinking|drugs|addiction|gambling|"
    r"substance\s+abuse|self-harm|depression|anxiety|mental\s+illness|an\s+eating\s+disorder|"
    # (not "my issues with MS Office", "my problems with covid rules")
    r"cancer|anorexia|bulimia|opioids|cocaine|heroin|leuka?emia|lymphoma|multiple\s+sclerosis|"
    r"parkinson'?s|diabetes|epilepsy|ptsd)(?![\w-])(?!\s+(?:rules|restrictions|paperwork|"
    r"software|apps?|products?|supplies|kits?)\b))")
# "je ne bois plus une goutte depuis l'an dernier", "I haven't touched a drop since March":
# an abstinence told, as people in recovery tell it.
_HEALTH_SOBER_FR = (
    r"(?P<c>\b(?:je\s+ne\s+bois\s+plus|j'?\s*ai\s+arrete\s+de\s+boire|je\s+suis\s+sobre))"
    r"\s+(?P<t>une\s+(?:seule\s+)?goutte|d'?\s*alcool|du\s+tout|jamais|depuis\s+\w+)"
    # "j'ai tenu un an sans alcool", "je suis à six mois sans jouer": abstinence counted
    r"|(?P<c2>\b(?:j'?\s*ai\s+(?:fait|tenu|passe)|je\s+suis\s+a|(?:ca|cela)\s+fait))\s+"
    r"(?P<t2>(?:un|une|deux|trois|six|neuf|\d+)\s+(?:ans?|annees?|mois|semaines)\s+(?:sans|que\s+je\s+"
    r"ne\s+bois\s+plus)(?:\s+(?:une\s+goutte\s+d'|d'|de\s+|l')?\s*(?:alcool|boire|drogue|jouer|"
    r"consommer|toucher\s+a\s+\w+))?)(?=\W|$)")
# "Mon mari sort d'un pontage coronarien", "je me remets d'une greffe": a procedure one is
# recovering from.
_HEALTH_RECOVERING_FR = (
    r"(?P<c>\b(?:je|j'|il|elle|(?:mon|ma)\s+\w+))\s+(?:sort|sors|sortait|revient|reviens|se\s+remet|"
    r"me\s+remets|se\s+remettait|recupere)\s+(?P<t>d'(?:un|une)\s+(?:pontage|greffe|infarctus|avc|"
    r"chimio\w*|hospitalisation|operation\s+(?:du|de\s+la|des|de\s+l')\s*\w+|"
    r"crise\s+cardiaque|septicemie|embolie|angioplastie))")
# Swahili, as East African visitors mix it in: "Mwanangu ana kifafa" (my child has epilepsy),
# "mke wangu ni mjamzito" (my wife is pregnant).
_HEALTH_SWAHILI = (
    r"(?P<c>\b(?:mimi|mwanangu|mtoto\s+wangu|mke\s+wangu|mume\s+wangu|mama\s+yangu|baba\s+yangu|"
    r"kaka\s+yangu|dada\s+yangu))\s+(?P<t>(?:ana|nina|ni|anaugua|naugua)\s+(?:kifafa|kisukari|"
    r"saratani|kansa|pumu|ukimwi|presha|mjamzito|ulemavu|msongo\s+wa\s+mawazo))\b"
    # Afrikaans, as South African visitors mix it in: "my man het pas 'n hartaanval gehad"
    r"|(?P<c2>\b(?:ek|hy|sy|my\s+(?:man|vrou|seun|dogter|ma|pa|broer|suster)))\s+(?P<t2>(?:is|het)"
    r"\s+(?:pas\s+|nou\s+)?(?:'n\s+)?(?:hartaanval|beroerte|kanker|suikersiekte|swanger|"
    r"diabeties|depressie|longontsteking))\b"
    # "We're expecting twins!": a pregnancy told by the couple
    r"|(?P<c3>\b(?:we're|we\s+are|were))\s+(?P<t3>expecting\s+(?:a\s+baby|twins|triplets|our\s+"
    r"(?:first|second|third|fourth)(?:\s+(?:baby|child))?|a\s+little\s+one|another\s+baby))\b")
_HEALTH_SOBER_EN = (
    r"(?P<c>\b(?:i\s+haven't|i\s+have\s+not|i\s+havent|i've\s+not))\s+(?P<t>(?:touched|had)\s+"
    r"a\s+(?:single\s+)?(?:drop|drink)(?:\s+of\s+(?:alcohol|booze))?\s+(?:since|in|for)\b)"
    # "I've gone a full year without a drink now": abstinence counted, as recovery counts it
    r"|(?P<c2>\b(?:i've|ive|i\s+have|i'm|im|i\s+am)\s+(?:now\s+)?(?:gone|been|done|managed|"
    r"made\s+it|at))\s+(?P<t2>(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|\d+|a\s+(?:full|whole))\s+"
    r"(?:full\s+|whole\s+)?(?:years?|months?|weeks?)\s+(?:without|off)\s+(?:a\s+(?:drink|drop|bet)|"
    r"drinking|alcohol|booze|the\s+(?:drink|booze|bottle)|gambling|drugs|using))")
_HEALTH_HISTORY_FR = (
    r"(?P<c>\b(?:mon|mes|son|ses))\s+(?P<t>(?:passe|probleme|problemes|antecedents|combat|"
    r"soucis|difficultes|lutte|bataille)\s+(?:avec|d'|de|contre)\s*(?:l'|la\s+|le\s+|les\s+)?"
    r"(?:alcool|drogues?|"
    r"addictions?|jeu|depression|anorexie|boulimie|cancer|toxicomanie|cocaine|heroine))")
_HEALTH_MED_EN = (
    r"(?P<c>\b(?:i\s+take|i'?m\s+taking|i\s+am\s+taking|(?:he|she)\s+takes|i\s+was\s+prescribed|"
    r"i've\s+been\s+prescribed|i'?m\s+on|i\s+am\s+on))\s+(?:(?:some|daily|my)\s+)?"
    r"(?P<t>anti-?depr?ess?ants?|antidepresents?|insulin|metformin|methadone|chemo(?:therapy)?|prep|"
    r"antiretrovirals?|xanax|prozac|zoloft|lexapro|adderall|ritalin|lithium|antipsychotics?|"
    r"blood\s+thinners|warfarin|opioids?|oxycodone|morphine|suboxone|steroids|prednisone|"
    r"ozempic|wegovy)")

# "My therapist keeps telling me to slow down", "mon psy dit que ...": one's own carer of the
# mind or of a condition tells of one's health (not "my therapist clients", a firm's trade).
_NOT_A_TRADE_EN = (r"(?![\w-])(?!\s+(?:clients?|customers?|friends?|colleagues?|business|practice|"
                   r"office|supplier|network|contacts?|partners?|brother|sister)\b)")
_HEALTH_CARER_EN = (
    r"(?P<c>\bmy)\s+(?P<t>(?:therapist|psychiatrist|psychologist|psychotherapist|shrink|"
    r"oncologist|neurologist|rheumatologist|diabetes\s+nurse|cancer\s+nurse|speech\s+therapist|"
    r"occupational\s+therapist|physio(?:therapist)?)" + _NOT_A_TRADE_EN + r")")
_HEALTH_CARER_FR = (
    r"(?P<c>\b(?:mon|ma))\s+(?P<t>(?:psy|psychiatre|psychologue|psychotherapeute|therapeute|"
    r"oncologue|neurologue|rhumatologue|diabetologue|kine|kinesitherapeute|orthophoniste)"
    r"(?![\w-])(?!\s+(?:clients?|clientes?|amie?s?|collegues?|cabinet|fournisseur|frere|"
    r"soeur|associee?)\b))")

# -- religion -----------------------------------------------------------------------------------
_RELIGION_BE_FR = (
    r"musulmane?s?|juif|juive|juifs|chretienne?s?|catholiques?|protestante?s?|evangeliques?|"
    r"orthodoxes?|bouddh?istes?|hindoue?s?|sikhs?|jaina?s?|coptes?|athees?|agnostiques?|"
    r"temoins?\s+de\s+jehovah|"
    # (not a faith in a product: "je suis très croyant en vos produits")
    r"mormone?s?|pratiquante?s?|croyante?s?(?!\s+(?:en|dans|a|au|aux)\s+(?:vos|votre|ce|cet|"
    r"cette|ces|le|la|les|l'|notre|nos|un|une|son|sa|ses|leur|leurs)\b)|pieuse|pieux|"
    r"convertie?\s+a\s+l'islam|"
    r"convertie?\s+au\s+(?:judaisme|catholicisme|christianisme|bouddhisme|protestantisme)|"
    r"de\s+confession\s+\w+|de\s+religion\s+\w+|yezidie?s?|yazidie?s?|druzes?|"
    r"zoroastrienne?s?|parsie?s?|bahaie?s?|rastafaris?|alaouites?|ismaeliens?|ismaeliennes?|"
    r"chiites?|sunnites?|quakers?|amish|mennonites?|paiens?|paiennes?|wiccans?|wiccanes?|"
    # the Sufi brotherhoods of Senegal: "je suis mouride", "une famille tidjane"
    r"mourides?|tidjanes?|tijanes?|layenes?")
_RELIGION_FIXED_FR = (
    r"(?P<c>\b(?:je|j'|il|elle|(?:mon|ma)\s+\w+))\s+(?:ne\s+)?(?P<t>(?:fais|fait|observe|"
    r"respecte|jeune\s+pour|jeune\s+pendant)\s+(?:le\s+)?(?:ramadan|careme|shabbat|kippour|"
    r"yom\s+kippour)|(?:mange|mangeons)\s+(?:que\s+)?(?:halal|casher|kasher|cacher)|"
    r"porte\s+(?:le\s+voile|le\s+hijab|le\s+foulard|la\s+kippa|le\s+turban|la\s+burqa|"
    r"le\s+niqab)|vais\s+(?:a\s+la\s+mosquee|a\s+la\s+synagogue|a\s+la\s+messe|a\s+l'eglise|"
    r"au\s+temple))"
    r"|\b(?:pendant|durant)\s+(?:le\s+)?(?P<t2>ramadan)(?P<c2>,?\s+(?:je|j'))"
    # ("le surf, c'est carrément ma religion": a pastime, said in jest)
    r"|(?P<c3>\b(?:ma|mes|mon))\s+(?P<t3>(?<!carrement\sma\s)(?<!limite\sma\s)"
    r"(?<!quasiment\sma\s)(?<!presque\sma\s)(?<!genre\sma\s)(?<!devenu\sma\s)"
    r"(?<!devenue\sma\s)religion|foi|confession|convictions\s+religieuses|"
    r"croyances\s+religieuses|pratique\s+religieuse|kippa|hijab|niqab|burqa|turban)"
    # "nous sommes musulmans, prévoyez du halal": the writer's group ("nous sommes une école
    # catholique" is an organisation)
    # ("on est un groupe de jeunes musulmanes voilées": the writers, a group of the faithful)
    r"|(?P<c4>\b(?:nous\s+sommes|on\s+est)(?:\s+(?:tous|toutes|tous\s+les\s+deux|"
    r"pratiquants))?(?:\s+(?:un\s+groupe|une\s+bande|une\s+equipe)\s+de"
    r"(?:\s+(?:jeunes|femmes|filles|mamans|meres|etudiante?s|amie?s))?)?)\s+(?P<t4>musulmane?s|juifs|juives|chretiene?s|catholiques|protestante?s|"
    r"bouddhistes|hindoue?s|sikhs|jains|orthodoxes|evangeliques|coptes|mormone?s|mourides|"
    r"tidjanes)\b"
    # "nous sommes une famille sénégalaise mouride": the writers' family, its faith told
    r"|(?P<c8>\b(?:nous\s+sommes|on\s+est)\s+une\s+famille)(?:\s+[^\W\d_]+)?\s+"
    r"(?P<t8>musulmane|juive|chretienne|catholique|protestante|bouddhiste|hindoue|sikh|"
    r"orthodoxe|evangelique|copte|mormone|mouride|tidjane|pratiquante|croyante)\b"
    # "je me suis convertie à l'islam", "depuis ma conversion au judaïsme"
    r"|(?P<c5>\b(?:je\s+me\s+suis|nous\s+nous\s+sommes|depuis\s+ma|apres\s+ma|avant\s+ma|ma))\s+"
    r"(?P<t5>(?:convertie?s?|conversion)\s+(?:a\s+l'islam|au\s+(?:judaisme|catholicisme|"
    r"christianisme|bouddhisme|protestantisme|hindouisme|sikhisme)|a\s+l'orthodoxie))"
    # "jsuis en carême, pas de déjeuner d'affaires", "on est en plein ramadan": kept now
    r"|(?P<c6>\b(?:je\s+suis|j'?\s*suis|jsuis|jsui|chui|chuis|on\s+est|nous\s+sommes))\s+"
    r"(?P<t6>en\s+(?:plein\s+)?(?:careme|ramadan|shabbat|jeune\s+(?:du\s+ramadan|de\s+careme)))\b"
    # "issue d'une famille tamoule hindoue": the writer's family, its faith told
    r"|(?P<c7>\b(?:issue?|nee?|je\s+viens|venant|originaire)\s+d'une\s+famille)"
    r"(?:\s+[^\W\d_]+)?\s+"
    r"(?P<t7>musulmane|juive|chretienne|catholique|protestante|bouddhiste|hindoue|sikh|"
    r"orthodoxe|evangelique|copte|mormone|mouride|tidjane|pratiquante|croyante|maronite|"
    r"chiite|sunnite|druze|alaouite|adventiste|baptiste|anglicane|methodiste|lutherienne)\b")
_RELIGION_BE_EN = (
    r"muslims?|jewish|jews?|christians?|catholics?|protestants?|evangelicals?|"
    r"(?:greek\s+|russian\s+|serbian\s+|coptic\s+)?orthodox|coptic|jains?|"
    r"buddhists?|hindus?|sikhs?|atheists?|agnostics?|jehovah'?s\s+witness(?:es)?|mormons?|"
    # a denomination: "I'm Welsh and Methodist"
    r"methodists?|anglicans?|baptists?|lutherans?|presbyterians?|pentecostals?|adventists?|"
    r"episcopalians?|unitarians?|"
    r"devout|religious(?!\s+about\b)|born-again(?:\s+christian)?|a\s+believer|"
    r"(?:practicing|practising)\s+(?:muslim|jew|catholic|christian|hindu|buddhist|sikh)|"
    r"a\s+convert\s+to\s+(?:islam|judaism|catholicism|christianity|buddhism)|"
    # a people may come first: "as a Kurdish Yazidi", "an Iraqi Shia"
    r"(?:[a-z]+\s+)?(?:yazidis?|yezidis?|druze|zoroastrians?|parsis?|parsees?|baha'?is?|"
    r"rastafarians?|alawites?|ismailis?|shia|shiite|sunni|quakers?|amish|mennonites?|pagans?|"
    r"wiccans?)(?![\w-])")
_RELIGION_FIXED_EN = (
    r"(?P<c>\b(?:i|i'm|im|i\s+am|we're|we\s+are|(?:he|she)(?:'s|\s+is)?|my\s+\w+(?:\s+is)?))\s+"
    r"(?P<t>fasting\s+for\s+ramadan|(?:observe|observes|keep|keeps|celebrate|celebrates)\s+"
    r"(?:ramadan|shabbat|the\s+sabbath|lent|passover|yom\s+kippur|diwali|eid)|"
    r"(?:keep|keeps)\s+kosher|(?:only\s+)?eats?\s+(?:halal|kosher)|"
    r"(?:wear|wears)\s+(?:a\s+)?(?:hijab|headscarf|turban|kippah|yarmulke|niqab|burqa)|"
    r"(?:go|goes|went)\s+to\s+(?:church|mosque|synagogue|temple|mass)|"
    r"(?:attend|attends)\s+(?:church|mosque|synagogue|temple|mass))"
    # ("surfing is basically my religion, haha": a pastime, said in jest)
    r"|(?P<c3>\bmy)\s+(?P<t3>(?<!basically\smy\s)(?<!practically\smy\s)(?<!much\smy\s)"
    r"(?<!kind\sof\smy\s)(?<!sort\sof\smy\s)(?<!literally\smy\s)(?:religion|faith)|"
    r"religious\s+beliefs|church|mosque|synagogue|"
    r"pastor|imam|rabbi|kippah|kippa|yarmulke|hijab|niqab|burqa|turban)"
    # "we're Hindus and ...", "were muslims so ..." (an apostrophe dropped): the writer's group;
    # never "we are a Christian charity", an organisation
    r"|(?P<c4>(?:^|[.,;!?]\s*|\b)(?:we're|we\s+are|we\s+r|(?:^|(?<=[.,;!?]\s)|(?<=[.,;!?]))were)"
    r"(?:\s+(?:all|both|mostly|practising|practicing|devout))?)\s+(?P<t4>muslims|hindus|sikhs|"
    r"jews|jewish|christians|catholics|protestants|buddhists|jains|mormons|orthodox\s+jews|"
    r"evangelicals|muslim|hindu|sikh|catholic|buddhist|jain|quakers|mennonites|yazidis|druze|"
    r"baha'?is)"
    r"(?!\s*-?\s*(?:owned|run|led|school|charity|church|company|business|bakery|organi[sz]ation|"
    r"group|firm|community\s+centre|foundation|college|hospital|family\s+business)\b)"
    # "we'd like to do a small puja before the launch": a rite the writer performs
    r"|(?P<c5>\b(?:we|i|we'd|i'd|we\s+would|i\s+would|we\s+will|i\s+will)\s+(?:like\s+to\s+|want\s+"
    r"to\s+|wanna\s+|need\s+to\s+|plan\s+to\s+)?(?:do|perform|hold|have|offer|say))\s+"
    r"(?P<t5>(?:a|an|our|the|my)?\s*(?:small|short|quick|little)?\s*(?:puja|pooja|havan|aarti|"
    r"namaz|salah|salat|kiddush|novena))\b"
    # Hinglish "main Jain hoon" (I am Jain)
    r"|(?P<c2>\bmain)\s+(?P<t2>jain|hindu|muslim|musalman|sikh|christian|isai|buddhist|"
    r"bauddh)\s+(?:hoon|hun|hu)\b"
    # Swahili "mimi ni Mkristo" (I am a Christian), "sisi ni Waislamu" (we are Muslims)
    r"|(?P<c7>\b(?:mimi|sisi|yeye)\s+ni)\s+(?P<t7>mkristo|wakristo|mwislamu|muislamu|waislamu|"
    r"mkatoliki|wakatoliki|mhindu|wahindu|mprotestanti|waprotestanti)\b"
    # "since converting to Islam last year", "I converted to Judaism", "after my conversion
    # to Catholicism": the writer's own faith, told by the change
    r"|(?P<c6>\b(?:i|we|i've|we've|i\s+have|we\s+have|since|after|(?:my|his|her)(?:\s+\w+)?)"
    r"(?:\s+(?:recently|just|finally|also))?)\s+(?P<t6>(?:converted|converting|conversion)\s+to\s+"
    r"(?:islam|judaism|catholicism|christianity|buddhism|hinduism|sikhism|orthodoxy|"
    r"protestantism))\b"
    # "Rev. Michael Ashdown here, Methodist minister, ...", "I'm an Anglican vicar": the
    # writer's office in a church tells their faith
    r"|(?P<c8>\bhere\s*,|\bi'?m\s+(?:a|an|the)|\bi\s+am\s+(?:a|an|the)|\bas\s+(?:a|an|the))\s+"
    r"(?P<t8>(?:methodist|anglican|baptist|lutheran|presbyterian|pentecostal|catholic|"
    r"evangelical|orthodox|adventist|episcopal(?:ian)?|reformed|free\s+church)\s+(?:minister|"
    r"priest|pastor|vicar|deacon|elder|chaplain|preacher|curate|rector|lay\s+reader))\b")

# -- trade-union membership -----------------------------------------------------------------------
# "syndicat de copropriété" (a building's owners), "syndicat patronal" (employers), "syndicat
# d'éleveurs" (farmers' own body): not unions.
OTHER_BODIES = (r"\s+(?:de\s+copropriete|des\s+coproprietaires|de\s+copro|intercommunal|mixte|"
                r"d'initiative|patronal|professionnel|des\s+eaux|d'eleveurs|des\s+eleveurs|"
                r"agricole|de\s+producteurs|des\s+producteurs|viticole|des\s+vignerons|apicole|"
                r"d'apiculteurs)")
_NOT_A_TRADE_UNION = r"(?!" + OTHER_BODIES + r")"
# The unions of French-speaking Belgium (FGTB, CSC, CGSLB, SETCa, CNE), Switzerland (Unia,
# Syna, SSP, Syndicom), Luxembourg (OGBL, LCGB) and Québec (CSN, FTQ, CSQ, CSD) are named as
# France's are.
_UNIONS_ELSEWHERE_FR = r"fgtb|csc|cgslb|setca|cne|unia|syna|ssp|syndicom|ogbl|lcgb|csn|ftq|csq|csd"
_UNIONS_FR = (r"(?:la\s+|le\s+|l')?(?:cgt|cfdt|fo|force\s+ouvriere|cfe-cgc|cftc|unsa|sud|"
              r"solidaires|fsu|snes|snuipp|unef|" + _UNIONS_ELSEWHERE_FR + r"|syndicat"
              + _NOT_A_TRADE_UNION + r"(?:\s+\w+)?)")
_UNION_BE_FR = (
    r"syndiquee?s?(?:\s+(?:a|au|chez|a\s+la)\s+" + _UNIONS_FR + r")?|"
    r"delegue(?:e)?s?\s+syndica(?:le?|ux)|representante?\s+syndicale?|elue?\s+(?:cgt|cfdt|fo|"
    r"cftc|unsa|sud|syndicale?)|militante?\s+syndicale?|"
    r"(?:adherente?|membre|encartee?)\s+(?:a\s+la|au|de\s+la|du|d'un|a|de)\s+" + _UNIONS_FR
    + r"|a\s+la\s+(?:cgt|cfdt|cftc|cfe-cgc)")
_UNION_FIXED_FR = (
    r"(?P<c3>\b(?:mon|ma|notre))\s+(?P<t3>syndicat" + _NOT_A_TRADE_UNION
    + r"|carte\s+(?:syndicale|cgt|cfdt|fo)|"
    r"cotisation\s+syndicale|section\s+syndicale|delegue\s+syndical)"
    r"|(?P<c>\b(?:j'ai|je\s+me\s+suis|il\s+a|elle\s+a))\s+(?P<t>(?:adhere|rejoint|pris\s+ma\s+"
    r"carte)\s+(?:a|au|a\s+la|chez)\s+" + _UNIONS_FR + r")"
    # "Unia, dont je suis membre, ...", "la CSN, où je suis déléguée": the union named first
    r"|(?P<t2>\b(?:" + _UNIONS_ELSEWHERE_FR + r"|cgt|cfdt|fo|cftc|unsa|cfe-cgc|le\s+syndicat"
    + _NOT_A_TRADE_UNION + r"(?:\s+\w+)?))\s*,?\s+(?P<c2>(?:dont|ou|auquel|a\s+laquelle|"
    r"chez\s+qui)\s+(?:je\s+suis|j'?\s*adhere|nous\s+sommes|il\s+est|elle\s+est)\s+"
    r"(?:membre|adherente?|syndiquee?|deleguee?|elue?|militante?)s?)"
    # "marco notre élu unsa veut voir le logiciel": a person's union office, in apposition
    r"|(?P<c4>\b(?:mon|ma|notre|nos|son|sa|votre|leur))\s+(?P<t4>(?:elue?|deleguee?|"
    r"representante?|militante?)s?\s+(?:du\s+personnel\s+)?(?:cgt|cfdt|fo|cftc|unsa|sud|"
    r"cfe-cgc|solidaires|fsu|syndica(?:le?s?|ux)))\b"
    # "Militante au SNUipp, j'organise la fête des écoles": the writer described as the message
    # opens
    r"|(?P<c5>^\W*)(?P<t5>(?:militante?|adherente?|syndiquee?|deleguee?|elue?|membre|encartee?)"
    r"\s+(?:a|au|a\s+la|chez|de\s+la|du)\s+" + _UNIONS_FR + r")(?=[^.;!?]{0,60}?,\s*(?:je|j'|"
    r"nous|on)\b)"
    # "mon mandat au syndicat agricole me prend du temps": a union office the writer holds
    r"|(?P<c6>\b(?:mon|son))\s+(?P<t6>mandat\s+(?:syndical|de\s+delegue\s+syndical|au\s+"
    r"syndicat(?!\s+(?:de\s+copro\w*|des\s+copro\w*|intercommunal|mixte|des\s+eaux|"
    r"d'initiative))(?:\s+\w+)?|a\s+la\s+(?:cgt|cfdt|cftc|cfe-cgc)|au\s+"
    r"(?:snuipp|snes|fsu|unsa)))\b")
# Unions by name, across the English-speaking countries the chats come from (UK, Ireland, US,
# Canada, Australia, South Africa, India); names that are also common abbreviations (PCS, SDA,
# AFT, USW, NEA) are left out.
_UNIONS_EN = (r"(?:unite(?:\s+here)?|unison|gmb|(?:the\s+)?teamsters|seiu|uaw|afl-cio|ufcw|rmt|"
              r"usdaw|ibew|afscme|neu|nasuwt|ucu|cwu|aslef|tssa|nuj|rcn|siptu|forsa|unifor|cupe|"
              r"cfmeu|numsa|cosatu|intuc|citu|bectu|bfawu|fbu|nipsa|musicians'?\s+union)")
_UNION_ROLES_EN = (r"(?:member|rep|representative|(?:shop\s+)?steward|convenor|convener|delegate|"
                   r"organi[sz]er|branch\s+secretary|official)s?")
_UNION_BE_EN = (
    r"union\s+members?|(?:a\s+)?members?\s+of\s+(?:a|the|my)\s+(?:trade\s+|labou?r\s+|workers'?\s+)?"
    r"union|(?:with|in)\s+(?:the\s+)?" + _UNIONS_EN + r"(?![\w-])|"
    + _UNION_ROLES_EN + r"\s+(?:of|for|with|at|in)\s+(?:the\s+|my\s+|our\s+)?"
    + _UNIONS_EN + r"|" + _UNIONS_EN + r"\s+" + _UNION_ROLES_EN
    + r"|in\s+(?:a|the)\s+union|unioni[sz]ed|(?:shop|union)\s+steward|"
    r"union\s+(?:rep(?:resentative)?|convenor|convener|delegate|organi[sz]er|official|"
    r"branch\s+secretary)|(?:equity|bectu)\s+(?:member|rep|representative|steward|"
    r"card[\s-]holder)s?")
_UNION_FIXED_EN = (
    r"(?P<c3>\b(?:my|our|his|her))\s+(?P<t3>(?:union|" + _UNIONS_EN + r")(?:\s+(?:rep|"
    r"representative|steward|convenor|convener|delegate|membership|card|dues|subs|branch))?)"
    r"(?![\w-])"
    r"(?!\s+of\b)"
    # ("our union's annual conference", "our union's offices": the union as an organisation)
    r"(?!(?<=our union)'s\s+(?:annual\s+|national\s+|regional\s+|"
    r"yearly\s+|new\s+)?(?:conference|congress|convention|headquarters|hq|offices?|building|"
    r"website|magazine|agm|training\s+cent(?:re|er))\b)"
    r"|(?P<c>\b(?:i|we|he|she))\s+(?P<t>(?:belong|belongs|belonged)\s+to\s+(?:a|the)\s+"
    r"(?:trade\s+|labou?r\s+)?union|joined\s+(?:(?:a|the)\s+(?:trade\s+|labou?r\s+)?union|"
    r"(?:the\s+)?" + _UNIONS_EN + r")(?![\w-])|(?:pay|pays|paid)\s+(?:my|our|his|her)\s+union\s+"
    r"(?:dues|subs|fees))"
    r"|(?P<c4>\b(?:my|our|his|her)\s+(?:first|annual|monthly|latest|yearly))\s+"
    r"(?P<t4>(?:union|equity|bectu|" + _UNIONS_EN + r")\s+(?:dues|subs|card|membership))(?![\w-])"
    # "convenor here 4 the steelworkers": the writer introduced by their union role
    r"|(?P<c7>^)\W*(?P<t7>(?:union\s+|shop\s+|works\s+)?(?:convenor|convener)|shop\s+steward|"
    r"union\s+(?:rep|representative|steward|delegate))\s+here\b"
    # "Our convenor, Ruth Adair, ...": a senior shop steward, said of the writer's workplace
    r"|(?P<c5>\b(?:my|our))\s+(?P<t5>(?:senior\s+|site\s+|works\s+|plant\s+|branch\s+)?"
    r"conven[eo]r)(?![\w-])(?!\s+(?:of|for)\b)"
    # "Been in the NUJ for twenty years": the writer's membership, its subject left out
    r"|(?P<c6>(?:^|[.!?]\s*|\bi'?ve\s+|\bi\s+have\s+))(?P<t6>been\s+(?:in|with)\s+(?:the\s+)?"
    + _UNIONS_EN + r"\s+(?:for|since))\b")

# -- political opinion --------------------------------------------------------------------------
_PARTIES_FR = (r"(?:le\s+|la\s+|les\s+|l')?(?:rn|fn|front\s+national|rassemblement\s+national|"
               r"lfi|france\s+insoumise|insoumis|ps|parti\s+socialiste|lr|republicains|eelv|"
               r"verts|ecologistes|renaissance|lrem|en\s+marche|modem|reconquete|pcf|"
               r"parti\s+communiste|npa|lutte\s+ouvriere|horizons|debout\s+la\s+france|udi|"
               r"macron|le\s+pen|marine|melenchon|zemmour|bardella|a\s+gauche|a\s+droite|"
               r"a\s+l'extreme\s+(?:gauche|droite)|extreme\s+(?:gauche|droite)|"
               # Belgian, Swiss and Québec parties ("échevin MR", "membre de l'UDC"; "Mr
               # Dupont" is a title)
               r"mr(?=\s*(?:[,.;:!?)]|$|\s+(?:de|du|d'|a|au|et|pour|depuis|local|locale)\b))|"
               r"ecolo|ptb|pvda|n-va|nva|vlaams\s+belang|cd&v|open\s+vld|les\s+engages|defi|"
               r"cdh|udc|plr|pq|caq|plq|npd|bloc\s+quebecois|quebec\s+solidaire)")
_POLITICAL_BE_FR = (
    # an elected office held for a party: "Échevin MR de notre commune, je ..."
    r"(?:echevine?|bourgmestre|conseill(?:er|ere)\s+(?:communale?|municipale?|regionale?|"
    r"generale?|departementale?)|maire|adjointe?\s+(?:au\s+)?maire|deputee?|senat(?:eur|rice)|"
    r"elue?)\s+" + _PARTIES_FR + r"(?:\s+(?:de|du|d')\s*(?:notre\s+|ma\s+|la\s+)?[^\W\d_]+)?|"
    r"de\s+gauche|de\s+droite|d'extreme\s+(?:gauche|droite)|communiste|socialiste|anarchiste|"
    r"anar|gaucho|facho|"
    r"left-wing|right-wing|far-left|far-right|"
    r"ecologiste|gaulliste|macroniste|melenchoniste|lepeniste|zemmourien(?:ne)?|royaliste|"
    r"centriste|insoumise?|frontiste|trotskiste|marxiste|libertaire|souverainiste|"
    # ("je suis basque et abertzale": a nationalist of the Basque left)
    r"independantiste|autonomiste|separatiste|abertzale|"
    r"nationaliste|identitaire|militante?\s+(?:politique|de\s+gauche|de\s+droite|"
    r"d'extreme\s+(?:gauche|droite)|ecologiste|communiste|socialiste|" + _PARTIES_FR + r")|"
    r"(?:adherente?|membre|encartee?)\s+(?:au|a\s+la|du|de\s+la|de|chez|a)\s+" + _PARTIES_FR)
# The writer described as the message opens: "Conseillère régionale écologiste, je ...".
_POLITICAL_OPENING_FR = (
    r"(?P<c>^)\W*(?!(?:un|une|le|la|les|notre|votre|nos|vos|ce|cette|ces|mon|ma|mes|des|du)\b)"
    r"(?:[^\W\d_'-]+\s+){0,3}(?P<t>" + _POLITICAL_BE_FR + r")\s*[,:\u2014\u2013-]\s*"
    r"(?:je|j'|moi|nous)\b")
# "Je ne suis guère du côté de ceux qui gouvernent en ce moment": a side taken against (or
# with) those in power, without a party named.
_POLITICAL_SIDE_FR = (
    r"(?P<c>\b(?:je|j')\s*(?:ne\s+|n'\s*)?(?:suis|me\s+sens|me\s+range|me\s+situe)\s+(?:pas|guere|"
    r"plus|jamais|vraiment|clairement|plutot|resolument|franchement|absolument|point)?\s*"
    r"(?:du\s+cote|dans\s+le\s+camp|du\s+camp)\s+de\s+ceux\s+qui)\s+(?P<t>(?:nous\s+)?"
    r"(?:gouvernent|dirigent\s+le\s+pays|sont\s+au\s+pouvoir|tiennent\s+le\s+pouvoir))")
_POLITICAL_FIXED_FR = (
    r"(?P<c>\b(?:je|j'|il|elle|(?:mon|ma)\s+\w+))\s*(?P<t>(?:vote|votais|voterai|voterais|"
    r"ai\s+vote|a\s+vote)\s+(?:pour\s+)?" + _PARTIES_FR + r")(?![\w-])"
    r"|(?P<c3>\b(?:mes|mon|ma))\s+(?P<t3>opinions?\s+politiques?|convictions\s+politiques|"
    r"engagement\s+politique|parti\s+politique|vote\s+(?:pour|aux)\s+\w+)"
    r"|(?P<c4>\bje)\s+(?P<t4>ne\s+voterai(?:s)?\s+(?:plus\s+)?(?:jamais\s+)?pour|"
    r"(?:vote|voterai|voterais|ai\s+vote)\s+(?:toujours\s+|encore\s+|plus\s+)?pour\s+"
    r"(?:ceux|celui|celle|lui|elle|eux)\s+qui)"
    r"|(?P<c2>\b)(?P<t2>militante?\s+(?:lfi|rn|fn|ps|eelv|pcf|npa|reconquete|insoumise?)"
    # "entre deux réunions de section du parti", "ma section locale du PS"
    r"|(?:reunions?|assemblees?|ma|notre)\s+(?:de\s+)?(?:ma\s+|notre\s+|la\s+)?(?:section|cellule|"
    r"federation)(?:\s+locale)?\s+(?:du\s+parti|(?:du|de\s+la|de\s+l')\s*" + _PARTIES_FR
    + r"))(?![\w-])")
_PARTIES_EN = (r"(?:the\s+)?(?:republicans?|democrats?|democratic\s+party|labour|tory|tories|"
               r"conservatives|lib\s+dems?|liberal\s+democrats?|the\s+greens|green\s+party|"
               r"snp|reform\s+uk|ukip|plaid\s+cymru|trump|biden|harris|obama|sanders|gop|"
               r"fine\s+gael|fianna\s+f[aá]il|sinn\s+f[eé]in|dup|ndp|bloc\s+qu[eé]b[eé]cois|"
               r"bjp|one\s+nation|the\s+nationals|anc|the\s+eff|the\s+pap|(?:the\s+)?da|"
               r"democratic\s+alliance|ifp|actionsa|"
               # Germany's, as visitors mix German in: "I voted SPD"
               r"spd|cdu|csu|afd|fdp|die\s+linke|die\s+grunen|bsw)")
_POLITICAL_BE_EN = (
    r"(?:registered\s+)?(?:republican|democrat|labour|tory)(?:\s+(?:voter|supporter|"
    r"member|party\s+member))?|(?:socialist|communist|libertarian|marxist|anarchist)|"
    r"(?:conservative|liberal|progressive)(?=\s*(?:[.,;!?)]|$|\s+(?:and|but)\b))|"
    r"(?:conservative|liberal|socialist|green|progressive)\s+(?:voter|supporter|activist)|"
    r"(?:trump|biden|harris|maga|brexit)\s+(?:supporter|voter)|maga|antifa|"
    r"member\s+of\s+the\s+(?:labour|conservative|republican|democratic|green|communist|"
    r"socialist|libertarian)\s+party|left-wing|right-wing|far-left|far-right|"
    r"(?:a\s+)?(?:political\s+)?activist\s+for\s+\w+")
_POLITICAL_FIXED_EN = (
    r"(?P<c>\b(?:i|we|he|she|my\s+\w+))\s+(?P<t>(?:vote|voted|always\s+vote|will\s+vote|"
    r"support|supported|campaigned\s+for)\s+(?:for\s+)?" + _PARTIES_EN + r")(?![\w-])"
    r"|(?P<c2>\b(?:i|we|he|she|my\s+\w+)\s+(?:vote|voted|always\s+vote|will\s+vote))\s+"
    r"(?P<t2>(?:for\s+)?(?:labour|labor|green|reform|leave|remain))(?![\w-])"
    r"|(?P<c3>\bmy)\s+(?P<t3>political\s+(?:views|opinions|beliefs|party|affiliation|"
    r"leanings))"
    r"|(?P<c4>\bi)\s+(?P<t4>(?:will|'ll|would)\s+never\s+(?:again\s+)?vote\s+for)"
    r"|(?P<c5>^)[^\w]*(?P<t5>(?:always\s+)?voted?\s+(?:for\s+)?" + _PARTIES_EN + r")(?![\w-])"
    # Afrikaans, as South African visitors mix it in: "Ek stem DA", "ek het vir die ANC gestem"
    r"|(?P<c6>\bek)\s+(?P<t6>(?:stem|het)\s+(?:altyd\s+)?(?:vir\s+)?(?:die\s+)?(?:da|anc|eff|"
    r"vf\+?|ifp|actionsa|pa|mk)(?:\s+gestem)?)(?![\w-])"
    # German: "Ich habe die SPD gewählt", "ich wähle immer die Grünen", "ich bin in der CDU"
    r"|(?P<c8>\bich)\s+(?P<t8>(?:(?:habe|hab)\s+(?:immer\s+|schon\s+immer\s+)?(?:die\s+|den\s+)?"
    r"(?:spd|cdu|csu|afd|fdp|grunen|linke|bsw)\s+gewahlt|wahle\s+(?:immer\s+)?(?:die\s+)?"
    r"(?:spd|cdu|csu|afd|fdp|grunen|linke|bsw)|bin\s+(?:in\s+der|mitglied\s+(?:der|in\s+der|"
    r"bei\s+der))\s+(?:spd|cdu|csu|afd|fdp|linken|bsw)))(?![\w-])"
    # "Ive been campaining for Fine Gael all month": out for a party, however spelt
    r"|(?P<c7>\b(?:i|we|ive|i've|i\s+have|i'm|im|i\s+am|i\s+was|we've|weve|we\s+were)"
    r"(?:\s+been)?)\s+(?P<t7>(?:out\s+)?(?:campaigning|campaining|campainging|campaignin|"
    r"canvassing|canvasing|leafleting|leafletting|door-knocking|knocking\s+(?:on\s+)?doors|"
    r"volunteering|phone-banking|phonebanking)\s+for\s+" + _PARTIES_EN + r")(?![\w-])")

# -- sexual orientation (and gender identity, treated alike) -------------------------------------
_ORIENTATION_BE_FR = (
    # ("gai" as Québec writes it: "je suis gai")
    r"gay|gays|gaie?|homo|homosexuel(?:le)?s?|lesbiennes?|bi|bisexuel(?:le)?s?|pansexuel(?:le)?|"
    r"asexuel(?:le)?|queer|trans|transgenre|transsexuel(?:le)?|non-binaire|lgbt(?:q|qia)?\+?")
_ORIENTATION_FIXED_FR = (
    r"(?P<c>\b(?:j'ai|il\s+a|elle\s+a))\s+(?P<t>fait\s+(?:mon|son)\s+coming[- ]out)"
    # "depuis mon coming out, ...": dated by it
    r"|(?P<c4>\b(?:depuis|apres|avant|pendant|lors\s+de))\s+(?P<t4>(?:mon|son)\s+coming[- ]out)"
    # "Théo et moi, deux garçons un peu romantiques, allons nous pacser": a couple of two men
    # or two women the writer is one of
    r"|(?P<c5>\bet\s+moi\s*,?|\bnous\s+sommes|\bon\s+est)\s+(?P<t5>(?:deux|2)\s+(?:garcons|gars|"
    r"hommes|mecs|filles|femmes|nanas|meufs))\b(?=[^.!?]{0,80}\b(?:pacs\w*|marier|marions|"
    r"maries|mariees|mariage|couple|amoureu\w*|fiances?|fiancees?|romantiques?|ensemble\s+depuis))"
    r"|(?P<c3>\b(?:mon|ma))\s+(?P<t3>(?:orientation|identite)\s+(?:sexuelle|de\s+genre))"
    r"|(?P<t2>\bfiere?\s+d'?\s*etre\s+(?:gay|bi|lesbienne|queer|trans|homo)"
    r"|\b(?:on\s+est|nous\s+sommes|en\s+tant\s+que)\s+un\s+couple\s+(?:gay|gai|homo|homosexuel|"
    r"lesbien|de\s+femmes|d'hommes|de\s+meme\s+sexe)"
    # "on est deux mamans", "mes deux papas": same-sex parents
    r"|\b(?:on\s+est|nous\s+sommes)\s+deux\s+(?:mamans|papas)"
    r"|\b(?:mes|ses|nos|ces)\s+(?:deux|2)\s+(?:mamans|papas|peres|meres)\b"
    # "marié à un homme depuis 2015" (the masculine tells the writer), "mariée à une femme"
    r"|\b(?:je\s+suis\s+)?marie\s+(?:a|avec)\s+un\s+homme|\b(?:je\s+suis\s+)?mariee\s+(?:a|avec)\s+"
    r"une\s+femme"
    # "au nom de Mme et Mme Roux": a couple titled alike
    r"|\b(?:m\.?|monsieur)\s+et\s+(?:m\.?|monsieur)\s+[^\W\d_]+"
    r"|\b(?:mmes?|madame)\s+et\s+(?:mme|madame)\s+[^\W\d_]+)\b")
_ORIENTATION_BE_EN = (
    r"gay|lesbian|bisexual|bisexsual|bisexual|bisxual|bi|pansexual|asexual|queer|homosexual|transgender|trans|"
    r"non-binary|nonbinary|lgbt(?:q|qia)?\+?")
_ORIENTATION_FIXED_EN = (
    r"(?P<c>\b(?:i|he|she))\s+(?P<t>came\s+out(?:\s+as\s+(?:gay|lesbian|bi|bisexual|trans|"
    r"queer))?)(?![\w-])"
    # "since my coming out, ...": dated by it
    r"|(?P<c4>\b(?:since|after|before))\s+(?P<t4>(?:my|his|her)\s+coming[- ]out)"
    # "Sam and me, two lads getting married in June": a couple of two men or two women
    r"|(?P<c5>\b(?:and\s+(?:me|i)\s*,?|we'?re|we\s+are))\s+(?P<t5>(?:two|2)\s+(?:guys|lads|men|"
    r"blokes|dudes|girls|women|ladies|gals))\b(?=[^.!?]{0,80}\b(?:married|marrying|engaged|"
    r"wedding|civil\s+partnership|couple|in\s+love|anniversary|together\s+for))"
    r"|(?P<c3>\b(?:my|his|her))\s+(?P<t3>(?:same-sex|gay|lesbian)\s+(?:partner|relationship|"
    r"marriage|wife|husband)|sexual\s+orientation|gender\s+identity|sexuality)"
    # "Bi and proud, ...": said of oneself, as a slogan.
    r"|(?P<t2>\b(?:gay|bi|bisexual|queer|lesbian|trans|pan)\s+(?:and|&|n)\s+proud"
    r"|\b(?:we'?re|we\s+are|as)\s+an?\s+(?:gay|lesbian|same-sex|queer)\s+couple"
    # "we're two dads", "my two dads": same-sex parents
    r"|\b(?:we'?re|we\s+are)\s+two\s+(?:mums|moms|mommies|mummies|dads|daddies)"
    r"|\b(?:my|his|her|our)\s+(?:two|2)\s+(?:mums|moms|mommies|mummies|dads|daddies)\b"
    # "the account should read Mr and Mr Kowalski": a couple titled alike
    r"|\bmr\.?\s+(?:and|&)\s+mr\.?\s+[^\W\d_]+|\b(?:mrs|ms)\.?\s+(?:and|&)\s+(?:mrs|ms)\.?"
    r"\s+[^\W\d_]+)\b")

# -- racial or ethnic origin ---------------------------------------------------------------------
_PERSON_FR = r"(?:femme|homme|personne|mere|pere|jeune|entrepreneuse|entrepreneur|dirigeante?)"
_PERSON_EN = (r"(?:woman|man|person|lady|guy|girl|boy|mother|father|mom|dad|parent|founder|"
              r"business\s+owner|entrepreneur|professional|engineer|student|employee|family|"
              r"immigrant|american|british|citizen)")
# (the masculine as written too: "métis", "amérindien")
_ETHNIC_FR = (r"noire?|arabe|maghrebine?|metis(?:se)?|rom|roms|gitane?|tzigane|manouche|asiatique|"
              r"peule?|wolof|bambara|soninke|malinke|bamileke|touaregs?|kurde|tamoule?|"
              r"lebou|serere|sereer|toucouleur|diola|mandingue|haoussa|baoule|dioula|mossi|"
              r"soussou|kabye|sahraouie?|kanake?|"
              r"beur|beurette|rebeu|reubeu|renoi|renoie|kabyle|berbere|rifaine?|riffaine?|amazighe?|"
              r"chleuhe?|chaouie?|africaine?|antillaise?|"
              r"racisee?|autochtone|"
              # Peoples of Québec and the Arctic: "des Inuits du Nunavik", "en partie mi'kmaq"
              r"inuite?s?|inuk|innue?s?|mi'?kmaqs?|micmacs?|atikamekws?|mohawks?|wendats?|"
              r"amerindien(?:ne)?|afro-\w+|"
              # Peoples of Central and East Asia: "mes parents sont mongols"
              r"mongole?|hmong|ouighoure?|ouigoure?|tibetaine?")
# Peoples whose name is no ordinary word nor a thing's origin: said of anyone, a pronoun
# included ("elle était peule", "il est wolof"), they tell a person's origin.
_PEOPLES_FR = (r"peule?s?|wolof|bambara|soninke|malinke|bamileke|lebou|serere|sereer|"
               r"toucouleur|diola|mandingue|haoussa|baoule|dioula|mossi|soussou|kabye|"
               r"inuite?s?|inuk|innue?s?|mi'?kmaqs?|atikamekws?|hmong|ouighoure?|ouigoure?")
_ETHNIC_BE_FR = (r"d'origine\s+\w+|issue?\s+de\s+l'immigration|"
                 # "descendante d'immigrés portugais", "fils d'immigrés maliens"
                 r"(?:descendante?|fille|fils|enfant|petite?-(?:fille|fils|enfant))\s+"
                 r"d'immigres?\s+\w+|(?:" + _ETHNIC_FR + r")s?|"
                 + _PERSON_FR + r"\s+(?:" + _ETHNIC_FR + r")")
_ETHNIC_FIXED_FR = (
    r"(?P<c3>\b(?:mes|ma|mon))\s+(?P<t3>origines\s+\w+|couleur\s+de\s+peau|ethnie|"
    r"appartenance\s+ethnique)"
    r"|(?P<c>\b(?:mes|nos|ses)\s+parents?\s+(?:sont|est))\s+(?P<t>(?:d'origine\s+)?\w+s?\s+"
    r"d'origine|d'origine\s+\w+|(?:" + _ETHNIC_FR + r")s?\b)"
    # "nos marins sont des Lébous de Yoff, comme moi": a people, and the writer one of them
    r"|(?P<t4>\b(?:" + _ETHNIC_FR + r")s?)(?:\s+(?:de|du|d')\s*[^\W\d_]+)?\s*,?\s+"
    r"(?P<c4>comme\s+moi|comme\s+nous|tout\s+comme\s+moi)\b"
    # "Nous, les Peuls, on fait les fêtes en grand": the writers, a people ("pour nous, les
    # noires sont les plus belles tulipes" is an opinion)
    r"|(?<!pour\s)(?<!selon\s)(?P<c5>\bnous\s*,?\s+(?:autres\s*,?\s+)?les)\s+"
    r"(?P<t5>(?:" + _ETHNIC_FR + r")s?)\b"
    # "Candidate d'origine malienne aux municipales d'Évry, je souhaite ...": the writer
    # described as the message opens
    r"|(?P<c6>^\W*(?:" + _PERSON_FR + r"|candidate?|artisane?|commercante?|gerante?|patronne?|"
    r"cheffe?|eleveuse|eleveur|agricultrice|agriculteur|fondatrice|fondateur|benevole)\s+)"
    r"(?P<t6>d'origine\s+[^\W\d_]+)"
    r"(?=[^.;!?]{0,60}?,\s*(?:je|j'|nous)\b)")
_ETHNIC_EN = (r"black|african[- ]american|hispanic|latino|latina|latinx|asian(?:[- ]american)?|"
              r"xhosa|zulu|yoruba|igbo|hausa|fulani|akan|ashanti|ewe|kikuyu|luo|luhya|kalenjin|"
              r"maasai|somali|amhara|oromo|tigrayan|tamil|punjabi|gujarati|bengali|sindhi|pashtun|"
              r"hazara|kurdish|berber|amazigh|tuareg|wolof|"
              r"arab|roma|romani|gypsy|aboriginal|indigenous|native\s+american|first\s+nations|"
              r"mixed[- ]race|biracial|white|caucasian|maori|inuit|pacific\s+islander|inuk|innu|"
              r"mi'?kmaq|micmac|atikamekw|mohawk|"
              r"south\s+asian|east\s+asian|west\s+african|afro-\w+")
# "I'm Black", "a Black woman", "of Moroccan descent": the adjective alone only after "I'm",
# never after "as a" ("as a black box").
# Peoples whose name is no ordinary word: "as a Kikuyu, ...", "I'm Yoruba" (not "ewe").
_PEOPLES_EN = (r"(?:xhosa|zulu|yoruba|igbo|hausa|fulani|ashanti|kikuyu|luhya|kalenjin|maasai|"
               r"somali|amhara|oromo|tigrayan|tamil|punjabi|gujarati|bengali|sindhi|pashtun|"
               r"hazara|kurd|kurdish|berber|amazigh|tuareg|wolof|romani|maori|inuit|kamba|inuk|"
               r"mi'?kmaq|micmac|atikamekw|"
               r"meru|kisii|ibibio|efik|tiv|ijaw|ndebele|sotho|tswana|venda|shona|baganda|"
               r"hmong|sikh\s+punjabi|marathi|malayali|telugu|kannadiga|sinhalese|uyghur|"
               r"tatar|chechen|circassian|assyrian|chaldean|armenian|druze|"
               # Peoples of the Pacific: "im a samoan green party candidate"
               r"samoan|tongan|fijian|niuean|tokelauan|tahitian|chamorro|kanak|"
               r"native\s+hawaiian|torres\s+strait\s+islander|polynesian|melanesian|"
               r"micronesian)"
               r"(?![\w-])(?!\s+(?:speaker|speaking|translation|translator|version|language|"
               r"font|script|keyboard|menu|text|subtitles?|dish|restaurant|food|cuisine|"
               r"market|customers?|clients?|region|community\s+centre)\b)")
_ETHNIC_BE_EN = (_PEOPLES_EN + r"|(?:" + _ETHNIC_EN + r")\s+" + _PERSON_EN
                 + r"|of\s+\w+\s+(?:descent|origin|"
                 r"heritage|ethnicity)|(?:from\s+)?an\s+ethnic\s+minority(?:\s+background)?")
_ETHNIC_FIXED_EN = (
    r"(?P<c2>\bmimi\s+ni)\s+(?P<t2>m(?:luo|kikuyu|kalenjin|luhya|kamba|maasai|somali|"
    r"swahili|hindi|arabu)|mzungu)\b|"
    r"(?P<c>\b(?:i\s+am|i'm|im|(?:he|she)\s+is|he's|she's|my\s+\w+\s+is))\s+(?P<t>"
    + _ETHNIC_EN + r")(?![\w-])(?!\s+(?:friday|box|label|paper|list|hat|market|markets|"
    r"customers?|clients?))"
    # "I really am a quarter Korean", "I'm half Thai": a share of one's ancestry, which a
    # nationality alone does not tell
    r"|(?P<c8>\bi(?:'m|m|\s+am|\s+(?:really|truly|actually)\s+am)(?:\s+(?:also|really|actually|"
    r"apparently))?)\s+(?P<t8>(?:a\s+quarter|one\s+quarter|quarter|half|an\s+eighth|one\s+eighth)"
    r"[\s-]+[a-z]+(?:an|ese|ish|i|ic|ch|ai))\b"
    r"|(?P<c3>\bmy)\s+(?P<t3>ethnic\s+(?:origin|background)|skin\s+colou?r)"
    # "the crew are Ijaw from Bayelsa, like me": a people, and the writer one of them
    r"|(?P<t4>\b" + _PEOPLES_EN + r"s?)(?:\s+from\s+[^\W\d_]+)?\s*,?\s+"
    r"(?P<c4>like\s+me|like\s+myself|same\s+as\s+me|as\s+am\s+i)\b"
    # "Ko Ngāti Porou tōku iwi" (my tribe is ...), "my iwi is Tūhoe": the writer's Māori people
    r"|(?P<c5>\b(?:toku|taku|my))\s+(?P<t5>iwi|hapu)\b"
    # Afrikaans "ek is van Kaapse Maleier afkoms" (I am of Cape Malay descent)
    r"|(?P<c6>\b(?:ek|ons|hy|sy)\s+is\b)[^.;!?]{0,40}?(?P<t6>\bvan\s+[^\W\d_]+"
    r"(?:\s+[^\W\d_]+)?\s+afkoms)\b"
    # Spanish, mixed in: "Soy mexicana y mi inglés no es perfecto"
    r"|(?P<c7>\bsoy)\s+(?P<t7>(?:mexican|colombian|peruan|venezolan|cuban|dominican|guatemaltec|"
    r"chilen|argentin|ecuatorian|salvadoren|hondure|boliviana?|puertorrique|latin|afrolatin|"
    r"indigen|gitan)[oa]s?|boliviano|indigena|afrodescendiente|mestiz[oa])\b")

# -- biometrics ----------------------------------------------------------------------------------
_BIO_FR = (r"empreintes?\s+(?:digitales?|palmaires?|vocales?|de\s+doigts?)|donnees\s+biometriques|"
           r"gabarits?\s+biometriques?|biometrie|reconnaissance\s+faciale|scan\s+(?:de\s+"
           r"(?:l'iris|la\s+retine|mon\s+visage)|retinien|facial)|iris|retine|visage|"
           r"empreintes?(?!\s+(?:carbone|ecologique|environnementale|numerique))")
_BIO_FIXED_FR = (
    # "la géométrie de la main de Fatima", "les empreintes de M. Diallo": one person's
    r"(?P<t5>(?:geometrie\s+de\s+la\s+main|empreintes?\s+(?:digitales?|palmaires?|vocales?)|"
    r"gabarits?\s+(?:biometriques?|de\s+la\s+paume)|scan\s+de\s+l'iris)\s+de)\s+"
    r"(?P<c5>(?!(?:la|le|les|l'|chaque|tous|toutes|vos|nos|ses|des|un|une|votre|notre|"
    r"l'ensemble|chacun|personne|nouveaux|nouvelles|salaries|employes|visiteurs|clients)\b)"
    r"(?:m\.|mme|monsieur|madame|mon|ma|\w+)\b)|"
    r"(?P<c3>\b(?:mes|mon|ma|ses|son|sa|leurs|nos))\s+(?P<t3>empreintes?\s+(?:digitales?|"
    r"palmaires?|vocales?)|donnees\s+biometriques|gabarits?\s+biometriques?|scan\s+(?:de\s+"
    r"l'iris|retinien|facial)|empreintes?(?!\s+(?:carbone|ecologique|environnementale|"
    r"numerique)))(?![\w-])"
    # (smudges on a surface: "mes empreintes de doigts sont partout sur l'inox")
    r"(?!(?:\s+(?:de\s+doigts?|digitales))?\s+(?:sont\s+|restent\s+)?(?:partout|sur\s+(?:l|le|"
    r"la|les|tout|toute|mes|nos|vos|votre|notre)\b))"
    r"|(?P<c>\b(?:scanner|scanne|scannez|scanne|enregistrer|enregistre|enregistrez|stocker|"
    r"stocke|stockez|conserver|conserve|conservez|utiliser|utilise|utilisez|collecter|"
    r"collecte|collectez|prendre|pris|prenez|relever|releve|effacer|effacez|supprimer|"
    r"supprimez|garder|gardez)\s+(?:mes|mon|ma|nos))\s+(?P<t>empreintes?|visage|iris|retine|"
    # ("Votre tablette a scanné ma paume pour signer le bon de livraison")
    r"voix|donnees\s+biometriques|paume|paumes|veines\s+de\s+la\s+(?:main|paume))"
    r"|(?P<t2>reconnaissance\s+faciale)\s+(?P<c2>(?:sur|de|pour)\s+(?:moi|mes|mon|ma|nous))"
    # "Mi huella no funciona", "meine Fingerabdrücke": one's own print, in the languages mixed in
    r"|(?P<c6>\b(?:mi|mis|meine?|mijn|minha|la\s+mia|le\s+mie))\s+(?P<t6>huellas?|"
    r"fingerabdr\w+|vingerafdrukk?\w*|impressao\s+digital|digitais|impronte?\s+digitali|"
    r"impronta)\b"
    # "où sont stockés les gabarits de la paume ? le mien a été enregistré mardi"
    r"|(?P<t4>(?:empreintes?|gabarits?|scans?|modeles?)\s+(?:[^\W\d_]+\s+)?(?:palmaires?|"
    r"digitales?|veineux|de\s+la\s+paume|biometriques?|faciaux|du\s+visage|de\s+l'iris|"
    r"vocales?))[^.?!]{0,40}?[.?!]?\s*(?P<c4>\b(?:le|la|les)\s+mien(?:ne)?s?\s+(?:a|ont)\s+"
    r"ete\s+(?:enregistree?s?|enrolee?s?|scannee?s?|prise?s?|relevee?s?|captee?s?))")
_BIO_FIXED_EN = (
    r"(?P<c3>\b(?:my|his|her|our\s+employees'?|(?:my|our|the|your)\s+(?:director|boss|"
    r"manager|deputy|ceo|md|chairman|chairwoman|owner|accountant|treasurer|colleague|wife|"
    r"husband|partner|son|daughter|father|mother|supervisor|foreman|assistant)'s))\s+"
    r"(?P<t3>fingerprints?|biometric\s+(?:data|"
    r"template|information)|biometrics|face\s+scan|facial\s+(?:scan|geometry|template)|"
    r"retina(?:l)?\s+(?:scan|pattern|print|template|data)|iris\s+(?:scan|pattern|template|data)|"
    r"voiceprint|voice\s+print|faceprint|palm\s+print)"
    r"|(?P<c>\b(?:scan|scanned|scans|store|stored|stores|collect|collected|collects|keep|kept|"
    r"use|used|uses|delete|deleted|took|take|record|recorded|capture|captured|process|"
    r"processed)\s+(?:my|our))\s+(?P<t>fingerprints?|face|iris|retina|voice|biometric\s+data)"
    r"|(?P<t2>facial\s+recognition)\s+(?P<c2>(?:on|of|for)\s+(?:me|my|us))"
    # "where are the palm-vein templates stored? Mine was enrolled last Tuesday"
    r"|(?P<t4>(?:fingerprint|palm[\s-]vein|palm|face|facial|iris|retina|voice|hand[\s-]geometry|"
    r"vein|biometric)\s+(?:templates?|scans?|prints?|data|records?|profiles?))\b[^.?!]{0,40}?"
    r"[.?!]?\s*(?P<c4>\bmine\s+(?:was|is|has\s+been|got|were)\s+(?:just\s+|only\s+)?"
    r"(?:enrolled|registered|scanned|captured|taken|stored|recorded|added|saved))")

# -- genetics ------------------------------------------------------------------------------------
_GENETIC_FIXED_FR = (
    # "l'ADN a parlé : Jacques est bien mon demi-frère": a kinship settled by a DNA test
    r"(?P<t7>(?:l'\s*)?adn|le\s+test\s+(?:adn|de\s+paternite|genetique))\s+(?P<c7>(?:a\s+parle|"
    r"a\s+confirme|confirme|a\s+montre|montre|a\s+prouve|prouve|a\s+revele|revele)\b"
    r"(?=[^.?!]{0,80}?\b(?:frere|soeur|demi-frere|demi-soeur|pere|mere|fils|fille|cousine?|"
    r"oncle|tante|parente?|famille|paternite|maternite)\b))|"
    r"(?<!dans\s)(?P<c3>\b(?:mon|mes|ma|son|ses|sa))\s+(?P<t3>(?:tests?|resultats?|analyses?|depistage)\s+"
    r"(?:adn|genetiques?|de\s+genetique|brca[12]?)|adn(?!\s+de\s+(?:la|notre|l'))|genome|"
    r"donnees\s+genetiques|profil\s+genetique|sequencage|mutation\s+\w+)(?![\w-])"
    r"|(?P<c>\b(?:j'ai|il\s+a|elle\s+a|(?:mon|ma)\s+\w+\s+a)\s+(?:fait|passe|eu))\s+"
    r"(?P<t>(?:un|une|le|mon)\s+(?:test|depistage|diagnostic|sequencage)\s+(?:adn|genetique|"
    r"brca[12]?|du\s+genome))"
    r"|(?P<t2>porteu(?:r|se)\s+(?:du\s+gene|de\s+la\s+mutation|d'une\s+mutation|du\s+variant|"
    r"de\s+l'anomalie)(?:\s+\w+)?|mutation\s+brca[12]?|brca[12]?\s+(?:positif|positive|mute|"
    r"mutee)"
    # "la surdité se transmet chez nous depuis trois générations et j'en ai hérité"
    r"|se\s+transmet\s+(?:chez\s+nous|dans\s+(?:ma|notre)\s+famille)|j'?\s*en\s+ai\s+herite"
    r"|(?:est|c'est)\s+hereditaire\s+(?:chez\s+nous|dans\s+(?:ma|notre)\s+famille))(?P<c2>)")
_GENETIC_HAVE_FR = (r"mutation\s+(?:genetique|brca[12]?|\w+)|predisposition\s+genetique|"
                    r"maladie\s+genetique|anomalie\s+genetique|variant\s+genetique")
_GENETIC_FIXED_EN = (
    # "the DNA test confirmed he's my half-brother"
    r"(?P<t7>(?:the\s+)?dna(?:\s+test)?|the\s+paternity\s+test)\s+(?P<c7>(?:confirmed|proved|"
    r"showed|revealed|came\s+back)\b(?=[^.?!]{0,80}?\b(?:brother|sister|half-brother|"
    r"half-sister|father|mother|dad|mum|mom|son|daughter|cousin|uncle|aunt|related|family|"
    r"paternity)\b))|"
    r"(?<!in\s)(?P<c3>\b(?:my|his|her))\s+(?P<t3>dna(?:\s+(?:test|results|kit|profile|report))?|genome|"
    r"genetic\s+(?:data|test|testing|results|profile|information|report|screening)|"
    r"(?:23andme|ancestry(?:dna)?)\s+(?:results|report|test|data)|brca[12]?\s+(?:test|status|"
    r"results|mutation))(?![\w-])"
    r"|(?P<c>\b(?:i|i've|i\s+have|he|she|(?:he|she)\s+has|my\s+\w+)\s+(?:did|done|took|taken|"
    r"had|got|have\s+done|just\s+did))\s+(?P<t>(?:a|an|my|the)\s+(?:dna|genetic|ancestry(?:dna)?|"
    r"23andme|brca[12]?)\s+test)"
    r"|(?P<t2>carrier\s+of\s+(?:the\s+|a\s+)?(?:brca[12]?|gene|mutation|variant)(?:\s+\w+)?|"
    r"brca[12]?(?:[- ]positive|\s+mutation|\s+carrier)"
    # "fragile X, it runs in our family", "I inherited it from my dad"
    r"|runs\s+in\s+(?:our|my|the)\s+family|i\s+inherited\s+it|(?:is|it's)\s+hereditary\s+in\s+"
    r"(?:our|my)\s+family)(?P<c2>)")
_GENETIC_HAVE_EN = (r"(?:brca[12]?\s+)?(?:gene\s+)?mutation|genetic\s+(?:disorder|condition|"
                    r"disease|predisposition|mutation)|huntington'?s(?:\s+disease)?|"
                    r"duchenne(?:\s+muscular\s+dystrophy)?")
# An inherited condition a person has is a condition of their health as well (a mutation or a
# predisposition alone is not).
_INHERITED_HAVE_EN = (r"genetic\s+(?:disorder|condition|disease)|hereditary\s+(?:disease|"
                      r"condition|disorder)|huntington'?s(?:\s+disease)?|"
                      r"duchenne(?:\s+muscular\s+dystrophy)?")
# "has amelogenesis imperfecta, an inherited enamel disorder": the condition named, then
# said to be inherited
_INHERITED_APPOSED_EN = (
    r"(?P<c>\b(?:has|have|had|with)\s+)[^\W\d_][\w\s'-]{2,40}?,\s+(?P<t>an?\s+(?:inherited|"
    r"hereditary|genetic|congenital)\s+(?:[^\W\d_]+\s+)?(?:disorder|condition|disease|syndrome|"
    r"defect))\b")
_INHERITED_HAVE_FR = (r"maladie\s+(?:genetique|hereditaire)|anomalie\s+genetique\s+grave|"
                      r"choree\s+de\s+huntington|maladie\s+de\s+huntington")
# "un collègue malentendant", "a deaf colleague": one person, named by the condition's
# adjective (a group, "des clients diabétiques", is no one in particular).
_HEALTH_ADJ_FR = (
    r"(?P<c>\b(?:un|une|mon|ma|notre|son|sa|votre)\s+(?:collegue|salariee?|employee?|associee?|"
    r"client|cliente|technicien(?:ne)?|chauffeur|fils|fille|frere|soeur|mari|femme|compagnon|"
    r"compagne|apprentie?|stagiaire|livreur|livreuse|responsable|gerante?|patron(?:ne)?|"
    r"voisine?))\s+(?P<t>malentendante?|sourde?|aveugle|malvoyante?|diabetique|epileptique|"
    r"autiste|handicapee?|paraplegique|tetraplegique|hemiplegique|asthmatique|dyslexique|enceinte|"
    r"en\s+fauteuil(?:\s+roulant)?)(?![\w-])")
_HEALTH_ADJ_EN = (
    r"(?P<c>\b(?:a|an|my|our|his|her|your))\s+(?P<t>deaf|blind|partially\s+sighted|diabetic|"
    r"epileptic|autistic|disabled|wheelchair-using|paraplegic|asthmatic|dyslexic|pregnant|"
    r"hard-of-hearing)\s+(?=(?:colleague|employee|worker|member\s+of\s+staff|staff\s+member|"
    r"customer|client|technician|driver|engineer|receptionist|son|daughter|brother|sister|"
    r"husband|wife|partner|apprentice|intern|manager|boss|neighbou?r|mum|mom|dad|father|"
    r"mother)\b)")
# "Mme Brou attend un bébé", "j'attends des jumeaux": a pregnancy told by its verb.
_HEALTH_EXPECTING_FR = (
    r"(?P<c>\b(?:j'?\s?attends|(?:elle|il)\s+attend|nous\s+attendons|on\s+attend|attend))\s+"
    r"(?P<t>un\s+(?:bebe|heureux\s+evenement|enfant\s+pour)|des\s+jumeaux|(?:notre|mon|son|"
    r"leur)\s+(?:premier|deuxieme|second|troisieme)\s+(?:enfant|bebe))(?![\w-])")

# A pregnancy lost: "après la perte de notre bébé", "we lost our baby in May" (not the
# things a baby uses: "lost the baby monitor").
_NOT_BABY_THINGS = (r"(?!\s+(?:monitor|seat|bottle|food|formula|clothes|buggy|stroller|pram|"
                    r"carrier|photos?|grand|scale|shower|products?|gate|wipes|bath|oil|sitter|"
                    r"carriage|blue|phone|rabbit|goat|lamb|calf|chick|birds?|plants?|trees?))")
_HEALTH_LOSS_FR = (
    r"(?P<c>\b(?:la\s+perte\s+de|avons\s+perdu|ai\s+perdu|a\s+perdu|perdu))\s+"
    r"(?P<t>(?:notre|mon|leur|son|le)\s+(?:bebe|enfant\s+a\s+naitre|petit\s+ange|"
    r"grossesse))(?![\w-])")
_HEALTH_LOSS_EN = (
    r"(?P<c>\b(?:lost|losing|loss\s+of))\s+"
    r"(?P<t>(?:our|my|the|her|their)\s+(?:baby|pregnancy|unborn\s+(?:child|baby)))\b"
    + _NOT_BABY_THINGS)
# An infection caught, the subject left out as chats do: "cant come tues, got covid again".
_HEALTH_CAUGHT_EN = (
    r"(?P<c>(?:^|[,;:.!]\s*|\b(?:ugh|sorry|so|cos|coz|because|as)\s+)(?:(?:i'?ve\s+)?got|caught|"
    r"down\s+with|came\s+down\s+with|off\s+with))\s+(?P<t>covid(?:-19)?|(?:the\s+)?flu|"
    r"norovirus|shingles|pneumonia|bronchitis|tonsillitis|glandular\s+fever|food\s+poisoning|"
    r"a\s+chest\s+infection|sepsis|(?:a\s+)?migraine|the\s+norovirus)\b"
    r"(?!\s+(?:jabs?|vaccines?|vaccinations?|shots?|tests?|kits?|season|policy|outbreak))")
# A hard spell told of a person: "traverse une grosse période d'angoisse, sous traitement".
_HEALTH_SPELL_FR = (
    r"(?P<c>\b(?:traverse|traversait|traverser|a\s+traverse|passe\s+par|vit|fait))\s+"
    r"(?P<t>une\s+(?:\w+\s+)?(?:periode|phase|passe|crise)\s+(?:d'?\s*angoisses?|d'?\s*anxiete|"
    r"de\s+depression|depressive|de\s+burn-?out|d'?\s*anorexie))(?![\w-])")
_HEALTH_SPELL_EN = (
    r"(?P<c>\b(?:going\s+through|went\s+through|having|had|battling|suffering))\s+"
    r"(?P<t>(?:a|an)\s+(?:\w+\s+)?(?:spell|bout|episode|period|patch)\s+(?:of\s+)?"
    r"(?:anxiety|depression|depressive|burnout|panic\s+attacks))\b")

# The body told by what happened to it or what it needs: a birth, a broken wrist, a hearing
# aid, repetitive strain ("ma femme a accouché hier", "notre gardien s'est cassé le poignet",
# "Mr Banda wears a hearing aid", "two of our machinists have RSI", "my back's gone").
# Limbs of machines ("le bras du robot") are not bodies.
_LIMB_FR = (r"(?:poignet|bras|jambe|cheville|clavicule|genou|hanche|epaule|cote|cotes|coude|"
            r"main|pied|doigt|orteil|nez|machoire|bassin|vertebre|femur|tibia|coccyx)"
            r"(?!\s+(?:du|de|des|d'))")
_HEALTH_BODY_FR = (
    r"(?P<c>\b(?:j'?\s?ai|je\s+viens\s+d'|elle\s+a|elle\s+vient\s+d'|(?:ma|notre|sa)\s+"
    r"(?:femme|epouse|compagne|fille|soeur|collegue|assistante|associee|salariee|employee|"
    r"responsable|cheffe|patronne)\s+(?:a|vient\s+d'))\s*)(?P<t>accouche\w*)"
    r"|(?P<c2>\b(?:je\s+me\s+suis|(?:il|elle)\s+s'?\s*est|s'?\s*est|c'?\s*est|se\s+est))\s+"
    r"(?P<t2>(?:casse|cassee|fracture|fracturee|foule|foulee|luxe|luxee|demis|demise|"
    r"tordu|tordue|bloque|bloquee)\s+(?:le|la|les|l')\s*" + _LIMB_FR + r")"
    r"|(?P<c3>\b(?:porte|portent|portant|j'?\s?ai|(?:il|elle)\s+a|avec))\s+(?P<t3>(?:un|une|des|"
    r"deux)\s+(?:appareils?\s+auditifs?|protheses?\s+auditives?|implants?\s+cochleaires?))"
    r"|(?P<c4>\b(?:je\s+suis|(?:il|elle)\s+est))\s+(?P<t4>appareillee?)\b")
_HEALTH_BODY_EN = (
    r"(?P<c>\b(?:i|she|my\s+(?:wife|partner|daughter|sister|colleague|assistant|manager|boss)"
    r"|our\s+\w+))\s+(?P<t>(?:just\s+|has\s+just\s+|have\s+just\s+)?(?:gave\s+birth|"
    r"had\s+(?:a|the|our|her|my)\s+baby|went\s+into\s+labou?r|is\s+in\s+labou?r|"
    # Nigerian Pidgin: "my wife just born last week", "she don born"
    r"(?:just|don|don\s+just)\s+born(?!\s+(?:in|on|at)\b)))"
    r"|(?P<c2>\b(?:broke|broken|fractured|sprained|dislocated|twisted|hurt|injured|put\s+out)|"
    r"\b(?:has|have|had|got|with)\s+an?)\s+"
    r"(?P<t2>(?:(?:my|his|her|their)|(?:broken|fractured|sprained|dislocated|twisted))\s+"
    r"(?:wrist|arm|leg|ankle|collarbone|knee|hip|shoulder|rib|ribs|elbow|hand|foot|finger|toe|"
    r"nose|jaw|pelvis|back|neck)(?![\w-]|\s+(?:rail|brake|tool|truck|crank|wheel|pump|of|on)\b))"
    r"|(?P<c3>\b(?:wears?|wearing|uses?|using|has|have|got|needs?))\s+(?P<t3>(?:a\s+|two\s+)?"
    r"(?:hearing\s+aids?|cochlear\s+implants?))(?!\s+(?:compat\w*|loops?|batter\w*|shop|"
    r"suppliers?|range|brands?))"
    # ("off work with carpel tunnel": however spelt, signed off for it)
    r"|(?P<c4>\b(?:have|has|had|got|developed|developing|diagnosed\s+with|(?:off|signed\s+off|"
    r"off\s+sick|off\s+work)\s+with|suffering\s+with|struggling\s+with))\s+(?P<t4>(?:bad\s+)?"
    r"(?:rsi|repetitive\s+strain(?:\s+injury)?|carp[ae]l\s+tunnel(?:\s+syndrome)?|tendinitis|"
    r"tendonitis|sciatica|a\s+slipped\s+disc|a\s+herniated\s+disc|tennis\s+elbow|frozen\s+"
    r"shoulder|whiplash))\b(?!\s+(?:guards?|prevention|policy|policies|training|risks?|"
    r"assessments?|claims?|mats?|equipment|products?|kits?))"
    r"|(?P<c5>\b(?:my|his|her))\s+(?P<t5>back(?:'s|\s+is|\s+has)\s+(?:gone\s+again|gone|out|"
    r"killing\s+me|playing\s+up|bad))"
    r"|(?P<c6>\b(?:put|did))\s+(?P<t6>(?:my|his|her)\s+back\s+(?:out|in))"
    # "a Catholic priest with a bad hip", "I've got a dodgy knee": a lasting complaint, of
    # a person (not "the yurt has a bad leg")
    r"|(?P<c7>\b(?:with|i\s+(?:have|had|got)|i'?ve\s+got|(?:he|she)\s+(?:has|had)|"
    r"(?:he|she)'?s\s+got)\s+an?)\s+(?P<t7>(?:bad|dodgy|gammy|arthritic)\s+(?:hip|knee|leg|"
    r"shoulder|ankle|wrist|elbow|back|neck|foot)s?)(?![\w-])")

# -- statements in the languages visitors mix in ------------------------------------------------
# "Meri wife ka recently miscarriage hua": a relative's health event told in Hinglish.
_HEALTH_HINGLISH = (
    r"(?P<c>\b(?:meri|mera|mere|my|hamari|hamara|humari)\s+\w+\s+(?:ka|ki|ko|ke))\s+"
    r"(?:\w+\s+){0,2}?(?P<t>miscarriage|operation|surgery|heart\s+attack|stroke|delivery|"
    r"c-section|chemo(?:therapy)?|dialysis)\s+(?:hua|hui|ho\s+gaya|ho\s+gayi|hogaya|hogayi|"
    r"chal\s+raha|chal\s+rahi)\b")
# "Ich bin Gewerkschaftsmitglied, et notre section ...": a German union member.
_UNION_GERMAN = (
    r"(?P<c>\bich\s+bin)\s+(?P<t>(?:seit\s+\w+\s+)?(?:gewerkschaftsmitglied|gewerkschafter(?:in)?|"
    r"mitglied\s+(?:der|bei\s+der|in\s+der)\s+(?:gewerkschaft|ig\s+metall|verdi|ver\.di)|"
    r"in\s+der\s+gewerkschaft|bei\s+(?:verdi|ver\.di|der\s+ig\s+metall)))(?![\w-])"
    # "Hallo, I'm a ver.di Mitglied and ...": the same, said in English
    r"|(?P<c2>\b(?:i'm|im|i\s+am|je\s+suis)(?:\s+(?:a|an|un|une))?)\s+(?P<t2>(?:ver\.di|verdi|"
    r"ig\s+metall|dgb|gewerkschafts?)\s*-?\s*mitglied)(?![\w-])")
# "Mi esposa tiene artrosis, elle a besoin d'une balancelle": a Spanish condition told of the
# writer or a relative.
_HEALTH_SPANISH = (
    r"(?P<c>\b(?:yo|mi\s+(?:esposa|esposo|marido|mujer|hijo|hija|madre|padre|mama|papa|"
    r"hermano|hermana|abuela|abuelo|pareja|novia|novio)))\s+(?P<t>(?:tiene|tengo|sufre\s+de|"
    r"sufro\s+de|padece|padezco)\s+(?:una?\s+)?(?:artrosis|artritis|diabetes|cancer|asma|"
    r"epilepsia|alzheimer|parkinson|depresion|esclerosis(?:\s+multiple)?|autismo|fibromialgia|"
    r"leucemia|hepatitis|vih|sida|celiaquia|demencia|ansiedad|ceguera|sordera|hernia\s+discal|"
    r"lupus)|(?:esta|estoy)\s+(?:embarazada|en\s+silla\s+de\s+ruedas|en\s+quimio\w*))(?![\w-])")
# "Mi hermana Lucía es monja católica, and she ...": a Spanish faith or religious office.
_RELIGION_SPANISH = (
    r"(?P<c>\b(?:soy|es|somos|son|eres)(?:\s+(?:muy|una?))?)\s+(?P<t>(?:monja|monje|sacerdote|"
    r"rabino|imam)(?:\s+(?:catolica|catolico|evangelica|evangelico|ortodoxa|ortodoxo|budista))?|"
    r"catolic[oa]s?|musulman(?:a|es|as)?|judi[oa]s?|evangelic[oa]s?|cristian[oa]s?|budistas?|"
    r"(?:muy\s+)?(?:practicante|creyente)s?|testigos?\s+de\s+jehova|mormon(?:a|es)?)(?![\w-])")

# (subtype, frame, terms, score): frames "be", "have", "poss" use `_special_contexts`.
RULES_FR: tuple[tuple[str, str, str, float], ...] = (
    ("union_membership", "fixed", _UNION_GERMAN, 0.8),
    ("health", "fixed", _HEALTH_SPANISH, 0.8),
    ("religion", "fixed", _RELIGION_SPANISH, 0.8),
    ("health", "be", _HEALTH_BE_FR, 0.85),
    ("health", "have", _HEALTH_NOUN_FR, 0.85),
    ("health", "poss", _HEALTH_NOUN_FR, 0.8),
    ("health", "fixed", _HEALTH_MED_FR, 0.85),
    ("health", "fixed", _HEALTH_OPENING_FR, 0.8),
    ("health", "fixed", _HEALTH_HISTORY_FR, 0.8),
    ("health", "fixed", _HEALTH_SOBER_FR, 0.8),
    ("health", "fixed", _HEALTH_RECOVERING_FR, 0.8),
    ("health", "fixed", _HEALTH_BODY_FR, 0.8),
    ("health", "fixed", _HEALTH_EXPECTING_FR, 0.8),
    ("health", "fixed", _HEALTH_LOSS_FR, 0.8),
    ("health", "fixed", _HEALTH_SPELL_FR, 0.8),
    ("health", "fixed", _HEALTH_ADJ_FR, 0.8),
    ("health", "fixed", _HEALTH_CARER_FR, 0.8),
    ("health", "have", _INHERITED_HAVE_FR, 0.85),
    ("religion", "be", _RELIGION_BE_FR, 0.85),
    ("religion", "fixed", _RELIGION_FIXED_FR, 0.8),
    ("union_membership", "be", _UNION_BE_FR, 0.85),
    ("union_membership", "fixed", _UNION_FIXED_FR, 0.8),
    ("political_opinion", "be", _POLITICAL_BE_FR, 0.85),
    ("political_opinion", "fixed", _POLITICAL_FIXED_FR, 0.8),
    ("political_opinion", "fixed", _POLITICAL_SIDE_FR, 0.8),
    ("political_opinion", "fixed", _POLITICAL_OPENING_FR, 0.8),
    ("sexual_orientation", "be", _ORIENTATION_BE_FR, 0.85),
    ("sexual_orientation", "fixed", _ORIENTATION_FIXED_FR, 0.85),
    ("ethnic_origin", "be_person", _ETHNIC_BE_FR, 0.85),
    ("ethnic_origin", "be", _PEOPLES_FR, 0.85),
    ("ethnic_origin", "fixed", _ETHNIC_FIXED_FR, 0.8),
    ("biometrics", "fixed", _BIO_FIXED_FR, 0.75),
    ("genetics", "fixed", _GENETIC_FIXED_FR, 0.85),
    ("genetics", "have", _GENETIC_HAVE_FR, 0.85),
)
RULES_EN: tuple[tuple[str, str, str, float], ...] = (
    ("health", "fixed", _HEALTH_HINGLISH, 0.8),
    ("health", "fixed", _HEALTH_SPANISH, 0.8),
    ("union_membership", "fixed", _UNION_GERMAN, 0.8),
    ("religion", "fixed", _RELIGION_SPANISH, 0.8),
    ("health", "be", _HEALTH_BE_EN, 0.85),
    ("health", "have", _HEALTH_NOUN_EN, 0.85),
    ("health", "poss", _HEALTH_NOUN_EN, 0.75),
    ("health", "fixed", _HEALTH_MED_EN, 0.85),
    ("health", "fixed", _HEALTH_OPENING_EN, 0.8),
    ("health", "fixed", _HEALTH_HERE_EN, 0.8),
    ("health", "fixed", _HEALTH_JOINED_EN, 0.8),
    ("health", "fixed", _HEALTH_HISTORY_EN, 0.8),
    ("health", "fixed", _HEALTH_SOBER_EN, 0.8),
    ("health", "fixed", _HEALTH_SWAHILI, 0.8),
    ("health", "fixed", _HEALTH_BODY_EN, 0.8),
    ("health", "fixed", _HEALTH_LOSS_EN, 0.8),
    ("health", "fixed", _HEALTH_SPELL_EN, 0.8),
    ("health", "fixed", _HEALTH_CAUGHT_EN, 0.8),
    ("health", "have", _INHERITED_HAVE_EN, 0.85),
    ("health", "fixed", _INHERITED_APPOSED_EN, 0.8),
    ("genetics", "fixed", _INHERITED_APPOSED_EN, 0.8),
    ("health", "fixed", _HEALTH_ADJ_EN, 0.8),
    ("health", "fixed", _HEALTH_CARER_EN, 0.8),
    ("religion", "be", _RELIGION_BE_EN, 0.85),
    ("religion", "fixed", _RELIGION_FIXED_EN, 0.8),
    ("union_membership", "be", _UNION_BE_EN, 0.85),
    ("union_membership", "fixed", _UNION_FIXED_EN, 0.8),
    ("political_opinion", "be", _POLITICAL_BE_EN, 0.85),
    ("political_opinion", "fixed", _POLITICAL_FIXED_EN, 0.8),
    ("sexual_orientation", "be", _ORIENTATION_BE_EN, 0.85),
    ("sexual_orientation", "fixed", _ORIENTATION_FIXED_EN, 0.85),
    ("ethnic_origin", "be", _ETHNIC_BE_EN, 0.85),
    ("ethnic_origin", "fixed", _ETHNIC_FIXED_EN, 0.85),
    ("biometrics", "fixed", _BIO_FIXED_EN, 0.75),
    ("genetics", "fixed", _GENETIC_FIXED_EN, 0.85),
    ("genetics", "have", _GENETIC_HAVE_EN, 0.85),
)

# Word beginnings (folded) of which one must start a word of the message for a subtype's rules
# to be tried at all: the sensitive terms themselves, not the frames around them (frequent).
GATE_STEMS: dict[str, tuple[str, ...]] = {
    "health": (
        "diabet", "enceinte", "seropositi", "handicap", "invalidit", "malad", "epilep", "asthm",
        "autis", "bipolar", "schizo", "depress", "anorex", "boulim", "bulim", "dyslex", "dyspra",
        "hyperacti", "sourd", "malentend", "aveugle", "malvoyant", "claustro", "agoraphob",
        "acrophob", "phobi", "vertig", "paraple", "tetraple", "hemiple", "paraly",
        "quadriple", "immuno", "allerg", "cardiaque", "insuffisan", "hospitali", "opere",
        "remission", "chimio", "chemo", "dialys", "alcool", "alcohol", "toxicoman", "fauteuil",
        "burn", "convalescen", "reeducation", "hopital", "hospital", "arret", "conge", "mi-temps",
        "sous traitement", "antidepress", "anxiolyti", "insulin", "metformin", "levothyrox",
        "methadon", "subutex", "morphin", "xanax", "lexomil", "prozac", "zoloft", "deroxat",
        "seroplex", "ritalin", "lithium", "neurolepti", "antipsycho", "anticoagul", "antiretrovir",
        "tritherap", "corticoid", "cortison", "ventolin", "somnifer", "cancer", "leucemi",
        "leukemi", "leukaemi", "lymphom", "tumeur", "tumor", "tumour", "sclerose", "scleros",
        "ms$", "appendic",
        "parkinson", "alzheimer", "vih$", "sida$", "hiv$", "aids$", "hepatit", "trouble bipo",
        "trouble anx", "trouble obs", "trouble du", "trouble de l", "tdah$", "tda$", "adhd$",
        "hypertension", "infarctus", "avc$", "crise cardiaque", "covid", "grippe", "flu$",
        "migrain", "intoler", "intolar", "retinit",
        "coeliaque", "cœliaque", "celiac", "coeliac", "gluten", "mucovisc", "myopath",
        "fibromyalg", "endometrio", "obesit", "addict", "radiother", "radiation", "greffe",
        "transplant", "fausse couche", "ivg$", "fiv$", "pma$", "sterilit", "infertil", "grossesse",
        "pregnan", "rqth$", "ald$", "affection longue", "accident du travail", "maladie", "prep$",
        "travailleu", "disab", "deaf", "blind", "surdit", "fragile", "hard of hearing",
        "hard of hering", "hard of heering", "hard of herring",
        "impaired", "suicid", "ill$", "accouch", "casse", "fractur", "foule", "luxe", "demis",
        "tordu", "bloque", "appareil", "prothese", "implant", "gave birth", "had a baby",
        "had the baby", "had our baby", "had her baby", "had my baby", "labor", "labour", "broke",
        "born$",
        "sprain", "dislocat", "twisted", "hearing aid", "cochlear", "rsi$", "repetitive strain",
        "carpal", "carpel", "therapist", "psychiatr", "psycholog", "psychother", "psy$",
        "shrink$", "oncolog", "neurolog", "rheumatolog", "rhumatolog", "diabetolog", "physio",
        "kine$", "kinesither", "orthophon", "therapeute", "tendinitis", "tendonitis", "sciatica",
        "slipped disc", "herniated",
        "tennis elbow", "frozen shoulder", "whiplash", "back", "souffr", "suffer", "bad hip",
        "bad knee", "bad leg", "bad shoulder", "bad ankle", "bad wrist", "bad elbow", "dodgy",
        "gammy", "arthritic",
        "sick$", "wheelchair", "rehab", "survivor", "amputee", "neurodiverg", "expecting",
        "tinnit", "tremor", "hearing loss", "glaucom", "cataract", "macular", "dystroph",
        "duchenne",
        "partially sighted", "vertigo", "deuil", "perte de notre", "perte de mon", "perdu notre",
        "perdu mon", "perdu le", "lost our", "lost my", "lost the", "lost her", "losing",
        "loss of", "spell", "bout", "episode", "panic",
        "angoiss", "anxiet", "tonsil", "glandular", "food poisoning", "chest infection", "norovir",
        "anxiety", "ptsd$", "ocd$", "dementia", "heart", "stroke", "crohn", "lupus", "arthritis",
        "medical condition", "health condition", "illness", "mental health", "eating disorder",
        "miscarriage", "abortion", "surgery", "pacemaker", "insomnia", "bypass", "ulcer",
        "replacement", "reconstruction",
        "mat leave", "recovering from", "sickle", "cystic", "huntington", "genetic",
        "hereditar", "genetique", "choree", "bebe", "jumeaux", "heureux evenement",
        "blood pressure", "brain injury", "concussion", "tubercul", "herpes", "std$", "sti$",
        "chlamydia", "syphilis", "gonorr", "medication", "meds", "prescription", "opioid",
        "oxycodon", "suboxone", "steroid", "prednison", "ozempic", "wegovy", "lexapro", "adderall",
        "warfarin", "blood thinner", "chronic", "maternity", "medical leave", "disability leave",
        "mi-temps", "pathologique", "sober", "sobre", "abstinen", "recovery", "anti-depress",
        "antidepr", "drug",
        "gambling", "detox", "treatment cent", "treatment clin", "betting", "gambl", "booze",
        "bois plus", "arrete de boire", "suis sobre", "weeks along", "months along", "wks along",
        "week along", "touched a drop", "had a drop", "had a drink", "strok",
        "without a drink", "without a drop", "without drinking", "sans alcool", "sans boire",
        "sans jouer", "sans drogue", "dmla$", "degenerescence", "acouphen",
        "hartaanval", "beroerte", "kanker", "suikersiekte", "swanger", "longontsteking",
        "substance", "self-harm", "toxico", "drogue", "jeu$", "cocaine", "heroin",
        "inherited", "congenital",
        "pontage", "angioplast", "septicemi", "embolie",
        "kifafa", "kisukari", "saratani", "kansa", "pumu", "ukimwi", "mjamzito", "ulemavu",
        "msongo",
        "palud", "palu$", "malaria", "dengue", "typhoid", "cholera", "chikungun", "zona$",
        "pneumon", "bronchit", "varicel", "rougeol", "coquelu", "mening", "septic", "sepsis",
        "shingles", "chickenpox", "chicken pox", "measles", "whooping",
        # Spanish, as visitors mix it in ("mi esposa tiene artrosis")
        "artros", "artrit", "embarazad", "esclerosis", "fibromialg", "celiaqu", "asma$",
        "depresion", "ansiedad", "ceguera", "sordera",
    ),
    "religion": (
        "catolic", "monja", "monje", "sacerdote", "rabino", "judio", "judia", "cristian",
        "budist", "creyente", "practicante", "musulman", "mourid", "tidjan", "tijan", "layene",
        "juif", "juive", "chretien",
        "catholi", "protestant", "evangeli", "orthodox",
        "bouddhist", "bouddist", "buddhist", "hindou", "hindu", "sikh$", "athee", "atheist",
        "agnosti",
        "jehovah", "mormon", "pratiquant", "croyant", "pieu", "converti", "confession", "religi",
        "mkristo", "wakristo", "mwislamu", "waislamu", "muislamu", "mkatoliki", "wakatoliki",
        "mhindu", "wahindu", "mprotestanti", "waprotestanti",
        "ramadan", "careme", "shabbat", "kippour", "kippur", "halal", "casher", "kasher", "cacher",
        "kosher", "voile", "hijab", "foulard", "kippa", "kippah", "turban", "burqa", "niqab",
        "mosquee", "mosque", "synagogue", "messe", "eglise", "temple", "foi$", "croyance",
        "muslim", "jewish", "jew$", "jews$", "christian", "devout", "born-again", "believer",
        "convert", "conversion", "practicing", "practising", "sabbath", "lent$", "passover",
        "diwali", "eid$",
        "headscarf", "yarmulke", "church", "mass$", "faith", "pastor", "imam", "rabbi",
        "jain", "copt", "main$", "puja", "pooja", "havan", "aarti", "namaz", "salah", "salat",
        "kiddush", "novena", "yazid", "yezid", "druz", "zoroastr", "parsi", "parsee", "baha",
        "methodist", "anglican", "baptist", "lutheran", "lutherien", "presbyterian", "unitarian",
        "pentecostal", "adventist", "episcopal", "maronit",
        "rastafari", "alawit", "alaouit", "ismail", "ismael", "chiit", "sunnit", "shia$",
        "shiite", "sunni$", "quaker", "amish", "mennonit", "pagan", "paien", "wicca",
    ),
    "union_membership": (
        "gewerkschaft", "syndiqu", "syndica", "delegue", "represent", "elu$", "elue$", "cgt",
        "cfdt", "cftc",
        "cfe-cgc", "union", "teamsters", "unison", "unite$", "gmb$", "seiu", "uaw$", "afl-cio",
        "equity$", "bectu", "bfawu", "fbu$", "nipsa", "musicians", "conven",
        "ufcw", "rmt$", "usdaw", "steward", "syndicat", "ibew", "afscme", "neu$", "nasuwt",
        "ucu$", "cwu$", "aslef", "tssa", "nuj$", "rcn$", "siptu", "forsa", "unifor", "cupe$",
        "cfmeu", "numsa", "cosatu", "intuc", "citu$", "fgtb", "csc$", "cgslb", "setca", "cne$",
        "unia$", "syna$", "ssp$", "syndicom", "ogbl", "lcgb", "csn$", "ftq$", "csq$", "csd$",
        "fo$", "snuipp", "snes$", "fsu$", "unsa$", "mitglied",
    ),
    "political_opinion": (
        "vote", "votai", "militant", "ceux qui gouvern", "ceux qui nous gouvern",
        "ceux qui sont au pouvoir", "ceux qui tiennent le pouvoir", "ceux qui dirigent",
        "encarte", "gauche", "droite", "communist", "socialist",
        "anarchist", "anar$", "gaucho", "facho", "ecologist", "gaulliste", "macronist",
        "melenchon", "lepenist", "zemmour",
        "royalist", "centrist", "insoumis", "frontist", "trotskist", "marxist", "libertaire",
        "souverainist", "nationalist", "independantist", "autonomist",
        "separatist", "abertzale", "identitaire", "opinion", "conviction",
        "engagement politique", "parti ", "politique", "republican", "democrat", "labour", "tory",
        "tories", "conservative", "liberal", "libertarian", "progressive", "trump", "biden",
        "harris", "maga$", "brexit", "antifa", "left-wing", "right-wing", "far-left", "far-right",
        "activist", "campaigned", "political", "snp$", "ukip", "gop$", "green party", "greens",
        "spd$", "cdu$", "csu$", "afd$", "fdp$", "grunen", "gewahlt",
        "reform uk", "lfi$", "pcf$", "npa$", "eelv", "reconquete", "lrem", "modem", "macron",
        "le pen", "marine", "bardella", "rassemblement", "front national", "france insoumise",
        "socialiste", "verts", "section", "cellule", "federation", "stem$", "gestem",
        "echevin", "bourgmestre", "ecolo", "ptb$", "pvda", "n-va", "nva$", "vlaams", "udc$",
        "plr$", "caq$", "plq$", "npd$", "campaign", "campain", "canvass", "canvasing",
        "leaflet", "door-knock", "knocking on doors", "knocking doors", "phone-bank", "phonebank",
        "fine gael", "fianna", "sinn f",
    ),
    "sexual_orientation": (
        "gay$", "gai$", "gaie$", "homo", "lesbi", "bi$", "bisex", "pansex", "asex", "queer",
        "trans$",
        "transg",
        "transsex", "non-binaire", "non-binary", "nonbinary", "lgbt", "coming", "came out",
        "orientation", "identite", "identity", "same-sex", "sexuality", "deux mamans",
        "mr and mr", "mr & mr", "mr. and mr", "mrs and mrs", "ms and ms", "mrs & mrs",
        "m. et m", "m et m", "mme et mme", "mmes", "monsieur et monsieur", "madame et madame",
        "deux papas", "two mums", "two moms", "two mommies", "two mummies", "two dads",
        "two daddies", "2 papas", "2 mamans", "deux peres", "deux meres", "2 dads", "2 mums",
        "2 moms", "marie a un homme", "marie avec un homme", "mariee a une femme",
        "mariee avec une femme", "deux garcons", "deux gars", "deux hommes", "deux mecs",
        "deux filles", "deux femmes", "deux nanas", "deux meufs", "2 garcons", "2 hommes",
        "2 filles", "2 femmes", "two guys", "two lads", "two men", "two blokes", "two girls",
        "two women", "two ladies", "2 guys", "2 men", "2 girls", "2 women",
    ),
    "ethnic_origin": (
        "mexican", "colombian", "peruan", "venezolan", "dominican", "guatemaltec", "chilen",
        "argentin", "ecuatorian", "salvadoren", "hondure", "bolivian", "puertorrique",
        "afrolatin", "indigen", "mestiz", "afrodescend", "mongol", "hmong$", "ouighour",
        "ouigour", "tibetain",
        "origin", "issu", "noir", "arabe", "arab", "maghreb", "metis", "rom$", "roma$", "romani",
        "gitan", "tzigane", "manouche", "asiati", "beur", "rebeu", "reubeu", "renoi", "kabyle",
        "rifain", "riffain", "amazigh", "chleuh", "chaoui",
        "berbere", "africa",
        "antillais", "racise", "autochtone", "amerindien", "afro-", "couleur de peau", "ethni",
        "black", "hispanic", "latin", "asian", "gypsy", "aboriginal", "indigenous", "native",
        "first nations", "mixed", "biracial", "white", "caucasian", "maori", "inuit", "islander",
        "inuk", "innu", "mi'kmaq", "mikmaq", "micmac", "atikamekw", "mohawk", "wendat",
        "descent", "afkoms", "iwi$", "hapu$", "heritage", "half$", "quarter$", "eighth$",
        "minority", "race$", "skin", "xhosa",
        "zulu", "yoruba", "igbo",
        "hausa", "fulani", "akan$", "ashanti", "ewe$", "kikuyu", "luo$", "luhya", "kalenjin",
        "maasai", "somali", "amhara", "oromo", "tigray", "tamil", "tamoul", "punjabi", "gujarati",
        "bengali", "sindhi", "pashtun", "hazara", "kurd", "berber", "amazigh", "tuareg", "touareg",
        "wolof", "peul", "bambara", "soninke", "malinke", "bamileke", "mimi$", "kamba", "meru$",
        "kisii", "ibibio", "efik", "tiv$", "ijaw", "ndebele", "sotho", "tswana", "venda$", "shona",
        "baganda", "hmong", "marathi", "malayali", "telugu", "kannadiga", "sinhal", "uyghur",
        "tatar", "chechen", "circassian", "assyrian", "chaldean", "armenian", "druz",
        "samoan", "tongan", "fijian", "niuean", "tokelau", "tahitian", "chamorro", "hawaiian",
        "torres strait", "polynesian", "melanesian", "micronesian",
        "immigr", "lebou", "serer", "toucouleur", "diola", "mandingue", "haoussa", "baoule",
        "dioula",
        "mossi", "soussou", "kabye", "sahraou", "kanak",
    ),
    "biometrics": (
        "empreinte", "biometri", "reconnaissance faciale", "scan", "iris$", "retin", "visage",
        "voix$", "fingerprint", "face$", "facial", "voiceprint", "voice", "palm print", "palm",
        "vein", "gabarit", "geometrie de la main",
        "huella", "fingerabdr", "vingerafdruk", "impressao", "digitais", "impront",
    ),
    "genetics": (
        "adn$", "dna$", "genet", "genom", "brca", "sequencage", "mutation", "porteu", "carrier",
        "predisposition", "23andme", "ancestry", "huntington", "duchenne", "variant", "anomalie",
        "transmet", "herite", "hereditair", "hereditary", "runs in", "inherited",
    ),
}
