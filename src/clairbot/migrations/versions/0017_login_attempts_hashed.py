"""login attempts: keyed hashes instead of the typed e-mail and the IP address

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04

`login_attempts` kept what was typed as the e-mail address (a password, once) and the
client's IP address in clear, forever. The new table keeps keyed hashes of both
(`email_hash`, `ip_hash`, see `clairbot.staff.service.authenticate`) and its rows are deleted
once older than the throttle window (15 minutes), hence the index on `created_at`.

The old rows are deleted, not hashed: the throttle only ever looks 15 minutes back, so they
serve nothing, and hashing them would keep a derivative of whatever was typed (passwords
included) and of the addresses, data that should never have been stored (GDPR art. 5(1)(c)
and (e)). What the upgrade loses is at most one window of throttling state. The table is
dropped and created again rather than emptied: on SQLite, with `secure_delete` (set on every
connection by `clairbot.db.make_engine`), the dropped pages are overwritten; on PostgreSQL
the dropped table's files are removed at commit.

The downgrade creates the old table empty (the hashes cannot give the values back).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _create(email: sa.Column[str], ip: sa.Column[str]) -> None:
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("tenant_id", sa.String(length=40), nullable=False),
        email,
        ip,
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"],
                                name=op.f("fk_login_attempts_tenant_id_tenants")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_attempts")),
    )


def upgrade() -> None:
    op.drop_table("login_attempts")  # its indexes go with it
    _create(sa.Column("email_hash", sa.String(length=64), nullable=False),
            sa.Column("ip_hash", sa.String(length=64), nullable=False))
    with op.batch_alter_table("login_attempts", schema=None) as batch_op:
        batch_op.create_index("ix_login_attempts_email_hash",
                              ["tenant_id", "email_hash", "created_at"], unique=False)
        batch_op.create_index("ix_login_attempts_ip_hash", ["ip_hash", "created_at"],
                              unique=False)
        batch_op.create_index("ix_login_attempts_created_at", ["created_at"], unique=False)


def downgrade() -> None:
    op.drop_table("login_attempts")
    _create(sa.Column("email", sa.String(length=254), nullable=False),
            sa.Column("ip", sa.String(length=45), nullable=False))
    with op.batch_alter_table("login_attempts", schema=None) as batch_op:
        batch_op.create_index("ix_login_attempts_email", ["tenant_id", "email", "created_at"],
                              unique=False)
        batch_op.create_index("ix_login_attempts_ip", ["ip", "created_at"], unique=False)
