"""Pieces every record type shares: metadata naming, base columns, summaries and pages."""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict
from sqlalchemy import JSON, MetaData
from sqlmodel import Field, SQLModel

# Constraint names that Alembic can rely on (SQLite batch migrations need named constraints).
SQLModel.metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def json_list() -> Any:
    """A JSON column holding a list, defaulting to empty."""
    return Field(default_factory=list, sa_type=JSON)


class RecordColumns(SQLModel):
    """Columns every record table has."""

    slug: str = Field(primary_key=True, max_length=80)
    name: str = Field(index=True)
    summary: str
    last_reviewed: dt.date


class ContentColumns(RecordColumns):
    """Columns of the five content record types (not organizations or references)."""

    details: str
    also_called: list[str] = json_list()


class DatasetMeta(SQLModel, table=True):
    """One row per built database: which dataset it holds and when it was built."""

    __tablename__ = "dataset_meta"

    id: int = Field(default=1, primary_key=True)
    version: str = Field(max_length=64)
    built_at: dt.datetime
    record_count: int


# Public models -------------------------------------------------------------------------------


class PublicModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class WeekRange(PublicModel):
    """Gestational weeks: ``start`` inclusive, ``end`` exclusive, ``end`` null for no limit."""

    start: int
    end: int | None


class CitedStatement(PublicModel):
    """A statement and the slugs of the references (listed on the record) that support it."""

    text: str
    references: list[str]


class LinkedRecord(PublicModel):
    """A linked record, in brief: enough to show a link and fetch the rest."""

    slug: str
    name: str
    summary: str
    url: str


ItemT = TypeVar("ItemT", bound=BaseModel)


class Page(PublicModel, Generic[ItemT]):
    """One page of a list: the items, how many there are in all, and where this page starts."""

    items: list[ItemT]
    total: int
    limit: int
    offset: int
