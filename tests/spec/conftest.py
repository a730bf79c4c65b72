"""Fixtures for spec tests: the starter spec as data, and a writer that dumps a variant of it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from clairbot.errors import Problem
from clairbot.spec import check_spec, write_starter

WriteSpec = Callable[[Any], Path]
CheckData = Callable[[Any], tuple[str, list[Problem]]]


@pytest.fixture
def starter_dir(tmp_path: Path) -> Path:
    """A folder holding the starter spec and its knowledge base."""
    write_starter(tmp_path)
    return tmp_path


@pytest.fixture
def starter_data(starter_dir: Path) -> dict[str, Any]:
    """The starter spec, parsed: tests edit it to break one thing at a time."""
    data = yaml.safe_load((starter_dir / "spec.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def write_spec(starter_dir: Path) -> WriteSpec:
    """Dump `data` as ``spec.yaml`` next to the starter's knowledge folder; return its path."""
    def write(data: Any) -> Path:
        path = starter_dir / "spec.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                        encoding="utf-8")
        return path
    return write


@pytest.fixture
def check_data(write_spec: WriteSpec) -> CheckData:
    """Write `data` as the spec, check it; return the written text and the problems."""
    def check(data: Any) -> tuple[str, list[Problem]]:
        path = write_spec(data)
        spec, problems = check_spec(path)
        assert (spec is None) == bool(problems)
        return path.read_text(encoding="utf-8"), problems
    return check

