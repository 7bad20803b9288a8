"""``/v1/diagnostic-tests``: tests that confirm a loss or look for its cause."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from app.api.common import (
    DETAIL_RESPONSES,
    LIST_RESPONSES,
    ListQuery,
    detail_or_404,
    list_page,
    slug_path,
)
from app.db import SessionDep
from app.models.diagnostic_test import DiagnosticTestDetail, DiagnosticTestPage

router = APIRouter(prefix="/diagnostic-tests", tags=["diagnostic-tests"])


@router.get("", name="list", summary="List diagnostic tests", responses=LIST_RESPONSES)
async def list_diagnostic_tests(
    request: Request,
    response: Response,
    session: SessionDep,
    query: Annotated[ListQuery, Query()],
) -> DiagnosticTestPage:
    """Tests used to confirm a pregnancy loss or look for its cause, by name, each with its
    references."""
    page: DiagnosticTestPage = list_page(request, response, session, "diagnostic-tests", query, [])
    return page


@router.get("/{slug}", name="get", summary="Get a diagnostic test", responses=DETAIL_RESPONSES)
async def get_diagnostic_test(
    slug: Annotated[str, slug_path("diagnostic-tests")], session: SessionDep, request: Request
) -> DiagnosticTestDetail:
    """One test in full: what it measures, what it can show, when it is used, the conditions and
    causes it is used for, and its references as full citations."""
    test: DiagnosticTestDetail = detail_or_404(session, "diagnostic-tests", slug, request)
    return test
