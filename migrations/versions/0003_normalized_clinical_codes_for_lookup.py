"""normalized clinical codes for lookup

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 22:22:09.960391
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("clinical_code", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "normalized",
                sqlmodel.sql.sqltypes.AutoString(length=20),
                nullable=False,
                server_default="",
            )
        )
    # Existing rows: upper case, without the dot (O03.4 -> O034).
    op.execute(
        "UPDATE clinical_code SET normalized = upper(replace(replace(code, '.', ''), ' ', ''))"
    )
    with op.batch_alter_table("clinical_code", schema=None) as batch_op:
        batch_op.alter_column("normalized", server_default=None)
        batch_op.create_index(
            batch_op.f("ix_clinical_code_normalized"), ["normalized"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("clinical_code", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clinical_code_normalized"))
        batch_op.drop_column("normalized")
