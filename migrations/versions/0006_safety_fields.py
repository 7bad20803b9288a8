"""what the safety review added: a condition's outlook, a symptom's urgency by week, how to
text an organization, and the page that lists a reference

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 23:00:00

Rows that predate it have none of these: empty lists and nulls.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON_LISTS = (("condition", "outlook"), ("symptom", "urgency_by_week"))


def upgrade() -> None:
    for table, column in JSON_LISTS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(column, sa.JSON(), nullable=False, server_default="[]"))
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(column, server_default=None)
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("text_number", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
        )
        batch_op.add_column(
            sa.Column("text_keyword", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
        )
    with op.batch_alter_table("reference", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("listed_on_slug", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_reference_listed_on_slug_reference"),
            "reference",
            ["listed_on_slug"],
            ["slug"],
        )


def downgrade() -> None:
    with op.batch_alter_table("reference", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_reference_listed_on_slug_reference"), type_="foreignkey"
        )
        batch_op.drop_column("listed_on_slug")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_column("text_keyword")
        batch_op.drop_column("text_number")
    for table, column in JSON_LISTS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(column)
