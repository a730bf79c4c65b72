"""Generate a knowledge base of N passages (half French, half English) for benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

import yaml

_EN = {
    "subjects": ["invoice", "delivery", "pallet", "carton", "mailer", "quote", "return",
                 "refund", "account", "password", "sample", "label", "order", "contract",
                 "shipment", "warehouse", "tracking number", "credit note", "discount", "API key"],
    "verbs": ["request", "change", "cancel", "download", "track", "schedule", "confirm",
              "update", "print", "recycle", "store", "approve", "split", "merge", "renew"],
    "qualifiers": ["for a new site", "before shipping", "in bulk", "after delivery",
                   "for export", "with custom printing", "on the portal", "by phone",
                   "for food contact", "under a framework agreement"],
}
_FR = {
    "subjects": ["facture", "livraison", "palette", "carton", "pochette", "devis", "retour",
                 "remboursement", "compte", "mot de passe", "échantillon", "étiquette",
                 "commande", "contrat", "expédition", "entrepôt", "numéro de suivi", "avoir",
                 "remise", "clé API"],
    "verbs": ["demander", "modifier", "annuler", "télécharger", "suivre", "planifier",
              "confirmer", "mettre à jour", "imprimer", "recycler", "stocker", "valider",
              "scinder", "regrouper", "renouveler"],
    "qualifiers": ["pour un nouveau site", "avant l'expédition", "en gros volume",
                   "après la livraison", "pour l'export", "avec impression personnalisée",
                   "sur le portail", "par téléphone", "pour le contact alimentaire",
                   "dans le cadre d'un accord-cadre"],
}


def _items(words: dict[str, list[str]], count: int, rng: random.Random, lang: str
           ) -> list[dict[str, str]]:
    items = []
    for n in range(count):
        subject = rng.choice(words["subjects"])
        verb = rng.choice(words["verbs"])
        qualifier = rng.choice(words["qualifiers"])
        if lang == "en":
            q = f"How do I {verb} a {subject} {qualifier} (case {n})?"
            a = (f"To {verb} a {subject} {qualifier}, open the customer portal and choose "
                 f"{subject}s. Our team confirms within one business day. Reference {n}.")
        else:
            q = f"Comment {verb} un(e) {subject} {qualifier} (cas {n}) ?"
            a = (f"Pour {verb} un(e) {subject} {qualifier}, ouvrez le portail client et "
                 f"choisissez la rubrique {subject}. Notre équipe confirme sous un jour ouvré. "
                 f"Référence {n}.")
        items.append({"q": q, "a": a})
    return items


def write_kb(root: Path, passages: int, seed: int = 7) -> list[tuple[str, str]]:
    """Write `passages` FAQ passages under `root`; return (lang, question) pairs to ask."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    questions: list[tuple[str, str]] = []
    per_file = 100
    for lang, words in (("fr", _FR), ("en", _EN)):
        items = _items(words, passages // 2, rng, lang)
        for start in range(0, len(items), per_file):
            chunk = items[start:start + per_file]
            doc = {"lang": lang, "owner": f"Bench team {lang} <bench@example.com>",
                   "items": chunk}
            path = root / f"{lang}-{start // per_file:03d}.yaml"
            path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
        questions += [(lang, item["q"]) for item in rng.sample(items, min(50, len(items)))]
    return questions
