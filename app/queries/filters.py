"""Filters for list queries: plain keyword arguments in, SQL conditions out."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, literal_column, or_, select
from sqlmodel import col

from app import models


def _in_weeks(table: Any, week: int) -> ColumnElement[bool]:
    """The record's week range (start inclusive, end exclusive or open) contains ``week``."""
    return and_(
        col(table.week_start) <= week,
        or_(col(table.week_end).is_(None), col(table.week_end) > week),
    )


def condition_filters(*, week: int | None = None) -> list[ColumnElement[bool]]:
    return [_in_weeks(models.Condition, week)] if week is not None else []


def cause_filters(
    *, trimester: str | None = None, week: int | None = None, category: str | None = None
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if trimester is not None:
        trimesters = func.json_each(models.Cause.trimesters).table_valued("value")
        where.append(
            exists(
                select(literal_column("1"))
                .select_from(trimesters)
                .where(trimesters.c.value == trimester)
            )
        )
    if week is not None:
        where.append(_in_weeks(models.Cause, week))
    if category is not None:
        where.append(col(models.Cause.category) == category)
    return where


def symptom_filters(*, urgency: str | None = None) -> list[ColumnElement[bool]]:
    return [col(models.Symptom.urgency) == urgency] if urgency is not None else []


def treatment_filters(*, kind: str | None = None) -> list[ColumnElement[bool]]:
    return [col(models.Treatment.kind) == kind] if kind is not None else []


def organization_filters(
    *, kind: str | None = None, country: str | None = None
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if kind is not None:
        where.append(col(models.Organization.kind) == kind)
    if country is not None:
        where.append(col(models.Organization.country) == country)
    return where


def reference_filters(
    *, category: str | None = None, kind: str | None = None
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if category is not None:
        where.append(col(models.Reference.category) == category)
    if kind is not None:
        where.append(col(models.Reference.kind) == kind)
    return where
