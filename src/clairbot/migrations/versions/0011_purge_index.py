"""retention purge: conversations by tenant and last activity

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28

The consent ledger's trigger (0002) refuses UPDATE only: DELETE, by the purge and by
erasure (both audited), needs no change.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.create_index("ix_conversations_tenant_updated", ["tenant_id", "updated_at"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_index("ix_conversations_tenant_updated")
