"""The console's url-encoded forms (sign-in, sign-out, incident actions), read by hand: they
need nothing more than the standard library."""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import Request

from clairbot.errors import ClairbotError

MAX_FIELDS = 10
"""The console's forms have at most six fields; a body with more is no form of ours."""


class InvalidForm(ClairbotError):
    """A form body that cannot be read as the console's forms (too many fields)."""

    code = "request.invalid_form"
    status = 400


async def read_form(request: Request) -> dict[str, str]:
    """The form's fields, the first value of each (bytes that are not UTF-8 are replaced,
    and the fields that need them are then simply wrong); `request.invalid_form` past
    `MAX_FIELDS` fields."""
    body = (await request.body()).decode("utf-8", errors="replace")
    try:
        fields = parse_qs(body, max_num_fields=MAX_FIELDS)
    except ValueError:  # the standard library's only complaint: too many fields
        raise InvalidForm(f"a form of more than {MAX_FIELDS} fields",
                          code="request.invalid_form") from None
    return {key: values[0] for key, values in fields.items()}
