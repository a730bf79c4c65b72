"""Given names borne almost only by one gender: folded (lower case, no accents), sorted.

Written from general knowledge of naming in France, Belgium, Switzerland, Québec, the English-
speaking countries and the origins common among people living there; not derived from any
name data set or evaluation data. Epicene and mixed names ("Claude", "Camille", "Sasha", "Jean")
are left out on purpose. Used only to protect: to tell when a message's writer mentions a
partner of their own gender (sexual orientation, a GDPR special category to be masked), never
to record or show anyone's gender.
"""

from __future__ import annotations

MASCULINE: frozenset[str] = frozenset("""
aamir aarav aaron abdallah abdel abdelali abdelatif abdelaziz abdelghani abdelhak abdelhamid
abdelilah abdelkader abdelkrim abdellah abdelmajid abdelmalek abdennour abderrahmane abdeslam abdi
abdirahman abdou abdoulaye abdulaziz abdullah abdullahi abdulrahman abebe abel abhinav abhishek
ablaye aboubacar abraham achille achilleas achraf adam adel adewale aditya adnan adolfo adolphe
adrian adriano adrien aengus afonso afshin agostino agustin ahmad ahmed ahmet aidan aitor ajay
akash akbar ake akram aksel akshay alain alamgir alan alasdair alassane alastair alban albert
alberto albin aldo aled alejandro aleksandar aleksander aleksandr aleksei aleksi alessandro alessio
alexander alexandre alexandros alexandru alexei alexey alf alfie alfonso alfred alfredo ali aliou
alioune alistair allan allen alois alonso alonzo alparslan alper alphonse alvaro amadou amaury
ambroise ambrose amedee amedeo amin amine aminul amir amitabh amjad ammar amr anand anas anastasios
anatole anatoly ander anders anderson andre andreas andrei andres andrew andrey andriy andrzej
angelo angelos angus anibal anil anirudh anis ankit anselme ante anthony antoine anton antonello
antoni antonin antonio antonis antti anuj anwar apollinaire apostolos arash archibald archie arda
ari arie aristide aristotelis arjen arjun arkadiusz arkady arman armand armando armel armin arnaud
arne arnold arnout arsene arseny arshad artem arthur arto artur arturo artyom arun arvind aryan asad
asger ashish ashkan ashok ashraf ashraful ashwin asier asif aslam athanasios atif auguste augustin
aurel aurelien aurelio austin avraham axel ayaan ayman aymen aymeric ayoub aziz azzedine babacar
babak babar babatunde bachir badr bahram bakary balaji baltasar baptiste baraka barry bart
barthelemy
bartlomiej bartosz bas basil basile bassam bassem bastian bastien batuhan baudouin bautista bavo baz
behnam behrouz belkacem ben benedict benedikt bengt
benicio benito benjamin benno benoit berk berkay
bernard bernardo bernd bernhard bert berthold bertrand biagio bilal bjorn blaise blas bogdan
boguslaw bohdan bohumil bojan bongani boris borislav borja boualem boubacar bradley brahim bram
brandon branko brendan brent brett brian brice brieuc brody bronislaw bruce bruno bryan bryce
bryson burak byron caio caleb callum calogero calum calvin camilo carl carlo carlos carmine carsten
catalin cathal cecil cedric celestin cem cengiz cesar cesare cezar chad chafik chakib charalambos
charles cheick cheikh cherif chester chetan chidi chinedu christian christoforos christoph
christophe
christopher christos chukwudi chukwuemeka ciaran cillian ciprian ciro clark claudio claudiu clement
clifford clint clinton clive clovis clyde colin colm colton conall connor conor conrad constantin
constantinos cooper corentin cormac cornel cornelis cornelius corrado cosimo cosmin costel costin
craig cristian cristiano cristobal cuong curtis cyprien cyril cyrille cyrus czeslaw daan dafydd
damian damiano damien damon dan daniel daniil dario darius dariush dariusz darko darnell darragh
darrell darren darryl dashawn dave davi david davide davor dawei dawid dawit daz dean deandre declan
deepak dejan demba demetrius denis dennis derek dermot derrick deshawn desmond detlef devendra
dexter dharmendra dhruv diarmuid didier diederik diego dieter dietrich dimitar dimitri dimitrios
dimitris dinesh diogo dionysios dirk djamel djilali dmitri dmitry dmytro dogan domenico domingo
dominic dominik donal donald donat donatien donovan dorian dorin doru douglas dragan dragomir
dragos dramane dries driss duarte duc dumitru duncan dusan dustin dwayne dwight eamon eamonn earl
easton eberhard eckart eckhard edgar edmond edmund edoardo edouard edson eduardo edward edwin eero
eetu efe efrain efstathios egon egor ehsan einar eino eitan elbert eli elias elie elijah elio
eliseo eliyahu elmer eloi elvis emanuele emeka emerson emil emile emiliano emilien emilio emin emir
emmanouil emmanuel emmett emre emrys enes engin enrico enrique enzo eoin ercan erdogan erhan eric
erich erik erkan ernest ernesto ernst erwan erwann erwin esben eskil espen esteban ethan etienne
ettore euan eugen eugene eugenio eugeniusz evan evangelos everett evert everton evgeny evrard ewald
ewan ewen eyal ezequiel ezra fabian fabien fabio fabrice fabricio fabrizio facundo fadi fady fahad
fahd faisal fares farhad farid farshid fatih fausto faycal federico felipe felix femi ferdinand
fergal
fergus fernand fernando fethi fiachra fidel filip filipe filippo finn fionn fiorenzo firas firmin
flavio florent florian florin floris floyd fode fotis fouad francesco francis francisco franciszek
franck franco francois frank franklin frantisek franz fraser fred frederic frederick frederik
fredrik freek friedrich frits fritz fulbert fulvio furkan fynn fyodor gabin gabriel gael gaetan
gaetano ganesh gareth garrett garry gary gaspard gaston gaurav gautam gauthier gautier gauvain gav
gavin gaz gebhard geert geir gennady gennaro geoffrey geoffroy georg george georges georgi georgios
georgy gerald gerard gerardo gerhard germain gernot gerold gerrit gert gethin ghani ghassan
gheorghe ghislain ghulam giacomo giampaolo giancarlo gianfranco gianluca gianmarco gianni giannis
gianpiero gideon gijs gilad gilbert gilberto gildas gilles gino gioele giordano giorgio giorgos
giovanni girish girma giuliano giulio giuseppe gleb godefroy gokhan goncalo gonzague gonzalo gopal
goran gordon gorka gottfried goulven graeme graham grant grayson greg gregoire gregor gregorio
gregory grigore grigoris grigory grzegorz gudmund guido guilherme guillaume guillermo gunnar gunter
gunther guoqiang gurkan gustav gustave gustavo guus guy gwenael haakon habib habibur hachemi hadi
hafid hagen haider haitham hakan hakim hakon haldor halil halvard hamad hamdi hamed hamid hamish
hamoud hampus hamza hank hannes hanno hannu hans hansjorg hany haoran haoyu haralambos harald hari
harish harold haroon haroun harri harrison harry hartmut harvey hasan hassan hatem haytham hazem
hector heikki heiko hein heinrich heinz heitor helge
helio helmut hemant hemi hendrik henk henri henrik
henrique henry henryk herbert heribert herman hermann hernan herve hesham hicham hichem hidde
hilaire hilario hippolyte hisham hocine holger homer
hone honore hooman horace horacio horia horst hosni
hossein houcine houman houssam howard hristo hrvoje hubert hugh hugo hugues hulusi humberto
humphrey huseyin hussam hussein huub huw huy ian ibrahim ibrahima ido idriss idrissa ieuan ifeanyi
ignace
ignacio ignacy ignazio igor ikechukwu ikenna iker ilan ilhan ilias ilie ilker ilkka ilya ilyas
ilyes imad
imran inaki ingo ingvar inigo innokenty ioannis ion ionel ionut iqbal ireneusz irfan irving isaac
isaiah isak ishaan isidore isidro ismael ismail issa issam itai itay iulian ivan ivano ivar ivaylo
ivica iwan jaap jabulani jace jacek jacinto jack jacob jacobo jacobus jacques jad jagdish jahangir
jair jairo jake jakez jakob jakub jalal jamal jamar jamel james jamil jannik janusz jared jari
jarmo jaromir jaroslav jaroslaw jason jasper jatin javad javed javier jawad jaxon jaxson jayant
jean-baptiste jean-bernard jean-charles jean-christophe jean-claude jean-daniel jean-eudes
jean-francois jean-guy jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel jean-noel
jean-paul jean-philippe jean-pierre jean-sebastien jean-yves jedrzej jef jeff jefferson jeffery
jeffrey jelle jens jeremiah jeremie jeremy jermaine jeroen jerome jeronimo jerry jerzy jesper jesse
jesus jiahao jianguo jianjun jim jimmy jindrich jiri joachim joakim joao joaquim joaquin jochem
jochen joe joel joerg johan johann johannes john johnny jon jonah jonas jonatan jonathan jonathon
joost jordy jorg jorge jorgen joris jorn jorrit jose joseba josef joseph josh joshua josiah josip
josselin josue jovan jozef juan juergen juha jukka jules julian juliano julien julio juma junaid
junjie jurandir jurgen jurriaan jussi justin kaan kabelo
kacper kader kadir kalle kamal kamau kamel kamil
kamran
kamrul karan karel karim karl kartik kashif kaspar kasper kaveh kayode kazimierz kees keith kelvin
kemal
ken kenan kenneth kenzo kerem keshawn kev kevin keyvan khaled khalid khalifa khalil khoa khurram
kieran
kiet kilian killian kimmo kingston kirill kishore kjell klaas klaus knut koen kofi kojo koldo
konrad konstantin konstantinos koray kostas kourosh krasimir kresimir kristian kristoffer krystian
krzysztof kuba kumar kunal kurt kwabena kwaku kwame kwesi kyle kylian kyriakos lachlan ladislav
lahcen lakhdar lalit lamar lamberto lamine lamont lance landon larbi larry lars lassana lasse
laurens laurent laurentiu lauri lauro lautaro lawrence lazar lazare leandre leandro lech lefteris
leif lennard lennart lenny leo leon leonard leonardo leonce leoncio leone leonel leonhard leonid
leonidas leopold leroy lester leszek levent levi lewis liam libor lieven lincoln linus lionel
lisandro liviu llewellyn lloyd lodewijk loic loig lorcan lorenzo loris lotfi lothar louis lounes
luan lubomir lubos luc luca lucas lucian luciano lucien lucio ludger ludovic ludovico ludovit
ludvig
ludwig luigi luis luka lukas lukasz luke luther lutz luuk lyes lyle maarten maciej madani madhav
madjid mael magdy magnus mahamadou mahbub mahdi mahendra maher mahesh mahfoud mahmood mahmoud
mahmut majed majid maksim malcolm malek malick malik malo malte mamadi mamadou mamun mandla manfred
manish manohar manoj manolis mansour manuel marc marceau marcel marcelin marcelino marcello marcelo
marcial marcin marcio marco marcos marcus marek mariano mario marios marius mariusz mark markku
marko markus marlon marnix marouane marquis marshall marten martial martijn martin martino marvin
marwan mason masoud massimiliano massimo masud matei matej mateo mateus mateusz matheo matheus
mathias mathieu mathijs mathis mathys matias matiu
mats matt matteo mattheo matthew matthias matthieu
matti mattia matvei maurice mauricio maurizio mauro max maxence maximilian maximiliano maximilien
maximo mazen mbaye mehdi mehmet mehran mehrdad meinrad melvin menachem menno mert messaoud mesut
metin michael michalis michel michelangelo michiel mick
mickael miguel mihai mihail mikael mikaere mike
mikel mikhail mikkel mikko milad milan milos milton mircea mirko miroslav miroslaw mitchell mithat
mizanur mladen moataz modou mohamed mohammad mohammed mohamud mohan mohand mohannad mohsen moises
mokhtar mordechai moritz morris morten mortimer moshe mostafa mouloud mounir mourad moussa moustafa
moustapha mthunzi mubarak mucahit muhammad muhammed
muhammet muhannad mukesh mulugeta muneeb munir murat
murdo murray musa mustafa mustapha mykhailo mykola nabil nacer nadav nadeem nader nadir nadjib nael
naguib nahuel naim narendra naresh nasir nasser nassim nathan nathanael nathaniel nauman naveed
naveen navid nawaf nazrul nebojsa necati necmettin ned neil nektarios nelson nemanja nenad nestor
neville nghia niall nicanor niccolo nicholas nick
nicolae nicolas niels nigel nihat nikau nikhil niklas
nikolai nikolaos nikolay nikos nils nitin nizar nnamdi noah noe noel nolan norbert norberto nordine
norman normand noureddine nourredine nuno nunzio nuri obinna ochieng octave octavian octavio
odhiambo odhran odilon odysseas oguz oisin okan oktay olaf ole oleg oleksandr oliver olivier olle
olli olof olumide olusegun oluwaseun omar omer omid omkar omondi ondrej onesime onni onur orazio
oren oreste orhan orlando
osama oscar oskar osman osvaldo oswald otavio othmane otieno otis otmar ottavio ottmar otto oumar
ousmane oussama ousseynou ove ovidiu owain owen oyvind ozan pablo paco pacome padraig panagiotis
pancho pankaj pantelis paolo pape parviz pascal pascual pasi pasquale patrice patricio patrick
patrizio patryk paul paulin paulo pavan pavel pavlos pawel payam pedro pekka pelle pepe percy
periklis peter petr petri petro petros petru peyman philibert philip philipp philippe phillip phuc
pierluigi piero pierpaolo pierre pierrick pieter pieterjan
pietro pim piotr pita piyush plamen porfirio
pouya pradeep prakash pramod pranav prashant pratik preben predrag preston prosper przemyslaw pyotr
qasim qiang quang quentin rabah rabie rabih rachid radek radim radoslaw radovan radu raed rafael
rafal raffaele rafik rafiq rafiqul raghav ragnar rahim rahul raimo raimundo rainer raj rajendra
rajesh rajiv rakesh ralf ralph ramazan ramesh rami ramin ramiro ramon ramy ramzi randall randy
ranjit raoul raphael rashad rashid rasmus raul ravi rawiri rayan raymond raynald razvan recep reda
redouane reginald regis rehan reid reinaldo reiner reinhard reinhold reinier rejean remi remigiusz
remus remy renato renaud renzo reto reuben rex reyansh reynald reza rezaul rhys riad ricardo
riccardo richard rick ridha ridvan rigoberto rik rinaldo riyad rizwan rob robbert robert roberto
rocco rodney rodolfo rodolphe rodrigo rodrigue roel rogelio roger rogerio rohan rohit roland
rolando rolf romain romano romaric romario romeo ron ronald ronaldo ronan ronen roscoe ross
rostislav roy ruairi ruben rubens rudiger rudolf rudy rufus rui rune rupert ruslan russell rutger
ruud ryan ryder ryszard saad sabatino saber sabri sachin sadek sadik saeed sahin said saiful sajid
salah saleem saleh salem salif salih salim salman salvador salvatore samba sameer sameh samer samir
samuel samuele samy sandeep sander sandile sandro sanjay
sanjeev sanjiv santiago santino santo santosh
saqib sarfraz satish saud saul saurabh saverio scott seamus sean seb sebastian sebastiano sebastiao
sebastien sedat seddik segun sekou selcuk selim sem
semih semisi semyon senan senne sepp seppe seppo
serdar serge sergei sergey sergio sergiu serhiy serigne serkan seth severin severino seydou shafiq
shahid shahidul shahram shahzad shakeel shakil shane shankar shashank shaun shekhar sherif sherman
shlomo shmuel shoaib shyam siavash sibusiso siddharth sidiki siegfried siem sietse sigmund sigurd
sigurdur silas silvio silviu simon sinan sindre
sione sipho sizwe sjoerd slawomir slimane slobodan smail sofian
sofiane sohail sohel sokratis soren sorin soroush sotiris soufiane souleymane spencer spyridon
spyros srdan stanislas stanislav stanislaw stanley stavros stefan stefano stefanos steffen steinar
stelios stellan sten stepan stephane stephen steve steven stewart stig stijn stoyan stuart subhash
sudhir sukhdev sukru suleyman sumit sunil suresh sushil svatopluk sven sverre svyatoslav sylvain
sylvester sylvestre sylvio szymon tadeo tadeusz tadhg
taha tahar tahir talal talha tamati tamer tamim tane
taner tanguy tanner tanveer tanvir tapio taras tarek tarik tariq tarkan tarun tayeb tayfun ted
teddy teemu teodor teodoro teofilo terence terje
terrell tesfaye teun tevita thabo thaddeus thanasis thang
themba theo theodore theodoros theophile thiago thibault thibaut thierry thijs thomas thor thorsten
thorvald tiago tiberiu tibor tilman tim timeo timo timothee timothy timur tiziano tjeerd toan
tobias toby todd todor tolga tom tomas tomasi
tomasz tomer tomislav tommaso tommy tonino tony toon tor
torben torbjorn torstein torsten toufik traian travis tremaine trevon trevor tristan trond troy
trung tuan tucker tudal tudor tugdual tullio tuncay tunde tuomas turgay turki tushar tuukka twan
tyrell tyrone uday udo ueli ufuk ugo ulf ulises ulrich ulysse ulysses umair umar umberto umesh unai
urbain uri uros urs usman uwe vaclav vadim vahid vaibhav valentin valentino valerio valter varun
vasile vasileios vasilis vasily vasyl vedran vegard veli venkat vernon veselin vicente victor vidar
viet vihaan vijay vijendra vikas vikram viktor
vilhelm viliami ville vinay vince vincent vincenzo vineet
vinh vinicius vinod viorel vipul virender virgil virgile virgilio vishal vitaly vito vitor vittorio
vivek vlad vladan vladimir vladislav vojislav vojtech volkan volker volkmar volodymyr vsevolod
vyacheslav wael wahid waldemar waleed walid wallace walter wanderley wannes waqar waqas warren
waseem wasim wassim wayne weidong wellington wenceslao wendelin wendell werner wesley wessel weston
wieslaw wigbert wijnand wiktor wilbur wilfred wilfredo wilfried wilhelm willard willem willi
william willian wilson wim winston wiremu witold
wladyslaw wojciech wolf wolfgang wolfram wout wouter
wyatt xabier xavier xiaoming yaakov yacine yago yahia yahya yakov yakup yalcin yanis yann yannick
yannig yannis yaroslav yash yasin yasir yasser yassine yassir yavuz yaw yazan yazeed yazid yegor
yehuda yevgeny yiannis yigit yilmaz yisrael yitzhak yngve yoan yoann yoav yogesh yohan yohann yonas
yonatan yorgos yossi younes youssef youssouf ysbrand yunus yuriy yury yusuf yvan yves yvon yvonnick
zacarias zach zachariah zacharie zachary zack zafar zafer zahid zaid zakaria zane zayd zbigniew
zdenek zdzislaw zeeshan zeki zeljko zenon zhiqiang zhiwei ziad zihao zinedine ziyad zlatan zoheir
zoran zoubir zubair zvonimir zygmunt
""".split())
"""Given names borne almost only by men (folded)."""

FEMININE: frozenset[str] = frozenset("""
mere hana aroha moana wikitoria ngaire huia
aaliyah aarti abby abeer abena abigail achieng ada adaeze adaora adelaide adele adeline adhiambo
adina aditi adjoa adriana adrienne adwoa afaf afsaneh afua agata agatha agathe agnes agnese
agnieszka
aicha aikaterini ailsa ainara aine ainhoa aino aisha aishwarya aisling aissatou aitana akinyi
akosua akua alba albane albertine alejandra aleksandra alena alessandra alessia alexa alexandra
alexandrine alexia alice alicia alicja alienor alina aline alison alizee alka alla allison alma
alyona alyssa ama amaia amaka amalia amanda amandine amber ambre amelia amelie amina aminata amira
amna amparo amrita amy ana anaelle anahera
anais anamaria ananya anastasia anastasie anca andreea aneta
angela angele angeliki angelina angeline angelique angharad anita anja anjali anjana anke ankita
anna annabel annabelle annaig annalisa annamaria anne annegret anneli annelies anneliese annemieke
annette annick annie annika anouk antje antoinette antonella antonia antonietta aoife aparecida
aparna apolline april arabella araceli archana arezoo ariane arianna arielle arina arlette armande
armelle aroha aruna asha asli asma asmaa assia
assunta astou astrid asuncion atefeh athena athina atieno
aude audrey aurelia aurelie aurora aurore ava avigail awa awino axelle aya ayelet ayesha ayla aylin
ayse aysel aysun ayten azadeh aziza badia bahar bahia barbara basma bathilde batya beata beatrice
beatrix beatriz begona behnaz belen belinda benedetta benedicte berangere berenice bernadette
bernice berthe beth bethan bethany bettina betty beyza bhavana bhavna bianca biljana binta birgit
birgitta blanca blanche blandine blanka bozena branka brenda brianna bridget brielle brigid
brigitte britt brittany bronwen brooke bruna brune burcu buse bushra busra caitlin callie camelia
camila camilla candela candice cansu caoimhe capucine carine carla carly carmela carmen carola
carole carolina caroline carolyn carys cassandre catalina catarina caterina catherine cathy
catriona cecile cecilia celestine celia celine ceren cerys chahrazed chaima chaimae chantal
charlene charline charlotte chaya chelsea cheryl chiamaka chiara chidinma chioma chitra chloe
christa christelle christiane christina christine chrysanthi chrysoula ciara cindy claire clara
clarisse claudia claudine clea clelia clemence clementine clodagh clothilde clotilde colette coline
colleen colombe conceicao concepcion concetta conchita connie constance consuelo cora coralie
cordelia corentine corina corinne cornelia costanza coumba cristina cynthia cyrielle dafna dagmar
daisy dalia dalila damla daniela danielle danijela danuta daphne daria darlene darya dasha dawn
debbie debora deborah debra deepa deepika defne deirdre delaram delfina delilah delphine denisa
denise desislava despina dhouha diana diane diep dieynaba dijana dilara dilek dima dimitra disha
divya djamila doaa doina dolores dominika domitille donatella donna donya doris dorota dorothea
dorothee dorothy dounia dragana dulce durga duygu dvora ebba ebony ebru ecaterina ece eda edeltraud
edith edna eduarda edurne edwige edwina edyta efrat efthymia efua eglantine eija eileen eilidh
eimear eirini ekaterina ela elaine elea eleanor elena eleni eleonora eleonore elfriede elham eliana
eliane elif elin elina elinor elisa elisabeth elise eliza elizabeth elizaveta elke ella ellen ellie
elnaz elodie eloise els elsa elsie elspeth elvira elzbieta emel emeline emilia emilie emily emine
emma emmanuelle encarnacion enid enora enrica erica erika erin esi esma esperanza esra esraa
estefania estela estelle esther ethel eugenia eugenie eulalie eva evangelia eve evelyn evelyne
evgenia ewa ewelina fabiana fabienne fabiola fadila faduma fairouz faith faiza fanny farhana farida
farnaz fatemeh fatiha fatima fatma fatou fatoumata faustine fauzia federica felicity femke fenna
fereshteh feride fernanda ffion filipa filiz filomena fiona fionnuala fiorella flavie fleur flora
flore florence florencia florentina florina florine flossie folake forough foteini fouzia frances
francesca francine francisca francoise franziska frauke frederique freja freya frida frieda
friederike funmi funmilayo gabriela gabriella gabrielle gaelle gail galina galit gamze garance
garazi
garima gayatri geeta gemma genevieve georgette georgia georgiana georgina geraldine gerda gergana
germaine gertrud gertrude gesine ghada ghadeer ghalia ghania ghazal ghislaine ghizlane ghyslaine
giada gianna gillian gina ginette ginevra giorgia giovanna gisela gisele gita giulia giuliana
giuseppina gizem gladys gloria golnar golnaz gordana grace graciela grainne grazia graziella
grazyna greta gudrun guiying gul gulay gulsen gulsum gunhild gwen gwenaelle gwendoline gwendolyn
gwenola gwladys habiba hacer hadas hadeel hadjer hafsa hagar hailey hajar hakima hala haleh halima
halina halyna hana hanadi hanan hanane hande hanife hanna hannah hanne hanneke hannelore harriet
hasna hatice hattie hawa hayat hayley hayriye hazel heather heba hedvig hedwig heidi heidrun heike
helen helena helene helga helle helmi heloisa heloise henna henrietta henriette henrike hermine
hester hiba hila hilda hilde hildegard hina hind
hine hinemoa hirut hoda hodan holly homa hortense houda houria
huda huguette huifang hulya humaira huong ida idoia ifeoma ilana ilaria ileana ilham ilka ilknur
ilona ilse imane imelda immacolata imogen inaya inbal indira ineke ines inge ingeborg inger ingrid
inmaculada inna ioana ipek iqra irati irem irena irene irina iris irma irmgard iryna isabel
isabella isabelle isaline isaure isha isla isobel itziar iulia ivana iveta ivy iwona izabela
jacinthe jacqueline jade jadwiga jamila jana jane janet janice janine jannatul janneke jantine
jasmin jasmina jasmine jaya jeanette jeanine jeanne jeannette jeannine jelena jemima jenni jennifer
jenny jess jessica jihane jill jimena jitka joana joanna joanne jocelyne joelle johanna johanne
jolanda jolanta jolene josee josefina josephine josette josiane joy joyce juana judith judy julia
juliana julie julienne juliet juliette jumana justine justyna jutta jyotsna kadiatou kadidia kahina
kajal kalliopi kalpana kamala kamila kanika kaoutar karen karima karin karina karine karolina
karoline katarina katarzyna kate katell katerina kateryna katharina katherine kathleen kathryn kathy
katie katja katrien katrin katrina katya kavita kavya kawtar kayla kaylee keisha kenza keren kerstin
khadidja khadija khady kheira khloe kiara kimberly
kimia kinga kinsley kiri kirsi kirsten kirsty klara
klaudia klervi konstantina kristina kritika krystyna ksenia kubra kyriaki ladan laetitia lakeisha
lakshmi laleh lalita lamia lara larisa larissa lata latifa latisha latoya laura laure lauren
laurene laurianne laurine lavinia layla lea leah leane leanne leela leena leila leire lena lene
lenka leonie leonor leonore leontine lerato leticia letizia leyla liat libuse lidia lieke liesbeth
liesel
lieselotte ligia lihua liisa lijuan lila liliana lillian lilou lily limor lina linda lindiwe linnea
lisa lise lisette liv liya ljiljana loes lola lorea loredana lorelei lorena lorenza loretta lorna
lorraine losaline losana lotte lottie louane loubna louisa
louise louna lourdes lovisa lowri luana lubna lucette
lucia luciana lucie lucienne lucile lucille lucinda lucy lucyna ludivine ludmila ludovica luisa
luise luminita luna lurdes luz lydia lydie lyna lyne lynette lyubov lyudmila maaike maartje mabel
mabrouka madalina maddalena madeleine madelyn madhuri maelle maelys maeva maeve magali magdalena
maggie maha mahjouba mahnaz mahsa mahtab mai maialen maike mairead maisie maissa maite maiwenn maja
makayla makbule makeda malak malgorzata malika malin mamta manal mandy manisha manon manuela
marcela marceline marcelle marcia mareike margaret margareta margarida margarita margaux margherita
margot marguerite maria mariagrazia mariah mariam mariama mariana mariangela marianne maribel marie
marie-ange marie-claude marie-dominique marie-pier marieke marielle mariette marija marilena
marilyn marina marine marioara marisa mariska marisol marit mariya marjan marjolaine marjolein
marjorie marketa marlene marloes maroua marta martha marthe martina martine martyna marwa mary
maryam maryline maryse marzena masha mathilde matilda matilde maud maude maureen mauricette maxine
maya maysa meena meera megan megha mehrnaz mehwish meiling mekdes melanie mele melek melike melinda
melissa melodie melody meltem merav mercedes merel meriem merja merve meryam meryem mette mhairi
mia michela micheline michelle mieke mihaela mila milada milagros milana mildred milena milica
millie mina minna mira miranda mireille mirella miren miriam mirjam mirjana mitra mojgan mollie
molly mona monica monika monique montserrat morag morgane mouna mounia mousumi muriel mylene myriam
nabila nadege nadezhda nadia nadine nadira nafissatou nahia naila naima najat najla naledi nalini
namrata
nancy nandini naomi narges nargis nasreen nasrin nassima natacha natalia natalie natalya natasa
natasha nathalie nawal nazanin nazia naziha nazli ndeye neda neetu negar neha nele nell nelly nerea
nermin nermine nesrin nesrine nevaeh nevena nezha nga
ngaire ngozi nhi nhung nia niamh nicole nicoleta
nicoletta nicolette nidhi nienke niloufar nilufer nina nisha nisreen nita njeri nkechi nneka noelia
noelle noemi noemie noha nokuthula nolwenn nomsa nomvula nora noreen norma nouha nouria nuala nuray
nurten nyambura oana oanh oceane octavie odete odette odile ofra oksana olena olesya olga olive
olivia
oliwia olympe olympia ombeline oona ophelia ophelie oriane orla ornella osnat otilia ouarda oumaima
oumou ourania outi oya ozlem padma paige paisley paivi pallavi paloma pamela panagiota paola
paraskevi parisa parvaneh parvati pascale pascaline patricia patrizia patrycja paula paulette
paulina pauline pearl pegah peggy penelope penny pernille perrine petra philippa philippine
philomene phoebe phyllis pia pierina pierrette pilar pinar piper pippa pirjo polina polly pooja
poonam prachi preeti primrose priscila priscilla priscille priti priya priyanka pushpa quynh rabia
rachel rachida rachna radha radhika radia radka radmila rafaela raffaella ragnhild rahma raija
raisa rajni raluca ramatoulaye rana rani rania ranjana raphaelle raquel rasha rashmi rawan raymonde
razia rebecca rebekah reem regina regine regula reham rehana rejeanne rekha remedios renata renate
renee renske renu rhiannon rhonda ria riikka rikke rima rita ritu rivka riya roberta rocio rodica
rohini roisin rokeya rokhaya rokia roksana rolande romane romina romy ronit ronja roos rosa rosalba
rosalia rosalie rosalind rosana rosaria rose roseline rosemarie rosemary rosetta rosie rosine
rossana rossella roswitha rowena roxana roxane roxanne roya rozenn ruba rubina ruby ruchi rukhsana
rula rumana rumyana rupa ruqayya ruth ruthie saadet saadia sabiha sabina sabine sabrina sadia sadie
safaa safia sahar saida saima saira sakina sakshi salima sally salma salome salwa samantha samia
samina samira sana sandra sandrine sangeeta sanna sanne saoirse sapna sara sarah sari sarita sarka
saskia satu savannah savita sawsan scarlett seda seema segolene selin selina sema sepideh serap
seren serena setareh sevda severine sevgi sevil sevim shabana shabnam shahnaz shaimaa shaista
shalini shanice shaniqua shanti sharmila sharmin sharon shatha shauna shazia sheila shereen sherine
sheryl shilpa shira shirin shirley shobha shreya shruti shulamit shweta sian sibel sidonie sidra
sieglinde sienna sigal signe sigrid siham sihem silje silke silvia simin simona sinead siobhan
sirine sirpa sixtine slavica smita sneha snezana snezhana sofia sofie soizic sokhna solange soledad
solene solenne soline solveig sonal sonali songul sonia sonja sonya sophia sophie soraya sorcha
sorina sotiria souad soumaya stanislawa stavroula stefania stella stephanie stina sudha suha sujata
sukran sule sumaiya sunita susan susana susanna susannah susanne sushma suzanne suzette svenja
svetlana svitlana swati sybil sylvaine sylvette sylvia sylviane sylvie sylwia synnove tabitha
tahani tahira tahmina tahmineh tali tamar tamara tamika tammy tania tanisha tanja tanvi tanya tara
taraneh tarja taslima tasneem tatiana tatyana teodora teresa tereza tess tessa tetiana thais
thandeka thandiwe thao thelma theodora theresa therese thuy tiana tiffany tigist tiina tijana tilly
tina tineke tiphaine titilayo tiziana touria tove trang trine trisha trudy tsvetelina tuba tugba
tulay tulin tuula tuva tuyet tzipora ulla ulrike uma una ursula urszula usha ute uxue uyen uzma
vaishali valentina valeria valerie vandana vanessa vasiliki vasilisa veerle venla vera verena
veronica veronika veronique vesna victoire victoria victorine vidya vilma viola violaine violet
violeta violette viorica virginia virginie vitoria vittoria viviane vivienne wafa wafaa waltraud
wambui wanda wanjiku wanjiru warda wendy weronika wiam wiebke wijdan wiktoria willow wilma winifred
winnie wioletta xiaomei ximena xiuying yaa yagmur yamina yamini yamna yana yara yasaman yasemin
yasmeen yasmin yasmina yasmine yekaterina yelena yeliz yesenia yetunde yolanda yolande yousra yulia
yuliya yvette yvonne zahia zahra zainab zakia zanele zaneta zaynab zdenka zehra zeina zeinab zelie
zerrin zeynab zeynep zina zinaida zineb zoe zofia zohra zohreh zoi zorica zoubida zoulikha zoya
zubaida zuhal zuzana zuzanna
""".split())
"""Given names borne almost only by women (folded)."""
