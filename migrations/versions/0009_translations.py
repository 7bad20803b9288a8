"""every record's text in other languages, and how complete each language is

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 21:50:00

Each record table keeps the record's translations beside its English columns, as JSON by
language (what each field says, which fields fall back to English, the translation's review);
the dataset's row says how complete each language is. Rows that predate it have none: `{}`
and `[]`.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
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
COLUMNS = (
    *((table, "translations", "{}") for table in TABLES),
    ("dataset_meta", "languages", "[]"),
)


def upgrade() -> None:
    for table, column, empty in COLUMNS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(column, sa.JSON(), nullable=False, server_default=empty))
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(column, server_default=None)


def downgrade() -> None:
    for table, column, _ in reversed(COLUMNS):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(column)
