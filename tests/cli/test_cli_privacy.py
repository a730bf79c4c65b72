"""`clairbot pii scan`, `keys init|rotate`, and the refusal to serve without a key."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text
from typer.testing import CliRunner

from clairbot.cli import app
from clairbot.db import make_engine
from clairbot.demo import DEMO_SPEC
from clairbot.privacy.crypto import KeyRing

runner = CliRunner()
NO_ENV = {"CLAIRBOT_DATABASE_URL": "", "CLAIRBOT_ENCRYPTION_KEY": "", "CLAIRBOT_KEY_FILE": ""}


def test_when_jsonl_scanned_then_each_row_gets_entities_and_bad_rows_an_error() -> None:
    rows = '{"text": "Appelez le 06 12 34 56 78", "lang": "fr"}\nnot json\n{"text": "ok"}\n'
    result = runner.invoke(app, ["pii", "scan"], input=rows)
    assert result.exit_code == 0, result.output
    first, bad, last = (json.loads(line) for line in result.output.splitlines())
    assert first["entities"][0]["type"] == "PHONE"
    assert {"type", "start", "end", "score", "detector"} <= set(first["entities"][0])
    assert bad["line"] == 2 and "error" in bad
    assert last["entities"] == []


def test_when_file_scanned_to_file_then_output_written(tmp_path: Path) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text('{"text": "mail: a.b@example.com"}\n' * 50)
    result = runner.invoke(app, ["pii", "scan", str(source), "-o", str(target), "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = target.read_text().splitlines()
    assert len(lines) == 50 and json.loads(lines[0])["entities"][0]["type"] == "EMAIL"


def test_when_serving_without_a_configured_key_then_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--spec", str(DEMO_SPEC), "--data-dir", str(tmp_path)],
                           env=NO_ENV)
    assert result.exit_code == 1
    assert "crypto.no_key" in result.output


def test_when_keys_rotated_then_every_value_is_reencrypted_and_still_readable(
        tmp_path: Path) -> None:
    chat = runner.invoke(app, ["chat", "--lang", "en", "--data-dir", str(tmp_path)],
                         input="What are your payment terms?\n/quit\n", env=NO_ENV)
    assert chat.exit_code == 0, chat.output
    key_file = tmp_path / "keys.json"
    before = KeyRing.load(key_file)
    rotated = runner.invoke(app, ["keys", "rotate", "--data-dir", str(tmp_path)], env=NO_ENV)
    assert rotated.exit_code == 0, rotated.output
    after = KeyRing.load(key_file)
    assert after.primary != before.primary and before.primary in after.keys
    engine = make_engine(f"sqlite:///{tmp_path / 'clairbot.db'}")
    with engine.connect() as connection:
        stored = [row[0] for row in connection.execute(text("SELECT text FROM messages"))]
    engine.dispose()
    assert stored and all(after.key_id_of(token) == after.primary for token in stored)
    assert any("30 days" in after.decrypt(token, context="messages.text") for token in stored)


def test_when_key_file_initialised_twice_then_refused_without_force(tmp_path: Path) -> None:
    path = tmp_path / "k.json"
    assert runner.invoke(app, ["keys", "init", "--key-file", str(path)]).exit_code == 0
    assert runner.invoke(app, ["keys", "init", "--key-file", str(path)]).exit_code == 1
