"""The dataset's history: carried from load to load, a version of changes per new dataset,
nothing for the same one, and the same rows on every machine."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.loader.build import BuildResult, build_database
from app.loader.history import History, read_history
from app.loader.pipeline import check, load
from tests.helpers import DATA_DIR, DELETED, EDITED, edit_and_delete

TABLES = ["condition", "cause", "symptom", "diagnostic_test", "treatment", "organization"]
TABLES += ["reference"]
SOURCE_DATE_EPOCH = 1_798_675_200  # 2027-01-01T00:00:00Z


def rows(database: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(database) as connection:
        releases = connection.execute("SELECT * FROM dataset_release ORDER BY sequence").fetchall()
        changes = connection.execute(
            "SELECT * FROM record_change ORDER BY sequence, record_type, slug"
        ).fetchall()
    return [*releases, *changes]


def test_a_first_load_adds_every_record(built: BuildResult) -> None:
    history = read_history(built.path)
    assert [release.version for release in history.releases] == [built.version]
    assert len(history.changes) == built.record_count
    assert {change.change for change in history.changes} == {"added"}
    assert built.changes == {"added": built.record_count, "changed": 0, "removed": 0}


def test_a_load_of_the_same_files_adds_nothing(built: BuildResult, tmp_path: Path) -> None:
    copy = tmp_path / "plapi.sqlite3"
    copy.write_bytes(built.path.read_bytes())
    again = load(DATA_DIR, copy)
    assert again.changes == {}
    assert again.previous_version == built.version
    assert rows(copy) == rows(built.path)


def test_an_edit_and_a_deletion_are_a_new_version(
    built: BuildResult, data_copy: Path, tmp_path: Path
) -> None:
    database = tmp_path / "plapi.sqlite3"
    database.write_bytes(built.path.read_bytes())
    edit_and_delete(data_copy)
    after = load(data_copy, database)
    history = read_history(database)
    assert [release.version for release in history.releases] == [built.version, after.version]
    latest = {
        (change.record_type, change.slug): change.change
        for change in history.changes
        if change.sequence == 2
    }
    assert latest[EDITED] == "changed"
    assert latest[DELETED] == "removed"
    # The records whose details showed them changed too; nothing else did.
    assert ("conditions", "miscarriage") not in latest or latest[
        "conditions", "miscarriage"
    ] == "changed"
    assert set(latest.values()) == {"changed", "removed"}
    assert after.changes["removed"] == 1
    assert history.hashes().keys() == read_history(built.path).hashes().keys() - {DELETED}


def test_history_is_the_same_on_every_machine(
    built: BuildResult, data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two loads of the same files over the same previous database: byte-identical history."""
    edit_and_delete(data_copy)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(SOURCE_DATE_EPOCH))
    results = []
    for name in ("one", "two"):
        database = tmp_path / name / "plapi.sqlite3"
        database.parent.mkdir()
        database.write_bytes(built.path.read_bytes())
        load(data_copy, database)
        results.append(rows(database))
    assert results[0] == results[1]
    assert results[0][1][2] == dt.datetime.fromtimestamp(SOURCE_DATE_EPOCH, dt.UTC).strftime(
        "%Y-%m-%d %H:%M:%S.%f"
    )


def test_without_source_date_epoch_a_version_is_dated_by_its_newest_review(
    built: BuildResult,
) -> None:
    (release,) = read_history(built.path).releases
    with sqlite3.connect(built.path) as connection:
        newest = max(
            connection.execute(f"SELECT max(last_reviewed) FROM {table}").fetchone()[0]
            for table in TABLES
        )
    assert release.at == dt.datetime.fromisoformat(newest).replace(tzinfo=dt.UTC)


def test_a_database_without_history_starts_one(tmp_path: Path) -> None:
    assert read_history(tmp_path / "missing.sqlite3") == History()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    assert read_history(junk) == History()


def test_a_build_from_nothing_carries_the_history_of_the_last_release(
    built: BuildResult, data_copy: Path, tmp_path: Path
) -> None:
    """`plapi load --previous`: a container image, built without a database, keeps the line."""
    edit_and_delete(data_copy)
    fresh = build_database(check(data_copy), tmp_path / "image.sqlite3", previous=built.path)
    releases = read_history(fresh.path).releases
    assert [release.version for release in releases] == [built.version, fresh.version]
    assert fresh.previous_version == built.version
    assert read_history(built.path).releases == releases[:1]
