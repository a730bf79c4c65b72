"""`clairbot audit verify|head|export|verify-export` on a fresh data folder (SQLite)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import text, update
from typer.testing import CliRunner

from clairbot.audit import AuditEvent, erase, record
from clairbot.audit.signing import load_key, sign
from clairbot.cli import app
from clairbot.db import make_engine, make_session_factory, transaction

runner = CliRunner()
ENV = {"CLAIRBOT_DATABASE_URL": "", "CLAIRBOT_ENCRYPTION_KEY": "", "CLAIRBOT_KEY_FILE": "",
       "CLAIRBOT_AUDIT_SIGNING_KEY_FILE": "", "COLUMNS": "200"}
TENANT = "verdalis"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder whose demo tenant has 9 audit events (its spec and knowledge versions,
    the chat's start, then five answers), one subject erased."""
    # Starting the demo bot once registers its tenant and records its spec and knowledge
    # versions (events 1 and 2); the chat's conversation starts (event 3).
    assert runner.invoke(app, ["chat", "--data-dir", str(tmp_path)], input="/quit\n",
                         env=ENV).exit_code == 0
    engine = make_engine(f"sqlite:///{tmp_path / 'clairbot.db'}")
    with transaction(make_session_factory(engine)) as session:
        for n in range(5):
            record(session, tenant_id=TENANT, kind="bot.answer", actor="bot",
                   data={"conversation_id": f"c{n}", "sources": 2}, subject=f"c{n % 2}")
        erase(session, tenant_id=TENANT, subject="c1", actor="system")
    engine.dispose()
    return tmp_path


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["audit", *args], env=ENV)
    return result.exit_code, result.output


def _tamper(data_dir: Path, seq: int) -> None:
    engine = make_engine(f"sqlite:///{data_dir / 'clairbot.db'}")
    with transaction(make_session_factory(engine)) as session:
        session.execute(update(AuditEvent).where(AuditEvent.seq == seq)
                        .values(actor="staff:intruder"))
    engine.dispose()


def test_when_chain_intact_then_verify_and_head_exit_0(data_dir: Path) -> None:
    code, output = _run("verify", "--data-dir", str(data_dir))
    assert code == 0, output
    assert "verdalis: intact, 9 event(s) to seq 9, 2 redacted" in output
    code, output = _run("head", "--tenant", TENANT, "--data-dir", str(data_dir))
    assert code == 0 and "verdalis" in output and "│ 9 " in output


def test_when_event_edited_then_verify_exits_1_naming_it(data_dir: Path) -> None:
    _tamper(data_dir, 3)
    code, output = _run("verify", "--tenant", TENANT, "--data-dir", str(data_dir))
    assert code == 1
    assert "verdalis: BROKEN at seq 3: edited" in output


def test_when_a_payload_is_edited_into_invalid_json_then_verify_names_it_without_traceback(
        data_dir: Path) -> None:
    engine = make_engine(f"sqlite:///{data_dir / 'clairbot.db'}")
    with transaction(make_session_factory(engine)) as session:
        session.execute(text("UPDATE audit_events SET payload = :raw WHERE seq = 4"),
                        {"raw": '{"conversation_id": "c0", "sources": '})
    engine.dispose()
    result = runner.invoke(app, ["audit", "verify", "--data-dir", str(data_dir)], env=ENV)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "verdalis: BROKEN at seq 4: edited (payload is not valid JSON (Expecting value at " \
           "character 37))" in result.output
    result = runner.invoke(app, ["audit", "verify", "--json", "--data-dir", str(data_dir)],
                           env=ENV)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    [report] = json.loads(result.stdout)
    assert not report["intact"] and report["problem"]["seq"] == 4
    assert report["problem"]["what"] == "edited"


@pytest.mark.parametrize(("line", "detail"), [
    # a line cut short
    (b'{"tenant": "verdalis", "seq": 4', "line 4 is not JSON (Expecting ',' delimiter"),
    # bytes that are not UTF-8
    (b'{"tenant": "\xff"}', "line 4 is not UTF-8 text (byte 12)"),
    # nested deeper than the parser goes
    (b"[" * 100_000 + b"]" * 100_000, "line 4 is not JSON (nested too deep to read)"),
    # JSON, but no event
    (b'["verdalis", 4]', "line 4 is not an audit event (a JSON list)"),
    (b'{"tenant": "verdalis"}', "line 4 is not an audit event (no seq, at, kind"),
])
def test_when_an_export_line_is_not_an_event_then_verify_export_names_it(
        data_dir: Path, tmp_path: Path, line: bytes, detail: str) -> None:
    target = tmp_path / "export.jsonl"
    _run("export", "--since", "2000-01-01", "--out", str(target), "--data-dir", str(data_dir))
    lines = target.read_bytes().splitlines()
    target.write_bytes(b"\n".join([*lines[:3], line, *lines[4:]]) + b"\n")
    # Re-signed with the same key: only the lines themselves can tell.
    signature = sign(load_key(data_dir / "audit-signing.pem"), target.read_bytes())
    target.with_name(target.name + ".sig").write_text(signature)
    result = runner.invoke(app, ["audit", "verify-export", str(target), "--data-dir",
                                 str(data_dir)], env=ENV)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert f"line 4: BROKEN: edited ({detail}" in result.output
    assert "after seq 3 of verdalis)" in result.output


def test_when_exported_then_signed_file_verifies_and_a_changed_copy_fails(
        data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "export.jsonl"
    code, output = _run("export", "--since", "2000-01-01", "--out", str(target),
                        "--data-dir", str(data_dir))
    assert code == 0, output
    public_key = output.strip().splitlines()[0]
    key_file = data_dir / "audit-signing.pem"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert [e["seq"] for e in lines] == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert [e["kind"] for e in lines[:3]] == ["spec.changed", "knowledge.changed",
                                              "conversation.started"]
    assert lines[4]["payload"] is None and lines[4]["redacted"] is True
    assert lines[8]["kind"] == "subject.erased" and lines[8]["payload"]["seqs"] == [5, 7]
    code, output = _run("verify-export", str(target), "--public-key", public_key)
    assert code == 0 and "verdalis: 9 event(s), signature and links intact" in output

    # Changed content, signature left as it was: refused.
    target.write_text(target.read_text().replace('"sources":2', '"sources":3'))
    code, output = _run("verify-export", str(target), "--data-dir", str(data_dir))
    assert code == 1 and "signature does not match" in output


def test_when_export_changed_and_resigned_then_broken_link_named(
        data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "export.jsonl"
    _run("export", "--since", "2000-01-01", "--out", str(target), "--data-dir", str(data_dir))
    lines = target.read_text().splitlines()
    target.write_text("\n".join(lines[:2] + lines[3:]) + "\n")  # event 3 left out
    # Re-signed with the same key: only the links inside the file can tell.
    signature = sign(load_key(data_dir / "audit-signing.pem"), target.read_bytes())
    target.with_name(target.name + ".sig").write_text(signature)
    code, output = _run("verify-export", str(target), "--data-dir", str(data_dir))
    assert code == 1 and "verdalis: BROKEN at seq 3: missing" in output


def test_when_since_not_a_date_then_refused(data_dir: Path) -> None:
    code, output = _run("export", "--since", "yesterday", "--data-dir", str(data_dir))
    assert code == 1 and "audit.bad_date" in output
