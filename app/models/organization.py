"""Organizations: support groups, helplines, professional bodies, agencies and publishers."""

from __future__ import annotations

import datetime as dt

import pydantic
from sqlmodel import Field

from app import phones
from app.models.common import (
    LinkedRecord,
    OutdatedNameFields,
    Page,
    RecordColumns,
    ReviewFields,
    WebAddress,
    json_list,
)
from app.models.reference import Citation, ReferenceSummary
from app.vocabulary import OrganizationKind


class Organization(RecordColumns, table=True):
    __tablename__ = "organization"

    details: str | None = None
    also_called: list[str] = json_list()
    kind: str = Field(index=True)
    country: str = Field(index=True, max_length=16)
    website: str | None = None
    phone: str | None = None
    text_line: str | None = None
    text_number: str | None = None
    text_keyword: str | None = None
    hours: str | None = None
    languages: list[str] = json_list()
    services: list[str] = json_list()
    verified_on: dt.date


class OrganizationFields(LinkedRecord):
    kind: OrganizationKind
    """What kind of organization it is."""
    country: str = pydantic.Field(examples=["US"])
    """Where it works: an ISO 3166 two-letter country code (`US`, `GB`) or `international`."""
    website: WebAddress | None
    """Its home page, an outside link; null when it has none."""
    phone: str | None
    """Its phone number as it publishes it; null when it has none."""
    text_line: str | None
    """How to reach it by text message, in words; null when it has none."""
    text_number: str | None = pydantic.Field(examples=["88788"])
    """The number or short code to text, digits only; null when it has no text line."""
    text_keyword: str | None = pydantic.Field(examples=["START"])
    """The word to send first, where the text line asks for one; null otherwise."""

    @pydantic.computed_field(  # type: ignore[prop-decorator]
        description="The phone number in E.164 form (`+18007997233`, `+448081643332`); null "
        "when it has no phone, or its number is a short one dialled as written (`988`, "
        "`116 123`)."
    )
    @property
    def phone_e164(self) -> str | None:
        return phones.e164(self.phone, self.country) if self.phone else None

    @pydantic.computed_field(  # type: ignore[prop-decorator]
        description="A `tel:` link that dials the phone number (`tel:+18007997233`, "
        "`tel:988`); null when it has no phone."
    )
    @property
    def tel(self) -> str | None:
        return phones.tel(self.phone, self.country) if self.phone else None

    @pydantic.computed_field(  # type: ignore[prop-decorator]
        description="An `sms:` link that opens a text to its text line, with the word to send "
        "first where it asks for one (`sms:88788?body=START`); null when it has none."
    )
    @property
    def sms(self) -> str | None:
        return phones.sms(self.text_number, self.text_keyword) if self.text_number else None


class OrganizationSummary(ReviewFields, OrganizationFields):
    """An organization in brief, as lists show it."""

    references: list[ReferenceSummary]
    """The references its details were checked against, in brief."""


class OrganizationDetail(ReviewFields, OrganizationFields, OutdatedNameFields):
    """An organization in full."""

    also_called: list[str]
    """Other names and abbreviations, searched but not shown as the title."""
    details: str | None
    """A longer description, in Markdown; null when the record has none."""
    hours: str | None
    """When its phone or text line is answered; null when not stated."""
    languages: list[str] = pydantic.Field(examples=[["en", "es"]])
    """Languages its phone or text line answers in, as BCP 47 codes; empty when not stated."""
    services: list[str]
    """What it offers, as short phrases."""
    conditions: list[LinkedRecord]
    """The types of pregnancy loss it supports people with."""
    causes: list[LinkedRecord]
    """The causes and risk factors it helps with."""
    publications: list[ReferenceSummary]
    """References it publishes, in brief."""
    references: list[Citation]
    """The references its details were checked against, as full citations."""
    verified_on: dt.date
    """When its contact details were last checked against its references."""
    last_reviewed: dt.date
    """When the record was written or last checked against its references."""


class OrganizationPage(Page[OrganizationSummary]):
    """One page of organizations."""
