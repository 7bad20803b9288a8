"""Clinical code systems: formats, normalization and ICD-10-CM hierarchy."""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import IntEnum, StrEnum
from typing import Final

from pydantic import GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from app.vocabulary import CodeSystem

ICD10CM_OID: Final = "2.16.840.1.113883.6.90"
SNOMEDCT_OID: Final = "2.16.840.1.113883.6.96"


# Each member is named after the system's short name in CodeSystem.
class CodeSystemOid(StrEnum):
    """A code system by its HL7 OID, as Infobutton names it: ICD-10-CM
    `2.16.840.1.113883.6.90` or SNOMED CT `2.16.840.1.113883.6.96`."""

    icd10cm = ICD10CM_OID
    snomedct = SNOMEDCT_OID

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        # Member names for generated clients, which cannot make names of OIDs (`VALUE_0`).
        reference = handler(core_schema)
        handler.resolve_ref_schema(reference)["x-enum-varnames"] = [oid.name for oid in cls]
        return reference


SYSTEM_OIDS = {oid.value: CodeSystem[oid.name].value for oid in CodeSystemOid}
FHIR_SYSTEMS = {
    "http://hl7.org/fhir/sid/icd-10-cm": "icd10cm",
    "http://snomed.info/sct": "snomedct",
}
SYSTEM_NAMES = {"icd10cm": "ICD-10-CM", "snomedct": "SNOMED CT"}

# An ICD-10-CM code is a category (a letter other than U, a digit, then a digit, A or B) and up
# to four more characters after a dot; a SNOMED CT concept id is a number of 6 to 18 digits.
_ICD10CM_CATEGORY = r"[A-TV-Z][0-9][0-9AB]"
_ICD10CM_DETAIL = r"[0-9A-TV-Z]"
SNOMED_PATTERN = r"[1-9][0-9]{5,17}"
WRITTEN = {
    "icd10cm": re.compile(rf"{_ICD10CM_CATEGORY}(?:\.{_ICD10CM_DETAIL}{{1,4}})?"),
    "snomedct": re.compile(SNOMED_PATTERN),
}
"""Codes as curators write them: ICD-10-CM with its dot (O03.4)."""
NORMALIZED = {
    "icd10cm": re.compile(rf"{_ICD10CM_CATEGORY}{_ICD10CM_DETAIL}{{0,4}}"),
    "snomedct": re.compile(SNOMED_PATTERN),
}
"""Codes as they are compared: ICD-10-CM without its dot (O034)."""
ICD10CM_CATEGORY_LENGTH = 3
MAX_CODES = 20
"""Distinct codes one request may ask about (a look-up, or a CDS Hooks call's codes that the
dataset could match): enough for any patient's pregnancy-loss history, and a bound on the work
of one request."""

# ICD-10-CM categories in which every code is about a pregnancy loss, so that a code of the
# category finds the records coded elsewhere in it (O03.4 finds O03.9, miscarriage). Elsewhere
# a sibling may be about anything: Z37.0 is a live birth beside Z37.1 stillbirth, O36.5 poor
# fetal growth beside O36.4 intrauterine death, O26.8 other pregnancy conditions beside O26.2
# recurrent pregnancy loss, O20.8 bleeding in early pregnancy beside O20.0 threatened abortion.
LOSS_CATEGORIES: Final = frozenset(
    {
        "O00",  # ectopic pregnancy, every site and form
        "O01",  # hydatidiform mole: classical, partial, unspecified
        "O02",  # other abnormal products of conception: blighted ovum, missed abortion, …
        "O03",  # spontaneous abortion, complete or incomplete, with or without complication
        "N96",  # recurrent pregnancy loss
        "P95",  # stillbirth
    }
)


def normalize_code(code: str) -> str:
    """``o03.4`` → ``O034``: upper case, no dots, no spaces."""
    return re.sub(r"[.\s]", "", code).upper()


def distinct_codes(codes: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(system, code) pairs normalized, each once, in the order first given: what a look-up
    or a CDS Hooks call asks for, and what ``MAX_CODES`` counts."""
    return list(dict.fromkeys((system, normalize_code(code)) for system, code in codes))


def is_well_formed(system: str, code: str) -> bool:
    return NORMALIZED[system].fullmatch(normalize_code(code)) is not None


def display_code(system: str, normalized: str) -> str:
    """``O034`` → ``O03.4`` for ICD-10-CM; SNOMED CT ids are shown as they are."""
    if system == "icd10cm" and len(normalized) > ICD10CM_CATEGORY_LENGTH:
        return f"{normalized[:ICD10CM_CATEGORY_LENGTH]}.{normalized[ICD10CM_CATEGORY_LENGTH:]}"
    return normalized


class Match(IntEnum):
    """How a record's code relates to the code asked about, best first."""

    exact = 0
    broader = 1  # the record's code contains the asked code (O00 for O00.101)
    narrower = 2  # the record's code is within the asked code (O03.4 for O03)
    related = 3  # same ICD-10-CM category, for pregnancy-loss categories only (O03.9 for O03.4)


def relation(system: str, asked: str, recorded: str) -> Match | None:
    """How ``recorded`` relates to ``asked`` (both normalized), or None if it does not.

    SNOMED CT codes match only exactly: a concept id says nothing of its place in the
    hierarchy, and no sibling rule applies. ICD-10-CM codes also match up and down the
    hierarchy, and across a category only in LOSS_CATEGORIES."""
    if asked == recorded:
        return Match.exact
    if system != "icd10cm":
        return None
    if asked.startswith(recorded):
        return Match.broader
    if recorded.startswith(asked):
        return Match.narrower
    category = asked[:ICD10CM_CATEGORY_LENGTH]
    if category in LOSS_CATEGORIES and recorded[:ICD10CM_CATEGORY_LENGTH] == category:
        return Match.related
    return None
