"""Every document has a version (a digest of its bytes), carried by its passages and answers;
the knowledge base's version follows its documents."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from clairbot.knowledge import KnowledgeBase, KnowledgeIndex, load_knowledge, search_result_json
from clairbot.respond import ExtractiveResponder

from .builders import FAQ, WriteFiles, markdown

PALLETS = markdown("## Palettes\n\nLes palettes sont livrées avec un hayon.\n", title="Palettes")


def test_when_loaded_then_each_passage_carries_its_file_digest(write_files: WriteFiles) -> None:
    root = write_files({"faq.yaml": FAQ, "fr/palettes.md": PALLETS})

    passages = load_knowledge(root)

    for passage in passages:
        expected = hashlib.sha256((root / passage.document).read_bytes()).hexdigest()[:12]
        assert passage.version == expected


def test_when_the_bot_answers_then_each_passage_dict_has_its_doc_version(
    demo_index: KnowledgeIndex,
) -> None:
    answer = ExtractiveResponder().answer(question="Quels sont les délais de livraison ?",
                                          lang="fr", index=demo_index)

    assert answer.answered and answer.passages
    for used in answer.passages:
        document = next(p for p in demo_index.passages if p.id == used["id"])
        assert used["doc_version"] == document.version


def test_when_a_search_is_serialised_then_hits_carry_doc_version(
    demo_index: KnowledgeIndex,
) -> None:
    data = search_result_json(demo_index.search("facture", lang="fr", limit=2))

    versions = {p.id: p.version for p in demo_index.passages}
    assert data["hits"]
    assert all(hit["doc_version"] == versions[hit["id"]] for hit in data["hits"])


def test_when_a_document_is_edited_then_its_version_and_the_kb_version_change(
    write_files: WriteFiles,
) -> None:
    root = write_files({"faq.yaml": FAQ, "fr/palettes.md": PALLETS})
    kb = KnowledgeBase([root], check_interval=0)
    documents, version = kb.documents, kb.version

    (root / "fr/palettes.md").write_text(PALLETS.replace("hayon", "hayon élévateur"),
                                         encoding="utf-8")

    assert kb.documents["fr/palettes.md"] != documents["fr/palettes.md"]
    assert kb.documents["faq.yaml"] == documents["faq.yaml"]
    assert kb.version != version


def test_when_a_file_is_only_touched_then_versions_stay_and_listeners_are_not_called(
    write_files: WriteFiles,
) -> None:
    root = write_files({"faq.yaml": FAQ})
    kb = KnowledgeBase([root], check_interval=0)
    first = kb.index()
    seen: list[str] = []
    kb.on_change(lambda index: seen.append(index.version))

    stat = os.stat(root / "faq.yaml")
    os.utime(root / "faq.yaml", ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))

    assert kb.index() is not first  # re-indexed: the fingerprint changed...
    assert kb.version == first.version and seen == []  # ...but not the content


def test_when_a_change_is_indexed_then_listeners_get_the_new_index_once(
    write_files: WriteFiles,
) -> None:
    root = write_files({"faq.yaml": FAQ})
    kb = KnowledgeBase([root], check_interval=0)
    kb.index()  # the first load is not a change
    seen: list[str] = []

    def broken(_index: KnowledgeIndex) -> None:
        raise RuntimeError("listener bug")

    kb.on_change(broken)  # logged, never fatal, and the others still hear about it
    kb.on_change(lambda index: seen.append(index.version))

    write_files({"fr/palettes.md": PALLETS})
    kb.index()
    kb.index()

    assert seen == [kb.version]
    assert "fr/palettes.md" in kb.documents


def test_when_the_demo_base_is_indexed_then_its_documents_are_listed_with_versions(
    demo_root: Path, demo_index: KnowledgeIndex,
) -> None:
    documents = demo_index.documents

    assert "fr/livraison.md" in documents and "en/orders-faq.yaml" in documents
    assert all(len(version) == 12 for version in documents.values())
    assert list(documents) == sorted(documents)
