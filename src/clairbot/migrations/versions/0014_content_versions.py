"""content versions: the change log of each tenant's spec and knowledge base

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "content_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tenant_id", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("previous_version", sa.String(length=64), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("diff", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.id"],
                                name=op.f("fk_content_versions_tenant_id_tenants")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_versions")),
    )
    with op.batch_alter_table("content_versions", schema=None) as batch_op:
        batch_op.create_index("ix_content_versions_tenant_kind", ["tenant_id", "kind", "id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("content_versions", schema=None) as batch_op:
        batch_op.drop_index("ix_content_versions_tenant_kind")
    op.drop_table("content_versions")
