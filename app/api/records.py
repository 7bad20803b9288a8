"""The routers of the seven record types, each built from its registry entry: a list
(``GET /v1/<type>``, filtered and paged) and a detail (``GET /v1/<type>/{slug}``, JSON or
schema.org JSON-LD)."""

# Not `from __future__ import annotations`: FastAPI reads each route's parameters from
# annotations that name this factory's own locals (the type's query model and slug).

from typing import Annotated, Any, cast

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import Field, create_model

from app.api.common import LIST_RESPONSES, ListQuery, Localized, paging_links
from app.api.errors import invalid_input, problem_responses
from app.api.language import LanguageDep
from app.db import DatabaseDep, SessionDep
from app.negotiation import JSONLD, prefers_jsonld
from app.problem_details import ProblemError, problem_document
from app.queries.filters import filter_conditions
from app.queries.history import Withdrawal, withdrawal
from app.queries.records import expanded, list_records
from app.record_type import Filter, RecordType, api_path
from app.registry import expandable
from app.vocabulary import SLUG_MAX_LENGTH, SLUG_PATTERN
from app.web.jsonld import public_base_url, web_page

# A slug is lower case; one given in another case is redirected to it, not refused.
ANY_CASE_SLUG = SLUG_PATTERN.replace("a-z", "A-Za-z")

EXPAND = (
    "\n\nWith `expand`, the linked records of the fields named come in full, as their own "
    "details, so that one call gives a condition with its symptoms, treatments and "
    "organizations (`?expand=symptoms,treatments,organizations`). A slug in another case "
    "(`Stillbirth`) is redirected (301) to the record's own."
)

WITHDRAWN = (
    "The {type} record {slug!r} was withdrawn in dataset version {at.version} ({at.at}): "
    "delete any copy of it."
)


def detail_responses(type_name: str) -> dict[int | str, dict[str, Any]]:
    """A detail route's answers, each problem with an example of this type's own."""
    missing, gone = (api_path(type_name, slug) for slug in ("no-such-record", "withdrawn-record"))
    return {
        # JSON-LD is said in words, not as a second media type of the 200: typed clients
        # would otherwise see the record as a union with an untyped object.
        301: {
            "description": "Moved Permanently: the slug was given in another case than its "
            "own (`Stillbirth`); `Location` is the record's address.",
            "headers": {"Location": {"schema": {"type": "string"}}},
        },
        200: {
            "description": "The record, as `application/json`. A client that sends "
            "`Accept: application/ld+json` gets the same record as schema.org JSON-LD instead "
            "(`application/ld+json`, a `MedicalWebPage` about it, with `inLanguage`), for search "
            "engines and linked-data tools; typed clients use the JSON described here.",
        },
        **problem_responses(
            503,
            examples={
                404: problem_document(
                    404, f"No {type_name} record has the slug 'no-such-record'.", missing
                ),
                410: problem_document(
                    410,
                    WITHDRAWN.format(
                        type=type_name,
                        slug="withdrawn-record",
                        at=Withdrawal(version="3f9a1c2b7d4e5f60", at="2026-11-29"),
                    ),
                    gone,
                ),
                422: invalid_input(
                    "path.slug",
                    f"String should match pattern '{ANY_CASE_SLUG}'",
                    api_path(type_name, "no_such_record"),
                ),
            },
        ),
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


class RecordListQuery(Localized, ListQuery):
    """A record list's paging, in the language of the answer."""


def query_model(record_type: RecordType) -> type[ListQuery]:
    """The list's query parameters: paging, then the type's filters in registry order."""
    fields: dict[str, Any] = {f.name: _parameter(f) for f in record_type.filters}
    return create_model(f"{record_type.table.__name__}Query", __base__=RecordListQuery, **fields)


def _expand_parameter(record_type: RecordType) -> Any:
    """``expand``: the fields of linked records to embed in full, comma-separated."""
    fields = list(expandable(record_type))
    one_field = f"(?:{'|'.join(fields)})"
    return Query(
        description="Linked records to embed in full instead of in brief, comma-separated: "
        f"{', '.join(f'`{field}`' for field in fields)}. Each becomes its own detail (with "
        "every field of its summary, so typed clients still read it); one level only: their "
        "own links stay summaries.",
        pattern=f"^{one_field}(?:,{one_field})*$",
        examples=[",".join(fields[:3])],
    )


def record_router(record_type: RecordType) -> APIRouter:
    """``GET /<type>`` and ``GET /<type>/{slug}`` for one record type."""
    type_name = record_type.name.value
    router = APIRouter(prefix=f"/{type_name}", tags=[type_name])
    query_type = query_model(record_type)
    slug_path = Path(
        description="The record's slug, its permanent id, in lower case; another case is "
        "redirected (301) to it.",
        pattern=ANY_CASE_SLUG,
        max_length=SLUG_MAX_LENGTH,
        examples=[record_type.example_slug],
    )
    expand_query = _expand_parameter(record_type)

    def list_route(
        request: Request,
        response: Response,
        session: SessionDep,
        query: Annotated[query_type, Query()],  # type: ignore[valid-type]
        language: LanguageDep,
    ) -> Any:
        given = cast(ListQuery, query)
        where = filter_conditions(record_type, given.filters(), language)
        paging = {"limit": given.limit, "offset": given.offset}
        page = list_records(session, record_type, where=where, language=language, **paging)
        paging_links(request, response, total=page.total, **paging)
        return page

    async def detail_route(
        slug: Annotated[str, slug_path],
        session: SessionDep,
        database: DatabaseDep,
        request: Request,
        language: LanguageDep,
        expand: Annotated[str | None, expand_query] = None,
    ) -> Any:
        if slug != slug.lower():
            canonical = request.url.replace(path=api_path(type_name, slug.lower()))
            target = canonical.path + (f"?{canonical.query}" if canonical.query else "")
            return RedirectResponse(target, status_code=301)
        record = database.records.get(session, record_type, slug, language)
        if record is None:
            withdrawn = withdrawal(session, type_name, slug)
            if withdrawn is not None:
                raise ProblemError(410, WITHDRAWN.format(type=type_name, slug=slug, at=withdrawn))
            raise ProblemError(404, f"No {type_name} record has the slug {slug!r}.")
        if prefers_jsonld(request.headers.get("accept", "")):
            data = record.model_dump(mode="json")
            return JSONResponse(
                web_page(record_type, data, public_base_url(request), language),
                media_type=JSONLD,
                headers={"Content-Language": language.value},
            )
        if expand:
            fields = list(dict.fromkeys(expand.split(",")))
            return JSONResponse(
                expanded(session, record_type, record, fields, language),
                headers={"Content-Language": language.value},
            )
        return record

    docs = record_type.docs
    for path, endpoint, name, summary, description, model, responses in (
        ("", list_route, "list", docs.list_summary, docs.list_description, record_type.page,
         LIST_RESPONSES),
        ("/{slug}", detail_route, "get", docs.get_summary, docs.get_description + EXPAND,
         record_type.detail, detail_responses(type_name)),
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
