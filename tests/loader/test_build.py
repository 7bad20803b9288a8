"""Building: atomic replacement, a failed load changes nothing, a deterministic version."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
import yaml

from app.loader.build import BuildResult
from app.loader.pipeline import load, needs_build
from app.loader.problems import DatasetError
from tests.helpers import first_file


def test_build_holds_every_record(built: BuildResult) -> None:
    with sqlite3.connect(built.path) as connection:
        (meta_count, version) = connection.execute(
            "SELECT (SELECT sum(value) FROM json_each(counts)), version FROM dataset_meta"
        ).fetchone()
        tables = {
            "condition",
            "cause",
            "symptom",
            "diagnostic_test",
            "treatment",
            "organization",
            "reference",
        }
        total = sum(
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables
        )
    assert meta_count == total == built.record_count
    assert version == built.version


def test_failed_load_leaves_old_database_untouched(data_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "plapi.sqlite3"
    load(data_copy, target)
    before = target.read_bytes()
    stat = target.stat()
    path = first_file(data_copy, "causes")
    path.write_text(path.read_text() + "\nunknown: 1\n")
    with pytest.raises(DatasetError):
        load(data_copy, target)
    assert target.read_bytes() == before
    assert target.stat().st_ino == stat.st_ino
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "plapi.sqlite3"]


def test_failure_during_build_removes_temporary_file(
    data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "db" / "plapi.sqlite3"
    load(data_copy, target)
    before = target.read_bytes()

    def explode(_engine: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("app.loader.build._verify", explode)
    with pytest.raises(RuntimeError, match="disk on fire"):
        load(data_copy, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["plapi.sqlite3"]


def test_version_depends_only_on_content(data_copy: Path, tmp_path: Path) -> None:
    first = load(data_copy, tmp_path / "a.sqlite3").version
    # Same content, different layout: keys reordered, comments added, another folder.
    path = first_file(data_copy, "causes")
    record = yaml.safe_load(path.read_text())
    reordered = dict(reversed(list(record.items())))
    path.write_text("# a comment\n" + yaml.safe_dump(reordered, allow_unicode=True))
    moved = tmp_path / "elsewhere"
    data_copy.rename(moved)
    assert load(moved, tmp_path / "b.sqlite3").version == first
    record["summary"] = record["summary"] + " Changed."
    (moved / "causes" / path.name).write_text(yaml.safe_dump(record, allow_unicode=True))
    assert load(moved, tmp_path / "c.sqlite3").version != first


def test_needs_build(data_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "plapi.sqlite3"
    assert needs_build(data_copy, target)
    load(data_copy, target)
    assert not needs_build(data_copy, target)
    path = first_file(data_copy, "symptoms")
    later = target.stat().st_mtime + 10
    os.utime(path, (later, later))
    assert needs_build(data_copy, target)
