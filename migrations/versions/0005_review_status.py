"""review status of every record, and a clinician's sign-off where there is one

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 21:20:00

Rows that predate it are drafts: nothing had been checked by then.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "condition",
    "cause",
    "symptom",
    "diagnostic_test",
    "treatment",
    "organization",
    "reference",
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column(
                    "review_status",
                    sqlmodel.sql.sqltypes.AutoString(),
                    nullable=False,
                    server_default="draft",
                )
            )
            batch_op.add_column(sa.Column("clinician_review", sa.JSON(), nullable=True))
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column("review_status", server_default=None)
            batch_op.create_index(
                batch_op.f(f"ix_{table}_review_status"), ["review_status"], unique=False
            )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_review_status"))
            batch_op.drop_column("clinician_review")
            batch_op.drop_column("review_status")
