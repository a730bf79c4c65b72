"""Word lists for `PersonNameDetector`: words that are never part of a name, titles, surname
particles, and the words around a name that make it a place, a company or a product.

All entries are folded (lower case, no accents), as `clairbot.text.fold` returns them.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that stop a name: function words, greetings, calendar words, B2B vocabulary, roles,
# acronyms, places. A capitalised one ("Merci", "Support", "SAS", "Paris") is not a surname.
COMMON_WORDS = _words("""
noreply donotreply postmaster mailer-daemon
god allah bless ma'am maam
le la les un une des du de d l au aux et ou mais donc or ni car je tu il elle on nous vous ils
elles me te se moi toi lui leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos ce cet
cette ces ca cela ceci qui que quoi dont quand comment pourquoi combien quel quelle quels quelles
est sont suis es sommes etes ete etre avoir ai as a avons avez ont fait faire peut peux pouvez
pourriez voudrais voulez veux souhaite souhaiterais aimerais veuillez merci pour par avec sans
sous sur dans en vers chez entre contre depuis pendant avant apres selon comme si oui non pas ne
plus moins tres bien mal tout tous toute toutes rien aucun aucune chaque autre autres meme voici
voila ici hier demain aujourd'hui maintenant alors ensuite puis enfin aussi encore deja jamais
toujours souvent vite svp stp bonjour bonsoir salut coucou cordialement salutations cher chere
chers cheres bravo desole desolee excusez pardon bienvenue felicitations bonne bon bonnes journee
soiree semaine mois annee an ans jour jours heure heures minute minutes ci-joint ci-dessous
ci-dessus objet pj tel tél mobile portable fax adresse courriel mail nom prenom signature date
numero total reference ref
the an and or but nor so yet for of to in on at by from with without about into over under after
before between through during is are was were be been being am have has had do does did will
would shall should can could may might must i you he she we they it me him her us them my your
his its our their this that these those who whom whose which what where when why how yes no not
all any some each every other such only also just very too hi hey hello dear thanks thank please
sorry ok okay regards best kind warm sincerely cheers welcome yours truly faithfully many great
good new old first last next here there today tomorrow yesterday now then note see attached let
get got send sent call need needs want wants still back happy fine sure
came come comes went gone left arrived arrives lands landed brought took fitted fixed delivered
collected
dropped
parked installed repaired said says told asked rang phoned emailed texted
lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet
aout septembre octobre novembre decembre monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december jan feb mar
apr jun jul aug sep sept oct nov dec noel paques christmas easter thurs thur tues weds around
service services client clients clientele customer customers support team teams equipe equipes
sales vente ventes commercial commerciale commerciaux marketing direction directeur directrice
director manager managers responsable chef head president presidente account accounts billing
facturation facture factures invoice invoices order orders commande commandes devis quote quotes
quotation contrat contrats contract contracts offre offres offer offers pack premium pro plus
business enterprise entreprise entreprises company companies societe group groupe holding
corporation limited associes associates partners partner consulting solutions solution systems
system technologies technology tech software logiciel digital cloud data online web app
application applications platform plateforme version release update beta standard basic starter
edition office drive docs sheets email e-mail outlook gmail windows linux mac ios android iphone
ipad google microsoft apple amazon meta facebook linkedin twitter slack zoom salesforce oracle
adobe stripe paypal shopify hubspot notion github gitlab atlassian jira confluence excel word
powerpoint chrome firefox safari whatsapp teams skype
comptabilite accounting finance finances juridique legal achats purchasing logistique logistics
production qualite quality livraison delivery shipping expedition stock retour retours returns
paiement payment paiements payments prix price tarif tarifs pricing remise discount promo
produit produits product products article articles catalogue catalog gamme reference
ingenieur engineer engineering developer developpeur consultant consultante analyst analyste
assistant assistante stagiaire intern technicien technicienne technician agent agents conseiller
conseillere advisor officer administrator admin administrateur administratrice coordinator
coordinateur coordinatrice specialist expert lead senior junior principal fondateur fondatrice
founder cofounder co-founder owner proprietaire gerant gerante associe associee executive vice
chief operations operating officer secretary secretaire secretariat receptionist accueil
maire ministre depute deputee senateur prefet juge cure abbe pere soeur frere commissaire
general colonel capitaine lieutenant sergent adjudant professeur docteur maitre monseigneur
roi reine prince princesse duc duchesse comte comtesse baron baronne
rue avenue boulevard place chemin allee impasse quai route street road lane court square cedex
paris lyon marseille toulouse nice nantes strasbourg montpellier bordeaux lille rennes reims
grenoble dijon angers nimes brest tours amiens limoges metz besancon perpignan orleans rouen caen
mulhouse versailles london manchester birmingham liverpool leeds glasgow edinburgh dublin cardiff
belfast bristol oxford cambridge york boston chicago seattle berlin munich hamburg frankfurt
madrid barcelona rome milan roma brussels bruxelles geneva geneve zurich lausanne luxembourg
amsterdam rotterdam lisbon lisbonne vienna prague warsaw tokyo beijing shanghai toronto montreal
quebec france french francais francaise anglais english europe european europeen europeenne
union uk usa america american canada germany allemagne spain espagne italy italie belgique
belgium suisse switzerland nord sud est ouest north south east west
sav rh drh daf dg pdg ceo cto cfo coo cio cmo dsi hr pme tpe eti sas sarl sasu eurl sci snc gie
ttc ht tva vat siret siren rcs ape naf iban bic rib pdf csv xls xlsx doc docx ppt jpg png zip url
api sdk sso vpn crm erp saas b2b b2c kpi roi faq sla rgpd gdpr cnil dpo cgv cgu nda poc mvp rfp
rfi rfq bl bc po asap fyi eta etd ups dhl fedex tnt sncf ratp edf cb ue fr en es us ko nb ps rdv
chu ipp cpam urssaf caf mdph rsa smic cdi cdd inc ltd llc plc gmbh corp co bv ag spa srl cie ets
sa nv ab oy as kg tm re fw fwd cc cci bcc n no tel urgent important info infos information
informations question questions demande demandes probleme problem issue ticket tickets compte
box po investments investment holdings capital industries enterprises ventures labs studio
studios media foods motors pharma insurance bank banque securities realty properties brothers
sons freres fils world everyone everybody tous said
confrere confreres consoeur consœur consoeurs collegue collegues ami amie amis client cliente
referent referente traitant traitante correspondant correspondante interne externe
one two three four five six seven eight nine ten un deux trois quatre cinq six sept huit neuf dix
monsieur madame mademoiselle docteur mme mmes mlle mr mrs ms miss dr doctor professor mister
madam sir pr prof
if than because as while until unless though although since whether both either neither via
per re also again here speaking calling writing btw lol mdr svp stp thx ty pls plz asap fyi
encore aussi ici voila deja quand lorsque puisque parce qu cela ca
said says say told asked called wrote replied mentioned
everyone anyone someone somebody anybody nobody personne quelqu'un tout-le-monde
canadian british irish scottish welsh german spanish italian portuguese polish belgian swiss
dutch american mexican chinese japanese indian moroccan algerian tunisian senegalese
francaise francais anglaise allemand allemande espagnol espagnole italien italienne
portugais portugaise belge suisse canadien canadienne americain americaine marocain marocaine
algerien algerienne tunisien tunisienne
reception accueil standard switchboard helpdesk desk hotline legal juridique procurement
purchasing payable receivable payroll paie treasury tresorerie warehouse entrepot depot
magasin shop boutique agence branch agency headquarters siege
messieurs mesdames dames messieurs-dames mesdemoiselles gentlemen ladies folks guys
maman papa mamie papi papy mum mom dad mummy daddy
""")

# Given names that are also common words (in `COMMON_WORDS`): a cue that names a person
# confirms them ("my colleague Will", "Cheers,\nWill", "I spoke to Will"), nothing else does.
CUE_CONFIRMS = _words("will duc jan")
# Names that a sentence also starts with as a word ("Mark as resolved", "Grant access to...",
# "Petit à petit"): a second mention of such a name does not count at the start of a sentence.
SENTENCE_WORDS = CUE_CONFIRMS | _words("""mark grant bill rob sue pat chase drew frank rich may
june april august ray dawn hope faith joy guy bob will petit grand blanc brun roux fort gros bon
bonnet long young""")

# Lower-case words that join the parts of a surname: "de La Fontaine", "van der Berg".
PARTICLES = _words("de du des la le d van von der den ter ten da di del della dos das do bin ben "
                   "ibn al el zu af av y")

# Titles, folded, that put a name after them. `names.py` applies the case rules for short ones.
# Titles of the languages visitors mix in ("Frau Schneider", "Mevrouw de Vries", "Bwana
# Kiprotich", "Señora Ruiz", "Alhaji Musa"); not "Sr" (senior) nor "Mama" (a mother).
TITLES_ANY_CASE = _words("monsieur madame mademoiselle docteur professeur maitre mme mmes mlle "
                         "mr mrs dr doctor professor profesor proffesor proffessor mister madam "
                         "herr herrn frau mevrouw meneer mevr "
                         "dhr bwana senor senora senorita signor signora sig sigra alhaji alhaja "
                         "mallam "
                         # clergy, as visitors name them ("Reverend Thorne", "l'abbé Martin")
                         "reverend rev pastor pasteur imam rabbi rabbin abbe vicar pandit swami "
                         "sheikh father fr sister "
                         # nobility, and the titles of the languages visitors mix in
                         # ("Lord Ashcombe's estate", "Doctora Jiménez")
                         "lord lady dame doctora "
                         # the respect visitors show in West and East African and Indian English
                         # ("Ma'am Adjoa", "Oga Chukwudi", "Mzee Kiprono", "Bhaiya Rakesh")
                         "maam ma'am oga mzee aunty auntie bhaiya didi "
                         # ranks, as crews and port authorities name their officers ("le
                         # capitaine Le Goff", "Skipper Tane")
                         "capitaine commandant lieutenant colonel sergent adjudant captain capt "
                         "skipper sergeant sgt "
                         # elected officers and inspectors, as councils and sites name them
                         # ("Councillor Singh", "Cllr Okafor", "le maire Dubreuil", "schepen
                         # Van Acker", "Inspector Hale")
                         "councillor councilor cllr alderman alderwoman mayor maire burgemeester "
                         "schepen senator senateur senatrice inspector inspecteur inspectrice "
                         "constable "
                         # the bench, as courts name it ("Judge Hartley insists")
                         "judge juge magistrate "
                         # Nigeria's title for an engineer ("Kindly ask Engr. Musa")
                         "engr "
                         # the old country way of naming a man or a woman ("c'est le père
                         # Dubreuil qui s'occupe du puits", "la mère Denis")
                         "pere mere "
                         # Finnish and Portuguese courtesy titles ("Herra Matti Lehtonen",
                         # "Senhora Ribeiro")
                         "herra rouva senhor senhora")
TITLES_EXACT = frozenset({"Ms", "Miss", "Pr", "Prof", "Sir", "M.", "MM."})
TITLE_ME = "Me"  # "Me Dupont" (maître, a French lawyer or notary): French text only.
# Titles after which a lower-case word is still a name ("madame dupont" in a chat).
TITLES_LOWER_OK = _words("monsieur madame mademoiselle mme mlle docteur mr mrs dr")

# A name right after one of these words names a place, an institution or a company:
# "rue Victor Hugo", "Hôpital Henri Mondor", "lycée Jean Moulin", "Saint Louis", "Renault Zoé".
PLACE_BEFORE = _words("""
port fort mount cape lake loch lac rue avenue av avn ave boulevard bd blvd bld place pl allee
impasse imp chemin
quai cours square
route rte passage voie villa cite residence lotissement hameau sentier promenade esplanade parvis
faubourg fbg chaussee montee rond-point st hopital hospitalier hospitaliere hospital clinique
clinic chu ch ehpad centre center lycee college ecole school universite university univ institut
institute fondation foundation musee museum gare station aeroport airport metro tram stade stadium
eglise church cathedrale basilique chapelle pont bridge parc park jardin jardins garden gardens
salle hall batiment building tour tower espace complexe campus pavillon prix prize award trophee
loi law theoreme theorem syndrome maladie disease saint sainte ste san santa sao santo rua avenida
buse buses calle carrer via viale piazza stadio estadio teatro ospedale palazzo stazione chiesa
strasse strada platz weg gasse laan straat ulica ul utca praca largo
plaza corso groupe societe ets etablissements maison editions association agence laboratoire
laboratoires cabinet fonds renault peugeot citroen tesla toyota volkswagen mercedes bmw audi ford
opel fiat dacia samsung apple google amazon microsoft
ferrari alfa lancia maserati lamborghini porsche abarth bugatti bentley chevrolet chevy cadillac
buick dodge pontiac holden datsun nissan honda mazda subaru suzuki hyundai skoda volvo saab
triumph amphitheatre amphi auditorium piste pistes club-house clubhouse salon salons
bar cinema estacion aeropuerto velodrome hippodrome hms rms uss hmas hmcs hmnzs
modele model gamme serie series range collection edition produit product version formule
offre offer plan pack forfait abonnement subscription projet project campagne campaign code
chambre ward wing aile unite chantier chantiers
fromagerie boulangerie boucherie pharmacie garage brasserie librairie quincaillerie scierie
menuiserie domaine chateau queen king prince princess duke duchess
raccord raccords flexible flexibles vanne vannes pompe pompes joint joints filtre filtres outil
outils roulement roulements capteur capteurs moteur moteurs connecteur connecteurs marque
""")
# A name right before one of these words is part of a place or an institution name:
# "Victor Hugo Street", "Johns Hopkins Hospital", "Nobel Prize".
PLACE_AFTER = _words("""
street st road rd avenue ave lane ln boulevard blvd way place square crescent
hospital clinic school college university institute foundation center centre museum airport
station stadium building tower bridge prize award trophy cup syndrome disease effect law
theorem principle act inc ltd llc corp group company sa sas sarl gmbh plc terrace heights
gardens mews parkway highway crossing junction plaza alley bypass flat flats
cliffs extension extensions expressway freeway turnpike cir pkwy hwy ter trl hotel
restaurant cafe theatre theater cinema gallery library church cathedral mall arena
logistics logistique transports freight shipping services consulting conseil
solutions systems technologies industries distribution immobilier assurances partners associates
holdings groupe international telecom telecoms bank banque motors automobiles pharma labs studio
inn orchard orchards vineyard vineyards nursery nurseries estates strasse weg platz gasse allee
laan straat
media foods energy energie construction batiment btp electric plomberie software digital agency
agence trucks imports exports trading textiles textile fabrics furniture supplies
printing electrical electronics engineering plumbing catering farms dental medical pharmacy
bakery builders traders packaging plastics metals steel chemicals tools parts garage
quay wharf pier docks towers farm farms estate hall halls marina yard yards
fittings fitting hoses hose valves valve pumps pump seals couplings connectors bearings filters
gauges sensors brand
rooms tearooms tearoom academy
column monument statue memorial mosque synagogue hawk hawks bay room
manor cottage cottages cove harbour harbor island beach creek quarry
reservoir depot barracks terminal
foundry brewery distillery dairy tannery kennels stables ironworks steelworks lodges manors
jetty slipway basin pub tavern
airfield aerodrome airstrip velodrome racecourse hippodrome speedway raceway embankment course
courthouse courthouses tribunal
salai marg nagar chowk
""")
# ... and, capitalised only, a word that is also a verb: "the former Edison Works" is a
# factory, "Edison works nights" a person; "Kofi Pass" is a road, "did Kofi pass on my
# message?" a person.
PLACE_AFTER_CAPITALISED = _words("""works pass close point print service lodge market dock trail
circle loop house court transport import export drive bar hole hollow springs falls""")

# Brand and institution names made of a given name and a surname, folded, spaces only; also
# matched with the word just before or after a name ("Dr Martens", "Marks & Spencer").
BRANDS = frozenset(brand.replace("_", " ") for brand in """
pere_noel pere_lachaise pere_fouettard mere_noel father_christmas lady_gaga
earl_grey lady_grey
old_bailey semana_santa maris_otter fine_gael chase_sapphire
jp_morgan ben_nevis ben_lomond ben_macdui ben_lawers ben_vorlich ben_cruachan ben_ledi ben_more
lady_chapel lord_mayor lord_chancellor lady_mayoress father_time
louis_vuitton christian_dior christian_louboutin yves_saint_laurent hugo_boss tommy_hilfiger
calvin_klein ralph_lauren marc_jacobs giorgio_armani michael_kors kate_spade tory_burch
jean_paul_gaultier pierre_cardin nina_ricci paul_smith ted_baker jack_daniel jack_daniels
john_deere morgan_stanley marie_claire yves_rocher pierre_fabre franck_provost jean_louis_david
camille_albane jacques_dessange martin_luther_king paris_saint-germain victor_hugo jean_jaures
charles_de_gaulle george_v emily_in_paris tim_hortons ben_jerry leroy_merlin marie_blachere
jeff_de_bruges julien_d_orcel marc_orian guy_degrenne christian_lacroix laurent_perrier
louis_roederer pierre_herme stephane_plaza louis_pion leon_de_bruxelles john_lewis harvey_nichols
estee_lauder jimmy_choo stella_mccartney alexander_mcqueen carolina_herrera isabel_marant
karl_lagerfeld charles_schwab edward_jones harley_davidson aston_martin paul_mitchell vera_wang
laura_ashley laura_secord jean_coutu baker_mckenzie grant_thornton ernst_young marks_spencer
dr_martens mr_kipling captain_morgan marie_curie
robin_hood maid_marian friar_tuck peter_pan harry_potter sherlock_holmes mary_poppins
johnnie_walker jim_beam
""".split())
