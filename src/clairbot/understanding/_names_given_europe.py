"""Given names of the rest of Europe: Portuguese, Spanish, Italian, Greek; German, Dutch, Flemish,
Scandinavian, Finnish, Baltic; Polish, Czech, Slovak, Hungarian, Romanian, Ukrainian, Russian
and Balkan names, romanised without diacritics.

Part of the gazetteer of `PersonNameDetector` (see `_names_gazetteer.py`): written from
general knowledge, not derived from any name data set or evaluation data; folded (lower
case, no accents) and sorted. A name may sit in several lists.
"""

from __future__ import annotations

EUROPEAN: frozenset[str] = frozenset("""
aaliyah aart aase abilio achille achim adam adelaide adelheid adelina adelmo adnan adolfo adriaan
adrian adriana adrianna adriano adrijana afonso agata aggelos agnar agneta agnieszka agostino
agustin agustina aida ainara aino aitana aitor aivar aivars akos alba albert alberto albina albrecht
alcino alda aldo alejandra alejandro aleksandar aleksander aleksandr aleksandra aleksei aleksey
aleksi aleksy alen alenka alessandra alessandro alessia alessio alexander alexandr alexandra
alexandros alexandru alexei alexey alf alfio alfonso alfredo algirdas alicia alicja alighiero alin
alina alisa allegra alma almira almudena alois alvaro alyona amador amalia amaury amedeo amela
amelia amelie americo amerigo amir amparo ana anabel anabela anamaria anastasia anastasios
anastasiya anatol anatolii anatoliy anatoly anca anda anders anderson andra andras andrea andreas
andreea andrei andrej andres andreu andrey andrii andris andriy andrzej anel aneta anette anfisa
angela angelika angeliki angelina angelo anhelina aniela aniko anisoara anita anja anke ankica anna
annalisa annamaria annegret anneke anneli annelies anneliese annemarie annemiek annette annika anouk
anselm anselmo anton antonela antonella antoni antonia antonietta antonina antonino antonio antonis
antti anu aoi apolline apostolos arantxa aranzazu ariadna arianna arina aristotelis arjen arkadiusz
arkadiy arkady armando armin armindo arnaldo arnd arne aron arsenii artem artur arturo arturs artyom
arunas arvid asbjorn asia asmir assunta astrid astride asuncion athanasios attila audrius augusto
aurel aurelia aurelio aurora axel azucena balazs baltasar barbara barbel barbora bart bartek
bartlomiej bartolome bartosz bas basia bastiaan bastian beata beatriz begona bela belma bence
benedek benedetta benedetto benedikt bengt benito berit bernardo bernd bert bettina bianca birger
birgit birgitta bjarne bjorn blanca blazej bogdan bogdana bogumila boguslaw bohdan bohumil bojan
bojana borghild boris borislav borja borys botond boyan bozena bozidar bram branislav branko bregje
brigitta brigitte britt britta bronislaw bronislawa bror bruna bruno burkhard caetano cai camelia
camila camilla candela carina carla carles carlo carlota carlotta carmela carmen carolina carsten
casimiro cassio catalin catalina catarina caterina cayetana cecil cecilia cees celia celina celso
cesar cesare cezary charalampos chiara christa christoph christos chrysa cidalia cinzia ciprian ciro
clara clarence claudia claudio claudiu conceicao concepcion concetta constantin constantina consuelo
coralie corina cornel cornelia corrado cosimo cosmin cosmina costanza costel costin covadonga cristi
cristian cristiano cristina cristobal csaba custodio czeslaw daan dace daciana dag dagmar dagny
dalma damian damiano damir damla dan dana daniel daniela daniele daniil danila dante danuta danylo
daria darija dario darius dariusz dariya darya daryna david davide davor dawid debora dejan dejana
delia delphine demetrios denis denisa denys deshawn desislava despina detlef dewi diana diego dieter
dietmar dietrich dimitar dimitra dimitrios dimitris dina dino diogo dirk dmitri dmitrii dmitriy
dmitry dmytro dobromir doina dolores domenico domingo dominik dominika donatella donato dora dorin
dorina doris dorota dorothea dragan dragana dragos drazen dries duarte dumitru dusan dusanka ebba
ecaterina edda edgars edin edit edite edoardo edson eduard eduarda eduardo edvard edyta eero eetu
efim efrain efthymios egle egor einar eino eirik eirini ekaterina ekkehard elbert eleazar eleftheria
eleftherios elena eleni eleonora elfriede elia elias elif elin elina elisa elisabete elisabeth
elisabetta eliska elizaveta elke ellen eloy els elsa elvir elvira elvis elzbieta emanuel emanuele
emiel emil emilia emiliano emilio emina emir emma emmanuella encarnacion enes eniko enric enrica
enrico enrique enza erich erik erika erkki erland erminia ernesto ernst erwin eryk erzsebet
esmeralda espen esperanza esteban estefania estevao esther eszter ettore eugen eugenia eugenie
eugenio eulalia eusebio eva evangelia evangelos evelina evert evgenia evgeniy evgeniya evgeny evi
ewa ewald ewelina fabian fabiana fabio fabiola fabrizio falk fatima fausto federica federico fedir
fedor felicia felicja felipe felisberto felix femke fenna ferdinando ferenc fermin fernanda fernando
filip filipa filippa filippo filomena fiorella flavia flavio flaviu florencia florian florica florin
florina fotini fotis francesca francesco francine francisca francisco franciszek franco frank frans
frantisek franz franziska frauke fredrik freek frida frieda friedrich frits fritz fyodor gabi gabor
gabriel gabriela gabriele gaelle gaetano gaia galina gard gaspar gatis gediminas geert geir gelu
gema gennadiy gennady gennaro genowefa george georgeta georgi georgia georgiana georgios georgiy
gerard gerardo gerd gerda gergana gergely gerhard german gernot gerrit gert gert-jan gertrud
gheorghe giacinto giacomo giada gian giancarlo gianfranco gianluca gianluigi gianmarco gianni
giannis giedre gigel gijs gilberto gilda ginevra gino giordano giorgia giorgio giorgos giovanna
giovanni girolamo gisela gisle giulia giuliana giuliano giulio giuseppe giustina gizella gleb gloria
gokhan goncalo gonzalo goran gordana gorka gosia gottfried graca graziella grazyna gregor gregorio
greta grigoriy grigory gry grzegorz guadalupe gudmundur gudrun guido guilherme gunnar gunnhild
gunter gunther guri gustav gustavo gyorgy gyula hajnalka hakon halina halvard halvor halyna hana
hanna hanne hanneke hannelore hannes hans harald hartmut hector hedda hedwig hege heidi heike heikki
heiko heinrich heinz helder helena helene helga heli helmut helmuth heloisa hendrik henk henning
henrik henrique henryk herbert hermann herminia hieronim hilde hildegard hjalmar hlib holger horacio
horatiu horia horst hortense hristo hrvoje hubert hugo humberto ida idalina idun ieva iga ignacio
ignacy ignazio igor iida ilaria ilda ildiko ileana ilkka illia ilona ilse ilya ilze imani immacolata
imre ines inese inga inge ingeborg inger ingo ingrid inigo inmaculada inna innokentiy ioan ioana
ioanna ioannis ion ionel ionela ionut ippolito irena irene irina irmgard irmina iryna isaac isabel
isabella isaura isidro ismael istvan italo itzel itziar iulia iulian iuliana ivan ivana ivaylo ivica
ivona ivone iwona izabela jaan jaap jacek jacinto jadranka jadwiga jaime jakub jan jan-willem jana
janina janis janne janneke jannik janos janusz jari jarl jarmo jaroslav jaroslaw jaroslawa jasmina
jasna jasper jaume javier jazmin jelena jelle jens jeremias jeroen jerzy jesper jesus jimena
jindrich jiri joachim joana joanna joao joaquim joaquin joaquina jochen joel joep joerg johan johann
johanne johannes jola jolanta jon jonas joni jonna joost jordi jorg jorge jorgen jorien joris jorunn
jos jose josef josefa josefina josep josip jost josue jovana jozef jozsef juan juana judit juergen
juha jukka julia julian juliana julianna julio jurgen jurgita juris jussi justyna jutta kaarina
kacper kadri kai kaido kaisa kajetan kalev kalle kalliopi kaloyan kamil kamila kari karin karl karol
karolina karsten kasia kasper kata katalin katarina katarzyna katerina kateryna katharina kathrin
katja katrin katya kazimiera kazimierz kees keisha kenan kersti kerstin kestutis kevin khrystyna
kimmo kinga kira kirill kirsi kirsten kjell kjersti klaas klara klas klaudia klaus knut koen konrad
konstancja konstantin konstantina konstantinos kostas kostya krasimir kristaps kristian kristijan
kristin kristine kristjan kristof kristyna krisztian krisztina krystian krystyna krzysztof ksenia
kseniya kuba kurt kyriakos kyrylo laia laila lajos lamberto lara larisa lars larysa lasse laszlo
latoya laura laurens laurentiu lauri laurinda lavinia lea leandro lech leena lefteris leif leire
lejla lena leni lenka lennart lenuta leocadia leokadia leon leonardo leonel leonid leonor lesia
lesya leszek leticia letizia lev levente lidia lieke lieve liga liina liis lili liliia liliya lina
line linn linnea lino lisa lisbeth liv livia liviu ljiljana ljubica lola loredana lorena lorenzo
lothar lotte lourdes lourenco luana luca lucas lucia lucian luciana luciano lucie lucio lucja
ludmila ludovica ludwig ludwik luigi luis luisa luka lukas lukasz luminita lurdes lutz luuk lyuba
lyubomir lyubov lyudmila lyudmyla maaike maarit maarja maarten macarena maciej madalena madalina
magdalena magne magnus maja makar maksym malgorzata malin manfred manlio mantas manuel manuela
marcel marcela marcell marcella marcello marcelo marcia marcial marcin marco marcos mareike marek
maren margareta margarete margarida margarita margherita margit margrethe margus maria marian
mariana mariangela marianna marianne mariano marie marieke mariela marija marijke marina mario maris
marisa marisol marit marius mariusz mariya marjatta marjolein marketa markku marko markus marlene
marlies marloes mart marta marteen martha martijn martin martina marton marzena marzia masha
massimiliano massimo mate mateo mateus mateusz mathias mathilde matias matilda matilde mats matteo
matthias mattia matvey matvii matyas mauricio maurizio maurycy maxim maximilian maximo meelis mees
melanie merce mercedes merel merete merike mette michael michaela michal michalis michela michele
michiel mieczyslaw mieke miguel mihaela mihai mihaita mihaly mikael mikhail mikko miklos mikolaj
milagros milan milana milen milena milica miljana milorad milos mindaugas minna miodrag mircea
mirela mirella miren mirjam mirjana mirko miroslav miroslava miroslaw miroslawa miruna mirza misha
mladen modesto moises monica monika monique montse montserrat moritz morten mykhailo mykola myroslav
nadezhda nadia nadiia nadine nadiya nadja nadya nandor nastya natalia natalya natasa natasha nayeli
nazar nazzareno nedim nektarios nel nelson nemanja nenad nerea nevena nicola nicolae nicolas nicole
nicoleta nicoletta nicolo nicu niek niels nienke niina nikita niklas nikola nikolai nikolaos nikolay
nikolina nikos nils nina nino noelia noemi noemia noor nora norbert nuno nuria oana octavia octavian
octavio oddvar oksana ola olaf olafur oleg oleh oleksandr oleksandra oleksii oleksiy olena olga olha
olivia oliwer oliwia olli olof ondrej oriol orlando ornella orsola orsolya ortwin oskar ostap
osvaldo otilia ottavio otto otylia outi ovidiu oxana oystein paavo pablo paivi palmira panagiota
panagiotis panos paola paolo paraskevi pascal pascual pasha pasquale patricia patricio patrizia
patrycja patryk paul paula paulina paulo pavel pavla pavlos pawel paz pedro pekka pentti pernille
petar peter petr petra petrica petro petros petru petya philipp pierluigi piero pierpaolo pieter
pietra pietro pilar pim pina piotr piret pirjo piroska plamen platon polina predrag priit priscila
przemek przemyslaw purificacion pyotr quim quiteria radek radka radmila radoslaw radu rafael rafaela
rafal raffaele ragnar ragnhild raimo raimondo raimonds rainer raisa ralf raluca ramiro ramon ramona
randi ranko raquel rasmus raul razvan regina reijo reinhard reinhold reka remus renata renate renato
rens renzo reyes rianne ricard ricardo riccardo rick rigoberto riikka rik rinaldo rino rita rob
robbert roberta roberto rocco rocio rodion rodrigo roel rogelio rogerio roksana roland rolf roman
romano romina roos rosa rosalia rosalina rosanna rosaria rosario rosemarie rositsa rossana roxana
rozalia rozsa ruben rudiger rudolf rui rumen runa rune ruslan ruta rute rutger ruth ruud ryszard
saar sabina sabine sabrina saga salvador salvatore sami samuel samuele sander sandor sandra sandro
sanja sanna sanne santa santiago santo sara sari sasa sasha saskia satu saulius saverio savva savvas
sebastian sebastiano sebastiao selma sem semen semyon senad seppo serafin serena sergei sergey
sergii sergio sergiu serguei serhiy seryozha seweryn siegfried sieglinde sigrid sigridur sigurd
sigurdur siim silje silke silvana silvia silvio silviu silviya simao simona simone sindre sinead
siobhan siri sirpa sjoerd sladjana slavica slawomir slobodan snezana snezhana snorre sofia sofiia
sofya solomiia solomiya solveig sonia sonja sophie sorin sorina sota sotiris spomenka spyros srdjan
stanislav stanislava stanislaw stanko stas stavros stefan stefania stefanie stefano steffen steinar
stela stelios stella stepan stephan stian stig stijn stoyan sune sunniva susana susanne svein sven
svenja svetla svetlana svetozar sveva sviatoslav svitlana sybille sylwia synnove szabolcs szilvia
szymon tadeusz taisia taisiya takashi tamara tamas tanja tanya tapio taras tarja tatiana teemu telmo
teodor teodora teodoro teresa tereza terje tero tetyana thanasis thea theo theodoros thiago thijs
thilo thor thorbjorn thorsten tiago tibor tihomir tiina tiit tijana tijs til tilman tim timea timo
timofey timur tiziana tiziano tobias todor tom tomas tomasz tomek tomislav tommaso tone toni toomas
torbjorn torsten torunn tove trinidad trond trygve tsvetan tsvetelina tudor tudora tunde tuomas
tuomo turid tuula tuuli tuva tymofii tymon udo ulf uliana ulises ulla ulrich ulrik ulrike ulyana
umberto unai urmas ursula urszula ute uwe vaclav vadim vadym vaida valentin valentina valeria
valerio valeriu valeriya valery valter vanda vanderlei vanessa vanna vanya varvara vasco vasil
vasile vasileios vasiliki vasilis vasilisa vasiliy vasily vassilis vasyl vegard veikko veljko
veniamin vera veronica veronika vesa vesela veselin vesna vicenta vicente victoria vidar viggo
viktor viktoria viktoriya vilde vilja vilma vilmos vincenzo vinicius viola violeta viorel viorica
vira virgil virgilio virginia vitalii vitaliy vitaly vito vitor vitoria vittorio vitya viviana vlad
vladimir vladislav vojtech volker volodymyr vova vsevolod vyacheslav vytautas wagner walter waltraud
wanda wawrzyniec wellington wenche wendelin werner weronika wessel wiebke wieslaw wiktor wiktoria
wilco wilfried wilhelm wilhelmina willem willemijn wim winfried witold wladyslaw wlodzimierz
wojciech wojtek wolfgang wolfram wout wouter xavi xavier xenia xochitl yago yakov yana yara yaroslav
yegor yekaterina yelena yesenia yevgeniy yevgeny yevhen yevheniia yevheniya yiannis ylva yolanda
yordan yulia yuliya yuri yuriy yvonne zaira zakhar zamfira zane zbigniew zdenek zdzislaw zeljko
zenobia zenon zhanna zhenya zivile zlata zlatan zlatko zoe zofia zoltan zoran zorana zoryana zoya
zsofi zsofia zsolt zsuzsa zsuzsanna zuzana zuzanna zuzia zvonimir zygmunt
""".split()) | frozenset(
    # the names of the Río de la Plata (Argentina, Uruguay), added in the thirty-first round
    "bautista benicio facundo lautaro nahuel santino".split())
