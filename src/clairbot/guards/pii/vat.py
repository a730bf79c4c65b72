"""EU VAT identification numbers, with their country prefix ("FR40303265045")."""

from __future__ import annotations

import re

from stdnum.eu import vat as std_vat

from clairbot.categories import VAT_NUMBER
from clairbot.findings import Finding
from clairbot.guards.pii._runs import trim_ends

# Length of the part after the prefix, per member state (Greece is "EL"; "XI" is Northern
# Ireland). A candidate of another length is not worth asking stdnum about.
_BODY_LENGTHS: dict[str, tuple[int, ...]] = {
    "AT": (9,), "BE": (9, 10), "BG": (9, 10), "CY": (9,), "CZ": (8, 9, 10), "DE": (9,),
    "DK": (8,), "EE": (9,), "EL": (9,), "GR": (9,), "ES": (9,), "FI": (8,), "FR": (11,),
    "HR": (11,), "HU": (8,), "IE": (8, 9), "IT": (11,), "LT": (9, 12), "LU": (8,), "LV": (11,),
    "MT": (8,), "NL": (12,), "PL": (10,), "PT": (9,), "RO": (8, 9, 10), "SE": (12,),
    "SI": (8,), "SK": (10,), "XI": (9, 12)}
_SEPARATORS = " \u00a0\u202f.-"
_DROP_SEPARATORS = str.maketrans("", "", _SEPARATORS)
# Where a VAT number may start. Upper-case prefix: a separator may follow ("FR 40 303 265
# 045"). Lower-case prefix: only the compact form ("fr40303265045"), because "de 123 456 789"
# is French for "of 123 456 789"; it is found from its first digit, which is much faster
# than trying every lower-case letter of the text.
_UPPER_START = re.compile(r"[A-Z]{2}(?=[ \u00a0\u202f.\-]?[0-9A-Z+*]{0,2}\d)")
_LOWER_START = re.compile(r"\d(?<=[a-z]{2}\d)")
_UPPER_BODY = re.compile(r"(?:[ \u00a0\u202f.\-]?[0-9A-Z+*]){8,12}")
_LOWER_BODY = re.compile(r"[0-9a-z]{8,12}")


class VatNumberDetector:
    """EU VAT numbers, validated with the check digits of the issuing member state."""

    name: str = "eu_vat"
    types: tuple[str, ...] = (VAT_NUMBER,)

    def detect(self, text: str, lang: str) -> list[Finding]:
        """Every VAT number valid for the member state its prefix names."""
        starts = [(m.start(), _UPPER_BODY) for m in _UPPER_START.finditer(text)]
        starts += [(m.start() - 2, _LOWER_BODY) for m in _LOWER_START.finditer(text)]
        findings: list[Finding] = []
        taken = 0
        for start, body in sorted(starts, key=lambda pair: pair[0]):
            country = text[start:start + 2].upper()
            if (start < taken or country not in _BODY_LENGTHS
                    or start > 0 and text[start - 1].isalnum()):
                continue
            match = body.match(text, start + 2)
            if match is None:
                continue
            for end in trim_ends(text, start, match.end(), _SEPARATORS):
                if end < len(text) and text[end].isalnum():
                    continue
                candidate = text[start:end]
                if (len(candidate.translate(_DROP_SEPARATORS)) - 2 in _BODY_LENGTHS[country]
                        and std_vat.is_valid(candidate)):
                    findings.append(Finding(
                        VAT_NUMBER, start, end, 0.9, self.name,
                        f"EU VAT number with valid check digits ({country})"))
                    taken = end
                    break
        return findings
