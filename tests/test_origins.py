"""`clairbot.origins`: origins checked and brought to the browser's form; who may run a chat."""

from __future__ import annotations

import pytest

from clairbot.config import Settings
from clairbot.origins import OriginPolicy, normalise_origin, origin_of_url, parse_origin


@pytest.mark.parametrize(("written", "normalised"), [
    # already in the browser's form
    ("https://www.example.com", "https://www.example.com"),
    # scheme and host lower-cased
    ("HTTPS://Shop.Example.COM", "https://shop.example.com"),
    # the default port of https dropped
    ("https://example.com:443", "https://example.com"),
    # the default port of http dropped
    ("http://example.com:80", "http://example.com"),
    # another port kept
    ("https://example.com:8443", "https://example.com:8443"),
    # https's default port on http is not a default: kept
    ("http://example.com:443", "http://example.com:443"),
    # a trailing slash copied from the address bar is forgiven
    ("https://example.com/", "https://example.com"),
    # blanks around are trimmed
    ("  https://example.com  ", "https://example.com"),
    # a local development server
    ("http://localhost:8000", "http://localhost:8000"),
    # an IPv4 address
    ("http://127.0.0.1:5173", "http://127.0.0.1:5173"),
    # an IPv6 address keeps its brackets, compressed
    ("http://[0:0:0:0:0:0:0:1]:8080", "http://[::1]:8080"),
    # an internationalised name in ASCII (punycode), as browsers send it
    ("https://bücher.example", "https://xn--bcher-kva.example"),
])
def test_when_an_origin_is_written_then_it_is_normalised(written: str, normalised: str) -> None:
    assert normalise_origin(written) == normalised


@pytest.mark.parametrize(("written", "reason"), [
    # nothing
    ("  ", "empty"),
    # a wildcard for all sites
    ("*", "wildcards are not allowed"),
    # a wildcard for subdomains
    ("https://*.example.com", "wildcards are not allowed"),
    # what sandboxed frames and local files send
    ("null", "`null` is the origin of sandboxed frames"),
    # a host without its scheme
    ("www.example.com", "has no scheme: write https://www.example.com"),
    # a host and port without scheme (urlsplit would read `localhost` as the scheme)
    ("localhost:8000", "has no scheme"),
    # not a web scheme
    ("ftp://example.com", "starts with https:// (or http://), not ftp://"),
    # a websocket scheme is not a page's origin
    ("wss://example.com", "starts with https://"),
    # a path is a page, not a site
    ("https://example.com/fr/", "no path, query or fragment; write https://example.com"),
    # a query
    ("https://example.com?x=1", "no path, query or fragment"),
    # an empty query
    ("https://example.com?", "no path, query or fragment"),
    # a fragment
    ("https://example.com#top", "no path, query or fragment"),
    # credentials
    ("https://user:secret@example.com", "no user name or password"),
    # a port out of range
    ("https://example.com:70000", "port must be a number from 1 to 65535"),
    # port zero
    ("https://example.com:0", "port must be a number from 1 to 65535"),
    # a port that is not a number
    ("https://example.com:https", "port must be a number from 1 to 65535"),
    # a blank in the host
    ("https://exa mple.com", "is not a host name"),
    # a label starting with a hyphen
    ("https://-shop.example.com", "is not a host name"),
    # a trailing dot: browsers never send it
    ("https://example.com.", "is not a host name"),
    # no host at all
    ("https://:8443", "has no host"),
    # an unclosed IPv6 bracket
    ("http://[::1", "is not an origin"),
    # a bad IPv6 address
    ("http://[::zz]", "is not an origin"),
])
def test_when_an_origin_is_wrong_then_the_reason_says_what_to_write(written: str,
                                                                     reason: str) -> None:
    with pytest.raises(ValueError) as raised:
        normalise_origin(written)
    assert reason in str(raised.value)


@pytest.mark.parametrize(("header", "origin"), [
    # what Chromium sends
    ("http://localhost:8123", "http://localhost:8123"),
    # no header: no origin
    (None, None),
    # a sandboxed frame: an origin no list can hold
    ("null", None),
    # garbage
    ("<script>", None),
])
def test_when_a_request_names_its_origin_then_it_is_read_leniently(
        header: str | None, origin: str | None) -> None:
    assert parse_origin(header) == origin


@pytest.mark.parametrize(("url", "origin"), [
    # a site's address with a path
    ("https://www.example.com/fr/accueil", "https://www.example.com"),
    # with a default port
    ("https://example.com:443/", "https://example.com"),
    # not a web address
    ("mailto:someone@example.com", None),
])
def test_when_a_url_is_given_then_its_origin_is_taken(url: str, origin: str | None) -> None:
    assert origin_of_url(url) == origin


POLICY = OriginPolicy.of(["https://all.example"],
                         {"acme": ["https://acme.example"], "globex": ["https://globex.example"]})


@pytest.mark.parametrize(("origin", "tenant", "allowed"), [
    # a tenant's own site
    ("https://acme.example", "acme", True),
    # another tenant's site
    ("https://acme.example", "globex", False),
    # the deployment's list applies to every tenant
    ("https://all.example", "globex", True),
    # an unknown tenant: only the deployment's list
    ("https://acme.example", "initech", False),
    # an unknown tenant, deployment's site
    ("https://all.example", "initech", True),
    # an origin nobody lists
    ("https://evil.example", "acme", False),
    # no origin that a list could hold
    (None, "acme", False),
])
def test_when_an_origin_asks_for_a_tenant_then_its_lists_decide(
        origin: str | None, tenant: str, allowed: bool) -> None:
    assert POLICY.allows(origin, tenant) is allowed


@pytest.mark.parametrize(("origin", "allowed"), [
    # listed by one tenant
    ("https://globex.example", True),
    # listed by the deployment
    ("https://all.example", True),
    # listed by nobody
    ("https://evil.example", False),
    # unreadable
    (None, False),
])
def test_when_no_tenant_is_known_then_any_list_allows(origin: str | None,
                                                      allowed: bool) -> None:
    assert POLICY.allows_some(origin) is allowed


def test_when_the_deployment_setting_lists_origins_then_it_is_read_comma_separated(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIRBOT_ALLOWED_ORIGINS",
                       " https://Portal.example.net:443/ ,http://localhost:8080,,")
    assert Settings().allowed_origins == ("https://portal.example.net", "http://localhost:8080")
    monkeypatch.setenv("CLAIRBOT_ALLOWED_ORIGINS", "https://*.example.net")
    with pytest.raises(ValueError, match="wildcards are not allowed"):
        Settings()
