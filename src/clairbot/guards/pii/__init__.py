"""Personal data in visitor messages: detectors, the registry running them, redaction, scan.

`clairbot.guards.pii.defaults.default_registry()` assembles every detector a deployment uses.
"""

from clairbot.categories import ENTITY_TYPES, SPECIAL_SUBTYPES
from clairbot.findings import Detector, Finding
from clairbot.guards.pii.redact import redact
from clairbot.guards.pii.registry import PiiRegistry
from clairbot.guards.pii.scan import scan_stream
from clairbot.guards.pii.structured import structured_detectors

__all__ = ["ENTITY_TYPES", "SPECIAL_SUBTYPES", "Detector", "Finding", "PiiRegistry", "redact",
           "scan_stream", "structured_detectors"]
