"""What a record type is: the shape of an entry of the registry (``app.registry``) and the
addresses of its records. Each part is data, read by the layer it concerns."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel
from sqlmodel import SQLModel

from app.models.common import LinkedRecord, Page
from app.vocabulary import LAST_WEEK, Language, RecordTypeName

API_PREFIX = "/v1"


def api_path(type_name: str, slug: str, language: Language = Language.en) -> str:
    """A record's address in this API: ``/v1/causes/smoking``; in another language than
    English, with its ``lang``: ``/v1/causes/smoking?lang=es``."""
    path = f"{API_PREFIX}/{type_name}/{slug}"
    return path if language is Language.en else f"{path}?lang={language.value}"


def language_prefix(language: Language) -> str:
    """Where the pages for people in ``language`` live: at the root in English, under
    ``/es`` in Spanish."""
    return "" if language is Language.en else f"/{language.value}"


def home(language: Language) -> str:
    """The browse page for people in ``language``: ``/``, ``/es/``."""
    return f"{language_prefix(language)}/"


def page_path(type_name: str, slug: str, language: Language = Language.en) -> str:
    """The path of a record's page for people: ``/causes/smoking``, ``/es/causes/smoking``."""
    return f"{language_prefix(language)}/{type_name}/{slug}"


@dataclass(frozen=True)
class Link:
    """A link between two types, written in ``data/`` on its owning side only and stored once.

    The owner's records list the linked slugs in ``field``; the target's detail lists the
    owners in ``reverse``. With a ``table`` the link is many-to-many, through that table
    (columns ``<owner table>_slug`` and ``<target table>_slug``); without one, ``field`` holds
    one slug, kept in the owner's own column ``<field>_slug``.
    """

    field: str
    target: str
    reverse: str
    table: type[SQLModel] | None = None
    reverse_title: str = ""
    """The heading of the target's page section listing the owners, when ``reverse`` is not
    simply the owners' own type (whose heading is the owner type's ``section_title``)."""

    @property
    def many(self) -> bool:
        return self.table is not None


@dataclass(frozen=True)
class Filter:
    """A filter of a type's list: a query parameter named after the field it filters.

    ``match`` says how a value is matched: the column ``equals`` it, the record's ``weeks``
    contain it, or the JSON list ``column`` (by default the parameter's name) ``includes`` it.
    """

    name: str
    type: Any
    description: str
    match: Literal["equals", "weeks", "includes"] = "equals"
    column: str = ""
    ge: int | None = None
    le: int | None = None
    pattern: str | None = None
    examples: list[Any] | None = None
    aliases: tuple[tuple[str, str], ...] = ()
    """Values taken as another (the country code `UK` as `GB`), so that a common name never
    silently matches nothing."""
    per_language: bool = False
    """The value can differ by language (a review status: a translation's own), so that a list
    in another language is filtered by the value it serves."""

    def canonical(self, value: Any) -> Any:
        return dict(self.aliases).get(value, value)


def week_filter(description: str) -> Filter:
    return Filter("week", int, description, match="weeks", ge=1, le=LAST_WEEK)


@dataclass(frozen=True)
class Fact:
    """One of the key facts a record's page shows: its label, the detail field it comes from,
    and how it is shown (a way ``app.web.facts`` knows)."""

    label: str
    field: str
    shown_as: str = "text"
    professional: bool = False
    """For health professionals (clinical codes, identifiers): shown apart, out of the reading
    path of the person the page is for."""


@dataclass(frozen=True)
class SchemaOrg:
    """A record as schema.org: its type; the linked records it states, as (property, linked
    type) pairs, stated even when empty; properties copied from detail fields when given; and
    whether its clinical codes are stated always or only when it has any."""

    type: str
    links: tuple[tuple[str, str], ...] = ()
    properties: tuple[tuple[str, str], ...] = ()
    codes: Literal["always", "when-any", "never"] = "never"


@dataclass(frozen=True)
class Search:
    """What the search index reads of a record (its file fields): the name and summary shown,
    the other names it is found by, and the text of its body, in that order. A list's items
    are read one by one: a statement by its text, a code as code and display."""

    body: tuple[str, ...]
    aliases: tuple[str, ...] = ("also_called",)
    name: str = "name"
    summary: str = "summary"


@dataclass(frozen=True)
class Docs:
    """How the type's tag and its two routes are documented in OpenAPI."""

    tag: str
    list_summary: str
    list_description: str
    get_summary: str
    get_description: str


@dataclass(frozen=True)
class RecordType:
    """One type of record."""

    name: RecordTypeName
    field: str
    table: type[SQLModel]
    summary: type[BaseModel]
    detail: type[BaseModel]
    page: type[Page[Any]]
    singular: str
    plural: str
    schema_org: SchemaOrg
    example_slug: str
    search: Search
    docs: Docs
    links: tuple[Link, ...] = ()
    filters: tuple[Filter, ...] = ()
    facts: tuple[Fact, ...] = ()
    linked_title: str = ""
    linked_model: type[LinkedRecord] = LinkedRecord
    """How other records show a record of this type: its slug, name, summary and address,
    and the columns of the same name that an app shows first (a symptom's urgency)."""
    has_codes: bool = False
    cites: bool = True
    is_citation: bool = False
    columns_from: dict[str, str] = dataclasses.field(default_factory=dict)
    title_column: str = "name"
    summary_column: str = "summary"

    @property
    def linked_columns(self) -> tuple[str, ...]:
        """The columns a linked record carries beyond every linked record's own fields."""
        return tuple(
            name for name in self.linked_model.model_fields if name not in LinkedRecord.model_fields
        )

    @property
    def section_title(self) -> str:
        """The heading of a page's section listing records of this type."""
        return self.linked_title or self.plural
