"""Counts of records per type, for ``/v1/meta``."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, select

from app.queries.records import TYPES


def record_counts(session: Session) -> dict[str, int]:
    return {
        name: session.exec(select(func.count()).select_from(record_type.table)).one()
        for name, record_type in TYPES.items()
    }
