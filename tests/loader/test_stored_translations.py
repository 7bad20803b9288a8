"""What the database keeps of each record's other languages: the text that can be served, the
fields that fall back to English, the review of the text served, the other names that hurt,
and how complete each language is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import create_engine, text

from app.loader.pipeline import check, load
from app.loader.translations import completeness, fold, stored
from tests.helpers import DATA_DIR


def edit_translation(path: Path, **changes: Any) -> None:
    """Change a record's Spanish text (None drops a field), leaving its English alone."""
    record = yaml.safe_load(path.read_text())
    spanish = record["translations"]["es"]
    for field, value in changes.items():
        if value is None:
            spanish.pop(field)
        else:
            spanish[field] = value
    path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True))


def test_every_content_record_and_organization_has_its_spanish_stored() -> None:
    dataset = check(DATA_DIR)
    for folder, records in dataset.records.items():
        for slug, record in records.items():
            kept = stored(record, dataset.glossary)
            if folder == "references":
                assert kept == {}, slug
                continue
            spanish = kept["es"]
            assert spanish["fallback_fields"] == [], (folder, slug)
            assert spanish["text"]["name"] == record.translations["es"].name  # type: ignore[attr-defined]
            assert spanish["sort_name"] == fold(spanish["text"]["name"])


def test_statements_are_stored_as_their_words_in_order() -> None:
    dataset = check(DATA_DIR)
    record: Any = dataset.records["conditions"]["miscarriage"]
    spanish = stored(record, dataset.glossary)["es"]["text"]
    assert spanish["definitions"] == [s.text for s in record.translations["es"].definitions]
    assert len(spanish["definitions"]) == len(record.definitions)


def test_hurtful_spanish_names_are_known_by_the_glossary() -> None:
    dataset = check(DATA_DIR)
    cervix = stored(dataset.records["causes"]["cervical-insufficiency"], dataset.glossary)["es"]
    assert "Cuello uterino incompetente" in cervix["outdated_names"]
    assert "Cuello uterino incompetente" in cervix["text"]["also_called"]
    loss = stored(dataset.records["conditions"]["recurrent-pregnancy-loss"], dataset.glossary)
    assert loss["es"]["outdated_names"] == ["Aborto habitual"]


def test_a_field_left_out_and_a_list_cut_short_fall_back(data_copy: Path) -> None:
    path = data_copy / "conditions" / "miscarriage.yaml"
    edit_translation(path, details=None, how_common=[{"text": "Una sola cifra: 10 %."}])
    dataset = check(data_copy)
    spanish = stored(dataset.records["conditions"]["miscarriage"], dataset.glossary)["es"]
    assert spanish["fallback_fields"] == ["details", "how_common"]
    assert "details" not in spanish["text"]
    assert "how_common" not in spanish["text"]
    assert "definitions" in spanish["text"]


def test_the_text_served_is_never_more_checked_than_its_english(data_copy: Path) -> None:
    def served(folder: str, slug: str) -> str:
        dataset = check(data_copy)
        status: str = stored(dataset.records[folder][slug], dataset.glossary)["es"]["review_status"]
        return status

    samaritans = data_copy / "organizations" / "samaritans.yaml"
    assert yaml.safe_load(samaritans.read_text())["review_status"] == "source-checked"
    edit_translation(samaritans, review_status="draft")
    assert served("organizations", "samaritans") == "draft"
    edit_translation(samaritans, review_status="source-checked")
    assert served("organizations", "samaritans") == "source-checked"
    spotting = data_copy / "symptoms" / "spotting.yaml"
    assert yaml.safe_load(spotting.read_text())["review_status"] == "draft"
    edit_translation(spotting, review_status="source-checked")
    assert served("symptoms", "spotting") == "draft"


def test_completeness_counts_records_and_fields(data_copy: Path) -> None:
    full = {language["code"]: language for language in completeness(_records(DATA_DIR))}
    assert full["en"] == {
        "code": "en",
        "name": "English",
        "records": full["en"]["records"],
        "translated": full["en"]["records"],
        "behind": 0,
        "fallback_fields": 0,
        "complete": 1.0,
    }
    assert full["es"]["name"] == "Español"
    assert (full["es"]["translated"], full["es"]["fallback_fields"]) == (full["es"]["records"], 0)
    assert full["es"]["complete"] == 1.0
    edit_translation(data_copy / "symptoms" / "spotting.yaml", details=None)
    edit_translation(data_copy / "symptoms" / "fever.yaml", summary=None, when_to_seek_care=None)
    partial = {language["code"]: language for language in completeness(_records(data_copy))}
    assert partial["es"]["fallback_fields"] == 3
    assert partial["es"]["translated"] == full["es"]["translated"]
    assert 0.99 < partial["es"]["complete"] < 1.0


def test_the_database_keeps_them(data_copy: Path, tmp_path: Path) -> None:
    edit_translation(data_copy / "symptoms" / "spotting.yaml", details=None)
    built = load(data_copy, tmp_path / "plapi.sqlite3")
    engine = create_engine(f"sqlite:///{built.path}")
    with engine.connect() as connection:
        kept = connection.execute(
            text(
                "SELECT json_extract(translations, '$.es.fallback_fields') FROM symptom "
                "WHERE slug = 'spotting'"
            )
        ).scalar_one()
        reference = connection.execute(
            text("SELECT translations FROM reference LIMIT 1")
        ).scalar_one()
        languages = connection.execute(text("SELECT languages FROM dataset_meta")).scalar_one()
    engine.dispose()
    assert kept == '["details"]'
    assert reference == "{}"
    assert '"fallback_fields": 1' in languages


def _records(data: Path) -> list[Any]:
    return [record for records in check(data).records.values() for record in records.values()]
