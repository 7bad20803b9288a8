"""``/v1/causes``: causes of and risk factors for pregnancy loss."""

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
from app.models.cause import CauseDetail, CausePage
from app.queries.filters import cause_filters
from app.vocabulary import CauseCategory, Trimester

router = APIRouter(prefix="/causes", tags=["causes"])


class CauseQuery(ListQuery):
    trimester: Trimester | None = Field(
        default=None, description="Only causes that matter in this trimester."
    )
    week: int | None = Field(
        default=None, ge=1, le=45, description="Only causes that matter at this gestational week."
    )
    category: CauseCategory | None = Field(default=None, description="Only causes of this kind.")


@router.get("", name="list", summary="List causes and risk factors", responses=LIST_RESPONSES)
async def list_causes(
    request: Request,
    response: Response,
    session: SessionDep,
    query: Annotated[CauseQuery, Query()],
) -> CausePage:
    """Causes of and risk factors for pregnancy loss, by name, each with the trimesters and
    gestational weeks in which it matters and the references that support it.

    Filter with `trimester` (`first`, `second`, `third`), `week` (1–45) or `category`.
    """
    page: CausePage = list_page(
        request, response, session, "causes", query, cause_filters(**query.filters())
    )
    return page


@router.get("/{slug}", name="get", summary="Get a cause or risk factor", responses=DETAIL_RESPONSES)
async def get_cause(
    slug: Annotated[str, slug_path("causes")], session: SessionDep, request: Request
) -> CauseDetail:
    """One cause or risk factor in full: what it is, when it matters, what can change, how
    common it is, prevention tips, the conditions it can lead to, the treatments and tests
    linked to it, and its references as full citations."""
    cause: CauseDetail = detail_or_404(session, "causes", slug, request)
    return cause
