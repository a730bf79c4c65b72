"""Common surnames of the people who write to French, British and North American companies:
French, English, Irish, Scottish, Welsh, Québécois, Spanish, Portuguese, Italian, German,
Dutch, Scandinavian, Polish, Romanian, Ukrainian, Russian, Balkan, Turkish, Maghreb, Arabic,
West, Central, East and Southern African, Vietnamese, Chinese, Korean, Japanese, Indian,
Pakistani and Bangladeshi.

`PersonNameDetector` reads a capitalised word alone after a contact verb ("ask for Dupont")
as a person only when it is listed here, so that "contact Chronopost" is left alone. Written
from general knowledge; folded and sorted. Surnames that are common words ("Price", "Long",
"Park"), two letters long, or particles are left out; for compound and particle surnames
("Le Gall", "van Dijk", "O'Brien") the main word is listed.
"""

from __future__ import annotations

SURNAMES: frozenset[str] = frozenset("""
ngata abbasi abdallah abdelaziz abdelkader abdullah abe abubakar acar acheampong adam adamczyk adams
adamski addo ade adebayo adeleke adeyemi adjei afanasiev afolabi afridi agarwal aggarwal aguilar
agyeman ahmadi ahmed ahn ahuja akhtar akinwale aktas alaoui albrecht aleksandrov alekseev alexander
ali allen almeida alonso alvarado alvarez alves amato amico amin amoah amrani anazi andersen
anderson andersson ando andre andreassen andreev andrews andrianarivo andrzejewski angelis angelo
anghel annan ansah ansari antoine antonov antunes aoki aoun appiah aquino araujo arias armstrong
arnaud arnold arora arslan asante asantewaa aslam aslan atangana atkinson aubert aubry austin awad
awan aydin azevedo aziz babatunde babic badea badu bae baek baig bailey bailly bajwa bak baker
bakker balogun bamba banerjee bansal baran baranov baranowski barber barbier barbieri barbosa barbu
barker barnes barnett barone barrett barthelemy bartlett barton basile bates batista battaglia
baudry bauer baumann bautista baxter beaulieu beck becker bedard beek begum belanger belhadj
belkacem bellini bello belov belyaev benali benamar benard benchekroun benedetti bengtsson benitez
benjelloun benkirane bennani bennett bennis benoit bensaid benyahia berg berger bergeron berglund
bergmann bernard bernardi berrada bertin bertrand besnard besson bevan bhatia bhatt bhattacharya
bhatti bianchi bianco bibi bigot biton blake blanchard blanco blom blondel boakye boateng bodin
boer bogdanov bohm bondar bondarenko bonnet bonsu borisov borkowski bos bose bouaziz bouchard
bouchareb boucher bouchet boudiaf boukhari boulanger bourgeois bousquet bouvier bouzid bouzidi boyd
boyer boyko bozkurt bradley brady brahimi brandt braun brennan brien brink broek brooks brouwer
bruijn bruin brunel brunet bruno bryant brzezinski buchanan buckley bucur bui buisson bulut burgess
burke burton busch butler butt byrne caballero cabrera cai cakir callaghan calvo camara cameron
campbell campos cano cao caputo carbone cardoso carlier carmona caron carpenter carpentier carr
carrasco carre carroll carter cartier caruso carvalho cassidy castillo castro cattaneo celik cetin
chabane chakraborty chambers chan chandrasekhar chaoui chapman charbonneau charles charpentier
chartier chatterjee chaudhary chaudhry chauhan chauvin chavez cheema chen cheng cherif cheung
chevalier chevallier chmielewski cho choi chopra choudhary chow chowdhury chraibi chretien
christensen chukwu cieslak ciobanu cisse claes clancy clark clarke clayton clement cloutier coelho
cohen colas cole coleman collet collin collins colombo coman compaore connell connolly connor
constantin conte conti contreras conway cooke cooper coppola cordier correia cortes costa
costantini coste costello coulibaly crawford crespo cristea cruz cui cullen cunha cunningham curtis
cusack czarnecki czerwinski dabrowski dahan dahl daly damico dang daniel daniels danjuma danquah
danso darko darwish david davies davis davydov dawson dekker delaunay delgado delmas delorme
dembele demir dempsey deng denis denisov desai descamps deschamps deshpande desjardins devaux
dhillon diabate diallo diarra dias diaz dietrich diez dijk dijkstra ding dinh dinu diop dixon dizon
djebbar djordjevic dlamini dmitriev dobre dogan doherty dolan dominguez donati dong donkor donnell
donnelly donovan dosari doumbia dowling doyle dragomir dridi drummond dube dubey dubois duda dudek
duffy dufour dumas dumitru dumont duncan dunn dunne duong dupont dupre dupuis dupuy duran durand
durrani dutta duval dwyer edwards egan egorov elliott ellis endo ene engel erdogan eriksen eriksson
esposito essomba esteban etienne eto'o etoundi evans eze fabbri fabre fagan fahey farahani farina
farooqi farrell fashola fassi faure faye fedorov feng ferguson fernandes fernandez ferrand ferrara
ferrari ferraro ferreira ferrer ferretti ferri figueiredo filippov fiore fischer fisher fitzgerald
fitzpatrick flanagan fletcher fleury florea flores flynn fofana foley fonseca fontaine fontana
forbes fortin foster fotso fouquet fournier francis francois franke fraser freeman freitas friedman
friedrich frimpong frolov fuchs fuentes fujii fujimoto fujita fujiwara fukuda fung gagnon gaikwad
gaillard gajewski gall gallagher gallardo gallego gallet galli gallo gao garcia gardner garnier
garrido garvey garza gatti gauthier gautier gavrilov gemayel gentile george geraghty gerard
gerasimov ghamdi gharbi gheorghe ghosh gibson gil gilbert gill gillet gilmore gimenez giordano
girard giraud giuliani glowacki goff goldberg gomes gomez goncalves gondal gonzales gonzalez
goodwin goossens gordon gorman gorski goto goyal graaf grabowski graf graham grassi grasso greco
greenwood gregory grewal griffin griffiths grigoriev grondin groot grover guerin guerra guerrero
guessous gueye guichard guillaume guillon guillot guillou guler gunes gunn gunther guo gupta gusev
gustafsson gutierrez guyot guzman gwynn gyamfi haan haas habib haddad hadjadj hagen hahn halabi
halvorsen hamad hamalainen hamdan hamdi hamel hamidi hamilton hammami hammond hamon hanlon hansen
hansson hara harada harbi harding hardy harper harris harrison hartmann harvey hasegawa hashemi
hashimoto hashmi hassan haugen hawkins hayashi hayes healy hebert hegde heijden heikkinen heinrich
henderson hendriks hennessy henriksen henry heo hernandez herrera herrero herrmann herve heuvel
hewitt hickey hicks hidalgo higgins hoang hoarau hoareau hodgson hoekstra hoffman hoffmann hofmann
hogan holland holmes holt hong hopkins horvat hossain hosseini howard howells huang huber hubert
hudson huet hughes huisman humbert hunter hurley hussain hussein hutchinson huynh hwang ibanez
ibrahim idrissi iglesias igwe ikeda ilboudo ilic ilie ilunga ilyin imai inoue ionescu iqbal ishida
ishii ishikawa ismail issa ito ivanov iyengar iyer jaber jablonski jackson jacob jacobs jacobsen
jacquet jacquot jadhav jafari jafri jager jain jakubowski james jang janjua jankowski jansen
janssen jansson jarvinen jasinski javed jaworski jaziri jebali jenkins jennings jensen jeon jeong
jiang jimenez jin johannessen johansen johansson johnsen johnson johnston joly jones jong jonsson
jordan jorgensen joshi jourdan jovanovic julien jung juric kabila kabore kaci kaczmarek kaiser
kalala kalinowski kamath kamau kamga kaminski kane kaneko kang kapoor kara karam karatas karimi
karlsen karlsson karpov kasongo kato katz kaur kavanagh kaya kazakov kazemi kazmierczak keane
kearney keeffe keegan keita kelleher keller kelley kelly kemp kennedy kenny keogh kerr keskin
kettani khalil khan khanna khattak khelifi khoury khumalo kiernan kilbride kilic kim kimani kimura
kiselev klein klymenko knezevic kobayashi koc koch koffi kohler kok kolodziej komarov konan konate
kondo kone konig korhonen korkmaz korolev koskinen koster kouame kouassi kouyate kovacevic kovacic
koval kovalchuk kovalenko kovalev kowalczyk kowalska kowalski kozlov kozlowski krajewski kramer
kraus krause kravchenko kravets krawczyk krishnan kristiansen krol kruger krylov kubiak kucharski
kudo kuhn kuiper kuipers kulikov kulkarni kumar kurt kuzmenko kuzmin kuznetsov kwarteng kwiatkowski
kwok kwon lachance lacombe lacroix lagarde lahlou lam lambert lamy lang lange langlois lapointe
laporte larbi larsen larsson laskowski lau laurent lavoie lawrence lazar leary lebedev leblanc
leblond lebon lebreton lebrun leclerc leclercq lecomte leeuwen lefebvre lefevre lefort lefranc
leger legrand lehmann lejeune lemaire lemaitre lemoine lemonnier lennon lenoir leon leone leroux
leroy leung leveque levesque levi levy lewandowski lewis liang liao lim lima lin lindberg linden
lindqvist lindsay lindstrom liu llewellyn lloyd lombardi lombardo longo lopes lopez lorenz lorenzo
lourenco lowe lozano luca lucas ludwig lukaku lund lundberg lundgren luo luong lynch lysenko maas
macdonald machado maciejewski mackay macken mackenzie mackintosh maclean macleod macmillan
macpherson madsen maeda maes magee maguire maher mahlangu mahmoud mahony maier maillard majewski
makarov makela makinen makowski maksimov malhotra malik malinowski mallet malley manalo mancini
mann mansour mansouri marchal marchand marchenko marchetti marciniak marechal mariani maric marini
marino markov markovic marques marquez marsh marshall martel martens martin martinelli martinez
martini martino martins marty maruyama mason masri masson matei mathieu matos matsuda matsumoto
matthews matveev mauger maurice mayer mazur mazurek mazza mbappe mbarga mbaye mbuyi mcallister
mcauley mcbride mccabe mccann mccarthy mccormack mcdermott mcdonagh mcdonald mcdonnell mcevoy mcgee
mcgovern mcgrath mcguinness mcintyre mckay mckenna mckenzie mclaughlin mclean mclennan mcleod
mcloughlin mcmahon mcmillan mcnamara mcneill mcpherson mcshane mebarki medina medvedev meer mehta
meier meijer mejri melnikov melnyk menard mendes mendez mendoza menon mensah menzies mercado
mercier mertens messina meunier meyer meziane miah michalak michalski michaud michel mihai
mikhailov milani miller millet mironov mirza mishra mitchell miura miyamoto miyazaki mizrahi
mohamed mohammadi mohammed mokoena moldovan molina moller moloney monnier montanari monteiro
montero monti moore mora moradi morales moran moreau moreira morel morelli moreno moretti morgan
mori morin morita moroz morozov morris morrison moss mostafa moya mthembu mukendi mukherjee mulcahy
mulder mullan mullen muller mulligan munoz munro munteanu murakami murphy murray murtagh musa
mustafa mutairi mutombo mwangi myers naciri nadeau naidu naik nair nait najjar nakagawa nakajima
nakamura nakano nakayama nam naqvi narayanan nash nassar nasser navarro nawaz ndiaye ndlovu neagu
negri neill nelson neri neumann neves newman ngo ngono nguyen niang nicholls nichols nicholson
nicolas nielsen nieminen nieto nikitin nikolaev nikolic nilsen nilsson nishimura nistor njoroge
nkosi nkoulou nkrumah nnamdi noh nolan noonan novak novakovic novikov nowak nowakowska nowakowski
nowicki nugent nunes nunez nwachukwu nwosu obi ocampo ochieng odhiambo ofori ogawa ogilvie ogunbiyi
ogunleye okada okafor okamoto okeke okonjo okonkwo okoro oladipo olawale oliveira oliver olivier
oliynyk olsen olson olsson olszewski onyeka opoku oppong oprea orlando orlov ortega ortiz osborne
osei osipov osman ostrowski ota otaibi othman otieno otto ouattara ouedraogo ouellet owen owens
owusu oyelaran oyelowo ozcan ozdemir ozer ozkan ozturk pagano palmer palmieri palumbo pandey
paquette parisi parker parra parry parsons pascual pasquier patel patil patterson pavlenko pavlov
pavlovic pawar pawlak pawlowski payet payne pearce pearson pedersen peeters pellegrini pellegrino
pelletier pena peng pereira peretz perez perkins perret perrier perrin perrot perry persson peters
peterson petrenko petrov petrovic pettersen pettersson pfeiffer pham phan phelan philippe phillips
picard pichon pietrzak pillai pineau pinto piotrowski piras pires pohl poirier polat polishchuk
polyakov pons poole popa popescu popov popovic potter pottier poulain poulin poulsen powell prabhu
preda prevost prieto prins pritchard prosser przybylski qahtani qasim qin qiu quartey quaye quigley
quinn qureshi radu rafferty raghavan rahimi rahman rahmani rakoto rakotomalala ramachandran raman
ramirez ramos randhawa randria rao rashid rasmussen rasoanaivo rathore raynaud raza razafindrakoto
reddy rees regan rehman reid reilly reis remy ren renard renaud restrepo rey reyes reynaud reynolds
rezaei ribeiro ricci richard richards richardson richter riley rinaldi riou riva rivera riviere
rizvi rizzi rizzo robert roberts robertson robinson robson rocha rodrigues rodriguez roger rogers
rojas rolland romano romanov romero roques rosa rosenberg ross rossetti rossi rossignol roth rourke
rousseau roussel rowe roy royer rubio rudenko ruggiero ruiz russell russo rusu rutkowski ryan saad
saadi sadeghi sadowski saez sahin sahota saidi saini saito sakai sakamoto sala salah salazar saleh
salem sanchez sanders sandhu sandoval sandu sangare sanna santana santiago santis santoro santos
sanz sarkar sarpong sarr sartori sasaki sato sauer saunders savchenko sawadogo sawicki saxena sayed
scanlon schafer schmid schmidt schmitt schmitz schneider scholten scholz schouten schreiber
schroder schubert schulte schulz schulze schumacher schuster schwarz scott sebti seck seguin seidel
semenov seo sergeev serra serrano sethi shah shami shammari shanahan sharma shaw shea sheehan
shehri sheikh shen sheppard sheridan shetty shevchenko shevchuk shi shibata shimizu shin shinde
shirazi shukla siddiqui sidhu sidibe sidorov sikora sikorski silva silvestri sim simard simmons
simoes simon simpson simsek sinclair singh sithole slater slimani smet smirnov smit smith smits
snyder soares sobczak sokolov sokolowski soler soloviev sommer sorensen soriano sorokin sorrentino
soto sousa sow spencer srinivasan srivastava stan stanciu stein stepanov stephens stephenson
stepien stevens stevenson stewart stoica stojanovic suarez subramanian sullivan sutton suzuki
svensson sweeney sylla szczepanski szewczyk szulc szymanski szymczak tahri takada takagi takahashi
takeuchi tamimi tamura tanaka tang tanguy taniguchi tarasov tavares taylor tazi tchoupo tehrani
teixeira tessier testa tetteh texier thakur thiam thibault thierry thomas thompson thomson tian
tierney tikhonov titov tiwari tkachenko todd todorovic toma tomaszewski toole torres toure trabelsi
tran traore tremblay trinh tripathi trivedi truong tsang tshibangu tshisekedi tucker tudor turan
turner uchida uddin ueda unal urbanski urquhart vaillant valentini valette vallee vallet vargas
vasiliev vasquez vasseur vaughan vazquez veen veenstra vega velasco ven venkatesan venkatesh
verdier verhoeven verma vermeulen vicente vidal vieira villanueva vincent vinogradov virtanen
visser vitale vitali vlasov vliet vogel vogt voicu voigt volkov vorobiev vries vukovic wada wagner
wal walczak walker wallace walsh walter walters walton wang wanjiru washington wasilewski watanabe
watkins watson watts weaver webb weber webster wei weiss werner wheeler whelan whitehead wieczorek
wijk wijngaarden wilk wilkinson willems williams williamson willis wilson winkler wisniewska
wisniewski witkowski wlodarczyk wojciechowski wojcik wolff wong woodward wouters wozniak wright
wrobel wroblewski wysocki xiao xie xiong yadav yakovlev yalcin yamada yamaguchi yamamoto yamashita
yamazaki yang yao yates yavuz yildirim yildiz yilmaz yip yokoyama yoo yoon yoshida yousafzai yousef
youssef yuan yusuf zahrani zaitsev zajac zakharov zakrzewski zalewski zawadzki zeng zeroual zhang
zhao zheng zhong zhou zhu zhukov ziani ziegler zielinska zielinski zimmermann ziolkowski zongo zou
zulu
""".split())
