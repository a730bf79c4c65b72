"""Many visitors at once, slow ones and ones who leave, against `clairbot serve` as deployed (its
own process, its own pool and workers). A hang fails these tests through the client's timeout;
how fast the server is, is measured by `bench/burst.py`, never asserted here."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from websockets.asyncio.client import connect

from clairbot.config import Settings
from tests.server_process import clairbot_serve

HANG = 60.0  # seconds after which a client gives up: only a wedged server takes that long
BODY = b'{"lang": "fr"}'


@pytest.fixture(scope="module")
def server(settings: Settings, engine: Engine,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int, Path]]:
    """One server process for the module: host, port and its log."""
    log = tmp_path_factory.mktemp("burst") / "server.log"
    with clairbot_serve(settings, log) as base:
        host, port = base.removeprefix("http://").split(":")
        yield host, int(port), log


def _request(host: str, port: int) -> bytes:
    return (f"POST /api/v1/conversations HTTP/1.1\r\nHost: {host}:{port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(BODY)}\r\n"
            "Connection: close\r\n\r\n").encode()


async def _open(host: str, port: int, *, trickle: float = 0.0) -> tuple[int, dict[str, object]]:
    """Open a conversation over a raw connection (the body sent a byte at a time, `trickle`
    seconds apart, for a slow client); the status and the JSON body."""
    async with asyncio.timeout(HANG):
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(_request(host, port) + (b"" if trickle else BODY))
        for byte in BODY if trickle else b"":
            await asyncio.sleep(trickle)
            writer.write(bytes([byte]))
            await writer.drain()
        response = await reader.read()
        writer.close()
    head, _, body = response.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)


async def _burst(host: str, port: int, size: int) -> list[tuple[int, dict[str, object]]]:
    return await asyncio.gather(*(_open(host, port) for _ in range(size)))


def test_when_100_visitors_open_the_chat_at_once_then_every_one_gets_a_conversation(
        server: tuple[str, int, Path]) -> None:
    host, port, _ = server
    outcomes = asyncio.run(_burst(host, port, 100))
    assert [status for status, _ in outcomes] == [201] * 100
    assert len({body["id"] for _, body in outcomes}) == 100
    # The server is not left wedged: the next visitor is served too.
    assert asyncio.run(_open(host, port))[0] == 201


def test_when_slow_clients_trickle_their_requests_then_others_are_served_meanwhile(
        server: tuple[str, int, Path]) -> None:
    host, port = server[:2]

    async def scenario() -> tuple[list[int], list[int], bool]:
        slow = [asyncio.create_task(_open(host, port, trickle=0.15)) for _ in range(30)]
        await asyncio.sleep(0.3)  # the slow ones hold their connections, mid-body
        quick = await _burst(host, port, 30)
        slow_still_sending = not any(task.done() for task in slow)
        return ([s for s, _ in quick], [s for s, _ in await asyncio.gather(*slow)],
                slow_still_sending)

    quick, slow, slow_still_sending = asyncio.run(scenario())
    assert slow_still_sending  # the quick ones did not wait for the slow ones
    assert quick == [201] * 30 and slow == [201] * 30


def test_when_visitors_leave_before_their_answer_then_nothing_is_held_for_them(
        server: tuple[str, int, Path]) -> None:
    host, port, log = server

    async def leave() -> None:
        _reader, writer = await asyncio.open_connection(host, port)
        writer.write(_request(host, port) + BODY)
        await writer.drain()
        writer.close()  # gone before the answer

    async def scenario() -> list[tuple[int, dict[str, object]]]:
        await asyncio.gather(*(leave() for _ in range(100)))
        return await _burst(host, port, 100)

    assert [status for status, _ in asyncio.run(scenario())] == [201] * 100
    # Their requests were dropped when their turn came, not worked for nobody (CI once saw
    # the next burst refused while the server still worked for the ones who had left).
    assert "dropped a request whose client left" in log.read_text()
    assert "Traceback" not in log.read_text()


def test_when_100_visitors_open_their_live_channel_at_once_then_each_is_ready(
        server: tuple[str, int, Path]) -> None:
    host, port = server[:2]

    async def live(conversation: dict[str, object]) -> dict[str, object]:
        async with asyncio.timeout(HANG), connect(
                f"ws://{host}:{port}/api/v1/conversations/{conversation['id']}/ws") as socket:
            await socket.send(json.dumps({"type": "auth", "token": conversation["token"]}))
            return dict(json.loads(await socket.recv()))

    async def scenario() -> list[dict[str, object]]:
        opened = await _burst(host, port, 100)
        return await asyncio.gather(*(live(body) for _, body in opened))

    assert [event["type"] for event in asyncio.run(scenario())] == ["ready"] * 100
