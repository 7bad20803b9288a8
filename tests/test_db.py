"""The service's database connection is read-only by construction."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from app.db import Database, DatabaseUnavailableError
from app.loader.build import BuildResult


def test_writes_are_refused(built: BuildResult) -> None:
    database = Database(built.path)
    try:
        with database.engine.connect() as connection:
            with pytest.raises(OperationalError, match=r"readonly|read-only|query_only"):
                connection.execute(text("DELETE FROM cause"))
            with pytest.raises(OperationalError):
                connection.execute(text("CREATE TABLE sneaky (x)"))
    finally:
        database.close()


def test_version_read_at_open(built: BuildResult) -> None:
    database = Database(built.path)
    assert database.version == built.version
    database.close()


def test_missing_database_is_reported(tmp_path: object) -> None:
    from pathlib import Path

    with pytest.raises(DatabaseUnavailableError, match="plapi load"):
        Database(Path(str(tmp_path)) / "absent.sqlite3")
