"""The dataset's history: the changes since a version, and the records withdrawn."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.models import DatasetRelease, RecordChange
from app.models.history import ChangePage, RecordChangeItem
from app.record_type import api_path
from app.vocabulary import Change


@dataclass(frozen=True)
class Withdrawal:
    """A record's removal: the version that removed it, and when."""

    version: str
    at: str


def release(session: Session, version: str) -> DatasetRelease | None:
    """The latest release of ``version`` (a version can come back, when files return to an
    earlier state), or None when the history has never held it."""
    statement = (
        select(DatasetRelease)
        .where(DatasetRelease.version == version)
        .order_by(col(DatasetRelease.sequence).desc())
    )
    return session.exec(statement).first()


def changes_since(
    session: Session, *, after: int, current: str, limit: int, offset: int
) -> ChangePage:
    """The changes of every release after the ``after``-th, oldest first (then by type and
    slug), one page of them."""
    where = col(RecordChange.sequence) > after
    total = session.exec(select(func.count()).select_from(RecordChange).where(where)).one()
    statement = (
        select(RecordChange, DatasetRelease)
        .join(DatasetRelease, col(DatasetRelease.sequence) == RecordChange.sequence)
        .where(where)
        .order_by(col(RecordChange.sequence), col(RecordChange.record_type), col(RecordChange.slug))
        .limit(limit)
        .offset(offset)
    )
    items = [
        RecordChangeItem(
            type=change.record_type,
            slug=change.slug,
            change=change.change,
            version=released.version,
            at=released.at,
            url=api_path(change.record_type, change.slug),
        )
        for change, released in session.exec(statement)
    ]
    return ChangePage(items=items, total=total, limit=limit, offset=offset, dataset_version=current)


def withdrawal(session: Session, type_name: str, slug: str) -> Withdrawal | None:
    """When the record was last removed, if its latest change is a removal."""
    statement = (
        select(RecordChange, DatasetRelease)
        .join(DatasetRelease, col(DatasetRelease.sequence) == RecordChange.sequence)
        .where(RecordChange.record_type == type_name, RecordChange.slug == slug)
        .order_by(col(RecordChange.sequence).desc())
    )
    latest = session.exec(statement).first()
    if latest is None or latest[0].change != Change.removed:
        return None
    return Withdrawal(version=latest[1].version, at=latest[1].at.date().isoformat())
