"""The export as a readable page (FR/EN): the same content as the JSON, for a person."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from clairbot.i18n import t

_env = Environment(loader=PackageLoader("clairbot.lifecycle", "templates"),
                   autoescape=select_autoescape(default=True), trim_blocks=True,
                   lstrip_blocks=True)


def render_html(document: dict[str, Any], lang: str) -> str:
    """A standalone HTML page (no script, no external resource) of the export `document`."""
    def tr(key: str, **values: Any) -> str:
        return t(f"subject_export.{key}", lang, **values)
    return _env.get_template("export.html").render(doc=document, lang=lang, tr=tr)
