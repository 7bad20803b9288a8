"""The closed vocabularies of the data: enums shared by the loader's schemas and the API."""

from __future__ import annotations

from enum import StrEnum


class Trimester(StrEnum):
    first = "first"
    second = "second"
    third = "third"


class Jurisdiction(StrEnum):
    us = "US"
    uk = "UK"
    who = "WHO"
    international = "international"


class CodeSystem(StrEnum):
    icd10cm = "icd10cm"
    snomedct = "snomedct"


class CauseCategory(StrEnum):
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


class Evidence(StrEnum):
    strong = "strong"
    moderate = "moderate"
    limited = "limited"


class Modifiable(StrEnum):
    yes = "yes"
    partly = "partly"
    no = "no"


class Urgency(StrEnum):
    emergency = "emergency"
    urgent = "urgent"
    routine = "routine"


class TreatmentKind(StrEnum):
    expectant = "expectant"
    medication = "medication"
    procedure = "procedure"
    preventive = "preventive"
    supportive = "supportive"


class OrganizationKind(StrEnum):
    support = "support"
    helpline = "helpline"
    professional_body = "professional-body"
    government = "government"
    research = "research"
    publisher = "publisher"


class ReferenceKind(StrEnum):
    guideline = "guideline"
    article = "article"
    patient_resource = "patient-resource"
    news = "news"
    database = "database"


class ReferenceCategory(StrEnum):
    """The sections MedlinePlus groups a health topic's outside links into."""

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
    """The record types, as they appear in URLs."""

    conditions = "conditions"
    causes = "causes"
    symptoms = "symptoms"
    diagnostic_tests = "diagnostic-tests"
    treatments = "treatments"
    organizations = "organizations"
    references = "references"
