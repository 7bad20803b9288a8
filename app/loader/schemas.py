"""Strict file schemas: the shape of every YAML record in ``data/``.

These models describe what a curator writes. Unknown keys are errors, enums are closed, and
links are slugs that the linker resolves later. They know nothing of the database or the API.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from app.codes import WRITTEN
from app.vocabulary import (
    COUNTRY_PATTERN,
    LAST_WEEK,
    SLUG_MAX_LENGTH,
    SLUG_PATTERN,
    CauseCategory,
    CodeSystem,
    Evidence,
    Jurisdiction,
    Language,
    Modifiable,
    OrganizationKind,
    ReferenceCategory,
    ReferenceKind,
    ReviewStatus,
    TreatmentKind,
    Trimester,
    Urgency,
)

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=SLUG_MAX_LENGTH)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Week = Annotated[int, Field(ge=0, le=LAST_WEEK)]


def _unique(values: list[str]) -> list[str]:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"{value!r} is listed twice")
        seen.add(value)
    return values


SlugList = Annotated[list[Slug], AfterValidator(_unique)]
TextList = Annotated[list[Text], AfterValidator(_unique)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class WeekRange(Strict):
    """Gestational weeks: ``start`` inclusive, ``end`` exclusive; ``end: null`` means no limit."""

    start: Week
    end: Week | None = None

    @model_validator(mode="after")
    def _ordered(self) -> WeekRange:
        if self.end is not None and self.end <= self.start:
            raise ValueError("end must be after start")
        return self


class CitedStatement(Strict):
    """A sentence that carries its own citations (a figure, a definition)."""

    text: Text
    references: Annotated[SlugList, Field(min_length=1)]


class Definition(CitedStatement):
    jurisdiction: Jurisdiction
    weeks: WeekRange | None = None


class ClinicalCode(Strict):
    system: CodeSystem
    code: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20)]
    display: Text

    @model_validator(mode="after")
    def _well_formed(self) -> ClinicalCode:
        if not WRITTEN[self.system.value].fullmatch(self.code):
            raise ValueError(f"{self.code!r} is not a well-formed {self.system.value} code")
        return self


class ClinicianSignOff(Strict):
    """A named clinician's sign-off of a record, as REVIEWING.md describes it."""

    name: Text
    credentials: Text
    """Qualifications and role as the clinician states them ("MD, FACOG; obstetrician")."""
    registration: Text | None = None
    """Licence or registration number and the body that issued it, where the clinician gives one."""
    date: dt.date
    checked: Text
    """What the clinician checked ("all text and figures against the cited sources")."""


class Reviewed(Strict):
    """How far a record has been checked; a clinician's review must name the clinician."""

    review_status: ReviewStatus
    clinician_review: ClinicianSignOff | None = None

    @model_validator(mode="after")
    def _sign_off_matches_status(self) -> Reviewed:
        signed = self.clinician_review is not None
        if self.review_status is ReviewStatus.clinician_reviewed and not signed:
            raise ValueError("clinician-reviewed needs a clinician_review naming who signed it off")
        if signed and self.review_status is not ReviewStatus.clinician_reviewed:
            raise ValueError("a clinician_review needs review_status: clinician-reviewed")
        return self


FINGERPRINT = r"^[0-9a-f]{12}$"


class StatementText(Strict):
    """The words of one cited statement in another language; its references are shared."""

    text: Text


class Translation(Reviewed):
    """A record's reader-facing text in another language. Everything else (links, codes, weeks,
    citations) is shared with the English record. Fields left out fall back to English."""

    translated_from: Annotated[str, StringConstraints(pattern=FINGERPRINT)]
    """The fingerprint of the English text this translates (``plapi check`` prints the current
    one); when the English changes, the lint says the translation is behind."""


class ContentText(Translation):
    name: Text | None = None
    also_called: TextList | None = None
    summary: Text | None = None
    details: Text | None = None


class ConditionText(ContentText):
    definitions: list[StatementText] | None = None
    how_common: list[StatementText] | None = None
    outlook: list[StatementText] | None = None


class CauseText(ContentText):
    what_can_change: Text | None = None
    how_common: list[StatementText] | None = None
    prevention_tips: TextList | None = None


class SymptomText(ContentText):
    when_to_seek_care: Text | None = None
    often_normal: Text | None = None
    urgency_by_week: list[StatementText] | None = None


class DiagnosticTestText(ContentText):
    measures: Text | None = None
    shows: Text | None = None
    used_when: Text | None = None


class TreatmentText(ContentText):
    what_to_expect: Text | None = None
    risks: Text | None = None
    guideline_differences: list[StatementText] | None = None


class OrganizationText(ContentText):
    text_line: Text | None = None
    hours: Text | None = None
    services: TextList | None = None


TranslationT = TypeVar("TranslationT", bound=Translation)


def _translated_languages(value: dict[Language, TranslationT]) -> dict[Language, TranslationT]:
    if Language.en in value:
        raise ValueError("records are written in English; translations are into other languages")
    return value


class Content(Reviewed):
    """Fields every content record carries."""

    name: Text
    also_called: TextList = []
    summary: Text
    details: Text
    references: Annotated[SlugList, Field(min_length=1)]
    last_reviewed: dt.date


class Condition(Content):
    weeks: WeekRange
    definitions: list[Definition] = []
    how_common: list[CitedStatement] = []
    codes: list[ClinicalCode] = []
    outlook: list[CitedStatement] = []
    """What this loss means for the future (a next pregnancy, recovery): reassurance belongs to
    its condition, never to a template shared by every loss."""
    symptoms: SlugList = []
    diagnostic_tests: SlugList = []
    treatments: SlugList = []
    organizations: SlugList = []
    translations: Annotated[
        dict[Language, ConditionText], AfterValidator(_translated_languages)
    ] = {}


class Cause(Content):
    category: CauseCategory
    trimesters: Annotated[list[Trimester], Field(min_length=1)]
    weeks: WeekRange
    evidence: Evidence
    modifiable: Modifiable
    what_can_change: Text | None = None
    how_common: list[CitedStatement] = []
    prevention_tips: TextList = []
    codes: list[ClinicalCode] = []
    conditions: SlugList = []
    treatments: SlugList = []
    diagnostic_tests: SlugList = []
    organizations: SlugList = []
    translations: Annotated[dict[Language, CauseText], AfterValidator(_translated_languages)] = {}

    @model_validator(mode="after")
    def _trimesters_unique(self) -> Cause:
        _unique([t.value for t in self.trimesters])
        return self


class UrgencyAtWeeks(Strict):
    """How urgent a symptom is in one range of gestational weeks, and what to do then."""

    weeks: WeekRange
    urgency: Urgency
    text: Text
    references: Annotated[SlugList, Field(min_length=1)]


class Symptom(Content):
    urgency: Urgency
    when_to_seek_care: Text
    often_normal: Text | None = None
    urgency_by_week: list[UrgencyAtWeeks] = []
    translations: Annotated[dict[Language, SymptomText], AfterValidator(_translated_languages)] = {}

    @model_validator(mode="after")
    def _weeks_in_order(self) -> Symptom:
        previous: WeekRange | None = None
        for entry in self.urgency_by_week:
            if previous is not None and (previous.end is None or entry.weeks.start < previous.end):
                raise ValueError(
                    "urgency_by_week ranges must be in order of weeks and must not overlap"
                )
            previous = entry.weeks
        return self


class DiagnosticTest(Content):
    measures: Text
    shows: Text
    used_when: Text
    translations: Annotated[
        dict[Language, DiagnosticTestText], AfterValidator(_translated_languages)
    ] = {}


class Treatment(Content):
    kind: TreatmentKind
    what_to_expect: Text
    risks: Text | None = None
    guideline_differences: list[CitedStatement] = []
    translations: Annotated[
        dict[Language, TreatmentText], AfterValidator(_translated_languages)
    ] = {}


LANGUAGE_CODE = r"^[a-z]{2,3}(?:-[A-Z]{2})?$"


class Organization(Reviewed):
    name: Text
    also_called: TextList = []
    summary: Text
    details: Text | None = None
    kind: OrganizationKind
    country: Annotated[str, StringConstraints(pattern=COUNTRY_PATTERN)]
    website: Annotated[str, StringConstraints(pattern=r"^https://\S+$")] | None = None
    phone: Annotated[str, StringConstraints(pattern=r"^[0-9+][0-9 ()\-A-Z]{2,30}$")] | None = None
    text_line: Text | None = None
    """How to reach it by text message, in words ("Text START to 88788")."""
    text_number: Annotated[str, StringConstraints(pattern=r"^[0-9]{3,15}$")] | None = None
    """The number or short code to text, digits only, for an ``sms:`` link."""
    text_keyword: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9]{1,20}$")] | None = None
    """The word to send first, where the line asks for one."""
    hours: Text | None = None
    languages: Annotated[
        list[Annotated[str, StringConstraints(pattern=LANGUAGE_CODE)]], AfterValidator(_unique)
    ] = []
    """Languages its phone or text line answers in, as BCP 47 codes (``en``, ``es``)."""
    services: TextList = []
    references: Annotated[SlugList, Field(min_length=1)]
    verified_on: dt.date
    last_reviewed: dt.date
    translations: Annotated[
        dict[Language, OrganizationText], AfterValidator(_translated_languages)
    ] = {}


class Reference(Reviewed):
    title: Text
    authors: TextList = []
    publisher: Text | None = None
    journal: Text | None = None
    year: Annotated[int, Field(ge=1900, le=2100)] | None = None
    month: Annotated[int, Field(ge=1, le=12)] | None = None
    volume: Text | None = None
    issue: Text | None = None
    pages: Text | None = None
    doi: Annotated[str, StringConstraints(pattern=r"^10\.\d{4,9}/\S+$")] | None = None
    pmid: Annotated[str, StringConstraints(pattern=r"^[1-9][0-9]{0,8}$")] | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https://\S+$")] | None = None
    kind: ReferenceKind
    category: ReferenceCategory | None = None
    organization: Slug | None = None
    listed_on: Slug | None = None
    """Another reference (with an address) whose page links to this one: how a reader finds a
    resource whose own address could not be confirmed (a link on the MedlinePlus topic page)."""
    note: Text | None = None
    last_reviewed: dt.date


RECORD_SCHEMAS: dict[str, type[Strict]] = {
    "conditions": Condition,
    "causes": Cause,
    "symptoms": Symptom,
    "diagnostic-tests": DiagnosticTest,
    "treatments": Treatment,
    "organizations": Organization,
    "references": Reference,
}
"""Folder in ``data/`` → schema of the records it holds."""


class Synonym(Strict):
    """Lay words people search with, and the words the records use for the same thing."""

    words: Annotated[TextList, Field(min_length=1)]
    means: Annotated[TextList, Field(min_length=1)]


class GlossaryEntry(Strict):
    """One concept in Spanish: the term to use in running text, other words people use for it
    (searched as synonyms), and terms that hurt (kept for other names and codes only)."""

    en: Text
    es: Text
    es_also: TextList = []
    es_avoid: TextList = []
    note: Text | None = None


GLOSSARY_FILE = "glossary.yaml"
"""File in ``data/`` holding the Spanish glossary: a list of ``GlossaryEntry``."""

SYNONYMS_FILE = "synonyms.yaml"
"""File in ``data/`` holding a list of ``Synonym`` entries for search."""

SPANISH_SYNONYMS_FILE = "synonyms.es.yaml"
"""File in ``data/`` holding the ``Synonym`` entries of Spanish search (beyond the glossary's):
lay words and shorthand, each phrase in ``means`` found in some record's Spanish text."""
