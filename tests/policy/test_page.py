"""`/privacy`: the notice as accessible HTML, in the visitor's language, with its version."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from clairbot.conversation.bot import Bot
from clairbot.i18n import t


class Outline(HTMLParser):
    """What an accessibility reading needs: lang, headings, table header cells, links."""

    def __init__(self) -> None:
        super().__init__()
        self.lang: str | None = None
        self.headings: list[int] = []
        self.tables = 0
        self.col_headers_per_table: list[int] = []
        self.links: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "html":
            self.lang = attributes.get("lang")
        elif len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            self.headings.append(int(tag[1]))
        elif tag == "table":
            self.tables += 1
            self.col_headers_per_table.append(0)
        elif tag == "th" and attributes.get("scope") == "col":
            self.col_headers_per_table[-1] += 1
        elif tag == "a":
            self.links.append(attributes)


def read(html: str) -> Outline:
    outline = Outline()
    outline.feed(html)
    return outline


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_when_the_notice_is_asked_in_a_language_then_it_is_served_in_it(
        client: TestClient, demo_bot: Bot, lang: str) -> None:
    response = client.get("/privacy", params={"lang": lang})
    assert response.status_code == 200
    assert response.headers["content-language"] == lang
    page = read(response.text)
    assert page.lang == lang
    assert t("policy.notice.title", lang, bot="Vera",
             company=demo_bot.spec.company.legal_name).replace("'", "&#39;") in response.text
    assert "OVHcloud" in response.text and 'href="mailto:dpo@verdalis.example"' in response.text
    assert t("policy.notice.version", lang, number=1, date="")[:8] in response.text
    other = "en" if lang == "fr" else "fr"
    assert any(link.get("hreflang") == other and f"lang={other}" in (link.get("href") or "")
               for link in page.links)


def test_when_the_page_is_read_then_headings_and_tables_are_in_order(client: TestClient) -> None:
    page = read(client.get("/privacy?lang=en").text)
    assert page.headings.count(1) == 1 and page.headings[0] == 1
    assert all(after - before <= 1 for before, after in zip(page.headings, page.headings[1:],
                                                            strict=False))
    assert page.tables >= 3 and all(count >= 2 for count in page.col_headers_per_table)


def test_when_no_language_is_asked_then_accept_language_decides(client: TestClient) -> None:
    response = client.get("/privacy", headers={"Accept-Language": "en-GB,en;q=0.9,fr;q=0.5"})
    assert read(response.text).lang == "en"
    assert read(client.get("/privacy").text).lang == "fr"  # the bot's default


def test_when_the_page_is_served_twice_then_the_version_stays(client: TestClient) -> None:
    first = client.get("/privacy?lang=en&tenant=verdalis").text
    assert "Version 1," in first and client.get("/privacy?lang=en").text == first


def test_when_the_tenant_is_unknown_then_404(client: TestClient) -> None:
    assert client.get("/privacy?tenant=nobody").status_code == 404
