"""Hand-written gazetteer of common given names for `PersonNameDetector`.

Written from general knowledge of common French, English and international given names (not
derived from any name data set or leak, and not from evaluation data). Names are stored folded
(lower case, accents stripped, as `clairbot.text.fold` returns them). Compound names
("Jean-Pierre", "Marie-Claire") are recognised from their parts, so only simple names are listed.

`AMBIGUOUS_FIRST_NAMES` are given names that are also ordinary words, months, places, brands or
software in B2B text ("Will", "May", "Rose", "Paris", "Claude", "Max", "Julia", "Noël"): they
count only when another cue confirms them (a surname after them, a title, "my name is").
"""

from __future__ import annotations

_FRENCH_FEMALE = """
adele adeline agathe agnes aimee albane albertine alexandra alexia alice aline alix allison
amandine amelie anais angele angelique anne annabelle annette annick annie antoinette apolline
ariane armelle arlette audrey aude augustine aurelie axelle beatrice benedicte berenice bernadette
berthe blandine brigitte camille capucine carine carole caroline cassandre catherine cecile
celestine celia celine chantal charlene charlotte chloe christelle christiane christine clara
clarisse claudette claudine clemence clementine clotilde colette coline coralie corinne cyrielle
danielle daphne delphine denise diane dominique edith eglantine eleonore eliane eline elisa
elisabeth elise eliette eloise elodie eloise elsa emeline emilie emma emmanuelle enora estelle
ethel eugenie eulalie eva evelyne fabienne fanny faustine felicie felicite flavie florence florine
francine francoise frederique gabrielle gaelle garance genevieve georgette germaine ghislaine
gisele gwenaelle gwendoline helene henriette heloise hortense huguette ines ingrid irene isabelle
jacqueline jeanne jeannette jeannine jocelyne joelle johanna josephine josette josiane judith julie
julienne juliette justine karine laetitia laure laurence laurene lea leane leila leonie liliane
lina lise lisette loane lola lorene lou louane louisa louise louna luce lucette lucie lucienne
lucile lucille ludivine lydie madeleine maelle maelys maeva mahaut manon marcelle margaux margot
marguerite marianne maribel marie marielle marine marion marjorie marlene marthe martine maryline
maryse mathilde maud maude mauricette melanie melina melisande melissa melodie michele micheline
michelle mireille monique morgane muriel murielle myriam nadege nadia nadine nathalie nelly nicole
nina ninon noemie noelle oceane odette odile olivia ophelie oriane paola pascale patricia paule
paulette pauline perrine pierrette priscille rachel raymonde regine renee romane rosalie roseline
rosine roxane sabine salome sandrine segolene selena servane severine sidonie simone solange solene
sonia sophie stephanie suzanne suzette sylvaine sylvie sylviane tatiana therese tiphaine valentine
valerie vanessa veronique victorine virginie viviane xaviere yolande yvette yvonne zelie zoe
"""

_FRENCH_MALE = """
achille adam adrien agathon aime alain albert alexandre alexis alfred alphonse amaury ambroise
amedee anatole andre anselme anthony antoine antonin aristide armand arnaud arsene arthur aubin
auguste augustin aurelien axel aymeric baptiste barnabe barthelemy basile bastien baudouin benoit
benjamin bernard bertrand blaise boris brice bruno calixte casimir cedric celestin cesar charles
christian christophe clement clovis come constant corentin cyprien cyril cyrille damien daniel
david denis didier dimitri donatien dorian edgar edmond edouard elie eloi emeric emile emilien
emmanuel enzo eric erwan etienne eudes eugene evan evariste fabien fabrice felicien felix
ferdinand fernand firmin florent florentin florian francis franck francois frederic gabin gabriel
gael gaetan gaspard gaston gatien gauthier gautier geoffrey geoffroy georges gerald gerard
germain gervais ghislain gilbert gildas gilles gonzague gregoire gregory guilhem guillaume
gustave gwenael hadrien henri herve hilaire hippolyte honore hubert hugo hugues ignace isidore
jacky jacques jean jeremie jeremy jerome joachim jocelyn joel jordan joseph josselin josue jules
julien justin kevin killian kylian lambert laurent leandre leo leon leonard leopold lilian lionel
loic loris lothaire louis louka luc lucas lucien ludovic maelo mael malo marc marceau marcel
marcellin marius martial martin mathias matheo mathieu mathis matthias matthieu maurice maxence
maxime maximilien medard michel mickael mikael morgan nael narcisse nathan nathanael nestor
nicolas noa noah nolan norbert octave odilon olivier oscar pacome pascal patrice patrick paul
perceval philibert philippe pierre pierrick prosper quentin rafael raoul raphael raymond regis
remi remy renaud rene richard robert robin rodolphe rodrigue roger roland romain romuald ronan
rudy ruben sacha samuel sebastien serge severin simeon simon stanislas stephane sylvain sylvestre
tanguy theo theodore theophile thibaud thibault thibaut thierry thomas timeo timothee titouan
tristan ulysse urbain valentin valere valery victor vincent virgile vivien wilfried william
xavier yann yannick yoann yohan yvan yves yvon zacharie
"""

_ENGLISH_FEMALE = """
abigail ada addison adrienne agnes aileen alana alexa alexandra alexis alice alicia alison allison
alyssa amanda amelia amy andrea angela angelina anita ann anna annabel anne annette antonia
ashley audrey barbara beatrice becky belinda bernice beth bethany betty beverly bianca bonnie
brenda brianna bridget brittany brooke caitlin candice cara carla carmen caroline carolyn cassie
catherine cathy charlene charlotte chelsea cheryl chloe christina christine cindy claire clara
claudia colleen connie courtney cynthia danielle darlene debbie deborah debra denise diana diane
donna doreen doris dorothy edith edna eileen elaine eleanor elena elise eliza elizabeth ella
ellen ellie eloise emily emma erica erin esther ethel eva evelyn fiona frances francesca gabriela
gabrielle gail gemma georgina geraldine gillian gina gladys glenda gloria gwen gwendolyn hailey
hannah harriet hazel helen helena hilary imogen irene isabel isabella isla jacqueline jane janet
janice jasmine jean jeanette jenna jennifer jenny jessica jill joan joanna joanne jocelyn
josephine joyce judith judy julia julie juliet kaitlyn karen kate katherine kathleen kathryn
kathy katie katrina kayla kelly kerry kimberly kirsten kristen kristin laura lauren leah leslie
lillian lily linda lindsay lisa lois loretta lorraine louisa louise lucy lydia lynn mabel
mackenzie madeline madison maggie mandy margaret maria marian marianne marie marilyn marion
marjorie marsha martha mary maureen megan melanie melinda melissa meredith michelle mildred
miranda molly monica nancy naomi natalie natasha nicola nicole nina nora norma olivia paige
pamela patricia paula pauline peggy phoebe phyllis priscilla rachel rebecca regina renee rhonda
rita roberta robyn rosalind rosemary roxanne ruth sabrina sally samantha sandra sara sarah
savannah shannon sharon sheila shelby shirley sienna sophia sophie stacey stella stephanie susan
suzanne sylvia tamara tammy tanya tara teresa theresa tiffany tina tracy ursula valerie vanessa
vera veronica vicky victoria vivian wanda wendy whitney yolanda yvonne zoe
"""

_ENGLISH_MALE = """
aaron adam adrian aidan alan albert alec alex alexander alfred alistair allan andrew andy angus
anthony archie arnold arthur ashton austin barry ben benjamin bernard billy blake bradley brandon
brendan brent brett brian bruce bryan caleb callum calvin cameron carl carlos cecil charles
charlie chester chris christian christopher clarence clark clifford clint clinton clive cody
colin connor craig curtis cyril dale damian damon daniel danny darren darryl dave david declan
dennis derek desmond devin dominic donald douglas duncan dustin dylan earl eddie edgar edmund
edward edwin elijah elliot elliott ellis eric ernest ethan eugene evan ezra felix fergus finn
francis fred freddie frederick gabriel gareth garry gavin geoffrey george gerald gilbert glen
glenn gordon graham grant gregory harold harrison harry harvey hayden henry herbert howard hugh
hugo iain ian isaac isaiah jacob jake jamal james jamie jared jason jasper jeffrey jeremiah jeremy
jerome jerry jesse joel john johnny jonathan jordan joseph josh joshua julian justin karl keith
kelvin kenneth kevin kieran kirk kyle larry laurence lawrence leo leon leonard leslie lewis liam
lionel logan louis lucas luke malcolm marcus mario martin marvin matthew maurice melvin michael
mitchell morgan murray nathan nathaniel neil nicholas nigel noah norman oliver oscar owen patrick
paul percy perry peter philip phillip quentin quincy ralph randall randolph raymond reginald
richard rick ricky robert rodney roger roland ronald rory ross roy rupert russell ryan samuel
scott sean sebastian seth shane shaun sidney simon spencer stanley stephen steve steven stuart
terence terrence theodore thomas timothy toby todd tommy tony travis trevor tristan troy tyler
vernon victor vincent walter warren wayne wesley wilfred william willie wyatt zachary
"""

_EUROPEAN = """
adriana agnieszka aitor alba alberto alejandra alejandro alessandra alessandro alessia alfonso
alicja alvaro amparo ana anders andrea andreas andrei andrej andrzej anette angelika anja ankica
anke annika antonio arne astrid bartosz beata benedetta birgit bjorn bogdan borja boris bozena
branko brigitta britta carina carmela carsten catalina chiara claudio consuelo constantin corina
cristian cristina dagmar daniela dario davide dejan diego dieter dimitrios dirk dolores dorota
dragan edoardo elena eleni elif elke elsa emilio enrico erik erika ernesto esperanza esteban
eugenia ewa fabio federica federico felipe fernanda fernando filip filippo franziska frida
friedrich gabor giacomo gianluca gianni giorgio giovanna giovanni giulia giulio giuseppe gonzalo
goran gorka grzegorz gudrun gunnar gunther hannes hans hanna harald heike heinrich heinz helga
helmut henrik hilde holger horst hugo igor ilse ines inga ingrid irina isabel ivan ivana jakub
jan jana janina janusz javier jelena jens jesus jiri joachim joao joaquin johan johann johannes
jonas jorge jorg jose josef josefa juan juana juergen jurgen justyna kamil karin karl karolina
katarina katarzyna katja kerstin klaus krisztina krzysztof lars laszlo leif lena leonardo lorenzo
lotte luca lucia luigi luis luisa lukas lukasz maciej magdalena magnus maja malgorzata manuel
manuela marcin marco marek margit margrethe mariana mariano marina mario marisa marit marius
markus marta marteen massimo mateo matteo maximilian mercedes merete michal mikael mikhail
milan milena miroslav mirko monika nadja natalia nicola niels nikolai nikolaos nils nuno olaf
olga ole oskar otto pablo paola paolo patrizia pavel pawel pedro petra petr piotr pilar radek
radu rafael rafal raquel rainer ralf raul renata riccardo rita roberto rocio rodrigo rolf
rosario ruth sabine sandra sanne santiago sara sergio sergei sigrid silvia simona simone sinead
siobhan sofia sonja stefan stefano stefanie susanne sven svetlana tadeusz teresa thorsten tobias
tomas tomasz torsten ulla ulrich ulrike uwe valentina vasile veronika vicente viktor vittorio
vladimir wiebke wilhelm wojciech wolfgang xavier yolanda zbigniew zofia zoltan zsofia zsuzsanna
aleksander aleksandra anastasia boguslaw daria dmitri ekaterina galina irena jaroslav katerina
ksenia ludmila marija mariusz milos natasha oksana pieter sander stijn thijs wouter bram daan
femke joost lieke maarten marloes niek ruud sven wim ingeborg kari kjell knut liv mette
solveig steinar tore trond berit hege jorunn sigurd tuomas jukka mikko pekka sanna satu
timo tuula heikki kaisa riikka aino eino erkki ilkka juha kalle lauri leena marjatta paivi
sirpa ville anneli agata anita attila balazs csaba eszter gergely istvan janos judit katalin
krisztian lajos marton mihaly peter tamas zsolt ferenc gyorgy imre aniko zsuzsa
"""

_ARABIC_AFRICAN_TURKISH_ASIAN = """
abdel abdelkader abdellah abdou abdoulaye abdul abdullah adama ahmed aicha aisha ali alia amadou
amal amina amine amir amira anis aya ayoub aziz bilal brahim chaima djamel driss fadila farah
farid fatima fatou fatoumata hakim hamid hassan hatice hicham hind houda hussein ibrahim idriss
ilyes imane imen jamila kader kamel karim karima khadija khaled lamine latifa leila lotfi mamadou
mariam meriem mehdi mohamed mohammed mokhtar mounir mourad moussa mustapha nabil nadia nadir
naima nassim nawel nordine omar ousmane rachid rania rayan redouane riad rachida rym sabrina
said salim salma samir samira sofiane souad soufiane walid wassim yacine yasmina yasmine
yassine youcef youssef yousra zakaria zineb zinedine aminata awa binta cheikh coumba
kadiatou mariama modou ndeye oumar seydou aylin ayse burak can cem deniz ebru elif emine emre
fatih hakan kemal mehmet merve murat mustafa ozlem selin serkan yusuf zeynep aarav aditi amit
anil anjali arjun deepak divya ganesh gaurav kavya krishna lakshmi manoj meera neha nikhil pooja
priya rahul raj rajesh ravi rohan sanjay shreya sunil suresh vijay vikram wei ming hui yan
hiroshi kenji yuki haruto akira takeshi yuko sakura minh thanh linh anh duc hoa mai
nguyet phuong quang tuan jin hyun jae
"""

_MORE_ENGLISH_INTERNATIONAL = """
aisling ciara cormac eoin niamh oisin padraig roisin saoirse seamus aoife dermot eamon grainne
rhys dafydd gethin cerys sian angharad ewan hamish morag kirsty ailsa fraser lachlan isla
kendra keisha latoya tyrone darnell deshawn jamal malik imani aaliyah jada nia zara
esmeralda guadalupe jacinto ximena valeria camila mariana sebastian matias santiago nicolas
leandro gustavo thiago joaquim vitor bruna larissa leticia vanderlei wagner
"""

_MORE_EUROPEAN = """
aleksei alexei anatoly andrei anton arkady artem denis dmitry evgeny egor fedor gennady grigory
ilya kirill konstantin leonid maxim nikita oleg pyotr roman ruslan semyon sergey stanislav stepan
timur vadim valery vasily vitaly vladislav vyacheslav yaroslav yuri alina alla anastasiya darya
elizaveta evgenia inna kseniya larisa lidia lyudmila margarita mariya nadezhda natalya polina
raisa tatiana ulyana viktoria yana yulia zoya jiri ondrej vojtech zdenek vaclav hana lenka petra
marketa tereza michaela zuzana barbora klara jacek jerzy kazimierz stanislaw danuta elzbieta
grazyna halina jadwiga krystyna urszula bengt fredrik mats olof ulf agneta birgitta britt
camilla elin ida linnea malin margareta matilda bjarne eirik espen geir halvard jorgen kristian
morten stian terje tor vegard guri line marit randi silje tone tove turid gudrun sigridur
helga jon sigurdur gudmundur einar olafur kristjan andras bence jozsef mate miklos norbert
sandor tibor edit ildiko kinga marta nora orsolya reka szilvia timea bart bas geert gerrit
hendrik jeroen kees koen luuk rik anouk annemiek els ilse inge marieke mieke saskia willemijn
diogo goncalo guilherme marcelo marcos mateus ricardo rui beatriz carolina catarina francisca
joana leonor luana angelo carlo daniele emanuele gabriele raffaele salvatore tommaso vincenzo
antonella giada giorgia ilaria martina roberta enrique hector ignacio ramon alicia nuria paula
bernd jochen kai niklas werner daniela gabriele katharina katrin manuela silke tanja
alexandros christos georgios ioannis konstantinos panagiotis vasileios vasiliki ahmet hasan
huseyin ismail omer osman ramazan fatma meryem takashi yuto sota hina aoi yuna nikola luka
marko nemanja dusan zoran janis andris juris inese ilze kristine mantas ruta egle andres jaan
mart kadri liis
"""

FIRST_NAMES: frozenset[str] = frozenset(
    (_FRENCH_FEMALE + _FRENCH_MALE + _ENGLISH_FEMALE + _ENGLISH_MALE + _EUROPEAN
     + _ARABIC_AFRICAN_TURKISH_ASIAN + _MORE_ENGLISH_INTERNATIONAL + _MORE_EUROPEAN).split()
)

AMBIGUOUS_FIRST_NAMES: frozenset[str] = frozenset("""
will may june april august avril rose grace hope faith joy amber summer autumn dawn eve ivy holly
iris jade ruby pearl perle crystal daisy violet heather olive sky river storm bill mark frank guy
pat sue rich chase hunter dean don art ray jack bob penny carol sandy angel lance wade miles gene
herb rusty bud prince king royal france marine aurore celeste victoire ange fleur colombe
prudence patience blanche modeste desire noel pascal max mercedes clio megane alexa siri cortana
jordan chelsea florence nancy lourdes sydney austin dallas georgia virginia victoria paris madison
brooklyn israel india asia claude ada julia sandy lily hazel reed rod dick sterling earnest
constance clement martial aime sage phoenix jasper cameron harmony melody destiny trinity
savannah lorraine vienne valence can jan mai said jesus christian constant grant
earl heinz milan marina santiago sofia regina come leo line tone edit mate mats mart bas
""".split())
"""Given names that are also common words, months, places or products; never reported alone."""

FIRST_NAMES_ALL: frozenset[str] = FIRST_NAMES | AMBIGUOUS_FIRST_NAMES
