"""Listing and fetching records of every type, with their links, citations and codes, in
the language asked for (``app.queries.language``).

Every type is read the same way, from its registry entry (``app.registry``): its table and
public models, the links it owns and the links other types own to it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, func
from sqlmodel import Session, col, select

from app import models
from app.models.code import Code
from app.models.common import LinkedRecord, Page
from app.models.reference import Citation, CitingRecord
from app.queries.language import in_language, summary, title, title_order
from app.record_type import Link, RecordType, api_path
from app.registry import REFERENCES, TYPES, expandable, incoming, slug_column
from app.vocabulary import Language

MAX_KEPT_RECORDS = 2048


def linked_record(
    record_type: RecordType, row: Any, language: Language = Language.en
) -> LinkedRecord:
    """A row in brief, as the records that link to it embed it, in ``language``."""
    return record_type.linked_model(
        slug=row.slug,
        name=title(record_type, row, language),
        summary=summary(record_type, row, language),
        url=api_path(record_type.name, row.slug),
        **{column: getattr(row, column) for column in record_type.linked_columns},
    )


def _rows_linked(
    session: Session,
    target: RecordType,
    table: Any,
    *,
    own: str,
    other: str,
    slug: str,
    language: Language,
) -> list[LinkedRecord]:
    """``target`` records reached through ``table``, whose column ``own`` is ``slug`` and
    ``other`` names the target, in the target's order."""
    target_table: Any = target.table
    statement = (
        select(target_table)
        .join(table, getattr(table, other) == target_table.slug)
        .where(getattr(table, own) == slug)
        .order_by(title_order(target, language))
    )
    return [linked_record(target, row, language) for row in session.exec(statement)]


def _owned(session: Session, owner: RecordType, link: Link, row: Any, language: Language) -> Any:
    """What ``row`` (an ``owner`` record) links to through ``link``: records in brief, or one
    record (or None) for a link by a column of its own."""
    target = TYPES[link.target]
    if link.table is None:
        linked = getattr(row, f"{link.field}_slug")
        found = session.get(target.table, linked) if linked else None
        return linked_record(target, found, language) if found is not None else None
    return _rows_linked(
        session,
        target,
        link.table,
        own=slug_column(owner),
        other=slug_column(target),
        slug=row.slug,
        language=language,
    )


def _owners(
    session: Session, owner: RecordType, link: Link, slug: str, language: Language
) -> list[LinkedRecord]:
    """The ``owner`` records that link to the record ``slug`` through ``link``."""
    if link.table is None:
        table: Any = owner.table
        statement = (
            select(table)
            .where(getattr(table, f"{link.field}_slug") == slug)
            .order_by(title_order(owner, language))
        )
        return [linked_record(owner, row, language) for row in session.exec(statement)]
    target = TYPES[link.target]
    return _rows_linked(
        session,
        owner,
        link.table,
        own=slug_column(target),
        other=slug_column(owner),
        slug=slug,
        language=language,
    )


def _reference_rows(
    session: Session, type_name: str, slugs: Sequence[str]
) -> dict[str, list[models.Reference]]:
    """The references each record cites, in curated order, for many records in one query."""
    statement = (
        select(models.RecordReference.record_slug, models.Reference)
        .join(models.Reference, col(models.Reference.slug) == models.RecordReference.reference_slug)
        .where(models.RecordReference.record_type == type_name)
        .where(col(models.RecordReference.record_slug).in_(slugs))
        .order_by(col(models.RecordReference.record_slug), col(models.RecordReference.position))
    )
    cited: dict[str, list[models.Reference]] = defaultdict(list)
    for record_slug, reference in session.exec(statement):
        cited[record_slug].append(reference)
    return cited


def citation(
    session: Session, reference: models.Reference, language: Language = Language.en
) -> Citation:
    """A reference as a full citation: in its source's own language, with its publisher's
    name in ``language``."""
    organizations = TYPES["organizations"]
    organization = (
        session.get(organizations.table, reference.organization_slug)
        if reference.organization_slug
        else None
    )
    listing = (
        session.get(REFERENCES.table, reference.listed_on_slug)
        if reference.listed_on_slug
        else None
    )
    return Citation.model_validate(
        {
            **reference.model_dump(),
            "url": api_path(REFERENCES.name, reference.slug),
            "organization": (
                linked_record(organizations, organization, language) if organization else None
            ),
            "listed_on": linked_record(REFERENCES, listing) if listing else None,
        }
    )


def _codes(session: Session, record_type: RecordType, slug: str) -> list[Code]:
    statement = (
        select(models.ClinicalCode)
        .where(getattr(models.ClinicalCode, slug_column(record_type)) == slug)
        .order_by(col(models.ClinicalCode.system), col(models.ClinicalCode.code))
    )
    return [Code.model_validate(row) for row in session.exec(statement)]


def _cited_by(session: Session, slug: str, language: Language) -> list[CitingRecord]:
    statement = (
        select(models.RecordReference.record_type, models.RecordReference.record_slug)
        .where(models.RecordReference.reference_slug == slug)
        .order_by(col(models.RecordReference.record_type), col(models.RecordReference.record_slug))
    )
    cited_by = []
    for type_name, citing_slug in session.exec(statement):
        citing = session.get(TYPES[type_name].table, citing_slug)
        if citing is not None:
            brief = linked_record(TYPES[type_name], citing, language)
            cited_by.append(CitingRecord(type=type_name, **brief.model_dump()))
    return cited_by


def _fields(record_type: RecordType, row: Any, language: Language) -> dict[str, Any]:
    """A row's columns, plus what every public model derives: ``url``, ``weeks``, and the
    ``name`` and ``summary`` of a type that calls them otherwise; in ``language``."""
    data: dict[str, Any] = row.model_dump(exclude={"translations"})
    data["url"] = api_path(record_type.name, row.slug)
    if "week_start" in data:
        data["weeks"] = {"start": data["week_start"], "end": data["week_end"]}
    data["name"] = getattr(row, record_type.title_column)
    data["summary"] = getattr(row, record_type.summary_column)
    return in_language(data, row, language)


def list_records(
    session: Session,
    record_type: RecordType,
    *,
    where: Sequence[ColumnElement[bool]] = (),
    limit: int,
    offset: int,
    language: Language = Language.en,
) -> Page[Any]:
    """One page of ``record_type``'s records in ``language``, by name in that language."""
    table: Any = record_type.table
    total = session.exec(select(func.count()).select_from(table).where(*where)).one()
    statement = (
        select(table)
        .where(*where)
        .order_by(title_order(record_type, language), table.slug)
        .limit(limit)
        .offset(offset)
    )
    rows = list(session.exec(statement))
    cited = (
        _reference_rows(session, record_type.name, [row.slug for row in rows])
        if record_type.cites
        else {}
    )
    items = []
    for row in rows:
        data = _fields(record_type, row, language)
        if record_type.cites:
            data["references"] = [
                linked_record(REFERENCES, reference) for reference in cited.get(row.slug, [])
            ]
        items.append(record_type.summary.model_validate(data))
    return record_type.page(items=items, total=total, limit=limit, offset=offset)


def get_record(
    session: Session, record_type: RecordType, slug: str, language: Language = Language.en
) -> Any:
    """The record in full, as the type's detail model, in ``language`` (linked records too),
    or None when there is none."""
    row = session.get(record_type.table, slug)
    if row is None:
        return None
    data = _fields(record_type, row, language)
    for link in record_type.links:
        data[link.field] = _owned(session, record_type, link, row, language)
    for owner, link in incoming(record_type.name):
        data[link.reverse] = _owners(session, owner, link, slug, language)
    if record_type.cites:
        references = _reference_rows(session, record_type.name, [slug]).get(slug, [])
        data["references"] = [citation(session, ref, language) for ref in references]
    if record_type.has_codes:
        data["codes"] = _codes(session, record_type, slug)
    if record_type.is_citation:
        data["cited_by"] = _cited_by(session, slug, language)
    return record_type.detail.model_validate(data)


def expanded(
    session: Session,
    record_type: RecordType,
    record: Any,
    fields: Sequence[str],
    language: Language = Language.en,
) -> dict[str, Any]:
    """``record`` (the type's detail) as JSON, with the linked records in ``fields`` in full,
    each as its own detail in ``language``: one level, their own links staying summaries."""
    data: dict[str, Any] = record.model_dump(mode="json")
    targets = expandable(record_type)
    for field in fields:
        target = targets[field]
        linked = data[field]
        if isinstance(linked, list):
            data[field] = [_in_full(session, target, item, language) for item in linked]
        elif linked is not None:
            data[field] = _in_full(session, target, linked, language)
    return data


def _in_full(
    session: Session, record_type: RecordType, brief: dict[str, Any], language: Language
) -> Any:
    """The linked record as its own detail, keeping every field of its summary (a reference
    in full names its title and citation otherwise than its summary does)."""
    found = get_record(session, record_type, brief["slug"], language)
    return {**brief, **found.model_dump(mode="json")} if found is not None else brief


class RecordMemo:
    """Records in full, each read once per dataset version and then kept: a built dataset
    never changes, so a record's detail is a constant of its version (the owner drops the
    memo with the dataset). At most ``max_records`` are kept, the least recently used
    dropped first, for datasets far larger than the curated one; a slug that names no
    record is not kept, so made-up slugs cannot crowd out real ones."""

    def __init__(self, max_records: int = MAX_KEPT_RECORDS) -> None:
        self.max_records = max_records
        self._details: OrderedDict[tuple[str, str, str], Any] = OrderedDict()
        # Routes may read from worker threads.
        self._lock = threading.Lock()

    def get(
        self,
        session: Session,
        record_type: RecordType,
        slug: str,
        language: Language = Language.en,
    ) -> Any:
        """The record in full in ``language``, as the type's detail model (shared: never
        change it), or None when there is none."""
        key = (record_type.name.value, slug, language.value)
        with self._lock:
            detail = self._details.get(key)
            if detail is not None:
                self._details.move_to_end(key)
                return detail
        detail = get_record(session, record_type, slug, language)
        if detail is not None:
            with self._lock:
                self._details[key] = detail
                while len(self._details) > self.max_records:
                    self._details.popitem(last=False)
        return detail
