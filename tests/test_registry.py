"""The registry of record types agrees with itself and with the models, the loader's file
schemas and the pages: every name an entry gives is a field, a column or a way of showing
that exists."""

from __future__ import annotations

import pytest

from app.loader.schemas import RECORD_SCHEMAS
from app.record_type import RecordType
from app.registry import TYPES, slug_column
from app.vocabulary import RecordTypeName
from app.web.facts import SHOWN_AS

ENTRIES = list(TYPES.values())
NAMES = [entry.name.value for entry in ENTRIES]


def test_every_type_has_one_entry_and_one_file_schema_in_the_same_order() -> None:
    assert [name.value for name in RecordTypeName] == NAMES
    assert list(RECORD_SCHEMAS) == NAMES
    assert len({entry.field for entry in ENTRIES}) == len(ENTRIES)


@pytest.mark.parametrize("entry", ENTRIES, ids=NAMES)
def test_links_name_fields_and_columns_that_exist(entry: RecordType) -> None:
    schema = RECORD_SCHEMAS[entry.name.value]
    for link in entry.links:
        target = TYPES[link.target]
        assert link.field in schema.model_fields
        assert link.reverse in target.detail.model_fields
        assert link.field in entry.detail.model_fields
        if link.table is None:
            assert f"{link.field}_slug" in entry.table.model_fields
        else:
            assert {slug_column(entry), slug_column(target)} <= set(link.table.model_fields)


@pytest.mark.parametrize("entry", ENTRIES, ids=NAMES)
def test_filters_facts_and_search_name_what_exists(entry: RecordType) -> None:
    schema = RECORD_SCHEMAS[entry.name.value]
    for filter_ in entry.filters:
        if filter_.match != "weeks":
            assert (filter_.column or filter_.name) in entry.table.model_fields
    for fact in entry.facts:
        assert fact.field in entry.detail.model_fields
        assert fact.shown_as in SHOWN_AS
    reads = entry.search
    for name in (reads.name, reads.summary, *reads.aliases, *reads.body):
        assert name in schema.model_fields, name
    for _, linked in entry.schema_org.links:
        assert TYPES[linked].field in entry.detail.model_fields
    for _, field in entry.schema_org.properties:
        assert field in entry.detail.model_fields
    for column, source in entry.columns_from.items():
        assert column in entry.table.model_fields
        assert source in schema.model_fields


def linked_item_type(entry: RecordType, field: str) -> object:
    """The model a detail field holds linked records as (one, or a list of them)."""
    annotation = entry.detail.model_fields[field].annotation
    args = [arg for arg in getattr(annotation, "__args__", ()) if arg is not type(None)]
    return args[0] if args else annotation


@pytest.mark.parametrize("entry", ENTRIES, ids=NAMES)
def test_linked_records_are_shown_as_their_type_shows_them(entry: RecordType) -> None:
    """Both sides of a link hold the other type's linked model, which carries columns the
    type's table has (a symptom's urgency), so that what a link shows is declared once."""
    for link in entry.links:
        target = TYPES[link.target]
        assert linked_item_type(entry, link.field) is target.linked_model, link.field
        assert linked_item_type(target, link.reverse) is entry.linked_model, link.reverse
    for column in entry.linked_columns:
        assert column in entry.table.model_fields
