"""schema.org JSON-LD for records: what search engines and other systems read.

Conditions are ``MedicalCondition`` (with ``cause``, ``signOrSymptom``, ``possibleTreatment``,
``typicalTest`` and ``code`` as ``MedicalCode``); every record is the ``about`` of a
``MedicalWebPage`` that carries ``lastReviewed``. URLs are relative to the service.
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
    return f"/{type_name}/{slug}"


def _linked(type_name: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"@type": TYPES[type_name], "name": item["name"], "url": page_url(type_name, item["slug"])}
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


def entity(type_name: str, record: dict[str, Any]) -> dict[str, Any]:
    """The record itself as a schema.org entity."""
    if type_name == "references":
        return _citation(record) | {"url": page_url(type_name, record["slug"])}
    data: dict[str, Any] = {
        "@type": TYPES[type_name],
        "name": record["name"],
        "url": page_url(type_name, record["slug"]),
        "description": record["summary"],
    }
    if record.get("also_called"):
        data["alternateName"] = record["also_called"]
    if type_name == "conditions":
        data["code"] = [
            {
                "@type": "MedicalCode",
                "codeValue": code["code"],
                "codingSystem": CODING_SYSTEMS[code["system"]],
            }
            for code in record["codes"]
        ]
        data["cause"] = _linked("causes", record["causes"])
        data["signOrSymptom"] = _linked("symptoms", record["symptoms"])
        data["possibleTreatment"] = _linked("treatments", record["treatments"])
        data["typicalTest"] = _linked("diagnostic-tests", record["diagnostic_tests"])
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


def web_page(type_name: str, record: dict[str, Any]) -> dict[str, Any]:
    """A ``MedicalWebPage`` about the record, with its review date and citations."""
    page: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "MedicalWebPage",
        "url": page_url(type_name, record["slug"]),
        "name": record.get("name") or record.get("title"),
        "about": entity(type_name, record),
        "lastReviewed": str(record["last_reviewed"]),
        "inLanguage": "en",
        "isAccessibleForFree": True,
        "license": "https://creativecommons.org/licenses/by/4.0/",
    }
    if type_name != "references":
        page["citation"] = [_citation(reference) for reference in record["references"]]
    return page
