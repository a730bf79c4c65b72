"""What `clairbot serve` and `clairbot demo` tell uvicorn, from the settings; each option is
documented in docs/deployment.md.

uvicorn times out an idle keep-alive connection between two requests, but nothing before the
first request nor while a request's headers trickle in: a client that opens connections and
sends a byte now and then (Slowloris) would hold them all for ever. `HeaderTimeout` adds that
deadline to uvicorn's own HTTP/1.1 protocol (h11): a request's line and headers must arrive
within `Settings.header_timeout` of the connection's opening, or of the first byte of the
next request on a kept-alive connection. A slow *body* is not uvicorn's to time out: the
application reads it (see `clairbot.web.limits`).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from clairbot.config import Settings

log = logging.getLogger(__name__)

# The request line and headers together, at most (h11's default, stated): past it the server
# answers 400 without reading more. A console cookie and a bearer token fit many times over.
MAX_HEADER_BYTES = 16 * 1024


class HeaderTimeout(H11Protocol):
    """uvicorn's h11 protocol, closing a connection whose request headers are late."""

    header_timeout: ClassVar[float] = 10.0
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._await_headers()

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE:  # the first bytes of a request (or more of them)
            self._await_headers()
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # its headers are in: the app has it now
            self._headers_received()

    def connection_lost(self, exc: Exception | None) -> None:
        self._headers_received()
        super().connection_lost(exc)

    def _await_headers(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(self.header_timeout, self._headers_late)

    def _headers_received(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_late(self) -> None:
        self._header_timer = None
        if self.conn.their_state is not h11.IDLE or self.transport.is_closing():
            return
        if self.conn.trailing_data[0]:
            # Part of a request came, not the rest: a slow or stuck client. No address logged.
            log.warning("connection closed: its request headers took over %g s",
                        self.header_timeout)
        # A connection that sent nothing is most often a browser's speculative one: no log.
        self.transport.close()


def header_timeout_protocol(seconds: float) -> type[HeaderTimeout]:
    """`HeaderTimeout` with a deadline of `seconds`, as uvicorn's `http` protocol class."""
    class Protocol(HeaderTimeout):
        header_timeout = seconds
    return Protocol


def server_options(settings: Settings) -> dict[str, Any]:
    """uvicorn's keyword arguments for these settings (besides the app, host and port)."""
    trusted = list(settings.trusted_proxies)
    return {
        "http": header_timeout_protocol(settings.header_timeout),
        "h11_max_incomplete_event_size": MAX_HEADER_BYTES,
        "timeout_keep_alive": settings.keep_alive_timeout,
        # A WebSocket message (after decompression) longer than the longest valid one is
        # refused with close code 1009 before it is buffered; uvicorn's default is 16 MiB.
        "ws_max_size": settings.max_frame_bytes,
        # Only the proxies named may set the client's address and scheme; uvicorn would
        # otherwise trust X-Forwarded-* from 127.0.0.1 (or $FORWARDED_ALLOW_IPS) by default.
        "proxy_headers": bool(trusted),
        "forwarded_allow_ips": trusted,
        # No `server: uvicorn` on every answer: nothing to gain from naming the software.
        "server_header": False,
        # No `limit_concurrency`: it counts open WebSockets too, and past it uvicorn answers
        # a plain-text 503 to everyone; the database workers already shed load with a coded
        # `503 server.busy` and `Retry-After` (see clairbot.web.workers).
    }
