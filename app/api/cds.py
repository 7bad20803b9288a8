"""CDS Hooks: a ``patient-view`` service that answers with patient-education cards for the
pregnancy-loss conditions in a patient's record (https://cds-hooks.hl7.org), in the patient's
preferred language when a prefetched FHIR ``Patient`` says it."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute

from app.api.errors import invalid_input, problem_response_entry, problem_responses
from app.api.language import answer_in
from app.codes import FHIR_SYSTEMS, MAX_CODES, Match, distinct_codes, is_well_formed
from app.db import DatabaseDep, SessionDep
from app.i18n import msg, translate
from app.models.lookup import (
    PATIENT_VIEW,
    CdsCard,
    CdsDiscovery,
    CdsLink,
    CdsRequest,
    CdsResponse,
    CdsService,
    CdsSource,
)
from app.negotiation import named_language
from app.problem_details import ProblemError, problem_document
from app.queries.lookup import lookup_codes
from app.record_type import api_path, home, page_path
from app.registry import CONDITIONS
from app.vocabulary import Language
from app.web.jsonld import public_base_url

JSON_MEDIA_TYPE = re.compile(r"application/(?:[\w.-]+\+)?json", re.ASCII)


async def _check_body(request: Request) -> None:
    """Refuse a body declared as another media type than JSON (415), or an empty one (400).
    No Content-Type is read as JSON."""
    media_type = request.headers.get("content-type", "").partition(";")[0].strip()
    if media_type and not JSON_MEDIA_TYPE.fullmatch(media_type.lower()):
        raise ProblemError(
            415, f"A CDS Hooks call is JSON (application/json), not {media_type[:64]}."
        )
    if not (await request.body()).strip():
        raise ProblemError(400, "The body is empty: a CDS Hooks call is a JSON object.")


class CdsRoute(APIRoute):
    """A body that is not JSON at all is a bad request (400), told apart from JSON of the
    wrong shape (422, naming the field); one declared as another media type than JSON is
    refused as such (415)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handle = super().get_route_handler()

        async def handle_json(request: Request) -> Response:
            if request.method == "POST":
                await _check_body(request)
            try:
                return await handle(request)
            except RequestValidationError as invalid:
                for error in invalid.errors():
                    if error["type"] == "json_invalid":
                        reason = error.get("ctx", {}).get("error", "malformed")
                        raise ProblemError(
                            400,
                            f"The body is not valid JSON ({reason}, at character "
                            f"{error['loc'][-1]}).",
                        ) from invalid
                raise

        return handle_json


router = APIRouter(prefix="/cds-services", tags=["cds-hooks"], route_class=CdsRoute)

SERVICE_ID = "pregnancy-loss-education"
SOURCE_LABEL = msg("Pregnancy Loss Information API")
MAX_CARDS = 3
SUMMARY_LIMIT = 140
CARD_NAMESPACE = uuid.UUID("6f1c9a52-8a2b-4d3e-9a57-1b0c3c8f2d41")

SERVICE = CdsService(
    hook=PATIENT_VIEW,
    id=SERVICE_ID,
    title="Pregnancy loss patient education",
    description="Cited, plain-language information for patients with a pregnancy-loss "
    "diagnosis (ICD-10-CM or SNOMED CT), to share or print.",
    prefetch={
        "conditions": "Condition?patient={{context.patientId}}",
        "patient": "Patient/{{context.patientId}}",
    },
)


@router.get("", name="discovery", summary="List CDS Hooks services")
async def discovery() -> CdsDiscovery:
    """The CDS Hooks discovery document: one `patient-view` service."""
    return CdsDiscovery(services=[SERVICE])


# Verification statuses that say the diagnosis is not the patient's: recorded by mistake, or
# ruled out. A resolved or inactive condition still counts: a past loss still warrants
# support content.
NOT_DIAGNOSED = frozenset({"entered-in-error", "refuted"})


def _is_about(condition: dict[str, Any], patient_id: str) -> bool:
    """Whether a Condition is about the patient in view: its subject is ``Patient/<id>``
    (relative, or at the end of an absolute URL), or it names no subject."""
    subject = condition.get("subject")
    if subject is None:
        return True
    reference = subject.get("reference") if isinstance(subject, dict) else None
    if not isinstance(reference, str):
        return False
    wanted = f"Patient/{patient_id}"
    return reference == wanted or reference.endswith(f"/{wanted}")


def _is_diagnosed(condition: dict[str, Any]) -> bool:
    """Whether a Condition's verification status leaves it standing: not entered in error or
    refuted (FHIR R4 codes it as a CodeableConcept, STU3 as a plain code)."""
    status = condition.get("verificationStatus")
    if isinstance(status, str):
        return status not in NOT_DIAGNOSED
    if isinstance(status, dict):
        return not any(
            isinstance(coding, dict) and coding.get("code") in NOT_DIAGNOSED
            for coding in status.get("coding") or []
        )
    return True


def codings(value: Any, patient_id: str) -> Iterator[tuple[str, str]]:
    """(system, code) of every coding in the FHIR Condition resources found in ``value`` that
    are about patient ``patient_id`` and not entered in error or refuted."""
    for condition in _resources(value, "Condition"):
        if not (_is_about(condition, patient_id) and _is_diagnosed(condition)):
            continue
        code = condition.get("code")
        for coding in (code.get("coding") if isinstance(code, dict) else None) or []:
            if isinstance(coding, dict):
                system = FHIR_SYSTEMS.get(str(coding.get("system", "")))
                code_value = str(coding.get("code", ""))
                if system and is_well_formed(system, code_value):
                    yield system, code_value


def preferred_language(value: Any, patient_id: str) -> Language:
    """The language the patient in view prefers, from a FHIR ``Patient`` found in ``value``
    (the call's context and prefetch) whose id is ``patient_id``, or that names none: the
    first ``communication`` marked ``preferred`` whose ``language`` has a coding in a language
    served (``es``, ``es-MX``, …); English when there is none."""
    for patient in _resources(value, "Patient"):
        if patient.get("id", patient_id) != patient_id:
            continue
        for communication in patient.get("communication") or []:
            if not isinstance(communication, dict) or communication.get("preferred") is not True:
                continue
            spoken = communication.get("language")
            for coding in (spoken.get("coding") if isinstance(spoken, dict) else None) or []:
                code = coding.get("code") if isinstance(coding, dict) else None
                if isinstance(code, str) and (found := named_language(code)) is not None:
                    return found
    return Language.en


def _resources(value: Any, resource_type: str) -> Iterator[dict[str, Any]]:
    """Every FHIR resource of ``resource_type`` in ``value``, at any depth (in Bundles too)."""
    if isinstance(value, dict):
        if value.get("resourceType") == resource_type:
            yield value
        for item in value.values():
            yield from _resources(item, resource_type)
    elif isinstance(value, list):
        for item in value:
            yield from _resources(item, resource_type)


def _summary(name: str, language: Language) -> str:
    text = translate(language, msg("Patient information: %(name)s"), name=name)
    return text if len(text) <= SUMMARY_LIMIT else text[: SUMMARY_LIMIT - 1] + "…"


def card(record: Any, *, hook_instance: str, base: str, language: Language) -> CdsCard:
    """The card for one condition, in ``language``: its summary, and links to its page and
    its JSON in that language."""
    json_url = api_path("conditions", record.slug, language)
    not_advice = translate(language, msg("General information, not medical advice."))
    return CdsCard(
        uuid=str(uuid.uuid5(CARD_NAMESPACE, f"{hook_instance}/{record.slug}")),
        summary=_summary(record.name, language),
        indicator="info",
        detail=f"{record.summary}\n\n*{not_advice}*",
        source=CdsSource(label=translate(language, SOURCE_LABEL), url=f"{base}{home(language)}"),
        links=[
            CdsLink(
                label=translate(language, msg("About %(name)s"), name=record.name),
                url=f"{base}{page_path('conditions', record.slug, language)}",
            ),
            CdsLink(label=translate(language, msg("The same as JSON")), url=f"{base}{json_url}"),
        ],
    )


PATIENT_VIEW_DESCRIPTION = f"""\
Reads the codes of FHIR `Condition` resources in the call's `context` and `prefetch` that are
about the patient in view (`subject` is `Patient/{{patientId}}`, or absent) and not
`entered-in-error` or `refuted` (resolved and inactive ones count), and answers with up to
{MAX_CARDS} `info` cards, one per condition they name (exact matches first), each linking to the
condition's page. No FHIR server is contacted: without conditions, no cards. Codes that no
record could match are passed over; more than {MAX_CODES} distinct ones that could is a 422.

The cards are in the patient's preferred language when a FHIR `Patient` in `prefetch`
(discovery asks for it as `patient`) or `context` says it: its `communication` marked
`preferred` with a `language` coded `es` (or `es-MX`, …) gives Spanish cards, linking to the
Spanish pages; otherwise they are in English. `Content-Language` says which.

A call for another hook than `patient-view`, or a body that is empty or not JSON, is a 400; a
body declared as another media type than JSON a 415; JSON that is not a CDS Hooks call (no
`context.patientId`, say) is a 422 naming the field."""


@router.post(
    f"/{SERVICE_ID}",
    name="patient-view",
    summary="Cards for a patient's pregnancy-loss conditions",
    description=PATIENT_VIEW_DESCRIPTION,
    responses={
        200: {
            "description": "The cards, in the patient's preferred language (`Content-Language`).",
            "headers": {"Content-Language": {"$ref": "#/components/headers/Content-Language"}},
        },
        400: problem_response_entry(
            400,
            problem_document(
                400,
                "This service answers the 'patient-view' hook, not 'order-select'.",
                f"/cds-services/{SERVICE_ID}",
            ),
        ),
        415: problem_response_entry(
            415,
            problem_document(
                415,
                "A CDS Hooks call is JSON (application/json), not text/plain.",
                f"/cds-services/{SERVICE_ID}",
            ),
        ),
        **problem_responses(
            503, examples={422: invalid_input("body.context.patientId", "Field required")}
        ),
    },
)
def patient_view(
    call: CdsRequest,
    request: Request,
    response: Response,
    session: SessionDep,
    database: DatabaseDep,
) -> CdsResponse:
    """Cards for the patient's pregnancy-loss conditions (see ``PATIENT_VIEW_DESCRIPTION``)."""
    if call.hook != SERVICE.hook:
        raise ProblemError(
            400,
            f"This service answers the {SERVICE.hook!r} hook, not {call.hook[:64]!r}.",
        )
    base = public_base_url(request)
    called = [call.context.model_dump(), call.prefetch]
    patient_id = call.context.patientId
    language = answer_in(response, preferred_language(called, patient_id))
    # Codes no record could match cost nothing more and are not counted: a patient's whole
    # problem list is a fair call. The ones that could are bounded.
    codes = distinct_codes(
        (system, code)
        for system, code in codings(called, patient_id)
        if database.codes.covers(system, code)
    )
    if len(codes) > MAX_CODES:
        raise RequestValidationError(
            [
                {
                    "loc": ("body",),
                    "msg": f"At most {MAX_CODES} distinct pregnancy-loss codes in one call; "
                    f"{len(codes)} were given",
                    "type": "value",
                }
            ]
        )
    # Ranking reads no record; only the conditions that become cards are read.
    shown = [
        item
        for item in lookup_codes(database.codes, codes=codes)
        if item.type == "conditions" and item.match is not Match.related
    ][:MAX_CARDS]
    records = [database.records.get(session, CONDITIONS, item.slug, language) for item in shown]
    return CdsResponse(
        cards=[
            card(record, hook_instance=call.hookInstance, base=base, language=language)
            for record in records
        ]
    )
