"""Read-only access to the built database, the session dependency and the dataset version."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

from app.models import DatasetMeta
from app.problem_details import NOT_LOADED, ProblemError
from app.queries.lookup import CodeIndex
from app.queries.records import RecordMemo
from app.search.index import SearchIndex
from app.search.languages import ANALYZERS
from app.vocabulary import Language


class DatabaseUnavailableError(Exception):
    """The database file is missing or is not a built dataset."""


class Database:
    """One built SQLite file, opened read-only and immutable (``mode=ro&immutable=1``: SQLite
    then takes no locks and never checks the file for changes, since a new dataset is a new
    file) with ``PRAGMA query_only``. Its version, build time, counts, the completeness of each
    language, its search index in each language and its clinical codes are read once; records
    in full are kept as they are first read (``records``)."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise DatabaseUnavailableError(f"no database at {path}; run `plapi load`")
        self.path = path
        self.engine: Engine = create_engine(
            f"sqlite:///file:{path}?mode=ro&immutable=1&uri=true",
            connect_args={"check_same_thread": False},
            # Never wait for a connection (on the loop, a wait would stall every request):
            # connections to an immutable file are cheap, and worker threads are bounded.
            pool_size=8,
            max_overflow=-1,
        )
        event.listen(self.engine, "connect", _read_only)
        with Session(self.engine) as session:
            meta = session.get(DatasetMeta, 1)
        if meta is None:
            self.engine.dispose()
            raise DatabaseUnavailableError(f"{path} holds no dataset; run `plapi load`")
        self.version = meta.version
        self.built_at = meta.built_at
        self.counts = dict(meta.counts)
        self.languages = list(meta.languages)
        self.search_indexes = {
            language: SearchIndex.open(path, analyzer) for language, analyzer in ANALYZERS.items()
        }
        with Session(self.engine) as session:
            self.codes = CodeIndex.load(session)
        self.records = RecordMemo()

    def search_index_for(self, language: Language) -> SearchIndex:
        """The search index of ``language`` (every language served has one)."""
        return self.search_indexes[language]

    def close(self) -> None:
        for index in self.search_indexes.values():
            index.close()
        self.engine.dispose()


def _read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only = ON")
    cursor.close()


DATABASE_STATE = "database"
"""The request state that names the dataset to answer from, when it is not the one serving
(warm-up renders a new dataset's answers before it serves)."""


async def get_database(request: Request) -> Database:
    database: Database | None = request.scope.get("state", {}).get(DATABASE_STATE) or getattr(
        request.app.state, "database", None
    )
    if database is None:
        raise ProblemError(503, NOT_LOADED)
    return database


async def get_session(
    database: Annotated[Database, Depends(get_database)],
) -> AsyncIterator[Session]:
    """A session on the read-only engine. A record's detail comes from memory once read
    (``Database.records``), so that route answers on the event loop (a thread-pool hop would
    cost more than the answer, see bench/); the routes that query or render more (lists,
    search, code look-ups, CDS Hooks, the pages) are plain functions, which FastAPI runs in a
    worker thread, so the loop keeps answering everything else while they work."""
    with Session(database.engine) as session:
        yield session


DatabaseDep = Annotated[Database, Depends(get_database)]
SessionDep = Annotated[Session, Depends(get_session)]
