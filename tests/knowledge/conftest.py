"""Fixtures for the knowledge tests: the demo knowledge base and small bases written on the fly."""

from __future__ import annotations

from pathlib import Path

import pytest

import clairbot
from clairbot.knowledge import KnowledgeIndex, load_knowledge

from .builders import WriteFiles


@pytest.fixture(scope="session")
def demo_root() -> Path:
    """The folder of the demo tenant's knowledge base (Verdalis Emballages)."""
    return Path(clairbot.__file__).parent / "demo" / "knowledge"


@pytest.fixture(scope="session")
def demo_index(demo_root: Path) -> KnowledgeIndex:
    """The demo knowledge base, loaded and indexed once for the session."""
    return KnowledgeIndex.build(load_knowledge(demo_root))


@pytest.fixture
def write_files(tmp_path: Path) -> WriteFiles:
    """Return a function that writes {relative path: text} under a fresh root and returns it."""
    root = tmp_path / "kb"

    def write(files: dict[str, str]) -> Path:
        root.mkdir(exist_ok=True)
        for name, text in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return root

    return write
