"""``/v1/search`` and ``/v1/search/suggest``: one search over every record type."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import Field
from pydantic_core import to_json

from app.api.common import LIST_RESPONSES, ListQuery, Localized, QueryModel, paging_links
from app.api.language import LanguageDep, answer_in
from app.db import DatabaseDep
from app.models.search import SearchPage, Suggestion, SuggestionList
from app.record_type import api_path
from app.search.engine import Hit, Result
from app.search.engine import search as run_search
from app.search.engine import suggest as run_suggest
from app.search.index import SearchIndex
from app.search.query import MAX_QUERY_LENGTH, ParsedQuery, parse
from app.vocabulary import RecordTypeName, Trimester

router = APIRouter(prefix="/search", tags=["search"])

MAX_SUGGESTIONS = 10


class SearchQuery(Localized, ListQuery):
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


class SuggestQuery(Localized, QueryModel):
    q: str = Field(
        min_length=1, max_length=100, description="The start of a name.", examples=["cerv"]
    )
    limit: int = Field(
        default=MAX_SUGGESTIONS,
        ge=1,
        description=f"Most names to return; values above {MAX_SUGGESTIONS} are treated as "
        f"{MAX_SUGGESTIONS}, as lists treat a limit above theirs.",
    )


# What a hit shows of its record beyond name and summary, by type (``SearchHit``); sent on
# every hit, null where its type has none, as every response field is.
HIT_FIELDS = ("urgency", "urgency_by_week", "weeks", "phone", "tel", "text_line", "sms")


@router.get(
    "",
    name="list",
    summary="Search every record",
    responses=LIST_RESPONSES,
    response_model=SearchPage,
)
def search(
    request: Request,
    database: DatabaseDep,
    query: Annotated[SearchQuery, Query()],
    language: LanguageDep,
) -> Response:
    """Search conditions, causes, symptoms, tests, treatments, organizations and references at
    once, ranked by relevance (BM25, names above summaries above details).

    The query is understood the way people ask: lay words and shorthand find clinical records
    (`weak cervix` finds cervical insufficiency, `mmc` missed miscarriage), misspellings are
    corrected (`did_you_mean`), a week or trimester in the text (`at 16 weeks`) ranks records
    for that time higher, question words are ignored, and a long question is reduced to its
    most telling words. Every word must match; when no record matches them all, the least
    telling word is dropped, then any word will do, records covering more words first
    (`interpretation.relaxed`). When nothing matches, `help` lists where to turn. Each hit
    carries what it needs to be shown: `urgency` on symptoms, `weeks` on conditions and
    causes, `phone` and `tel` on organizations. The best 300 matches are ranked; `total` and
    `facets` (matches per type and trimester) count those.

    `lang` (or `Accept-Language`) names the language to search and answer in. `es` searches
    the records' Spanish text with Spanish query understanding (Spanish stemming and accent
    folding, so `ectopico` finds *embarazo ectópico*; Spanish lay words, questions and times:
    `legrado`, `¿fue mi culpa?`, `a las 16 semanas`) and answers with their Spanish names,
    summaries, snippets and advice; citations, which are not translated, are searched with
    `lang=en` only. `Content-Language` says the language of the answer.
    """
    index = database.search_index_for(language)
    parsed = parse(query.q, index)
    limit = query.limit
    result = run_search(
        index,
        parsed,
        type_name=query.type.value if query.type else None,
        trimester=query.trimester.value if query.trimester else None,
        limit=limit,
        offset=query.offset,
    )
    response = Response(
        to_json(_page(index, parsed, result, limit=limit, offset=query.offset)),
        media_type="application/json",
    )
    answer_in(response, language)
    paging_links(request, response, limit=limit, offset=query.offset, total=result.total)
    return response


def _hit(index: SearchIndex, hit: Hit) -> dict[str, Any]:
    shown = index.documents[hit.position].display
    return {
        "slug": hit.slug,
        "name": hit.name,
        "summary": hit.summary,
        "url": api_path(hit.type, hit.slug),
        "type": hit.type,
        "snippet": hit.snippet,
        "score": hit.score,
        **{name: shown.get(name) for name in HIT_FIELDS},
    }


def _page(
    index: SearchIndex, parsed: ParsedQuery, result: Result, *, limit: int, offset: int
) -> dict[str, Any]:
    """The answer as ``SearchPage`` serializes it, built from plain values: the hot path skips
    model validation, and a test holds the two equal."""
    return {
        "items": [_hit(index, hit) for hit in result.hits],
        "total": result.total,
        "limit": limit,
        "offset": offset,
        "facets": result.facets,
        "did_you_mean": parsed.did_you_mean,
        "interpretation": {
            "terms": list(parsed.terms),
            "phrases": list(parsed.phrases),
            "week": parsed.week,
            "trimester": parsed.trimester,
            "relaxed": result.relaxed,
            "dropped": [*parsed.reduced, *result.dropped],
            "unknown": list(parsed.unknown),
        },
        "help": [_hit(index, hit) for hit in result.help],
    }


@router.get("/suggest", name="suggest", summary="Complete a name", responses=LIST_RESPONSES)
async def suggest(
    database: DatabaseDep,
    query: Annotated[SuggestQuery, Query()],
    language: LanguageDep,
) -> SuggestionList:
    """Up to 10 names (or other names) that start with, or have a word starting with, `q`:
    for a search box that completes as people type. Outdated names that hurt ("habitual
    abortion") are never offered: typing one completes to the record's own name.

    The answer has the envelope of every list (`items`, `total`, `limit`, `offset`); there
    is one page of completions, so `total` counts the completions given. `lang` (or
    `Accept-Language`) names the language of the names, as `Content-Language` says; Spanish
    names match with or without accents (`ecto` and `ectó` both find *Embarazo ectópico*)."""
    index = database.search_index_for(language)
    limit = min(query.limit, MAX_SUGGESTIONS)
    # A completion's other fields (how it is matched) stay inside the search engine.
    items = [
        Suggestion.model_validate({**asdict(found), "url": api_path(found.type, found.slug)})
        for found in run_suggest(index, query.q, limit=limit)
    ]
    return SuggestionList(items=items, total=len(items), limit=limit, offset=0)
