"""Postal addresses in French and English messages.

French addresses put the street type first: a number (with "bis"/"ter"), a street type ("rue",
"avenue", "bd", "allée", "impasse", "place"...), the street name, then optionally a postcode
and a town, with "Cedex": "12 rue de la Paix, 75002 Paris", "12 bis avenue Jean Jaurès 69007
Lyon". Post-office boxes count too: "BP 123", "CS 70001", "TSA 12345".

English addresses put it last: a number, one to four name words, a street suffix ("Street",
"Road", "Avenue", "Parkway"...), then optionally a unit ("Apt 4", "Suite 100") and a town with
a US state and ZIP code or a UK postcode: "221B Baker Street, London NW1 6XE", "1600
Amphitheatre Parkway, Mountain View, CA 94043". "PO Box 123" counts too. So do the continental
forms a European customer writes, name first and number after: "Hauptstraße 12, 10115
Berlin", "Via Roma 131", "Calle Mayor 5".

Every form is looked for whatever the message language (a French customer writes a London
address in French). A number alone never makes an address: "12 palettes", "30 jours",
"2 boîtes" have no street type. Street types that are also ordinary words ("place", "cours",
"route", "voie", "passage") need a capitalised street name or a postcode after them:
"3 cours de formation" is not an address, "12 cours Lafayette" is. The span covers the street,
the unit and the town when they follow.

Speed: the detector starts from the numbers of the message (rare, and found with one cheap
scan) and looks at the few words around each; only an unnumbered French street ("rue Victor
Hugo") needs a scan for street types, and only when one of them appears in the message.

Scores: 0.95 street with postcode and town, 0.9 post-office box with postcode and town, 0.85
numbered street, 0.6 unnumbered street or a post-office box alone.
"""

from __future__ import annotations

import re

from clairbot.categories import POSTAL_ADDRESS
from clairbot.findings import Finding
from clairbot.text import fold
from clairbot.textmatch import (
    ScoredSpan,
    accent_insensitive,
    lower_same_length,
    merge_overlapping,
)

__all__ = ["PostalAddressDetector"]

_SP = r"[ \t\u00a0\u202f]"
_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?")
_GAP = re.compile(_SP + r"+")
# Digit runs; `_after_number` keeps those that stand alone (not "04.28", "FR-12", "x12").
_DIGITS = re.compile(r"\d+")
_NUMBER_GLUE = frozenset("._,/-")

# French street types: unambiguous ones, and ones that are also common words.
_FR_STRONG = ("rue", "avenue", "av", "av.", "avn", "ave", "bd", "bld", "blvd", "boulevard",
              "impasse", "imp.", "allee", "allees", "quai", "faubourg", "fbg", "ruelle",
              "venelle", "lieu-dit", "lieu dit", "rond-point", "chemin", "ch.", "hameau",
              "lotissement", "sentier", "esplanade", "parvis", "chaussee", "montee", "traverse",
              "square", "promenade", "zac", "zi", "za", "zone artisanale", "zone industrielle",
              "zone d'activites", "zone d'activite", "parc d'activites", "parc d'activite")
_FR_WEAK = ("place", "pl.", "cours", "route", "rte", "voie", "passage", "villa", "cite",
            "residence", "clos", "domaine", "galerie", "carrefour")
_FR_TYPES = accent_insensitive("|".join(
    re.escape(t) for t in sorted(_FR_STRONG + _FR_WEAK, key=len, reverse=True)))
_FR_TYPE_END = r"(?![\w'’-])"
# After a number: "bis"/"ter", a comma, then the street type ("12 bis, avenue ...").
_FR_AFTER_NUMBER = re.compile(
    r"(?:" + _SP + r"?-" + _SP + r"?\d{1,4})?(?:" + _SP + r"?(?:bis|ter|quater|[a-d])"
    r"(?![\w]))?" + _SP + r"*,?" + _SP + r"*(?P<type>" + _FR_TYPES + r")" + _FR_TYPE_END)
# An unnumbered street needs an unambiguous type: "rue Victor Hugo", "bd etienne 28722 ...".
_FR_STRONG_ALONE = re.compile(r"(?<![\w'’-])(?P<type>" + accent_insensitive("|".join(
    re.escape(t) for t in sorted(_FR_STRONG, key=len, reverse=True))) + r")" + _FR_TYPE_END)
_FR_STRONG_HINTS = ("rue", "avenue", "av.", "av ", "ave ", "avn", "bd", "boulevard", "bld",
                    "blvd", "impasse", "imp.", "allée", "allee", "quai", "faubourg", "fbg",
                    "ruelle", "venelle", "lieu", "rond-point", "chemin", "ch.", "hameau",
                    "lotissement", "sentier", "esplanade", "parvis", "chauss", "montée",
                    "montee", "traverse", "square", "promenade", "zone", "parc d", "zac",
                    "za ", "zi ")
# Lower-case words that join the parts of a street or town name.
_JOINERS = frozenset("de du des la le les l d au aux sur sous en et lès lez saint sainte st "
                     "ste of the".split())
# Words that end a street name ("12 rue de la paix merci", "av. Jean Jaurès Tel. 05").
_STOP = frozenset("""
a à je j tu il elle on nous vous ils elles est sont pour par avec dans merci svp stp et ou mais
donc qui que quoi ce cette mon ma mes votre vos notre nos leur leurs livraison livrer livre
adresse bonjour cordialement demain aujourd'hui lundi mardi mercredi jeudi vendredi samedi
dimanche au aux chez puis ensuite mais please thanks and or to at for from with in on is are
the my your our we i you tel tél telephone téléphone fax email e-mail mail courriel phone mobile
portable cedex code cp bp france merci bonjour contact
""".split())

# French postcode + town ("75002 Paris", "69 007 LYON", "33000, Bordeaux CEDEX").
_FR_LOCALITY = re.compile(
    r"[\s,]*(?P<cp>(?:\d{5}|\d{2}" + _SP + r"\d{3}))(?![\d])[ \t\u00a0\u202f,]+"
    r"(?P<town>[^\W\d_])")
_CEDEX = re.compile(_SP + r"*c[eé]dex(?:" + _SP + r"*\d{1,2}(?!\d))?", re.IGNORECASE)
_BOX_HINTS = ("bp", "b.p", "postale", "cs", "tsa", "box")
_FR_BOX = re.compile(
    r"(?<![\w.])(?:b\.?" + _SP + r"?p\.?|bo[iî]te" + _SP + r"postale|case" + _SP
    + r"postale|cs|tsa)" + _SP + r"*(?P<digits>\d{1,6})(?!\d)")
_EN_BOX = re.compile(r"(?<![\w.])p\.?" + _SP + r"?o\.?" + _SP + r"*box" + _SP + r"*#?\d{1,6}"
                     r"(?!\d)")

# English street suffixes.
_EN_SUFFIXES = ("street", "st", "road", "rd", "avenue", "ave", "av", "boulevard", "blvd",
                "lane", "ln", "drive", "dr", "court", "ct", "place", "pl", "square", "sq",
                "terrace", "way", "parkway", "pkwy", "highway", "hwy", "close", "crescent",
                "mews", "grove", "gardens", "circle", "cir", "trail", "alley", "plaza", "row",
                "walk", "expressway", "freeway", "turnpike")
_EN_LOWER_OK = frozenset({"street", "road", "avenue", "boulevard", "lane"})
# After a number: "B", then one to four name words and the suffix ("221B Baker Street").
_EN_AFTER_NUMBER = re.compile(
    r"[a-z]?(?:-\d{1,6}[a-z]?)?" + _SP + r"+(?:"
    r"(?P<name>(?:(?:\d{1,3}(?:st|nd|rd|th)|[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?)" + _SP
    + r"+){1,4}?)(?P<suffix>" + "|".join(sorted(_EN_SUFFIXES, key=len, reverse=True)) + r")"
    r"|(?P<broadway>broadway))(?![\w-])\.?")
_EN_DIRECTION = re.compile(_SP + r"+(?:N|S|E|W|NE|NW|SE|SW)\.?(?![\w])")
_EN_UNIT = re.compile(
    r"[ \t]*,?[ \t]*(?:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|#)\.?[ \t]*#?[ \t]*"
    r"[\w-]{1,6}(?![\w])", re.IGNORECASE)
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?" + _SP + r"?\d[A-Z]{2}"
_US_STATE_ZIP = r"[A-Z]{2}" + _SP + r"+\d{5}(?:-\d{4})?"
_EN_LOCALITY = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:[A-Z][\w'’.-]*" + _SP + r"?){1,3}?[ \t]*,?[ \t]*)?"
    r"(?:" + _US_STATE_ZIP + r"|" + _UK_POSTCODE + r")(?![\w])")

# Continental European streets, name first, number after: "Via Roma 131", "Calle Mayor 5",
# "Hauptstraße 12", "Augsburger Strasse 36", "Keizersgracht 123". Matched on the original
# text (capitals matter), backwards from the number.
_EU_BEFORE_NUMBER = re.compile(
    r"(?<![\w])(?:(?:Via|Viale|Piazza|Piazzale|Corso|Largo|Calle|Avenida|Avda\.|Paseo|Rua|"
    r"Carrer|Praça|Travessa|Plaza|Ulica|ul\.)" + _SP + r"+"
    r"(?:(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|del|della|di|do|da|dos|das|la|las|los)" + _SP + r"+){1,4}"
    r"|(?:[A-ZÀ-ÖØ-Þ][\w'’-]*" + _SP + r"+)?(?:[A-ZÀ-ÖØ-Þ][\w'’-]{2,}?"
    r"(?i:straße|strasse|str\.|weg|gasse|allee|platz|damm|ufer|laan|straat|gracht|plein|kade|"
    r"singel|vej|gatan|vägen|veien|vegen|katu|utca)|Straße|Strasse|Str\.|Weg|Gasse|Allee|Platz|"
    r"Laan|Straat|Vej)" + _SP + r"*)\Z")
_EU_NUMBER_END = re.compile(r"[a-zA-Z]?(?![\w])")
_EU_LOCALITY = re.compile(
    r"[ \t]*,?[ \t]*(?:[A-Z]{1,2}-)?\d{4,5}" + _SP + r"+[A-ZÀ-ÖØ-Þ][\w'’-]*"
    r"(?:" + _SP + r"(?:am|an|im|in|bei|[A-ZÀ-ÖØ-Þ])[\w'’-]*)*")


_Span = ScoredSpan


def _capitalised(word: str) -> bool:
    """"Paix", "PAIX", "l'Église", "d'Italie" start with a capital (after an elision)."""
    if len(word) > 2 and word[1] in "'’":
        word = word[2:]
    return word[:1].isupper()


class PostalAddressDetector:
    """Postal addresses (type POSTAL_ADDRESS): French, English/UK/US and continental street
    addresses and post-office boxes, with their postcode and town when they follow."""

    name = "postal_address"
    types = (POSTAL_ADDRESS,)

    def detect(self, text: str, lang: str) -> list[Finding]:
        """Every postal address in `text`; see the module docstring for the forms and scores."""
        low = lower_same_length(text)
        spans: list[_Span] = []
        for number in _DIGITS.finditer(low):
            start = number.start()
            if len(number.group()) <= 6 and not (start and (
                    low[start - 1].isalpha() or low[start - 1] in _NUMBER_GLUE)):
                self._after_number(text, low, number, spans)
        if any(hint in low for hint in _FR_STRONG_HINTS):
            for match in _FR_STRONG_ALONE.finditer(low):
                self._french_street(text, low, match.start(), match, spans, numbered=False)
        if any(hint in low for hint in _BOX_HINTS):
            self._boxes(text, low, spans)
        return self._merge(spans)

    def _after_number(self, text: str, low: str, number: re.Match[str],
                      spans: list[_Span]) -> None:
        french = _FR_AFTER_NUMBER.match(low, number.end())
        if french:
            self._french_street(text, low, number.start(), french, spans, numbered=True)
            return
        english = _EN_AFTER_NUMBER.match(low, number.end())
        if english:
            self._english_street(text, number.start(), english, spans)
        before_text = text[max(0, number.start() - 40):number.start()].rstrip()
        last_word = before_text[before_text.rfind(" ") + 1:]
        if len(number.group()) <= 4 and last_word[:1].isupper() or last_word.endswith("."):
            # Continental forms always have a capitalised word (or "ul.") before the number.
            before = _EU_BEFORE_NUMBER.search(text, max(0, number.start() - 60), number.start())
            tail = _EU_NUMBER_END.match(text, number.end())
            if before and tail:
                end = tail.end()
                locality = _EU_LOCALITY.match(text, end)
                if locality:
                    spans.append(_Span(before.start(), locality.end(), 0.95,
                                       "street and number, with a postcode and town"))
                else:
                    spans.append(_Span(before.start(), end, 0.85, "street and number"))

    # -- French -------------------------------------------------------------------------------

    def _french_street(self, text: str, low: str, start: int, match: re.Match[str],
                       spans: list[_Span], *, numbered: bool) -> None:
        street_type = match.group("type")
        strong = fold(street_type) in _FR_STRONG
        name_end, capitalised = self._street_name(text, low, match.end())
        if name_end == match.end():
            return
        locality = self._fr_locality(text, low, name_end)
        shown = text[match.start("type"):match.end("type")]
        if locality and (numbered or strong or capitalised):
            spans.append(_Span(start, locality, 0.95,
                               f"street type '{shown}' with a postcode and town after it"))
        elif numbered and (capitalised or strong):
            spans.append(_Span(start, name_end, 0.85, f"number and street type '{shown}'"))
        elif capitalised and strong:
            spans.append(_Span(start, name_end, 0.6,
                               f"street type '{shown}' and a capitalised street name"))

    @staticmethod
    def _street_name(text: str, low: str, pos: int) -> tuple[int, bool]:
        """End of the street name after `pos` (`pos` when there is none), and whether it has a
        capitalised word. Joiners ("de la", "l'") count only when a name word follows them."""
        end, capitalised, words, cursor = pos, False, 0, pos
        while words < 6:
            gap = _GAP.match(text, cursor)
            start = gap.end() if gap else cursor
            if start == cursor and cursor != pos or start == len(text):
                break
            word_match = _WORD.match(text, start)
            if not word_match:
                break
            word = word_match.group().rstrip(".")
            folded = low[start:start + len(word)]
            cursor = start + len(word)
            if folded in _JOINERS:
                continue
            content = folded[2:] if len(folded) > 2 and folded[1] in "'’" else folded
            if content in _STOP:
                break
            if _capitalised(word):
                capitalised = True
            elif capitalised:
                break
            end = cursor
            words += 1
        return end, capitalised

    @staticmethod
    def _fr_locality(text: str, low: str, pos: int) -> int | None:
        """End of the "postcode town [Cedex n]" that follows `pos`, if one does."""
        match = _FR_LOCALITY.match(low, pos)
        if not match:
            return None
        cursor = town_end = match.start("town")
        first = True
        while True:
            word_match = _WORD.match(text, cursor)
            if not word_match:
                break
            word = word_match.group().rstrip(".")
            lowered = low[cursor:cursor + len(word)]
            if not first and (lowered in ("cedex", "cédex") or not (
                    _capitalised(word) or lowered in _JOINERS)):
                break
            cursor = town_end = cursor + len(word)
            first = False
            gap = _GAP.match(text, cursor)
            if not gap:
                break
            cursor = gap.end()
        cedex = _CEDEX.match(text, town_end)
        return cedex.end() if cedex else town_end

    # -- English ------------------------------------------------------------------------------

    @staticmethod
    def _english_street(text: str, start: int, match: re.Match[str],
                        spans: list[_Span]) -> None:
        if match.group("broadway"):
            suffix = "Broadway"
        else:
            suffix = text[match.start("suffix"):match.end("suffix")]
            lower_ok = match.group("suffix") in _EN_LOWER_OK
            words = text[match.start("name"):match.end("name")].split()
            if not (suffix[0].isupper() or lower_ok) or not all(
                    _capitalised(w) or w[0].isdigit() or (lower_ok and w.lower() not in _STOP)
                    for w in words):
                return
        end = match.end()
        if text[end - 1] == "." and len(match.group("suffix") or "") > 4:
            end -= 1  # "Street." ends a sentence; "St." is an abbreviation
        direction = _EN_DIRECTION.match(text, end)
        end = direction.end() if direction else end
        unit = _EN_UNIT.match(text, end)
        end = unit.end() if unit else end
        locality = _EN_LOCALITY.match(text, end)
        if locality:
            spans.append(_Span(start, locality.end(), 0.95,
                               f"number, street suffix '{suffix}', town and postcode"))
        else:
            spans.append(_Span(start, end, 0.85, f"number and street suffix '{suffix}'"))

    # -- post-office boxes --------------------------------------------------------------------

    def _boxes(self, text: str, low: str, spans: list[_Span]) -> None:
        for match in _FR_BOX.finditer(low):
            kind = text[match.start():match.start("digits")].strip()
            if kind.lower() in ("cs", "tsa") and len(match.group("digits")) < 4:
                continue  # "CS 2" is not a mail sorting code
            locality = self._fr_locality(text, low, match.end())
            if locality:
                spans.append(_Span(match.start(), locality, 0.9,
                                   f"post-office box '{kind}' with a postcode and town"))
            else:
                spans.append(_Span(match.start(), match.end(), 0.6, f"post-office box '{kind}'"))
        for match in _EN_BOX.finditer(low):
            town = _EN_LOCALITY.match(text, match.end())
            spans.append(_Span(match.start(), town.end() if town else match.end(),
                               0.9 if town else 0.6, "post-office box"))

    def _merge(self, spans: list[_Span]) -> list[Finding]:
        """Overlapping spans become one, with the best score and its reason."""
        return [Finding(type=POSTAL_ADDRESS, start=span.start, end=span.end, score=span.score,
                        detector=self.name, reason=f"postal address: {span.reason}")
                for span in merge_overlapping(spans)]
