"""Translations in the data: current with the English, the same numbers, the same lists, kind
words and a plain Spanish summary; and what falls back to English."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from app.loader.files import read_dataset
from app.loader.lint import lint
from app.loader.pipeline import check
from app.loader.problems import DatasetError
from app.loader.translations import (
    english_text,
    fallback_fields,
    fingerprint,
    numbers,
    reading_ease_es,
    text_fields,
)
from app.vocabulary import Language


def spotting_es(data: Path) -> dict[str, str]:
    """A Spanish name and summary for spotting that carry the English summary's numbers."""
    english = read_dataset(data).records["symptoms"]["spotting"].summary  # type: ignore[attr-defined]
    figures = " ".join(f"Llame a las {n} semanas." for n in sorted(numbers(english).elements()))
    return {
        "name": "Manchado",
        "summary": f"El manchado es un poco de sangre de la vagina. Es común. {figures}",
    }


def translate(path: Path, **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = yaml.safe_load(path.read_text())
    record["translations"] = {"es": {"review_status": "draft", **fields}}
    path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True))
    return record


def current_fingerprint(data: Path, folder: str, slug: str) -> str:
    return fingerprint(read_dataset(data).records[folder][slug])


def translation_problems(data: Path) -> list[tuple[str, str, str]]:
    return [
        (p.record, p.field, p.message)
        for p in lint(check(data)).problems
        if p.field.startswith("translations")
    ]


def test_reader_facing_fields_by_type(data_copy: Path) -> None:
    records = read_dataset(data_copy).records
    condition = text_fields(records["conditions"]["miscarriage"])
    assert {"name", "summary", "details", "definitions", "how_common", "outlook"} <= set(condition)
    assert "codes" not in condition
    assert "weeks" not in condition
    assert "urgency_by_week" in text_fields(records["symptoms"]["spotting"])
    assert text_fields(records["references"]["chu-2020-mifemiso"]) == ()


def test_a_current_translation_passes_and_its_fallbacks_are_named(data_copy: Path) -> None:
    path = data_copy / "symptoms" / "spotting.yaml"
    translate(
        path,
        translated_from=current_fingerprint(data_copy, "symptoms", "spotting"),
        **spotting_es(data_copy),
    )
    assert translation_problems(data_copy) == []
    record = check(data_copy).records["symptoms"]["spotting"]
    missing = fallback_fields(record, Language.es)
    assert "name" not in missing
    assert "summary" not in missing
    assert "details" in missing
    assert "when_to_seek_care" in missing
    assert fallback_fields(record, Language.en) == []


def test_changing_the_english_puts_the_translation_behind(data_copy: Path) -> None:
    path = data_copy / "symptoms" / "spotting.yaml"
    before = current_fingerprint(data_copy, "symptoms", "spotting")
    record = translate(path, translated_from=before, **spotting_es(data_copy))
    record["summary"] = record["summary"] + " Call your provider."
    path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True))
    after = current_fingerprint(data_copy, "symptoms", "spotting")
    assert after != before
    ((slug, field, message),) = translation_problems(data_copy)
    assert (slug, field) == ("spotting", "translations.es.translated_from")
    assert before in message
    assert after in message


def test_numbers_must_match_the_english(data_copy: Path) -> None:
    path = data_copy / "causes" / "maternal-age.yaml"
    english = english_text(check(data_copy).records["causes"]["maternal-age"])
    assert numbers(english["summary"]) or numbers(english["details"])
    field = "summary" if numbers(english["summary"]) else "details"
    translate(
        path,
        translated_from=current_fingerprint(data_copy, "causes", "maternal-age"),
        **{field: "El riesgo es de 99 por ciento."},
    )
    ((_, where, message),) = translation_problems(data_copy)
    assert where == f"translations.es.{field}"
    assert "numbers differ" in message


def test_decimal_commas_and_thousands_are_the_same_numbers() -> None:
    assert numbers("100.4 °F (38 °C), 21,000 a year, 0.5") == numbers(
        "100,4 °F (38 °C), 21 000 al año, 0,5"
    )
    assert numbers("at 12 weeks") != numbers("a las 13 semanas")
    assert numbers("call 0808 164\n3332") == numbers("llame al 0808 164 3332")


def test_statement_lists_keep_their_length(data_copy: Path) -> None:
    path = data_copy / "conditions" / "miscarriage.yaml"
    record: Any = check(data_copy).records["conditions"]["miscarriage"]
    assert len(record.definitions) > 1
    translate(
        path,
        translated_from=fingerprint(record),
        definitions=[{"text": "Una definición."}],
    )
    problems = translation_problems(data_copy)
    assert (
        "miscarriage",
        "translations.es.definitions",
        f"has 1 items; the English has {len(record.definitions)}",
    ) in problems


def test_hurtful_spanish_terms_only_in_other_names(data_copy: Path) -> None:
    path = data_copy / "causes" / "cervical-insufficiency.yaml"
    translate(
        path,
        translated_from=current_fingerprint(data_copy, "causes", "cervical-insufficiency"),
        also_called=["Cuello uterino incompetente"],
        name="Insuficiencia cervical",
    )
    assert translation_problems(data_copy) == []
    translate(
        path,
        translated_from=current_fingerprint(data_copy, "causes", "cervical-insufficiency"),
        name="Cuello uterino incompetente",
    )
    ((_, field, message),) = translation_problems(data_copy)
    assert field == "translations.es.name"
    assert "may hurt" in message


def test_a_hard_spanish_summary_is_flagged(data_copy: Path) -> None:
    hard = (
        "La insuficiencia cervical constituye una incapacidad anatomofuncional del cuello "
        "uterino para mantener la gestación durante el segundo trimestre sin contracciones."
    )
    assert reading_ease_es(hard) < 60
    path = data_copy / "causes" / "cervical-insufficiency.yaml"
    translate(
        path,
        translated_from=current_fingerprint(data_copy, "causes", "cervical-insufficiency"),
        summary=hard,
    )
    ((_, field, message),) = translation_problems(data_copy)
    assert field == "translations.es.summary"
    assert "Fernández-Huerta" in message


def test_english_is_not_a_translation(data_copy: Path) -> None:
    path = data_copy / "symptoms" / "spotting.yaml"
    record = yaml.safe_load(path.read_text())
    record["translations"] = {"en": {"translated_from": "0" * 12, "review_status": "draft"}}
    path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True))
    with pytest.raises(DatasetError) as caught:
        check(data_copy)
    assert any("written in English" in p.message for p in caught.value.problems)


def test_the_glossary_is_read_and_checked(data_copy: Path) -> None:
    glossary = check(data_copy).glossary
    assert any(entry.es == "aborto espontáneo" for entry in glossary)
    assert any("huevo huero" in entry.es_avoid for entry in glossary)
    path = data_copy / "glossary.yaml"
    path.write_text(path.read_text() + "- en: typo\n  es: error\n  es_avid: [x]\n")
    with pytest.raises(DatasetError) as caught:
        check(data_copy)
    (problem,) = caught.value.problems
    assert (problem.file, problem.field, problem.message) == (
        "data/glossary.yaml",
        "es_avid",
        "unknown key",
    )
