"""The `clairbot` command line, run as a user would (a real subprocess for the entry point)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from clairbot.cli import app
from clairbot.cli.serve import _shown
from clairbot.demo import DEMO_SPEC

runner = CliRunner()
DEMO_KB = DEMO_SPEC.parent / "knowledge"


def test_when_empty_spec_checked_then_exit_1_and_every_missing_safeguard_listed(
        tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("")
    result = runner.invoke(app, ["check", str(spec)])
    assert result.exit_code == 1
    output = result.output.lower()
    for missing in ("disclosure", "owner", "privacy contact", "retention", "escalation"):
        assert missing in output, missing


def test_when_starter_written_then_it_passes_check(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "bot")])
    assert result.exit_code == 0, result.output
    checked = runner.invoke(app, ["check", str(tmp_path / "bot" / "spec.yaml")])
    assert checked.exit_code == 0, checked.output


def test_when_starter_written_twice_then_refused_without_force(tmp_path: Path) -> None:
    assert runner.invoke(app, ["init", str(tmp_path)]).exit_code == 0
    again = runner.invoke(app, ["init", str(tmp_path)])
    assert again.exit_code == 1
    assert runner.invoke(app, ["init", str(tmp_path), "--force"]).exit_code == 0


def test_when_knowledge_file_has_no_owner_then_check_names_the_file(tmp_path: Path) -> None:
    runner.invoke(app, ["init", str(tmp_path)])
    orphan = tmp_path / "knowledge" / "orphan.md"
    orphan.write_text("---\ntitle: Orphan\nlang: en\n---\n## Section\nSome text.\n")
    result = runner.invoke(app, ["check", str(tmp_path / "spec.yaml")])
    assert result.exit_code == 1
    assert "orphan.md" in result.output


def test_when_demo_spec_checked_then_ok() -> None:
    result = runner.invoke(app, ["check", str(DEMO_SPEC)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(("lang", "question", "confident"), [
    ("fr", "Quels sont les délais de livraison ?", True),
    ("en", "How can I reset my portal password?", True),
    ("en", "What is the weather like in Tokyo?", False),
])
def test_when_knowledge_searched_as_json_then_contract_shape(lang: str, question: str,
                                                             confident: bool) -> None:
    result = runner.invoke(app, ["knowledge", "search", "--kb", str(DEMO_KB), "--lang", lang,
                                 question, "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["confident"] is confident
    if confident:
        assert {"title", "document", "owner", "score"} <= set(body["hits"][0])
    scores = [h["score"] for h in body["hits"]]
    assert scores == sorted(scores, reverse=True)


def test_when_knowledge_folder_missing_then_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["knowledge", "search", "--kb", str(tmp_path / "nope"), "x"])
    assert result.exit_code == 1
    assert "nope" in result.output


def test_when_db_upgrade_run_then_database_created(tmp_path: Path) -> None:
    result = runner.invoke(app, ["db", "upgrade", "--data-dir", str(tmp_path)],
                           env={"CLAIRBOT_DATABASE_URL": ""})
    assert result.exit_code == 0, result.output
    assert (tmp_path / "clairbot.db").exists()


def test_when_chatting_in_the_terminal_then_answers_and_handoff(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["chat", "--lang", "en", "--data-dir", str(tmp_path)],
        input="are you a bot?\nWhat are your payment terms?\n/human\n/quit\n",
        env={"CLAIRBOT_DATABASE_URL": ""})
    assert result.exit_code == 0, result.output
    assert "automated assistant" in result.output
    assert "waiting_for_human" in result.output


def test_when_a_request_for_a_person_is_taken_back_in_the_terminal_then_the_bot_carries_on(
        tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["chat", "--lang", "en", "--data-dir", str(tmp_path)],
        input="agent please\n/cancel\n/quit\n", env={"CLAIRBOT_DATABASE_URL": ""})
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    offered = output.index("/cancel : No thanks, keep chatting with the assistant")
    waiting = output.index("waiting_for_human")
    cancelled = output.index("your request for a person is cancelled")
    assert offered < waiting < cancelled
    assert "waiting_for_human" not in output[cancelled:]  # back with the bot


def test_when_serve_given_a_bad_spec_then_refused_before_serving(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("bot: {name: X}\n")
    result = runner.invoke(app, ["serve", "--spec", str(spec), "--data-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert "disclosure" in result.output.lower()


@pytest.mark.parametrize("command", [[], ["demo"], ["serve"], ["chat"], ["check"], ["init"],
                                     ["knowledge", "search"], ["db", "upgrade"]])
def test_when_help_asked_then_every_command_explains_itself(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_when_installed_then_console_script_runs() -> None:
    completed = subprocess.run([sys.executable, "-m", "clairbot", "--help"], capture_output=True,
                               text=True, check=False)
    assert completed.returncode == 0, completed.stderr
    assert "demo" in completed.stdout


def test_when_serve_shows_its_database_then_the_password_is_masked() -> None:
    shown = _shown("postgresql+psycopg://clairbot:s3cret@db.internal:5432/clairbot")
    assert "s3cret" not in shown and shown.startswith("postgresql+psycopg://clairbot:***@")
