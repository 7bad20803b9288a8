"""Filters for list queries: the values given for a type's filters in, SQL conditions out.

Which filters a type has, and how each matches, is the registry's (``app.registry.Filter``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, literal_column, or_, select
from sqlmodel import col

from app.queries.language import stored_or_column
from app.record_type import Filter, RecordType
from app.vocabulary import Language


def _in_weeks(table: Any, week: int) -> ColumnElement[bool]:
    """The record's week range (start inclusive, end exclusive or open) contains ``week``."""
    return and_(
        col(table.week_start) <= week,
        or_(col(table.week_end).is_(None), col(table.week_end) > week),
    )


def _includes(column: Any, value: Any) -> ColumnElement[bool]:
    """The JSON list in ``column`` has ``value`` among its items."""
    items = func.json_each(column).table_valued("value")
    return exists(select(literal_column("1")).select_from(items).where(items.c.value == value))


def _condition(table: Any, filter_: Filter, value: Any, language: Language) -> ColumnElement[bool]:
    value = filter_.canonical(value)
    if filter_.match == "weeks":
        return _in_weeks(table, value)
    name = filter_.column or filter_.name
    column = getattr(table, name)
    if filter_.match == "includes":
        return _includes(column, value)
    served = stored_or_column(table, name, language) if filter_.per_language else col(column)
    equals: ColumnElement[bool] = served == value
    return equals


def filter_conditions(
    record_type: RecordType, given: Mapping[str, Any], language: Language = Language.en
) -> list[ColumnElement[bool]]:
    """The conditions for the filters of ``record_type`` given a value (None: not given), for
    a list in ``language``."""
    return [
        _condition(record_type.table, filter_, given[filter_.name], language)
        for filter_ in record_type.filters
        if given.get(filter_.name) is not None
    ]
