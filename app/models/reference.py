"""References: citations, and the outside resources the source documents link to."""

from __future__ import annotations

import datetime as dt

import pydantic
from sqlmodel import Field

from app.models.common import (
    ApiPath,
    LinkedRecord,
    Page,
    PublicModel,
    ReviewColumns,
    ReviewFields,
    TermsFields,
    WebAddress,
    json_list,
)
from app.models.contact import LinkedOrganization
from app.vocabulary import SLUG_MAX_LENGTH, RecordTypeName, ReferenceCategory, ReferenceKind


class Reference(ReviewColumns, table=True):
    __tablename__ = "reference"

    slug: str = Field(primary_key=True, max_length=SLUG_MAX_LENGTH)
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
    listed_on_slug: str | None = Field(default=None, foreign_key="reference.slug")
    note: str | None = None
    citation: str
    last_reviewed: dt.date


class ReferenceSummary(LinkedRecord):
    """A reference in brief: ``name`` is its title, ``summary`` its formatted citation."""

    name: str
    """The title, as published."""
    summary: str
    """The formatted citation (Vancouver style)."""


class ReferenceListItem(ReviewFields, ReferenceSummary):
    """A reference in brief, as lists show it."""

    kind: ReferenceKind
    """What kind of source it is."""
    category: ReferenceCategory | None
    """The MedlinePlus section it is listed under; null when it is not a MedlinePlus link."""
    year: int | None
    """The year of publication; null when unknown."""


class Citation(PublicModel):
    """A full citation, as embedded in the records that cite it."""

    slug: str
    """The reference's permanent id."""
    url: ApiPath
    title: str
    """The title, as published."""
    citation: str
    """The formatted citation (Vancouver style), ready to show."""
    authors: list[str] = pydantic.Field(examples=[["Edlow AG", "et al"]])
    """The authors, in Vancouver style; empty when none are named."""
    publisher: str | None
    """The publisher, for a report, web page or book."""
    journal: str | None
    """The journal's abbreviated name, for an article."""
    year: int | None
    """The year of publication."""
    month: int | None
    """The month of publication (1–12)."""
    volume: str | None
    """The journal volume, as printed."""
    issue: str | None
    """The journal issue, as printed."""
    pages: str | None
    """The pages, as printed."""
    doi: str | None = pydantic.Field(examples=["10.1016/j.ajog.2007.09.016"])
    """The DOI, without a resolver prefix."""
    pmid: str | None = pydantic.Field(examples=["18060941"])
    """The PubMed id."""
    source_url: WebAddress | None
    """The source itself, on its publisher's site: an outside link (where `url` is this API's
    address of the reference); null when no confirmed address is known."""
    kind: ReferenceKind
    """What kind of source it is."""
    category: ReferenceCategory | None
    """The MedlinePlus section it is listed under; null when it is not a MedlinePlus link."""
    organization: LinkedOrganization | None
    """The organization that publishes it; null when it is not one of the organizations here."""
    listed_on: ReferenceSummary | None
    """The page that links to it (the MedlinePlus topic page), where readers find a resource
    whose own address could not be confirmed; null when it has its own DOI, PMID or address."""
    note: str | None
    """What a reader of the citation should know: what the source is and what it supports."""


class CitingRecord(LinkedRecord):
    """A record that cites a reference."""

    type: RecordTypeName
    """The record's type, as in URLs."""


class ReferenceDetail(ReviewFields, Citation, TermsFields):
    """A reference in full, with the records that cite it."""

    cited_by: list[CitingRecord]
    """The records that cite it, by type, then slug."""
    lists: list[ReferenceSummary]
    """The references found through this one: the resources its page links to, whose own
    addresses are not known here."""
    last_reviewed: dt.date
    """When the citation was last checked."""


class ReferencePage(Page[ReferenceListItem]):
    """One page of references."""
