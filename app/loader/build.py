"""Building the database: migrate a temporary file, fill it, check it, rename it into place.

A failed build removes its temporary file and leaves the database at ``target`` untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from sqlalchemy import create_engine, text
from sqlmodel import Session, SQLModel

from app import models
from app.codes import normalize_code
from app.loader import schemas
from app.loader.citation import format_citation
from app.loader.files import Dataset
from app.loader.history import content_hashes, next_history, read_history, release_time
from app.loader.migrate import upgrade_to_head
from app.loader.search_index import write_search
from app.loader.translations import completeness, stored
from app.loader.version import dataset_version
from app.record_type import RecordType
from app.registry import TYPES, slug_column
from app.search.languages import ANALYZERS
from app.vocabulary import Change


@dataclass(frozen=True)
class BuildResult:
    path: Path
    version: str
    record_count: int
    previous_version: str | None = None
    """The version of the database replaced, when it had a history."""
    changes: dict[str, int] = field(default_factory=dict)
    """How many records this version added, changed and removed (empty when the version is
    the one replaced)."""


def build_database(dataset: Dataset, target: Path, *, previous: Path | None = None) -> BuildResult:
    """Write ``dataset`` to a new SQLite file, with the history of the database it replaces
    (at ``target``, or at ``previous`` when given: the last release's, say, for a build that
    starts from nothing) carried forward, and atomically replace ``target`` with it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    history_before = read_history(previous or target)
    fd, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".building", dir=target.parent
    )
    os.close(fd)
    try:
        version = dataset_version(dataset)
        history = next_history(
            history_before,
            version=version,
            hashes=content_hashes(dataset),
            at=release_time(dataset, history_before),
        )
        added = history.changes[len(history_before.changes) :]
        counted = {kind.value: sum(row.change == kind for row in added) for kind in Change}
        engine = create_engine(f"sqlite:///{temporary}")
        try:
            upgrade_to_head(engine)
            with Session(engine) as session:
                session.add_all(_rows(dataset))
                for language in ANALYZERS:
                    write_search(session.connection(), dataset, language)
                session.add(
                    models.DatasetMeta(
                        version=version,
                        built_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
                        counts={name: len(dataset.records[name]) for name in TYPES},
                        languages=completeness(
                            record
                            for records in dataset.records.values()
                            for record in records.values()
                        ),
                    )
                )
                session.add_all(history.rows())
                session.commit()
            _verify(engine)
        finally:
            engine.dispose()
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
        _sync_directory(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return BuildResult(
        path=target,
        version=version,
        record_count=dataset.count(),
        previous_version=history_before.latest.version if history_before.latest else None,
        changes=counted if added else {},
    )


def _verify(engine: Any) -> None:
    with engine.connect() as connection:
        broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if broken:
            raise RuntimeError(f"foreign key check failed: {broken[:5]}")
        status = connection.execute(text("PRAGMA integrity_check")).scalar_one()
        if status != "ok":
            raise RuntimeError(f"integrity check failed: {status}")


def _sync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _column_value(value: Any) -> Any:
    """A file field's value as its column stores it: enums by value, nested models (cited
    statements, definitions) as JSON objects, lists item by item."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_column_value(item) for item in value]
    return value


def _row(
    record_type: RecordType, slug: str, record: Any, *, citation: str | None, translations: Any
) -> SQLModel:
    """The table row of one record: each column from the file field of the same name (or the
    one the registry names), the week range as its two columns, a link of one slug as its
    column, a reference's formatted citation, and the record's other languages as stored."""
    one_slug = {f"{link.field}_slug": link.field for link in record_type.links if not link.many}
    values: dict[str, Any] = {}
    for column in record_type.table.model_fields:
        if column == "slug":
            values[column] = slug
        elif column in ("week_start", "week_end"):
            values[column] = getattr(record.weeks, column.removeprefix("week_"))
        elif column == "citation":
            values[column] = citation
        elif column == "translations":
            values[column] = translations
        else:
            source = one_slug.get(column) or record_type.columns_from.get(column, column)
            values[column] = _column_value(getattr(record, source))
    return record_type.table(**values)


def _rows(dataset: Dataset) -> Iterator[SQLModel]:
    organizations: dict[str, Any] = dataset.records["organizations"]
    for folder, record_type in TYPES.items():
        records: dict[str, Any] = dataset.records[folder]
        for slug, record in records.items():
            citation = None
            if record_type.is_citation:
                publisher = organizations.get(record.organization) if record.organization else None
                citation = format_citation(record, publisher.name if publisher else None)
            yield _row(
                record_type,
                slug,
                record,
                citation=citation,
                translations=stored(record, dataset.glossary),
            )
            if record_type.has_codes:
                yield from _codes(record.codes, **{slug_column(record_type): slug})
    yield from _links(dataset)


def _codes(codes: list[schemas.ClinicalCode], **owner: Any) -> Iterator[SQLModel]:
    for code in codes:
        yield models.ClinicalCode(
            system=code.system.value,
            code=code.code,
            normalized=normalize_code(code.code),
            display=code.display,
            **owner,
        )


def _links(dataset: Dataset) -> Iterator[SQLModel]:
    for folder, owner in TYPES.items():
        for link in owner.links:
            if link.table is None:
                continue
            own, other = slug_column(owner), slug_column(TYPES[link.target])
            records: dict[str, Any] = dataset.records[folder]
            for slug, record in records.items():
                for linked in getattr(record, link.field):
                    yield link.table(**{own: slug, other: linked})
    for folder, owner in TYPES.items():
        if not owner.cites:
            continue
        citing: dict[str, Any] = dataset.records[folder]
        for slug, record in citing.items():
            for position, reference in enumerate(record.references):
                yield models.RecordReference(
                    record_type=folder,
                    record_slug=slug,
                    reference_slug=reference,
                    position=position,
                )
