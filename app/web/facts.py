"""The key facts on a record's page: each type's facts are listed in the registry
(``app.registry.Fact``); this module knows how each is shown, as text or safe HTML, in the
page's language (``app.i18n``: the words here are the catalogs' keys).

Phone numbers in what a page shows are links that dial them (``app.phones``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import partial
from typing import Any

from markupsafe import Markup, escape

from app import phones
from app.i18n import long_date, msg, translate
from app.record_type import RecordType
from app.vocabulary import Language

Say = Callable[..., str]
"""``translate`` for one language: ``say(text, **values)``."""

URGENCY = {
    "emergency": msg("Emergency: get help now"),
    "urgent": msg("Urgent: contact your care team today or sooner, not at your next visit"),
    "routine": msg("Routine: mention it at your next visit"),
}
URGENCY_IN_SHORT = {
    "emergency": msg("Emergency"),
    "urgent": msg("Urgent"),
    "routine": msg("Routine"),
}
COUNTRY_NAMES = {
    "US": msg("United States"),
    "GB": msg("United Kingdom"),
    "international": msg("International"),
}
JURISDICTIONS = {
    "US": msg("US"),
    "UK": msg("UK"),
    "WHO": msg("WHO"),
    "international": msg("international"),
}
REVIEW_TEXT = {
    "draft": msg("a draft: written from its sources, not yet checked against them line by line"),
    "source-checked": msg("checked against its sources"),
}
SIGNED_OFF = msg("signed off by %(name)s, %(credentials)s, on %(date)s")
SEND_A_TEXT = msg("send a text")
FROM_WEEK = msg("From week %(week)s")
BEFORE_WEEK = msg("Before week %(week)s")
WEEKS = msg("Weeks %(start)s to %(end)s")
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


def review_text(record: dict[str, Any], language: Language = Language.en) -> Markup | str:
    """How far the record (the text shown, in another language) has been checked, in a few
    quiet words."""
    signed = record.get("clinician_review")
    if signed:
        return Markup(translate(language, SIGNED_OFF)) % {
            "name": signed["name"],
            "credentials": signed["credentials"],
            "date": long_date(dt.date.fromisoformat(str(signed["date"])), language),
        }
    status = REVIEW_TEXT.get(record.get("review_status") or "draft")
    return translate(language, status) if status else ""


def weeks_text(weeks: dict[str, Any] | None, say: Say) -> str:
    if not weeks:
        return ""
    start, end = weeks["start"], weeks["end"]
    if end is None:
        return say(FROM_WEEK, week=start)
    return say(BEFORE_WEEK, week=end) if start == 0 else say(WEEKS, start=start, end=end - 1)


def bullets(items: list[str] | list[Markup]) -> Markup | str:
    if not items:
        return ""
    return Markup("<ul>{}</ul>").format(
        Markup("").join(Markup("<li>{}</li>").format(i) for i in items)
    )


def _by_week(entries: list[dict[str, Any]], say: Say) -> Markup | str:
    return bullets(
        [
            Markup("<strong>{}: {}.</strong> {}").format(
                weeks_text(entry["weeks"], say),
                say(URGENCY_IN_SHORT[entry["urgency"]]),
                entry["text"],
            )
            for entry in entries
        ]
    )


def _text_line(text_line: str | None, record: dict[str, Any], say: Say) -> Markup | str | None:
    if not text_line:
        return None
    if record.get("text_number"):
        sms = phones.sms(record["text_number"], record.get("text_keyword"))
        return Markup('{} (<a href="{}">{}</a>)').format(text_line, sms, say(SEND_A_TEXT))
    return text_line


def _link(href: str, text: str) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, text)


def value_name(value: str, say: Say) -> str:
    """A vocabulary value as words (``professional-body``: "Professional body")."""
    return say(value.replace("-", " ").capitalize())


def _changeable(modifiable: str, record: dict[str, Any], say: Say) -> str:
    return f"{value_name(modifiable, say)}. {record['what_can_change'] or ''}".strip()


def _publisher(publisher: str | None, record: dict[str, Any], say: Say) -> str | None:
    return (record.get("organization") or {}).get("name") or publisher


def _definitions(value: list[dict[str, Any]], say: Say) -> Markup | str:
    return bullets([f"{say(JURISDICTIONS[d['jurisdiction']])}: {d['text']}" for d in value])


# How a fact is shown, by the name the registry gives: (the field's value, the record, the
# page's `say`) -> shown.
SHOWN_AS: dict[str, Callable[[Any, dict[str, Any], Say], Any]] = {
    "text": lambda value, _, __: value,
    "weeks": lambda value, _, say: weeks_text(value, say),
    "list": lambda value, _, __: bullets(value),
    "statements": lambda value, _, __: bullets([s["text"] for s in value]),
    "definitions": lambda value, _, say: _definitions(value, say),
    "codes": lambda value, _, __: ", ".join(f"{c['code']} ({c['system']})" for c in value),
    "joined": lambda value, _, __: ", ".join(value),
    "trimesters": lambda value, _, say: ", ".join(say(trimester) for trimester in value),
    "capitalized": lambda value, _, say: value_name(value, say),
    "urgency": lambda value, _, say: say(URGENCY[value]),
    "urgency_by_week": lambda value, _, say: _by_week(value, say) if value else None,
    "country": lambda value, _, say: say(COUNTRY_NAMES[value]) if value in COUNTRY_NAMES else value,
    "text_line": _text_line,
    "changeable": _changeable,
    "publisher": _publisher,
    "phone": lambda value, record, _: (
        _link(phones.tel(value, record.get("country")), value) if value else None
    ),
    "link": lambda value, _, __: _link(value, value) if value else None,
    "doi": lambda value, _, __: _link(f"https://doi.org/{value}", value) if value else None,
    "pubmed": lambda value, _, __: (
        _link(f"https://pubmed.ncbi.nlm.nih.gov/{value}/", value) if value else None
    ),
}


def facts(
    record_type: RecordType,
    record: dict[str, Any],
    *,
    professional: bool = False,
    target: str | None = None,
    language: Language = Language.en,
) -> list[tuple[str, Any, str]]:
    """The type's facts that the record has, as (label, safe HTML, field) triples in
    ``language``, phone numbers linked: those for everyone, or (``professional``) those for
    health professionals."""
    say = partial(translate, language)
    found = []
    for fact in record_type.facts:
        if fact.professional is not professional:
            continue
        shown = SHOWN_AS[fact.shown_as](record.get(fact.field), record, say)
        if shown:
            found.append((say(fact.label), link_numbers(shown, target), fact.field))
    return found
