"""IP address and EU VAT number detectors."""

from __future__ import annotations

import pytest

from clairbot.guards.pii.network import IpAddressDetector
from clairbot.guards.pii.vat import VatNumberDetector


def found(detector: IpAddressDetector | VatNumberDetector, text: str) -> list[str]:
    return [text[f.start:f.end] for f in detector.detect(text, "en")]


@pytest.mark.parametrize(("text", "expected"), [
    # private IPv4
    ("server 192.168.1.10 is down", ["192.168.1.10"]),
    # with a port: the port is not part of the address
    ("connect to 10.0.0.1:8080", ["10.0.0.1"]),
    # end of sentence
    ("IP: 192.168.1.1.", ["192.168.1.1"]),
    # network with its prefix
    ("Subnet: 192.168.1.0/24", ["192.168.1.0/24"]),
    # an impossible prefix is left out
    ("10.0.0.0/123", ["10.0.0.0"]),
    # IPv6, compressed
    ("v6 2001:db8::8a2e:370:7334", ["2001:db8::8a2e:370:7334"]),
    # IPv6 with a zone
    ("fe80::1%eth0", ["fe80::1%eth0"]),
    # IPv6 in brackets with a port
    ("Connect to [2001:db8::1]:8080", ["2001:db8::1"]),
    # IPv4-mapped IPv6
    ("Mapped: ::ffff:192.168.1.1", ["::ffff:192.168.1.1"]),
    # IPv6 network
    ("Prefix: 2001:db8::/32.", ["2001:db8::/32"]),
    # both families in a list
    ("IPs: 192.168.1.1, 10.0.0.1, 2001:db8::1", ["2001:db8::1", "192.168.1.1", "10.0.0.1"]),
    # version numbers
    ("version 1.2.3.4, v1.2.3.4, release 10.2.0.1, ver. 2.0.0.1", []),
    # French "vers" (towards) is not "version"
    ("connexion vers 192.168.1.1 refusée", ["192.168.1.1"]),
    # three parts: a version or a date
    ("1.2.3 and 12.03.2026", []),
    # five parts: an OID or a version
    ("192.168.1.1.1", []),
    # out of range
    ("256.256.256.256 and 192.168.1.256", []),
    # leading zeros
    ("01.02.03.04", []),
    # times, MAC addresses, C++ scopes, a bare "::"
    ("12:34:56 aa:bb:cc:dd:ee:ff std::cout MyClass::toString Unspecified ::", []),
    # glued to text
    ("IP192.168.1.1text fe80::1text", []),
])
def test_when_ip_like_text_then_only_valid_addresses(text: str, expected: list[str]) -> None:
    assert found(IpAddressDetector(), text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # French VAT, compact
    ("TVA FR40303265045", ["FR40303265045"]),
    # French VAT, grouped
    ("TVA intracommunautaire : FR 40 303 265 045.", ["FR 40 303 265 045"]),
    # lower case, compact
    ("tva fr40303265045", ["fr40303265045"]),
    # German
    ("USt-IdNr. DE136695976", ["DE136695976"]),
    # Belgian, Dutch (letters inside), Austrian (U), Spanish (letter first), Italian
    ("BE0403019261 NL004495445B01 ATU13585627 ESA12345674 IT00743110157",
     ["BE0403019261", "NL004495445B01", "ATU13585627", "ESA12345674", "IT00743110157"]),
    # an upper-case word after it is not swallowed
    ("FR 40 303 265 045 SAS", ["FR 40 303 265 045"]),
    # wrong key
    ("TVA FR40303265046", []),
    # invalid German check digit
    ("DE123456789", []),
    # French "de" before a number is not Germany
    ("une remise de 123 456 789 euros", []),
    # an IBAN is not a VAT number
    ("FR76 3000 6000 0112 3456 7890 189", []),
])
def test_when_vat_like_text_then_only_valid_vat_numbers(text: str, expected: list[str]) -> None:
    assert found(VatNumberDetector(), text) == expected
