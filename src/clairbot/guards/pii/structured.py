"""The structured detectors: values with a format and, mostly, a checksum."""

from __future__ import annotations

from clairbot.findings import Detector
from clairbot.guards.pii.banking import CreditCardDetector, IbanDetector
from clairbot.guards.pii.contact import EmailDetector, PhoneDetector
from clairbot.guards.pii.fr_ids import FrenchCompanyIdDetector, NirDetector
from clairbot.guards.pii.network import IpAddressDetector
from clairbot.guards.pii.vat import VatNumberDetector

__all__ = ["CreditCardDetector", "EmailDetector", "FrenchCompanyIdDetector",
           "IbanDetector", "IpAddressDetector", "NirDetector", "PhoneDetector",
           "VatNumberDetector", "structured_detectors"]


def structured_detectors() -> list[Detector]:
    """One instance of each structured detector, strongest checksums first.

    The order breaks ties between overlapping findings of equal score and length.
    """
    return [EmailDetector(), IbanDetector(), NirDetector(), VatNumberDetector(),
            CreditCardDetector(), FrenchCompanyIdDetector(), IpAddressDetector(),
            PhoneDetector()]
