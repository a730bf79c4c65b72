"""`clairbot privacy export|erase|requests` on a fresh data folder: a DPO answers requests
received outside the chat, and each is recorded with its deadline."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text
from typer.testing import CliRunner

from clairbot.cli import app
from clairbot.config import Settings
from clairbot.db import make_engine

runner = CliRunner()
ENV = {"CLAIRBOT_DATABASE_URL": "", "CLAIRBOT_ENCRYPTION_KEY": "", "CLAIRBOT_KEY_FILE": "",
       "COLUMNS": "200"}


def conversation_ids(data_dir: Path) -> list[str]:
    engine = make_engine(Settings(data_dir=data_dir, database_url=None).effective_database_url)
    try:
        with engine.connect() as connection:
            return list(connection.execute(text("SELECT id FROM conversations")).scalars())
    finally:
        engine.dispose()


def test_when_dpo_exports_then_erases_a_subject_then_both_are_recorded(tmp_path: Path) -> None:
    chat = runner.invoke(app, ["chat", "--data-dir", str(tmp_path)],
                         input="Quels sont vos délais de paiement ?\n/quit\n", env=ENV)
    assert chat.exit_code == 0, chat.output
    [cid] = conversation_ids(tmp_path)
    target = tmp_path / "export.json"
    exported = runner.invoke(app, ["privacy", "export", "--conversation", cid, "--out",
                                   str(target), "--data-dir", str(tmp_path)], env=ENV)
    assert exported.exit_code == 0, exported.output
    document = json.loads(target.read_text())
    texts = [m["text"] for m in document["conversations"][0]["messages"]]
    assert "Quels sont vos délais de paiement ?" in texts  # decrypted for the export
    html = runner.invoke(app, ["privacy", "export", "--subject", document["subject"],
                               "--format", "html", "--lang", "en", "--data-dir", str(tmp_path)],
                         env=ENV)
    assert html.exit_code == 0 and '<html lang="en">' in html.output

    refused = runner.invoke(app, ["privacy", "erase", "--conversation", cid, "--data-dir",
                                  str(tmp_path)], input="n\n", env=ENV)
    assert refused.exit_code == 1 and conversation_ids(tmp_path) == [cid]
    erased = runner.invoke(app, ["privacy", "erase", "--conversation", cid, "--yes",
                                 "--data-dir", str(tmp_path)], env=ENV)
    assert erased.exit_code == 0, erased.output
    assert "conversations" in erased.output and "messages" in erased.output
    assert conversation_ids(tmp_path) == []

    listed = runner.invoke(app, ["privacy", "requests", "--status", "done", "--data-dir",
                                 str(tmp_path)], env=ENV)
    assert listed.exit_code == 0, listed.output
    assert listed.output.count("export") == 2 and listed.output.count("erasure") == 1
    assert document["subject"] not in listed.output


def test_when_subject_is_missing_or_unknown_then_clear_errors(tmp_path: Path) -> None:
    runner.invoke(app, ["chat", "--data-dir", str(tmp_path)], input="/quit\n", env=ENV)
    neither = runner.invoke(app, ["privacy", "export", "--data-dir", str(tmp_path)], env=ENV)
    assert neither.exit_code == 1 and "--subject or --conversation" in neither.output
    unknown = runner.invoke(app, ["privacy", "erase", "--subject", "v_nobody", "--yes",
                                  "--data-dir", str(tmp_path)], env=ENV)
    assert unknown.exit_code == 1 and "subject.not_found" in unknown.output
    bad = runner.invoke(app, ["privacy", "requests", "--status", "lost", "--data-dir",
                              str(tmp_path)], env=ENV)
    assert bad.exit_code == 2
