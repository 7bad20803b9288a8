"""``/v1/lookup``: content for clinical codes, as an EHR asks for it — by ``system`` and
``code``, or with the HL7 URL-based Infobutton parameters MedlinePlus Connect accepts, in the
reader's language as the Infobutton request names it."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import (
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
)
from pydantic_core import PydanticCustomError

from app.api.atom import atom_feed
from app.api.common import Localized, QueryModel
from app.api.errors import invalid_input, problem_responses
from app.api.infobutton import CONTEXT_NAME, CONTEXT_OPENAPI, MAX_CONTEXT_LENGTH, lookup_language
from app.codes import (
    MAX_CODES,
    SYSTEM_NAMES,
    SYSTEM_OIDS,
    CodeSystemOid,
    display_code,
    distinct_codes,
    is_well_formed,
)
from app.db import DatabaseDep, SessionDep
from app.models.lookup import AskedCode, LookupMatch, LookupResult
from app.negotiation import ATOM_TYPES
from app.problem_details import ProblemError, problem_document
from app.queries.lookup import lookup_codes
from app.registry import TYPES
from app.vocabulary import CodeSystem, Language
from app.web.jsonld import public_base_url

router = APIRouter(prefix="/lookup", tags=["lookup"])


class KnowledgeResponseType(StrEnum):
    """The form of answer an Infobutton client asks for: JSON (`application/json`), JSONP
    (`application/javascript` or `text/javascript`, with `callback`), or an HL7 Infobutton
    Atom feed (`text/xml`, as MedlinePlus Connect answers by default, or
    `application/atom+xml`)."""

    json = "application/json"
    javascript = "application/javascript"
    text_javascript = "text/javascript"
    text_xml = "text/xml"
    atom = "application/atom+xml"


SCRIPT_TYPES = (KnowledgeResponseType.javascript, KnowledgeResponseType.text_javascript)
SCRIPT_MEDIA_TYPE = "application/javascript; charset=utf-8"
# A JavaScript identifier or dotted path of them (`show`, `app.show`): nothing that could
# run as anything but a call.
CALLBACK_PATTERN = r"^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$"


def _message(message: str) -> WrapValidator:
    """Validate as the annotated type, but explain a refusal in the API's own words."""

    def validate(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        try:
            return handler(value)
        except ValidationError:
            raise PydanticCustomError("value_error", message) from None

    return WrapValidator(validate)


InfobuttonCode = Annotated[str, Field(max_length=20)]
InfobuttonText = Annotated[str, Field(max_length=MAX_CONTEXT_LENGTH)]
InfobuttonSystem = Annotated[
    CodeSystemOid,
    _message(
        "Not a supported code system: give ICD-10-CM (2.16.840.1.113883.6.90) "
        "or SNOMED CT (2.16.840.1.113883.6.96)"
    ),
]
Callback = Annotated[
    str,
    Field(max_length=64, pattern=CALLBACK_PATTERN),
    _message("Not a JavaScript identifier or dotted path of them (at most 64 characters)"),
]
ResponseType = Annotated[
    KnowledgeResponseType,
    _message(
        "Give application/json, JSONP with application/javascript (or text/javascript) and "
        "`callback`, or Atom with text/xml (or application/atom+xml)"
    ),
]

# The parts of one Infobutton search criterion, by the last segment of their names.
CRITERION_PARTS: dict[str, TypeAdapter[str]] = {
    "c": TypeAdapter(InfobuttonCode),
    "cs": TypeAdapter(InfobuttonSystem),
    "dn": TypeAdapter(InfobuttonText),
    "ot": TypeAdapter(InfobuttonText),
}
# Search criteria repeat with a number after the name: mainSearchCriteria.v.c1 and .cs1, …
NUMBERED_CRITERION = re.compile(r"mainSearchCriteria\.v\.(c|cs|dn|ot)([1-9][0-9]?)")


class LookupQuery(Localized, QueryModel):
    # Other Infobutton parameters arrive as extras and are checked by name in the route.
    model_config = ConfigDict(extra="allow", populate_by_name=False)

    system: CodeSystem | None = Field(
        default=None,
        description="`icd10cm` or `snomedct`, with `code`.",
        examples=["icd10cm"],
    )
    code: InfobuttonCode | None = Field(
        default=None,
        description="The code, with or without its dot, any case: `O03.4`, `o034`.",
        examples=["O03.4"],
    )
    infobutton_code: InfobuttonCode | None = Field(
        default=None,
        alias="mainSearchCriteria.v.c",
        description="Infobutton: the code, with `mainSearchCriteria.v.cs`. More codes may "
        "follow, numbered: `mainSearchCriteria.v.c1` with `mainSearchCriteria.v.cs1`, and so on.",
    )
    infobutton_system: InfobuttonSystem | None = Field(
        default=None,
        alias="mainSearchCriteria.v.cs",
        description="Infobutton: the code system's OID: ICD-10-CM 2.16.840.1.113883.6.90 or "
        "SNOMED CT 2.16.840.1.113883.6.96.",
    )
    infobutton_display: InfobuttonText | None = Field(
        default=None,
        alias="mainSearchCriteria.v.dn",
        description="Infobutton: the code's display name (informational).",
    )
    infobutton_original_text: InfobuttonText | None = Field(
        default=None,
        alias="mainSearchCriteria.v.ot",
        description="Infobutton: the text the code was chosen from (informational).",
    )
    response_type: ResponseType | None = Field(
        default=None,
        alias="knowledgeResponseType",
        description="Infobutton: `application/json` (the default); `application/javascript` "
        "(also `text/javascript`) with `callback` for JSONP; `text/xml` or "
        "`application/atom+xml` for an HL7 Infobutton Atom feed, as MedlinePlus Connect "
        "answers.",
    )
    callback: Callback | None = Field(
        default=None,
        description="JSONP: the function to call with the answer, a JavaScript identifier or "
        "dotted path (`showTopics`, `app.show`). Read only with a JavaScript "
        "`knowledgeResponseType`; with JSON (the default) it is ignored and the answer is JSON.",
        examples=["showTopics"],
    )


def _error(location: str, message: str) -> dict[str, Any]:
    return {"loc": ("query", location), "msg": message, "type": "value"}


def _extras(query: LookupQuery, errors: list[dict[str, Any]]) -> dict[int, dict[str, str]]:
    """Numbered search criteria (by number, then part), after checking that every other
    parameter not declared is Infobutton context."""
    numbered: dict[int, dict[str, str]] = {}
    for name, raw in (query.model_extra or {}).items():
        value = str(raw)
        criterion = NUMBERED_CRITERION.fullmatch(name)
        if criterion is not None:
            part, number = criterion.groups()
            try:
                numbered.setdefault(int(number), {})[part] = CRITERION_PARTS[part].validate_python(
                    value
                )
            except ValidationError as invalid:
                errors += [_error(name, str(error["msg"])) for error in invalid.errors()]
        elif CONTEXT_NAME.fullmatch(name) is None:
            errors.append(_error(name, "Extra inputs are not permitted"))
        elif len(value) > MAX_CONTEXT_LENGTH:
            errors.append(_error(name, f"At most {MAX_CONTEXT_LENGTH} characters"))
    return numbered


def asked_codes(query: LookupQuery) -> list[tuple[str, str]]:
    """The distinct (system, normalized code) pairs asked about: `system` and `code`, or each
    Infobutton search criterion in order, at most ``MAX_CODES``. Raises a validation error
    naming every invalid parameter."""
    errors: list[dict[str, Any]] = []
    criteria = _extras(query, errors)
    first = {
        part: value
        for part, value in {
            "c": query.infobutton_code,
            "cs": query.infobutton_system,
            "dn": query.infobutton_display,
            "ot": query.infobutton_original_text,
        }.items()
        if value is not None
    }
    if first:
        criteria[0] = first
    asked: list[tuple[str, str, str]] = []  # system, code, parameter
    if criteria and (query.system is not None or query.code is not None):
        errors.append(
            _error(
                "system" if query.system is not None else "code",
                "Give `system` and `code`, or the Infobutton parameters, not both",
            )
        )
    elif criteria:
        for number, parts in sorted(criteria.items()):
            suffix = str(number or "")
            if "c" not in parts:
                errors.append(
                    _error(f"mainSearchCriteria.v.c{suffix}", "Give the code, with its system")
                )
            elif "cs" not in parts:
                errors.append(
                    _error(
                        f"mainSearchCriteria.v.cs{suffix}",
                        f"Give the OID of the system of `mainSearchCriteria.v.c{suffix}`",
                    )
                )
            else:
                asked.append(
                    (SYSTEM_OIDS[parts["cs"]], parts["c"], f"mainSearchCriteria.v.c{suffix}")
                )
    elif query.system is None or query.code is None:
        errors.append(
            _error(
                "code" if query.system else "system",
                "Give `system` and `code`, or `mainSearchCriteria.v.cs` and "
                "`mainSearchCriteria.v.c`",
            )
        )
    else:
        asked.append((query.system.value, query.code, "code"))
    errors += [
        _error(location, f"Not a well-formed {SYSTEM_NAMES[system]} code")
        for system, code, location in asked
        if not is_well_formed(system, code)
    ]
    distinct = distinct_codes((system, code) for system, code, _ in asked)
    if len(distinct) > MAX_CODES:
        errors.append(
            _error(
                "mainSearchCriteria.v.c",
                f"At most {MAX_CODES} distinct codes at once; {len(distinct)} were given",
            )
        )
    if query.response_type in SCRIPT_TYPES and query.callback is None:
        errors.append(
            _error("callback", f"Required with knowledgeResponseType {query.response_type}")
        )
    if errors:
        raise RequestValidationError(errors)
    return distinct


def jsonp(callback: str, result: LookupResult) -> Response:
    """The answer as a script calling ``callback`` with it. The leading comment keeps the
    body from ever starting with bytes another format could claim; U+2028 and U+2029 are
    escaped because older JavaScript does not allow them raw in strings."""
    body = result.model_dump_json().replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Response(f"/**/{callback}({body});", media_type=SCRIPT_MEDIA_TYPE)


def atom(request: Request, query: LookupQuery, result: LookupResult) -> Response:
    """The answer as an Atom feed, stating the search criteria as MedlinePlus Connect does:
    each code and its system's OID, the display name given, and who will read it."""
    oids = {system: oid for oid, system in SYSTEM_OIDS.items()}
    criteria = [
        (f"mainSearchCriteria.v.{part}", term)
        for code in result.asked
        for part, term in (("c", code.code), ("cs", oids[code.system.value]))
    ]
    if query.infobutton_display:
        criteria.append(("mainSearchCriteria.v.dn", query.infobutton_display))
    recipient = (query.model_extra or {}).get("informationRecipient")
    if recipient:
        criteria.append(("informationRecipient", str(recipient)))
    body = atom_feed(result, base_url=public_base_url(request), oids=oids, criteria=criteria)
    return Response(body, media_type=f"{query.response_type}; charset=utf-8")


LOOKUP_DESCRIPTION = f"""\
The conditions (and causes) a clinical code names, in full — each with its causes,
symptoms, treatments, support organizations and references — best match first.

Ask with `system` (`icd10cm` or `snomedct`) and `code`, or with the HL7 URL-based
Infobutton parameters an EHR already sends to MedlinePlus Connect
(`mainSearchCriteria.v.c`, `mainSearchCriteria.v.cs`, …). Several codes may be asked about
at once with numbered criteria (`mainSearchCriteria.v.c1` with `mainSearchCriteria.v.cs1`,
`…c2` with `…cs2`), at most {MAX_CODES} distinct codes (more is a 422): each record comes
once, exact matches first, then in the order the codes were given; `asked_code` says which
code found it. The Infobutton context (`taskContext.c.c`,
`patientPerson.administrativeGenderCode.c`, `age.v.v`, `age.v.u`, `informationRecipient`,
`performer`, `encounter.c.c`, `locationOfInterest.addr.*`, `subTopic.v.*`, … and their
numbered repeats) is accepted and does not change the answer.

The answer is in the reader's language: `lang` if given; else
`informationRecipient.languageCode.c`, then `performer.languageCode.c`, where `es` (or
`es-MX`, …), `spa` and MedlinePlus Connect's `sp` mean Spanish, in any case, and any other
code English (not an error); else `Accept-Language`; else English. `language` and
`Content-Language` say which.

ICD-10-CM matching follows the code hierarchy: `O00.101` finds ectopic pregnancy (coded
`O00`), `O03` finds every `O03.x` record, and `O03.4` finds incomplete miscarriage first,
then the rest of its `O03` family. Codes are matched without regard to case or dots. Codes
that no record covers are a 404; a malformed one, or any other parameter, is a 422.

Answers are JSON. For JSONP, as MedlinePlus Connect offers it, send
`knowledgeResponseType=application/javascript` (or `text/javascript`) and `callback`, a
JavaScript identifier: the answer is `application/javascript`. A `callback` with a JSON
`knowledgeResponseType` (or none) is ignored, and the answer is JSON. Prefer JSON: every answer
allows cross-origin reading (CORS). For the Atom feed MedlinePlus Connect answers with by
default, send `knowledgeResponseType=text/xml` (or `application/atom+xml`).
"""


@router.get(
    "",
    name="get",
    summary="Find content by clinical code",
    description=LOOKUP_DESCRIPTION,
    response_model=LookupResult,
    responses={
        # JSONP is said in words, not as a second media type of the 200: typed clients
        # would otherwise see the answer as a union with a string.
        200: {
            "description": "The records the codes name, as `application/json`. With "
            "`knowledgeResponseType=application/javascript` (or `text/javascript`) and "
            "`callback`, the same JSON wrapped as a JSONP script instead: "
            "`application/javascript`, `/**/callback({...});`. With "
            "`knowledgeResponseType=text/xml` (or `application/atom+xml`), an HL7 Infobutton "
            "Atom feed (RFC 4287) as MedlinePlus Connect answers: a `feed` with the search "
            "criteria as `category` elements and an `entry` per record (title, a link to its "
            "page and one to its JSON, summary, rights, and the `category` of the code that "
            "matched), as `text/xml` or `application/atom+xml`, whichever was asked for.",
        },
        **problem_responses(
            503,
            examples={
                404: problem_document(
                    404, "ICD-10-CM O99.89 is a well-formed code, but no record covers it.", ""
                ),
                422: invalid_input("query.code", "Not a well-formed ICD-10-CM code"),
            },
        ),
    },
    openapi_extra={"parameters": CONTEXT_OPENAPI},
)
def lookup(
    session: SessionDep,
    database: DatabaseDep,
    request: Request,
    query: Annotated[LookupQuery, Query()],
    language: Annotated[Language, Depends(lookup_language)],
) -> LookupResult | Response:
    """The records the codes asked about name (see ``LOOKUP_DESCRIPTION``)."""
    codes = asked_codes(query)
    found = lookup_codes(database.codes, codes=codes)
    asked = [
        AskedCode(system=system, system_name=SYSTEM_NAMES[system], code=display_code(system, code))
        for system, code in codes
    ]
    if not found:
        names = " and ".join(f"{code.system_name} {code.code}" for code in asked)
        raise ProblemError(
            404,
            f"{names} is a well-formed code, but no record covers it."
            if len(asked) == 1
            else f"{names} are well-formed codes, but no record covers them.",
        )
    items = []
    for item in found:
        record = database.records.get(session, TYPES[item.type], item.slug, language)
        items.append(
            LookupMatch(
                type=item.type,
                match=item.match.name,
                matched_code=item.code,
                asked_code=display_code(item.code.system, item.asked),
                condition=record if item.type == "conditions" else None,
                cause=record if item.type == "causes" else None,
            )
        )
    result = LookupResult(
        system=asked[0].system,
        system_name=asked[0].system_name,
        code=asked[0].code,
        asked=asked,
        language=language,
        items=items,
        total=len(items),
    )
    if query.response_type in ATOM_TYPES:
        answered = atom(request, query, result)
    elif query.response_type in SCRIPT_TYPES and query.callback is not None:
        answered = jsonp(query.callback, result)
    else:
        return result
    answered.headers["Content-Language"] = language.value
    return answered
