"""What `clairbot serve` and `clairbot demo` tell uvicorn (`clairbot.cli._http_server`), and
the settings behind it: trusted proxies, WebSocket message size, timeouts."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from clairbot.cli._http_server import MAX_HEADER_BYTES, HeaderTimeout, server_options
from clairbot.config import Settings


@pytest.mark.parametrize(("given", "trusted"), [
    ("", ()),                                           # default: nobody
    ("127.0.0.1", ("127.0.0.1/32",)),                   # one address
    (" 10.0.0.5 , 172.16.0.0/12 ", ("10.0.0.5/32", "172.16.0.0/12")),  # several, blanks
    ("10.1.2.3/8", ("10.0.0.0/8",)),                    # a network written from one host
    ("::1,fd00::/8", ("::1/128", "fd00::/8")),          # IPv6
    ("10.0.0.5,10.0.0.5/32", ("10.0.0.5/32",)),         # the same twice: once
])
def test_when_trusted_proxies_are_set_then_each_is_a_network(
        monkeypatch: pytest.MonkeyPatch, given: str, trusted: tuple[str, ...]) -> None:
    monkeypatch.setenv("CLAIRBOT_TRUSTED_PROXIES", given)
    assert Settings().trusted_proxies == trusted


@pytest.mark.parametrize("given", [
    "*",                    # everyone: any client could then claim any address
    "proxy.internal",       # a host name: a proxy is known by the address it connects from
    "10.0.0.300",           # not an address
    "10.0.0.0/33",          # not a network
])
def test_when_a_trusted_proxy_is_not_an_address_then_the_setting_is_refused(
        monkeypatch: pytest.MonkeyPatch, given: str) -> None:
    monkeypatch.setenv("CLAIRBOT_TRUSTED_PROXIES", given)
    with pytest.raises(ValidationError, match="is not an IP address or a network"):
        Settings()


@pytest.mark.parametrize(("trusted", "proxy_headers"), [
    ((), False),                    # nobody: X-Forwarded-* ignored, from 127.0.0.1 too
    (("10.0.0.5/32",), True),       # the proxy named, and it alone
])
def test_when_serve_builds_its_server_then_only_named_proxies_set_client_and_scheme(
        trusted: tuple[str, ...], proxy_headers: bool) -> None:
    options = server_options(Settings(trusted_proxies=trusted))
    assert options["proxy_headers"] is proxy_headers
    # Always explicit: never uvicorn's default (127.0.0.1) nor $FORWARDED_ALLOW_IPS.
    assert options["forwarded_allow_ips"] == list(trusted)


@pytest.mark.parametrize(("chars", "frame"), [
    (2000, 2000 * 12 + 4096),   # the default message limit: 28,096 bytes, not 16 MiB
    (1, 12 + 4096),
    (100_000, 100_000 * 12 + 4096),
])
def test_when_serve_builds_its_server_then_websocket_messages_fit_the_message_limit(
        chars: int, frame: int) -> None:
    settings = Settings(max_message_chars=chars)
    assert settings.max_frame_bytes == frame
    assert server_options(settings)["ws_max_size"] == frame
    # The longest valid message in its longest JSON form (every character an escaped
    # surrogate pair, as json.dumps writes one outside the BMP) fits, with its frame.
    longest = json.dumps({"type": "message", "text": "\U0001f4e6" * chars})
    assert len(longest.encode()) <= frame


def test_when_serve_builds_its_server_then_slow_clients_are_timed_out() -> None:
    options = server_options(Settings(keep_alive_timeout=75, header_timeout=3.5))
    assert options["timeout_keep_alive"] == 75
    assert issubclass(options["http"], HeaderTimeout)
    assert options["http"].header_timeout == 3.5
    assert options["h11_max_incomplete_event_size"] == MAX_HEADER_BYTES == 16 * 1024
    assert options["server_header"] is False
    assert "limit_concurrency" not in options
