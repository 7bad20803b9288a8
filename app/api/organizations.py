"""``/v1/organizations``: support groups, helplines, professional bodies and agencies."""

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
from app.models.organization import OrganizationDetail, OrganizationPage
from app.queries.filters import organization_filters
from app.vocabulary import OrganizationKind

router = APIRouter(prefix="/organizations", tags=["organizations"])


class OrganizationQuery(ListQuery):
    kind: OrganizationKind | None = Field(
        default=None, description="Only organizations of this kind."
    )
    country: str | None = Field(
        default=None,
        pattern=r"^(?:[A-Z]{2}|international)$",
        description="ISO 3166 country code (`US`, `GB`) or `international`.",
        examples=["US"],
    )


@router.get("", name="list", summary="List organizations", responses=LIST_RESPONSES)
async def list_organizations(
    request: Request,
    response: Response,
    session: SessionDep,
    query: Annotated[OrganizationQuery, Query()],
) -> OrganizationPage:
    """Support groups, helplines, professional bodies, government agencies and publishers, by
    name, with their contact details.

    Filter with `kind` and `country`: `?kind=helpline&country=US` lists US helplines.
    """
    page: OrganizationPage = list_page(
        request, response, session, "organizations", query, organization_filters(**query.filters())
    )
    return page


@router.get("/{slug}", name="get", summary="Get an organization", responses=DETAIL_RESPONSES)
async def get_organization(
    slug: Annotated[str, slug_path("organizations")], session: SessionDep, request: Request
) -> OrganizationDetail:
    """One organization in full: contact details, hours, languages, services, the conditions and
    causes it helps with, what it publishes, and the references for its details."""
    organization: OrganizationDetail = detail_or_404(session, "organizations", slug, request)
    return organization
