"""The change log of specs and knowledge bases: who changed what, when, and how.

    from clairbot.changes import record_spec, record_knowledge, history

Each tenant's spec and knowledge base get a new `ContentVersion` row and an audit event only
when their content digest changes; start-up and the server's re-index record them.
"""

from clairbot.changes.diff import knowledge_diff, manifest, parse_manifest, spec_diff
from clairbot.changes.models import KINDS, ContentVersion
from clairbot.changes.pending import PendingChanges
from clairbot.changes.service import (
    history,
    latest,
    record_if_changed,
    record_knowledge,
    record_spec,
)

__all__ = ["KINDS", "ContentVersion", "PendingChanges", "history", "knowledge_diff", "latest",
           "manifest", "parse_manifest", "record_if_changed", "record_knowledge", "record_spec",
           "spec_diff"]
