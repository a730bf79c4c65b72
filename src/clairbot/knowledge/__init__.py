"""Knowledge: ingestion of Markdown and FAQ files, a BM25 index, retrieval with confidence.

from clairbot.knowledge import KnowledgeBase

kb = KnowledgeBase([Path("knowledge")])
result = kb.index().search("Quels sont vos délais de livraison ?", lang="fr")
if result.confident:
    best = result.hits[0].passage   # quote best.text, cite best.title / best.url / best.owner
"""

from clairbot.knowledge.analysis import SUPPORTED_LANGUAGES, Analyzer, analyze, analyzer
from clairbot.knowledge.base import KnowledgeBase
from clairbot.knowledge.index import DEFAULT_THRESHOLD, KnowledgeIndex
from clairbot.knowledge.ingest import PROBLEMS_TITLE, knowledge_files, load_knowledge, load_roots
from clairbot.knowledge.passages import Hit, Passage, SearchResult
from clairbot.knowledge.schemas import search_result_json

__all__ = [
    "DEFAULT_THRESHOLD",
    "PROBLEMS_TITLE",
    "SUPPORTED_LANGUAGES",
    "Analyzer",
    "Hit",
    "KnowledgeBase",
    "KnowledgeIndex",
    "Passage",
    "SearchResult",
    "analyze",
    "analyzer",
    "knowledge_files",
    "load_knowledge",
    "load_roots",
    "search_result_json",
]
