"""Loading Markdown documents and FAQ files into passages, and reporting every problem."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from clairbot.errors import KnowledgeError
from clairbot.knowledge import PROBLEMS_TITLE, load_knowledge, load_roots

from .builders import FAQ, WriteFiles, markdown

SECTIONS = """\
# Livraison

Cette introduction n'est pas une réponse.

## Zones de livraison

Nous livrons en **France** et en [Belgique](https://example.com/be).

## Délais de livraison

- Colis : 24 à 72 heures.
- Palette : 2 à 4 jours ouvrés.
"""


def test_when_markdown_has_sections_then_each_section_is_a_passage(
    write_files: WriteFiles,
) -> None:
    root = write_files(
        {"fr/livraison.md": markdown(SECTIONS, topic="delivery", url="https://e.fr/l")}
    )

    passages = load_knowledge(root)

    assert [p.title for p in passages] == ["Zones de livraison", "Délais de livraison"]
    first = passages[0]
    assert first.id == "fr/livraison.md#zones-de-livraison"
    assert first.document == "fr/livraison.md"
    assert first.text == "Nous livrons en France et en Belgique (https://example.com/be)."
    assert (first.owner, first.lang, first.topic, first.url) == (
        "Logistique <log@example.com>",
        "fr",
        "delivery",
        "https://e.fr/l",
    )
    assert passages[1].text == "- Colis : 24 à 72 heures.\n- Palette : 2 à 4 jours ouvrés."


def test_when_markdown_has_no_section_then_the_body_is_one_passage_titled_by_title(
    write_files: WriteFiles,
) -> None:
    root = write_files(
        {"horaires.md": markdown("Ouvert du lundi au vendredi.\n", title="Horaires")}
    )

    [passage] = load_knowledge(root)

    assert (passage.id, passage.title, passage.text) == (
        "horaires.md#horaires",
        "Horaires",
        "Ouvert du lundi au vendredi.",
    )
    assert (passage.url, passage.topic) == (None, None)


def test_when_faq_has_items_then_each_item_is_a_passage_titled_by_its_question(
    write_files: WriteFiles,
) -> None:
    root = write_files({"en/billing.yaml": FAQ})

    passages = load_knowledge(root)

    assert [(p.title, p.text) for p in passages] == [
        ("When are invoices sent?", "Invoices are emailed on the day of shipment."),
        ("Which payment methods do you accept?", "Bank transfer and credit card."),
    ]
    assert {(p.owner, p.lang, p.topic, p.url) for p in passages} == {
        ("Billing team <billing@example.com>", "en", "billing", "https://example.com/help/billing")
    }
    assert passages[0].id == "en/billing.yaml#when-are-invoices-sent"


@pytest.mark.parametrize(
    ("body", "text"),
    [
        # emphasis and inline code go, words stay
        ("**Gratuit** dès *500 €* avec `PROMO`.", "Gratuit dès 500 € avec PROMO."),
        # a link keeps its address, which a visitor needs; a relative link keeps its label
        (
            "Voir [le portail](https://p.example) ou [l'aide](/aide).",
            "Voir le portail (https://p.example) ou l'aide.",
        ),
        # e-mail addresses in angle brackets are not HTML tags
        (
            "Écrivez à <support@example.com> ou <b>appelez</b>.",
            "Écrivez à support@example.com ou appelez.",
        ),
        # soft-wrapped lines make one paragraph; blank lines separate paragraphs
        (
            "Une phrase\nsur deux lignes.\n\nUn autre paragraphe.",
            "Une phrase sur deux lignes.\nUn autre paragraphe.",
        ),
        # ordered and unordered lists keep one item per line
        ("1. Commander\n2. Payer\n* Recevoir", "1. Commander\n2. Payer\n- Recevoir"),
        # table rows become lines of cells, the rule line goes
        ("| Zone | Délai |\n|---|---|\n| France | 24 h |", "Zone ; Délai\nFrance ; 24 h"),
        # escaped characters are kept literally
        ("Référence \\*A\\* et snake_case_name.", "Référence *A* et snake_case_name."),
        # a heading inside a code block is not a section
        ("Exemple :\n```\n## pas un titre\n```", "Exemple :\n## pas un titre"),
    ],
)
def test_when_markdown_has_markup_then_the_passage_text_is_plain(
    write_files: WriteFiles, body: str, text: str
) -> None:
    root = write_files({"a.md": markdown(f"## Titre\n\n{body}\n")})

    [passage] = load_knowledge(root)

    assert passage.text == text


def test_when_a_file_is_loaded_then_its_version_is_the_start_of_its_sha256(
    write_files: WriteFiles,
) -> None:
    root = write_files({"en/billing.yaml": FAQ})

    passages = load_knowledge(root)

    expected = hashlib.sha256((root / "en/billing.yaml").read_bytes()).hexdigest()[:12]
    assert {p.version for p in passages} == {expected}


def test_when_loaded_twice_then_ids_are_stable_and_unique(write_files: WriteFiles) -> None:
    body = "## Tarifs\n\nA.\n\n## Tarifs\n\nB.\n\n## Tarifs !\n\nC.\n"
    root = write_files({"a.md": markdown(body), "b.md": markdown(body), "c.yml": FAQ})

    first, second = load_knowledge(root), load_knowledge(root)

    assert [p.id for p in first] == [p.id for p in second]
    assert [p.id for p in first][:3] == ["a.md#tarifs", "a.md#tarifs-2", "a.md#tarifs-3"]
    assert len({p.id for p in first}) == len(first) == 8


def test_when_two_roots_hold_the_same_path_then_ids_stay_unique(tmp_path: Path) -> None:
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "faq.yaml").write_text(FAQ, encoding="utf-8")

    passages = load_roots([tmp_path / "one", tmp_path / "two"])

    assert [p.id for p in passages] == [
        "faq.yaml#when-are-invoices-sent",
        "faq.yaml#which-payment-methods-do-you-accept",
        "faq.yaml#when-are-invoices-sent-2",
        "faq.yaml#which-payment-methods-do-you-accept-2",
    ]


def test_when_files_are_not_knowledge_then_they_are_ignored(write_files: WriteFiles) -> None:
    root = write_files(
        {
            "faq.yaml": FAQ,
            "notes.txt": "not knowledge",
            "logo.svg": "<svg/>",
            ".drafts/draft.md": "no front-matter",
            ".hidden.yaml": "not: [valid",
        }
    )

    assert {p.document for p in load_knowledge(root)} == {"faq.yaml"}


@pytest.mark.parametrize(
    ("files", "location", "message"),
    [
        # a document without an owner: nobody would be accountable for its answers
        ({"fr/a.md": markdown("## T\n\nx\n", owner="")}, "fr/a.md", "fr/a.md has no owner"),
        # a FAQ without an owner, the message names the file too
        (
            {"faq.yaml": FAQ.replace('owner: "Billing team <billing@example.com>"\n', "")},
            "faq.yaml",
            "faq.yaml has no owner",
        ),
        # lang is required
        ({"a.md": markdown("## T\n\nx\n", lang="")}, "a.md", "missing 'lang'"),
        # only French and English are supported
        ({"a.md": markdown("## T\n\nx\n", lang="de")}, "a.md", "invalid lang 'de'"),
        # the document title is required
        ({"a.md": markdown("## T\n\nx\n", title="")}, "a.md", "missing or empty 'title'"),
        # a FAQ that is not YAML: the message says where
        ({"faq.yaml": "lang: en\nitems: [\n"}, "faq.yaml", "invalid YAML (line 3"),
        # front-matter that is not YAML
        ({"a.md": "---\ntitle: [oops\n---\n## T\n\nx\n"}, "a.md", "invalid YAML"),
        # Markdown without front-matter
        ({"a.md": "## T\n\nx\n"}, "a.md", "no YAML front-matter"),
        # front-matter that never ends
        ({"a.md": "---\ntitle: T\n"}, "a.md", "not closed"),
        # an empty section is an empty passage; the location gives the heading's line
        ({"a.md": markdown("## Vide\n\n## Plein\n\nx\n")}, "a.md:6", "'Vide' is empty"),
        # a heading without text
        ({"a.md": markdown("##\n\nx\n")}, "a.md:6", "heading has no text"),
        # a FAQ item without an answer
        ({"faq.yaml": FAQ + "  - q: Empty?\n    a: ''\n"}, "faq.yaml:items[2]", "'a' (answer)"),
        # a FAQ item without a question
        ({"faq.yaml": FAQ + "  - a: Orphan answer.\n"}, "faq.yaml:items[2]", "'q' (question)"),
        # a FAQ item that is not a mapping
        ({"faq.yaml": FAQ + "  - just text\n"}, "faq.yaml:items[2]", "must be a mapping"),
        # a FAQ without items
        ({"faq.yaml": "lang: en\nowner: Team\nitems: []\n"}, "faq.yaml", "non-empty list"),
        # a url must be a web address that can be cited
        ({"a.md": markdown("## T\n\nx\n", url="www.example.com")}, "a.md", "invalid url"),
        # text that is not UTF-8
        ({"a.md": markdown("## T\n\nBAD\n").replace("BAD", "\udcff")}, "a.md", "not valid UTF-8"),
    ],
)
def test_when_a_file_is_invalid_then_the_problem_names_the_file_and_the_fault(
    tmp_path: Path, files: dict[str, str], location: str, message: str
) -> None:
    root = tmp_path / "kb"
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(text.encode("utf-8", errors="surrogateescape"))

    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(root)

    assert caught.value.title == PROBLEMS_TITLE
    assert [(p.location, message in p.message) for p in caught.value.problems] == [
        (location, True)
    ], caught.value.problems


def test_when_several_files_have_problems_then_all_are_reported_together(
    write_files: WriteFiles,
) -> None:
    root = write_files(
        {
            "a.md": markdown("## T\n\nx\n", owner="", lang="es"),
            "b.yaml": "lang: en\nowner: Team\nitems:\n  - q: Q?\n",
            "c.yaml": "items: {\n",
            "fine.yaml": FAQ,
        }
    )

    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(root)

    assert [p.location for p in caught.value.problems] == [
        "a.md",
        "a.md",
        "b.yaml:items[0]",
        "c.yaml",
    ]
    text = str(caught.value)
    assert text.startswith("Knowledge base has problems:\n  - a.md: a.md has no owner")
    assert "invalid lang 'es'" in text and "c.yaml: invalid YAML" in text


def test_when_the_root_folder_is_missing_then_loading_fails(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"

    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(missing)

    [problem] = caught.value.problems
    assert (problem.location, problem.message) == (
        str(missing),
        "the knowledge folder does not exist",
    )


def test_when_the_knowledge_base_has_no_passage_then_loading_fails(
    write_files: WriteFiles,
) -> None:
    root = write_files({"README.txt": "nothing to index"})

    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(root)

    assert "the knowledge base is empty" in caught.value.problems[0].message


def test_when_several_roots_have_problems_then_locations_include_the_root(tmp_path: Path) -> None:
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.mkdir()
    bad.mkdir()
    (good / "faq.yaml").write_text(FAQ, encoding="utf-8")
    (bad / "a.md").write_text(markdown("## T\n\nx\n", owner=""), encoding="utf-8")

    with pytest.raises(KnowledgeError) as caught:
        load_roots([good, bad, tmp_path / "missing"])

    assert [p.location for p in caught.value.problems] == [
        f"{bad.as_posix()}/a.md",
        str(tmp_path / "missing"),
    ]
