"""erasure and purge: indexes for a subject's conversations and for feedback by message

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-28

Every lookup of a subject's conversations (erasure, export, the purge's consent step) filters
on the tenant too. With only `ix_conversations_subject`, SQLite chose the tenant's index and
read every conversation of the tenant: an erasure among a million messages took 0.37 s, and
the purge's consent step read the tenant's live conversations once per consent record (a
dry run among a million messages did not end in 4 minutes). The single-column index is
replaced by (tenant_id, subject, updated_at): with `updated_at` in it SQLite also picks it
for the consent step's "is a conversation of this subject still kept".

`feedback.message_id` references messages with ON DELETE CASCADE but had no index: every
deleted message scanned the feedback table (on PostgreSQL, 7 s per purge batch of 5,000
messages with 10,000 feedback rows).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_index("ix_conversations_subject")
        batch_op.create_index("ix_conversations_tenant_subject",
                              ["tenant_id", "subject", "updated_at"], unique=False)
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.create_index("ix_feedback_message_id", ["message_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_message_id")
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_index("ix_conversations_tenant_subject")
        batch_op.create_index("ix_conversations_subject", ["subject"], unique=False)
