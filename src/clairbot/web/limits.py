"""The edge of every HTTP request: its body is read here, whole, within a size and a time
limit, and a JSON body is checked, before any other part of the application sees a byte.

Clairbot's request bodies are small (a visitor message of at most a few thousand characters,
a form of a few fields), and every endpoint needs the whole body before it can act, so
`BodyLimits` (the outermost middleware, see `create_app`) reads it first, then hands it to
the application as one message:

* a body declared (`Content-Length`) or found (chunked, no length) larger than `max_bytes`:
  `413 request.too_large` as soon as the limit is passed, without reading the rest;
* a body not received whole within `timeout` seconds, however slowly it trickles:
  `408 request.timeout` (uvicorn only times out idle connections and headers);
* a JSON body (`application/json`, `application/*+json`) that is not UTF-8, not JSON, or
  nested deeper than `MAX_JSON_DEPTH` (a pile of ``[`` that would otherwise exhaust the
  parser's recursion): `400 request.invalid_json`.

Each refusal closes the connection (`Connection: close`): the rest of a body that was not
read must not be taken for the next request. A client that leaves mid-body gets nothing.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from typing import Any

import anyio
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from clairbot.web.errors import error_response

MAX_BODY_BYTES = 64 * 1024
"""The largest request body accepted: far above a visitor message of 2,000 characters."""
MAX_JSON_DEPTH = 32
"""Arrays and objects nested deeper than this are refused (the API's bodies use 3 levels)."""

CorsHeaders = Callable[[Scope], Mapping[str, str]]
"""The CORS headers a refusal carries, so that the page of an allowed origin can read it."""


class BodyLimits:
    """ASGI middleware: read each request body within the limits, check JSON (module doc)."""

    def __init__(self, app: ASGIApp, *, max_bytes: int = MAX_BODY_BYTES, timeout: float,
                 cors_headers: CorsHeaders | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.cors_headers = cors_headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, send, _too_large(self.max_bytes))
            return
        outcome = await self._read(receive)
        if isinstance(outcome, _Refusal):
            await self._refuse(scope, send, outcome)
            return
        if outcome is None:
            return  # the client left before sending its whole body: nobody to answer
        if outcome and _is_json(headers.get("content-type")):
            problem = json_problem(outcome)
            if problem is not None:
                await self._refuse(scope, send, _Refusal(400, problem, "request.invalid_json"))
                return
        await self.app(scope, _replay(outcome, receive), send)

    async def _read(self, receive: Receive) -> bytes | _Refusal | None:
        """The whole body, a refusal, or None when the client disconnected."""
        chunks: list[bytes] = []
        size = 0
        started = time.monotonic()
        with anyio.move_on_after(self.timeout):
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    return None
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > self.max_bytes:
                    return _too_large(self.max_bytes)
                chunks.append(chunk)
                if not message.get("more_body", False):
                    return b"".join(chunks)
        waited = time.monotonic() - started
        return _Refusal(408, f"the request body was not received within {self.timeout:g} s "
                        f"({size} bytes in {waited:.1f} s)", "request.timeout")

    async def _refuse(self, scope: Scope, send: Send, refusal: _Refusal) -> None:
        response = error_response(refusal.status, [(refusal.msg, refusal.code)])
        response.headers["Connection"] = "close"
        if self.cors_headers is not None:
            response.headers.update(self.cors_headers(scope))

        async def nothing() -> Message:  # the body is not read any further
            return {"type": "http.disconnect"}
        await response(scope, nothing, send)


class _Refusal:
    """A status, message and code to answer instead of running the application."""

    def __init__(self, status: int, msg: str, code: str) -> None:
        self.status, self.msg, self.code = status, msg, code


def _too_large(max_bytes: int) -> _Refusal:
    return _Refusal(413, f"request body over {max_bytes} bytes", "request.too_large")


def _is_json(content_type: str | None) -> bool:
    """Whether FastAPI would parse this body as JSON (`application/json` or `+json`)."""
    if not content_type:
        return False
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/")
                                           and media.endswith("+json"))


def json_problem(body: bytes) -> str | None:
    """Why `body` is not acceptable JSON (not UTF-8, not JSON, nested too deep), or None."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"the request body is not UTF-8 (byte {error.start})"
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        return f"the request body is not valid JSON ({error.msg} at character {error.pos})"
    except RecursionError:
        return f"the request body is nested deeper than {MAX_JSON_DEPTH} levels"
    if _depth_over(value, MAX_JSON_DEPTH):
        return f"the request body is nested deeper than {MAX_JSON_DEPTH} levels"
    return None


def _depth_over(value: Any, limit: int) -> bool:
    """Whether arrays and objects nest more than `limit` deep (walked without recursion)."""
    level: list[Any] = [value]
    for _ in range(limit):
        level = [child for item in level if isinstance(item, dict | list)
                 for child in (item.values() if isinstance(item, dict) else item)]
        if not level:
            return False
    return any(isinstance(item, dict | list) for item in level)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` that gives the body read once, then waits for the client as before."""
    pending = [{"type": "http.request", "body": body, "more_body": False}]

    async def replayed() -> Message:
        return pending.pop() if pending else await receive()
    return replayed
