"""Fixtures for the PII tests: the structured registry and the generated corpus module."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from clairbot.guards.pii import PiiRegistry, structured_detectors

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def structured() -> PiiRegistry:
    """Every structured detector, in the default order."""
    return PiiRegistry(structured_detectors())


@pytest.fixture(scope="session")
def corpus() -> ModuleType:
    """`bench/_pii_corpus.py`, the generator of labelled B2B messages."""
    spec = importlib.util.spec_from_file_location("_pii_corpus", ROOT / "bench" / "_pii_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["_pii_corpus"] = module
    spec.loader.exec_module(module)
    return module
