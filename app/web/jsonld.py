"""schema.org JSON-LD for records: what search engines and other systems read.

Conditions are ``MedicalCondition`` (with ``cause``, ``signOrSymptom``, ``possibleTreatment``,
``typicalTest`` and ``code`` as ``MedicalCode``); every record is the ``about`` of a
``MedicalWebPage`` that carries ``lastReviewed``.

URLs are absolute, built on the base URL the request reached the service by (schema.org
consumers resolve nothing against a page's address). Other names flagged as hurtful by the
content lint stay out of ``alternateName``: search engines show it to people, and the
clinical identity of a record travels in ``code`` instead.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "https://schema.org"
CODING_SYSTEMS = {"icd10cm": "ICD-10-CM", "snomedct": "SNOMED-CT"}
TYPES = {
    "conditions": "MedicalCondition",
    "causes": "MedicalCause",
    "symptoms": "MedicalSignOrSymptom",
    "diagnostic-tests": "MedicalTest",
    "treatments": "MedicalTherapy",
    "organizations": "Organization",
    "references": "CreativeWork",
}


def page_url(type_name: str, slug: str) -> str:
    """The path of a record's page, for links within the service's own pages."""
    return f"/{type_name}/{slug}"


def absolute(base_url: str, path: str) -> str:
    """``path`` on the service reached at ``base_url`` (``https://host/`` or ``https://host``)."""
    return base_url.rstrip("/") + path


def kind_names(record: dict[str, Any]) -> list[str]:
    """The record's other names that may be shown to anyone: ``also_called`` without its
    ``outdated_names`` (they stay searchable)."""
    outdated = set(record.get("outdated_names") or [])
    return [name for name in record.get("also_called") or [] if name not in outdated]


def _linked(type_name: str, items: list[dict[str, Any]], base_url: str) -> list[dict[str, Any]]:
    return [
        {
            "@type": TYPES[type_name],
            "name": item["name"],
            "url": absolute(base_url, page_url(type_name, item["slug"])),
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


def entity(type_name: str, record: dict[str, Any], *, base_url: str) -> dict[str, Any]:
    """The record itself as a schema.org entity."""
    url = absolute(base_url, page_url(type_name, record["slug"]))
    if type_name == "references":
        return _citation(record) | {"url": url}
    data: dict[str, Any] = {
        "@type": TYPES[type_name],
        "name": record["name"],
        "url": url,
        "description": record["summary"],
    }
    other_names = kind_names(record)
    if other_names:
        data["alternateName"] = other_names
    if type_name == "conditions":
        data["code"] = [
            {
                "@type": "MedicalCode",
                "codeValue": code["code"],
                "codingSystem": CODING_SYSTEMS[code["system"]],
            }
            for code in record["codes"]
        ]
        data["cause"] = _linked("causes", record["causes"], base_url)
        data["signOrSymptom"] = _linked("symptoms", record["symptoms"], base_url)
        data["possibleTreatment"] = _linked("treatments", record["treatments"], base_url)
        data["typicalTest"] = _linked("diagnostic-tests", record["diagnostic_tests"], base_url)
    elif type_name == "causes" and record.get("codes"):
        data["code"] = [
            {
                "@type": "MedicalCode",
                "codeValue": code["code"],
                "codingSystem": CODING_SYSTEMS[code["system"]],
            }
            for code in record["codes"]
        ]
    elif type_name == "organizations":
        if record.get("website"):
            data["sameAs"] = record["website"]
        if record.get("phone"):
            data["telephone"] = record["phone"]
    return data


def web_page(type_name: str, record: dict[str, Any], *, base_url: str) -> dict[str, Any]:
    """A ``MedicalWebPage`` about the record, with its review date and citations; its URLs
    start with ``base_url``."""
    page: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "MedicalWebPage",
        "url": absolute(base_url, page_url(type_name, record["slug"])),
        "name": record.get("name") or record.get("title"),
        "about": entity(type_name, record, base_url=base_url),
        "lastReviewed": str(record["last_reviewed"]),
        "inLanguage": "en",
        "isAccessibleForFree": True,
        "license": "https://creativecommons.org/licenses/by/4.0/",
    }
    if type_name != "references":
        page["citation"] = [_citation(reference) for reference in record["references"]]
    return page
