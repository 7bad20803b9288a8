"""Building the database: migrate a temporary file, fill it, check it, rename it into place.

A failed build removes its temporary file and leaves the database at ``target`` untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlmodel import Session, SQLModel

from app import models
from app.codes import normalize_code
from app.loader import schemas
from app.loader.citation import format_citation
from app.loader.files import Dataset
from app.loader.migrate import upgrade_to_head
from app.loader.search_index import write_search
from app.loader.version import dataset_version


@dataclass(frozen=True)
class BuildResult:
    path: Path
    version: str
    record_count: int


def build_database(dataset: Dataset, target: Path) -> BuildResult:
    """Write ``dataset`` to a new SQLite file and atomically replace ``target`` with it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".building", dir=target.parent
    )
    os.close(fd)
    try:
        version = dataset_version(dataset)
        engine = create_engine(f"sqlite:///{temporary}")
        try:
            upgrade_to_head(engine)
            with Session(engine) as session:
                session.add_all(_rows(dataset))
                write_search(session.connection(), dataset)
                session.add(
                    models.DatasetMeta(
                        version=version,
                        built_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
                        record_count=dataset.count(),
                    )
                )
                session.commit()
            _verify(engine)
        finally:
            engine.dispose()
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
        _sync_directory(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return BuildResult(path=target, version=version, record_count=dataset.count())


def _verify(engine: Any) -> None:
    with engine.connect() as connection:
        broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if broken:
            raise RuntimeError(f"foreign key check failed: {broken[:5]}")
        status = connection.execute(text("PRAGMA integrity_check")).scalar_one()
        if status != "ok":
            raise RuntimeError(f"integrity check failed: {status}")


def _sync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _weeks(weeks: schemas.WeekRange) -> dict[str, Any]:
    return {"week_start": weeks.start, "week_end": weeks.end}


def _content(slug: str, record: schemas.Content) -> dict[str, Any]:
    return {
        "slug": slug,
        "name": record.name,
        "summary": record.summary,
        "details": record.details,
        "also_called": list(record.also_called),
        "last_reviewed": record.last_reviewed,
    }


def _dump(items: Any) -> list[dict[str, Any]]:
    return [item.model_dump(mode="json") for item in items]


def _records(dataset: Dataset, folder: str) -> Iterator[tuple[str, Any]]:
    """The records of one folder; each is an instance of that folder's schema."""
    yield from dataset.records[folder].items()


def _rows(dataset: Dataset) -> Iterator[SQLModel]:
    organizations: dict[str, Any] = dataset.records["organizations"]
    for slug, org in _records(dataset, "organizations"):
        yield models.Organization(
            slug=slug,
            name=org.name,
            summary=org.summary,
            details=org.details,
            also_called=list(org.also_called),
            kind=org.kind.value,
            country=org.country,
            website=org.website,
            phone=org.phone,
            text_line=org.text_line,
            hours=org.hours,
            languages=list(org.languages),
            services=list(org.services),
            verified_on=org.verified_on,
            last_reviewed=org.last_reviewed,
        )
    for slug, ref in _records(dataset, "references"):
        publisher = organizations.get(ref.organization) if ref.organization else None
        yield models.Reference(
            slug=slug,
            title=ref.title,
            authors=list(ref.authors),
            publisher=ref.publisher,
            journal=ref.journal,
            year=ref.year,
            month=ref.month,
            volume=ref.volume,
            issue=ref.issue,
            pages=ref.pages,
            doi=ref.doi,
            pmid=ref.pmid,
            source_url=ref.url,
            kind=ref.kind.value,
            category=ref.category.value if ref.category else None,
            organization_slug=ref.organization,
            note=ref.note,
            citation=format_citation(ref, publisher.name if publisher else None),
            last_reviewed=ref.last_reviewed,
        )
    for slug, condition in _records(dataset, "conditions"):
        yield models.Condition(
            **_content(slug, condition),
            **_weeks(condition.weeks),
            definitions=_dump(condition.definitions),
            how_common=_dump(condition.how_common),
        )
        yield from _codes(condition.codes, condition_slug=slug)
    for slug, cause in _records(dataset, "causes"):
        yield models.Cause(
            **_content(slug, cause),
            **_weeks(cause.weeks),
            category=cause.category.value,
            trimesters=[trimester.value for trimester in cause.trimesters],
            evidence=cause.evidence.value,
            modifiable=cause.modifiable.value,
            what_can_change=cause.what_can_change,
            how_common=_dump(cause.how_common),
            prevention_tips=list(cause.prevention_tips),
        )
        yield from _codes(cause.codes, cause_slug=slug)
    for slug, symptom in _records(dataset, "symptoms"):
        yield models.Symptom(
            **_content(slug, symptom),
            urgency=symptom.urgency.value,
            when_to_seek_care=symptom.when_to_seek_care,
            often_normal=symptom.often_normal,
        )
    for slug, test in _records(dataset, "diagnostic-tests"):
        yield models.DiagnosticTest(
            **_content(slug, test),
            measures=test.measures,
            shows=test.shows,
            used_when=test.used_when,
        )
    for slug, treatment in _records(dataset, "treatments"):
        yield models.Treatment(
            **_content(slug, treatment),
            kind=treatment.kind.value,
            what_to_expect=treatment.what_to_expect,
            risks=treatment.risks,
            guideline_differences=_dump(treatment.guideline_differences),
        )
    yield from _links(dataset)


def _codes(codes: list[schemas.ClinicalCode], **owner: Any) -> Iterator[SQLModel]:
    for code in codes:
        yield models.ClinicalCode(
            system=code.system.value,
            code=code.code,
            normalized=normalize_code(code.code),
            display=code.display,
            **owner,
        )


def _links(dataset: Dataset) -> Iterator[SQLModel]:
    for slug, condition in _records(dataset, "conditions"):
        for other in condition.symptoms:
            yield models.ConditionSymptom(condition_slug=slug, symptom_slug=other)
        for other in condition.diagnostic_tests:
            yield models.ConditionDiagnosticTest(condition_slug=slug, diagnostic_test_slug=other)
        for other in condition.treatments:
            yield models.ConditionTreatment(condition_slug=slug, treatment_slug=other)
        for other in condition.organizations:
            yield models.ConditionOrganization(condition_slug=slug, organization_slug=other)
    for slug, cause in _records(dataset, "causes"):
        for other in cause.conditions:
            yield models.CauseCondition(cause_slug=slug, condition_slug=other)
        for other in cause.treatments:
            yield models.CauseTreatment(cause_slug=slug, treatment_slug=other)
        for other in cause.diagnostic_tests:
            yield models.CauseDiagnosticTest(cause_slug=slug, diagnostic_test_slug=other)
        for other in cause.organizations:
            yield models.CauseOrganization(cause_slug=slug, organization_slug=other)
    for folder in dataset.records:
        if folder == "references":
            continue
        for slug, record in _records(dataset, folder):
            for position, reference in enumerate(record.references):
                yield models.RecordReference(
                    record_type=folder,
                    record_slug=slug,
                    reference_slug=reference,
                    position=position,
                )
