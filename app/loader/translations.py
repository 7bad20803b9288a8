"""Translations: which English text a record's translation covers, whether it is current, and
what the lint checks of it.

A record's reader-facing fields are the fields of its translation model (``ConditionText`` for a
condition, …). A translation records the *fingerprint* of the English text it was made from; when
the English changes, the fingerprint changes and the lint says the translation is behind.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any, get_args

import textstat
from pydantic import BaseModel

from app.loader.problems import Problem
from app.loader.schemas import GlossaryEntry, Reviewed, StatementText, Strict, Translation
from app.vocabulary import HURTFUL, LANGUAGE_NAMES, Language, ReviewStatus

FINGERPRINT_LENGTH = 12
MIN_SPANISH_READING_EASE = 60.0
"""Fernández-Huerta reading ease a Spanish summary must reach (textstat's Spanish mode)."""

# Fields a translation carries about itself rather than text of the record.
_OWN_FIELDS = frozenset(Translation.model_fields)

# A number as written in either language: digit groups joined by a point, a comma, a space or a
# line break (thousands or decimals: 1,000 / 1.000 / 1 000 and 0.5 / 0,5 are compared as the same
# digits; a phone number wrapped over two lines is still one number).
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f \n]\d+)*")


def text_fields(record: Strict) -> tuple[str, ...]:
    """The record's reader-facing fields: those its translation model can carry."""
    translations = type(record).model_fields.get("translations")
    if translations is None:
        return ()
    model: type[Strict] = get_args(translations.annotation)[1]
    return tuple(name for name in model.model_fields if name not in _OWN_FIELDS)


def english_text(record: Strict) -> dict[str, Any]:
    """The English value of each reader-facing field that has one (statements by their text)."""
    values: dict[str, Any] = {}
    for name in text_fields(record):
        value = getattr(record, name)
        if value is None or value == [] or value == "":
            continue
        if isinstance(value, list) and value and not isinstance(value[0], str):
            value = [item.text for item in value]
        values[name] = value
    return values


def translated_text(translation: Translation) -> dict[str, Any]:
    """The translated value of each field the translation gives."""
    values: dict[str, Any] = {}
    for name in type(translation).model_fields:
        if name in _OWN_FIELDS:
            continue
        value = getattr(translation, name)
        if value is None:
            continue
        if isinstance(value, list) and value and isinstance(value[0], StatementText):
            value = [item.text for item in value]
        values[name] = value
    return values


def fingerprint(record: Strict) -> str:
    """A short hash of the record's English reader-facing text."""
    encoded = json.dumps(english_text(record), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()[:FINGERPRINT_LENGTH]


def served_text(record: Strict, language: Language) -> dict[str, Any]:
    """The translated fields that can be served in place of the English: those the English
    record has too, a list of statements only with one text for each of the English ones."""
    translation = getattr(record, "translations", {}).get(language)
    if translation is None:
        return {}
    english = english_text(record)
    return {
        name: value
        for name, value in translated_text(translation).items()
        if name in english and (not _statements(record, name) or len(value) == len(english[name]))
    }


def _statements(record: Strict, name: str) -> bool:
    """Whether the field is a list of statements, each translated in place (by position)."""
    value = getattr(record, name)
    return isinstance(value, list) and bool(value) and isinstance(value[0], BaseModel)


def fallback_fields(record: Strict, language: Language) -> list[str]:
    """Fields with English text but none in ``language`` that can be served: served in
    English."""
    if language is Language.en:
        return []
    return _served_in_english(record, served_text(record, language))


def _served_in_english(record: Strict, served: dict[str, Any]) -> list[str]:
    """The fields with English text that ``served`` (a language's text) lacks."""
    return sorted(name for name in english_text(record) if name not in served)


def fold(text: str) -> str:
    """``text`` without accents or case, as names sort in any language ("Síndrome" by
    "sindrome")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _review(record: Reviewed, translation: Translation | None) -> dict[str, Any]:
    """How far the text served in another language has been checked: the translation's own
    review, unless the English record's is lower (a translation is never more checked than
    what it translates) or there is no translation (the English is served)."""
    order = list(ReviewStatus)
    served: Reviewed = record
    if translation is not None and order.index(translation.review_status) <= order.index(
        record.review_status
    ):
        served = translation
    return {
        "review_status": served.review_status.value,
        "clinician_review": (
            served.clinician_review.model_dump(mode="json") if served.clinician_review else None
        ),
    }


def stored(record: Strict, glossary: list[GlossaryEntry]) -> dict[str, Any]:
    """What the database keeps of a record's other languages, by language code: the text of
    each field that can be served, the fields that fall back to English, how far the text
    served has been checked, its other names that hurt (by the glossary and the English list),
    and the key its name sorts by. Empty for a record with no reader-facing text (a
    reference)."""
    if not text_fields(record):
        return {}
    assert isinstance(record, Reviewed)
    languages: dict[str, Any] = {}
    for language in Language:
        if language is Language.en:
            continue
        hurts = hurtful(glossary, language)
        text = served_text(record, language)
        names: list[str] = text.get("also_called", getattr(record, "also_called", []))
        languages[language.value] = {
            "text": text,
            "fallback_fields": _served_in_english(record, text),
            **_review(record, getattr(record, "translations", {}).get(language)),
            "outdated_names": [name for name in names if hurts(name)],
            "sort_name": fold(text.get("name", getattr(record, "name", ""))),
        }
    return languages


def completeness(records: Iterable[Strict]) -> list[dict[str, Any]]:
    """How complete each language is over ``records`` (those with reader-facing text): how
    many records it has text for, how many of those translate an older English text, how many
    fields fall back to English, and the share of English fields it has text for."""
    readable = [record for record in records if text_fields(record)]
    fields = sum(len(english_text(record)) for record in readable)
    languages = []
    for language in Language:
        translated = behind = fallback = 0
        for record in readable:
            translation = getattr(record, "translations", {}).get(language)
            translated += language is Language.en or translation is not None
            behind += translation is not None and translation.translated_from != fingerprint(record)
            fallback += len(fallback_fields(record, language))
        languages.append(
            {
                "code": language.value,
                "name": LANGUAGE_NAMES[language],
                "records": len(readable),
                "translated": translated,
                "behind": behind,
                "fallback_fields": fallback,
                "complete": round(1 - fallback / fields, 4) if fields else 1.0,
            }
        )
    return languages


def numbers(text: str) -> Counter[str]:
    """The numbers in ``text`` as digit strings, separators dropped."""
    return Counter(re.sub(r"\D", "", match) for match in _NUMBER.findall(text))


def reading_ease_es(text: str) -> float:
    textstat.set_lang("es")
    try:
        return float(textstat.fernandez_huerta(text))
    finally:
        textstat.set_lang("en_US")


def _pieces(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    else:
        for index, item in enumerate(value):
            yield f"{path}[{index}]", item


def hurtful(glossary: list[GlossaryEntry], language: Language) -> Callable[[str], bool]:
    """Whether a name hurts: an English term that does (``HURTFUL``), or, in Spanish, a term
    the glossary avoids (``es_avoid``). The search index and the stored translations both
    ask this, so that a page hides the names search does."""
    avoided = _avoided(glossary) if language is Language.es else None
    return lambda name: bool(HURTFUL.search(name) or (avoided and avoided.search(name)))


def _avoided(glossary: list[GlossaryEntry]) -> re.Pattern[str] | None:
    terms = sorted({term for entry in glossary for term in entry.es_avoid}, key=len, reverse=True)
    if not terms:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b", re.IGNORECASE)


def lint_translations(
    where: str, slug: str, record: Strict, glossary: list[GlossaryEntry]
) -> list[Problem]:
    """Every translation of ``record``: current, complete in its lists, the same numbers as the
    English, no hurtful term outside other names, and a plain Spanish summary."""
    problems: list[Problem] = []
    current = fingerprint(record)
    english = english_text(record)
    avoided = _avoided(glossary)
    for language, translation in getattr(record, "translations", {}).items():
        base = f"translations.{language.value}"
        if translation.translated_from != current:
            problems.append(
                Problem(
                    where,
                    slug,
                    f"{base}.translated_from",
                    f"translates an older English text ({translation.translated_from}); the "
                    f"English is now {current}: bring the {language.value} text up to date, then "
                    f"set translated_from: {current}",
                )
            )
        for name, value in translated_text(translation).items():
            original = english.get(name)
            if original is None:
                problems.append(
                    Problem(where, slug, f"{base}.{name}", "the English record has no such text")
                )
                continue
            if name == "also_called":
                continue  # other names need not match one for one; they carry no figures
            if isinstance(value, list) and len(value) != len(original):
                problems.append(
                    Problem(
                        where,
                        slug,
                        f"{base}.{name}",
                        f"has {len(value)} items; the English has {len(original)}",
                    )
                )
                continue
            pairs = zip(_pieces(value, f"{base}.{name}"), _pieces(original, name), strict=True)
            for (path, text), (_, source) in pairs:
                theirs, ours = numbers(source), numbers(text)
                if theirs != ours:
                    problems.append(
                        Problem(
                            where,
                            slug,
                            path,
                            f"numbers differ from the English: {sorted(theirs.elements())} "
                            f"in English, {sorted(ours.elements())} here",
                        )
                    )
                hurtful = avoided.search(text) if avoided else None
                if hurtful:
                    problems.append(
                        Problem(
                            where,
                            slug,
                            path,
                            f"{hurtful.group(0)!r} may hurt; use it only in also_called",
                        )
                    )
        summary = getattr(translation, "summary", None)
        if language is Language.es and summary is not None:
            ease = reading_ease_es(summary)
            if ease < MIN_SPANISH_READING_EASE:
                problems.append(
                    Problem(
                        where,
                        slug,
                        f"{base}.summary",
                        f"Fernández-Huerta reading ease {ease:.0f} is below "
                        f"{MIN_SPANISH_READING_EASE:g}; use shorter words and sentences",
                    )
                )
    return problems
