"""search: terms with their postings, what a hit shows, links between documents

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 12:00:00

Written by hand, as the other ``search_`` tables are. Search ranks in memory from arrays the
loader precomputes: ``search_term`` holds, per term (a stem, a stemmed phrase, or ``=`` and a
word of an organization's name), the documents it occurs in and how often, field by field.
``search_document`` gains its length in words, what its hit shows (urgency, weeks, phone), the
documents it links to, and its body folded for snippets (null when folding moves positions).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("ALTER TABLE search_document ADD COLUMN length INTEGER NOT NULL DEFAULT 0")
    op.execute("ALTER TABLE search_document ADD COLUMN display TEXT NOT NULL DEFAULT '{}'")
    op.execute("ALTER TABLE search_document ADD COLUMN links TEXT NOT NULL DEFAULT '[]'")
    op.execute("ALTER TABLE search_document ADD COLUMN folded_body TEXT")
    op.execute(
        """
        CREATE TABLE search_term (
            term TEXT PRIMARY KEY,
            documents BLOB NOT NULL,
            frequencies BLOB NOT NULL
        )
        """
    )


def downgrade() -> None:
    op.execute("DROP TABLE search_term")
    for column in ("folded_body", "links", "display", "length"):
        op.execute(f"ALTER TABLE search_document DROP COLUMN {column}")
