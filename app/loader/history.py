"""The dataset's history, carried from load to load.

A load reads the history of the database it replaces (when that is a database of this
service), adds its own version — each record added, changed or removed since the last one,
with its content hash — and writes the whole into the new database. The result depends only
on the files and the previous history: a record's hash is its canonical content, and a
version's time is ``SOURCE_DATE_EPOCH`` when that is set (the reproducible-builds
convention), else the newest ``last_reviewed`` of its records, never earlier than the
version before it. A load of unchanged files (the same dataset version) adds nothing.

A record counts as changed when its own content changes, or that of a record its detail
embeds (the records it links to and those linking to it, its citations and their publishers):
an app that fetches the records listed never keeps a copy showing an old summary, urgency or
phone number. A change to a part of a linked record that the detail leaves out (its details
text) counts too, so an app may now and then fetch again a record whose answer is the same.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlmodel import SQLModel

from app import models
from app.loader.files import Dataset
from app.loader.version import canonical, record_content
from app.registry import REFERENCES, TYPES
from app.vocabulary import Change

HASH_LENGTH = 32
Key = tuple[str, str]
"""A record: its type (URL name) and slug."""


@dataclass(frozen=True)
class Release:
    """A dataset version, the ``sequence``-th released, at ``at``."""

    sequence: int
    version: str
    at: dt.datetime


@dataclass(frozen=True)
class RecordChange:
    """What the release ``sequence`` did to a record, and its content hash then."""

    record_type: str
    slug: str
    sequence: int
    change: Change
    content_hash: str | None = None


@dataclass(frozen=True)
class History:
    """Every version released so far, oldest first, and every change each made."""

    releases: tuple[Release, ...] = ()
    changes: tuple[RecordChange, ...] = ()

    @property
    def latest(self) -> Release | None:
        return self.releases[-1] if self.releases else None

    def rows(self) -> Iterator[SQLModel]:
        """The history as the database stores it."""
        for release in self.releases:
            yield models.DatasetRelease(**asdict(release))
        for change in self.changes:
            yield models.RecordChange(**asdict(change))

    def hashes(self) -> dict[Key, str]:
        """The content hash of each record the latest version holds."""
        held: dict[Key, str] = {}
        for change in sorted(self.changes, key=lambda row: row.sequence):
            key = (change.record_type, change.slug)
            if change.change == Change.removed:
                held.pop(key, None)
            else:
                held[key] = str(change.content_hash)
        return held


def read_history(database: Path) -> History:
    """The history in the database at ``database``; empty when there is none, or it is not a
    database of this service, or it predates history."""
    if not database.is_file():
        return History()
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        try:
            tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError:
            return History()
        if not {"dataset_meta", "dataset_release", "record_change"} <= tables:
            return History()
        releases = tuple(
            Release(
                sequence=sequence,
                version=version,
                at=dt.datetime.fromisoformat(at).replace(tzinfo=dt.UTC),
            )
            for sequence, version, at in db.execute(
                "SELECT sequence, version, at FROM dataset_release ORDER BY sequence"
            )
        )
        changes = tuple(
            RecordChange(record_type, slug, sequence, Change(change), content_hash)
            for record_type, slug, sequence, change, content_hash in db.execute(
                "SELECT record_type, slug, sequence, change, content_hash FROM record_change "
                "ORDER BY sequence, record_type, slug"
            )
        )
    return History(releases, changes)


def _links(dataset: Dataset) -> Iterator[tuple[Key, Key]]:
    """Every link between two records, from the record that names it: the links each type
    owns, and its citations."""
    for folder, record_type in TYPES.items():
        records: dict[str, Any] = dataset.records[folder]
        for slug, record in records.items():
            for link in record_type.links:
                value = getattr(record, link.field)
                for linked in value if link.many else [value] if value else []:
                    yield (folder, slug), (link.target, linked)
            if record_type.cites:
                for reference in record.references:
                    yield (folder, slug), (REFERENCES.name.value, reference)


def _shown(dataset: Dataset) -> dict[Key, set[Key]]:
    """The other records each record's detail shows: those it links to and those linking to
    it, and the records each of its citations names (publisher, listing page)."""
    named: dict[Key, set[Key]] = defaultdict(set)
    for owner, target in _links(dataset):
        named[owner].add(target)
    shown: dict[Key, set[Key]] = defaultdict(set)
    for owner, targets in list(named.items()):
        for target in targets:
            shown[owner].add(target)
            shown[target].add(owner)
            if target[0] == REFERENCES.name.value and TYPES[owner[0]].cites:
                shown[owner] |= named.get(target, set())
    return shown


def _digest(content: Any) -> str:
    return hashlib.sha256(canonical(content)).hexdigest()[:HASH_LENGTH]


def content_hashes(dataset: Dataset) -> dict[Key, str]:
    """Each record's content hash: its own canonical content, and that of every record its
    detail shows."""
    own = {
        (folder, slug): _digest(record_content(record))
        for folder, records in dataset.records.items()
        for slug, record in records.items()
    }
    shown = _shown(dataset)
    return {
        key: _digest(
            {
                "record": digest,
                "shows": {
                    f"{t}/{s}": own[t, s] for t, s in sorted(shown.get(key, ())) if (t, s) != key
                },
            }
        )
        for key, digest in own.items()
    }


def release_time(dataset: Dataset, previous: History) -> dt.datetime:
    """When this version is released (UTC, to the second): ``SOURCE_DATE_EPOCH`` when set,
    else the newest review date of its records; never before the previous version."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        if not epoch.isdigit():
            raise ValueError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not {epoch!r}")
        at = dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    else:
        records: list[Any] = [r for folder in dataset.records.values() for r in folder.values()]
        newest: dt.date = max(record.last_reviewed for record in records)
        at = dt.datetime.combine(newest, dt.time(), dt.UTC)
    latest = previous.latest
    return max(at, latest.at) if latest is not None else at


def next_history(
    previous: History, *, version: str, hashes: dict[Key, str], at: dt.datetime
) -> History:
    """``previous`` with the version ``version`` added: the records it adds, changes (their
    hash differs) and removes. The same version again adds nothing."""
    latest = previous.latest
    if latest is not None and latest.version == version:
        return previous
    sequence = latest.sequence + 1 if latest is not None else 1
    held = previous.hashes()
    changes = [
        RecordChange(
            record_type=record_type,
            slug=slug,
            sequence=sequence,
            change=Change.added if (record_type, slug) not in held else Change.changed,
            content_hash=digest,
        )
        for (record_type, slug), digest in sorted(hashes.items())
        if held.get((record_type, slug)) != digest
    ]
    changes += [
        RecordChange(record_type=record_type, slug=slug, sequence=sequence, change=Change.removed)
        for record_type, slug in sorted(held.keys() - hashes.keys())
    ]
    release = Release(sequence=sequence, version=version, at=at)
    return History((*previous.releases, release), (*previous.changes, *changes))
