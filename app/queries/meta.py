"""Counts of records per type, written into the database when it is built."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, select

from app.registry import TYPES


def record_counts(session: Session) -> dict[str, int]:
    """How many records of each type the database holds, by URL name, in registry order."""
    return {
        name: session.exec(select(func.count()).select_from(record_type.table)).one()
        for name, record_type in TYPES.items()
    }
