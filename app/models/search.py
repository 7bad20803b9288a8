"""Public models of search answers."""

from __future__ import annotations

from pydantic import Field

from app.models.common import LinkedRecord, Page, PublicModel, WeekRange
from app.models.symptom import UrgencyAtWeeks
from app.vocabulary import RecordTypeName, Trimester, Urgency


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
    urgency: Urgency | None = None
    """On a symptom: how soon to seek care; null on other records."""
    urgency_by_week: list[UrgencyAtWeeks] | None = None
    """On a symptom whose urgency depends on the week: what to do in each range of weeks;
    null otherwise."""
    weeks: WeekRange | None = None
    """On a condition or cause: the gestational weeks it concerns; null on other records."""
    phone: str | None = Field(default=None, examples=["1-800-799-SAFE (7233)"])
    """On an organization with a phone line: its number as it publishes it; null otherwise."""
    tel: str | None = Field(default=None, examples=["tel:18007997233"])
    """The `tel:` address that dials `phone`; null when there is no phone."""
    text_line: str | None = None
    """On an organization with a text line: how to reach it by text; null otherwise."""
    sms: str | None = Field(default=None, examples=["sms:88788?body=START"])
    """The `sms:` address that opens a text to that line, with the word to send first where it
    asks for one; null when there is none."""


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
    relaxed: bool = False
    """True when no record matched every word, so the answer matches fewer: without the words
    in `dropped`, or any of the words, records covering more of them first."""
    dropped: list[str] = Field(default_factory=list)
    """Words the answer does not require: the least selective word of a relaxed query, and the
    least selective words of a long question."""
    unknown: list[str] = Field(default_factory=list)
    """Words no record holds (and that are no typo of one), left out."""


class SearchPage(Page[SearchHit]):
    """One page of search results, best first."""

    facets: SearchFacets
    """How the matches spread over types and trimesters."""
    did_you_mean: str | None = Field(examples=["miscarriage at 16 weeks"])
    """The query with misspelt words corrected, when any were (the results are for this
    corrected query); null otherwise."""
    interpretation: QueryInterpretation
    """How the query was understood: the words, phrases and time searched for."""
    help: list[SearchHit] = Field(default_factory=list)
    """When nothing matched: support lines and organizations for the query's time (or for any
    time), so that a search never leaves a person with nowhere to go. Empty otherwise."""


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
