"""A tenant of its own per test, and a copy of the demo bot's files under a new tenant id."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from clairbot.demo import DEMO_SPEC
from tests.factories import fresh_tenant


@pytest.fixture
def tenant(session: Session) -> str:
    """A fresh tenant in the rolled-back session: no other test's versions mix in."""
    return fresh_tenant(session, "cv", "Change log test tenant")


@pytest.fixture
def bot_dir(tmp_path: Path) -> Path:
    """The demo spec and knowledge base copied under a tenant id of their own."""
    shutil.copytree(DEMO_SPEC.parent / "knowledge", tmp_path / "knowledge")
    spec = DEMO_SPEC.read_text(encoding="utf-8").replace(
        "tenant: verdalis", f"tenant: cv-{uuid.uuid4().hex[:12]}")
    (tmp_path / "spec.yaml").write_text(spec, encoding="utf-8")
    return tmp_path
