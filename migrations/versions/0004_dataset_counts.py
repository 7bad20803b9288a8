"""dataset counts per type, in place of one total

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 21:00:00

``/v1/meta`` serves the counts written when the database was built, instead of counting
each table on every request; the total it replaces was never served.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("dataset_meta", schema=None) as batch_op:
        batch_op.add_column(sa.Column("counts", sa.JSON(), nullable=False, server_default="{}"))
    with op.batch_alter_table("dataset_meta", schema=None) as batch_op:
        batch_op.alter_column("counts", server_default=None)
        batch_op.drop_column("record_count")


def downgrade() -> None:
    with op.batch_alter_table("dataset_meta", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("record_count", sa.Integer(), nullable=False, server_default="0")
        )
    op.execute(
        "UPDATE dataset_meta SET record_count = "
        "(SELECT coalesce(sum(value), 0) FROM json_each(dataset_meta.counts))"
    )
    with op.batch_alter_table("dataset_meta", schema=None) as batch_op:
        batch_op.alter_column("record_count", server_default=None)
        batch_op.drop_column("counts")
