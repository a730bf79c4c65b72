"""Alembic environment: runs on the engine handed over by `clairbot.db.upgrade`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

import clairbot.models  # noqa: F401  (registers every table)
from clairbot.db import Base

engine: Engine = context.config.attributes["engine"]

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
