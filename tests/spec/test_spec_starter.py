"""`write_starter`: a commented spec and a small knowledge base that pass the checks."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from clairbot.errors import Conflict, InvalidInput
from clairbot.spec import check_spec, load_spec, write_starter


def test_when_starter_is_written_then_it_passes_check(tmp_path: Path) -> None:
    written = write_starter(tmp_path / "bot")
    assert [p.relative_to(tmp_path / "bot").as_posix() for p in written] == [
        "spec.yaml", "knowledge/bienvenue.md", "knowledge/welcome.md", "knowledge/faq.yaml"]
    spec, problems = check_spec(tmp_path / "bot" / "spec.yaml")
    assert problems == []
    assert spec is not None and spec.company.legal_name == "Example SAS"


def test_when_starter_is_written_then_the_spec_explains_each_section(tmp_path: Path) -> None:
    write_starter(tmp_path)
    text = (tmp_path / "spec.yaml").read_text(encoding="utf-8")
    comments = " ".join(line for line in text.splitlines() if line.lstrip().startswith("#"))
    for subject in ("AI Act art. 50", "accountable owner", "data controller", "DPO",
                    "business hours", "GDPR art. 5(1)(e)", "GDPR art. 22"):
        assert subject in comments, subject


@pytest.mark.parametrize(("company", "tenant"), [
    # the usual case
    ("Verdalis Emballages SAS", "verdalis-emballages-sas"),
    # accents, quotes and a colon must not break the YAML
    ("Café « L'Étoile » : SARL", "cafe-l-etoile-sarl"),
    # nothing usable for a tenant id: a fallback
    ("岩", "my-company"),
])
def test_when_starter_is_written_for_a_company_then_its_name_is_used(
        tmp_path: Path, company: str, tenant: str) -> None:
    write_starter(tmp_path, company=company)
    spec = load_spec(tmp_path / "spec.yaml")
    assert (spec.company.legal_name, spec.company.controller.name) == (company, company)
    assert spec.tenant == tenant


def test_when_starter_files_exist_then_nothing_is_overwritten(tmp_path: Path) -> None:
    write_starter(tmp_path)
    spec_file = tmp_path / "spec.yaml"
    spec_file.write_text("# my own spec\n", encoding="utf-8")
    (tmp_path / "knowledge" / "faq.yaml").unlink()
    with pytest.raises(Conflict, match="not overwriting existing files") as raised:
        write_starter(tmp_path)
    assert str(spec_file) in raised.value.msg
    assert raised.value.code == "spec.starter_exists"
    assert spec_file.read_text(encoding="utf-8") == "# my own spec\n"
    assert not (tmp_path / "knowledge" / "faq.yaml").exists()  # all or nothing


def test_when_starter_files_exist_and_force_then_they_are_overwritten(tmp_path: Path) -> None:
    write_starter(tmp_path)
    (tmp_path / "spec.yaml").write_text("# my own spec\n", encoding="utf-8")
    write_starter(tmp_path, company="Other SAS", force=True)
    assert load_spec(tmp_path / "spec.yaml").company.legal_name == "Other SAS"


def test_when_company_is_blank_then_starter_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        write_starter(tmp_path, company="  ")
    assert list(tmp_path.iterdir()) == []


def test_when_starter_knowledge_is_read_then_each_file_has_the_expected_shape(
        tmp_path: Path) -> None:
    write_starter(tmp_path)
    knowledge = tmp_path / "knowledge"
    for name, lang in (("bienvenue.md", "fr"), ("welcome.md", "en")):
        text = (knowledge / name).read_text(encoding="utf-8")
        front, body = text.removeprefix("---\n").split("\n---\n", 1)
        meta = yaml.safe_load(front)
        assert meta["lang"] == lang and meta["title"] and "<" in meta["owner"]
        assert body.count("\n## ") >= 2
    faq = yaml.safe_load((knowledge / "faq.yaml").read_text(encoding="utf-8"))
    assert faq["lang"] == "en" and faq["owner"]
    assert all(item["q"] and item["a"] for item in faq["items"])


def test_when_starter_knowledge_is_ingested_then_it_has_no_problem(tmp_path: Path) -> None:
    ingest = pytest.importorskip("clairbot.knowledge.ingest")
    write_starter(tmp_path)
    passages = ingest.load_knowledge(tmp_path / "knowledge")
    assert {p.lang for p in passages} == {"fr", "en"}
    assert len(passages) == 6  # two sections per document, two FAQ items
