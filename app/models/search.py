"""Public models of search answers."""

from __future__ import annotations

from pydantic import Field

from app.models.common import LinkedRecord, Page, PublicModel


class SearchHit(LinkedRecord):
    """A record that answers the query."""

    type: str = Field(description="The record type, as in URLs.", examples=["causes"])
    snippet: str = Field(
        description="Where the query matched, HTML-escaped, matches wrapped in `<mark>`.",
        examples=["…the <mark>cervix</mark> is weak and begins opening too soon…"],
    )
    score: float = Field(description="Relevance; higher is better. Comparable within one answer.")


class SearchFacets(PublicModel):
    """How the matches spread over types and trimesters, before `type`/`trimester` filters."""

    type: dict[str, int] = Field(examples=[{"causes": 4, "conditions": 2}])
    trimester: dict[str, int] = Field(examples=[{"first": 3, "second": 5}])


class QueryInterpretation(PublicModel):
    """How the query was understood."""

    terms: list[str] = Field(description="Words searched for (stemmed by the index).")
    phrases: list[str] = Field(description="Clinical phrases added for lay words.")
    week: int | None = Field(description="A gestational week read from the query.")
    trimester: str | None = Field(description="A trimester read from the query.")


class SearchPage(Page[SearchHit]):
    facets: SearchFacets
    did_you_mean: str | None = Field(
        description="The query with misspelt words corrected, when any were; the results are "
        "for this corrected query.",
        examples=["miscarriage at 16 weeks"],
    )
    interpretation: QueryInterpretation


class Suggestion(LinkedRecord):
    """A completion: ``text`` is the name (or other name) that matched the prefix."""

    text: str
    type: str


class SuggestionList(PublicModel):
    items: list[Suggestion]
