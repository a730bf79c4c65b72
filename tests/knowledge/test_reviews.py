"""Review dates: `review_by` per document or FAQ item, checked, and the owners' review report."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from clairbot.cli import app
from clairbot.errors import KnowledgeError
from clairbot.knowledge import load_knowledge, review_report
from clairbot.spec import write_starter

from .builders import FAQ, WriteFiles, markdown

runner = CliRunner()
ENV = {"COLUMNS": "200"}
AS_OF = dt.date(2026, 11, 28)

FAQ_DATED = FAQ.replace("topic: billing\n", "topic: billing\nreview_by: 2027-01-31\n").replace(
    "  - q: Which payment methods do you accept?\n",
    "  - q: Which payment methods do you accept?\n    review_by: 2026-09-30\n")


@pytest.fixture
def kb(write_files: WriteFiles) -> Path:
    """Four documents of three owners: overdue, due later, never dated, one item overdue."""
    return write_files({
        "fr/livraison.md": markdown("## Délais\n\nDeux jours.\n", review_by="2026-10-01"),
        "fr/retours.md": markdown("## Retours\n\nSous 30 jours.\n", title="Retours",
                                  owner="SAV <sav@example.com>", review_by="2027-06-30"),
        "fr/palettes.md": markdown("## Palettes\n\nAvec hayon.\n", title="Palettes"),
        "faq.yaml": FAQ_DATED,
    })


def test_when_dates_are_set_then_passages_carry_them_and_items_override_files(
    kb: Path,
) -> None:
    dates = {p.title: p.review_by for p in load_knowledge(kb)}

    assert dates["Délais"] == dt.date(2026, 10, 1)
    assert dates["Palettes"] is None
    assert dates["When are invoices sent?"] == dt.date(2027, 1, 31)
    assert dates["Which payment methods do you accept?"] == dt.date(2026, 9, 30)


def test_when_reported_then_overdue_and_never_reviewed_are_listed_by_owner(kb: Path) -> None:
    report = review_report(load_knowledge(kb), as_of=AS_OF)

    assert [(i.owner, i.document, i.entries) for i in report.overdue] == [
        ("Billing team <billing@example.com>", "faq.yaml",
         ("Which payment methods do you accept?",)),
        ("Logistique <log@example.com>", "fr/livraison.md", ()),
    ]
    assert [i.document for i in report.never_reviewed] == ["fr/palettes.md"]
    assert report.overdue[1].days_overdue(AS_OF) == 58


def test_when_the_date_is_today_then_it_is_not_overdue_yet(kb: Path) -> None:
    report = review_report(load_knowledge(kb), as_of=dt.date(2026, 10, 1))

    assert "fr/livraison.md" not in [i.document for i in report.overdue]


@pytest.mark.parametrize(("files", "location", "fragment"), [
    # A month that does not exist, in a Markdown front-matter: its line in the file.
    ({"a.md": markdown("## A\n\nTexte.\n", review_by="2026-13-01")}, "a.md:5", "2026-13-01"),
    # A day that does not exist (PyYAML alone would crash on it).
    ({"a.md": markdown("## A\n\nTexte.\n", review_by="2026-02-30")}, "a.md:5", "2026-02-30"),
    # Not a date at all, at the top of a FAQ file.
    ({"faq.yaml": FAQ.replace("topic: billing\n", "topic: billing\nreview_by: soon\n")},
     "faq.yaml:4", "soon"),
    # A date with a time, on a FAQ item: located at the item's key.
    ({"faq.yaml": FAQ.replace("    a: Bank transfer", "    review_by: 2026-12-01 10:00\n"
                              "    a: Bank transfer")}, "faq.yaml:9", "items[1]"),
])
def test_when_a_review_date_is_malformed_then_it_is_a_problem_at_its_line(
    write_files: WriteFiles, files: dict[str, str], location: str, fragment: str,
) -> None:
    root = write_files(files)

    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(root)

    [problem] = caught.value.problems
    assert problem.location == location
    assert fragment in problem.message and "YYYY-MM-DD" in problem.message


def test_when_check_runs_on_a_kb_with_a_bad_date_then_it_reports_file_and_line(
    tmp_path: Path,
) -> None:
    write_starter(tmp_path)
    faq = tmp_path / "knowledge" / "faq.yaml"
    faq.write_text(faq.read_text(encoding="utf-8").replace(
        "\nitems:", "\nreview_by: 31/12/2026\nitems:"), encoding="utf-8")
    line = faq.read_text(encoding="utf-8").splitlines().index("review_by: 31/12/2026") + 1

    result = runner.invoke(app, ["check", str(tmp_path / "spec.yaml")], env=ENV)

    assert result.exit_code == 1
    assert f"faq.yaml:{line}" in result.output and "31/12/2026" in result.output


def test_when_reviews_are_listed_as_json_then_groups_parse(kb: Path) -> None:
    result = runner.invoke(app, ["knowledge", "reviews", "--kb", str(kb), "--as-of",
                                 "2026-11-28", "--json"], env=ENV)

    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["as_of"] == "2026-11-28"
    assert [g["owner"] for g in data["overdue"]] == ["Billing team <billing@example.com>",
                                                     "Logistique <log@example.com>"]
    livraison = data["overdue"][1]["documents"][0]
    assert livraison["document"] == "fr/livraison.md"
    assert livraison["review_by"] == "2026-10-01" and livraison["days_overdue"] == 58
    version = next(p.version for p in load_knowledge(kb) if p.document == "fr/palettes.md")
    assert data["never_reviewed"] == [{"owner": "Logistique <log@example.com>", "documents": [
        {"document": "fr/palettes.md", "lang": "fr", "version": version, "review_by": None,
         "days_overdue": None, "entries": []}]}]


def test_when_as_of_is_later_then_more_is_overdue(kb: Path) -> None:
    result = runner.invoke(app, ["knowledge", "reviews", "--kb", str(kb), "--as-of",
                                 "2027-07-01", "--json"], env=ENV)

    overdue = [d["document"] for g in json.loads(result.stdout)["overdue"]
               for d in g["documents"]]
    assert sorted(overdue) == ["faq.yaml", "faq.yaml", "fr/livraison.md", "fr/retours.md"]


def test_when_the_demo_is_reviewed_on_2026_11_28_then_the_contracts_are_overdue(
    demo_root: Path,
) -> None:
    result = runner.invoke(app, ["knowledge", "reviews", "--kb", str(demo_root), "--as-of",
                                 "2026-11-28"], env=ENV)

    assert result.exit_code == 0, result.output
    assert "Overdue: 2" in result.output and "Never reviewed (no review_by): 0" in result.output
    assert "fr/contrats.md" in result.output and "en/contracts.md" in result.output


def test_when_as_of_is_not_a_date_then_exit_2(kb: Path) -> None:
    result = runner.invoke(app, ["knowledge", "reviews", "--kb", str(kb), "--as-of",
                                 "tomorrow"], env=ENV)

    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
