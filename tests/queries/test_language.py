"""The query layer in Spanish: the same models with the Spanish text in place, linked records
in Spanish, English where a field has no Spanish text (and named), lists in Spanish order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlmodel import Session

from app.db import Database
from app.loader.build import BuildResult
from app.loader.pipeline import load
from app.loader.translations import fold
from app.queries.filters import filter_conditions
from app.queries.records import get_record, list_records
from app.registry import TYPES
from app.vocabulary import Language

ES = Language.es


@pytest.fixture(scope="module")
def session(built: BuildResult) -> Iterator[Session]:
    database = Database(built.path)
    with Session(database.engine) as opened:
        yield opened
    database.close()


def spanish_of(folder: str, slug: str) -> dict[str, Any]:
    path = Path("data") / folder / f"{slug}.yaml"
    spanish: dict[str, Any] = yaml.safe_load(path.read_text())["translations"]["es"]
    return spanish


def test_a_record_in_spanish(session: Session) -> None:
    english = get_record(session, TYPES["conditions"], "miscarriage")
    spanish = get_record(session, TYPES["conditions"], "miscarriage", ES)
    written = spanish_of("conditions", "miscarriage")
    assert type(spanish) is type(english)
    assert spanish.name == written["name"] == "Aborto espontáneo"
    assert spanish.summary == " ".join(written["summary"].split())
    assert spanish.fallback_fields == english.fallback_fields == []
    for theirs, ours in zip(english.definitions, spanish.definitions, strict=True):
        assert ours.text != theirs.text
        assert (ours.references, ours.jurisdiction, ours.weeks) == (
            theirs.references,
            theirs.jurisdiction,
            theirs.weeks,
        )
    assert spanish.codes == english.codes
    assert [r.citation for r in spanish.references] == [r.citation for r in english.references]


def test_linked_records_come_in_spanish(session: Session) -> None:
    spanish = get_record(session, TYPES["conditions"], "miscarriage", ES)
    linked = {item.slug: item.name for item in spanish.symptoms}
    assert linked["spotting"] == spanish_of("symptoms", "spotting")["name"]
    reference = get_record(session, TYPES["references"], "acog-pb-200-early-pregnancy-loss", ES)
    citing = {(item.type, item.slug): item.name for item in reference.cited_by}
    assert citing["conditions", "miscarriage"] == "Aborto espontáneo"


def test_a_symptoms_weeks_keep_their_urgency_with_spanish_words(session: Session) -> None:
    english = get_record(session, TYPES["symptoms"], "vaginal-bleeding")
    spanish = get_record(session, TYPES["symptoms"], "vaginal-bleeding", ES)
    assert spanish.urgency_by_week
    assert [(e.weeks, e.urgency) for e in spanish.urgency_by_week] == [
        (e.weeks, e.urgency) for e in english.urgency_by_week
    ]
    pairs = zip(spanish.urgency_by_week, english.urgency_by_week, strict=True)
    assert all(ours.text != theirs.text for ours, theirs in pairs)


def test_hurtful_spanish_names_are_flagged_as_outdated(session: Session) -> None:
    cervix = get_record(session, TYPES["causes"], "cervical-insufficiency", ES)
    assert "Cuello uterino incompetente" in cervix.also_called
    assert "Cuello uterino incompetente" in cervix.outdated_names
    assert "known_outdated_names" not in cervix.model_dump(mode="json")


@pytest.mark.parametrize("type_name", [name for name in TYPES if name != "references"])
def test_a_spanish_list_is_in_spanish_name_order(session: Session, type_name: str) -> None:
    where = filter_conditions(TYPES[type_name], {}, ES)
    page = list_records(session, TYPES[type_name], where=where, limit=1000, offset=0, language=ES)
    keys = [(fold(item.name), item.slug) for item in page.items]
    assert keys == sorted(keys)
    english = list_records(session, TYPES[type_name], limit=1000, offset=0)
    assert {item.slug for item in page.items} == {item.slug for item in english.items}


def test_the_review_filter_reads_the_text_served(data_copy: Path, tmp_path: Path) -> None:
    path = data_copy / "organizations" / "samaritans.yaml"
    record = yaml.safe_load(path.read_text())
    assert record["review_status"] == "source-checked"
    record["translations"]["es"]["review_status"] = "draft"
    path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True))
    organizations = TYPES["organizations"]
    checked = {"review_status": "source-checked"}
    database = Database(load(data_copy, tmp_path / "drafted.sqlite3").path)
    try:
        with Session(database.engine) as opened:
            english = list_records(
                opened,
                organizations,
                where=filter_conditions(organizations, checked),
                limit=100,
                offset=0,
            )
            spanish = list_records(
                opened,
                organizations,
                where=filter_conditions(organizations, checked, ES),
                limit=100,
                offset=0,
                language=ES,
            )
            samaritans = get_record(opened, organizations, "samaritans", ES)
    finally:
        database.close()
    assert "samaritans" in {item.slug for item in english.items}
    assert "samaritans" not in {item.slug for item in spanish.items}
    assert samaritans.review_status == "draft"


def test_a_field_without_spanish_falls_back_and_is_named(data_copy: Path, tmp_path: Path) -> None:
    path = data_copy / "symptoms" / "spotting.yaml"
    record = yaml.safe_load(path.read_text())
    del record["translations"]["es"]["when_to_seek_care"]
    path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True))
    database = Database(load(data_copy, tmp_path / "partial.sqlite3").path)
    try:
        with Session(database.engine) as opened:
            spanish = get_record(opened, TYPES["symptoms"], "spotting", ES)
            english = get_record(opened, TYPES["symptoms"], "spotting")
            listed = list_records(opened, TYPES["symptoms"], limit=100, offset=0, language=ES)
    finally:
        database.close()
    assert spanish.fallback_fields == ["when_to_seek_care"]
    assert spanish.when_to_seek_care == english.when_to_seek_care
    assert spanish.name != english.name
    (item,) = [item for item in listed.items if item.slug == "spotting"]
    assert item.fallback_fields == ["when_to_seek_care"]
    assert item.when_to_seek_care == english.when_to_seek_care
