"""The error tree. Every domain error carries a stable `code` and an HTTP status.

Code below `web` raises these; one handler in `web/errors.py` maps them to responses of
the form ``{"detail": [{"msg": ..., "code": ...}]}``. CLI commands print them.
"""

from __future__ import annotations

from dataclasses import dataclass


class ClairbotError(Exception):
    """Base of every error Clairbot raises on purpose."""

    code: str = "clairbot.error"
    status: int = 500

    def __init__(self, msg: str, *, code: str | None = None) -> None:
        super().__init__(msg)
        self.msg = msg
        if code is not None:
            self.code = code


class InvalidInput(ClairbotError):
    """The caller sent something we refuse (empty text, too long, unknown action...)."""

    code = "request.invalid"
    status = 422


class NotFound(ClairbotError):
    """The resource does not exist (or is not visible to this caller)."""

    code = "not_found"
    status = 404


class Unauthorized(ClairbotError):
    """Missing or wrong credentials."""

    code = "auth.invalid_token"
    status = 401


class Conflict(ClairbotError):
    """The request is valid but the resource's state forbids it."""

    code = "conflict"
    status = 409


class RetryLater(ClairbotError):
    """Refused for now; `retry_after` (seconds, when known) says when to try again, and the
    HTTP answer carries it as `Retry-After`."""

    def __init__(self, msg: str, *, code: str | None = None,
                 retry_after: int | None = None) -> None:
        super().__init__(msg, code=code)
        self.retry_after = retry_after


class RateLimited(RetryLater):
    """Too many requests in a short time."""

    code = "rate.limited"
    status = 429


class ServerBusy(RetryLater):
    """Every worker is taken and the queue is too long: retry after `retry_after` seconds."""

    code = "server.busy"
    status = 503
    retry_after: int

    def __init__(self, msg: str, *, code: str | None = None, retry_after: int = 1) -> None:
        super().__init__(msg, code=code, retry_after=retry_after)


class ClientGone(ClairbotError):
    """The client left while its request waited for a worker: the work is not done, since
    nobody would receive its answer (499, as proxies log it; nobody reads this one)."""

    code = "client.gone"
    status = 499


@dataclass(frozen=True)
class Problem:
    """One problem found in a file: where it is and what is wrong."""

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class ProblemsError(ClairbotError):
    """Several problems found at once (a spec or a knowledge base); all are reported."""

    code = "problems"
    status = 422

    def __init__(self, problems: list[Problem], *, title: str) -> None:
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{title}\n{lines}")
        self.problems = problems
        self.title = title


class SpecError(ProblemsError):
    """The bot spec is invalid or lacks a safeguard; the bot must not start."""

    code = "spec.invalid"


class KnowledgeError(ProblemsError):
    """The knowledge base has files that cannot be used (no owner, bad front-matter...)."""

    code = "knowledge.invalid"
