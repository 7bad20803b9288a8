"""full-text search: documents, FTS5 index kept in step by triggers, synonyms, vocabulary

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 21:45:00

Written by hand: autogenerate cannot express FTS5 virtual tables or triggers, and the
``search_`` tables are kept out of it (see ``app.loader.migrate.include_object``).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE search_document (
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
            CONSTRAINT uq_search_document_type_slug UNIQUE (type, slug)
        )
        """
    )
    # External-content FTS5 index over search_document; porter stemming on unicode61 words.
    op.execute(
        """
        CREATE VIRTUAL TABLE search_fts USING fts5(
            name, aliases, summary, body,
            content='search_document', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2'
        )
        """
    )
    op.execute(
        """
        CREATE TRIGGER search_document_ai AFTER INSERT ON search_document BEGIN
            INSERT INTO search_fts(rowid, name, aliases, summary, body)
            VALUES (new.id, new.name, new.aliases, new.summary, new.body);
        END
        """
    )
    op.execute(
        """
        CREATE TRIGGER search_document_ad AFTER DELETE ON search_document BEGIN
            INSERT INTO search_fts(search_fts, rowid, name, aliases, summary, body)
            VALUES ('delete', old.id, old.name, old.aliases, old.summary, old.body);
        END
        """
    )
    op.execute(
        """
        CREATE TRIGGER search_document_au AFTER UPDATE ON search_document BEGIN
            INSERT INTO search_fts(search_fts, rowid, name, aliases, summary, body)
            VALUES ('delete', old.id, old.name, old.aliases, old.summary, old.body);
            INSERT INTO search_fts(rowid, name, aliases, summary, body)
            VALUES (new.id, new.name, new.aliases, new.summary, new.body);
        END
        """
    )
    op.execute(
        """
        CREATE TABLE search_synonym (
            phrase TEXT PRIMARY KEY,
            expansions TEXT NOT NULL
        )
        """
    )
    op.execute(
        """
        CREATE TABLE search_word (
            word TEXT PRIMARY KEY,
            frequency INTEGER NOT NULL,
            documents INTEGER NOT NULL
        )
        """
    )


def downgrade() -> None:
    op.execute("DROP TABLE search_word")
    op.execute("DROP TABLE search_synonym")
    op.execute("DROP TRIGGER search_document_au")
    op.execute("DROP TRIGGER search_document_ad")
    op.execute("DROP TRIGGER search_document_ai")
    op.execute("DROP TABLE search_fts")
    op.execute("DROP TABLE search_document")
