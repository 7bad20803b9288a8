"""References: citations, and the outside resources the source documents link to."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel

from app.models.common import LinkedRecord, Page, PublicModel, json_list


class Reference(SQLModel, table=True):
    __tablename__ = "reference"

    slug: str = Field(primary_key=True, max_length=80)
    title: str = Field(index=True)
    authors: list[str] = json_list()
    publisher: str | None = None
    journal: str | None = None
    year: int | None = None
    month: int | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    pmid: str | None = None
    source_url: str | None = None
    kind: str = Field(index=True)
    category: str | None = Field(default=None, index=True)
    organization_slug: str | None = Field(default=None, foreign_key="organization.slug")
    note: str | None = None
    citation: str
    last_reviewed: dt.date


class ReferenceSummary(LinkedRecord):
    """A reference in brief: ``name`` is its title, ``summary`` its formatted citation."""


class ReferenceListItem(ReferenceSummary):
    kind: str
    category: str | None
    year: int | None


class Citation(PublicModel):
    """A full citation, as embedded in the records that cite it."""

    slug: str
    url: str
    title: str
    citation: str
    authors: list[str]
    publisher: str | None
    journal: str | None
    year: int | None
    month: int | None
    volume: str | None
    issue: str | None
    pages: str | None
    doi: str | None
    pmid: str | None
    source_url: str | None
    kind: str
    category: str | None
    organization: LinkedRecord | None
    note: str | None


class CitingRecord(LinkedRecord):
    """A record that cites a reference; ``type`` names its kind (``causes``, ``conditions``…)."""

    type: str


class ReferenceDetail(Citation):
    cited_by: list[CitingRecord]
    last_reviewed: dt.date


class ReferencePage(Page[ReferenceListItem]):
    pass
