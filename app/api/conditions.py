"""``/v1/conditions``: the types of pregnancy loss."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import Field

from app.api.common import (
    DETAIL_RESPONSES,
    LIST_RESPONSES,
    ListQuery,
    detail_or_404,
    list_page,
    slug_path,
)
from app.db import SessionDep
from app.models.condition import ConditionDetail, ConditionPage
from app.queries.filters import condition_filters

router = APIRouter(prefix="/conditions", tags=["conditions"])


class ConditionQuery(ListQuery):
    week: int | None = Field(
        default=None, ge=1, le=45, description="Only conditions that cover this gestational week."
    )


@router.get("", name="list", summary="List types of pregnancy loss", responses=LIST_RESPONSES)
async def list_conditions(
    request: Request,
    response: Response,
    session: SessionDep,
    query: Annotated[ConditionQuery, Query()],
) -> ConditionPage:
    """Types of pregnancy loss (miscarriage and its kinds, ectopic and molar pregnancy,
    stillbirth…), by name, each with the gestational weeks it covers and its references.

    Filter with `week` (1–45) for the conditions that cover a gestational week.
    """
    page: ConditionPage = list_page(
        request, response, session, "conditions", query, condition_filters(**query.filters())
    )
    return page


@router.get(
    "/{slug}", name="get", summary="Get a type of pregnancy loss", responses=DETAIL_RESPONSES
)
async def get_condition(
    slug: Annotated[str, slug_path("conditions")], session: SessionDep, request: Request
) -> ConditionDetail:
    """One type of pregnancy loss in full: definitions by jurisdiction (US, UK, WHO), how common
    it is, clinical codes, and its causes, symptoms, tests, treatments and support organizations
    as linked summaries, with its references as full citations."""
    condition: ConditionDetail = detail_or_404(session, "conditions", slug, request)
    return condition
