"""schema.org JSON-LD for records: what search engines and other systems read.

Conditions are ``MedicalCondition`` (with ``cause``, ``signOrSymptom``, ``possibleTreatment``,
``typicalTest`` and ``code`` as ``MedicalCode``); every record is the ``about`` of a
``MedicalWebPage`` that carries ``lastReviewed`` and says its language in ``inLanguage``; the
URLs of both are the pages in that language.

URLs are absolute (schema.org consumers resolve nothing against a page's address), built on
the configured public base URL, or else on the address the request reached the service by.
Other names flagged as hurtful by the content lint stay out of ``alternateName``: search
engines show it to people, and the clinical identity of a record travels in ``code`` instead.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request

from app.record_type import RecordType, page_path
from app.registry import TYPES
from app.vocabulary import Language

CONTEXT = "https://schema.org"
CODING_SYSTEMS = {"icd10cm": "ICD-10-CM", "snomedct": "SNOMED-CT"}
PUBLIC_BASE_URL = "public_base_url"
"""The application state that holds the configured public base URL, if any."""
# Inside a <script>, JSON may not hold what HTML reads as markup: written as JSON escapes.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def public_base_url(request: Request) -> str:
    """The base of the service's absolute links, without a trailing slash:
    ``PLAPI_PUBLIC_BASE_URL`` when configured, so that a request's ``Host`` header never decides
    them; otherwise the address the request reached the service by."""
    configured: str | None = getattr(request.app.state, PUBLIC_BASE_URL, None)
    return (configured or str(request.base_url)).rstrip("/")


def absolute(base_url: str, path: str) -> str:
    """``path`` on the service reached at ``base_url`` (``https://host/`` or ``https://host``)."""
    return base_url.rstrip("/") + path


def script_json(data: Any) -> str:
    """``data`` as JSON to put inside an HTML ``<script>``: ``<``, ``>`` and ``&`` are written
    as JSON escapes, so no string in it can end the script or open a comment."""
    return json.dumps(data, ensure_ascii=False).translate(_SCRIPT_SAFE)


def kind_names(record: dict[str, Any]) -> list[str]:
    """The record's other names that may be shown to anyone: ``also_called`` without its
    ``outdated_names`` (they stay searchable)."""
    outdated = set(record.get("outdated_names") or [])
    return [name for name in record.get("also_called") or [] if name not in outdated]


def _mentions(
    type_name: str, items: list[dict[str, Any]], base_url: str, language: Language
) -> list[dict[str, Any]]:
    """Linked records, in brief, as the schema.org entities they are."""
    return [
        {
            "@type": TYPES[type_name].schema_org.type,
            "name": item["name"],
            "url": absolute(base_url, page_path(type_name, item["slug"], language)),
        }
        for item in items
    ]


def _citation(reference: dict[str, Any]) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "name": reference["title"]}
    if reference.get("source_url"):
        work["url"] = reference["source_url"]
    if reference.get("doi"):
        work["sameAs"] = f"https://doi.org/{reference['doi']}"
    if reference.get("year"):
        work["datePublished"] = str(reference["year"])
    return work


def entity(
    record_type: RecordType,
    record: dict[str, Any],
    *,
    base_url: str,
    language: Language = Language.en,
) -> dict[str, Any]:
    """The record itself as a schema.org entity, as its registry entry describes it, in
    ``language``: its name and description in that language, its URL its page in that
    language. schema.org gives ``inLanguage`` to creative works only, not to a medical entity
    or an organization, so the page about the record says the language."""
    url = absolute(base_url, page_path(record_type.name, record["slug"], language))
    if record_type.is_citation:
        return _citation(record) | {"url": url}
    described = record_type.schema_org
    data: dict[str, Any] = {
        "@type": described.type,
        "name": record["name"],
        "url": url,
        "description": record["summary"],
    }
    other_names = kind_names(record)
    if other_names:
        data["alternateName"] = other_names
    codes = record.get("codes") or []
    if described.codes == "always" or (described.codes == "when-any" and codes):
        data["code"] = [
            {
                "@type": "MedicalCode",
                "codeValue": code["code"],
                "codingSystem": CODING_SYSTEMS[code["system"]],
            }
            for code in codes
        ]
    for prop, type_name in described.links:
        data[prop] = _mentions(type_name, record[TYPES[type_name].field], base_url, language)
    for prop, field in described.properties:
        if record.get(field):
            data[prop] = record[field]
    return data


def web_page(
    record_type: RecordType,
    record: dict[str, Any],
    base_url: str,
    language: Language = Language.en,
) -> dict[str, Any]:
    """A ``MedicalWebPage`` in ``language`` about the record, with its review date and
    citations; its URLs start with ``base_url``."""
    page: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "MedicalWebPage",
        "url": absolute(base_url, page_path(record_type.name, record["slug"], language)),
        "name": record.get("name") or record.get("title"),
        "about": entity(record_type, record, base_url=base_url, language=language),
        "lastReviewed": str(record["last_reviewed"]),
        "inLanguage": language.value,
        "isAccessibleForFree": True,
        "license": "https://creativecommons.org/licenses/by/4.0/",
    }
    # The same page in the other languages: the English it was translated from, or the
    # translations of the English.
    others = [
        {
            "@type": "MedicalWebPage",
            "url": absolute(base_url, page_path(record_type.name, record["slug"], other)),
            "inLanguage": other.value,
        }
        for other in Language
        if other is not language
    ]
    if language is Language.en:
        page["workTranslation"] = others
    else:
        page["translationOfWork"] = next(o for o in others if o["inLanguage"] == Language.en)
    if record_type.cites:
        page["citation"] = [_citation(reference) for reference in record["references"]]
    return page
