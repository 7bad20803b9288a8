"""``/v1/symptoms``: signs of pregnancy loss and how urgently to seek care."""

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
from app.models.symptom import SymptomDetail, SymptomPage
from app.queries.filters import symptom_filters
from app.vocabulary import Urgency

router = APIRouter(prefix="/symptoms", tags=["symptoms"])


class SymptomQuery(ListQuery):
    urgency: Urgency | None = Field(
        default=None,
        description="`emergency` (get help now), `urgent` (contact your care team today or sooner) or "
        "`routine` (mention it at your next visit).",
    )


@router.get("", name="list", summary="List symptoms", responses=LIST_RESPONSES)
async def list_symptoms(
    request: Request,
    response: Response,
    session: SessionDep,
    query: Annotated[SymptomQuery, Query()],
) -> SymptomPage:
    """Signs of pregnancy loss, by name, each with its urgency and when to seek care.

    Filter with `urgency`; `urgency=emergency` lists the signs that need help right away.
    """
    page: SymptomPage = list_page(
        request, response, session, "symptoms", query, symptom_filters(**query.filters())
    )
    return page


@router.get("/{slug}", name="get", summary="Get a symptom", responses=DETAIL_RESPONSES)
async def get_symptom(
    slug: Annotated[str, slug_path("symptoms")], session: SessionDep, request: Request
) -> SymptomDetail:
    """One symptom in full: urgency, when to seek care, what is often normal, the conditions it
    can be a sign of, and its references as full citations."""
    symptom: SymptomDetail = detail_or_404(session, "symptoms", slug, request)
    return symptom
