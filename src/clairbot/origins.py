"""Web origins (``scheme://host[:port]``) and which of them may run a tenant's chat widget.

A browser names the page a request comes from in its ``Origin`` header, in a canonical form:
lower-case scheme and host, the host in ASCII (punycode), no default port, no path. A bot owner
lists origins in the spec (``widget.allowed_origins``) and an operator for the whole deployment
(``CLAIRBOT_ALLOWED_ORIGINS``); `normalise_origin` checks what they write and brings it to the
browser's form, so that comparing is an exact string match. There are no wildcards: each site
that embeds the chat is named, because any site allowed can run conversations in the company's
name.

`OriginPolicy` answers "may this origin use this tenant's chat?". The web layer
(`clairbot.web.origins`) applies it to the visitor API and its WebSocket.

This module sits below `clairbot.config` (which validates the deployment's list with it) and
imports nothing of Clairbot.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
EXAMPLE = "https://www.example.com"
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


def normalise_origin(value: str) -> str:
    """`value` as a browser writes it in ``Origin``; `ValueError` saying what to write if it
    is not an origin (``HTTPS://Shop.Example.com:443/`` -> ``https://shop.example.com``).

    A single trailing ``/`` is forgiven (people copy it from the address bar); any other path,
    a query, a fragment, a user name, a wildcard, ``null`` or a scheme other than http(s) is
    refused.
    """
    text = value.strip()
    if not text:
        raise ValueError(f"an origin is empty: write one like {EXAMPLE}")
    if "*" in text:
        raise ValueError(f"`{text}`: wildcards are not allowed; list the exact origin of each "
                         f"site that embeds the chat (like {EXAMPLE}): any site allowed can "
                         "run conversations in your company's name")
    if text.lower() == "null":
        raise ValueError("`null` is the origin of sandboxed frames and local files, which "
                         f"cannot be told apart: serve the page from a web address like {EXAMPLE}")
    if "://" not in text:
        raise ValueError(f"`{text}` has no scheme: write https://{text.rstrip('/')} (or "
                         "http:// for a site without TLS)")
    try:
        parts = urlsplit(text)
    except ValueError:  # an unclosed IPv6 bracket
        raise ValueError(f"`{text}` is not an origin; write one like {EXAMPLE}") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise ValueError(f"`{text}`: an origin starts with https:// (or http://), not "
                         f"{parts.scheme}://")
    if "@" in parts.netloc:
        raise ValueError(f"`{text}`: an origin has no user name or password")
    if parts.path not in ("", "/") or parts.query or parts.fragment or "?" in text \
            or "#" in text:
        raise ValueError(f"`{text}`: an origin has no path, query or fragment; write "
                         f"{scheme}://{parts.netloc.lower()}")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"`{text}`: the port must be a number from 1 to 65535") from None
    if port == 0:
        raise ValueError(f"`{text}`: the port must be a number from 1 to 65535")
    host = _host(parts.hostname or "", text)
    if port is None or port == DEFAULT_PORTS[scheme]:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def _host(hostname: str, text: str) -> str:
    """The host of an origin in ASCII, IPv6 addresses in brackets; `ValueError` otherwise."""
    problem = f"`{text}`: `{hostname}` is not a host name; write an origin like {EXAMPLE}"
    if not hostname:
        raise ValueError(f"`{text}` has no host; write an origin like {EXAMPLE}")
    if ":" in hostname:
        try:
            return f"[{ipaddress.IPv6Address(hostname).compressed}]"
        except ValueError:
            raise ValueError(problem) from None
    try:
        ascii_host = hostname.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise ValueError(problem) from None
    if len(ascii_host) > 253 or not all(_LABEL.match(label) for label in ascii_host.split(".")):
        raise ValueError(problem)
    return ascii_host


def parse_origin(header: str | None) -> str | None:
    """The origin of a request's ``Origin`` header, normalised; ``None`` if absent or not an
    origin a list can hold (``null``, garbage), which no list allows."""
    if header is None:
        return None
    try:
        return normalise_origin(header)
    except ValueError:
        return None


def origin_of_url(url: str) -> str | None:
    """The origin of a web address (``https://example.com/fr/`` -> ``https://example.com``),
    or ``None`` if it has none."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return parse_origin(f"{parts.scheme}://{parts.netloc}")


def unique_origins(values: Iterable[str]) -> tuple[str, ...]:
    """Each origin normalised, in order, the second of two equal ones dropped."""
    return tuple(dict.fromkeys(normalise_origin(value) for value in values))


@dataclass(frozen=True)
class OriginPolicy:
    """The origins allowed to run the chat: the deployment's, and each tenant's own."""

    deployment: frozenset[str] = frozenset()
    tenants: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, deployment: Iterable[str],
           tenants: Mapping[str, Iterable[str]]) -> OriginPolicy:
        """A policy from already normalised lists (the settings' and the specs')."""
        return cls(frozenset(deployment),
                   {tenant: frozenset(origins) for tenant, origins in tenants.items()})

    def allows(self, origin: str | None, tenant: str) -> bool:
        """Whether pages of `origin` may use the chat of `tenant` (unknown tenant: only the
        deployment's list applies)."""
        return origin is not None and (origin in self.deployment
                                       or origin in self.tenants.get(tenant, ()))

    def allows_some(self, origin: str | None) -> bool:
        """Whether pages of `origin` may use the chat of at least one tenant."""
        return origin is not None and (origin in self.deployment
                                       or any(origin in own for own in self.tenants.values()))
