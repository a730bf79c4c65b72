"""`clairbot webhooks add|log|deliver` on a fresh data folder."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from clairbot.cli import app

runner = CliRunner()
ENV = {"CLAIRBOT_DATABASE_URL": "", "CLAIRBOT_ENCRYPTION_KEY": "", "CLAIRBOT_KEY_FILE": "",
       "COLUMNS": "200"}


def test_when_endpoint_added_then_secret_printed_and_log_and_deliver_run(tmp_path: Path) -> None:
    # Starting the demo bot once registers its tenant.
    assert runner.invoke(app, ["chat", "--data-dir", str(tmp_path)], input="/quit\n",
                         env=ENV).exit_code == 0
    added = runner.invoke(app, ["webhooks", "add", "http://127.0.0.1:9/hook", "--tenant",
                                "verdalis", "--event", "handoff.requested", "--data-dir",
                                str(tmp_path)], env=ENV)
    assert added.exit_code == 0, added.output
    assert added.stdout.strip().startswith("whsec_")
    logged = runner.invoke(app, ["webhooks", "log", "--tenant", "verdalis", "--data-dir",
                                 str(tmp_path)], env=ENV)
    assert logged.exit_code == 0 and "event" in logged.output
    delivered = runner.invoke(app, ["webhooks", "deliver", "--data-dir", str(tmp_path)], env=ENV)
    assert delivered.exit_code == 0 and "0 delivery attempt(s)" in delivered.output


def test_when_event_type_unknown_then_refused(tmp_path: Path) -> None:
    runner.invoke(app, ["chat", "--data-dir", str(tmp_path)], input="/quit\n", env=ENV)
    result = runner.invoke(app, ["webhooks", "add", "http://127.0.0.1:9/hook", "--tenant",
                                 "verdalis", "--event", "everything", "--data-dir",
                                 str(tmp_path)], env=ENV)
    assert result.exit_code == 1 and "webhook.bad_endpoint" in result.output


def test_when_handoff_timers_run_from_the_cli_then_they_report(tmp_path: Path) -> None:
    runner.invoke(app, ["chat", "--data-dir", str(tmp_path)], input="/quit\n", env=ENV)
    result = runner.invoke(app, ["handoff", "check", "--data-dir", str(tmp_path)], env=ENV)
    assert result.exit_code == 0, result.output
    assert "0 callback offer(s), 0 escalation(s)" in result.output
