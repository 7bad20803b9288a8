"""Search synonyms in each language: every phrase a synonym means is in some record's text in
that language, or the loader says so; the glossary's terms of one concept search as one
another in Spanish."""

from __future__ import annotations

from pathlib import Path

from app.loader.pipeline import check
from app.loader.search_index import search_documents, search_synonyms
from app.vocabulary import Language
from tests.helpers import DATA_DIR, problems_for


def test_a_spanish_phrase_no_spanish_record_holds_is_reported(data_copy: Path) -> None:
    path = data_copy / "synonyms.es.yaml"
    entries = len([line for line in path.read_text().splitlines() if line.startswith("- ")])
    # "weak cervix" is in the English text of a record, not in any Spanish text.
    path.write_text(path.read_text() + "- words: [cuello flojo]\n  means: [weak cervix]\n")
    (problem,) = problems_for(data_copy)
    assert (problem.file, problem.record, problem.field) == (
        "data/synonyms.es.yaml",
        f"entry {entries + 1}",
        "means[0]",
    )
    assert "appears in no record" in problem.message


def test_an_english_phrase_no_english_record_holds_is_reported(data_copy: Path) -> None:
    path = data_copy / "synonyms.yaml"
    path.write_text(path.read_text() + "- words: [weak neck]\n  means: [cuello uterino débil]\n")
    (problem,) = problems_for(data_copy)
    assert (problem.file, problem.field) == ("data/synonyms.yaml", "means[0]")


def test_a_bad_spanish_synonym_entry_is_reported(data_copy: Path) -> None:
    path = data_copy / "synonyms.es.yaml"
    path.write_text(path.read_text() + "- words: [matriz]\n  mean: [útero]\n")
    fields = {(p.file, p.field) for p in problems_for(data_copy)}
    assert {("data/synonyms.es.yaml", "mean"), ("data/synonyms.es.yaml", "means")} <= fields


def test_glossary_terms_of_one_concept_search_as_one_another() -> None:
    dataset = check(DATA_DIR)
    documents = search_documents(dataset, Language.es)
    synonyms = search_synonyms(dataset, documents, Language.es)
    anembryonic = next(s for s in synonyms if "huevo huero" in s.words)
    # Every term of the concept is typed; only those some record holds are searched for.
    assert {"embarazo anembrionario", "saco gestacional vacío", "huevo huero"} <= set(
        anembryonic.words
    )
    assert set(anembryonic.means) <= set(anembryonic.words)
    assert "embarazo anembrionario" in anembryonic.means
    # The lay words of synonyms.es.yaml come after the glossary's.
    assert synonyms[-len(dataset.synonyms_es) :] == dataset.synonyms_es
    # English search keeps its own list.
    assert search_synonyms(dataset, search_documents(dataset), Language.en) == dataset.synonyms


def test_a_glossary_term_no_record_holds_finds_the_terms_that_one_does() -> None:
    """ "Embarazo fallido" hurts and is in no record: typed, it finds what its concept's
    other terms find; it is never searched for itself."""
    dataset = check(DATA_DIR)
    documents = search_documents(dataset, Language.es)
    loss = next(
        s for s in search_synonyms(dataset, documents, Language.es) if "embarazo fallido" in s.words
    )
    assert "embarazo fallido" not in loss.means
    assert "pérdida del embarazo" in loss.means
