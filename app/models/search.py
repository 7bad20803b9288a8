"""Public models of search answers."""

from __future__ import annotations

from pydantic import Field

from app.models.common import LinkedRecord, Page, PublicModel
from app.vocabulary import RecordTypeName, Trimester


class SearchHit(LinkedRecord):
    """A record that answers the query."""

    type: RecordTypeName = Field(examples=["causes"])
    """The record's type, as in URLs."""
    snippet: str = Field(
        examples=["…the <mark>cervix</mark> is weak and begins opening too soon…"],
    )
    """Where the query matched, HTML-escaped, matches wrapped in `<mark>`."""
    score: float
    """Relevance; higher is better. Comparable within one answer only."""


class SearchFacets(PublicModel):
    """How the matches spread over types and trimesters, before `type`/`trimester` filters."""

    type: dict[str, int] = Field(examples=[{"causes": 4, "conditions": 2}])
    """Matches per record type (a type name as in URLs); types without matches are left out."""
    trimester: dict[str, int] = Field(examples=[{"first": 3, "second": 5}])
    """Matches per trimester (`first`, `second`, `third`) among records that name trimesters;
    trimesters without matches are left out."""


class QueryInterpretation(PublicModel):
    """How the query was understood."""

    terms: list[str]
    """Words searched for (stemmed by the index)."""
    phrases: list[str]
    """Clinical phrases added for lay words."""
    week: int | None
    """A gestational week read from the query; null when it names none."""
    trimester: Trimester | None
    """A trimester read from the query; null when it names none."""


class SearchPage(Page[SearchHit]):
    """One page of search results, best first."""

    facets: SearchFacets
    """How the matches spread over types and trimesters."""
    did_you_mean: str | None = Field(examples=["miscarriage at 16 weeks"])
    """The query with misspelt words corrected, when any were (the results are for this
    corrected query); null otherwise."""
    interpretation: QueryInterpretation
    """How the query was understood: the words, phrases and time searched for."""


class Suggestion(LinkedRecord):
    """A completion for a search box."""

    text: str
    """What completes the prefix: the record's name, or the other name that matched it."""
    type: RecordTypeName
    """The record's type, as in URLs."""


class SuggestionList(Page[Suggestion]):
    """Completions, best first: names that start with the prefix, then other names that do,
    then names with a later word that does; in the envelope of every list (one page, at
    most `limit` completions, one per record)."""
