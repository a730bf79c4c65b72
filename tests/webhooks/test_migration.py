"""Migration 0004 creates exactly the webhook tables of the models, and reverts cleanly."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

import clairbot.models  # noqa: F401  (registers every table)
from clairbot.db import Base, _alembic_config, make_engine, upgrade

TABLES = {"webhook_endpoints", "webhook_deliveries"}


def _touches_webhooks(diff: object) -> bool:
    return any(name in repr(diff) for name in TABLES)


def test_when_models_compared_to_migration_then_webhook_tables_match(engine: Engine) -> None:
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert [d for d in diff if _touches_webhooks(d)] == []
    assert TABLES <= set(inspect(engine).get_table_names())


def test_when_downgraded_below_0004_then_webhook_tables_go_and_come_back(
        tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'migrations.db'}")
    try:
        upgrade(engine)
        config = _alembic_config(engine)
        before = ScriptDirectory.from_config(config).get_revision("0004").down_revision
        assert isinstance(before, str)
        command.downgrade(config, before)
        assert not TABLES & set(inspect(engine).get_table_names())
        upgrade(engine)
        assert TABLES <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
