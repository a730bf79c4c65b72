"""Given names from Oceania: Māori (Aotearoa New Zealand), Tongan, Samoan and Fijian, as the
visitors of New Zealand and Australian companies write them.

Part of the gazetteer of `PersonNameDetector` (see `_names_gazetteer.py`): written from
general knowledge, not derived from any name data set or evaluation data; folded (lower
case, no macrons) and sorted. A name may sit in several lists. Names that are also English
words ("Hone", "Mere", "Tui") are left out.
"""

from __future__ import annotations

OCEANIAN: frozenset[str] = frozenset("""
anahera aperahama ari tawhiri
ariki aroha ataahua awhina epeli fetu hemi hine hinemoa hohepa huhana huia
ihaia ilisapeci inoke ioane iosefa jone kahu kahurangi kalolaine kiri kiritapu lagi leilani
losaline losana lupe malia manaia marama matiu mele mereana mikaere miriama mose mosese ngaio
ngaire nikau ofa paora parekura pita rangi rawiri rewi ropata salote samisoni sefa sefo semisi
sione siosaia sitiveni tama tamati tane tavita tevita tipene tomasi viliami waiata whetu wikitoria
wiremu
""".split())
"""Given names of Oceania (folded)."""
