"""Public models of code look-ups (``/v1/lookup``) and CDS Hooks."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.models.cause import CauseDetail
from app.models.code import Code
from app.models.common import PublicModel
from app.models.condition import ConditionDetail

MatchKind = Literal["exact", "broader", "narrower", "related"]
# The one hook the CDS Hooks service answers.
PATIENT_VIEW = "patient-view"


class LookupMatch(PublicModel):
    """A record found for the code. ``match`` says how its code relates to the one asked
    about: `exact`; `broader` (the record's code contains it: O00 for O00.101); `narrower`
    (within it: O03.4 for O03); `related` (same ICD-10-CM category: O03.9 for O03.4)."""

    type: Literal["conditions", "causes"]
    match: MatchKind
    matched_code: Code
    asked_code: str = Field(
        description="The code asked about that found the record (in the system of "
        "`matched_code`), in its usual form; `match` relates the two.",
        examples=["O03.4"],
    )
    condition: ConditionDetail | None = Field(
        default=None, description="The condition in full, when `type` is `conditions`."
    )
    cause: CauseDetail | None = Field(
        default=None, description="The cause in full, when `type` is `causes`."
    )


class AskedCode(PublicModel):
    """A code asked about, in its usual form."""

    system: Literal["icd10cm", "snomedct"]
    system_name: str = Field(examples=["ICD-10-CM"])
    code: str = Field(examples=["O03.4"])


class LookupResult(PublicModel):
    """What the codes asked about name, best match first, each record once."""

    system: Literal["icd10cm", "snomedct"]
    system_name: str = Field(examples=["ICD-10-CM"])
    code: str = Field(
        description="The code asked about (the first, when there are several), in its usual form.",
        examples=["O03.4"],
    )
    asked: list[AskedCode] = Field(
        description="Every code asked about, in the order given: one, or several with numbered "
        "Infobutton criteria (`mainSearchCriteria.v.c1`, …)."
    )
    language: str = Field(description="Language of the content.", examples=["en"])
    items: list[LookupMatch]
    total: int


# CDS Hooks (https://cds-hooks.hl7.org) ------------------------------------------------------


class CdsService(PublicModel):
    hook: str
    id: str
    title: str
    description: str
    prefetch: dict[str, str]


class CdsDiscovery(PublicModel):
    services: list[CdsService]


class CdsRequest(BaseModel):
    """A CDS Hooks call. Conditions are read from FHIR ``Condition`` resources in ``context``
    and ``prefetch`` (as resources or inside Bundles)."""

    model_config = ConfigDict(extra="allow")

    # Any string parses, so that another hook is refused as such (400), not as malformed input.
    hook: str = Field(
        description=f"The hook called; the service answers `{PATIENT_VIEW}` only.",
        json_schema_extra={"enum": [PATIENT_VIEW]},
    )
    hookInstance: str = Field(examples=["d1577c69-dfbe-44ad-ba6d-3e05e953b2ea"])
    context: dict[str, Any] = Field(
        examples=[{"userId": "Practitioner/123", "patientId": "1288992"}]
    )
    prefetch: dict[str, Any] | None = None
    fhirServer: str | None = None


class CdsSource(PublicModel):
    label: str
    url: str | None = None


class CdsLink(PublicModel):
    label: str
    url: str
    type: Literal["absolute", "smart"] = "absolute"


class CdsCard(PublicModel):
    uuid: str
    summary: str = Field(max_length=140)
    indicator: Literal["info", "warning", "critical"]
    detail: str | None = None
    source: CdsSource
    links: list[CdsLink] = Field(default_factory=list)


class CdsResponse(PublicModel):
    cards: list[CdsCard]
