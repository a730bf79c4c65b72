"""Logging set-up: readable lines for `demo` and `chat`, one JSON object per line for `serve`.

Every handler pseudonymises identifiers: a conversation, message or visitor id (128-bit hex,
`v_` for visitors) in a log line becomes `id#` and a hash keyed with a secret drawn at start,
so lines about one conversation still go together while the process runs, but nothing in a
log leads back to a data subject once their data is erased (GDPR art. 17). Nor do client
addresses: uvicorn's lines for each request and each WebSocket name the client first, and
that is replaced by `client`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import secrets
from typing import TextIO

_ID = re.compile(r"(?<![0-9A-Za-z_])(?:v_)?[0-9a-f]{32}(?![0-9A-Za-z])")


class PseudonymizeIds(logging.Filter):
    """Replace identifiers in each record's message by keyed hashes (see the module doc)."""

    def __init__(self) -> None:
        super().__init__()
        self._key = secrets.token_bytes(16)

    def _hash(self, match: re.Match[str]) -> str:
        digest = hashlib.blake2b(match.group(0).encode(), key=self._key, digest_size=5)
        return f"id#{digest.hexdigest()}"

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _ID.sub(self._hash, message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


class HideClientAddresses(logging.Filter):
    """Drop the client address uvicorn puts first in its access and WebSocket lines (a
    visitor's IP address is personal data, and these lines come for every request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if (record.name.startswith("uvicorn") and isinstance(record.msg, str)
                and record.msg.startswith("%s - ") and isinstance(record.args, tuple)
                and record.args):
            record.args = ("client", *record.args[1:])
        return True


class JsonFormatter(logging.Formatter):
    """Format records as JSON lines (timestamp, level, logger, message, exception)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {"ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"), "level": record.levelname,
                 "logger": record.name, "msg": record.getMessage()}
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def make_handler(fmt: str, stream: TextIO | None = None) -> logging.Handler:
    """A handler writing `fmt` ("text" or "json") lines to `stream` (stderr by default)."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter() if fmt == "json"
                         else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(HideClientAddresses())
    handler.addFilter(PseudonymizeIds())
    return handler


def configure_logging(fmt: str, level: int = logging.INFO) -> None:
    """Send logs to stderr in `fmt` ("text" or "json")."""
    root = logging.getLogger()
    root.handlers[:] = [make_handler(fmt)]
    root.setLevel(level)
