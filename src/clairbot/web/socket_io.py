"""What both WebSockets (the visitor's and the console's) share: reading a frame without a
traceback when the client goes, and refusing with a coded error frame.

A client that disconnects, or sends something that is not JSON, is a client mistake, not a
server error: nothing is logged for the first, and the second gets an error frame.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import WebSocket, WebSocketDisconnect

from clairbot.errors import ClairbotError

AUTH_TIMEOUT = 10.0
"""Seconds a client has to authenticate after opening a socket."""

NOT_JSON = {"type": "error", "code": "ws.invalid_json", "msg": "send JSON objects"}


async def receive_or_none(websocket: WebSocket) -> dict[str, Any] | None:
    """The next frame as a JSON object (``{}`` when it is not one, after telling the client);
    None once the client has gone."""
    while True:
        try:
            text = await websocket.receive_text()
        except (WebSocketDisconnect, RuntimeError, KeyError):
            # KeyError: a binary frame (no "text"); RuntimeError: already disconnected.
            return None
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            data = None
        if isinstance(data, dict):
            return data
        if not await send_or_false(websocket, NOT_JSON):
            return None


async def send_or_false(websocket: WebSocket, event: dict[str, Any]) -> bool:
    """Send `event`; False when the client has gone meanwhile."""
    try:
        await websocket.send_json(event)
    except (WebSocketDisconnect, RuntimeError):
        return False
    return True


async def refuse(websocket: WebSocket, error: ClairbotError,
                 close_code: int | None = None) -> None:
    """Tell the client why (the error's code and message), close with `close_code` (default
    4000 + the error's status)."""
    if await send_or_false(websocket, {"type": "error", "code": error.code, "msg": error.msg}):
        try:
            await websocket.close(code=close_code or 4000 + error.status)
        except (WebSocketDisconnect, RuntimeError):
            pass
