"""The demo home page: a fictional Verdalis Emballages site with the chat widget embedded.

It shows integrators the one line that embeds the widget (`static/widget/widget.js`) on a
page the widget does not own. French by default, `?lang=en` for English.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from clairbot.i18n import DEFAULT_LANGUAGE, LANGUAGES
from clairbot.web.deps import RuntimeDep

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


@router.get("/", response_class=HTMLResponse)
def demo_home(request: Request, runtime: RuntimeDep,
              lang: Annotated[str | None, Query(max_length=5)] = None) -> HTMLResponse:
    """The fictional customer's home page, with the widget script for the default tenant."""
    chosen = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    return templates.TemplateResponse(request, "demo/index.html",
                                      {"lang": chosen, "tenant": runtime.default_tenant})


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    """No icon: an empty answer instead of a 404 in every browser console."""
    return Response(status_code=204)
