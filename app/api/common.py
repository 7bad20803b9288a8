"""What every resource router shares: list parameters, paging headers and detail look-ups."""

from __future__ import annotations

from typing import Any

from fastapi import Path, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import ColumnElement
from sqlmodel import Session

from app.api.errors import ProblemError, problem_responses
from app.loader.schemas import SLUG_PATTERN
from app.negotiation import prefers_jsonld
from app.queries.records import TYPES, get_record, list_records
from app.web.jsonld import web_page

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 100_000

LIST_RESPONSES = problem_responses(422, 503)
JSONLD_MEDIA_TYPE = "application/ld+json"
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

# A slug of each type that the curated data has, so that "Try it out" finds a record.
EXAMPLE_SLUGS = {
    "conditions": "stillbirth",
    "causes": "cervical-insufficiency",
    "symptoms": "heavy-bleeding",
    "diagnostic-tests": "quantitative-hcg",
    "treatments": "cervical-cerclage",
    "organizations": "miscarriage-association",
    "references": "acog-pb-200-early-pregnancy-loss",
}


def slug_path(type_name: str) -> Any:
    """The ``slug`` path parameter of ``type_name`` records, with an example of that type."""
    return Path(
        description="The record's slug, its permanent id.",
        pattern=SLUG_PATTERN,
        max_length=80,
        examples=[EXAMPLE_SLUGS[type_name]],
    )


class ListQuery(BaseModel):
    """Paging parameters every list accepts. Unknown parameters are rejected (422)."""

    model_config = ConfigDict(extra="forbid")

    limit: int = Field(
        default=DEFAULT_LIMIT,
        ge=1,
        description=f"Items per page; values above {MAX_LIMIT} are treated as {MAX_LIMIT}.",
    )
    offset: int = Field(default=0, ge=0, le=MAX_OFFSET, description="Items to skip.")

    def filters(self) -> dict[str, Any]:
        """The filter parameters that were given, by name (paging excluded)."""
        return {
            name: getattr(value, "value", value)
            for name, value in self.model_dump(exclude={"limit", "offset"}).items()
            if value is not None
        }


def list_page(
    request: Request,
    response: Response,
    session: Session,
    type_name: str,
    query: ListQuery,
    where: list[ColumnElement[bool]],
) -> Any:
    """One page of ``type_name`` records, with RFC 8288 ``Link`` headers to its neighbours."""
    limit = min(query.limit, MAX_LIMIT)
    page = list_records(session, TYPES[type_name], where=where, limit=limit, offset=query.offset)
    paging_links(request, response, limit=limit, offset=query.offset, total=page.total)
    return page


def paging_links(
    request: Request, response: Response, *, limit: int, offset: int, total: int
) -> None:
    """Set an RFC 8288 ``Link`` header to the next and previous pages, where there are any."""
    links = []
    if offset + limit < total:
        links.append(_link(request, limit, offset + limit, "next"))
    if offset > 0:
        # Past the end, "prev" is the last page that has items, not another empty one.
        previous = min(offset - limit, total - limit)
        links.append(_link(request, limit, max(previous, 0), "prev"))
    if links:
        response.headers["Link"] = ", ".join(links)


def _link(request: Request, limit: int, offset: int, rel: str) -> str:
    url = request.url.include_query_params(limit=limit, offset=offset)
    target = url.path + (f"?{url.query}" if url.query else "")
    return f'<{target}>; rel="{rel}"'


def detail_or_404(session: Session, type_name: str, slug: str, request: Request) -> Any:
    """The record, or its schema.org JSON-LD when the client asks for it."""
    record = get_record(session, TYPES[type_name], slug)
    if record is None:
        raise ProblemError(404, f"No {type_name} record has the slug {slug!r}.")
    if prefers_jsonld(request.headers.get("accept", "")):
        return JSONResponse(
            web_page(type_name, record.model_dump(mode="json"), base_url=str(request.base_url)),
            media_type=JSONLD_MEDIA_TYPE,
        )
    return record


def parameters_never_null(spec: dict[str, Any]) -> dict[str, Any]:
    """Say each optional parameter as the type it has when given, not as nullable.

    A parameter is given or absent; HTTP has no null, and ``week=null`` is refused like any
    other non-number. Pydantic writes an optional field (``int | None``) as ``anyOf`` the type
    and ``null``, which client generators turn into ``number | null`` and ``…Type0`` names;
    the field stays ``None`` when absent, which is what its type says to the route.
    """
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                given = [s for s in schema.get("anyOf", []) if s.get("type") != "null"]
                if "anyOf" in schema and len(given) == 1:
                    del schema["anyOf"]
                    schema.update(given[0])
    return spec
