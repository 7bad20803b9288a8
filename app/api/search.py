"""``/v1/search`` and ``/v1/search/suggest``: one search over every record type."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from app.api.common import LIST_RESPONSES, ListQuery, paging_links
from app.db import DatabaseDep, SessionDep, raw_connection
from app.models.search import (
    QueryInterpretation,
    SearchFacets,
    SearchHit,
    SearchPage,
    Suggestion,
    SuggestionList,
)
from app.record_type import api_path
from app.search.engine import search as run_search
from app.search.engine import suggest as run_suggest
from app.search.engine import term_in_index
from app.search.query import MAX_QUERY_LENGTH, parse
from app.vocabulary import RecordTypeName, Trimester

router = APIRouter(prefix="/search", tags=["search"])

MAX_SUGGESTIONS = 10


class SearchQuery(ListQuery):
    q: str = Field(
        min_length=1,
        max_length=MAX_QUERY_LENGTH,
        description="What to look for, in plain words: `weak cervix`, `why did I miscarry at "
        "16 weeks`, `someone to talk to`.",
        examples=["weak cervix"],
    )
    type: RecordTypeName | None = Field(default=None, description="Only records of this type.")
    trimester: Trimester | None = Field(
        default=None, description="Only records that concern this trimester."
    )


class SuggestQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    q: str = Field(
        min_length=1, max_length=100, description="The start of a name.", examples=["cerv"]
    )
    limit: int = Field(
        default=MAX_SUGGESTIONS,
        ge=1,
        description=f"Most names to return; values above {MAX_SUGGESTIONS} are treated as "
        f"{MAX_SUGGESTIONS}, as lists treat a limit above theirs.",
    )


@router.get("", name="list", summary="Search every record", responses=LIST_RESPONSES)
def search(
    request: Request,
    response: Response,
    session: SessionDep,
    database: DatabaseDep,
    query: Annotated[SearchQuery, Query()],
) -> SearchPage:
    """Search conditions, causes, symptoms, tests, treatments, organizations and references at
    once, ranked by relevance (BM25, names above summaries above details).

    The query is understood the way people ask: lay words find clinical records (`weak cervix`
    finds cervical insufficiency), misspellings are corrected (`did_you_mean`), a week or
    trimester in the text (`at 16 weeks`) ranks records for that time higher, and question
    words are ignored. The best 300 matches are ranked; `total` and `facets` (matches per
    type and trimester) count those.
    """
    connection = raw_connection(session)
    parsed = parse(query.q, database.search_index, term_in_index(connection))
    result = run_search(
        connection,
        database.search_index,
        parsed,
        type_name=query.type.value if query.type else None,
        trimester=query.trimester.value if query.trimester else None,
        limit=query.limit,
        offset=query.offset,
    )
    paging_links(request, response, limit=query.limit, offset=query.offset, total=result.total)
    return SearchPage(
        items=[SearchHit(**asdict(hit), url=api_path(hit.type, hit.slug)) for hit in result.hits],
        total=result.total,
        limit=query.limit,
        offset=query.offset,
        facets=SearchFacets(**result.facets),
        did_you_mean=parsed.did_you_mean,
        interpretation=QueryInterpretation(
            terms=list(parsed.terms),
            phrases=list(parsed.phrases),
            week=parsed.week,
            trimester=parsed.trimester,
        ),
    )


@router.get("/suggest", name="suggest", summary="Complete a name", responses=LIST_RESPONSES)
async def suggest(database: DatabaseDep, query: Annotated[SuggestQuery, Query()]) -> SuggestionList:
    """Up to 10 names (or other names) that start with, or have a word starting with, `q`:
    for a search box that completes as people type. Outdated names that hurt ("habitual
    abortion") are never offered: typing one completes to the record's own name."""
    limit = min(query.limit, MAX_SUGGESTIONS)
    return SuggestionList(
        # A completion's other fields (how it is matched) stay inside the search engine.
        items=[
            Suggestion.model_validate({**asdict(found), "url": api_path(found.type, found.slug)})
            for found in run_suggest(database.search_index, query.q, limit=limit)
        ]
    )
