"""What list routes share: the paging parameters, capped once, and the ``Link`` headers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Request, Response
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from app.api.errors import problem_responses
from app.api.language import without_lang

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 100_000

LIST_RESPONSES = problem_responses(422, 503)


def _capped(limit: int) -> int:
    return min(limit, MAX_LIMIT)


class QueryModel(BaseModel):
    """A route's query parameters. Unknown parameters are rejected (422)."""

    model_config = ConfigDict(extra="forbid")


class Localized(BaseModel):
    """The query parameters of a route that answers in a language: ``lang`` is the language
    dependency's (``app.api.language``), not the model's, so the model leaves it alone. A
    route that answers in no language refuses ``lang`` as any unknown parameter."""

    @model_validator(mode="before")
    @classmethod
    def _lang_is_the_dependencys(cls, data: Any) -> Any:
        return without_lang(data)


class ListQuery(QueryModel):
    """Paging parameters every list accepts, ``limit`` capped at ``MAX_LIMIT`` here and only
    here."""

    limit: Annotated[int, AfterValidator(_capped)] = Field(
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
