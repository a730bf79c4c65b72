"""The gazetteer of given names of `PersonNameDetector`, assembled from one list per origin.

The lists (`_names_given_*.py`, about 6,300 names) were written from general knowledge of the
given names of the people who write to French, British and North American companies (not
derived from any name data set or leak, and not from evaluation data). Names are stored folded
(lower case, accents stripped, as `clairbot.text.fold` returns them). Compound names
("Jean-Pierre", "Marie-Claire") are recognised from their parts, so only the compounds whose
parts are not names themselves ("ji-woo", "fatima-zahra") are listed.

`AMBIGUOUS_FIRST_NAMES` are given names that are also ordinary words, months, places, brands or
software in B2B text ("Will", "May", "Rose", "Paris", "Claude", "Max", "Julia", "Noël", "Ravi de
vous lire", "Alma", "Lydia"): they count only when another cue confirms them (a surname after
them, a title, "my name is", a contact verb, a greeting).
"""

from __future__ import annotations

from clairbot.understanding._names_given_africa import AFRICAN_MIDDLE_EASTERN
from clairbot.understanding._names_given_asia import ASIAN
from clairbot.understanding._names_given_en import ENGLISH
from clairbot.understanding._names_given_europe import EUROPEAN
from clairbot.understanding._names_given_fr import FRENCH
from clairbot.understanding._names_given_oceania import OCEANIAN

FIRST_NAMES: frozenset[str] = (FRENCH | ENGLISH | EUROPEAN | AFRICAN_MIDDLE_EASTERN | ASIAN
                                | OCEANIAN)

AMBIGUOUS_FIRST_NAMES: frozenset[str] = frozenset("""
ada adelaide aime alexa alexandria ally alma alpha amaryllis amber ambre amie amparo ange angel
april armani art asia aspen asuncion august aurore austin autumn avril baron bas basil bay beau
belle bentley beverly bill blair blanche blessing bob bola brandy briar bristol brooklyn buck bud
buddy cameron can candela carol carolina cat celeste chad chance chandler chanel charity chase
chelsea chester cheyenne christian chuck claude clay clement cleveland cliff clio colombe come
concepcion constance constant consuelo coral cortana cruz crystal daisy dakota dale dallas dalton
dash dawn deacon dean denver desire destiny dev devon dick dior divine dolly dolores dom don drake
drew dries duke dung earl earnest eden edit ember engin esperance eve faith fang fanny favour
felicity fern fleur florence foster fox france frank gene georgia gil gill ginger glen goodluck
grace grant gray grey griffin guadalupe guy hai hamilton hank harley harmonie harmony harper haven
hazel heath heather heinz herb hind holly homer honey hong honor honour hope houston hua hui hung
hunter india innocent ion iris israel ivy jack jade jan jasmin jasmine jasper jefferson jesus jewel
jie jin jordan joy juin julia jun june juniper juste justice kent kenya kenzo kim king
kingston kitty
kong lan lance lane laurel lee lei leo liberty lily lin lincoln line ling loan lois lord lorraine
loup lourdes love lucky lydia madison mai major malin margarita marin marina marine mark mart
martial mason mate mats maverick max may maya meg megane mei melody mercedes mercy merlin merry
milagros milan miles min ming misty mo modeste modesty montana musa nam nana nancy neo newton noel
nova obi olive opal orlando oscar paisley pansy papa paris pascal pat patience patsy paz pearl
penny perle philippine phoenix pierce pilar ping poppy porter prada precious preston prince prosper
prudence rain randy raven ravi ray red reed regina reyes rich rin river robin rocky rod roman
rosario rose royal royce ruby rusty saga sage sai said sally sandy santiago sari savannah saxon
scout serenity shelby sierra siri sky skye sofia soledad spring star sterling storm stormy sue
sultan summer sunny sydney tanner tao taro tate tien tone trinidad trinity tucker urbain val
valence valentine victoire victoria vienne viola violet violette virginia vy wade ward warren
wellington wells wilder will willow winter woody wren xin xu yan zara zephyr
""".split())
"""Given names that are also common words, months, places or products; never reported alone."""

FIRST_NAMES_ALL: frozenset[str] = FIRST_NAMES | AMBIGUOUS_FIRST_NAMES
