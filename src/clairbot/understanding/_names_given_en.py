"""English given names of Britain, Ireland, the United States and Canada: classic, modern, short
forms (Tom, Liz, Rob, Jess) and Irish, Scottish and Welsh names.

Part of the gazetteer of `PersonNameDetector` (see `_names_gazetteer.py`): written from
general knowledge, not derived from any name data set or evaluation data; folded (lower
case, no accents) and sorted. A name may sit in several lists.
"""

from __future__ import annotations

ENGLISH: frozenset[str] = frozenset("""
tamsin kirra
aaron abbie abbott abby abe abigail abigayle abner abram ada adaline adam addie addison adeline
adrian adrienne aeron agnes aidan aideen aiden ailbhe ailean aileen ailsa aisling alan alana
alannah
alasdair alastair albert albie aldous alec aled alex alexa alexander alexandra alexandria alexia
alexis alf alfie alfred alice alicia alison alisson alistair allan allie allison ally allyson alma
alondra alonzo alun alva alwyn alyson alyssa amanda amara amber ambrose amelia amie amos amy
anastasia anderson andie andre andrea andrew andy angela angelina angharad angie angus anita ann
anna annabel annabelle annalise anne annette annie ansel anthony antonia anwen aoibheann aoibhinn
aoife aonghas april arabella araceli archibald archie aria ariana ariel arielle arlo armando arnie
arnold art arthur artie arwel asa asher ashlee ashleigh ashley ashlie ashling ashlyn ashton aspen
athena atticus aubree aubrey audra audrey augustus aurelia aurora austin autumn ava averie avery
axel ayden aylin bailey bairbre barbara barnaby barney barrett barry bart bartholomew basil baxter
bea beathag beatrice beau becca beckett becky belinda belle ben benedict benjamin bennett bentley
bernadette bernard bernice bernie bert bertie beryl bess bessie beth bethan bethany betsy betty
beverly bex bianca bill billie billy blaine blair blake blanche blathnaid bob bobbie bobby bonita
bonnie booker boyd brad braden bradford bradley brady brandi brandon brandy brantley brayden
breanna
bree brenda brendan brenna brent brett brian briana brianna briar brid bridget bridgette brielle
brien brigid bristol britney britt brittani brittany brittney brock brodie brody bronwen bronwyn
brooke brooklyn brooklynn bruce bruno bryan bryce bryn brynn bryon buck bud buddy burt byron caelan
caitlin caitlyn caleb callie callum calum calvin cameron camila camille candace candice caoilfhionn
caoimhe cara caradoc carissa carl carla carlos carlton carly carmela carmen carol caroline carolyn
carrie carson carter carys casey cassandra cassidy cassie cassius cat catalina cathal catharine
catherine cathryn cathy catrin catriona cecil cecilia cedric celeste celia ceri cerys chad chance
chandler chanel chantelle charity charlene charles charlie charlotte charmaine chase chastity chaz
chelsea chelsey cheri cherie cheryl chester cheyenne chistopher chloe chris chrissy christa
christian christie christina christine christoper christopher christy chuck cian ciara ciaran
cierra
cillian cindy claire clara clarence clarice clarissa clark claudette claudia clay clayton cledwyn
clem cleo cleveland cliff clifford clifton clint clinton clive clodagh clyde cody coinneach colby
cole
colin colleen colm colton colum conall conan connie connor conor conrad cooper cora coral corbin
corinne cormac cornelius cortez courtney craig cristina cristopher cruz cullen curt curtis cynthia
cyril dafydd dai daisy daithi dakota dale dallas dalton damian damon dan dana dane daniel danielle
danny daphne darcie darcy darius darlene darnell darragh darrell darren darryl darwin dashiell dave
davey david davis dawn dawson deacon dean deanna deb debbie deborah debra declan deirdre delaney
delbert delia delilah delyth demetrius denise dennis denny denver derek dermot derrick desiree
desmond destiny devin devon dewey dexter diana diane diarmuid dick dilys dina dirk dixie dolly
dolores dom dominic dominick dominique don donal donald donna donnacha donncha donnie donovan dora
doreen dorian doris dorothea dorothy doug dougal douglas doyle drake drew duane dudley dugald duke
duncan dustin dwayne dwight dylan dymphna eabha eadaoin eamon eamonn earl earnest easton eddie eddy
eden edgar edie edison edith edmund edna edward edwin eibhlin eileen eilidh eilis eimear eirian
eirlys eithne elaine elbert eldon eleanor elena eleri eli eliana elias elijah elin elise eliza
elizabeth ella ellen ellie elliot elliott ellis elmer eloise elsie elspeth elton elva elvis ember
emer emerson emersyn emery emil emilia emily emlyn emma emmanuel emmeline emmett emmy emrys emyr
enda enoch eoghan eoin ephraim eric erica erik erika erin ern ernest ernie errol ervin esme esteban
estelle esther ethan ethel euan eugene eugenia eunan eunice eva evan evangeline eve evelyn everett
everly evie ewan ewen ezekiel ezra fabian faith fay faye fearchar feargal fearghal felicia felicity
felipe felix fenella fergal fergus fern ffion fiachra finbar fingal finlay finley finn finnian
finola fintan fiona fionn fionnuala fionnula fletcher flora florence floyd forrest foster fran
frances francesca francis frankie franklin fraser fred freddie frederic frederick freja freya
frieda
gabby gabriel gabriela gabriella gabrielle gaby gail gareth garrett garry gary gav gavin gayle
gearoid
gemma gene genevieve geoff geoffrey george georgia georgina geraint gerald geraldine gerry gertrude
gethin gianna gideon gil gilbert giles gill gillian gina ginger ginny gino giselle gladys glen
glenda glenn glenys gloria glyn gordon grace gracie grady graeme graham grainne grant grayson greer
greg gregory greta gretchen greyson griffin grover gruffydd gunnar gus gwen gwendolyn gwenllian
gwilym gwyn gwyneth hadley hailey hal haley hallie hamilton hamish hanah hank hanna hannah harlan
harley harlow harmony harold harper harriet harris harrison harry harvey hattie haven hayden hazel
heath heather hector hefin heidi heledd helen helena henrietta henry herb herbert herman hilary
hillary hollie hollis holly homer hope horace houston howard howie hoyt hubert hudson hugh hugo
hunter huw iain ian ida idris ieuan ifan ike imogen ingrid innes ioan iolo ira irene iris irma
irving isaac isabel isabella isabelle isaiah isla isobel issy ivan ivy iwan izabel izabella izzy
jace jack jackie jacklyn jackson jacky jaclyn jacob jacqueline jacquelyn jada jade jaden jaime jake
jamal james jami jamie jan jana jane janelle janet janice janie janine jaqueline jared jarrett
jarvis jasmin jasmine jason jasper javier jax jaxon jay jayden jayla jayne jean jeanette jeanne
jeannie jed jeff jefferson jeffery jeffrey jeffry jem jen jenifer jeniffer jenn jenna jenni
jennifer
jennings jenny jensen jenson jeremiah jeremy jermaine jerome jerry jesica jess jesse jessica jessie
jessika jethro jewel jill jillian jilly jim jimbo jimmy jo joan joanie joanna joanne jocelyn jock
jodi jodie jody joe joel joey johanna john johnathan johnathon johnnie johnny jojo jolene jon jonah
jonas
jonathan jonathon joni jonny jordan jordyn joseph josephine josh joshua josiah josie joy joyce
juanita judd jude judith judy jules julia julian julianna julie juliet julius june juniper justin
justine kaden kai kaia kaiden kailey kainoa kaitlin kaitlyn kalani kane kara karen karl karla
karter
kason kassandra kat kate katelyn katelynn kath katharine katherine katheryn kathie kathleen
kathrine
kathryn kathy katie katrina katy kay kayden kayla kaylee kayleigh kayson kealoha keanu keaton
keegan
keelin keely keenan keir keira keith kellan kelli kelly kelsey kelvin ken kendall kendra kendrick
kenna kennedy kenneth kenny kent kenya kenzie kermit kerri kerry kev keven kevin kian kiera kieran
kiersten killian kim kimberley kimberly kimmy kingston kinsley kirby kirk kirsten kirsty kitty knox
kolton kris krissy krista kristen kristin kristina kristopher kristy krysten kurt kyle kylie kyra
lacey lachlan laila lainey lamar lana lance landen landon lane laney laoise lara larissa larry lars
latisha latonya laura laurel lauren laurence laverne lawrence lawson layla lea leah leanne lee
leigh
leighton leilani leland len lena lennox lenny leo leon leona leonard leroy leslie lester leticia
levi lew lewis lexi lexie liadan liam libby lila lilah liliana lillian lilly lily lincoln linda
lindsay lindsey linus lionel lisa liz liza lizzie llewelyn llinos lloyd llywelyn lochlan logan lois
lonnie lora lorcan lorena lorenzo loretta lori lorna lorraine lottie lou louella louie louis louisa
louise lowell lowri luann luca lucas lucia lucille lucinda lucy luella luke lula lulu luna luz
lydia
lyla lyle lyndon lyndsay lyndsey lynette lynn mabel mable maci mack mackenzie macy maddie maddox
maddy madeline madelyn madison mads mae maeve magdalena maggie mahalia mairead mairin mairtin
maisie
major makana makayla malachi malakai malcolm malia mallory mamie mandy manny maolmuire marcel
marcia
marco marcus mared margaret margarita margie margo maria mariah marian marianne maribel marie
marilyn mario marion marisa marissa marjorie marlene marley marlon marnie marsha marshall marta
martha martin martina marty marvin mary mason mathew mathews matilda matt matteo matthew matty
maude
maura maureen maurice maverick maximilian maxine maxwell may mckenna mckenzie mckinley meabh meagan
meaghan meg megan meggie meghan meinir meirion mel melanie melinda melissa melody melvin mercedes
meredith merle merv meryl mhairi mia micah michael michaela micheal michelle mick mide miguel
mikayla mike mikey mila mildred miles miley millie milly milo milton mindy minerva minnie mirabel
miranda misty mitch mitchell moira mollie molly monica monroe montgomery monty morag morgan morris
morty moses muireall muireann murdo muriel murray myfanwy myra myron myrtle nadine nancy nannie
naoise naomi nash nat natalia natalie natasha nate nathan nathaniel neal neasa ned neil nell nellie
nelson nerys ness nessa nettie nevaeh newt newton nia niall niamh nic nicholas nichole nick nicki
nickolas nicky nico nicola nicolas nicole nige nigel nikki nikolas nina noah noel noelani noelle
noirin nolan nona nora norah norma norman norris nova nuala nyla oakley octavia odell odessa odhran
oisin olga olive oliver olivia ollie omar oonagh opal ophelia orla orlaith orlando orville oscar
osian otis otto owain owen ozzie padraic padraig paige paisley pamela pansy parker pat patricia
patrick patsy patty paul paula pauline paxton payton pearl pedro peggy penelope penny percy perry
pete peter petra peyton phil philip philippa phillip phoebe phyllis pierce pippa polly poppy porter
presley preston prince priscilla proinsias prudence queenie quentin quincy quinn quinton rachel
raelynn ralph ramon ranald randall randolph randy raphael raquel raul raven ray raymond reagan reba
rebeca rebecca rebekah reed reese reggie regina reginald reid remington remy renee reuben rex rhett
rhian rhiannon rhodri rhona rhonda rhydian rhys rian ricardo rich richard richie rick ricky riley
riona rita rob robbie robert roberta robin robyn rocco rochelle rocky rod roderick rodge rodney
rodrigo rogelio roger roisin roland roman romeo ron rona ronald ronan ronnie rory rosa rosalie
rosalind rosanna roscoe rose roseanne rosemary rosie ross rowan rowena roxanne roy royce ruaidhri
ruairc ruairi ruaraidh ruby rudolph rudy rufus rupert russ russell ruth ryan ryder ryker ryland
rylee sabrina sade sadhbh sadie sage sally salvador sam samantha sammy samuel sandra sandy santiago
saoirse sara sarah sarrah sasha saul savannah sawyer saxon scarlett scott scotty seaghan seamus
sean
seanan sebastian selah selena selma seonaid seosamh seren serena serenity sergio seth seymour shana
shane shanice shaniqua shanna shannon sharon shaun shauna shawn shawna sheelagh sheena sheila
shelby
sheldon shelley shelly sheri sherman sherri sherry sheryl shirley shirly sholto shona sian sid
sidney sienna silas sile simon simone sinead siobhan sioned skye skylar skyler solomon sonia sonny
sonya sophia sophie sorcha spencer stacey stacy stan stanley stefan stefanie steffan stella steph
stephanie stephany stephen stephie sterling stetson stevan steve steven stevie stewart struan stu
stuart sue sullivan summer susan susie suzanne suzy sybil syd sylvester sylvia tabitha tadhg talia
tamara tamika tammie tammy tania tanisha tanner tanya tara tash tate tatiana tatum taylor teagan
ted
teddy tegan terence teresa terrell terrence terri terry tess tessa thaddeus thatcher thelma theo
theodore theresa thomas thurman tiana tiernan tifany tiffani tiffanie tiffany tilly tim timothy
tina
titus tobias toby todd tom tommy tomos toni tony tonya tori torquil tracey tracy travis treasa
trent
trenton trevor trina trinity trish tristan trixie troy trudy truman trystan tucker ty tyler tyrell
tyrese tyrone tyson uisdean ultan ulysses una uriah ursula val valentina valentino valeria valerie
vanessa vaughn velma vera vern verna vernon veronica veronique vic vicki vickie vicky victor
victoria vikki vince vincent viola violet virgil virginia viv vivian vivienne wade waldo wallace
wally walt walter wanda ward warner warren watson waylon wayne webster wells wendell wendy wes
wesley wesson weston whitney wilbur wilder wiley wilfred will willard william willie willis willow
willy wilma wilson winifred winnie winston wolfgang woodrow woody wren wyatt wyn xander xavier
ximena yasmin yolanda yosef yvette yvonne zac zach zachariah zachary zachery zack zackary zak
zakary
zander zane zara zelda zion zoe zoey
""".split())
