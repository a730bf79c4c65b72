"""The privacy notice page: ``/privacy?lang=fr|en&tenant=T``, accessible HTML.

The language is `?lang=` if the bot speaks it, else the browser's Accept-Language, else the
bot's default; a link leads to the other language. Serving the page publishes the notice's
version when its material content changed since the last one (`clairbot.policy.versions`),
so the date shown is the date the content last changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from sqlalchemy.orm import Session

from clairbot.db import utcnow
from clairbot.i18n import t
from clairbot.policy import Notice, build_notice, current_version
from clairbot.web.console import AcceptLanguage, LangQuery, pick_language
from clairbot.web.deps import RuntimeDep, unit_of_work

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")

_LINKABLE = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:)])|([^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,})",
                       re.IGNORECASE)


def linkify(text: str) -> Markup:
    """`text` escaped, with its web addresses and email addresses as links."""
    parts: list[str] = []
    last = 0
    for match in _LINKABLE.finditer(text):
        parts.append(escape(text[last:match.start()]))
        url, email = match.group(1), match.group(2)
        href = url if url else f"mailto:{email}"
        parts.append(Markup('<a href="{}">{}</a>').format(href, match.group(0)))
        last = match.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


templates.env.filters["linkify"] = linkify


@dataclass(frozen=True)
class OtherLanguage:
    """The link to the notice in the bot's other language."""

    href: str
    lang: str
    label: str


NOTICE_CSS = Path(__file__).parent / "static" / "privacy" / "notice.css"


def render_notice_html(notice: Notice, *, other: OtherLanguage | None = None,
                       standalone: bool = False) -> str:
    """The notice as a complete HTML page. Served (`/privacy`), it links its style sheet, as
    the page's Content Security Policy allows no inline style; `standalone` (what the CLI
    prints, to publish elsewhere) carries the same styles inline."""
    css = Markup(NOTICE_CSS.read_text(encoding="utf-8")) if standalone else None
    return templates.get_template("privacy/notice.html").render(notice=notice, other=other,
                                                               inline_css=css)


@router.get("/privacy", response_class=HTMLResponse)
@unit_of_work
def privacy_notice(session: Session, runtime: RuntimeDep, request: Request, lang: LangQuery = None,
                   accept_language: AcceptLanguage = None,
                   tenant: Annotated[str | None, Query(max_length=40)] = None) -> HTMLResponse:
    """The privacy notice of `tenant` (default: the first bot) in the visitor's language."""
    bot = runtime.bot(tenant)
    spec = bot.spec
    version = current_version(session=session, tenant_id=bot.tenant_id, spec=spec,
                              now=utcnow())
    notice = build_notice(spec, pick_language(lang, accept_language), version=version)
    others = [known for known in spec.bot.languages if known != notice.lang]
    other = None
    if others:
        query = urlencode({"lang": others[0], "tenant": bot.tenant_id})
        other = OtherLanguage(href=f"{request.url.path}?{query}", lang=others[0],
                              label=t("policy.notice.other_language", notice.lang))
    return HTMLResponse(render_notice_html(notice, other=other),
                        headers={"Content-Language": notice.lang})
