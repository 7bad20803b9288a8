"""search in Spanish: a second index, and the other names that hurt in each

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29 23:30:00

Written by hand, as the other ``search_`` tables are. Each language has its own index: English
keeps the ``search_`` tables (and the FTS5 index over its documents); Spanish has the same
tables with ``_es`` after their names, built from each record's Spanish text, without an FTS5
index (search ranks in memory from ``search_term_es``). A document now says which of its names
hurt (``outdated``, a JSON list), so that suggestions never offer them in either language.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SPANISH = "es"


def upgrade() -> None:
    op.execute("ALTER TABLE search_document ADD COLUMN outdated TEXT NOT NULL DEFAULT '[]'")
    op.execute(
        f"""
        CREATE TABLE search_document_{SPANISH} (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            slug TEXT NOT NULL,
            name TEXT NOT NULL,
            aliases TEXT NOT NULL,
            summary TEXT NOT NULL,
            body TEXT NOT NULL,
            trimesters TEXT NOT NULL DEFAULT '[]',
            week_start INTEGER,
            week_end INTEGER,
            length INTEGER NOT NULL DEFAULT 0,
            display TEXT NOT NULL DEFAULT '{{}}',
            links TEXT NOT NULL DEFAULT '[]',
            folded_body TEXT,
            outdated TEXT NOT NULL DEFAULT '[]',
            CONSTRAINT uq_search_document_{SPANISH}_type_slug UNIQUE (type, slug)
        )
        """
    )
    op.execute(
        f"""
        CREATE TABLE search_term_{SPANISH} (
            term TEXT PRIMARY KEY,
            documents BLOB NOT NULL,
            frequencies BLOB NOT NULL
        )
        """
    )
    op.execute(
        f"""
        CREATE TABLE search_synonym_{SPANISH} (
            phrase TEXT PRIMARY KEY,
            expansions TEXT NOT NULL
        )
        """
    )
    op.execute(
        f"""
        CREATE TABLE search_word_{SPANISH} (
            word TEXT PRIMARY KEY,
            frequency INTEGER NOT NULL,
            documents INTEGER NOT NULL
        )
        """
    )


def downgrade() -> None:
    for name in ("word", "synonym", "term", "document"):
        op.execute(f"DROP TABLE search_{name}_{SPANISH}")
    op.execute("ALTER TABLE search_document DROP COLUMN outdated")
