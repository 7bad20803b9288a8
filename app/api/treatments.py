"""``/v1/treatments``: treatments, care and support."""

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
from app.models.treatment import TreatmentDetail, TreatmentPage
from app.queries.filters import treatment_filters
from app.vocabulary import TreatmentKind

router = APIRouter(prefix="/treatments", tags=["treatments"])


class TreatmentQuery(ListQuery):
    kind: TreatmentKind | None = Field(default=None, description="Only treatments of this kind.")


@router.get("", name="list", summary="List treatments and care", responses=LIST_RESPONSES)
async def list_treatments(
    request: Request,
    response: Response,
    session: SessionDep,
    query: Annotated[TreatmentQuery, Query()],
) -> TreatmentPage:
    """Treatments, care and support after or to prevent a loss, by name, each with its kind and
    references.

    Filter with `kind`: `expectant`, `medication`, `procedure`, `preventive` or `supportive`.
    """
    page: TreatmentPage = list_page(
        request, response, session, "treatments", query, treatment_filters(**query.filters())
    )
    return page


@router.get("/{slug}", name="get", summary="Get a treatment", responses=DETAIL_RESPONSES)
async def get_treatment(
    slug: Annotated[str, slug_path("treatments")], session: SessionDep, request: Request
) -> TreatmentDetail:
    """One treatment in full: what to expect, risks, where guidelines differ, the conditions and
    causes it addresses, and its references as full citations."""
    treatment: TreatmentDetail = detail_or_404(session, "treatments", slug, request)
    return treatment
