"""`clairbot privacy notice` and `clairbot privacy ropa` in each format and language."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from clairbot.cli import app
from clairbot.config import Settings
from clairbot.conversation.bot import Bot
from clairbot.db import make_session_factory, transaction, utcnow
from clairbot.policy import current_version

runner = CliRunner()
NO_ENV = {"CLAIRBOT_DATABASE_URL": "", "CLAIRBOT_ENCRYPTION_KEY": "", "CLAIRBOT_KEY_FILE": ""}


@pytest.mark.parametrize(("lang", "heading"), [("fr", "## Vos droits"),
                                               ("en", "## Your rights")])
def test_when_the_notice_is_printed_as_markdown_then_it_is_a_draft_without_a_database(
        tmp_path: Path, lang: str, heading: str) -> None:
    result = runner.invoke(app, ["privacy", "notice", "--lang", lang, "--data-dir",
                                 str(tmp_path / "none")], env=NO_ENV)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# ") and heading in result.output
    assert "dpo@verdalis.example" in result.output and "OVHcloud" in result.output
    assert ("Draft" if lang == "en" else "Projet") in result.output
    assert not (tmp_path / "none").exists()  # reading never creates a database


def test_when_the_notice_is_printed_as_html_then_it_is_a_page_in_its_language(
        tmp_path: Path) -> None:
    result = runner.invoke(app, ["privacy", "notice", "--lang", "en", "--format", "html",
                                 "--data-dir", str(tmp_path)], env=NO_ENV)
    assert result.exit_code == 0, result.output
    assert '<html lang="en">' in result.output and result.output.count("<h1>") == 1
    # A page to publish anywhere: its styles inline (the served page links its style sheet,
    # the same file, as its policy wants), "a > b" not escaped.
    assert "<style>" in result.output and "max-width: 62rem" in result.output
    assert "/static/" not in result.output and "&gt;" not in result.output.split("</style>")[0]


def test_when_the_notice_was_published_then_the_cli_prints_its_version(
        engine: Engine, settings: Settings, demo_bot: Bot) -> None:
    with transaction(make_session_factory(engine)) as session:
        version = current_version(session=session, tenant_id=demo_bot.tenant_id,
                                  spec=demo_bot.spec, now=utcnow())
    result = runner.invoke(app, ["privacy", "notice", "--lang", "en"],
                           env={**NO_ENV, "CLAIRBOT_DATABASE_URL":
                                settings.effective_database_url})
    assert result.exit_code == 0, result.output
    assert (f"Version {version.number}, published on "
            f"{version.published_at.date().isoformat()}") in result.output


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_when_the_ropa_is_printed_as_json_then_it_parses_with_one_record_per_purpose(
        demo_bot: Bot, lang: str) -> None:
    result = runner.invoke(app, ["privacy", "ropa", "--format", "json", "--lang", lang])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert [r["purpose_id"] for r in records] == [p.id for p in demo_bot.spec.purposes]
    callback = next(r for r in records if r["purpose_id"] == "callback")
    assert "dpo@verdalis.example" in callback["controller"]
    assert any("OVHcloud" in recipient for recipient in callback["recipients"])
    assert "AES-256-GCM" in callback["security"] and "2026-11-28.1" in callback["source"]
    assert callback["transfers"] == []


def test_when_the_ropa_is_printed_as_csv_then_a_header_and_one_row_per_purpose(
        demo_bot: Bot) -> None:
    result = runner.invoke(app, ["privacy", "ropa", "--format", "csv", "--lang", "en"])
    assert result.exit_code == 0, result.output
    header, *rows = list(csv.reader(io.StringIO(result.output)))
    assert header[0] == "purpose_id" and "Lawful basis" in header and len(header) == 12
    assert [row[0] for row in rows] == [p.id for p in demo_bot.spec.purposes]
    assert all(len(row) == len(header) for row in rows)


def test_when_the_ropa_is_printed_as_markdown_then_each_activity_has_a_section(
        demo_bot: Bot) -> None:
    result = runner.invoke(app, ["privacy", "ropa", "--lang", "fr"])
    assert result.exit_code == 0, result.output
    assert result.output.count("\n## ") == len(demo_bot.spec.purposes)
    assert "Base légale" in result.output and "1825 jours" in result.output


@pytest.mark.parametrize("args", [
    ["privacy", "ropa", "--format", "xml"],                 # unknown format
    ["privacy", "notice", "--lang", "de"],                  # unknown language
])
def test_when_an_option_is_wrong_then_exit_2_with_a_message(args: list[str]) -> None:
    result = runner.invoke(app, args, env=NO_ENV)
    assert result.exit_code == 2 and "must be" in result.output


def test_when_the_spec_has_problems_then_exit_1_listing_them(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("tenant: x\n", encoding="utf-8")
    result = runner.invoke(app, ["privacy", "ropa", "--spec", str(spec)])
    assert result.exit_code == 1 and "spec.yaml:" in result.output
