"""``/v1/references``: citations and the outside resources the sources link to."""

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
from app.models.reference import ReferenceDetail, ReferencePage
from app.queries.filters import reference_filters
from app.vocabulary import ReferenceCategory, ReferenceKind

router = APIRouter(prefix="/references", tags=["references"])


class ReferenceQuery(ListQuery):
    category: ReferenceCategory | None = Field(
        default=None,
        description="Only resources listed under this MedlinePlus section (`start-here`, …).",
    )
    kind: ReferenceKind | None = Field(default=None, description="Only references of this kind.")


@router.get("", name="list", summary="List references", responses=LIST_RESPONSES)
async def list_references(
    request: Request,
    response: Response,
    session: SessionDep,
    query: Annotated[ReferenceQuery, Query()],
) -> ReferencePage:
    """References by title: guidelines, articles, patient resources, news and databases, each
    with its formatted citation.

    Filter with `category` (the MedlinePlus section a resource is listed under) or `kind`.
    """
    page: ReferencePage = list_page(
        request, response, session, "references", query, reference_filters(**query.filters())
    )
    return page


@router.get("/{slug}", name="get", summary="Get a reference", responses=DETAIL_RESPONSES)
async def get_reference(
    slug: Annotated[str, slug_path("references")], session: SessionDep, request: Request
) -> ReferenceDetail:
    """One reference in full: its bibliographic fields, formatted citation, publishing
    organization, and the records that cite it."""
    reference: ReferenceDetail = detail_or_404(session, "references", slug, request)
    return reference
