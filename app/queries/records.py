"""Listing and fetching records of every type, with their links, citations and codes.

Each record type is described once by a ``RecordType``: its table, its public models and the
links to read. The list and detail functions below serve every type from those descriptions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy import ColumnElement, func
from sqlmodel import Session, SQLModel, col, select

from app import models
from app.models.code import Code
from app.models.common import LinkedRecord, Page
from app.models.reference import Citation, CitingRecord, ReferenceSummary

API_PREFIX = "/v1"

SummaryT = TypeVar("SummaryT", bound=BaseModel)
DetailT = TypeVar("DetailT", bound=BaseModel)


def record_url(type_name: str, slug: str) -> str:
    return f"{API_PREFIX}/{type_name}/{slug}"


@dataclass(frozen=True)
class Link:
    """A link table read from one side: rows where ``own`` equals the slug give ``other``."""

    table: type[SQLModel]
    own: str
    other: str
    target: str  # type name of the linked records


@dataclass(frozen=True)
class RecordType(Generic[SummaryT, DetailT]):
    """What the query layer needs to know to list and fetch one type of record."""

    name: str  # URL segment and ``data/`` folder: "causes", "diagnostic-tests"
    table: type[SQLModel]
    summary: type[SummaryT]
    detail: type[DetailT]
    page: type[Page[SummaryT]]
    links: dict[str, Link] = field(default_factory=dict)
    has_codes: bool = False
    cites: bool = True
    extra: Callable[[Session, Any], dict[str, Any]] | None = None
    order_by: str = "name"


def _linked(session: Session, link: Link, slug: str) -> list[LinkedRecord]:
    target = TYPES[link.target]
    link_other = getattr(link.table, link.other)
    statement = (
        select(target.table)
        .join(link.table, link_other == target.table.slug)  # type: ignore[attr-defined]
        .where(getattr(link.table, link.own) == slug)
        .order_by(getattr(target.table, target.order_by))
    )
    return [linked_record(target.name, row) for row in session.exec(statement)]


def linked_record(type_name: str, row: Any) -> LinkedRecord:
    if type_name == "references":
        return ReferenceSummary(
            slug=row.slug, name=row.title, summary=row.citation, url=record_url(type_name, row.slug)
        )
    return LinkedRecord(
        slug=row.slug, name=row.name, summary=row.summary, url=record_url(type_name, row.slug)
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


def citation(session: Session, reference: models.Reference) -> Citation:
    organization = (
        session.get(models.Organization, reference.organization_slug)
        if reference.organization_slug
        else None
    )
    return Citation.model_validate(
        {
            **reference.model_dump(),
            "url": record_url("references", reference.slug),
            "organization": linked_record("organizations", organization) if organization else None,
        }
    )


def _codes(session: Session, type_name: str, slug: str) -> list[Code]:
    owner = (
        models.ClinicalCode.condition_slug
        if type_name == "conditions"
        else models.ClinicalCode.cause_slug
    )
    statement = (
        select(models.ClinicalCode)
        .where(owner == slug)
        .order_by(col(models.ClinicalCode.system), col(models.ClinicalCode.code))
    )
    return [Code.model_validate(row) for row in session.exec(statement)]


def _fields(type_name: str, row: Any) -> dict[str, Any]:
    """A row's columns, plus what every public model derives: ``url`` and ``weeks``."""
    data: dict[str, Any] = row.model_dump()
    data["url"] = record_url(type_name, row.slug)
    if "week_start" in data:
        data["weeks"] = {"start": data["week_start"], "end": data["week_end"]}
    if type_name == "references":
        data["name"] = row.title
        data["summary"] = row.citation
    return data


def list_records(
    session: Session,
    record_type: RecordType[SummaryT, DetailT],
    *,
    where: Sequence[ColumnElement[bool]] = (),
    limit: int,
    offset: int,
) -> Page[SummaryT]:
    table: Any = record_type.table
    total = session.exec(select(func.count()).select_from(table).where(*where)).one()
    statement = (
        select(table)
        .where(*where)
        .order_by(getattr(table, record_type.order_by), table.slug)
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
        data = _fields(record_type.name, row)
        if record_type.cites:
            data["references"] = [
                linked_record("references", reference) for reference in cited.get(row.slug, [])
            ]
        items.append(record_type.summary.model_validate(data))
    return record_type.page(items=items, total=total, limit=limit, offset=offset)


def get_record(
    session: Session, record_type: RecordType[SummaryT, DetailT], slug: str
) -> DetailT | None:
    row = session.get(record_type.table, slug)
    if row is None:
        return None
    data = _fields(record_type.name, row)
    for name, link in record_type.links.items():
        data[name] = _linked(session, link, slug)
    if record_type.cites:
        references = _reference_rows(session, record_type.name, [slug]).get(slug, [])
        data["references"] = [citation(session, reference) for reference in references]
    if record_type.has_codes:
        data["codes"] = _codes(session, record_type.name, slug)
    if record_type.extra is not None:
        data.update(record_type.extra(session, row))
    return record_type.detail.model_validate(data)


def _organization_extra(session: Session, row: models.Organization) -> dict[str, Any]:
    statement = (
        select(models.Reference)
        .where(models.Reference.organization_slug == row.slug)
        .order_by(col(models.Reference.title))
    )
    return {"publications": [linked_record("references", ref) for ref in session.exec(statement)]}


def _reference_extra(session: Session, row: models.Reference) -> dict[str, Any]:
    statement = (
        select(models.RecordReference.record_type, models.RecordReference.record_slug)
        .where(models.RecordReference.reference_slug == row.slug)
        .order_by(col(models.RecordReference.record_type), col(models.RecordReference.record_slug))
    )
    cited_by = []
    for type_name, slug in session.exec(statement):
        citing = session.get(TYPES[type_name].table, slug)
        if citing is not None:
            cited_by.append(
                CitingRecord(type=type_name, **linked_record(type_name, citing).model_dump())
            )
    organization = citation(session, row).organization
    return {"cited_by": cited_by, "organization": organization}


def _links(**links: tuple[type[SQLModel], str, str, str]) -> dict[str, Link]:
    return {name: Link(*spec) for name, spec in links.items()}


TYPES: dict[str, RecordType[Any, Any]] = {
    record_type.name: record_type
    for record_type in (
        RecordType(
            name="conditions",
            table=models.Condition,
            summary=models.condition.ConditionSummary,
            detail=models.condition.ConditionDetail,
            page=models.condition.ConditionPage,
            has_codes=True,
            links=_links(
                causes=(models.CauseCondition, "condition_slug", "cause_slug", "causes"),
                symptoms=(models.ConditionSymptom, "condition_slug", "symptom_slug", "symptoms"),
                diagnostic_tests=(
                    models.ConditionDiagnosticTest,
                    "condition_slug",
                    "diagnostic_test_slug",
                    "diagnostic-tests",
                ),
                treatments=(
                    models.ConditionTreatment,
                    "condition_slug",
                    "treatment_slug",
                    "treatments",
                ),
                organizations=(
                    models.ConditionOrganization,
                    "condition_slug",
                    "organization_slug",
                    "organizations",
                ),
            ),
        ),
        RecordType(
            name="causes",
            table=models.Cause,
            summary=models.cause.CauseSummary,
            detail=models.cause.CauseDetail,
            page=models.cause.CausePage,
            has_codes=True,
            links=_links(
                conditions=(models.CauseCondition, "cause_slug", "condition_slug", "conditions"),
                treatments=(models.CauseTreatment, "cause_slug", "treatment_slug", "treatments"),
                diagnostic_tests=(
                    models.CauseDiagnosticTest,
                    "cause_slug",
                    "diagnostic_test_slug",
                    "diagnostic-tests",
                ),
                organizations=(
                    models.CauseOrganization,
                    "cause_slug",
                    "organization_slug",
                    "organizations",
                ),
            ),
        ),
        RecordType(
            name="symptoms",
            table=models.Symptom,
            summary=models.symptom.SymptomSummary,
            detail=models.symptom.SymptomDetail,
            page=models.symptom.SymptomPage,
            links=_links(
                conditions=(models.ConditionSymptom, "symptom_slug", "condition_slug", "conditions")
            ),
        ),
        RecordType(
            name="diagnostic-tests",
            table=models.DiagnosticTest,
            summary=models.diagnostic_test.DiagnosticTestSummary,
            detail=models.diagnostic_test.DiagnosticTestDetail,
            page=models.diagnostic_test.DiagnosticTestPage,
            links=_links(
                conditions=(
                    models.ConditionDiagnosticTest,
                    "diagnostic_test_slug",
                    "condition_slug",
                    "conditions",
                ),
                causes=(models.CauseDiagnosticTest, "diagnostic_test_slug", "cause_slug", "causes"),
            ),
        ),
        RecordType(
            name="treatments",
            table=models.Treatment,
            summary=models.treatment.TreatmentSummary,
            detail=models.treatment.TreatmentDetail,
            page=models.treatment.TreatmentPage,
            links=_links(
                conditions=(
                    models.ConditionTreatment,
                    "treatment_slug",
                    "condition_slug",
                    "conditions",
                ),
                causes=(models.CauseTreatment, "treatment_slug", "cause_slug", "causes"),
            ),
        ),
        RecordType(
            name="organizations",
            table=models.Organization,
            summary=models.organization.OrganizationSummary,
            detail=models.organization.OrganizationDetail,
            page=models.organization.OrganizationPage,
            links=_links(
                conditions=(
                    models.ConditionOrganization,
                    "organization_slug",
                    "condition_slug",
                    "conditions",
                ),
                causes=(models.CauseOrganization, "organization_slug", "cause_slug", "causes"),
            ),
            extra=_organization_extra,
        ),
        RecordType(
            name="references",
            table=models.Reference,
            summary=models.reference.ReferenceListItem,
            detail=models.reference.ReferenceDetail,
            page=models.reference.ReferencePage,
            cites=False,
            extra=_reference_extra,
            order_by="title",
        ),
    )
}
"""Every record type, by its URL name."""
