"""Contact details: e-mail addresses and phone numbers (French and international)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Literal

import phonenumbers
from phonenumbers import (
    Leniency,
    NumberParseException,
    PhoneNumber,
    PhoneNumberMatcher,
    ValidationResult,
    region_code_for_number,
)

from clairbot.categories import EMAIL, PHONE
from clairbot.findings import Finding
from clairbot.guards.pii._phone_text import (
    COUNTRY_PREFIX_BEFORE,
    PHONE_CONTEXT,
    PHONE_LABEL_AFTER,
    SPACED_DATE,
    indian_mobile,
    keyword_shape,
    reference_before,
    trunk_grouped,
)
from clairbot.guards.pii._runs import (
    DIGIT_CHAT_WORD,
    digits_of,
    has_context,
    iban_shaped,
    in_sentence_before,
    inside,
    is_standalone,
)

# Local part, "@", dot-separated domain labels, then a top-level domain of letters (or its
# punycode form "xn--p1ai"). Unicode letters are allowed ("élodie@exemple.fr").
_EMAIL = re.compile(
    r"(?<![\w.+%-])[\w.+%-]{1,64}@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+"
    r"(?:[^\W\d_]{2,63}|xn--[a-z0-9-]{2,59})(?![\w-])", re.IGNORECASE)


class EmailDetector:
    """E-mail addresses."""

    name: str = "email"
    types: tuple[str, ...] = (EMAIL,)

    def detect(self, text: str, lang: str) -> list[Finding]:
        """Every e-mail address whose local part and domain are well formed."""
        if "@" not in text:
            return []
        findings: list[Finding] = []
        for match in _EMAIL.finditer(text):
            local = match.group().partition("@")[0]
            if local.startswith(".") or local.endswith(".") or ".." in local:
                continue
            findings.append(Finding(EMAIL, match.start(), match.end(), 0.95, self.name,
                                    "e-mail address: local part, @, domain with a TLD"))
        return findings


# Stretches of digits, spaces, dots, dashes and brackets that may hold phone numbers.
# (a space never joins a chat word led by a digit: "call +353 87 555 0192 2moro")
_PHONE_CANDIDATE = re.compile(
    r"[+(\d](?:[\d.\-()+]|[ \u00a0\u202f](?!" + DIGIT_CHAT_WORD + r")){6,}\d")
_NON_DIGITS = re.compile(r"\D+")
_DIGIT_GROUPS = re.compile(r"\d+")
_IPV4_SHAPE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
# Dates and times: "2015-12-22 04" (before ":34:22"), "22.12.2015", "22/12/2015 14".
_DATE = re.compile(r"(?:19|20)\d\d[-./]\d\d?[-./]\d\d?|\d\d?[-./]\d\d?[-./](?:19|20)\d\d")
# A version or a decimal: "0.12.345.6789" ("1." may start a North American number).
_VERSION_START = re.compile(r"[02-9]\.")
# Longest number written with its international prefix: "00" + 15 digits (E.164).
_MAX_DIGITS = 17
# An extension after the number: "415-555-0134x89", "+1 416 555 0199 ext. 12", "poste 12". It
# is not dialled with the number, so it stays out of the span.
_EXTENSION = re.compile(r"[ \u00a0]?(?:extension|extn?\.?|poste|x)[ \u00a0]?\d{1,6}(?!\w)",
                        re.IGNORECASE)
# A label hyphenated to the number ("07400 123456-Fax", "06 12 34 56 78-perso"): a word of
# three letters or more, so that "06 12 34 56 78-2", "FAC-0612345678-B" or the last byte of a
# MAC address ("01-23-45-67-89-AB") still glue the digits to something longer.
_LABEL_AFTER = re.compile(r"-[^\W\d_]{3,}(?![\w-])")
# A whole number of 8 digits or more right after, or right before, a slash.
_NUMBER_AFTER_SLASH = re.compile(r"/[ \u00a0]?\+?(?:\d[ \u00a0.\-]?){7,}\d(?![\w/])")
_NUMBER_BEFORE_SLASH = re.compile(r"(?<![\w/])\+?(?:\d[ \u00a0.\-]?){7,}\d[ \u00a0]?/\Z")
# A phone label glued to the number by a dot: "Tél.06 12 34 56 78", "tel.0612345678", "T.06...".
_LABEL_BEFORE = re.compile(r"(?<![^\W\d_])(?:t[ée]l|t|m|ph|fax|mob|port|gsm|cell|std)\.\Z",
                           re.IGNORECASE)
# ... or glued with nothing between, as typed in a hurry: "tel0612345678", "mob07700900123".
_LABEL_GLUED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:t[ée]l|tel|ph|phone|fax|mob|mobile|portable|gsm|cell|natel|whatsapp)\Z",
    re.IGNORECASE)
# A word of the chat glued after the number, as typed in a hurry: "06 12 34 56 78svp",
# "07700 900123pls". Only these words: a reference glues letters of its own ("0612345678AB").
_CHAT_WORD_AFTER = re.compile(r"(?:svp|stp|merci|pls|plz|please|thx|thanks|asap|merci)\b",
                              re.IGNORECASE)
# Regions sharing one national numbering plan: a US-formatted number may be Canadian
# ("(416) 555-0199" is in Toronto), and the other way round.
_SHARED_PLAN: Mapping[str, Sequence[str]] = {"US": ("US", "CA"), "CA": ("CA", "US")}
# Digits grouped by thousands: a signed amount ("+15 000 000 000"), not a phone number.
_THOUSANDS = re.compile(r"\+\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+")
# Digits grouped by thousands without a sign: "7 345 678 901", "2.345.678.901".
_THOUSANDS_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3}){2,}")
# A North American local number, exchange then line: "555-0134", "555 0199".
_NANP_LOCAL = re.compile(r"[2-9]\d\d[ \u00a0.\-]\d{4}")
# How a candidate is read: a valid number, an international one of a possible length only,
# a national one of a possible length only (or only in a phone shape), a local number, or a
# run of digits that only a phone keyword makes a phone number.
_Kind = Literal["valid", "possible", "national", "local", "keyword"]
# The way each country writes its numbers, which no reference, amount or date uses: a national
# number outside the assigned ranges is taken in that shape even without a phone keyword.
_GROUPINGS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("FR", "the French grouping in pairs (0X XX XX XX XX)", re.compile(
        r"(?:0|\(0\)[ \u00a0]?)[1-9](?P<sep>[ \u00a0\u202f.\-])\d\d(?:(?P=sep)\d\d){3}")),
    # A French mobile typed whole ("0639985517"), as visitors type their own: references
    # named before it are not taken (see `reference_before`).
    ("FR", "the French mobile shape (06 or 07 and eight digits)", re.compile(r"0[67]\d{8}")),
    ("US", "the North American grouping ((XXX) XXX-XXXX, XXX-XXX-XXXX)", re.compile(
        r"(?:1[ \u00a0.\-]?)?(?:\([2-9]\d\d\)[ \u00a0]?\d{3}[ \u00a0.\-]\d{4}"
        r"|[2-9]\d\d(?P<sep>[.\-])[2-9]\d\d(?P=sep)\d{4}"
        r"|[2-9]\d\d[ \u00a0][2-9]\d\d[ \u00a0\-]\d{4})")),
    ("GB", "the British grouping (0XXXX XXXXXX, 0XX XXXX XXXX)", re.compile(
        r"(?:0\d{4}|\(0\d{4}\))[ \u00a0](?:\d{6}|\d{3}[ \u00a0]\d{3})"
        r"|(?:0\d\d|\(0\d\d\))[ \u00a0]\d{4}[ \u00a0]\d{4}"
        r"|(?:0\d{3}|\(0\d{3}\))[ \u00a0]\d{3}[ \u00a0]\d{4}")),
)
# French pairs split by slashes ("06/12/34/56/78"), which the candidate pattern does not read
# (a date has three groups, not five).
_FR_SLASHED = re.compile(r"(?<![\w/])0[1-9](?:/\d\d){4}(?![\w/])")
# An area code set apart by a slash, as Belgians, Germans and some Americans write it:
# "0470/12.34.56", "02/123.45.67", "030/1234567", "212/555-0147", "069 / 4471 2290". Read as
# if a space.
_AREA_SLASHED = re.compile(
    r"(?<![\w/.,\-])(?:0\d{1,4}|[2-9]\d\d)[ \u00a0]?/[ \u00a0]?\d(?:[ \u00a0.\-]?\d){5,9}"
    r"(?![\w/]|[.,\-]\d)")
_SLASH = re.compile(r"[ \u00a0]*/[ \u00a0]*")
# The nine digits after a leading zero typed as the letter O, in French pairs ("O1 42 68 53 00").
_FR_AFTER_LETTER_O = re.compile(r"[1-9](?P<sep>[ .\-])\d\d(?:(?P=sep)\d\d){3}")
# Overseas France dials like mainland France ("0692 12 34 56" in Réunion) in its own country
# codes: tried when a French-looking national number starting 02, 05, 06 or 09 is not valid.
_OVERSEAS = ("RE", "GP", "MQ", "GF", "PM")

# The first region of a language is tried first; numbers written with "+" or "00" are found
# whatever the region. French numbers are tried for English too: the deployments are French
# B2B companies, and their English-speaking visitors often give French numbers. Canadian
# numbers are tried for French: Québec writes "514 555-0123" with no "+1".
DEFAULT_PHONE_REGIONS: Mapping[str, Sequence[str]] = {
    "fr": ("FR", "CA"),
    "en": ("FR", "US", "GB"),
}


class PhoneDetector:
    """Phone numbers, validated by libphonenumber (`phonenumbers`) for the regions of `lang`.

    Each stretch of digits and separators holding one number is parsed directly, in each
    region of `lang` where a number of its length and first digit can exist (a US-formatted
    number may be Canadian, a French-looking one may be from overseas France); a longer
    stretch (several numbers in a row) goes through `PhoneNumberMatcher`, then through the
    national groupings. Numbers written with "+" or "00" are valid whatever the region.

    A national number is never a phone number when a reference is named right before it
    ("commande n° 06 12 34 56 78", "invoice no. 0161496000", "Part number 020-7946-0018"),
    valid or not, nor after two capitals without a phone keyword ("BE 0123.456.789").

    A number outside the ranges known as assigned (the fictional 555-01XX, Ofcom's drama
    numbers, unallocated French prefixes) is a visitor's number all the same when it is
    plausibly written as one; it is kept with a lower score, its reason saying why:
    - with its country code and a length that country dials: with "+", with "00" and a
      space after the country code ("0044 7700 900123"), or with "00" and a phone keyword;
    - national, of a length its region dials: with a phone keyword nearby, or written in the
      region's own grouping ("0X XX XX XX XX", "(XXX) XXX-XXXX", "XXX XXX XXXX", "0XXXX
      XXXXXX");
    - a 7-digit North American local number ("555-0134"): only right after a phone keyword,
      where US or CA numbers are tried.
    - with "+" and a phone keyword nearby, a number one or two digits short of its country's
      plan, as plans renumbered since write it ("+234 1 555 0142");
    - a North American toll-free number spelt with letters ("1-800-FLOWERS"): with its "1"
      or a phone keyword nearby.

    With the default regions, numbers of the countries whose plans are not tried are found
    too: national ones written with their trunk 0 and phone groups ("087 123 4567" in
    Ireland, "(02) 9876 5432" in Australia, "02 123 45 67" in Belgium; in a French chat only
    the shapes ending in pairs), a British mobile without spaces or an Indian one in fives in
    an English chat, and any run of 8 to 12 digits in groups right after a phone keyword
    ("whatsapp me on 9123 4567"). The span is the dialable number: an extension after it
    ("ext. 12", "poste 214", "x204") is allowed but left out.
    """

    name: str = "phone"
    types: tuple[str, ...] = (PHONE,)

    def __init__(self, regions: Mapping[str, Sequence[str]] | None = None, *,
                 other_countries: bool | None = None) -> None:
        """`regions`: national numbering plans to try, per language (default: FR/CA for
        French, FR/US/GB for English).
        `other_countries`: also take national numbers of countries whose plans are not tried
        when written in a phone shape or announced by a phone keyword (default: only with the
        default regions; injected regions mean those plans only)."""
        self.regions = dict(DEFAULT_PHONE_REGIONS if regions is None else regions)
        self.other_countries = regions is None if other_countries is None else other_countries

    def detect(self, text: str, lang: str) -> list[Finding]:
        """Every phone number that stands alone (not a slice of a longer number)."""
        findings: list[Finding] = []
        regions = self.regions.get(lang) or self.regions.get("fr") or ("FR",)
        ibans: list[tuple[int, int]] | None = None
        for candidate in _PHONE_CANDIDATE.finditer(text):
            start, end = candidate.span()
            chunk = candidate.group()
            opened = chunk.rfind("(")
            if opened > 0 and ")" not in chunk[opened:]:
                # "0044 161 496 0712 (24h)": a bracket opened after the number is no part of it
                chunk = chunk[:opened].rstrip(" \u00a0\u202f.-")
                end = start + len(chunk)
            digits = _NON_DIGITS.sub("", chunk)
            if len(digits) < 8:
                # A local number only where North American numbers come first ("Tél :
                # 555-0134" in a French chat is no Québec number without its area code),
                # or where Canada's are tried and the visitor is told to call it ("Appelez le
                # 555-0118 si vous êtes sur le site de Moncton").
                # ("my cell is 555-0162, je suis à Boston": a visitor's own line, said so)
                if (len(digits) == 7 and _NANP_LOCAL.fullmatch(chunk)
                        and (regions[0] in _SHARED_PLAN or "US" in regions or "CA" in regions
                             and (_CALL_IT_BEFORE.search(text, max(0, start - 16), start)
                                  or _MY_LINE_BEFORE.search(text, max(0, start - 24), start)))):
                    finding = self._accept(text, start, end, 1, None, kind="local")
                    if finding is not None:
                        findings.append(finding)
                continue
            if (_IPV4_SHAPE.fullmatch(chunk) or _DATE.search(chunk)
                    or SPACED_DATE.search(chunk) or _VERSION_START.match(chunk)):
                continue
            if ibans is None:
                ibans = iban_shaped(text)
            if inside(ibans, start, end):
                continue
            if len(digits) > _MAX_DIGITS:
                findings.extend(self._match(text, start, chunk, regions))
                continue
            if chunk.startswith("(") and chunk.count("(") > chunk.count(")"):
                start, chunk = start + 1, chunk[1:]
            if (len(digits) == 9 and start and text[start - 1] in "Oo" and "FR" in regions
                    and _FR_AFTER_LETTER_O.fullmatch(chunk)):
                finding = self._letter_o(text, start - 1, end, chunk, digits)
            else:
                finding = self._parse(text, start, end, chunk, digits, regions)
            if finding is not None:
                findings.append(finding)
        findings.extend(self._vanity(text, findings))
        if "/" in text:
            slashed = self._slashed(text, findings, regions)
            if slashed:
                findings = sorted([*findings, *slashed], key=lambda f: f.start)
        return findings

    def _vanity(self, text: str, taken: Sequence[Finding]) -> list[Finding]:
        """North American toll-free numbers spelt with letters ("1-800-FLOWERS", "1 888
        GET-SALT"): dialled on a keypad like any other, and a company's line as often as a
        person's, but a visitor's message is no place to tell which."""
        found = []
        for match in _VANITY.finditer(text):
            start, end = match.span()
            if inside([(f.start, f.end) for f in taken], start, end) or reference_before(
                    text, start):
                continue  # "SKU 800-ABC-1234" is a reference
            context = has_context(PHONE_CONTEXT, text, start, end, before=32, after=16)
            if not (context or match.group().lstrip("+").startswith("1")):
                continue  # "800-ABCDEFG" alone may be a part number; "1-800-..." is dialled
            found.append(Finding(PHONE, start, end, 0.85 if context else 0.75, self.name,
                                 "toll-free number spelt with letters (+1 8XX)"
                                 + (", phone keyword nearby" if context else "")))
        for match in _UK_VANITY.finditer(text):
            start, end = match.span()
            if inside([(f.start, f.end) for f in [*taken, *found]], start, end) or (
                    reference_before(text, start)):
                continue
            context = has_context(PHONE_CONTEXT, text, start, end, before=32, after=16)
            found.append(Finding(PHONE, start, end, 0.8 if context else 0.7, self.name,
                                 "British freephone number spelt with letters (08XX)"
                                 + (", phone keyword nearby" if context else "")))
        return found

    def _parse(self, text: str, start: int, end: int, chunk: str, digits: str,
               regions: Sequence[str]) -> Finding | None:
        """The candidate as one number: international when written with "+" (also in
        brackets, "(+33) 6 ...") or "00", national otherwise, and failing that with its
        country code in brackets and no "+" ("(33) 1 45 56 78 90"), when valid so."""
        if chunk.lstrip("(").startswith("+"):
            raw = chunk
        elif digits.startswith("00"):
            raw = "+" + _after_two_digits(chunk)
        else:
            finding = self._national(text, start, end, chunk, digits, regions)
            code = _BRACKETED_CODE.match(chunk) if finding is None else None
            if code is None:
                return finding
            try:
                number = phonenumbers.parse(f"+{code.group(1)} {chunk[code.end():]}", None)
            except NumberParseException:
                return None
            valid_for = _valid_for(number, None)
            if valid_for is None:
                return None
            return self._accept(text, start, end, number.country_code, valid_for)
        try:
            number = phonenumbers.parse(raw, None)
        except NumberParseException:
            return None
        valid_for = _valid_for(number, None)
        if valid_for is not None:
            return self._accept(text, start, end, number.country_code, valid_for)
        reason = phonenumbers.is_possible_number_with_reason(number)
        if reason == ValidationResult.IS_POSSIBLE:
            return self._accept(text, start, end, number.country_code, None, kind="possible")
        if reason == ValidationResult.TOO_SHORT and len(str(number.national_number)) >= 7:
            # A plan renumbered since ("+234 1 555 0142", Lagos before its eighth digit):
            # written with "+" and a phone keyword nearby, or right after "at" / "on" ("our
            # safety officer at +234 1 555 2093"), it is still someone's number.
            # Or written with "+" in three groups or more ("+234 1 463 2285"), as only a
            # phone number is: an amount groups by thousands ("+15 000 000", refused below).
            at = raw.lstrip("(").startswith("+") and (_AT_BEFORE.search(
                text, max(0, start - 6), start) is not None or _PLUS_GROUPED.fullmatch(
                chunk) is not None and _QUANTITY_AFTER.match(text, end) is None)
            return self._accept(text, start, end, number.country_code, None,
                                kind="possible" if at else "keyword")
        return None

    def _national(self, text: str, start: int, end: int, chunk: str, digits: str,
                  regions: Sequence[str]) -> Finding | None:
        """The candidate as a national number: valid in one of `regions` (or in overseas
        France for a French-looking one), else of a possible length in one of them and
        plausibly written as a phone number (see `_accept`)."""
        possible: list[tuple[str, PhoneNumber]] = []
        for region in regions:
            if not _plausible(digits, region) or (
                    region in _SHARED_PLAN and _THOUSANDS_GROUPED.fullmatch(chunk)):
                continue  # "7 345 678 901 euros": an amount, never a North American number
            try:
                number = phonenumbers.parse(chunk, region)
            except NumberParseException:
                continue
            valid_for = _valid_for(number, region)
            if valid_for is None and region == "FR":
                number, valid_for = _overseas(chunk, digits) or (number, None)
            if valid_for is not None:
                return self._accept(text, start, end, number.country_code, valid_for)
            if (phonenumbers.is_possible_number_with_reason(number)
                    == ValidationResult.IS_POSSIBLE):
                possible.append((region, number))
        if possible:
            # The region whose own grouping the number is written in, else the first one tried.
            for grouped_in, grouping, pattern in _GROUPINGS:
                if pattern.fullmatch(chunk):
                    for region, number in possible:
                        if region in _SHARED_PLAN.get(grouped_in, (grouped_in,)):
                            return self._accept(text, start, end, number.country_code, region,
                                                kind="national", grouping=grouping)
            region, number = possible[0]
            finding = self._accept(text, start, end, number.country_code, region,
                                   kind="national")
            if finding is not None:
                return finding
        if not self.other_countries:
            return None
        shape = _phone_shape(chunk, digits, regions)
        if shape is not None and not (shape.startswith("the Australian")
                                      and _QUANTITY_AFTER.match(text, end)):
            return self._accept(text, start, end, None, None, kind="national", grouping=shape)
        if possible:
            return None
        shaped = keyword_shape(chunk, digits)
        if shaped is None or shaped == "thousands" and not has_context(
                PHONE_CONTEXT, text, start, end, before=16, after=0):
            return None  # "12 500 000" is an amount unless a phone keyword labels it
        return self._accept(text, start, end, None, None, kind="keyword")

    def _match(self, text: str, offset: int, chunk: str,
               regions: Sequence[str]) -> list[Finding]:
        """Several numbers in one stretch ("01 42 68 53 00 - 06 12 34 56 78"): the matcher
        splits the valid ones, in the first region only (each pass costs about 0.3 ms; numbers
        with "+" or "00" are found in any region's pass); then the national groupings give
        the others ("01 99 00 12 34 - 06 12 34 56 78", "(212) 555-0134 / 555.867.5309")."""
        findings = [f for m in PhoneNumberMatcher(chunk, regions[0], leniency=Leniency.VALID)
                    if (f := self._accept(text, offset + m.start, offset + m.end,
                                          m.number.country_code,
                                          _valid_for(m.number, None))) is not None]
        for grouped_in, _, pattern in _GROUPINGS:
            if not any(r in _SHARED_PLAN.get(grouped_in, (grouped_in,)) for r in regions):
                continue
            for match in pattern.finditer(chunk):
                start, end = offset + match.start(), offset + match.end()
                if any(f.start < end and start < f.end for f in findings):
                    continue
                finding = self._national(text, start, end, match.group(),
                                         digits_of(match.group()), regions)
                if finding is not None:
                    findings.append(finding)
        return sorted(findings, key=lambda f: f.start)

    def _slashed(self, text: str, taken: Sequence[Finding],
                 regions: Sequence[str]) -> list[Finding]:
        """Numbers split by slashes: French pairs ("06/12/34/56/78"), read as the same pairs,
        and an area code set apart ("0470/12.34.56", "212/555-0147"), read as if a space."""
        findings: list[Finding] = []
        found: list[tuple[re.Match[str], Finding | None]] = []
        for match in _FR_SLASHED.finditer(text) if "FR" in regions else ():
            chunk = match.group().replace("/", " ")
            found.append((match, self._national(text, *match.span(), chunk, digits_of(chunk),
                                                ("FR",))))
        for match in _AREA_SLASHED.finditer(text):
            if _DATE.search(match.group()):
                continue
            chunk = _SLASH.sub(" ", match.group())
            found.append((match, self._parse(text, *match.span(), chunk, digits_of(chunk),
                                             regions)))
        for match, finding in found:
            start, end = match.span()
            if finding is None or any(f.start < end and start < f.end
                                      for f in [*taken, *findings]):
                continue
            findings.append(finding)
        return findings

    def _letter_o(self, text: str, start: int, end: int, chunk: str,
                  digits: str) -> Finding | None:
        """A French number in pairs whose leading zero was typed as the letter O ("O1 42 68 53
        00"), the letter at `start` and the nine digits after it in `chunk`."""
        finding = self._national(text, start, end, "0" + chunk, "0" + digits, ("FR",))
        if finding is None:
            return None
        return replace(finding, reason=f"{finding.reason}, its leading 0 typed as the letter O")

    def _accept(self, text: str, start: int, end: int, country_code: int | None,
                region: str | None, kind: _Kind = "valid",
                grouping: str | None = None) -> Finding | None:
        """The finding for `text[start:end]` read as a `kind` number, if the text around
        allows it (the number stands alone and no reference is named right before a national
        one; weaker readings need a phone keyword or, for a national number, a phone
        `grouping`). An extension after the number is allowed but left out of the span."""
        raw = text[start:end]
        # A bracket the number does not close: "(+33 6 12 34 56 78)".
        if raw.startswith("(") and raw.count("(") > raw.count(")"):
            start, raw = start + 1, raw[1:]
        if raw.endswith(")") and raw.count(")") > raw.count("("):
            end, raw = end - 1, raw[:-1]
        extension = _EXTENSION.match(text, end)
        stop = end if extension is None else extension.end()
        # A label hyphenated after the number, or glued before it by a dot ("Tél.06 12 34 56
        # 78"), is not more of it: check the edges without them.
        glued_after = _LABEL_AFTER.match(text, stop) or _CHAT_WORD_AFTER.match(text, stop)
        edge = text[:stop] if glued_after else text
        if start > 1 and text[start - 1] == "." and _LABEL_BEFORE.search(text, 0, start):
            edge = f"{edge[:start - 1]} {edge[start:]}"
        elif start and _LABEL_GLUED_BEFORE.search(text, max(0, start - 10), start):
            edge = f"{edge[:start - 1]} {edge[start:]}"  # same length: the offsets hold
        # Nor does a slash glue two whole numbers ("06 12 34 56 78/01 42 68 53 00").
        if text[stop:stop + 1] == "/" and _NUMBER_AFTER_SLASH.match(text, stop):
            edge = f"{edge[:stop]};{edge[stop + 1:]}"
        if (start and text[start - 1] == "/"
                and _NUMBER_BEFORE_SLASH.search(text, max(0, start - 32), start)):
            edge = f"{edge[:start - 1]};{edge[start:]}"
        if not is_standalone(edge, start, stop):
            return None
        if sum(len(group) == 1 for group in _DIGIT_GROUPS.findall(raw)) >= 3:
            return None  # "1.3.6.1.4.1.38539" is an OID, not a phone number
        international = raw.lstrip("(").startswith(("+", "00"))
        if not international and kind != "local" and reference_before(text, start):
            # "commande n° 04 01 12 34 56", "invoice no. 0161496000": that reference's number,
            # even where a phone could have it.
            return None
        # The weakest readings need the keyword closer ("555-0134", eight digits or more).
        before, after = {"local": (16, 12), "keyword": (32, 16)}.get(kind, (48, 24))
        context = (has_context(PHONE_CONTEXT, text, start, stop, before=before, after=after)
                   or kind != "local" and PHONE_LABEL_AFTER.match(text, stop) is not None)
        if (not international and kind != "local" and not context
                and COUNTRY_PREFIX_BEFORE.search(text, max(0, start - 3), start)):
            return None  # "BE 0123.456.789", "flight BA 0123 4567 89": a prefixed identifier
        with_extension = ", with an extension" if extension is not None else ""
        keyword = ", phone keyword nearby" if context else ""
        trailing = not context and kind in ("local", "keyword") and _trailing(text, start, stop)
        if trailing:
            return Finding(PHONE, start, end, 0.6, self.name,
                           "digits in a phone grouping closing the message, where chats put a "
                           f"number to call back{with_extension}")
        if kind == "local":
            if not context and (_AT_BEFORE.search(text, max(0, start - 6), start)
                                or _OR_BEFORE.search(text, max(0, start - 6), start)
                                or _OR_NAMED_BEFORE.search(text, max(0, start - 28), start)
                                and not reference_before(text, start)):
                # "update the driver's cell to 555-0178 and keep the office at 555-0110": at
                # that number, in a sentence about phones
                context = in_sentence_before(PHONE_CONTEXT, text, start, 80)
            if not context:
                return None  # "555-0134" alone, or far from the keyword, may be any reference
            return Finding(PHONE, start, end, 0.7, self.name,
                           "North American local number (exchange and line), phone keyword"
                           f" just before{with_extension}")
        if kind == "keyword":
            if not context:
                return None  # eight digits or more may be anything without the keyword
            return Finding(PHONE, start, end, 0.6, self.name,
                           "digits in a phone shape that no numbering plan tried reads, phone"
                           f" keyword nearby{with_extension}")
        if kind == "possible":
            if _THOUSANDS.fullmatch(raw) or not (context or raw.lstrip("(").startswith("+") or (
                    (_SPACED_CODE.match(raw) or _GLUED_CODE.fullmatch(raw))
                    and not reference_before(text, start))):
                # "+15 000 000 000" is an amount; "0044..." after "compte" may be an account
                # number; "0044 7700 900123" is a phone number, and so is "0033639987210",
                # a whole number of its country's length glued to its code.
                return None
            return Finding(PHONE, start, end, 0.75 if context else 0.65, self.name,
                           f"number of a possible length for +{country_code}, outside the"
                           f" ranges known as assigned{keyword}{with_extension}")
        if kind == "national":
            if not context and (grouping is None or raw.isdigit() and _NUMBER_SIGN_BEFORE.search(
                    text, max(0, start - 8), start)):
                # A bare run of digits of that length may be any reference; so may a whole
                # mobile shape numbered with a bare "N°" or "#".
                return None
            why = " and ".join(([f"written in {grouping}"] if grouping else [])
                               + (["phone keyword nearby"] if context else []))
            plan = (f"of a possible length for {region} (+{country_code}), outside the ranges"
                    " known as assigned" if region else "outside the numbering plans tried")
            return Finding(PHONE, start, end, 0.75 if context and grouping else
                           0.7 if context else 0.6, self.name,
                           f"national number {plan}; plausible as a phone number: {why}"
                           f"{with_extension}")
        if raw.isdigit() and not international and not raw.startswith("0") and not context:
            # A bare run of digits without trunk prefix is more often an order or account
            # number than a phone number ("4155550134", "612345678").
            return None
        score = 0.9 if international else 0.85 if not raw.isdigit() else 0.8
        if context:
            score = min(0.95, score + 0.05)
        return Finding(PHONE, start, end, score, self.name,
                       f"phone number valid for {region or 'an international range'}"
                       f" (+{country_code}){keyword}{with_extension}")


def _valid_for(number: PhoneNumber, region: str | None) -> str | None:
    """The region `number` is valid in, if any: `region` itself for a national number; for an
    international one its country's main region first (checking every region sharing +1
    costs ten times more, so that comes last)."""
    if region is not None:
        for same_plan in _SHARED_PLAN.get(region, (region,)):
            if phonenumbers.is_valid_number_for_region(number, same_plan):
                return same_plan
        return None
    main = phonenumbers.region_code_for_country_code(number.country_code or 0)
    if phonenumbers.is_valid_number_for_region(number, main):
        return main
    return region_code_for_number(number) if phonenumbers.is_valid_number(number) else None


# The international prefix "00" and a country code, then a space: "0044 7700 900123".
# "1-800-FLOWERS", "1 (888) GET-SALT", "800-SALT-NOW": a toll-free prefix, then seven keys of
# which at least one is a letter, in capitals as they are printed.
# Letters past the seventh are printed for the word and not dialled ("1-800-GLASS-NOW").
_VANITY = re.compile(r"(?<![\w-])(?:\+?1[ \u00a0.\-]?)?\(?8(?:00|33|44|55|66|77|88)\)?"
                     r"[ \u00a0.\-](?=[A-Z0-9 \-]{7,12}(?![\w-]))(?=(?:[0-9 \-]*[A-Z]))"
                     r"(?:[A-Z0-9][ \-]?){6,9}[A-Z0-9](?![\w-])")
_PLUS_GROUPED = re.compile(r"\(?\+\d{1,3}\)?(?:[ \u00a0.\-]\(?\d{1,4}\)?){2,}")
_SPACED_CODE = re.compile(r"00[ \u00a0]?[1-9]\d{0,2}[ \u00a0]")
_GLUED_CODE = re.compile(r"00[1-9]\d{8,13}")
# A country code in brackets without "+": "(33) 1 45 56 78 90", "(44) 20 7946 0958".
_BRACKETED_CODE = re.compile(r"\(([1-9]\d{0,2})\)[ \u00a0]?")
# An Australian freephone or local-rate number: "1800 555 041", "1300 555 019" (not a quantity:
# "1800 500 200 units").
_QUANTITY_AFTER = re.compile(r"\s*(?:units?|pcs|pieces?|items?|kg|g|t|tonnes?|tons?|litres?|"
                             r"liters?|l|m|km|bags?|boxes|pallets?|bottles?|copies|x)\b",
                             re.IGNORECASE)
_AU_FREEPHONE = re.compile(r"1[38]00[ \u00a0\-]?\d{3}[ \u00a0\-]?\d{3}")
# A British mobile written without spaces: 07 and nine digits ("07700900123").
_GB_MOBILE = re.compile(r"07\d{9}")
# "at" / "on" right before a number: where someone is reached.
_CALL_IT_BEFORE = re.compile(r"\b(?:appele[rz]|appelle|composez|call|ring|phone)\s+(?:le|au|on|at)?"
                             r"\s*\Z", re.IGNORECASE)
_AT_BEFORE = re.compile(r"\b(?:at|on|au|sur)\s*\Z", re.IGNORECASE)
# "Call 555-0110 or 555-0111": the next of a list of lines.
_OR_BEFORE = re.compile(r"(?:\b(?:or|and|ou|et)|[/,])\s*\Z", re.IGNORECASE)
# "call me 555-0129 or barn 555-0150", "or the depot 555-0143": the next line of a list,
# named by whom or where it rings.
_OR_NAMED_BEFORE = re.compile(r"\b(?:or|and|ou|et)\s+(?:(?:the|my|our|his|her|le|la|l'|les|mon|ma|"
                              r"notre|son|sa)\s*)?[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:?\s*\Z",
                              re.IGNORECASE)
# "my cell is", "mon numéro est": the writer's own line named right before.
_MY_LINE_BEFORE = re.compile(r"\b(?:my|mon|ma)\s+(?:cell|cellulaire|cellphone|mobile|phone|number|"
                             r"num[ée]ro|t[ée]l)(?:\s+(?:is|est|c['’]est))?\s*:?\s*\Z",
                             re.IGNORECASE)
# A British freephone or non-geographic number spelt with letters ("0800-FLOORSAFE").
_UK_VANITY = re.compile(r"(?<![\w-])08(?:00|08|45|44|70)[ \u00a0\-]?(?=[A-Z0-9]*[A-Z])"
                        r"[A-Z0-9]{4,10}(?![\w-])")
# The Senegalese grouping: a mobile "77 123 45 67", a landline "33 821 45 67".
_SN_GROUPED = re.compile(r"(?:7[05-8]|33)[ \u00a0.]\d{3}[ \u00a0.]\d\d[ \u00a0.]\d\d")
# A number that closes a chat message, set apart by a comma, a dash, a colon or "on" / "at",
# with at most a thanks or a please after it: "need 50 medals by fri, 9555-0187", "r u free
# sat? 555-0163". Chats put the number to call back there; a reference is named (see
# `reference_before`), a range or a span of years is not a number to call.
_TRAILING_BEFORE = re.compile(r"(?:[,;:\-\u2013\u2014?!]|\b(?:on|at|au|sur))\s*\Z|\n\s*\Z")
_TRAILING_AFTER = re.compile(r"[\s.!)]*(?:(?:pls|plz|please|thx|thanks|ta|cheers|merci|svp|asap)"
                             r"\b[\s.!]*)?\Z", re.IGNORECASE)
_TWO_GROUPS = re.compile(r"(\d{3,4})[ \u00a0.\-](\d{4})")
_YEARS = re.compile(r"(?:19|20)\d\d\D(?:19|20)\d\d")
# A bare number sign right before: "N° 0701123456", "#0612345678".
_NUMBER_SIGN_BEFORE = re.compile(r"(?:\bn°|\bno\.|#)\s*\Z", re.IGNORECASE)


def _trailing(text: str, start: int, stop: int) -> bool:
    """Whether `text[start:stop]`, in two groups of digits ("555-0163", "6555 0123"), closes
    the message set apart as a number to call back (see `_TRAILING_BEFORE`)."""
    groups = _TWO_GROUPS.fullmatch(text[start:stop])
    if groups is None or _YEARS.fullmatch(text[start:stop]):
        return False
    low, high = int(groups.group(1)), int(groups.group(2))
    if groups.group(0)[len(groups.group(1))] == "-" and low < high and low % 50 == high % 50 == 0:
        return False  # "1200-1500": a range
    return (_TRAILING_AFTER.match(text, stop) is not None
            and _TRAILING_BEFORE.search(text, max(0, start - 6), start) is not None
            and not reference_before(text, start))


def _phone_shape(chunk: str, digits: str, regions: Sequence[str]) -> str | None:
    """The phone shape `chunk` is written in, for a national number no region tried reads
    in its own grouping. Where British numbers are tried: a trunk 0 and groups (Ireland,
    Belgium, Australia, South Africa, Germany...) or a British mobile without spaces; where
    French ones are: a trunk 0 and groups ending in pairs (Belgium, Switzerland); where
    English-speaking plans are: an Indian mobile in fives."""
    if "GB" in regions and trunk_grouped(chunk, digits):
        return "a phone grouping with the trunk 0 (0XX XXX XXXX, 0X XXX XX XX)"
    if "FR" in regions and trunk_grouped(chunk, digits, pairs_only=True):
        return "a phone grouping with the trunk 0 ending in pairs (0X XXX XX XX)"
    if "GB" in regions and _GB_MOBILE.fullmatch(chunk):
        return "the British mobile shape (07 and nine digits)"
    if ("GB" in regions or "US" in regions) and indian_mobile(chunk):
        return "the Indian mobile grouping (XXXXX XXXXX)"
    if "GB" in regions and _AU_FREEPHONE.fullmatch(chunk):
        return "the Australian freephone shape (1800 / 1300 XXX XXX)"
    if _SN_GROUPED.fullmatch(chunk):
        return "the Senegalese grouping (7X XXX XX XX, 33 XXX XX XX)"
    return None


def _plausible(digits: str, region: str) -> bool:
    """Whether a national number of this length and first digit can exist in `region`."""
    if region == "FR":
        return len(digits) == 10 and digits[0] == "0"
    if region in ("US", "CA"):
        # An area code never starts with 0 or 1, with or without the leading 1.
        return (len(digits) == 10 and digits[0] in "23456789"
                or len(digits) == 11 and digits[0] == "1" and digits[1] in "23456789")
    if region == "GB":
        return len(digits) in (10, 11) and digits[0] == "0"
    return True


def _overseas(chunk: str, digits: str) -> tuple[PhoneNumber, str] | None:
    """`chunk`, a French-looking national number not valid in mainland France, as a valid
    number of overseas France ("0692 12 34 56" in Réunion, "0590 ..." in Guadeloupe), with
    its region."""
    if digits[1] not in "2569":
        return None
    for region in _OVERSEAS:
        try:
            number = phonenumbers.parse(chunk, region)
        except NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number, region_code_for_number(number) or region
    return None


def _after_two_digits(chunk: str) -> str:
    """What follows the international prefix "00" of `chunk`, whatever separates its zeros
    ("00 33...", "0.0 33...")."""
    seen = 0
    for index, char in enumerate(chunk):
        if char.isdigit():
            seen += 1
            if seen == 2:
                return chunk[index + 1:]
    return ""
