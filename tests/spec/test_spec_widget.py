"""`widget.allowed_origins`: the sites that may run the chat, checked like every spec value;
a spec without any gets a warning from `clairbot check` and `clairbot serve`, never a refusal."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from clairbot.cli import app
from clairbot.demo import DEMO_SPEC
from clairbot.errors import Problem
from clairbot.privacy.crypto import new_key
from clairbot.spec import check_spec, embed_warning, load_spec
from tests.spec.test_spec_check import line_of

CheckData = Callable[[Any], tuple[str, list[Problem]]]  # fixture `check_data`
WriteSpec = Callable[[Any], Path]                       # fixture `write_spec`
runner = CliRunner()


def test_when_origins_are_listed_then_the_spec_holds_them_normalised_once(
        starter_data: dict[str, Any], write_spec: WriteSpec) -> None:
    starter_data["widget"] = {"allowed_origins": [
        "https://WWW.Example.com:443/", "https://www.example.com", "http://localhost:8000"]}
    spec = load_spec(write_spec(starter_data))
    assert spec.widget.allowed_origins == ("https://www.example.com", "http://localhost:8000")


@pytest.mark.parametrize(("entry", "message"), [
    # a wildcard
    ("https://*.example.com", "wildcards are not allowed"),
    # a page rather than a site
    ("https://www.example.com/contact", "an origin has no path"),
    # no scheme
    ("www.example.com", "has no scheme: write https://www.example.com"),
    # a number where a text is expected
    (8000, "this item must be a text"),
])
def test_when_an_origin_is_wrong_then_it_is_a_problem_on_its_line(
        starter_data: dict[str, Any], check_data: CheckData, entry: Any, message: str) -> None:
    starter_data["widget"] = {"allowed_origins": ["https://www.example.com", entry]}
    text, problems = check_data(starter_data)
    assert len(problems) == 1, problems
    line = line_of(text, r"^widget:", r"allowed_origins", r"^  - ", r"^  - ")
    assert problems[0].location == f"spec.yaml:{line} widget.allowed_origins[1]"
    assert message in problems[0].message


def test_when_allowed_origins_is_left_empty_then_the_problem_says_what_to_list(
        starter_dir: Path) -> None:
    spec_file = starter_dir / "spec.yaml"
    text = spec_file.read_text(encoding="utf-8").replace(
        '  allowed_origins: ["https://example.com"]', "  allowed_origins:")
    spec_file.write_text(text, encoding="utf-8")
    _, problems = check_spec(spec_file)
    assert [p.location for p in problems] == [
        f"spec.yaml:{line_of(text, r'^widget:', r'allowed_origins')} widget.allowed_origins"]
    assert "list the origins of the pages that embed the chat" in problems[0].message


def test_when_a_key_is_mistyped_then_the_known_one_is_suggested(
        starter_data: dict[str, Any], check_data: CheckData) -> None:
    starter_data["widget"] = {"allowed_origin": ["https://www.example.com"]}
    _, problems = check_data(starter_data)
    assert "did you mean `allowed_origins`?" in problems[0].message


@pytest.mark.parametrize(("website", "listed", "deployment", "expected"), [
    # nothing anywhere: warn, with the company's site as the example to list
    ("https://www.example.com/fr/", (), (), 'allowed_origins: ["https://www.example.com"]'),
    # no website: a neutral example
    (None, (), (), 'allowed_origins: ["https://www.example.com"]'),
    # the spec lists its sites
    ("https://www.example.com", ("https://www.example.com",), (), None),
    # the deployment lists sites for every tenant (what `serve` passes)
    ("https://www.example.com", (), ("https://portal.example.net",), None),
])
def test_when_no_origin_is_listed_then_a_warning_says_the_widget_stays_home(
        starter_data: dict[str, Any], write_spec: WriteSpec, website: str | None,
        listed: tuple[str, ...], deployment: tuple[str, ...], expected: str | None) -> None:
    starter_data["company"]["website"] = website
    if website is None:
        del starter_data["company"]["website"]
    starter_data["widget"] = {"allowed_origins": list(listed)}
    warning = embed_warning(load_spec(write_spec(starter_data)), deployment)
    if expected is None:
        assert warning is None
    else:
        assert warning is not None and expected in warning
        assert "only work on pages served by Clairbot itself" in warning


def test_when_check_finds_no_origin_then_it_warns_and_still_passes(
        starter_data: dict[str, Any], write_spec: WriteSpec) -> None:
    del starter_data["widget"]
    spec_file = write_spec(starter_data)
    result = runner.invoke(app, ["check", str(spec_file)])
    assert result.exit_code == 0, result.output
    assert f"warning: {spec_file}: widget.allowed_origins is empty" in result.output
    assert f"{spec_file}: OK" in result.output


@pytest.mark.parametrize("spec_file", [
    # the demo lists its (fictional) company site
    DEMO_SPEC,
    # the starter lists an example site, to be replaced like every example value
    None,
])
def test_when_origins_are_listed_then_check_has_no_warning(tmp_path: Path,
                                                           spec_file: Path | None) -> None:
    if spec_file is None:
        assert runner.invoke(app, ["init", str(tmp_path)]).exit_code == 0
        spec_file = tmp_path / "spec.yaml"
    result = runner.invoke(app, ["check", str(spec_file)])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output


@pytest.mark.parametrize(("deployment", "warned"), [
    # neither the spec nor the deployment lists a site
    ("", True),
    # CLAIRBOT_ALLOWED_ORIGINS lists one for the whole deployment
    ("https://www.example.com", False),
])
def test_when_serve_starts_without_origins_then_it_logs_the_warning(
        starter_data: dict[str, Any], write_spec: WriteSpec, tmp_path: Path,
        deployment: str, warned: bool) -> None:
    del starter_data["widget"]
    spec_file = write_spec(starter_data)
    env = {**os.environ, "CLAIRBOT_DATA_DIR": str(tmp_path / "data"),
           "CLAIRBOT_ENCRYPTION_KEY": new_key(), "CLAIRBOT_ALLOWED_ORIGINS": deployment}
    env.pop("CLAIRBOT_DATABASE_URL", None)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = str(probe.getsockname()[1])
    server = subprocess.Popen(
        [sys.executable, "-m", "clairbot", "serve", "--spec", str(spec_file), "--port", port],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        banner = server.stdout.readline()  # printed once start-up checks are done
        assert "serving" in banner, banner
    finally:
        server.terminate()
        _, logs = server.communicate(timeout=30)
    warnings = [json.loads(line) for line in logs.splitlines()
                if line.startswith("{") and "allowed_origins" in line]
    if warned:
        assert [w["msg"] for w in warnings] == [
            f"{spec_file}: {embed_warning(load_spec(spec_file))}"]
        assert warnings[0]["level"] == "WARNING"
    else:
        assert warnings == []
