"""The dataset's history: every version this database's line of loads has served, and each
record's changes between them (added, changed, removed), carried from one database to the
next; and the change feed's public models."""

from __future__ import annotations

import datetime as dt

import pydantic
from sqlmodel import Field, SQLModel

from app.models.common import ApiPath, Page, PublicModel
from app.vocabulary import SLUG_MAX_LENGTH, Change, RecordTypeName


class DatasetRelease(SQLModel, table=True):
    """A dataset version as it was first served, in the order versions were loaded."""

    __tablename__ = "dataset_release"

    sequence: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    version: str = Field(max_length=64, index=True)
    at: dt.datetime


class RecordChange(SQLModel, table=True):
    """A record added, changed or removed in a release, with the hash of its content then
    (null once removed)."""

    __tablename__ = "record_change"

    record_type: str = Field(primary_key=True, max_length=32)
    slug: str = Field(primary_key=True, max_length=SLUG_MAX_LENGTH)
    sequence: int = Field(primary_key=True, foreign_key="dataset_release.sequence", index=True)
    change: str = Field(max_length=16)
    content_hash: str | None = Field(default=None, max_length=64)


class RecordChangeItem(PublicModel):
    """One change to one record, in one dataset version."""

    type: RecordTypeName = pydantic.Field(examples=["conditions"])
    """The record's type, as in URLs."""
    slug: str = pydantic.Field(examples=["stillbirth"])
    """The record's slug."""
    change: Change
    """`added`, `changed` (the record changed, or a record its detail embeds did: fetch it
    again) or `removed` (withdrawn: its address now answers `410 Gone`; delete your copy)."""
    version: str = pydantic.Field(examples=["3f9a1c2b7d4e5f60"])
    """The dataset version that made the change."""
    at: dt.datetime
    """When that version was released."""
    url: ApiPath


class ChangePage(Page[RecordChangeItem]):
    """One page of changes, oldest first."""

    dataset_version: str = pydantic.Field(examples=["3f9a1c2b7d4e5f60"])
    """The version the service serves now: once every page is applied, a copy is at this
    version; ask for the changes `since` it next time."""
