"""IP addresses (IPv4 and IPv6, optionally with a /prefix), validated by `ipaddress`."""

from __future__ import annotations

import ipaddress
import re

from clairbot.categories import IP_ADDRESS
from clairbot.findings import Finding

# Four dot-separated numbers, not glued to more of them: "1.2.3.4.5" (an OID, a version) and
# "v1.2.3.4" are left alone; dates ("12.03.2026") and versions ("1.2.3") have too few parts.
# The character before a match is checked in `detect` (a leading look-behind slows the scan).
_IPV4 = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\w|\.\d)")
# "version 10.2.0.1", "ver. 1.2.3.4" ("v1.2.3.4" is glued, hence refused anyway; French
# "vers 192.168.1.1" means "towards" and is an address).
_VERSION_BEFORE = re.compile(r"(?:version|\bver\.|\brelease|\bbuild|firmware)\s*:?\s*\Z",
                             re.IGNORECASE)
# Hex groups and colons (at least two), an optional trailing dotted IPv4, then validated.
_IPV6 = re.compile(r"(?<![\w:.])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f.]*")
_HEX = re.compile(r"[0-9A-Fa-f]")
_ZONE = re.compile(r"%[A-Za-z0-9_.]+")
_PREFIX = re.compile(r"/(\d{1,3})(?![\w/])")


class IpAddressDetector:
    """IPv4 and IPv6 addresses and networks."""

    name: str = "ip_address"
    types: tuple[str, ...] = (IP_ADDRESS,)

    def detect(self, text: str, lang: str) -> list[Finding]:
        """Every valid IP address; a valid "/prefix" right after it is part of the span."""
        findings: list[Finding] = []
        if text.count(":") >= 2:
            findings.extend(self._ipv6(text))
        if text.count(".") >= 3:
            taken = [(f.start, f.end) for f in findings]
            for match in _IPV4.finditer(text):
                start, end = match.span()
                if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._"):
                    continue
                if any(s <= start < e for s, e in taken):
                    continue
                if _VERSION_BEFORE.search(text, max(0, start - 16), start):
                    continue
                try:
                    address = ipaddress.IPv4Address(match.group())
                except ValueError:
                    continue
                end, network = _with_prefix(text, end, 32)
                findings.append(Finding(IP_ADDRESS, start, end, 0.9, self.name,
                                        _describe("IPv4", address, network)))
        return findings

    def _ipv6(self, text: str) -> list[Finding]:
        findings: list[Finding] = []
        for match in _IPV6.finditer(text):
            start, end = match.span()
            raw = match.group()
            while raw.endswith("."):  # the end of the sentence
                raw, end = raw[:-1], end - 1
            if not _HEX.search(raw):
                continue  # a bare "::" is punctuation far more often than an address
            try:
                address = ipaddress.IPv6Address(raw)
            except ValueError:
                continue
            zone = _ZONE.match(text, end)
            if zone:
                end = zone.end()
            if end < len(text) and (text[end].isalnum() or text[end] == "_"):
                continue
            end, network = _with_prefix(text, end, 128)
            findings.append(Finding(IP_ADDRESS, start, end, 0.9, self.name,
                                    _describe("IPv6", address, network)))
        return findings


def _with_prefix(text: str, end: int, max_prefix: int) -> tuple[int, bool]:
    """Extend `end` over a "/prefix" when it is a valid prefix length."""
    prefix = _PREFIX.match(text, end)
    if prefix and int(prefix.group(1)) <= max_prefix:
        return prefix.end(), True
    return end, False


def _describe(version: str, address: ipaddress.IPv4Address | ipaddress.IPv6Address,
              network: bool) -> str:
    kind = "network" if network else "address"
    scope = "private" if address.is_private else "public"
    return f"{version} {kind} ({scope}), valid per the ipaddress module"
