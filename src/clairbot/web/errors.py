"""One place mapping errors to HTTP responses `{"detail": [{"msg", "code"}]}`."""

from __future__ import annotations

import logging
from typing import cast

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from clairbot.errors import ClairbotError, RetryLater

log = logging.getLogger(__name__)
# Pydantic's error types when the body as a whole is not a JSON object (a list, a string,
# or form data sent without `Content-Type: application/json`).
_NOT_AN_OBJECT = {"model_attributes_type", "dict_type", "model_type"}


def error_response(status: int, items: list[tuple[str, str]]) -> JSONResponse:
    """An error response with the stable body shape."""
    return JSONResponse(status_code=status,
                        content={"detail": [{"msg": m, "code": c} for m, c in items]})


# Each handler is registered for one class (see `install`): the casts only tell the type
# checker so (an `assert` would be stripped under `python -O`).


def _on_domain_error(_request: Request, exc: Exception) -> JSONResponse:
    error = cast(ClairbotError, exc)
    response = error_response(error.status, [(error.msg, error.code)])
    if isinstance(error, RetryLater) and error.retry_after is not None:
        response.headers["Retry-After"] = str(error.retry_after)
    return response


def _on_validation_error(_request: Request, exc: Exception) -> JSONResponse:
    errors = cast(RequestValidationError, exc).errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return error_response(400, [("the request body is not valid JSON", "request.invalid_json")])
    if any(tuple(e.get("loc", ())) == ("body",) and e.get("type") in _NOT_AN_OBJECT
           for e in errors):
        return error_response(400, [("the request body must be a JSON object "
                                     "(Content-Type: application/json)", "request.invalid_json")])
    # A body read by a dependency too (a rate limit's, before the database work) is checked
    # twice: each problem is said once.
    items: dict[tuple[str, str], None] = {}
    for e in errors:
        where = ".".join(str(p) for p in e.get("loc", ()) if p != "body")
        items[(f"{where}: {e.get('msg')}" if where else str(e.get("msg")),
               "request.invalid")] = None
    return error_response(422, list(items))


def _on_http_error(_request: Request, exc: Exception) -> JSONResponse:
    error = cast(StarletteHTTPException, exc)
    code = {404: "not_found", 405: "method_not_allowed"}.get(error.status_code, "http.error")
    return error_response(error.status_code, [(str(error.detail), code)])


def internal_error() -> JSONResponse:
    """The answer to an unexpected error (which is logged, never shown)."""
    return error_response(500, [("internal error; it has been logged", "internal")])


def _on_unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=exc)
    return internal_error()


def install(app: FastAPI) -> None:
    """Register the handlers on `app`."""
    app.add_exception_handler(ClairbotError, _on_domain_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(Exception, _on_unexpected)
