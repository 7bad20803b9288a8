"""The key facts on a record's page: each type's facts are listed in the registry
(``app.registry.Fact``); this module knows how each is shown, as text or safe HTML.

Phone numbers in what a page shows are links that dial them (``app.phones``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from markupsafe import Markup, escape

from app import phones
from app.record_type import RecordType

URGENCY = {
    "emergency": "Emergency: get help now",
    "urgent": "Urgent: contact your care team today or sooner, not at your next visit",
    "routine": "Routine: mention it at your next visit",
}


COUNTRY_NAMES = {"US": "United States", "GB": "United Kingdom", "international": "International"}
REVIEW_TEXT = {
    "draft": "a draft: written from its sources, not yet checked against them line by line",
    "source-checked": "checked against its sources",
}
_TAG = re.compile(r"(<[^>]*>)")


def link_numbers(html: str | Markup, target: str | None = None) -> Markup:
    """Safe HTML with each phone number in its text a ``tel:`` link (``911``, ``999``, ``988``,
    ``116 123``, ``0808 164 3332``, ``1-800-799-SAFE (7233)``), leaving existing links as they
    are; ``target`` as every link of the page has it (an embed's ``_blank``). Plain text is
    escaped first."""
    source = html if isinstance(html, Markup) else escape(html)
    opens = f' target="{target}"' if target else ""
    parts = _TAG.split(str(source))
    in_link = False
    for index, part in enumerate(parts):
        if part.startswith("<"):
            if part.startswith("<a ") or part == "<a>":
                in_link = True
            elif part == "</a>":
                in_link = False
        elif not in_link:
            parts[index] = phones.IN_TEXT.sub(
                lambda m: f'<a href="{phones.tel(m.group(0))}"{opens}>{m.group(0)}</a>', part
            )
    return Markup("".join(parts))


def review_text(record: dict[str, Any]) -> Markup | str:
    """How far the record has been checked, in a few quiet words."""
    signed = record.get("clinician_review")
    if signed:
        return Markup("signed off by {}, {}, on {}").format(
            signed["name"], signed["credentials"], signed["date"]
        )
    return REVIEW_TEXT.get(record.get("review_status") or "draft", "")


def weeks_text(weeks: dict[str, Any] | None) -> str:
    if not weeks:
        return ""
    start, end = weeks["start"], weeks["end"]
    if end is None:
        return f"From week {start}"
    return f"Before week {end}" if start == 0 else f"Weeks {start} to {end - 1}"


def bullets(items: list[str] | list[Markup]) -> Markup | str:
    if not items:
        return ""
    return Markup("<ul>{}</ul>").format(
        Markup("").join(Markup("<li>{}</li>").format(i) for i in items)
    )


def _by_week(entries: list[dict[str, Any]]) -> Markup | str:
    return bullets(
        [
            Markup("<strong>{}: {}.</strong> {}").format(
                weeks_text(entry["weeks"]), URGENCY[entry["urgency"]].split(":")[0], entry["text"]
            )
            for entry in entries
        ]
    )


def _text_line(text_line: str | None, record: dict[str, Any]) -> Markup | str | None:
    if not text_line:
        return None
    if record.get("text_number"):
        sms = phones.sms(record["text_number"], record.get("text_keyword"))
        return Markup('{} (<a href="{}">send a text</a>)').format(text_line, sms)
    return text_line


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
    "urgency_by_week": lambda value, _: _by_week(value) if value else None,
    "country": lambda value, _: COUNTRY_NAMES.get(value, value),
    "text_line": _text_line,
    "changeable": _changeable,
    "publisher": _publisher,
    "phone": lambda value, record: (
        _link(phones.tel(value, record.get("country")), value) if value else None
    ),
    "link": lambda value, _: _link(value, value) if value else None,
    "doi": lambda value, _: _link(f"https://doi.org/{value}", value) if value else None,
    "pubmed": lambda value, _: (
        _link(f"https://pubmed.ncbi.nlm.nih.gov/{value}/", value) if value else None
    ),
}


def facts(
    record_type: RecordType,
    record: dict[str, Any],
    *,
    professional: bool = False,
    target: str | None = None,
) -> list[tuple[str, Any]]:
    """The type's facts that the record has, as (label, safe HTML) pairs, phone numbers
    linked: those for everyone, or (``professional``) those for health professionals."""
    found = []
    for fact in record_type.facts:
        if fact.professional is not professional:
            continue
        shown = SHOWN_AS[fact.shown_as](record.get(fact.field), record)
        if shown:
            found.append((fact.label, link_numbers(shown, target)))
    return found
