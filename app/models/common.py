"""Pieces every record type shares: metadata naming, base columns, summaries and pages."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Generic, TypeVar

import pydantic
from pydantic import BaseModel, ConfigDict
from sqlalchemy import JSON, MetaData
from sqlmodel import Field, SQLModel

from app.terms import LICENSE, attribution
from app.vocabulary import HURTFUL, SLUG_MAX_LENGTH, Language, ReviewStatus

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


class ReviewColumns(SQLModel):
    """Columns every record table has for how far the record has been checked."""

    review_status: str = Field(index=True)
    clinician_review: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    translations: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    """The record in other languages, by language code, as the loader stores it
    (``app.loader.translations.stored``); the query layer serves it (``app.queries.language``)."""


class RecordColumns(ReviewColumns):
    """Columns every record table has (references name theirs otherwise)."""

    slug: str = Field(primary_key=True, max_length=SLUG_MAX_LENGTH)
    name: str = Field(index=True)
    summary: str
    last_reviewed: dt.date


class ContentColumns(RecordColumns):
    """Columns of the five content record types (not organizations or references)."""

    details: str
    also_called: list[str] = json_list()


class DatasetMeta(SQLModel, table=True):
    """One row per built database: which dataset it holds, when it was built, how many
    records of each type it holds (by URL name, in registry order), and how complete each
    language is."""

    __tablename__ = "dataset_meta"

    id: int = Field(default=1, primary_key=True)
    version: str = Field(max_length=64)
    built_at: dt.datetime
    counts: dict[str, int] = Field(default_factory=dict, sa_type=JSON)
    languages: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    """How complete each language is (``app.loader.translations.completeness``)."""


# Public models -------------------------------------------------------------------------------

ApiPath = Annotated[
    str,
    pydantic.Field(
        description="This API's own path to the record, relative to the service "
        "(`/v1/<type>/<slug>`): `GET` it for the record in full.",
        examples=["/v1/causes/cervical-insufficiency"],
        json_schema_extra={"format": "uri-reference"},
    ),
]
"""A record's address in this API (not an outside link)."""

WebAddress = Annotated[str, pydantic.Field(json_schema_extra={"format": "uri"})]
"""An absolute URL (`https://…`)."""


def without_property_titles(schema: dict[str, Any]) -> None:
    """Drop the titles generated for a model's fields: they only restate the name ("Source
    Url"), where each field's description says what it is."""
    for field_schema in schema.get("properties", {}).values():
        field_schema.pop("title", None)


class PublicModel(BaseModel):
    """A response model: every field is always sent (nulls and empty lists included)."""

    model_config = ConfigDict(
        from_attributes=True,
        use_attribute_docstrings=True,
        # Sent in full, so a field with a default is still required in a response.
        json_schema_serialization_defaults_required=True,
        json_schema_extra=without_property_titles,
    )


class OutdatedNameFields(PublicModel):
    """Flags which of a record's other names are outdated, hurtful clinical terms."""

    known_outdated_names: list[str] | None = pydantic.Field(default=None, exclude=True)
    """In another language than English, the names the loader found to hurt (by the terms
    the Spanish glossary avoids); never sent, it makes ``outdated_names``."""

    @pydantic.computed_field(  # type: ignore[prop-decorator]
        description="The names in `also_called` that are outdated clinical terms which can "
        'hurt ("habitual abortion", "incompetent cervix"; in Spanish, "aborto habitual", '
        '"cuello uterino incompetente"). They are kept so that search and clinical coding '
        "find the record; leave them out of anything patients read."
    )
    @property
    def outdated_names(self) -> list[str]:
        if self.known_outdated_names is not None:
            return self.known_outdated_names
        names: list[str] = getattr(self, "also_called", [])
        return [name for name in names if HURTFUL.search(name)]


class TermsFields(PublicModel):
    """The terms a record is served on, said on the record itself: a copy taken offline keeps
    them."""

    served_language: Language = pydantic.Field(default=Language.en, exclude=True)
    """The language of the answer (the query layer's), that the attribution speaks; never
    sent."""

    @pydantic.computed_field(  # type: ignore[prop-decorator]
        description="SPDX id of the licence of the record's content.", examples=[LICENSE]
    )
    @property
    def license(self) -> str:
        return LICENSE

    @pydantic.computed_field(  # type: ignore[prop-decorator]
        description="The credit the licence asks for wherever the record is shown or copied: "
        "its title, this service, its address here and the licence.",
        examples=[attribution("Stillbirth", "/v1/conditions/stillbirth")],
    )
    @property
    def attribution(self) -> str:
        title = getattr(self, "name", None) or getattr(self, "title", "")
        return attribution(str(title), str(getattr(self, "url", "")), self.served_language)


class ClinicianReview(PublicModel):
    """A named clinician's sign-off of a record."""

    name: str
    """The clinician's name."""
    credentials: str
    """Qualifications and role, as the clinician states them ("MD, FACOG; obstetrician")."""
    registration: str | None
    """Licence or registration number and the body that issued it; null when not given."""
    date: dt.date
    """When the clinician signed the record off."""
    checked: str
    """What the clinician checked ("all text and figures against the cited sources")."""


class ReviewFields(PublicModel):
    """How far a record has been checked, and which of its fields are in English: every
    record's summary and detail say it. In another language, the review status is that of the
    text served: a translation is never more checked than the English it translates."""

    review_status: ReviewStatus
    """How far the record has been checked: `draft`, `source-checked` or
    `clinician-reviewed`."""
    clinician_review: ClinicianReview | None
    """The clinician's sign-off; null unless `review_status` is `clinician-reviewed`."""
    fallback_fields: list[str] = pydantic.Field(examples=[[]])
    """The record's fields served in English because they have no text yet in the language
    of the answer (`Content-Language`), so that an app can tell; always empty in English."""


class WeekRange(PublicModel):
    """Gestational weeks: ``start`` inclusive, ``end`` exclusive, ``end`` null for no limit."""

    start: int
    """The first week (inclusive)."""
    end: int | None
    """The week it ends before (exclusive); null for no upper limit."""


class CitedStatement(PublicModel):
    """A statement and the slugs of the references (listed on the record) that support it."""

    text: str
    """The statement, in plain language."""
    references: list[str]
    """Slugs of the references that support it, each one of the record's `references`."""


class LinkedRecord(PublicModel):
    """A linked record, in brief: enough to show a link and fetch the rest."""

    slug: str
    """The record's permanent id, unique within its type."""
    name: str
    """The plain name people use."""
    summary: str
    """One or two plain sentences."""
    url: ApiPath


ItemT = TypeVar("ItemT", bound=BaseModel)


class Page(PublicModel, Generic[ItemT]):
    """One page of a list: the items, how many there are in all, and where this page starts."""

    items: list[ItemT]
    """The records on this page, in order."""
    total: int
    """How many records match, on every page together."""
    limit: int
    """The most items a page holds (the `limit` asked for, capped)."""
    offset: int
    """How many matching records come before this page."""
