"""Conventions every `clairbot` command keeps, checked over the whole command tree so that a new
command cannot forget them: it takes `--data-dir`; run with that flag alone on the demo's data
folder it works; `--json` prints JSON alone on standard output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from clairbot.cli import app

runner = CliRunner()
ENV = {"CLAIRBOT_DATABASE_URL": "", "CLAIRBOT_ENCRYPTION_KEY": "", "CLAIRBOT_KEY_FILE": ""}

# Each command run with `--data-dir` alone (and `--json` where it has it): the exit code
# expected on the demo's data folder, and why when it is not 0.
RUNS: dict[str, int] = {
    "changes": 0,
    "chat": 0,
    "check": 0,
    "init": 0,
    "purge": 0,
    "version": 0,
    "audit export": 0,
    "audit head": 0,
    "audit verify": 0,
    "db upgrade": 0,
    "handoff check": 0,
    "keys rotate": 0,
    "knowledge reviews": 0,
    "pii scan": 0,
    "privacy notice": 0,
    "privacy requests": 0,
    "privacy ropa": 0,
    "staff list": 0,
    "webhooks deliver": 0,
    "webhooks log": 0,
    # The demo's data folder has its key already: replacing it needs --force.
    "keys init": 1,
    # Naming whom to erase or export is the command's point: refused, with the reason.
    "privacy erase": 1,
    "privacy export": 1,
}
# Commands that need a value no default can stand for (who, what, where), and the servers.
NOT_RUN = {"demo": "serves until stopped", "serve": "serves until stopped",
           "knowledge search": "needs the question", "staff add": "needs the email",
           "staff disable": "needs the email", "staff token": "needs the email",
           "webhooks add": "needs the URL", "audit verify-export": "needs the export file"}


def _commands(group: Any, prefix: str = "") -> dict[str, Any]:
    # Typer carries its own copy of Click: commands are told apart from groups by shape.
    found: dict[str, Any] = {}
    for name, command in group.commands.items():
        path = f"{prefix}{name}"
        if hasattr(command, "commands"):
            found.update(_commands(command, f"{path} "))
        else:
            found[path] = command
    return found


COMMANDS = _commands(typer.main.get_group(app))


def _options(command: Any) -> set[str]:
    return {option for param in command.params for option in param.opts}


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder as `clairbot demo` leaves it: schema, key, the demo tenant, a chat."""
    folder = tmp_path_factory.mktemp("demo-data")
    result = runner.invoke(app, ["chat", "--lang", "en", "--data-dir", str(folder)],
                           input="What are your payment terms?\n/quit\n", env=ENV)
    assert result.exit_code == 0, result.output
    return folder


def test_when_the_tree_is_listed_then_every_command_is_covered_here() -> None:
    assert set(COMMANDS) == set(RUNS) | set(NOT_RUN)


@pytest.mark.parametrize("path", sorted(COMMANDS))
def test_when_any_command_is_given_then_it_takes_data_dir_and_explains_itself(
        path: str) -> None:
    assert "--data-dir" in _options(COMMANDS[path])
    result = runner.invoke(app, [*path.split(), "--help"])
    assert result.exit_code == 0 and "--data-dir" in result.output


@pytest.mark.parametrize("path", sorted(RUNS))
def test_when_run_with_data_dir_alone_on_the_demo_folder_then_it_works(
        path: str, demo_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # `init` and `audit export` write into the current folder
    argv = [*path.split(), "--data-dir", str(demo_data)]
    result = runner.invoke(app, argv, input="", env=ENV)
    assert result.exit_code == RUNS[path], result.output
    if "--json" in _options(COMMANDS[path]):
        as_json = runner.invoke(app, [*argv, "--json"], input="", env=ENV)
        assert as_json.exit_code == RUNS[path], as_json.output
        if RUNS[path] == 0:
            json.loads(as_json.stdout)  # JSON alone: nothing else on standard output


def test_when_the_database_holds_several_tenants_then_tenant_must_be_named(
        tmp_path: Path) -> None:
    data, spec = tmp_path / "data", tmp_path / "bot"
    assert runner.invoke(app, ["init", str(spec), "--company", "Other SAS"]).exit_code == 0
    for chosen in ([], ["--spec", str(spec / "spec.yaml")]):
        started = runner.invoke(app, ["chat", *chosen, "--data-dir", str(data)],
                                input="/quit\n", env=ENV)
        assert started.exit_code == 0, started.output
    result = runner.invoke(app, ["staff", "list", "--data-dir", str(data)], env=ENV)
    assert result.exit_code == 1
    assert "tenant.ambiguous" in result.output and "--tenant" in result.output
    named = runner.invoke(app, ["staff", "list", "--tenant", "verdalis", "--data-dir",
                                str(data)], env=ENV)
    assert named.exit_code == 0, named.output
