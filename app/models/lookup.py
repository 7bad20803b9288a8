"""Public models of code look-ups (``/v1/lookup``) and CDS Hooks."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel

from app.models.cause import CauseDetail
from app.models.code import Code
from app.models.common import PublicModel, WebAddress, without_property_titles
from app.models.condition import ConditionDetail
from app.vocabulary import CodeMatch, CodeSystem, Language

# The one hook the CDS Hooks service answers.
PATIENT_VIEW = "patient-view"


class LookupMatchFields(PublicModel):
    """The fields of both kinds of match, in the order they are sent; each kind narrows
    `type`, `condition` and `cause`."""

    type: str
    match: CodeMatch
    """How the record's code (`matched_code`) relates to the code asked about."""
    matched_code: Code
    """The record's code that matched."""
    asked_code: str = Field(
        description="The code asked about that found the record (in the system of "
        "`matched_code`), in its usual form; `match` relates the two.",
        examples=["O03.4"],
    )
    condition: ConditionDetail | None
    cause: CauseDetail | None


class ConditionMatch(LookupMatchFields):
    """A condition found for the code."""

    type: Literal["conditions"]
    """The record is a condition, in `condition`."""
    condition: ConditionDetail
    """The condition in full."""
    cause: None
    """Always null: the record is a condition."""


class CauseMatch(LookupMatchFields):
    """A cause or risk factor found for the code."""

    type: Literal["causes"]
    """The record is a cause or risk factor, in `cause`."""
    condition: None
    """Always null: the record is a cause."""
    cause: CauseDetail
    """The cause in full."""


# Built with the fields of either variant, `LookupMatch(type=..., condition=..., cause=..., ...)`,
# and sent as that variant alone.
class LookupMatch(RootModel[Annotated[ConditionMatch | CauseMatch, Field(discriminator="type")]]):
    """A record found for the code: a condition or a cause, as `type` says. The record comes in
    full in `condition` or `cause`, and the other is null."""


class AskedCode(PublicModel):
    """A code asked about, in its usual form."""

    system: CodeSystem
    """The code system."""
    system_name: str = Field(examples=["ICD-10-CM"])
    """The code system's usual name."""
    code: str = Field(examples=["O03.4"])
    """The code, in its usual form (ICD-10-CM with its dot)."""


class LookupResult(PublicModel):
    """What the codes asked about name, best match first, each record once."""

    system: CodeSystem
    """The system of the code asked about (the first, when there are several)."""
    system_name: str = Field(examples=["ICD-10-CM"])
    """That system's usual name."""
    code: str = Field(
        description="The code asked about (the first, when there are several), in its usual form.",
        examples=["O03.4"],
    )
    asked: list[AskedCode] = Field(
        description="Every code asked about, in the order given: one, or several with numbered "
        "Infobutton criteria (`mainSearchCriteria.v.c1`, …)."
    )
    language: Language = Field(
        description="The language of the content (as `Content-Language` says): the reader's, "
        "from `lang` or the Infobutton request.",
        examples=["en"],
    )
    items: list[LookupMatch]
    """The records found: exact matches first, then in the order the codes were given."""
    total: int
    """How many records were found (all of them are in `items`)."""


# CDS Hooks (https://cds-hooks.hl7.org) ------------------------------------------------------


class CdsService(PublicModel):
    """A CDS service, as discovery lists it."""

    hook: str = Field(examples=[PATIENT_VIEW])
    """The hook the EHR calls it on."""
    id: str
    """The service's id: call it with `POST /cds-services/{id}`."""
    title: str
    """Its name, for people."""
    description: str
    """What it does."""
    prefetch: dict[str, str]
    """FHIR queries the EHR may run and send with the call, by key (`{{context.patientId}}`
    is filled in by the EHR)."""


class CdsDiscovery(PublicModel):
    """The CDS Hooks discovery document."""

    services: list[CdsService]
    """The services offered."""


class CdsContext(BaseModel):
    """A ``patient-view`` call's context: the patient in view, and whatever else the EHR
    sends."""

    model_config = ConfigDict(
        extra="allow", use_attribute_docstrings=True, json_schema_extra=without_property_titles
    )

    patientId: str = Field(examples=["1288992"])
    """The FHIR id of the patient in view (required by `patient-view`). Only `Condition`
    resources about this patient are read."""
    userId: str | None = Field(default=None, examples=["Practitioner/123"])
    """Who is looking at the record (`Practitioner/123`)."""


class CdsRequest(BaseModel):
    """A CDS Hooks call. Conditions are read from FHIR ``Condition`` resources in ``context``
    and ``prefetch`` (as resources or inside Bundles)."""

    model_config = ConfigDict(
        extra="allow", use_attribute_docstrings=True, json_schema_extra=without_property_titles
    )

    # Any string parses, so that another hook is refused as such (400), not as malformed input.
    hook: str = Field(
        description=f"The hook called; the service answers `{PATIENT_VIEW}` only.",
        json_schema_extra={"enum": [PATIENT_VIEW]},
    )
    hookInstance: str = Field(examples=["d1577c69-dfbe-44ad-ba6d-3e05e953b2ea"])
    """The EHR's id of this call (a UUID); the cards' ids derive from it."""
    context: CdsContext = Field(examples=[{"userId": "Practitioner/123", "patientId": "1288992"}])
    """The hook's context (`userId`, `patientId`, …); FHIR `Condition` resources in it are
    read."""
    prefetch: dict[str, Any] | None = None
    """Prefetched FHIR data, by the keys discovery lists (`conditions`: a Bundle of the
    patient's `Condition` resources)."""
    fhirServer: str | None = None
    """The EHR's FHIR server. Accepted, never contacted."""


class CdsSource(PublicModel):
    """Where a card's information comes from."""

    label: str
    """The source's name, to show."""
    url: WebAddress
    """The source's home page, an absolute URL."""


class CdsLink(PublicModel):
    """A link on a card."""

    label: str
    """The link's text."""
    url: WebAddress
    """Where it leads, an absolute URL."""
    type: Literal["absolute", "smart"] = "absolute"
    """`absolute` (a plain URL to open) or `smart` (a SMART app to launch)."""


class CdsCard(PublicModel):
    """A card for the EHR to show: patient information about one condition."""

    uuid: str = Field(json_schema_extra={"format": "uuid"})
    """The card's id: the same for the same call (`hookInstance`) and condition."""
    summary: str = Field(max_length=140)
    """One line to show, at most 140 characters."""
    indicator: Literal["info", "warning", "critical"]
    """How urgent the card is: always `info` here."""
    detail: str
    """More about the condition, in Markdown."""
    source: CdsSource
    """Where the information comes from."""
    links: list[CdsLink]
    """Links to the condition: its page for people, and the same as JSON."""


class CdsResponse(PublicModel):
    """The cards for a call; none when the patient's record names no condition covered here."""

    cards: list[CdsCard]
    """At most three cards, one per condition, exact code matches first."""
