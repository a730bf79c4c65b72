"""Knowledge: ingestion of Markdown and FAQ files, a BM25 index, retrieval with confidence.

from clairbot.knowledge import KnowledgeBase

kb = KnowledgeBase([Path("knowledge")])
result = kb.index().search("Quels sont vos délais de livraison ?", lang="fr")
if result.confident:
    best = result.hits[0].passage   # quote best.text, cite best.title / best.url / best.owner
kb.version, best.version            # the base's version, the version of best's document
review_report(kb.passages, as_of=date.today())   # what owners must review again
"""

from clairbot.knowledge.analysis import SUPPORTED_LANGUAGES, Analyzer, analyze, analyzer
from clairbot.knowledge.base import KnowledgeBase
from clairbot.knowledge.index import DEFAULT_THRESHOLD, KnowledgeIndex
from clairbot.knowledge.ingest import PROBLEMS_TITLE, knowledge_files, load_knowledge, load_roots
from clairbot.knowledge.passages import Hit, Passage, SearchResult
from clairbot.knowledge.reviews import ReviewItem, ReviewReport, by_owner, review_report
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
    "ReviewItem",
    "ReviewReport",
    "SearchResult",
    "analyze",
    "analyzer",
    "by_owner",
    "knowledge_files",
    "load_knowledge",
    "load_roots",
    "review_report",
    "search_result_json",
]
