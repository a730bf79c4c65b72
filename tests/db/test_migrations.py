"""The schema comes from Alembic migrations, and the migrations match the ORM models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

import clairbot.models  # noqa: F401  (registers every table)
from clairbot.db import HEAD_REVISION, Base, _alembic_config, current_revision, upgrade


def test_when_migrated_then_schema_is_at_head(engine: Engine) -> None:
    head = ScriptDirectory.from_config(_alembic_config(engine)).get_current_head()
    assert head == HEAD_REVISION
    assert current_revision(engine) == HEAD_REVISION
    assert {"tenants", "conversations", "messages"} <= set(inspect(engine).get_table_names())


def test_when_models_compared_to_migrations_then_no_difference(engine: Engine) -> None:
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_when_upgrade_runs_twice_then_nothing_changes(engine: Engine) -> None:
    upgrade(engine)
    assert current_revision(engine) == HEAD_REVISION


def test_when_every_table_has_rows_then_each_carries_its_tenant() -> None:
    for table in Base.metadata.sorted_tables:
        if table.name != "tenants":
            assert "tenant_id" in table.columns, table.name
