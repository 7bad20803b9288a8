"""The record types: one entry each, the one place where a type's shape is declared.

An entry names the type (its URL name and the field name its records go by when linked), its
table and response models, the links it owns and the field that reads each from the other
side, the filters its list takes, what its page and JSON-LD show, what search reads and how
its routes are documented. The query layer, the routers, the loader's links and rows, the
search documents, the pages, JSON-LD and the OpenAPI tags and examples derive from these
entries; each part is data (``app.record_type``), read by the layer it concerns.

The file schema of each type is the loader's (``app.loader.schemas.RECORD_SCHEMAS``, by URL
name, checked against these entries by the tests): the loader reads this registry, so the
registry does not read the loader.
"""

from __future__ import annotations

from collections.abc import Iterator

from app import models
from app.models.cause import CauseDetail, CausePage, CauseSummary
from app.models.condition import ConditionDetail, ConditionPage, ConditionSummary
from app.models.contact import LinkedOrganization
from app.models.diagnostic_test import (
    DiagnosticTestDetail,
    DiagnosticTestPage,
    DiagnosticTestSummary,
)
from app.models.organization import OrganizationDetail, OrganizationPage, OrganizationSummary
from app.models.reference import ReferenceDetail, ReferenceListItem, ReferencePage, ReferenceSummary
from app.models.symptom import LinkedSymptom, SymptomDetail, SymptomPage, SymptomSummary
from app.models.treatment import (
    LinkedTreatment,
    TreatmentDetail,
    TreatmentPage,
    TreatmentSummary,
)
from app.record_type import (
    Docs,
    Fact,
    Filter,
    Link,
    RecordType,
    SchemaOrg,
    Search,
    week_filter,
)
from app.vocabulary import (
    COUNTRY_PATTERN,
    CauseCategory,
    OrganizationKind,
    RecordTypeName,
    ReferenceCategory,
    ReferenceKind,
    ReviewStatus,
    TreatmentKind,
    Trimester,
    Urgency,
)

REVIEW_STATUS = Filter(
    "review_status",
    ReviewStatus,
    "Only records checked this far: `draft`, `source-checked` or `clinician-reviewed`. In "
    "another language, how far the text served has been checked.",
    per_language=True,
)
"""A filter every list takes: how far its records have been checked (in the language of the
answer)."""

CONDITIONS = RecordType(
    name=RecordTypeName.conditions,
    field="conditions",
    table=models.Condition,
    summary=ConditionSummary,
    detail=ConditionDetail,
    page=ConditionPage,
    singular="Type of pregnancy loss",
    plural="Types of pregnancy loss",
    schema_org=SchemaOrg(
        "MedicalCondition",
        links=(
            ("cause", "causes"),
            ("signOrSymptom", "symptoms"),
            ("possibleTreatment", "treatments"),
            ("typicalTest", "diagnostic-tests"),
        ),
        codes="always",
    ),
    example_slug="stillbirth",
    search=Search(body=("details", "definitions", "how_common", "codes")),
    docs=Docs(
        tag="Types of pregnancy loss.",
        list_summary="List types of pregnancy loss",
        list_description="Types of pregnancy loss (miscarriage and its kinds, ectopic and molar "
        "pregnancy,\nstillbirth…), by name, each with the gestational weeks it covers and its "
        "references.\n\nFilter with `week` (1–45) for the conditions that cover a gestational "
        "week.",
        get_summary="Get a type of pregnancy loss",
        get_description="One type of pregnancy loss in full: definitions by jurisdiction (US, "
        "UK, WHO), how common\nit is, clinical codes, and its causes, symptoms, tests, "
        "treatments and support organizations\nas linked summaries, with its references as "
        "full citations.",
    ),
    links=(
        Link("symptoms", "symptoms", "conditions", models.ConditionSymptom),
        Link("diagnostic_tests", "diagnostic-tests", "conditions", models.ConditionDiagnosticTest),
        Link("treatments", "treatments", "conditions", models.ConditionTreatment),
        Link("organizations", "organizations", "conditions", models.ConditionOrganization),
    ),
    filters=(week_filter("Only conditions that cover this gestational week."), REVIEW_STATUS),
    facts=(
        Fact("When", "weeks", "weeks"),
        Fact("Definitions", "definitions", "definitions"),
        Fact("How common", "how_common", "statements"),
        Fact("Outlook", "outlook", "statements"),
        Fact("Clinical codes", "codes", "codes", professional=True),
    ),
    has_codes=True,
)

CAUSES = RecordType(
    name=RecordTypeName.causes,
    field="causes",
    table=models.Cause,
    summary=CauseSummary,
    detail=CauseDetail,
    page=CausePage,
    singular="Cause or risk factor",
    plural="Causes and risk factors",
    schema_org=SchemaOrg("MedicalCause", codes="when-any"),
    example_slug="cervical-insufficiency",
    search=Search(body=("details", "what_can_change", "prevention_tips", "how_common", "codes")),
    docs=Docs(
        tag="Causes of and risk factors for pregnancy loss.",
        list_summary="List causes and risk factors",
        list_description="Causes of and risk factors for pregnancy loss, by name, each with the "
        "trimesters and\ngestational weeks in which it matters and the references that support "
        "it.\n\nFilter with `trimester` (`first`, `second`, `third`), `week` (1–45) or "
        "`category`.",
        get_summary="Get a cause or risk factor",
        get_description="One cause or risk factor in full: what it is, when it matters, what "
        "can change, how\ncommon it is, prevention tips, the conditions it can lead to, the "
        "treatments and tests\nlinked to it, and its references as full citations.",
    ),
    links=(
        Link("conditions", "conditions", "causes", models.CauseCondition),
        Link("treatments", "treatments", "causes", models.CauseTreatment),
        Link("diagnostic_tests", "diagnostic-tests", "causes", models.CauseDiagnosticTest),
        Link("organizations", "organizations", "causes", models.CauseOrganization),
    ),
    filters=(
        Filter(
            "trimester",
            Trimester,
            "Only causes that matter in this trimester.",
            match="includes",
            column="trimesters",
        ),
        week_filter("Only causes that matter at this gestational week."),
        Filter("category", CauseCategory, "Only causes of this kind."),
        REVIEW_STATUS,
    ),
    facts=(
        Fact("Trimesters", "trimesters", "trimesters"),
        Fact("When it matters", "weeks", "weeks"),
        Fact("Strength of evidence", "evidence", "capitalized"),
        Fact("Can it be changed?", "modifiable", "changeable"),
        Fact("How common", "how_common", "statements"),
        Fact("What may help", "prevention_tips", "list"),
        Fact("Clinical codes", "codes", "codes", professional=True),
    ),
    has_codes=True,
)

SYMPTOMS = RecordType(
    name=RecordTypeName.symptoms,
    field="symptoms",
    table=models.Symptom,
    summary=SymptomSummary,
    detail=SymptomDetail,
    page=SymptomPage,
    singular="Symptom",
    plural="Symptoms",
    linked_title="Signs",
    schema_org=SchemaOrg("MedicalSignOrSymptom"),
    example_slug="heavy-bleeding",
    search=Search(body=("details", "when_to_seek_care", "often_normal")),
    docs=Docs(
        tag="Signs of pregnancy loss, and how urgently to get care.",
        list_summary="List symptoms",
        list_description="Signs of pregnancy loss, by name, each with its urgency and when to "
        "seek care.\n\nFilter with `urgency`; `urgency=emergency` lists the signs that need "
        "help right away.",
        get_summary="Get a symptom",
        get_description="One symptom in full: urgency, when to seek care, what is often normal, "
        "the conditions it\ncan be a sign of, and its references as full citations.",
    ),
    filters=(
        Filter(
            "urgency",
            Urgency,
            "`emergency` (get help now), `urgent` (contact your care team today or sooner) or "
            "`routine` (mention it at your next visit).",
        ),
        REVIEW_STATUS,
    ),
    facts=(
        Fact("How urgent", "urgency", "urgency"),
        Fact("How urgent, by week of pregnancy", "urgency_by_week", "urgency_by_week"),
        Fact("When to get care", "when_to_seek_care"),
        Fact("What is often normal", "often_normal"),
    ),
    linked_model=LinkedSymptom,
)

DIAGNOSTIC_TESTS = RecordType(
    name=RecordTypeName.diagnostic_tests,
    field="diagnostic_tests",
    table=models.DiagnosticTest,
    summary=DiagnosticTestSummary,
    detail=DiagnosticTestDetail,
    page=DiagnosticTestPage,
    singular="Test",
    plural="Tests",
    schema_org=SchemaOrg("MedicalTest"),
    example_slug="quantitative-hcg",
    search=Search(body=("details", "measures", "shows", "used_when")),
    docs=Docs(
        tag="Tests that confirm a loss or look for a cause.",
        list_summary="List diagnostic tests",
        list_description="Tests used to confirm a pregnancy loss or look for its cause, by "
        "name, each with its\nreferences.",
        get_summary="Get a diagnostic test",
        get_description="One test in full: what it measures, what it can show, when it is "
        "used, the conditions and\ncauses it is used for, and its references as full "
        "citations.",
    ),
    filters=(REVIEW_STATUS,),
    facts=(
        Fact("What it measures", "measures"),
        Fact("What it can show", "shows"),
        Fact("When it is used", "used_when"),
    ),
)

TREATMENTS = RecordType(
    name=RecordTypeName.treatments,
    field="treatments",
    table=models.Treatment,
    summary=TreatmentSummary,
    detail=TreatmentDetail,
    page=TreatmentPage,
    singular="Treatment and care",
    plural="Treatments and care",
    schema_org=SchemaOrg("MedicalTherapy"),
    example_slug="cervical-cerclage",
    search=Search(
        body=("details", "what_to_expect", "risks", "guideline_differences"),
        aliases=("also_called", "kind"),
    ),
    docs=Docs(
        tag="Treatments, care and support.",
        list_summary="List treatments and care",
        list_description="Treatments, care and support after or to prevent a loss, by name, "
        "each with its kind and\nreferences.\n\nFilter with `kind`: `expectant`, `medication`, "
        "`procedure`, `preventive` or `supportive`.",
        get_summary="Get a treatment",
        get_description="One treatment in full: what to expect, risks, where guidelines "
        "differ, the conditions and\ncauses it addresses, and its references as full "
        "citations.",
    ),
    filters=(Filter("kind", TreatmentKind, "Only treatments of this kind."), REVIEW_STATUS),
    facts=(
        Fact("Kind", "kind", "capitalized"),
        Fact("What to expect", "what_to_expect"),
        Fact("Risks", "risks"),
        Fact("Where guidelines differ", "guideline_differences", "statements"),
    ),
    linked_model=LinkedTreatment,
)

ORGANIZATIONS = RecordType(
    name=RecordTypeName.organizations,
    field="organizations",
    table=models.Organization,
    summary=OrganizationSummary,
    detail=OrganizationDetail,
    page=OrganizationPage,
    singular="Organization",
    plural="Support and organizations",
    schema_org=SchemaOrg(
        "Organization", properties=(("sameAs", "website"), ("telephone", "phone"))
    ),
    example_slug="miscarriage-association",
    search=Search(
        body=("details", "services", "hours", "phone", "text_line"),
        aliases=("also_called", "kind"),
    ),
    docs=Docs(
        tag="Support groups, helplines and professional bodies.",
        list_summary="List organizations",
        list_description="Support groups, helplines, professional bodies, government agencies "
        "and publishers, by\nname, with their contact details.\n\nFilter with `kind` and "
        "`country`: `?kind=helpline&country=US` lists US helplines.",
        get_summary="Get an organization",
        get_description="One organization in full: contact details, hours, languages, "
        "services, the conditions and\ncauses it helps with, what it publishes, and the "
        "references for its details.",
    ),
    filters=(
        Filter("kind", OrganizationKind, "Only organizations of this kind."),
        Filter(
            "country",
            str,
            "ISO 3166 country code (`US`, `GB`) or `international`. `UK`, the name the "
            "records use for the United Kingdom, is taken as its ISO code `GB`.",
            pattern=COUNTRY_PATTERN,
            examples=["US"],
            aliases=(("UK", "GB"),),
        ),
        REVIEW_STATUS,
    ),
    facts=(
        Fact("Kind", "kind", "capitalized"),
        Fact("Where", "country", "country"),
        Fact("Phone", "phone", "phone"),
        Fact("Text", "text_line", "text_line"),
        Fact("Hours", "hours"),
        Fact("Languages", "languages", "joined"),
        Fact("Services", "services", "list"),
        Fact("Website", "website", "link"),
    ),
    linked_model=LinkedOrganization,
)

REFERENCES = RecordType(
    name=RecordTypeName.references,
    field="references",
    table=models.Reference,
    summary=ReferenceListItem,
    detail=ReferenceDetail,
    page=ReferencePage,
    singular="Source",
    plural="Sources",
    schema_org=SchemaOrg("CreativeWork"),
    example_slug="acog-pb-200-early-pregnancy-loss",
    search=Search(
        body=("note", "publisher", "journal"), aliases=("authors",), name="title", summary="title"
    ),
    docs=Docs(
        tag="Citations behind every record.",
        list_summary="List references",
        list_description="References by title: guidelines, articles, patient resources, news "
        "and databases, each\nwith its formatted citation.\n\nFilter with `category` (the "
        "MedlinePlus section a resource is listed under) or `kind`.",
        get_summary="Get a reference",
        get_description="One reference in full: its bibliographic fields, formatted citation, "
        "publishing\norganization, and the records that cite it.",
    ),
    links=(
        Link(
            "organization",
            "organizations",
            "publications",
            reverse_title="Published by this organization",
        ),
        Link("listed_on", "references", "lists", reverse_title="Resources listed here"),
    ),
    filters=(
        Filter(
            "category",
            ReferenceCategory,
            "Only resources listed under this MedlinePlus section (`start-here`, …).",
        ),
        Filter("kind", ReferenceKind, "Only references of this kind."),
        REVIEW_STATUS,
    ),
    facts=(
        Fact("Kind", "kind", "capitalized"),
        Fact("Published by", "publisher", "publisher"),
        Fact("DOI", "doi", "doi", professional=True),
        Fact("PubMed", "pmid", "pubmed", professional=True),
        Fact("Note", "note"),
    ),
    linked_model=ReferenceSummary,
    cites=False,
    is_citation=True,
    columns_from={"source_url": "url"},
    title_column="title",
    summary_column="citation",
)

TYPES: dict[str, RecordType] = {
    record_type.name.value: record_type
    for record_type in (
        CONDITIONS,
        CAUSES,
        SYMPTOMS,
        DIAGNOSTIC_TESTS,
        TREATMENTS,
        ORGANIZATIONS,
        REFERENCES,
    )
}
"""Every record type, by URL name, in the order lists, pages and documents show them."""

CITED_BY_TITLE = "Pages that cite this source"
"""The heading of a source's page section listing the records that cite it."""


def slug_column(record_type: RecordType) -> str:
    """The column that names a record of this type in link tables and codes."""
    return f"{record_type.table.__tablename__}_slug"


def incoming(target: str) -> Iterator[tuple[RecordType, Link]]:
    """The links other types own to ``target``, with their owner, in registry order."""
    for owner in TYPES.values():
        for link in owner.links:
            if link.target == target:
                yield owner, link


def expandable(record_type: RecordType) -> dict[str, RecordType]:
    """The fields of the type's detail that hold linked records, each with their type: the
    links it owns, then those other types own to it, in registry order."""
    fields = {link.field: TYPES[link.target] for link in record_type.links}
    for owner, link in incoming(record_type.name):
        fields.setdefault(link.reverse, owner)
    return fields
