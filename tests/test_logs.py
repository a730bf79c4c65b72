"""What the logs may not hold: identifiers are pseudonymised, client addresses are gone."""

from __future__ import annotations

import io
import logging

import pytest

from clairbot.logs import make_handler


@pytest.mark.parametrize(("logger", "msg", "args"), [
    # uvicorn's line for an accepted WebSocket (one per visitor opening the chat)
    ("uvicorn.error", '%s - "WebSocket %s" [accepted]', ("203.0.113.7:52100", "/ws")),
    # uvicorn's access line for an HTTP request (`serve` logs them in JSON)
    ("uvicorn.access", '%s - "%s %s HTTP/%s" %d',
     ("2001:db8::5:443", "POST", "/api/v1/conversations", "1.1", 201)),
])
def test_when_uvicorn_logs_a_client_then_its_address_is_not_written(
        logger: str, msg: str, args: tuple[object, ...]) -> None:
    stream = io.StringIO()
    handler = make_handler("json", stream)
    record = logging.LogRecord(logger, logging.INFO, __file__, 1, msg, args, None)
    handler.handle(record)
    line = stream.getvalue()
    assert str(args[0]) not in line and "client - " in line
