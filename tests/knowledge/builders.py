"""Small knowledge files for tests: a valid Markdown document and a valid FAQ."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

WriteFiles = Callable[[dict[str, str]], Path]
"""Writes {relative path: text} under a knowledge root and returns the root."""


def markdown(body: str, **front: str) -> str:
    """Return a Markdown document with the given front-matter fields (defaults: a valid one)."""
    fields = {"title": "Livraison", "owner": "Logistique <log@example.com>", "lang": "fr"}
    fields.update(front)
    header = "".join(f"{key}: {value}\n" for key, value in fields.items() if value != "")
    return f"---\n{header}---\n{body}"


FAQ = """\
lang: en
owner: "Billing team <billing@example.com>"
topic: billing
url: https://example.com/help/billing
items:
  - q: When are invoices sent?
    a: Invoices are emailed on the day of shipment.
  - q: Which payment methods do you accept?
    a: Bank transfer and credit card.
"""
