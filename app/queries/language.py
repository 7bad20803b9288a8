"""Records in the language asked for: what the loader stored of a record's other languages
(``app.loader.translations.stored``) put in place of its English text.

A field with text in the language asked for is served in it, a statement's words in place of
the English ones; any other field is served in English and named in ``fallback_fields``. The
review status is that of the text served. Any field a translation model gains is served the
same way: nothing here names a field.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func

from app.record_type import RecordType
from app.vocabulary import Language


def _stored(row: Any, language: Language) -> dict[str, Any] | None:
    """What the row keeps of ``language``; None for English, or a record with no text in other
    languages (a reference)."""
    if language is Language.en:
        return None
    found: dict[str, Any] | None = row.translations.get(language.value)
    return found


def title(record_type: RecordType, row: Any, language: Language) -> str:
    """The row's name in ``language`` (in English when it has none there)."""
    stored = _stored(row, language)
    english: str = getattr(row, record_type.title_column)
    return str(stored["text"].get("name", english)) if stored else english


def summary(record_type: RecordType, row: Any, language: Language) -> str:
    """The row's summary in ``language`` (in English when it has none there)."""
    stored = _stored(row, language)
    english: str = getattr(row, record_type.summary_column)
    return str(stored["text"].get("summary", english)) if stored else english


def in_language(data: dict[str, Any], row: Any, language: Language) -> dict[str, Any]:
    """``data`` (a row's fields, as its public models read them) in ``language``: the text
    stored for it in place, and ``fallback_fields`` naming the fields left in English. The
    review status and sign-off are those of the text served, the other names that hurt are
    those the loader found in that language, and the record's terms are said in it."""
    stored = _stored(row, language)
    data["fallback_fields"] = stored["fallback_fields"] if stored else []
    data["served_language"] = language
    if stored is None:
        return data
    for field, value in stored["text"].items():
        english = data.get(field)
        if isinstance(english, list) and english and isinstance(english[0], dict):
            data[field] = [
                {**item, "text": text} for item, text in zip(english, value, strict=True)
            ]
        else:
            data[field] = value
    data["review_status"] = stored["review_status"]
    data["clinician_review"] = stored["clinician_review"]
    data["known_outdated_names"] = stored["outdated_names"]
    return data


def _stored_value(table: Any, language: Language, key: str) -> ColumnElement[Any]:
    extracted: ColumnElement[Any] = func.json_extract(
        table.translations, f"$.{language.value}.{key}"
    )
    return extracted


def title_order(record_type: RecordType, language: Language) -> ColumnElement[Any]:
    """What lists of ``record_type`` are ordered by: the name in ``language`` without accents
    or case ("Síndrome" between "Sin" and "Sir"), as the loader stored it; in English, the
    name as written, as it always was."""
    table: Any = record_type.table
    column: ColumnElement[Any] = getattr(table, record_type.title_column)
    if language is Language.en:
        return column
    ordered: ColumnElement[Any] = func.coalesce(_stored_value(table, language, "sort_name"), column)
    return ordered


def stored_or_column(table: Any, column: str, language: Language) -> ColumnElement[Any]:
    """A column's value as served in ``language``: the stored one where the loader keeps one
    per language (a review status), else the column's own."""
    own: ColumnElement[Any] = getattr(table, column)
    if language is Language.en:
        return own
    served: ColumnElement[Any] = func.coalesce(_stored_value(table, language, column), own)
    return served
