"""``/v1/lookup``: content for a clinical code, as an EHR asks for it — by ``system`` and
``code``, or with the HL7 URL-based Infobutton parameters MedlinePlus Connect accepts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field

from app.api.errors import ProblemError, problem_responses
from app.codes import SYSTEM_NAMES, SYSTEM_OIDS, display_code, is_well_formed, normalize_code
from app.db import SessionDep
from app.models.lookup import LookupMatch, LookupResult
from app.queries.lookup import lookup as find

router = APIRouter(prefix="/lookup", tags=["lookup"])

JSON_TYPES = ("application/json", "application/javascript", "text/javascript")


class LookupQuery(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=False)

    system: str | None = Field(
        default=None,
        pattern="^(icd10cm|snomedct)$",
        description="`icd10cm` or `snomedct`.",
        examples=["icd10cm"],
    )
    code: str | None = Field(
        default=None,
        max_length=20,
        description="The code, with or without its dot, any case: `O03.4`, `o034`.",
        examples=["O03.4"],
    )
    infobutton_code: str | None = Field(
        default=None,
        alias="mainSearchCriteria.v.c",
        max_length=20,
        description="Infobutton: the code.",
    )
    infobutton_system: str | None = Field(
        default=None,
        alias="mainSearchCriteria.v.cs",
        max_length=64,
        description="Infobutton: the code system's OID (ICD-10-CM 2.16.840.1.113883.6.90, "
        "SNOMED CT 2.16.840.1.113883.6.96).",
    )
    infobutton_display: str | None = Field(
        default=None,
        alias="mainSearchCriteria.v.dn",
        max_length=200,
        description="Infobutton: the code's display name (informational).",
    )
    language: str | None = Field(
        default=None,
        alias="informationRecipient.languageCode.c",
        max_length=16,
        description="Infobutton: the reader's language. Content is in English (`en`).",
    )
    response_type: str | None = Field(
        default=None,
        alias="knowledgeResponseType",
        max_length=64,
        description="Infobutton: `application/json` (the default) or `text/javascript`.",
    )


def _invalid(location: str, message: str) -> RequestValidationError:
    return RequestValidationError([{"loc": ("query", location), "msg": message, "type": "value"}])


@router.get(
    "",
    name="get",
    summary="Find content by clinical code",
    responses=problem_responses(404, 422, 503),
)
async def lookup(session: SessionDep, query: Annotated[LookupQuery, Query()]) -> LookupResult:
    """The conditions (and causes) a clinical code names, in full — each with its causes,
    symptoms, treatments, support organizations and references — best match first.

    Ask with `system` (`icd10cm` or `snomedct`) and `code`, or with the HL7 Infobutton
    parameters an EHR already sends to MedlinePlus Connect (`mainSearchCriteria.v.c`,
    `mainSearchCriteria.v.cs`, …). ICD-10-CM matching follows the code hierarchy: `O00.101`
    finds ectopic pregnancy (coded `O00`), `O03` finds every `O03.x` record, and `O03.4`
    finds incomplete miscarriage first, then the rest of its `O03` family. Codes are matched
    without regard to case or dots. A well-formed code that no record covers is a 404; a
    malformed one is a 422.
    """
    system = query.system
    if query.infobutton_system is not None:
        mapped = SYSTEM_OIDS.get(query.infobutton_system)
        if mapped is None:
            raise _invalid("mainSearchCriteria.v.cs", "Unknown code system OID")
        if system is not None and system != mapped:
            raise _invalid("mainSearchCriteria.v.cs", "Disagrees with `system`")
        system = mapped
    code = query.code or query.infobutton_code
    if system is None or code is None:
        raise _invalid(
            "code" if system else "system",
            "Give `system` and `code`, or `mainSearchCriteria.v.cs` and `mainSearchCriteria.v.c`",
        )
    location = "code" if query.code else "mainSearchCriteria.v.c"
    if not is_well_formed(system, code):
        raise _invalid(location, f"Not a well-formed {SYSTEM_NAMES[system]} code")
    if query.response_type is not None and query.response_type not in JSON_TYPES:
        raise _invalid("knowledgeResponseType", "Only application/json is offered")
    shown = display_code(system, normalize_code(code))
    found = find(session, system=system, code=code)
    if not found:
        raise ProblemError(
            404, f"{SYSTEM_NAMES[system]} {shown} is a well-formed code, but no record covers it."
        )
    items = [
        LookupMatch(
            type=item.type,
            match=item.match.name,
            matched_code=item.code,
            condition=item.record if item.type == "conditions" else None,
            cause=item.record if item.type == "causes" else None,
        )
        for item in found
    ]
    return LookupResult(
        system=system,
        system_name=SYSTEM_NAMES[system],
        code=shown,
        language="en",
        items=items,
        total=len(items),
    )
