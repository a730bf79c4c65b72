"""The live knowledge base re-indexes when files change, and only then."""

from __future__ import annotations

import logging
import os
import threading

import pytest

from clairbot.errors import KnowledgeError
from clairbot.knowledge import KnowledgeBase, KnowledgeIndex

from .builders import FAQ, WriteFiles, markdown

PALLETS = markdown("## Palettes\n\nLes palettes sont livrées avec un hayon.\n", title="Palettes")


def titles(kb: KnowledgeBase) -> list[str]:
    return [p.title for p in kb.passages]


def test_when_a_file_is_edited_then_the_next_call_reindexes(write_files: WriteFiles) -> None:
    root = write_files({"faq.yaml": FAQ})
    kb = KnowledgeBase([root], check_interval=0)
    before = kb.version

    (root / "faq.yaml").write_text(
        FAQ.replace("When are invoices sent?", "When do invoices go?"), encoding="utf-8"
    )

    assert titles(kb) == ["When do invoices go?", "Which payment methods do you accept?"]
    assert kb.version != before


def test_when_a_file_is_added_then_its_passages_are_searchable(write_files: WriteFiles) -> None:
    root = write_files({"faq.yaml": FAQ})
    kb = KnowledgeBase([root], check_interval=0)
    assert not kb.index().search("hayon palettes", lang="fr").hits

    write_files({"fr/palettes.md": PALLETS})

    result = kb.index().search("hayon palettes", lang="fr")
    assert [hit.passage.id for hit in result.hits] == ["fr/palettes.md#palettes"]


def test_when_a_file_is_deleted_then_its_passages_disappear(write_files: WriteFiles) -> None:
    root = write_files({"faq.yaml": FAQ, "fr/palettes.md": PALLETS})
    kb = KnowledgeBase([root], check_interval=0)
    assert "Palettes" in titles(kb)

    (root / "fr/palettes.md").unlink()

    assert "Palettes" not in titles(kb)


def test_when_nothing_changed_then_the_same_index_is_served(write_files: WriteFiles) -> None:
    root = write_files({"faq.yaml": FAQ})
    kb = KnowledgeBase([root], check_interval=0)

    assert kb.index() is kb.index()


def test_when_the_check_interval_has_not_elapsed_then_files_are_not_checked(
    write_files: WriteFiles,
) -> None:
    now = [100.0]
    root = write_files({"faq.yaml": FAQ})
    kb = KnowledgeBase([root], check_interval=2.0, clock=lambda: now[0])
    first = kb.index()
    write_files({"fr/palettes.md": PALLETS})

    now[0] += 1.9
    assert kb.index() is first

    now[0] += 0.1
    assert kb.index() is not first
    assert "Palettes" in titles(kb)


def test_when_a_file_keeps_its_size_then_a_new_mtime_still_triggers_reindexing(
    write_files: WriteFiles,
) -> None:
    root = write_files({"faq.yaml": FAQ})
    kb = KnowledgeBase([root], check_interval=0)
    path = root / "faq.yaml"
    stat = path.stat()
    first = kb.index()

    path.write_text(FAQ.replace("sent?", "due?"), encoding="utf-8")  # same length
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))

    assert kb.index() is not first
    assert titles(kb)[0] == "When are invoices due?"


def test_when_the_first_load_fails_then_the_error_lists_the_problems(
    write_files: WriteFiles,
) -> None:
    root = write_files({"a.md": markdown("## T\n\nx\n", owner="")})
    kb = KnowledgeBase([root, root.parent / "missing"], check_interval=0)

    with pytest.raises(KnowledgeError) as caught:
        kb.index()

    assert len(caught.value.problems) == 2


def test_when_an_edit_breaks_the_base_then_the_last_good_index_keeps_serving(
    write_files: WriteFiles, caplog: pytest.LogCaptureFixture
) -> None:
    root = write_files({"faq.yaml": FAQ})
    kb = KnowledgeBase([root], check_interval=0)
    good = kb.index()

    with caplog.at_level(logging.ERROR, logger="clairbot.knowledge.base"):
        write_files({"broken.yaml": "lang: en\nitems: [\n"})
        assert kb.index() is good

    assert kb.last_error is not None
    assert kb.last_error.problems[0].location == "broken.yaml"
    assert "not re-indexed" in caplog.text

    (root / "broken.yaml").unlink()
    assert kb.index() is not good
    assert kb.last_error is None


def test_when_threads_search_while_files_change_then_every_call_gets_an_index(
    write_files: WriteFiles,
) -> None:
    root = write_files({"faq.yaml": FAQ})
    kb = KnowledgeBase([root], check_interval=0)
    # Loaded once before the edits start: a first load that meets a half-written file fails
    # by design (there is no index to keep serving); the test is about the edits after it.
    kb.index()
    seen: list[KnowledgeIndex] = []
    errors: list[BaseException] = []

    def search() -> None:
        try:
            for _ in range(50):
                index = kb.index()
                index.search("invoices", lang="en")
                seen.append(index)
        except BaseException as exc:  # collected and re-checked in the main thread
            errors.append(exc)

    workers = [threading.Thread(target=search) for _ in range(4)]
    for worker in workers:
        worker.start()
    for n in range(5):
        write_files({f"fr/palettes-{n}.md": PALLETS})
    for worker in workers:
        worker.join()

    assert errors == [] and len(seen) == 200
    assert len(kb.passages) == 7
