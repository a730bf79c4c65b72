"""consent ledger, pseudonymous subject per conversation

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The ledger is append-only: the database itself refuses to edit a decision.
_SQLITE_TRIGGER = """
CREATE TRIGGER consent_records_no_update BEFORE UPDATE ON consent_records
BEGIN SELECT RAISE(ABORT, 'consent_records is append-only'); END
"""
_PG_FUNCTION = """
CREATE FUNCTION consent_records_no_update() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'consent_records is append-only'; END $$ LANGUAGE plpgsql
"""
_PG_TRIGGER = """
CREATE TRIGGER consent_records_no_update BEFORE UPDATE ON consent_records
FOR EACH ROW EXECUTE FUNCTION consent_records_no_update()
"""


def upgrade() -> None:
    op.create_table(
        "consent_records",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("tenant_id", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=64), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("decision", sa.String(length=12), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_version", sa.String(length=16), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("channel", sa.String(length=24), nullable=False),
        sa.Column("conversation_id", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"],
                                name=op.f("fk_consent_records_tenant_id_tenants")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_records")),
    )
    with op.batch_alter_table("consent_records", schema=None) as batch_op:
        batch_op.create_index("ix_consent_records_subject",
                              ["tenant_id", "subject", "purpose", "created_at"], unique=False)
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subject", sa.String(length=64), nullable=False,
                                      server_default=""))
        batch_op.create_index(batch_op.f("ix_conversations_subject"), ["subject"], unique=False)
    if op.get_context().dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
        op.execute(_PG_TRIGGER)
    else:
        op.execute(_SQLITE_TRIGGER)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TRIGGER consent_records_no_update ON consent_records")
        op.execute("DROP FUNCTION consent_records_no_update()")
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversations_subject"))
        batch_op.drop_column("subject")
    with op.batch_alter_table("consent_records", schema=None) as batch_op:
        batch_op.drop_index("ix_consent_records_subject")
    op.drop_table("consent_records")
