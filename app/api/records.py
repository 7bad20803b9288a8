"""The routers of the seven record types, each built from its registry entry: a list
(``GET /v1/<type>``, filtered and paged) and a detail (``GET /v1/<type>/{slug}``, JSON or
schema.org JSON-LD)."""

# Not `from __future__ import annotations`: FastAPI reads each route's parameters from
# annotations that name this factory's own locals (the type's query model and slug).

from typing import Annotated, Any, cast

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import Field, create_model

from app.api.common import LIST_RESPONSES, ListQuery, paging_links
from app.api.errors import problem_responses
from app.db import DatabaseDep, SessionDep
from app.negotiation import JSONLD, prefers_jsonld
from app.problem_details import ProblemError
from app.queries.filters import filter_conditions
from app.queries.records import list_records
from app.record_type import Filter, RecordType
from app.vocabulary import SLUG_MAX_LENGTH, SLUG_PATTERN
from app.web.jsonld import public_base_url, web_page

# JSON-LD is said in words, not as a second media type of the 200: typed clients would
# otherwise see the record as a union with an untyped object.
DETAIL_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The record, as `application/json`. A client that sends "
        "`Accept: application/ld+json` gets the same record as schema.org JSON-LD instead "
        "(`application/ld+json`, a `MedicalWebPage` about it), for search engines and "
        "linked-data tools; typed clients use the JSON described here.",
    },
    **problem_responses(404, 422, 503),
}


def _parameter(filter_: Filter) -> tuple[Any, Any]:
    """A filter as a field of the list's query model: optional, documented, constrained."""
    constraints: dict[str, Any] = {
        name: value
        for name, value in (
            ("ge", filter_.ge),
            ("le", filter_.le),
            ("pattern", filter_.pattern),
            ("examples", filter_.examples),
        )
        if value is not None
    }
    return (
        filter_.type | None,
        Field(default=None, description=filter_.description, **constraints),
    )


def query_model(record_type: RecordType) -> type[ListQuery]:
    """The list's query parameters: paging, then the type's filters in registry order."""
    fields: dict[str, Any] = {f.name: _parameter(f) for f in record_type.filters}
    return create_model(f"{record_type.table.__name__}Query", __base__=ListQuery, **fields)


def record_router(record_type: RecordType) -> APIRouter:
    """``GET /<type>`` and ``GET /<type>/{slug}`` for one record type."""
    type_name = record_type.name.value
    router = APIRouter(prefix=f"/{type_name}", tags=[type_name])
    query_type = query_model(record_type)
    slug_path = Path(
        description="The record's slug, its permanent id.",
        pattern=SLUG_PATTERN,
        max_length=SLUG_MAX_LENGTH,
        examples=[record_type.example_slug],
    )

    def list_route(
        request: Request,
        response: Response,
        session: SessionDep,
        query: Annotated[query_type, Query()],  # type: ignore[valid-type]
    ) -> Any:
        given = cast(ListQuery, query)
        where = filter_conditions(record_type, given.filters())
        page = list_records(
            session, record_type, where=where, limit=given.limit, offset=given.offset
        )
        paging_links(request, response, limit=given.limit, offset=given.offset, total=page.total)
        return page

    async def detail_route(
        slug: Annotated[str, slug_path],
        session: SessionDep,
        database: DatabaseDep,
        request: Request,
    ) -> Any:
        record = database.records.get(session, record_type, slug)
        if record is None:
            raise ProblemError(404, f"No {type_name} record has the slug {slug!r}.")
        if prefers_jsonld(request.headers.get("accept", "")):
            return JSONResponse(
                web_page(record_type, record.model_dump(mode="json"), public_base_url(request)),
                media_type=JSONLD,
            )
        return record

    docs = record_type.docs
    for path, endpoint, name, summary, description, model, responses in (
        ("", list_route, "list", docs.list_summary, docs.list_description, record_type.page,
         LIST_RESPONSES),
        ("/{slug}", detail_route, "get", docs.get_summary, docs.get_description,
         record_type.detail, DETAIL_RESPONSES),
    ):  # fmt: skip
        router.add_api_route(
            path,
            endpoint,
            methods=["GET"],
            name=name,
            summary=summary,
            description=description,
            response_model=model,
            responses=responses,
        )
    return router
