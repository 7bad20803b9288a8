"""The query layer on the built database, without HTTP: lists, details, links read from both
sides, filters and code look-ups."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlmodel import Session

from app.db import Database
from app.loader.build import BuildResult
from app.queries.filters import filter_conditions
from app.queries.lookup import CodeIndex, lookup_codes
from app.queries.records import RecordMemo, get_record, list_records
from app.registry import TYPES, incoming
from app.vocabulary import trimesters_for_weeks


@pytest.fixture(scope="module")
def session(built: BuildResult) -> Iterator[Session]:
    database = Database(built.path)
    with Session(database.engine) as opened:
        yield opened
    database.close()


def every(session: Session, type_name: str, **given: Any) -> list[Any]:
    record_type = TYPES[type_name]
    where = filter_conditions(record_type, given)
    return list(list_records(session, record_type, where=where, limit=1000, offset=0).items)


@pytest.mark.parametrize("type_name", list(TYPES))
def test_a_list_is_in_name_order_and_pages_add_up(session: Session, type_name: str) -> None:
    record_type = TYPES[type_name]
    items = every(session, type_name)
    assert items
    keys = [(item.name, item.slug) for item in items]
    assert keys == sorted(keys)
    first = list_records(session, record_type, limit=3, offset=0)
    second = list_records(session, record_type, limit=3, offset=3)
    assert first.total == second.total == len(items)
    assert [item.slug for item in [*first.items, *second.items]] == [i.slug for i in items[:6]]


@pytest.mark.parametrize("type_name", list(TYPES))
def test_a_record_is_found_by_its_slug_and_only_by_it(session: Session, type_name: str) -> None:
    record_type = TYPES[type_name]
    item = every(session, type_name)[0]
    found = get_record(session, record_type, item.slug)
    assert type(found) is record_type.detail
    assert found.model_dump()["slug"] == item.slug
    assert found.model_dump()["url"] == f"/v1/{type_name}/{item.slug}"
    assert get_record(session, record_type, "no-such-record") is None


@pytest.mark.parametrize(
    ("owner", "field"),
    [(name, link.field) for name, record_type in TYPES.items() for link in record_type.links],
)
def test_every_link_is_read_from_both_sides(session: Session, owner: str, field: str) -> None:
    """What a record links to lists the record back, under the link's reverse field."""
    owner_type = TYPES[owner]
    (link,) = [link for link in owner_type.links if link.field == field]
    checked = 0
    for item in every(session, owner):
        record = get_record(session, owner_type, item.slug)
        linked = getattr(record, field)
        for target in linked if isinstance(linked, list) else [linked] if linked else []:
            other = get_record(session, TYPES[link.target], target.slug)
            assert item.slug in [back.slug for back in getattr(other, link.reverse)]
            checked += 1
    assert checked > 0


@pytest.mark.parametrize("type_name", list(TYPES))
def test_only_links_declared_in_the_registry_are_read(session: Session, type_name: str) -> None:
    record_type = TYPES[type_name]
    record = get_record(session, record_type, every(session, type_name)[0].slug)
    read = {link.field for link in record_type.links} | {
        link.reverse for _, link in incoming(type_name)
    }
    linked_fields = {
        name
        for name in type(record).model_fields
        if name
        in {t.field for t in TYPES.values()}
        | {"publications", "organization", "listed_on", "lists"}
        and name != "references"
    }
    assert linked_fields == read


def test_citations_keep_the_curated_order(session: Session) -> None:
    cause = get_record(session, TYPES["causes"], "cervical-insufficiency")
    assert len(cause.references) > 1
    listed = every(session, "causes")
    summary = next(item for item in listed if item.slug == "cervical-insufficiency")
    assert [r.slug for r in cause.references] == [r.slug for r in summary.references]
    for citation in cause.references:
        assert citation.url == f"/v1/references/{citation.slug}"


def test_week_filters_take_the_end_of_a_range_as_exclusive(session: Session) -> None:
    for week in (1, 12, 13, 20, 24, 28, 45):
        found = every(session, "conditions", week=week)
        for condition in found:
            assert condition.weeks.start <= week
            assert condition.weeks.end is None or week < condition.weeks.end
        missed = {c.slug for c in every(session, "conditions")} - {c.slug for c in found}
        for slug in missed:
            weeks = get_record(session, TYPES["conditions"], slug).weeks
            assert not (weeks.start <= week and (weeks.end is None or week < weeks.end))


def test_the_trimester_filter_reads_the_list_of_trimesters(session: Session) -> None:
    second = every(session, "causes", trimester="second")
    assert second
    assert all("second" in cause.trimesters for cause in second)
    assert len(second) < len(every(session, "causes"))
    assert trimesters_for_weeks(13, 28) == ("second",)


def test_filters_combine(session: Session) -> None:
    support = every(session, "organizations", kind="support")
    in_gb = every(session, "organizations", country="GB")
    both = every(session, "organizations", kind="support", country="GB")
    assert both
    assert {o.slug for o in both} == {o.slug for o in support} & {o.slug for o in in_gb}
    assert len(both) < min(len(support), len(in_gb))


def test_a_reference_knows_who_publishes_and_cites_it(session: Session) -> None:
    references = TYPES["references"]
    published = [
        record
        for item in every(session, "references")
        if (record := get_record(session, references, item.slug)).organization is not None
    ]
    assert published
    reference = published[0]
    organization = get_record(session, TYPES["organizations"], reference.organization.slug)
    assert reference.slug in [publication.slug for publication in organization.publications]
    for citing in reference.cited_by:
        record = get_record(session, TYPES[citing.type], citing.slug)
        assert reference.slug in [r.slug for r in record.references]


def test_a_code_finds_its_records_closest_first(session: Session) -> None:
    index = CodeIndex.load(session)
    found = lookup_codes(index, codes=[("icd10cm", "O03.4"), ("snomedct", "237364002")])
    assert (found[0].type, found[0].slug) == ("conditions", "incomplete-miscarriage")
    assert ("conditions", "stillbirth") in [(f.type, f.slug) for f in found]
    exact = [f for f in found if f.match.name == "exact"]
    assert exact == found[: len(exact)]
    assert lookup_codes(index, codes=[("icd10cm", "Z99.9")]) == []


def test_many_codes_find_each_record_once(session: Session) -> None:
    index = CodeIndex.load(session)
    codes = [("icd10cm", f"O0{category}.{n}") for category in range(4) for n in range(10)]
    found = lookup_codes(index, codes=codes)
    keys = [(f.type, f.slug) for f in found]
    assert len(keys) == len(set(keys)) > 5
    assert index.covers("icd10cm", "O03.99")
    assert not index.covers("icd10cm", "E11.9")  # diabetes: no record could match it
    assert not index.covers("snomedct", "44054006")


def test_a_record_is_read_once_and_kept(session: Session) -> None:
    memo = RecordMemo(max_records=2)
    causes = TYPES["causes"]
    first = memo.get(session, causes, "cervical-insufficiency")
    assert memo.get(session, causes, "cervical-insufficiency") is first
    assert first == get_record(session, causes, "cervical-insufficiency")
    assert memo.get(session, causes, "no-such-record") is None
    for item in every(session, "causes")[:3]:
        memo.get(session, causes, item.slug)
    assert len(memo._details) == 2
