"""The Infobutton context of a code look-up (HL7 URL-based implementation guide, release 4):
what an EHR sends besides the codes — who asks, for whom, in which task — documented, and the
reader's language it names, which chooses the language of the answer."""

from __future__ import annotations

import re
from typing import Any

from fastapi import Request, Response

from app.api.language import AcceptLanguage, LangQuery, answer_in, chosen_language
from app.negotiation import named_language
from app.vocabulary import Language

MAX_CONTEXT_LENGTH = 200

# The Infobutton context (HL7 URL-based implementation guide, release 4): who asks, for whom,
# in which task. One set of content serves every reader here, so the context is accepted and
# does not change the answer. The commonest names are documented; any name within these
# classes, and numbered repeats (`subTopic.v.c1`), are accepted too.
CONTEXT_PARAMETERS = {
    "taskContext.c.c": "The task the EHR user is doing (an HL7 ActTaskCode), such as "
    "`PROBLISTREV` (problem list review).",
    "patientPerson.administrativeGenderCode.c": "The patient's administrative gender: `F`, `M` "
    "or `UN`.",
    "age.v.v": "The patient's age, a number in the unit of `age.v.u`.",
    "age.v.u": "The unit of `age.v.v` (UCUM): `a` (years), `mo`, `wk`, `d`, …",
    "ageGroup.v.c": "The patient's age group, a MeSH code such as `D000328` (adult).",
    "informationRecipient": "Who will read the answer: `PAT` (the patient), `PROV` (a health "
    "care provider) or `PAYOR`.",
    "informationRecipient.healthCareProvider.c.c": "The reader's kind of provider, when a "
    "provider reads it.",
    "performer": "Who asks for the information: `PAT`, `PROV` or `PAYOR`.",
    "performer.healthCareProvider.c.c": "The kind of provider who asks.",
    "encounter.c.c": "The kind of encounter (an HL7 ActEncounterCode): `AMB` (ambulatory), "
    "`EMER` (emergency), `IMP` (inpatient), …",
    "serviceDeliveryLocation.id.root": "The OID of the place where care is given.",
    "locationOfInterest.addr.ZIP": "A postal code the information is wanted for.",
    "locationOfInterest.addr.STA": "A state or province the information is wanted for.",
    "locationOfInterest.addr.CNT": "A country the information is wanted for.",
    "subTopic.v.c": "A subtopic of the problem asked about, such as treatment or prognosis.",
    "severityObservation.interpretationCode.c": "How severe the problem is, as an HL7 "
    "interpretation code.",
    "representedOrganization.id.root": "The OID of the organization that asks.",
    "assignedAuthorizedPerson.id.root": "The OID of the person who asks.",
    "holder.assignedEntity.n": "The name of the organization that holds the licence to the "
    "content.",
}
# The Infobutton parameters that name a language, in the order they count: the reader's, then
# that of who asks. They choose the language of the answer, unless `lang` is given.
LANGUAGE_PARAMETERS = {
    "informationRecipient.languageCode.c": "The reader's language.",
    "performer.languageCode.c": "The language of who asks, when the reader's is not given.",
}
CONTEXT_NAME = re.compile(
    r"(?:taskContext|patientPerson|age|ageGroup|informationRecipient|performer|encounter"
    r"|serviceDeliveryLocation|locationOfInterest|subTopic|severityObservation|observation"
    r"|representedOrganization|assignedAuthorizedPerson|holder)"
    r"(?:\.[A-Za-z]+)*(?:[1-9][0-9]?)?"
)


def _context_parameter(name: str, text: str, *, language: bool = False) -> dict[str, Any]:
    description = (
        f"{text} `es` (or `es-MX`, …), `spa` or `sp`, in any case, answers in Spanish; any other "
        "code (`en`, …) in English, never an error. `lang`, when given, wins."
        if language
        else f"{text} Infobutton context: accepted, and it does not change the answer."
    )
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        # Said again in the schema, where some client generators read a parameter's docs.
        "schema": {"type": "string", "maxLength": MAX_CONTEXT_LENGTH, "description": description},
    }


CONTEXT_OPENAPI = [
    *(_context_parameter(name, text) for name, text in CONTEXT_PARAMETERS.items()),
    *(_context_parameter(name, text, language=True) for name, text in LANGUAGE_PARAMETERS.items()),
]


async def lookup_language(
    request: Request,
    response: Response,
    lang: LangQuery = None,
    accept_language: AcceptLanguage = None,
) -> Language:
    """The language of a look-up's answer: `lang`; else the Infobutton request's language
    (the reader's, then that of who asks: `app.negotiation.named_language`, where `sp` is
    Spanish), any other code English and no error, since the content is there in English;
    else `Accept-Language`; else English."""
    named = next(
        (
            request.query_params[name]
            for name in LANGUAGE_PARAMETERS
            if name in request.query_params
        ),
        None,
    )
    if lang is None:
        lang = (named_language(named) or Language.en) if named is not None else None
    return answer_in(response, chosen_language(lang, accept_language))
