"""Company, brand and organisation names that a visitor may write in a chat, folded.

`COMPANIES` lists names that essentially never denote a private person (Vodafone, Chronopost,
Barclays, Ernst & Young), so such a word is never reported as a person on its own. `PERSON_LIKE`
lists brands that are also surnames, given names or full names of real people (Ford, Dell,
Leclerc, Michelin, John Lewis): they count as a company only when no cue (a title, "my
colleague", a given name before them) says they name a person. Written from general knowledge,
not from any data set or evaluation data; folded (lower case, accents stripped) and sorted.
"""

from __future__ import annotations

COMPANIES: frozenset[str] = frozenset(line.strip() for line in """
& other stories
1&1
20 minutes
25hours
3 suisses
3cx
3m
7-eleven
8 a huit
9mobile
a.t. kearney
aadhaar
ab inbev
ab tasty
abb
abbvie
abc news
abc transport
abeille assurances
abel & cole
abercrombie & fitch
abn amro
abrdn
abritel
absa
academy sports
acas
accc
accenture
access bank
accessorize
accor
ace hardware
acer
acerta
ackermans
acpr
act fibernet
actimel
action
action logement
actiris
activia
activision
acura
ad delhaize
adagio
adairs
adecco
ademe
adidas
admiral
adnoc
adobe
adobe sign
adp
advance auto parts
adyen
aedc
aegean airlines
aegon
aep
aer arann
aer lingus
aeroflot
aerolineas argentinas
aeromexico
aeroports de paris
aetna
afdas
affirm
affligem
aflac
afp
afpa
african bank
afrihost
afterpay
ag insurance
ag2r
ag2r la mondiale
ageas
agefiph
agence du revenu du canada
aggreko
agicap
agip
agirc-arrco
agl
aib
aig
aigle azur
aiico
air algerie
air arabia
air austral
air canada
air caraibes
air china
air cote d'ivoire
air europa
air france
air france-klm
air india
air liquide
air madagascar
air malta
air mauritius
air new zealand
air peace
air products
air senegal
air serbia
air tahiti nui
air transat
airasia
airbaltic
airbnb
airbus
airbus defence and space
airbus helicopters
aircall
airlink
airtable
airtel
aisin
ajio
akamai
akasa air
akkodis
akto
alamo
alaska airlines
albertsons
alcatel
alcatel-lucent
ald automotive
aldi
alfa laval
alfa romeo
algolia
alibaba
alibaba cloud
aliexpress
alimentation couche-tard
alinea
alinta
alinta energy
alitalia
all nippon airways
allegiant
allen & overy
allianz
allianz trade
allied irish banks
allstate
ally bank
aloft
alphabet
alpine
alpiq
alstom
alten
alterna
altice
altran
amadeus
aman resorts
amart furniture
amavita
amaysim
amazon
amazon logistics
amazon prime
amazon prime video
amazon web services
ambuja cements
amcal
amd
amendis
american airlines
american eagle
american express
amex
amf
amgen
amnesty international
amora
amp
amplifon
ampol
amtrak
amul
amundi
an post
anaconda
anah
anantara
anaplan
andaz
andela
android
anglian water
anglo american
anheuser-busch
anibis
ansible
ansm
ansys
antargaz
anthem
anthropic
anthropologie
anz
aon
aoste
apc
apec
aperam
apetiz
apicil
appart'city
apple
apple music
apple pay
apple store
apple tv
applebee's
applegreen
aprilia
aprr
aptiv
aramark
aramco
aramex
aramis auto
aramisauto
arby's
arc'teryx
arcelormittal
arcep
archos
ardene
ardian
areva
argenta
argos
arianegroup
arianespace
ariba
arik air
arista
aritzia
arkea
arkema
arket
arla
armor-lux
arnotts
arquus
arriva
arrow electronics
ars
arte
aruba networks
arval
arvato
asana
asda
asf
asian paints
asiana
asic
asics
asky
asos
associated press
assurance maladie
assurance retraite
aston martin
astrazeneca
asus
at&t
atalian
atkinsrealis
atlantic
atlas copco
atlassian
atlassian jira
atmosphere
ato
atol
atom bank
atos
ats euromaster
attijariwafa
attijariwafa bank
aubade
auchan
auchan drive
audi
audika
aussie broadband
australia post
australian taxation office
australiansuper
austrian airlines
auth0
auto trader
autodesk
autohero
automation anywhere
autonation
autosphere
autotrader
autozone
avaloq
avanti west coast
avast
avaya
avene
avianca
avnet
avonmore
avs
aws
axa
axa banque
axelor
axeptio
axians
axis bank
axonaut
axpo
axway
ayvens
azman air
azul
azure
b&b hotels
b&h photo
b&m
b&q
b&you
babybel
back market
bae systems
bahco
baidu
baileys
bain & company
bajaj allianz
bajaj auto
bajaj finance
baloise
bamboohr
banana republic
banco sabadell
bancontact
bank of africa
bank of america
bank of baroda
bank of england
bank of ireland
bank of montreal
bank of scotland
bankwest
banque de france
banque de montreal
banque laurentienne
banque misr
banque mondiale
banque nationale
banque palatine
banque populaire
banque postale
banque transatlantique
banyan tree
barclaycard
barclays
barloworld
barnes & noble
barry's tea
basecamp
basf
bass pro shops
bath & body works
bauhaus
bayer ag
bbc
bbva
bc hydro
bce
bcf
bcg
bcge
bcv
bdo
bed bath & beyond
bei
beko
belambra
belfius
belkin
bell aliant
bell canada
bell media
belmond
ben & jerry's
bendigo bank
benenuts
beneva
beobank
berd
berger-levrault
berkshire hathaway
bershka
best & less
best buy
best western
bestseller
bfgoodrich
bfm
bfmtv
bharti airtel
bhel
bhp
bhv
bhv marais
bic
bidfood
bidvest
bien'ici
big bazaar
big mamma
big w
bigbasket
biman
bimpli
bing
binter
bio-planet
biocoop
bioderma
biogaran
biogen
biogroup
biomerieux
biotherm
bip&go
bisto
bitbucket
bitdefender
bkw
blablacar
black & decker
black+decker
blackrock
blancheporte
blinkit
blizzard
blue cross
blue cross blue shield
blue dart
blue prism
bmce
bmo
bmr
bmw
bnb
bnp
bnp paribas
bnp paribas fortis
bobcat
bocage
boehringer ingelheim
boeing company
bofa
bol.com
bollore logistics
bon genie
bonne maman
bonobo
boohoo
booking.com
boost mobile
boots
booz allen hamilton
boral
bord gais
bord gais energy
bosch professional
bosch rexroth
boston consulting group
botanic
bottega veneta
bounty
boursobank
boursorama
bouygues construction
bouygues immobilier
bouygues telecom
bouygues telecom entreprises
boxer superstores
boxtal
bp
bpce
bpcl
bpifrance
bpost
braintree
brakes
bred
brembo
brevo
brico
brico depot
bricomarche
bricorama
bridgestone
brioche doree
brioche pasquier
britannia
british airways
british gas
brittany ferries
broadcom
brother
brp
brussels airlines
bruxelles formation
bsnl
bt
bt group
bua group
budgens
budget
budweiser
buffalo grill
builders warehouse
bulb energy
bulmers
bunnings
bunnings warehouse
bupa
bureau en gros
bureau vallee
burger king
bus eireann
butagaz
bvlgari
bws
byd
bymycar
bytedance
c&a
c2c
cabify
cache cache
cadremploi
caf
caffe nero
cafpi
caisse d'epargne
caisse des depots
caisse des depots et consignations
caixabank
calberson
calendly
calipage
calmac
calor
calor gas
caltex
caltrain
camaieu
campanile
campus france
canada goose
canada life
canada post
canada revenue agency
canadian tire
canal plus
canal+
canara bank
cancom
candia
canon
canva
cap emploi
cape union mart
capgemini
capita
capital one
capitec
caprice des dieux
carambar
card factory
careem
carglass
cargotec
carlsberg
carmax
carpostal
carrefour
carrefour banque
carrefour city
carrefour contact
carrefour drive
carrefour express
carrefour market
carte bancaire
carte d'or
carte noire
carvana
cascades
case ih
cash app
cashbuild
castle lager
castorama
caterpillar
cathay pacific
cathedral city
caudalie
cavavin
cazoo
cbc
cbc banque
cbn
cbre
cbs
cci
cdiscount
cdiscount mobile
cdw
cebu pacific
cedeo
cegid
celio
cell c
cemoi
cenovus
center parcs
centra
centrakor
centrelink
centrica
century 21
centurylink
cepsa
cerba
cerema
cerfrance
cetelem
ceva logistics
cff
cfl
cged
channel 4
channels tv
chapters indigo
charal
charter communications
chase bank
chatgpt
chatr
chaussea
check point
checkers
checkout.com
cheerios
cheesecake factory
chemist warehouse
chery
chevron
chevy
chewy
chick-fil-a
chicken licken
chicken republic
chiltern railways
chimay
chime
china airlines
china eastern
china southern
chipotle
chisco
chivita
choice hotels
chorus pro
chowdeck
chrome
chromecast
chronodrive
chronopost
chronotruck
cibc
ciblex
cic
cigna
cih bank
cinch
cipc
circle k
circleci
cirque du soleil
cisco webex
citadines
citadium
citgo
citi
citibank
citigroup
citizenm
citizens advice
citizens information
citrix
city lodge
citya
citymapper
cityscoot
citysprint
clairefontaine
clarins
clarks
class'croute
clever cloud
clicks
clickup
clinique
clintons
close brothers
cloudflare
club med
clydesdale bank
cma cgm
cma france
cnaf
cnam
cnav
cnes
cnesst
cnews
cnil
cnn
cnooc
cnp assurances
co-op
co-operative bank
coach
coal india
coca cola
coca-cola
cochlear
cochonou
coface
cofidis
cofiroute
cogeco
cognizant
coke
cold stone
coles express
colgate-palmolive
colis prive
colissimo
colliers
coloplast
columbia sportswear
columbus cafe
combilift
comcast
comdata
comed
comfort inn
commbank
commerzbank
commonwealth bank
community fibre
commvault
compair
companies house
compass group
completel
compte nickel
comptoir des cotonniers
computacenter
con edison
concentrix
concur
condor
coned
confluence
confluent
conforama
conocophillips
conoil
constructys
contentsquare
continental
contrex
converse
coolblue
cooltra
coop
coop city
cooperative u
copa airlines
copilot
coriance
coriolis
cornetto
corona
correos
corsair
corsair gaming
corsica ferries
corsica linea
cosco
costa coffee
costco
costcutter
cote d'or
cotswold outdoor
cotton on
couche-tard
country road
coupa
courir
courtepaille
courtyard by marriott
covea
coventry building society
coveo
covestro
cowrywise
cpam
cpf
cra
cramo
cre
credit agricole
credit cooperatif
credit du nord
credit lyonnais
credit mutuel
credit mutuel arkea
credit suisse
crelan
crew clothing
crh
cricket wireless
cristal union
cristaline
criteo
croatia airlines
crocs
croix-rouge
croix-rouge francaise
croma
cromwell tools
crosscountry
crous
crowdstrike
crown equipment
crowne plaza
crucial
csl
css assurance
ctt
ctv
cubyn
cultura
cupra
currys
currys pc world
cushman & wakefield
cvs
cvs pharmacy
cyberark
d&g
d'aucy
d-link
d-mart
dabur
dacia
daf
daihatsu
daikin
daily mail
dailymotion
dairy queen
dalkia
damart
dammann freres
dana air
danette
danfoss
dangote cement
dangote group
danone
danske bank
darjeeling
dassault aviation
dassault systemes
data4
databricks
datadog
datalogic
davigel
dawn wing
days inn
db schenker
dbs
dcns
de beers
de watergroep
debenhams
debian
debonairs
debonairs pizza
decathlon
deepl
deezer
del arte
delhivery
deliverect
deliveroo
dell technologies
delphi
delta air lines
delta airlines
dematic
denso
dentsu
depanneur couche-tard
descours & cabaud
desigual
desperados
dettol
deutsche bahn
deutsche bank
deutsche post
deutsche telekom
devoteam
dfds
dfs
dgccrf
dgfip
dhl
dhl express
dhl freight
dialpad
dick's sporting goods
did electrical
didomi
die post
diesel
digi-key
digital realty
digitalocean
digitec
digiweb
diptyque
direccte
direct assurance
direct line
dis-chem
discord
discover card
discovery bank
dish network
disney+
distell
divalto
dixons
djezzy
dji
dla piper
dmart
do it + garden
docker
doctolib
docusign
dolce & gabbana
dolce gusto
dolce&gabbana
dolibarr
dollar general
dollar tree
dollarama
dominion energy
domino's
domino's pizza
doodle
doordash
doosan
doritos
dott
doubletree
dougs
dpam
dpd
dream11
dreets
drivy
dropbox
dropcontact
drupal
ds automobiles
dsn
dstv
dsv
dtdc
du pareil au meme
dublin bus
duckduckgo
dufil
duke energy
dunelm
dunkin
dunkin'
dunkin' donuts
dunnes
dunnes stores
dunzo
duolingo
durex
duvel
dvla
dvsa
dwp
dwr cymru
dymo
dynamics 365
dynatrace
dyneff
e.leclerc
e.on
e.on next
eastlink
easyjet
easyship
eat'n'go
eau de paris
eau du grand lyon
ebay
ebeano
ebly
ebox
ebp
ebrd
ecb
ecobank
ecolab
ecom express
econocom
ecosia
ecotricity
edelweiss air
edenred
edf
edf energy
editis
edreams
ee
effia
egyptair
eib
eiffage
einhell
eir
eircom
ekart
eko electricity
ekwateur
el al
elasticsearch
electrabel
electric ireland
electricite de strasbourg
electro depot
electrolux
electronic arts
elior
elizabeth line
elle & vire
embassy suites
embraer
emerson electric
emirates
emmaus
emploi-quebec
empruntis
enbridge
enbw
endesa
endress + hauser
endress+hauser
eneco
enedis
enel
enercoop
energia
energir
energyaustralia
engen
engie
engie electrabel
engie solutions
eni
enphase
entergy
enterprise
enterprise rent-a-car
entremont
environment agency
ep equipment
epa
epam
epfo
epic games
epicor
episaveurs
epo
epson
eq bank
equifax
equinix
equinor
eram
eramet
ernst & young
ernst and young
erste bank
es energies strasbourg
esb
escota
eset
esker
eskom
esprinet
esprit
esselte
essilor
essilorluxottica
essity
esso
etam
ethias
ethiopian airlines
etihad
etihad airways
etisalat
etos
etsy
euipo
euler hermes
eurazeo
euroclear
eurofins
euromaster
euronext
europcar
eurostar
eurotunnel
eurovia
eurowings
everial
evernote
eversource
evian
eviden
evonik
evri
exacompta
exapaq
exclusive networks
exelon
exo
exotec
expectra
expedia
expeditors
expensify
experian
exxon
exxonmobil
ey
faber-castell
fabindia
facebook
facom
fair work commission
fairmoney
fairmont
falken
familiprix
family dollar
famous brands
fantastic furniture
farmfoods
fastenal
fasthotel
fastly
fastway
fastweb
fat face
fatface
faurecia
fca
fcc
fcmb
fda
fedex
fedex express
fedora
fema
fenwick-linde
ferrero rocher
festo
festool
feu vert
fiat
fidal
fidelity
fidelity bank
fido
fiducial
figma
fila
finagaz
financial conduct authority
financial times
finastra
finnair
fire tv
firefox
firs
first bank of nigeria
first direct
first national bank
firstbank
firstgroup
fiserv
fishaways
fitbit
five guys
five9
fiverr
fizz
flair airlines
fleury michon
flipkart
flixbus
floa
floa bank
flogas
florida power & light
flour mills of nigeria
flunch
flutter
flutterwave
fluvius
flybe
flydubai
flygt
flysafair
fm logistic
fmi
fnac
fnac darty
fnb
foncia
food lion
food lover's market
foodland
foot asylum
foot locker
forem
forever 21
formule 1
fortinet
fortnite
fortnum & mason
fortnum and mason
fortuneo
forvia
forvis mazars
fossil
foundever
four points
four seasons
fox news
foxtons
fpl
framatome
france competences
france express
france info
france pare-brise
france renov'
france televisions
france travail
franceinfo
franfinance
franprix
free
free mobile
free now
free pro
free2move
freebox
freedom mobile
freightliner
french bee
freshbooks
freshco
freshdesk
freshfields
freshworks
frichti
frontier airlines
frsc
ftc
fujitsu
funding circle
furet du nord
furniture village
future shop
g suite
g-star
g-star raw
g4s
g7
galaxus
galeries lafayette
galeries lafayette haussmann
galp
gamestop
gamm vert
gamma
gap
garmin
garuda indonesia
gatwick
gautrain
gaz de bordeaux
gaz metro
gazprom
gcp
gdf suez
ge
ge aerospace
ge healthcare
ge vernova
geant casino
geant vert
geberit
gecina
gedimat
gedore
geely
gefco
geico
gemo
general dynamics
general electric
general mills
general motors
generale d'optique
generali
generix
genesys
genie
genie lift
geodis
geopost
georgia-pacific
getaround
getir
getlink
gfk
giant tiger
gibert joseph
giffgaff
gifi
gig logistics
gigabyte
gigm
gildan
gilead
gites de france
github
gitlab
glanbia
glassdoor
glaxosmithkline
globacom
global news
global payments
globant
globus
glovo
gls
gmail
gmc
gmf
go first
go outdoors
go sport
go transit
go-ahead
gocardless
god is good motors
godaddy
goibibo
gojek
gokada
golden tulip
goldman sachs
gong.io
good energy
google
google analytics
google cloud
google docs
google drive
google fi
google forms
google maps
google meet
google pay
google pixel
google sheets
google workspace
gopro
gorillas
gotomeeting
gotv
gousto
gpay
grab
grafana
grammarly
grand frais
grand hyatt
grand optical
granny smith
grdf
great wall motors
great western railway
great-west life
greater anglia
greenpeace
greggs
greyhound
grimbergen
grofers
grosbill
groupama
groupe adp
groupe atlantic
groupe e
groupe la poste
groupe mutuel
groupe psa
groupe seb
grtgaz
grubhub
grundfos
gsf
gsk
gstn
gtbank
gtco
guaranty trust bank
guess
guichet unique
guinness nigeria
gulf air
gwr
gxo
gymshark
h&m
h-e-b
haagen-dazs
haier
hako
halfords
halifax
hamburg sud
hampton inn
handelsbanken
hangcha
hankook
hansgrohe
hapag-lloyd
happ-e
hargreaves lansdown
haribo
harley-davidson
harmonie mutuelle
harris farm markets
harris interactive
harrods
hashicorp
hathway
havaianas
haval
hawaiian airlines
hcf
hcl
hcltech
hdfc
hdfc bank
hdfc life
heathrow
heatons
heetch
hello bank
hellofresh
hellosign
hellowork
helsana
helvetia
helvetic airways
henkel ag
herc rentals
hermes international
hero motocorp
heroku
hewlett packard enterprise
hewlett-packard
hiab
hifi corp
hikoki
hindalco
hindustan unilever
hipay
hippopotamus
hitachi
hitachi energy
hitachi rail
hm land registry
hm passport office
hm revenue & customs
hm revenue and customs
hm treasury
hmrc
hobby lobby
hoegaarden
holcim
holiday inn
holiday inn express
holland & barrett
hollywood chewing gum
home bargains
home depot
home hardware
home office
homeaway
homebase
homesense
honor
hostinger
hotel chocolat
hotel indigo
hotelf1
hotels.com
hotjar
hotmail
house of fraser
hovis
hp
hp inc
hpcl
hpe
hsbc
hse
hss hire
htc
huawei
hubo
hubspot
hubtex
hudson's bay
hugging face
hul
hula hoops
humana
humanis
husqvarna
hy-vee
hydro one
hydro-quebec
hyper u
hyperoptic
hyster
hyster-yale
hyundai
iag
iarnrod eireann
ibedc
iberdrola
iberia
iberostar
ibis
ibis budget
ibis styles
ibm
ibm cloud
ibom air
icade
iceland
icelandair
icici
icici bank
icici prudential
icloud
ico
id logistics
id mobile
idc
idex
idfc first
idfm
ifm electronic
ifop
ifttt
ign
ihg
ihop
iinet
ikea
ikeja electric
ile-de-france mobilites
iliad
imerys
imf
imperial logistics
imperial oil
impots.gouv
impots.gouv.fr
in extenso
in-n-out
inchcape
incredible connection
indeed
indesit
india post
indian oil
indian railways
indigo
inditex
indomie
indrive
indusind
indusind bank
industrielle alliance
inetum
infiniti
infogreffe
infomaniak
infor
infosys
ing
ing direct
ingenico
ingersoll rand
ingram micro
inmac wstore
inno
inno galeria
innocent drinks
innoson
innovorder
inoui
inpi
inpost
insee
instacart
instagram
instamart
intact assurance
intact insurance
integromat
intel
intelcia
intelcom
intellij
intercites
intercom
intercontinental
interdiscount
intermarche
intermarche drive
interpublic
intersport
interswitch
interxion
intesa sanpaolo
intreo
intuit
investec
inwi
iocl
ionos
ios
ipad
ipg
iphone
ipsos
irctc
irdai
irish ferries
irish life
irish rail
irish water
irobot
iron mountain
irs
irving oil
isagri
isio 4
isover
isuzu
ita airways
itc
itc hotels
itv
ivalua
iveco
iwc
izettle
jack & jones
jack in the box
jaeger-lecoultre
jaguar
jaguar land rover
jamb
japan airlines
jardiland
jb hi-fi
jbc
jbl
jcb
jcpenney
jd sports
jeep
jet stores
jet2
jet2.com
jetblue
jetbrains
jetstar
jiffy lube
jigsaw
jiji
jio
jiomart
jira
jlg
jll
jlr
jo&joe
jobcentre
jobcentre plus
johnson & johnson
johnson controls
joomla
joueclub
journal de montreal
jp morgan
jpg
jpmorgan
jpmorgan chase
jsw
jsw steel
jumbo
jumia
juniper networks
jupiler
jurys inn
just eat
justrite
kaiser permanente
kantar
kappa
kapten
kardex
kaspr
kayak
kbc
kelly services
kenworth
kenya airways
keolis
kerastase
kering
kerry group
kerrygold
keyence
keytrade
keytrade bank
kfc
kgm
kia
kiabi
kibana
kilimanjaro
kiloutou
kimberly-clark
kimbo
kinder
kinder bueno
kindle
king jouet
kingfisher
kingsmill
kingspan
kit kat
kitkat
klarna
kleenex
klepierre
klesia
klm
kmart
knds
knipex
kobelco
koho
kone elevators
konecranes
konga
konica minolta
koodo
korean air
kosc
kotak mahindra bank
kpmg
kpn
kraft heinz
krefel
krispy kreme
kronenbourg
kruidvat
krys
ksb
ktm
kubernetes
kuehne + nagel
kuehne nagel
kuehne+nagel
kuhne+nagel
kulula
kumho
kusmi tea
kuwait airways
kwik fit
kyocera
kyriad
kyriba
l&t
l'artisan parfumeur
l'equipe
l'occitane
l'oreal
la baie
la banque postale
la capitale
la centrale
la compagnie
la foir'fouille
la grande recre
la halle
la laitiere
la maison simons
la meridionale
la mie caline
la mobiliere
la poste
la poste mobile
la poste suisse
la presse
la quinta
la redoute
la roche-posay
la samaritaine
la vache qui rit
la vie claire
la vie en rose
labcorp
lactalis
lactel
lafargeholcim
lafourchette
laithwaites
lancome
land registry
land rover
lanxess
larsen & toubro
lasership
lastminute.com
latam
laurent-perrier
laurentian bank
laya healthcare
lci
lcl
ldc
ldlc
le bon coin
le bon marche
le chateau
le coq sportif
le devoir
le figaro
le forem
le gaulois
le meridien
le monde
le parisien
le petit marseillais
le shuttle
leader price
leadway
leaseplan
leasys
lebara
leboncoin
leclerc drive
leerdammer
leffe
legal & general
legal and general
lemlist
lemon tree hotels
lemon way
lemonway
lendlease
lenovo
lenskart
leocare
leon de bruxelles
leonardo hotels
leroy merlin
les echos
les mousquetaires
lexmark
lexus
lg
lg electronics
li auto
liantis
libeo
liberation
liberty london
liberty mutual
lic
lidl plus
lightspeed
lightspeed retail
ligne roset
limagrain
lime
linde material handling
linde plc
linkedin
linklaters
linksys
linode
linux
liquorland
lithia motors
little caesars
littlewoods
livebox
lloyds
lloyds bank
lloyds banking group
lloyds tsb
lner
loblaws
lockheed martin
loganair
logis hotels
logitech
lombard odier
londis
london drugs
london underground
longchamp
longines
looker
lookers
lot polish airlines
loto-quebec
lotus bakeries
lotus cars
loue
louvre hotels
loxam
luas
lucid motors
lucozade
lufthansa
luko
lukoil
lululemon
lululemon athletica
luminus
lurpak
lush
lusha
lustucru
luxair
luxottica
lv=
lvmh
lycamobile
lydec
lydia pro
lyft
lynk & co
lyreco
lyria
m&m's
m&s
m-pesa
m6
ma french bank
maaf
macbook
macif
macos
magento
magimix
magna
magnum
mahindra & mahindra
maif
mailchimp
mailjet
maisons du monde
maitre coq
maje
majestic wine
majorel
makemytrip
makita
makro
malabar
malakoff humanis
malaysia airlines
malongo
malt
maltesers
mama shelter
man truck
mandarin oriental
mangopay
manitou
manomano
manor
manpower
manpowergroup
manulife
manutan
maped
mapei
mapfre
maprimerenov'
mariage freres
marico
marketo
marks & spencer
marks and spencer
marmite
maroc telecom
mars
mars wrigley
marsh mclennan
marshalls
maruti suzuki
massmart
mastercard
matalan
mateco
materiel.net
matmut
matomo
max air
max fashion
max mara
maxi
maxol
maybank
maybelline
mazda
mbda
mecalux
medecins sans frontieres
media markt
mediamarkt
mediametrie
mediapart
medibank
medicaid
medicare
medtronic
meesho
megabus
meilleurs agents
meilleurtaux
menards
mentos
menulog
mercedes-amg
mercedes-benz
merck group
merseyrail
messenger
met office
meta
metabo
meteo-france
metlife
metro
metro bank
metro by t-mobile
metro cash & carry
metrolinx
metrorail
mg motor
mgallery
mgen
micasa
micro center
micron
microsoft
microsoft 365
microsoft azure
microsoft dynamics
microsoft office
microsoft teams
microspot
midas
middle east airlines
midjourney
migrolino
migros
milleis
millets
mindful chef
minecraft
mini cooper
minor hotels
mint energie
mint mobile
mission locale
mistral ai
mitel
mitre 10
mitsubishi
mitsubishi electric
mitsubishi forklift
mitsubishi heavy industries
mitsubishi motors
miu miu
mixa
mixpanel
mma
mobil
mobile vikings
mobilis
mobily
moderna
moet & chandon
moeve
moleskine
molotov
mon compte formation
monabanq
moncler
moncompteformation
monday.com
mondelez
mondial pare-brise
mondial relay
monext
moneybox
moneygram
mongodb
moniepoint
monki
monoprix
monsoon
monster energy
montblanc
monzo
moov africa
moovit
morgan stanley
morrisons
motel one
moto guzzi
motorola
moulinex
mountain warehouse
movenpick
movistar
moxy
mozilla
mr bigg's
mr bricolage
mr price
msa
msc
msc industrial
msd
msf
msi
mta
mtn
mtn nigeria
mtnl
mufg
mugg & bean
muji
mulberry
multichoice
munich re
murex
mygov
myntra
myob
mysql
n26
n8n
nab
nacex
napa
napapijri
nasdaq
naspers
national bank of canada
national express
national grid
national highways
national rail
nationwide
natixis
naturalia
nature & decouvertes
nature's basket
naturgy
natwest
naval group
navigo
navision
navistar
nbc
nbn co
ncc
ncp
nec
nedbank
nescafe
nespresso
net-entreprises
netapp
neteller
netflix
netgear
netlify
netskope
netsuite
netto
network rail
new balance
new holland
new look
new relic
new york times
newegg
nexans
nexi
nexity
nexter
nextera
nextera energy
nge
nh hotels
nhs
nhs england
nhs scotland
nib
niceday
nickel
niftylift
nigerian breweries
nike
nikon
nilfisk
nimc
nintendo
nio
nipost
nissan
nivea
nj transit
nmbs
nnpc
no frills
nocibe
nokia
nokian
norauto
nordea
nordex
nordnet
north face
northern rail
northrop grumman
northumbrian water
norwegian air
notion
novartis
novo nordisk
novotel
noz
npci
npr
nrj mobile
nrma
ns
ntpc
numericable
nutanix
nutella
nutmeg
nuvei
nuxe
nvidia
nykaa
nyrstar
nysc
nyse
o'tacos
o2
o2switch
oak furnitureland
oando
oasis
obb
oc transpo
ocado
ocapiat
ocbc
ocde
ocean basket
ochsner sport
octopus energy
oddbins
oddo bhf
odoo
odoxa
oeb
oecd
ofcom
office 365
office depot
officemax
officeworks
ofgem
ofii
ofpra
ofsted
ofwat
okaidi
okko hotels
okta
ola electric
old mutual
old navy
olive garden
oman air
omega
omnicom
ompi
omron
oms
omv
one stop
onedrive
onee
onem
onenote
onepark
oneplus
onera
onet
onetrust
oney
ongc
onisep
ons
onss
ontario power generation
ontrac
onu
ooredoo
opay
opco
opco 2i
opco atlas
opco ep
openai
openreach
openserve
opentable
opmobility
opodo
oppo
optic 2000
optical center
optus
oracle
oracle cloud
orange
orange bank
orange belgium
orange business
orange business services
orange cyberdefense
orange money
orangina
orano
orchestra
oreo
ores
orexad
origin energy
orly
orpi
orsted
osha
ouest-france
ouibus
ouigo
outback steakhouse
outlook
outokumpu
outreach.io
outscale
outsurance
overland airways
overstock
ovh
ovhcloud
ovo
ovo energy
oxfam
oxybul
oyo
p&g
p&o ferries
paccar
packeta
packlink
paddy power
pagegroup
pagerduty
pakistan international airlines
palais des thes
palantir
palmolive
palmpay
palo alto networks
pampers
panalpina
panasonic
pandadoc
pandora
panera
panera bread
pantaloons
papa john's
paper mate
paperchase
parcelforce
parcoursup
paribas
paris aeroport
park hyatt
park inn
parker hannifin
parkside
parle
parrot
partena
partenamut
party city
patagonia
payconiq
payfit
paylib
payoneer
paypal
payplug
paysafe
paysafecard
paysan breton
paystack
paytm
payzen
pbs
pc world
peace mass transit
peak milk
pegasus airlines
pelforth
pemex
pendragon
penneys
pennylane
pep
pep boys
pep stores
pepperfry
pepperl+fuchs
pepsi
pepsico
pere dodu
permanent tsb
pernod ricard
perplexity
persil
personio
petco
peterbilt
petit bateau
petro-canada
petrobras
petrochina
pets at home
petsmart
pg tips
pg&e
phantombuster
pharmacie lafayette
pharmaprix
philippine airlines
philips healthcare
phillips 66
phoenix contact
phonepe
picard surgeles
pick n pay
pierre & vacances
piggly wiggly
piggyvest
pimkie
pinterest
pipedrive
pixel
pizza express
pizza hut
pkz
placo
planete oui
plastic omnium
playstation
pleo
plum energie
plusnet
pluxee
pnb
pnc
point p
point s
polaris bank
pole emploi
pole emploi entreprise
polestar
policybazaar
pomme de pain
pomona
popeyes
porcelanosa
porter airlines
post luxembourg
post-it
postbus
poste italiane
postes canada
postfinance
postgresql
posti
postman
postmates
postnet
postnl
postnord
poundland
poundstretcher
power apps
power automate
power bi
power city
powerpoint
prasa
pratt & whitney
premier inn
premiere classe
prestashop
pret a manger
pretto
prettylittlething
priceline pharmacy
priceminister
pricewaterhousecoopers
primagaz
primark
prime video
primeo energie
princesse tam.tam
pringles
printemps
printemps haussmann
prisma media
pritt
prixtel
pro btp
procter & gamble
prolians
proman
promocash
promod
prosegur
prosus
protea hotels
provigo
proxim
proximus
proximus pickx
proxy delhaize
prudential
prysmian
psa
ptc
ptsb
public mobile
publicis
publicis sapient
publix
pukka pad
pull&bear
puma
punjab national bank
pure storage
pure telecom
purina
purolator
pwc
pycharm
q-park
q8
qantas
qapa
qare
qatar airways
qatarenergy
qbe
qlik
qnap
qonto
quadratus
quaker
qualcomm
qualiopi
quality inn
qualtrics
quebecor
quechua
quest diagnostics
quick
quickbooks
quiksilver
quiktrip
qwant
rabobank
radio france
radio-canada
radisson blu
raffles
rakuten
ram trucks
ramada
ramirent
ramq
randstad
range rover
rapido
ratp
ratp dev
ray-ban
raytheon
razel-bec
razer
razorpay
rbc
rbi
rbs
re max
real canadian superstore
realme
rebel sport
red bull
red by sfr
red cross
red energy
red hat
red lobster
red star express
redal
reddit
redis
reebok
refinitiv
reglo mobile
reitmans
relais colis
relay
reliance digital
reliance industries
reliance jio
reliance retail
remax
remitly
renault trucks
renfe
reno-depot
rent a car
repco
replay
repsol
reserve bank of india
residence inn
restos du coeur
retraite quebec
reuters
revenu quebec
revenue commissioners
revolut
rexall
rexel
rhodia
ribena
richemont
ricoh
ricore
rightmove
ringcentral
ringover
rio tinto
riot games
rip curl
risevest
rite aid
ritz-carlton
riu
river island
riverford
rivian
robinhood
roblox
roche bobois
rockwell automation
rockwool
roissy
rolex
rolls-royce
rolls-royce holdings
romande energie
roomba
roots
rosieres
rosneft
rowenta
royal air maroc
royal bank of canada
royal bank of scotland
royal enfield
royal lepage
royal mail
rs components
rs online
rsm
rtbf
rte
rtl
rts
rtx
rue du commerce
rwandair
rwe
ryanair
ryobi
saa
saaq
sab
sabadell
sabena technics
saemes
safari
safaricom
safeway
safilo
safran
saint agur
saint-gobain
saks fifth avenue
salesforce
salesloft
salti
samsic
samsung
samsung electronics
samsung internet
san marina
san pellegrino
sandisk
sanef
sanitas
sanlam
sanofi
santam
sap
sap ariba
sap concur
sap successfactors
sappi
saq
sarenza
sars
sas
sasktel
sasol
sassa
saturn
saudi aramco
saudia
saunier duval
saur
savencia
savills
sbb
sbb cff ffs
sbi
sbi life
scaleway
scandinavian airlines
scania
scc
schiphol
schneider electric
schroders
schweppes
scotiabank
scotrail
scottish power
scottish water
scottishpower
screwfix
sd worx
sea-doo
seagate
seasalt
seat
sebi
seco
secours catholique
secours populaire
securex
securitas
sedif
segafredo
segway
selfridges
sellsy
seloger
sendbox
sendcloud
sendgrid
sendinblue
sendle
sendwave
senelec
senseo
sentinelone
sentry
serco
sergent major
service canada
service public
service-public.fr
servicenow
services australia
services industriels de geneve
services quebec
seur
severn trent
sfr
sfr business
shadowfax
shake shack
shangri-la
share now
sharepoint
sharpie
sheetz
shein
shell
shell energy
sheraton
shi international
shine
shippo
shipstation
shiseido
shopify
shoppers drug mart
shoppers stop
shoprite
showmax
showroomprive
sibanye-stillwater
sibelga
siemens energy
siemens gamesa
siemens healthineers
siemens mobility
sika
silae
simplii
singapore airlines
sinopec
sitel
six senses
skechers
ski-doo
skip the dishes
skipthedishes
skipton building society
skoda auto
skrill
sky broadband
sky mobile
sky news
skyjack
skype
skyscanner
slack
slot systems
smart
smartsheet
smarty
smbc
smc
smeg
smith & nephew
smurfit kappa
smurfit westrock
smyths
smyths toys
snap-on
snapchat
snapdeal
snc-lavalin
sncb
sncf
sncf connect
sncf reseau
sncf voyageurs
snickers
snowflake
so energy
sobeys
social security administration
societe generale
socopa
sodebo
sodexo
sodiaal
sofinco
sofitel
softchoice
soitec
solaredge
solidaris
solidworks
solvay group
somfy
sonarcloud
sonarqube
sonelgaz
sonepar
sonos
sony
sopalin
sophos
sopra steria
sosh
south african airways
south african breweries
southeastern
southern california edison
southern water
southwest airlines
sowee
spar
spartoo
specsavers
spectranet
speedway
speedy
speedy hire
spendesk
spf finances
spicejet
spie
spie batignolles
spirit airlines
splunk
sport 2000
sports direct
sports experts
sportscene
sportsgirl
sportsmans warehouse
sportxx
spotify
spotlight
sprint
sprite
sprouts
spur steak ranches
square
square habitat
squarespace
srf
srilankan airlines
ssangyong
sse
sse airtricity
ssi schaefer
ssq assurance
st michel
st. regis
st.george
stabilo
staffme
stagecoach
stanbic ibtc
standaard boekhandel
standard bank
standard chartered
stansted
stantec
staples
star bazaar
star health
starbucks
starling bank
start people
startimes
startrack
state bank of india
state farm
state street
staybridge suites
stc
steers
steg
stelia
stella artois
stellantis
stena line
sterling bank
stm
stmicroelectronics
stokomani
stop & shop
stormshield
stradivarius
stripe
student finance england
subaru
subway
successfactors
suez
sullair
sumeria
sumup
sun international
sun life
sun store
sunbelt rentals
suncor
suncorp
sunoco
sunpower
sunrise upc
sunrun
super 8
super c
super u
superbalist
supercheap auto
superdrug
superdry
supervalu
surveymonkey
suva
swatch
swatch group
swedbank
sweet sensation
swica
swiggy
swile
swiss air
swiss international air lines
swiss life
swiss post
swiss re
swisscom
swisscom tv
swisslog
swissmedic
swissotel
syma mobile
symantec
synergie
synlab
synology
sysco
systeme u
t-mobile
tabcorp
tableau
taco bell
tag heuer
taj hotels
takealot
talgo
talkdesk
talktalk
tangerine
tantalizers
tap air portugal
tap portugal
tape a l'oeil
target
tarkett
tarom
tassimo
tata cliq
tata communications
tata consultancy services
tata group
tata motors
tata power
tata steel
tate & lyle
taxis bleus
taxis g7
tc energy
tcs
td bank
td canada trust
td synnex
teams
tech data
tech mahindra
tefal
tele2
telefonica
telegram
telekom
telenet
telenor
teleperformance
telia
telkom
telstra
telus
temenos
temple & webster
temu
tenaris
tencent
tencent cloud
ter
tereos
terex
terraform
terrena
tesa
tesco
tesco bank
tesco express
tesco extra
tesco mobile
texaco
texas instruments
tf1
tfg
tfl
tg4
tgv
tgv inoui
thai airways
thales alenia space
thales group
thalys
thames water
thameslink
the bay
the body shop
the courier guy
the economist
the entertainer
the good guys
the guardian
the home depot
the kooples
the north face
the peninsula
the range
the times
thefork
thermomix
thinkpad
thorntons
thoughtworks
three ireland
three uk
thrifty
thyssenkrupp
tic tac
ticket restaurant
tiger brands
tiime
tikehau
tiktok
timberland
tipiak
tipp-ex
tj maxx
tjx
tk elevator
tk maxx
tnt
tnt express
toblerone
todoist
toll group
toolstation
top achat
top office
topaz
topman
topshop
tork
toshiba
total tools
totalenergies
totalsports
toyo tires
toyota material handling
toys r us
toysrus
tp-link
tpg
tractor supply
trader joe's
transatel
transavia
transcom
transdev
transferwise
transgourmet
transilien
translink
transnet
transpennine express
transport for london
transunion
travelodge
travis ci
treezor
trello
trend micro
trenitalia
tresor public
tripadvisor
triumph
trivago
tropicana
true value
truist
truworths
tsb
tsmc
tsogo sun
tui
tunisair
tunisie telecom
turbotax
turkish airlines
tutti.ch
tv licensing
tva
tvs motor
twilio
twinings
twint
twitch
twitter
twix
tymebank
typeform
tyrrells
u express
u.s. bank
uba
ubeeqo
uber
uber eats
ubiquiti
ubisoft
ubs
ubuntu
ucar
ucas
ucm
ugg
uhu
uidai
uif
uipath
uisce eireann
uk power networks
ukvi
ulster bank
ulta
ulta beauty
ultramar
ultratech
ultratech cement
ulys
umbro
umicore
unacademy
uncle ben's
under armour
undiz
unesco
unibail-rodamco-westfield
unicef
unicredit
uniformation
unilabs
unilever
union bank of india
uniper
uniprix
uniqlo
uniroyal
united airlines
united bank for africa
united colors of benetton
united rentals
united utilities
unitedhealth
unitedhealthcare
universal credit
universal music
upc
ups
upwork
urban ladder
urban outfitters
urbantz
uriage
urssaf
us bank
us cellular
us foods
us postal service
usaa
usave
uscis
usps
utility warehouse
v and b
v&b
valeo
vallourec
valora
van cleef & arpels
vanden borre
vanderlande
vanguard
vanish
vans
vattenfall
vaudoise assurances
vauxhall
vdab
vedanta
veeam
veepee
velux
venmo
vente-privee
veolia
verallia
vercel
verifone
verizon
verizon wireless
vero moda
vertbaudet
vertu motors
vespa
vestas
veuve clicquot
vhi
via rail
via rail canada
vichy
victoria's secret
vida e caffe
videotron
vietnam airlines
viking direct
villeroy & boch
vinci autoroutes
vinci energies
vinted
vinted go
virgin atlantic
virgin australia
virgin media
virgin media o2
virgin megastore
virgin mobile
virgin money
virgin plus
virgin wines
visa
vishal mega mart
vision express
vistara
visual studio
vitogaz
vittel
viva energy
vival
vivaqua
vivendi
vmware
vodacom
vodafone
vodafone business
vodafone idea
vodafone ziggo
voi
volg
volkswagen
volotea
volvic
volvo
volvo cars
volvo ce
volvo trucks
vonage
voo
voxi
voyage prive
vrbo
vredestein
vs code
vueling
vulco
vw
w hotels
waalaxy
wacker neuson
waec
wagamama
wago
waitrose
waldorf astoria
walgreens
walkers crisps
wall street journal
wallix
walmart
warburtons
washington post
waterstones
wavestone
wawa
wayfair
waze
wealthsimple
webex
webflow
webhelp
weekday
wegmans
welcome to the jungle
weldom
wells fargo
welsh water
wema bank
wera
wesfarmers
wessex water
westcoast
western digital
western union
westin
westjet
westpac
westside
wetransfer
whatsapp
whirlpool
whistl
whistles
white stuff
whole foods
whole foods market
whsmith
wibra
wickes
wiko
wilko
willis towers watson
wilo
wimpy
wind tre
windows
windstream
wingo
winn-dixie
winners
wipo
wipro
witchery
wix
wizz air
woocommerce
woodies
woolworths
wordpress
workday
world bank
worldline
worldpay
worldremit
worx
wpp
wrike
wsp
wtw
wurth group
wwf
xbox
xcel energy
xcode
xenos
xero
xerox
xfinity
xiaomi
xpeng
xpo
xpo logistics
xpressbees
xylem
yahoo
yallo
yandex
yang ming
yango
yanmar
yes bank
yesss electrique
yodel
yokohama
yooz
yoplait
yorkshire building society
yorkshire tea
yorkshire water
yougov
younited
younited credit
yousign
youtube
ysl
zadig & voltaire
zalando
zapier
zebra technologies
zelle
zelty
zen internet
zenchef
zendesk
zenith bank
zenpark
zepto
zesco
zettle
zf
zf friedrichshafen
ziggo
zim
zity
zkb
zoho
zoho crm
zolpan
zomato
zoom
zoominfo
zoopla
zopa
zoro
zscaler
zte
zurcher kantonalbank
zurich insurance
""".splitlines() if line.strip())
"""Organisations and brands that are never a private person's name (folded)."""

PERSON_LIKE: frozenset[str] = frozenset(line.strip() for line in """
abbott
abercrombie
adani
afflelou
agnes b.
alain afflelou
albert heijn
alexander mcqueen
ameli
annick goutal
archambault
ariane
armani
arnold clark
arthur d. little
ascott
audemars piguet
avery
avis
aviva
b. braun
badoit
bain
bajaj
baker mckenzie
baker tilly
balenciaga
balluff
balmain
barbour
barcelo
barilla
bata
baumann
baxter
bayer
beazley
bechtle
beckhoff
beiersdorf
belk
bell
benelli
benetton
bentley
benz
berluti
bernardaud
berner
besson
bigard
bing lee
birkenstock
blokker
bloomberg
bloomingdale's
boehringer
boeing
boels
boiron
bollinger
bollore
bolt
bombardier
bonduelle
booker
booths
booz allen
bosch
bose
boss
boucheron
boulanger
boursin
bouygues
brammer
brandt
braun
breitling
brink's
brown thomas
bruneau
brunet
bugatti
buick
buitoni
bulgari
burberry
byju's
c.h. robinson
cabela's
cadbury
cadillac
calvin klein
camille albane
carapelli
carrier
cartier
cassegrain
catia
celine
ch robinson
chanel
charles schwab
chaumet
chevrolet
chloe
chopard
christian dior
christian louboutin
christofle
chrysler
chubb
church's
churchill
cisco
citroen
claas
clark
clark material handling
claudie pierlot
clifford chance
coco chanel
colas
coldwell banker
coles
colgate
colruyt
conrad hotels
cora
costa
coutts
cox
crowe
dachser
daher
daimler
dan murphy's
dangote
darty
dassault
david jones
de dietrich
deere
deichmann
delhaize
dell
deloitte
denner
denny's
derichebourg
desjardins
dessange
dewalt
dick's
dillard's
dior
disney
doc martens
dodge
dom perignon
dove
dow
dr martens
dr. martens
ducati
dunlop
dyson
eason
eaton
edgars
edmond de rothschild
eli lilly
emerson
emil frey
ericsson
estee lauder
evans halshaw
fanta
farnell
fauchon
fayat
fellowes
fendi
fendt
fenwick
ferrari
ferrero
firestone
fitch
flammarion
flink
ford
forrester
fortescue
foschini
fragonard
franck provost
fresenius
galbani
gallagher
gallimard
gandi
garnier
gartner
gaultier
gervais
gibert
gillette
giorgio armani
givenchy
godrej
goodyear
goyard
grainger
grant thornton
grohe
groupe bernard
gucci
guerlain
guinness
guy hoquet
hachette
hager
haldiram's
hamelin
harris farm
harry's
hartmann
harvey nichols
harvey norman
hastings
haulotte
havas
hays
heineken
heinz
helena rubinstein
hella
hellmann's
helly hansen
hema
hendrick
hendy
hennessy
heppner
hermes
hertz
heudebert
hilfiger
hilti
hilton
hiscox
hobbs
hollard
hollister
honda
honeywell
hoover
hopper
hornbach
hublot
hugo boss
hummel
hutchinson
hyatt
ifor williams
iga
illy
ipsen
isabel marant
j.c. penney
jack wills
jacob delafon
jacobs
jacquemus
jacques dessange
jacques vabre
jacquet
jameson
jd wetherspoon
jd williams
jean coutu
jean lain
jean louis david
jean paul gaultier
jelmoli
jenkins
jennyfer
jewson
joann
john deere
john lewis
johnson
johnson's
joules
julius baer
jungheinrich
justin bridou
kaeser
kafka
kalmar
karcher
kaspersky
kate spade
kawasaki
kay jewelers
kearney
keller williams
kellogg
kellogg's
kempinski
kenzo
kiko
kimpton
kingston
kleber
klockner
kloeckner
knapp
knauf
knight frank
knorr
kogan
kohl's
komatsu
kone
kors
kraft
kramer
kroger
krohne
krug
krups
kubota
kuda
lacoste
laduree
lafarge
lafayette
laforet
lafuma
lagardere
lalique
lamborghini
lancel
lancia
landi
lanvin
lapeyre
larousse
latecoere
lavazza
lazard
leclerc
legrand
leitz
lennox
lenotre
lescure
lesieur
levi strauss
levi's
liberty
lidl
liebherr
lincoln
linde
lindt
lipton
lissac
lloyd
lloyd's
loblaw
loeb
loewe
loomis
louboutin
louis vuitton
lowe's
lu
lucca
lydia
lyons
mace
mack
macquarie
macy's
madrange
maersk
maggi
mahindra
mahle
maille
marc jacobs
marie blachere
marionnaud
markham
marriott
marshall
martin
maruti
maserati
massimo dutti
mauboussin
maybach
mazars
mcafee
mcdonald's
mckinsey
mclaren
mcqueen
mcvitie's
meijer
meineke
meininger
melia
mercedes
merck
mercure
merieux
merlo
michael kors
michael page
michaels
michelin
miele
milka
millet
minelli
miro
mistral
misumi
mizuho
moet
moody's
morrison
mouser
mugler
muller
mumm
musgrave
myer
nando's
neiman marcus
nestle
nicolas feuillatte
nielsen
nomura
norbert dentressangle
nordstrom
norton
o'reilly
o'reilly auto parts
oakley
oberoi
odalys
ogilvy
ola
oliver wyman
opel
otis
paco rabanne
panzani
parker
pasquier
patanjali
patek philippe
patrick morin
paul smith
penske
pernod
perrier
peugeot
pfister
pfizer
philips
piaget
piaggio
picard
pictet
pierre fabre
pirelli
porsche
poulain
prada
puget
puiforcat
pullman
rabanne
radisson
raiffeisen
ralph lauren
reckitt
rei
reiss
remy martin
renaud-bray
renault
repetto
ricard
richard mille
ritz
robert half
roca
rocco forte
roche
rockwell
rogers
roland berger
rona
roquette
rossignol
rothschild
ruinart
ryman
saab
sage
sainsbury
sainsbury's
saint laurent
saks
salomon
sandro
santander
saputo
sauter
savoye
scarlet
schaeffler
schenker
schindler
schneider
schuh
schwab
sears
sephora
servier
sharp
shaw
siemens
simons
sisley
sixt
skoda
smalto
solvay
sonia rykiel
spencer's
staedtler
stanley
starling
stella mccartney
stephane plaza
stihl
still
stryker
sulzer
suzuki
swarovski
swift
sytner
taittinger
takeda
takeuchi
tanishq
tata
tati
ted baker
tennant
terberg
terry white
tesla
tetley
thales
thierry mugler
thiriet
thomas sabo
thomson
tiffany
tiffany & co
tiffany & co.
tiller
tim hortons
tissot
tommy hilfiger
torfs
tory burch
toyota
trane
travis perkins
truffaut
turck
ubaldi
vacheron constantin
vaillant
valentino
valero
vera wang
versace
vicat
viessmann
vijay sales
villaverde
vilmorin
vinci
vivienne westwood
vontobel
vorwerk
vuitton
walt disney
weber
weidmuller
wendel
wendy's
wetherspoon
wh smith
whitbread
william saurin
wise
wurth
wyndham
yale
yamaha
yokogawa
yves rocher
yves saint laurent
zales
zara
zeeman
ziegler
""".splitlines() if line.strip())
"""Brands that are also people's names: a company only when no cue says a person (folded)."""
