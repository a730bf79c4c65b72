"""Errors of the incidents package."""

from __future__ import annotations

from clairbot.errors import ClairbotError


class IncidentRequestError(ClairbotError):
    """A transition the request itself gets wrong (a fix without the owner's response)."""

    code = "incident.bad_request"
    status = 400
