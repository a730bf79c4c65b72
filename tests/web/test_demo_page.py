"""The demo home page: a fictional customer site embedding the chat widget, FR and EN."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

WIDGET = '<script src="/static/widget/widget.js" data-tenant="verdalis" defer></script>'


@pytest.mark.parametrize(("query", "lang", "phrase"), [
    ("", "fr", "Des emballages sobres"),  # French by default
    ("?lang=en", "en", "Plain packaging"),  # English on request
    ("?lang=de", "fr", "Des emballages sobres"),  # unsupported language: the default
])
def test_when_home_is_requested_then_demo_page_embeds_the_widget(
        client: TestClient, query: str, lang: str, phrase: str) -> None:
    response = client.get(f"/{query}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert f'<html lang="{lang}">' in response.text
    assert WIDGET in response.text
    assert phrase in response.text
    assert 'href="/docs"' in response.text
    assert "set-cookie" not in response.headers


def test_when_widget_assets_are_requested_then_they_are_served(client: TestClient) -> None:
    script = client.get("/static/widget/widget.js")
    assert script.status_code == 200 and "attachShadow" in script.text
    assert client.get("/static/widget/widget.css").status_code == 200


def test_when_a_browser_asks_for_the_icon_then_no_error(client: TestClient) -> None:
    assert client.get("/favicon.ico").status_code == 204
