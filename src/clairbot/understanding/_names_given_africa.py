"""Given names from Africa and the Middle East: Maghreb, Arabic and Berber; West, Central, East and
Southern African (Wolof, Bambara, Akan, Yoruba, Igbo, Hausa, Lingala, Amharic, Swahili, Zulu,
Malagasy, Tigrinya, Somali, Kalenjin, Luo, Kikuyu, Shona...); Turkish, Persian, Armenian,
Georgian and Hebrew.

Part of the gazetteer of `PersonNameDetector` (see `_names_gazetteer.py`): written from
general knowledge, not derived from any name data set or evaluation data; folded (lower
case, no accents) and sorted. A name may sit in several lists.
"""

from __future__ import annotations

AFRICAN_MIDDLE_EASTERN: frozenset[str] = frozenset("""
ababio abbas abdallah abdel abdelali abdelaziz abdelghani abdelhak abdelhakim abdelhamid abdelilah
abdeljalil abdelkader abdelkrim abdellah abdellatif abdelmajid abdelmalek abdelmoumen abdelouahab
abdelrahim abdelrahman abdelwahab abdenour abderrahim abderrahmane abderrazak abdeslam abdessalam
abdessamad abdi abdikarim abdiqani abdirahman abdiweli abdou abdoulaye abdul abdulahi abdulaziz
abdulkarim abdullah abdullahi abdulrahman abeba abebe abena abiodun abiola abir abla aboubacar
aboubakar abubakar achieng achraf adaeze adama adaobi ade adebayo adebisi adebola adedayo adejoke
adekola adekunle adel adem ademola adenike adeola adesola adesuwa adetokunbo adetola adewale
adewumi adeyemi adhiambo adil adjoa adjoua adnane adunni adwoa afaf affoue afia afolabi afshin afua
ahlam ahmad ahmadou ahmed ahmet ahou aicha aisha aissatou ajani akin akinola akinyi akissi akosua
akoth akram akua akwasi alaa alae alassane alejandra alem alemayehu alhassan ali alia aline aliou
alioune alisha aliyu almaz alper alpha alphonsine ama amadeus amadou amaka amal amani amanuel amar
amara amarachi amare amel amenan amin amina aminata amine amir amira amjad amos anahit anas anass
andile andry anesu angelique ani anis anouar ansou anwar anyango aouatif araba aram arash arda
ariel arman armel armen arsen artur ashot asli asma asmaa assane assetou assia assiatou astou
atefeh atieno atika auma avi avraham awa awino aya ayaan ayan ayanda aydin ayhan aylin ayman aymane
aymen ayo ayodeji ayodele ayomide ayoub ayse aysel aysun azadeh azeddine aziz aziza babacar
babajide babak babatunde bachir badr badreddine bahar bahia bahija bahram bakari bakary bamba
banafsheh banele baraka barasa baris bashir bassam bassem bassma baya bayo bayram behnam behrouz
bekele bello bereket berhane berk berkay bernadine bethlehem betul bheki bienvenu bijan bilal
bilkisu bimpe bineta binetou biniam binta bintou birol bisi bisola blessing boitumelo bola bolaji
bolanle bongani boualem boubacar boubaker bouchaib bouchra brahim brice buhle bukola bulent burak
burcu busisiwe busra cagla cagri camran can canan cansu cawil cem cengiz ceren chadia chafik
chahrazed chaim chaima chaimae chaka chakib chakir charaf charbel chebet cheikh cheikhou chems
chengetai chepkoech cherif cheruiyot chiamaka chibuike chidera chidi chidiebere chidinma chiedza
chika chima chinedu chinonso chinwe chioma chipo chorouk christelle christian chukwudi chukwuemeka
chukwuma claudine consolata coumba cyrus dalia dalila dami damilare damilola damla daouda dapo
darine darius dariush daryush davit dawit dayo deeqa deji demba deniz deo derya desta destinee
didem dieudonne dieynaba dilek dineo divine djamal djamel djamila djenaba djeneba djibril djillali
dogan dolapo dorcas dounia dov driss drissa ebere ebru ebuka ebunoluwa ece ecem eda edem efe efosa
efua ehis ehsan eitan ejike ekaterina ekow ekrem ekua el-hadj elcin elhadj elham eli elias elif
elikem elyas emad emeka emel emin emine emmanuel emre engin eniola enis erdem erdogan eren erhan
erkan ermias esi esosa esperance esra eyerusalem ezgi ezinne faadumo fadi fadila fadime fadoua
fadwa fadzai fahd fahim faiza fanta faouzi fara farah farai fares farhad farhan farhiya farid
farida faris farnaz farouk farshid fartun farzaneh fasil fatemeh fathi fatih fatiha fatim fatima
fatimata fatma fatou fatoumata fatuma faustin fawzi faysal fayssal fayza felicite femi ferhat fethi
feyisayo feyza fiifi fikre fikru filiz filsan firas fisayo fode folake folasade folashade fouad
funke funmi funmilayo gamze garba gaspard gayane gbemisola gbenga gebre getachew ghada ghali
ghassan ghazal ghita ghizlane giorgi girma gizem godfrey godwin gokhan golnar gonul grace gul gulay
guled guler gulsen habib habiba habibou habtamu hacer hadia hadiza hadj hafid hafida hafsa hailu
haja hajar hakan hakim hakima hala halil halima hamad hamadou hamdi hamed hamid hamideh hamidou
hamza hana hanan hanane hande hani hanna haoua haroun harouna harun hasan hasmik hasna hassan
hassane hassiba hatice hauwa havva hawa hayat hayet hayk hedi herman hermann hery hiba hibo hicham
hichem hilal hind hisham hiwot hocine hodan hossein houari houcine houda hounaida houria houssam
huda hulya huseyin hussein ibrahim ibrahima ibtissam ibukun idil idriss idrissa ifeanyi
ifeanyichukwu ifeoma ihsane ijeoma ikechukwu ikenna ikram ilan ilham ilhan ilias ilker ilknur ilyas
ilyes imad iman imane imen imene inaya innocent inoussa irakli irem ireti isma ismahane ismail issa
issam issiaka issouf itai iyabo jabari jalal jaleh jalil jamal jamila jawad jean-bosco jepchirchir
jepkoech jepkosgei jeptoo jibril jide jihane jihed josiane
jovial juma jumoke kaan kabelo kabila kaddour
kader kadiatou kadidia kadidiatou kadir kagiso kalala kalidou kalilou kalonji kamal kamau kamel
kamran kandia karabo karam karamoko kareem karen karim karima kariuki kasongo kassahun kaveh kawtar
kayembe kayode kebede kehinde kekeli kelechi kemal kemi kenza kerem ketevan khadar khadidiatou
khadidja khadija khadim khady khaled khalid khalil khaoula kheira kiala kian kibet kidist kimani
kingsley kipchoge kiplagat kiprono kiprotich kitenge kobby koffi kofi kojo kokou komi konan kossi
kouadio kouakou kouame kouassi koumba kourosh kubra kudzai kundai kunle kwabena kwadwo kwaku kwame
kwasi kweku kwesi lahcen lakhdar lamia lamin lamine lamya landry lanre lassana latif latifa
latifatou leila lemlem leocadie lerato levan levent lilit lina linda lindiwe lionel lior liya loic
lotfi loubna louisa lounes lubna lucky lumbala lungile
lwazi mahad mahamadou mahamat mahdi maher mahmoud
mahmut mahnaz mahsa maimouna majda majid makeba makena malek malick malik malika mamadi mamadou
mame mamoudou manal mandla mansour maram marame mariam mariama marius marouane marwa marwan maryam
maryan maryem masoud mawuli mazen mbali mbuyi mehdi mehmet mehran mehrdad meir mekdes mekonnen
melek melike melis meltem mercy meriam meriem meron mert merve merveille meryem meseret messaoud
mesut metin mina miora mitra moctar modibo modou modupe mody mohamed mohammed mohamud mohand
mohcine mohsen mojgan mojisola mokhtar mokrane mona morenike mory moshe mostafa mouad moufida
mouhamadou mouhamed mouloud mouna mounia mounir mounira
mourad moussa moustapha mpho mthunzi muge muhammad
mukendi mulugeta mulumba mumbua munyaradzi murat musa mustafa mustapha musyoka muthoni mutua mwangi
mwende naa nabil nabila nacer nacera nader nadia nadir nadjib nafissa nafissatou nafula naim naima
najat najib najla najwa naledi nana nandi nare narek nasiru nasrin nasser nassim natia navid nawal
nawel nazim nazli ndeye ndunge neda neema negash nekesa neslihan nesrine netsanet ngalula ngone
ngozi nidal nihat nii nika nilay nimco nino nirina nisreen nizar njeri njoroge nkechi nkulu nnamdi
nneka nnenna noam nokuthula nomsa nomvula nonso nora nordine nosa nosipho nour noura nourdine
noureddine nouria ntumba nuray nurcan nyambura nyasha obiageli obinna ochieng odhiambo ofer ogechi
oguz oguzhan okan oladele olamide olawale olufemi olumide olusegun oluwadamilare oluwaseun
oluwatobi oluwatoyin omar omer omid omolara omondi onur onyango onyeka onyinye opeyemi oren orhan
osama osman othmane otieno ouiza oumar oumou ousmane oussama ousseynou owino oyinkansola ozan ozge
ozgur ozlem palesa panashe papa pape parisa parvin patience payam pegah penda pinar pouya precious
prisca prosper qasim qassim rabah rabia rachid rachida radia rado raed rafik rafika rahel rahinatou
rahma raja rajae ramata ramatoulaye ramazan ramdane rami ramin ramzi rana randa rania ranya rasheed
rashid rashida rayan rayane recep reda redouane reem refilwe rehema reza riad riadh ridha rija rima
rivka riyad rodrigue rokhaya rokia ronit ronke rostom roya ruba rufaro ruffin rukayya rumbidzai
rutendo ruvimbo ryad rym saad saadia sabah sabri sabrina sadek sadio saeed safa safia safiya sagal
sahar sahra said saida salah salih saliha salim salima salimata saliou salma salome salwa samba
samia samir samira samrawit sana sanaa sanae sanaz
sandile sani sara sarra saud sawsan seda sedat segun
sekou selam selim selin selma selorm semih sena senait senam serap sercan serge serigne serkan
serwaa seun sevgi sevim seydou seynabou shahin shahram shingai shira shirin shukri siaka siamak
sibel sibusiso sidiki sidy siham sihem sima simbarashe
simisola sinan sipho siranush siya siyabonga sizwe
slimane smail sofia sofiane sohrab sokhna sola solomon somto songul sonia soraya sory souad
soufiane souhila soukaina souleymane soumaya soumia stephane suat sukru suleyman sultan tadesse
tafadzwa taha tahar tahina taiwo takudzwa tal tamar tamer tamuna tanko taoufik tapiwa taraneh tarek
tarik tariro tatenda tawanda tawfik tawfiq tayeb tayo tebogo tekle temitope tendai tesfaye tewodros
thabani thabo
thandeka thandiwe themba thierno thouria thulani tiana tidiane tiemoko tigist tigran tinashe tirhas
titi titilayo tobenna tobi tobiloba tochukwu toky tolga tolu tolulope tonderai tope toufik toufiq
toyin tsegaye
tshepo tshibangu tshilombo tsion tsitsi tugba tugce tumelo tuncay tunde tunji turgut ubah uche
uchechi uchenna udoka ufuk ugochi ugochukwu ugur ulrich umit usman utku uzoma vimbai voahirana
volkan wael wafa wafula wahiba wairimu wale walid wambui wangari wangui wanjiku wanjiru warsame
wassila wassim wekesa weyni wiam wiame widad wuraola yaa yacine yacouba yael yahaya yahia yahya
yakubu yamina yanis yannick yao yared yasaman yasemin yasin yasmina yasmine yassine yavuz yaw yazid
yemane yemi yetunde yewande yildiz yilmaz yinka yirgalem yohannes yonas yonatan yossi youcef younes
youness yousef yousouf yousra youssef youssouf yunus yusuf yves zafer zahia zahir zahra zaid zainab
zakari zakaria zaki zakia zanele zawadi zehira zehra zeinab zerrin zewdi zewdu zeynep ziad ziba
zied zina zineb zinedine ziv zodwa zoubida zoubir zouhair zurab zuwaira
""".split())
