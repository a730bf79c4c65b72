"""Errors of the staff package that the shared error tree does not have yet."""

from __future__ import annotations

from clairbot.errors import ClairbotError


class Forbidden(ClairbotError):
    """The caller is authenticated but may not do this (missing role, other tenant, CSRF)."""

    code = "auth.forbidden"
    status = 403
