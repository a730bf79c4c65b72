"""French given names: classic and of the last forty years, regional (Breton, Basque, Occitan,
Corsican) and Québécois, with the compound names whose parts are not names themselves.

Part of the gazetteer of `PersonNameDetector` (see `_names_gazetteer.py`): written from
general knowledge, not derived from any name data set or evaluation data; folded (lower
case, no accents) and sorted. A name may sit in several lists.
"""

from __future__ import annotations

FRENCH: frozenset[str] = frozenset("""
abel abigaelle achille jb jp
adam adelaide adele adelie adeline adrien adrienne aedan agathe agathon agnes
ahmed aime aimee ainhoa aissa alain alba alban albane albert albertine albin alcide alderic aldric
alex alexandra alexandre alexane alexia alexis alfred alice alicia alienor aline alison alix alizee
allison alois aloys alphonse alycia amael amaia amandin amandine amaryllis amaury ambre ambroise
amedee amelia amelie amine amir anabelle anaelle anais anatole andre andrea andree andy angele
angelina angelique angelo anna annabelle annaelle anne annette annick annie anouck anouk anselme
anthony antoine antoinette antonin antonine apollinaire apolline ariane arielle aristide arlette
armance armand armelle arnaud arnold arsene arthur arthus arya assia astrid athena athenais aubane
aubin aude audren audrey auguste augustin augustine aurane aurelia aurelie aurelien aurelle aurore
auxane ava awa axel axelle ayden aylan aymar aymen aymeric ayoub azilis bap baptiste baptistine
barbara barnabe barthelemy basile bastien bathilde baudouin beatrice benedict benedicte benjamin
benji benoit benoite berangere berenice bernadette bernard berthe bertille bertrand bettina billie
blaise blanche blandine bonnie boris brenda brendan brice brieuc brigitte bruno bryan cali calie
calixte camille candice capucine carine carl carla carmen caro carole caroline casimir cassandra
cassandre cassie cassien catherine cathy cecile cedric celeste celestin celestine celia celian
celine cesar chaima chanel chantal chantale charlene charles charlie charlotte charly chiara chloe
chris christel christelle christian christiane christine christophe clara clarence clarisse claude
claudette claudie claudine clelia clem clemence clement clemente clementin clementine cleo cleophee
cloe clotaire clothilde clotilde clovis colette coline colombe come constance constant coralie
coraline corantin corentin corinne cunegonde cyprien cyrian cyrielle cyril cyrille dahlia damase
damien dana daniel daniele danielle dany daphne daphnee david dayana deborah delia delphin delphine
denis denise desire diana diane didier diego dimitri dina djeneba djibril dominique domitille
donatien donatienne dora dorian dorine dorothee dylan eden edgar edith edmond edouard edwige
eglantine eleana eleanore eleni eleonore elia elian eliane elie eliette elina eline elio eliot
eliott elisa elisabeth elise elisee ella elliot eloane elodie eloi eloise elouan elsa elya elyes
elyne elyo emeline emeric emie emile emilie emilien emilio emma emmanuel emmanuelle emy eneko
enguerrand enola enora enzo eric erine ernest erwan erwann esteban estelle esther ethan ethel
etienne eudes eudoxie eugene eugenie eulalie eva evan evane evann evariste eve evelyne evrard ewen
ewenn fab fabien fabienne fabiola fabrice fanelie fanny faustin faustine felicie felicien felicite
felix ferdinand fernand fernande ferreol firmin flavie flavien fleur flo flora flore florence
florent florentin florian floriane florimond florine foulques francette francine francis franck
francois francoise fred frederic frederique fulbert gabi gabin gabriel gabriela gabrielle gaby gael
gaelan gaelig gaelle gaetan gaetane gaia garance gaspard gaston gatien gatienne gauthier gautier
gauvain gemma genevieve geoffrey geoffroy georges georgette gerald geraldine gerard germain germaine
gervais ghislain ghislaine gilbert gilda gildas gilles ginette gisele gislain giulia gladys gonzague
gorka goulven greg gregoire gregorie gregory guenole guilhem guillaume gustave gwen gwenael
gwenaelle gwendal gwendoline gwenn gwennaelle gwenola gwladys hadrien hanna hannah harmonie harry
helene heloise henri henriette herbert hermann hermine herminie herve hilaire hippolyte honore
honorine hortense hubert hubertine hugo hugolin hugues huguette hyacinthe ignace iker ilan iliana
ilona ilyes imran ines ingrid irene iris irma isaac isabella isabelle isaure iseult isidore isis
ismael issa ivan ivanne jacky jacqueline jacques jade jana jasmine jean jeanine jeanne jeannette
jeannine jef jehanne jenna jenny jeremie jeremy jerome jessica jessy jimmy joachim joanna jocelyn
jocelyne joel joelle joey johan johann johanna johanne jojo jonas jonathan jordan jordane joris
joseph josephe josephine josette josiane josselin josue joy judicael judith juju jules julia julian
juliane julianne julie julien julienne juliette juste justin justine kais kamil karen karine kelly
kenan kenza kenzo kevin kiara kilian killian klervi kylian kyllian laeticia laetitia laly lambert
lana laura laure laurence laurene laurent lauriane laurine lazare lea leana leandre leane leila lena
lenny leny leo leon leonard leonce leone leonie leonore leopold lia liam liana lili lilian liliane
lilou lily lina line lionel lisandro lise lisette lison livia livio loan loane loeiz logan lohan
loic loick lois lola lorelei lorene lorenzo lorette lorie loris lothaire lou louane louis louisa
louise louison louka louna loup luc luca lucas luce lucette lucia lucie lucien lucienne lucile
lucille ludivine ludo ludovic lulu luna lya lyam lydia lydie lylou lyna madeleine mae mael maela
maelie maeline maelle maelo maelys maeva magali mahaut mahe maia maialen mailys maissa maiwenn malia
malo malone mandy manel manoel manolo manon manu manuela marc marceau marcel marceline marcelle
marcellin marcelline margaret margaux margot marguerite mariane marianne maribel marie marie-josee
marielle mariette marin marina marine marion marius marjolaine marjorie marlene marley marthe
martial martin martine maryam marylene maryline marylou maryse mateo mathe matheo mathias mathieu
mathilde mathis mathou mathurin mattheo matthias matthieu mattis maud maude maurice mauricette
maxence maxime maximilien maximin maya mayssa medard mehdi melaine melanie melchior melia melina
meline melisande melissa melodie melvin melvyn menahem merlin mia micha michael michel michele
micheline michelle mickael mickaelle mikael mikel mila milan milo mina mirabelle mireille moana
mohamed monique morgan morgane muriel murielle myla mylene myriam nadege nadia nadine nael naelle
naia naim nans naomi naomie narcisse nathael nathaelle nathalie nathan nathanael neil nelia nell
nelly nelson neo nestor neyla nico nicolas nicole nicolette nina nino ninon noa noah noam noe noelie
noella noelle noemi noemie nolan nolwenn nora norah norbert oceane octave octavie odette odile
odilon odin oihana olivia olivier olympe ombeline ophelie oren oriane orlane oscar oswald owen pablo
pacome paloma paola paquerette pascal pascale pascaline patrice patricia patrick patxi paul paule
paulette pauline peio penelope perceval perle peroline perrine petronille philibert philippe
philippine philomene pia pierre pierrette pierrick placide priscille prosper prudence quentin
quitterie rachel rachelle rafael raoul raphael raphaelle rayan rayane raymond raymonde rebecca
regine regis remi remy renan renaud rene renee reyna rhea richard rita robert robin robinson
rodolphe rodrigue roger roland rolande romain romane romeo romuald romy ronan rosalie rose roseline
rosine roxane rozenn ruben rudy sabine sabrina sacha sally salome samantha sami samia samuel
sandrine sandro sara sarah sasha scarlett seb sebastien sebastienne segolene selena selene selma
serge servane sevan severin severine sidney sidonie silvere simeon simon simone sixtine soan sofia
soizic solange solene solenn solenne soline sonia sophia sophie soren stanislas stella steph
stephane stephanie sterenn sulpice suzanne suzette suzon swann sybille sylvain sylvaine sylvestre
sylviane sylvie tancrede tangi tanguy tatiana tess tessa thais theo theodora theodore theophile
theotime therese thiago thibaud thibault thibaut thierry thomas tiago tifenn tiffany tilio timeo
timothe timothee tiphaine titouan tom tristan tugdual ugo ulysse urbain uriel valentin valentine
valere valeria valerie valery valmont vanessa veronique vianney victoire victor victoria victorien
victorine vincent violette virgil virgile virginie vivi viviane vivien wandrille wendy wilfried
william wilson xabi xavier xaviere ximun yaelle yanis yann yannick yannig yannis yasmine ylan yoan
yoann yohan yohann yolaine yolande yolene youna younes ysaline ysee yseult yuna yvan yves yvette
yvon yvonne ywan zacharie zakaria zelia zelie zephyr zoe
""".split())
