"""The key facts on a record's page: each type's facts are listed in the registry
(``app.registry.Fact``); this module knows how each is shown, as text or safe HTML."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from app.record_type import RecordType
from app.vocabulary import tel_href

URGENCY = {
    "emergency": "Emergency: get help now",
    "urgent": "Urgent: contact your care team today or sooner, not at your next visit",
    "routine": "Routine: mention it at your next visit",
}


def weeks_text(weeks: dict[str, Any] | None) -> str:
    if not weeks:
        return ""
    start, end = weeks["start"], weeks["end"]
    if end is None:
        return f"From week {start}"
    return f"Before week {end}" if start == 0 else f"Weeks {start} to {end - 1}"


def bullets(items: list[str]) -> Markup | str:
    if not items:
        return ""
    return Markup("<ul>{}</ul>").format(
        Markup("").join(Markup("<li>{}</li>").format(i) for i in items)
    )


def _link(href: str, text: str) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, text)


def _changeable(modifiable: str, record: dict[str, Any]) -> str:
    return f"{modifiable.capitalize()}. {record['what_can_change'] or ''}".strip()


def _publisher(publisher: str | None, record: dict[str, Any]) -> str | None:
    return (record.get("organization") or {}).get("name") or publisher


# How a fact is shown, by the name the registry gives: (the field's value, the record) -> shown.
SHOWN_AS: dict[str, Callable[[Any, dict[str, Any]], Any]] = {
    "text": lambda value, _: value,
    "weeks": lambda value, _: weeks_text(value),
    "list": lambda value, _: bullets(value),
    "statements": lambda value, _: bullets([s["text"] for s in value]),
    "definitions": lambda value, _: bullets([f"{d['jurisdiction']}: {d['text']}" for d in value]),
    "codes": lambda value, _: ", ".join(f"{c['code']} ({c['system']})" for c in value),
    "joined": lambda value, _: ", ".join(value),
    "capitalized": lambda value, _: value.replace("-", " ").capitalize(),
    "urgency": lambda value, _: URGENCY[value],
    "changeable": _changeable,
    "publisher": _publisher,
    "phone": lambda value, _: _link(tel_href(value), value) if value else None,
    "link": lambda value, _: _link(value, value) if value else None,
    "doi": lambda value, _: _link(f"https://doi.org/{value}", value) if value else None,
    "pubmed": lambda value, _: (
        _link(f"https://pubmed.ncbi.nlm.nih.gov/{value}/", value) if value else None
    ),
}


def facts(record_type: RecordType, record: dict[str, Any]) -> list[tuple[str, Any]]:
    """The type's facts that the record has, as (label, text or safe HTML) pairs."""
    found = []
    for fact in record_type.facts:
        shown = SHOWN_AS[fact.shown_as](record.get(fact.field), record)
        if shown:
            found.append((fact.label, shown))
    return found
