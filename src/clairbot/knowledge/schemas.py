"""JSON shapes of knowledge search results (CLI output, API responses)."""

from __future__ import annotations

from typing import Any

from clairbot.knowledge.passages import SearchResult


def search_result_json(result: SearchResult) -> dict[str, Any]:
    """Return `result` as ``{"hits": [...], "confident": bool, "confidence": float}``.

    Each hit is ``{"title", "document", "doc_version", "owner", "score", "url", "lang", "id"}``
    with the score rounded to 4 decimals; ``doc_version`` is the version of the document read.
    """
    return {
        "hits": [
            {
                "title": hit.passage.title,
                "document": hit.passage.document,
                "doc_version": hit.passage.version,
                "owner": hit.passage.owner,
                "score": round(hit.score, 4),
                "url": hit.passage.url,
                "lang": hit.passage.lang,
                "id": hit.passage.id,
            }
            for hit in result.hits
        ],
        "confident": result.confident,
        "confidence": result.confidence,
    }
