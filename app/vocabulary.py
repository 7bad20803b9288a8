"""The closed vocabularies of the data and the API: enums shared by the loader's schemas and the
API's models (each is one named schema in the OpenAPI document)."""

from __future__ import annotations

import re
from enum import StrEnum

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SLUG_MAX_LENGTH = 80
"""A record's slug, its permanent id and file name: lower-case words and hyphens."""


def is_slug(text: str) -> bool:
    """Whether ``text`` could be a record's slug."""
    return len(text) <= SLUG_MAX_LENGTH and re.fullmatch(SLUG_PATTERN, text) is not None


VERSION_LENGTH = 16
VERSION_PATTERN = rf"^[0-9a-f]{{{VERSION_LENGTH}}}$"
"""A dataset version: the first hex digits of the hash of the canonical content."""

LAST_WEEK = 45
"""The last gestational week a record or a query can name."""
FIRST_TRIMESTER_END = 13  # weeks 0–12 are the first trimester
SECOND_TRIMESTER_END = 28  # weeks 13–27 the second, 28 on the third


def trimester_of(week: int) -> str:
    """The trimester a gestational week falls in."""
    if week < FIRST_TRIMESTER_END:
        return "first"
    return "second" if week < SECOND_TRIMESTER_END else "third"


def trimesters_for_weeks(start: int, end: int | None) -> tuple[str, ...]:
    """The trimesters a week range (start inclusive, end exclusive) overlaps."""
    found = []
    if start < FIRST_TRIMESTER_END:
        found.append("first")
    if start < SECOND_TRIMESTER_END and (end is None or end > FIRST_TRIMESTER_END):
        found.append("second")
    if end is None or end > SECOND_TRIMESTER_END:
        found.append("third")
    return tuple(found)


KEYPAD = {
    letter: digit
    for digit, letters in (
        ("2", "ABC"), ("3", "DEF"), ("4", "GHI"), ("5", "JKL"),
        ("6", "MNO"), ("7", "PQRS"), ("8", "TUV"), ("9", "WXYZ"),
    )
    for letter in letters
}  # fmt: skip
"""The standard telephone keypad: the digit each letter of a vanity number dials."""

COUNTRY_PATTERN = r"^(?:[A-Z]{2}|international)$"
"""Where an organization works: an ISO 3166 two-letter country code, or ``international``."""


class Trimester(StrEnum):
    """A trimester of pregnancy: `first` (weeks 0–12), `second` (13–27), `third` (28 on)."""

    first = "first"
    second = "second"
    third = "third"


class Jurisdiction(StrEnum):
    """Whose definition it is: the United States (`US`), the United Kingdom (`UK`), the World
    Health Organization (`WHO`), or an international professional body (`international`)."""

    us = "US"
    uk = "UK"
    who = "WHO"
    international = "international"


class CodeSystem(StrEnum):
    """A clinical code system: ICD-10-CM (`icd10cm`) or SNOMED CT (`snomedct`)."""

    icd10cm = "icd10cm"
    snomedct = "snomedct"


class CauseCategory(StrEnum):
    """A kind of cause of, or risk factor for, pregnancy loss; `not-a-cause` marks what people
    fear caused their loss but the evidence says does not (exercise, sex, stress, …)."""

    genetic = "genetic"
    maternal_age = "maternal-age"
    anatomical = "anatomical"
    hormonal = "hormonal"
    clotting = "clotting"
    infection = "infection"
    trauma = "trauma"
    placental = "placental"
    fetal = "fetal"
    lifestyle = "lifestyle"
    environment = "environment"
    medication = "medication"
    unknown = "unknown"
    not_a_cause = "not-a-cause"


class Language(StrEnum):
    """A language the content is served in: English (`en`, the language records are written
    in) or Spanish (`es`)."""

    en = "en"
    es = "es"


LANGUAGE_NAMES = {Language.en: "English", Language.es: "Español"}
"""Each language's name in itself, as a language switch or a list of languages shows it."""


class ReviewStatus(StrEnum):
    """How far a record has been checked: `draft` (written from its sources, not yet compared
    with them line by line), `source-checked` (its text and figures were compared with the
    sources it cites) or `clinician-reviewed` (a named clinician signed it off; the sign-off is
    in the record's `clinician_review`)."""

    draft = "draft"
    source_checked = "source-checked"
    clinician_reviewed = "clinician-reviewed"


class Evidence(StrEnum):
    """How strong the evidence is that links a cause to pregnancy loss."""

    strong = "strong"
    moderate = "moderate"
    limited = "limited"


class Modifiable(StrEnum):
    """Whether a person can change a cause or risk factor: `yes`, `partly` or `no`."""

    yes = "yes"
    partly = "partly"
    no = "no"


class Urgency(StrEnum):
    """How soon to seek care for a symptom: `emergency` (call emergency services or go to an
    emergency department now), `urgent` (contact your care team today or sooner — the record's
    `when_to_seek_care` says how soon), `routine` (mention it at your next visit)."""

    emergency = "emergency"
    urgent = "urgent"
    routine = "routine"


class TreatmentKind(StrEnum):
    """What kind of treatment, care or support it is: `expectant` (watchful waiting),
    `medication`, `procedure`, `preventive` or `supportive`."""

    expectant = "expectant"
    medication = "medication"
    procedure = "procedure"
    preventive = "preventive"
    supportive = "supportive"


class OrganizationKind(StrEnum):
    """A kind of organization: a support group, helpline, professional body, government
    agency, research body or publisher."""

    support = "support"
    helpline = "helpline"
    professional_body = "professional-body"
    government = "government"
    research = "research"
    publisher = "publisher"


class ReferenceKind(StrEnum):
    """A kind of source: a guideline, an article, a resource for patients, news or a database."""

    guideline = "guideline"
    article = "article"
    patient_resource = "patient-resource"
    news = "news"
    database = "database"


class ReferenceCategory(StrEnum):
    """A section MedlinePlus lists a health topic's outside links under."""

    start_here = "start-here"
    treatments_and_therapies = "treatments-and-therapies"
    diagnosis_and_tests = "diagnosis-and-tests"
    genetics = "genetics"
    related_issues = "related-issues"
    clinical_trials = "clinical-trials"
    find_an_expert = "find-an-expert"
    latest_news = "latest-news"
    encyclopedia = "encyclopedia"
    statistics_and_research = "statistics-and-research"
    specifics = "specifics"
    journal_articles = "journal-articles"


class RecordTypeName(StrEnum):
    """A record type, as it appears in URLs."""

    conditions = "conditions"
    causes = "causes"
    symptoms = "symptoms"
    diagnostic_tests = "diagnostic-tests"
    treatments = "treatments"
    organizations = "organizations"
    references = "references"


class Change(StrEnum):
    """What a dataset version did to a record: `added`, `changed` or `removed`."""

    added = "added"
    changed = "changed"
    removed = "removed"


class CodeMatch(StrEnum):
    """How a record's code relates to the code asked about: `exact`; `broader` (the record's
    code contains it: O00 for O00.101); `narrower` (within it: O03.4 for O03); `related` (same
    ICD-10-CM category, in the categories that are all about pregnancy loss — O00–O03, N96,
    P95: O03.9 for O03.4)."""

    exact = "exact"
    broader = "broader"
    narrower = "narrower"
    related = "related"


# Clinical terms that hurt (CONTENT.md): kept in `also_called` and codes so search and coding
# find records by them, never shown to patients as a record's name.
HURTFUL_TERMS = (
    "spontaneous abortion",
    "abortion, spontaneous",
    "habitual abortion",
    "missed abortion",
    "threatened abortion",
    "inevitable abortion",
    "complete abortion",  # and "incomplete abortion"
    "septic abortion",
    "incompetent cervix",
    "cervical incompetence",
    "failed pregnancy",
    "products of conception",
)
HURTFUL = re.compile("|".join(re.escape(term) for term in HURTFUL_TERMS), re.IGNORECASE)
