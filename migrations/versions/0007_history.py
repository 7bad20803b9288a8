"""the dataset's history: each version served, and each record's changes between versions

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 09:00:00

A load carries the history of the database it replaces into the new one and adds its own
version's changes; a database that predates this starts its history at its next load.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "dataset_release",
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("version", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sequence", name=op.f("pk_dataset_release")),
    )
    with op.batch_alter_table("dataset_release", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dataset_release_version"), ["version"], unique=False)
    op.create_table(
        "record_change",
        sa.Column("record_type", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("change", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("content_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["sequence"],
            ["dataset_release.sequence"],
            name=op.f("fk_record_change_sequence_dataset_release"),
        ),
        sa.PrimaryKeyConstraint("record_type", "slug", "sequence", name=op.f("pk_record_change")),
    )
    with op.batch_alter_table("record_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_change_sequence"), ["sequence"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("record_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_change_sequence"))
    op.drop_table("record_change")
    with op.batch_alter_table("dataset_release", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dataset_release_version"))
    op.drop_table("dataset_release")
