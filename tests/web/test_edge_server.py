"""The edge against `clairbot serve` as deployed, over raw connections (finding 8): what an
in-process client cannot send. A body declared or streamed past the limit is refused before
it is read, a body that trickles in past `CLAIRBOT_BODY_TIMEOUT` gets 408, and each refusal
closes the connection. A hang fails these tests through the client's timeout."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine

from clairbot.config import Settings
from tests.server_process import clairbot_serve

HANG = 30.0  # seconds after which a client gives up: only a server waiting for us takes that
BODY_TIMEOUT = 1.5  # this server's CLAIRBOT_BODY_TIMEOUT: short, so that the test is too
BODY = b'{"lang": "fr"}'


@pytest.fixture(scope="module")
def server(settings: Settings, engine: Engine,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """One server process for the module, with a short body timeout: host and port."""
    log = tmp_path_factory.mktemp("edge") / "server.log"
    with clairbot_serve(settings, log, env={"CLAIRBOT_BODY_TIMEOUT": str(BODY_TIMEOUT)}) as base:
        host, port = base.removeprefix("http://").split(":")
        yield host, int(port)


def _head(host: str, port: int, length: int | None) -> bytes:
    framing = (f"Content-Length: {length}" if length is not None
               else "Transfer-Encoding: chunked")
    return (f"POST /api/v1/conversations HTTP/1.1\r\nHost: {host}:{port}\r\n"
            f"Content-Type: application/json\r\n{framing}\r\n\r\n").encode()


async def _exchange(host: str, port: int, head: bytes, parts: list[bytes],
                    pause: float = 0.0) -> tuple[int, str, dict[str, Any], bool]:
    """Send the head, then `parts` `pause` seconds apart (never finishing a body that `parts`
    leave unfinished), while reading the answer. Returns the status, the Connection header,
    the JSON body, and whether the server then closed the connection."""
    async with asyncio.timeout(HANG):
        reader, writer = await asyncio.open_connection(host, port)
        # Read while sending: once the server closes, a write fails and the stream reader
        # would raise that error instead of handing over the answer it already holds.
        answer = asyncio.create_task(_answer(reader))
        writer.write(head)
        for part in parts:
            await asyncio.wait([answer], timeout=pause)
            if answer.done():
                break  # answered: the rest of the body is not wanted
            try:
                writer.write(part)
                await writer.drain()
            except ConnectionError:
                break
        result = await answer
        writer.close()
    return result


async def _answer(reader: asyncio.StreamReader) -> tuple[int, str, dict[str, Any], bool]:
    head = (await reader.readuntil(b"\r\n\r\n")).decode().split("\r\n")
    headers = dict(line.split(": ", 1) for line in head[1:] if ": " in line)
    body = await reader.readexactly(int(headers["content-length"]))
    closed = False
    if headers.get("connection") == "close":  # else kept alive, for the next request
        try:
            closed = await reader.read() == b""  # EOF: the server closed its side
        except ConnectionError:
            closed = True  # closed with our unread bytes in its buffer: a reset
    return int(head[0].split()[1]), headers.get("connection", ""), json.loads(body), closed


def test_when_50_mb_are_declared_then_413_before_a_byte_of_the_body(
        server: tuple[str, int]) -> None:
    host, port = server
    status, connection, body, closed = asyncio.run(
        _exchange(host, port, _head(host, port, 50_000_000), []))
    assert (status, body["detail"][0]["code"]) == (413, "request.too_large")
    assert connection == "close" and closed


def test_when_a_chunked_body_passes_the_limit_then_413_without_waiting_for_the_rest(
        server: tuple[str, int]) -> None:
    host, port = server
    chunk = b"x" * 8192
    # 80 KiB in chunks of 8 KiB (over the 64 KiB limit), and the body is never ended: the
    # answer can only come from a server that stopped reading at the limit.
    parts = [b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(10)]
    status, connection, body, closed = asyncio.run(
        _exchange(host, port, _head(host, port, None), parts))
    assert (status, body["detail"][0]["code"]) == (413, "request.too_large")
    assert connection == "close" and closed


def test_when_a_body_trickles_in_past_the_timeout_then_408_and_the_connection_closes(
        server: tuple[str, int]) -> None:
    host, port = server
    # 14 bytes, one every 0.25 s: 3.5 s in all, over the 1.5 s allowed.
    parts = [bytes([byte]) for byte in BODY]
    status, connection, body, closed = asyncio.run(
        _exchange(host, port, _head(host, port, len(BODY)), parts, pause=0.25))
    assert (status, body["detail"][0]["code"]) == (408, "request.timeout")
    # (A server without the timeout would have read the whole body and answered 201.)
    assert connection == "close" and closed
    # A body sent in time on a new connection is served as usual.
    quick = asyncio.run(_exchange(host, port, _head(host, port, len(BODY)), [BODY]))
    assert quick[0] == 201


def test_when_a_chunked_body_in_time_then_served(server: tuple[str, int]) -> None:
    host, port = server
    parts = [b"%x\r\n%s\r\n" % (len(BODY), BODY), b"0\r\n\r\n"]
    status, _, body, _ = asyncio.run(_exchange(host, port, _head(host, port, None), parts))
    assert status == 201 and body["state"] == "bot"


def test_when_a_client_leaves_mid_body_then_the_server_serves_the_next(
        server: tuple[str, int]) -> None:
    host, port = server

    async def leave() -> None:
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(_head(host, port, 1000) + b'{"lang": ')
        await writer.drain()
        writer.close()

    asyncio.run(leave())
    assert asyncio.run(_exchange(host, port, _head(host, port, len(BODY)), [BODY]))[0] == 201
