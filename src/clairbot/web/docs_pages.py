"""The API documentation pages, `/docs` (Swagger UI) and `/redoc` (ReDoc), drawn by their
scripts served from Clairbot itself (`static/docs/`, vendored: see `tools/vendor_docs.py`):
no content delivery network, so no third party learns who reads the docs, and the pages keep
to the strict Content Security Policy of every page (their set-up is an external script, not
inline code as in FastAPI's default pages). Both read the OpenAPI document at
`/openapi.json`.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


def _page(request: Request, name: str) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"title": request.app.title,
                                                      "openapi_url": request.app.openapi_url})


@router.get("/docs", response_class=HTMLResponse)
def swagger_ui(request: Request) -> HTMLResponse:
    """The API, to read and try (Swagger UI)."""
    return _page(request, "docs/swagger.html")


@router.get("/redoc", response_class=HTMLResponse)
def redoc(request: Request) -> HTMLResponse:
    """The API, to read (ReDoc)."""
    return _page(request, "docs/redoc.html")
