"""Spanish search: the Spanish analyzer, and the Spanish index of the real data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.loader.build import BuildResult
from app.search.engine import search, suggest
from app.search.index import SearchIndex
from app.search.query import parse
from app.search.spanish import SPANISH, is_word, name_stem, stem
from app.search.text import fold


@pytest.fixture(scope="module")
def spanish(built: BuildResult) -> Iterator[SearchIndex]:
    opened = SearchIndex.open(built.path, SPANISH)
    yield opened
    opened.close()


def top(index: SearchIndex, q: str, limit: int = 3) -> list[str]:
    found = search(index, parse(q, index), limit=limit, offset=0)
    return [f"{hit.type}/{hit.slug}" for hit in found.hits]


# The analyzer -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("ectopico", "ectópico"),
        ("embarazos", "Embarazo"),
        ("embarazada", "embarazo"),
        ("colicos", "cólicos"),
        ("perdida", "pérdida"),
        ("bebe", "bebé"),
        ("legrados", "legrado"),
    ],
)
def test_accents_fold_and_stems_match_on_both_sides(typed: str, written: str) -> None:
    assert stem(fold(typed)) == stem(fold(written))


def test_blood_is_not_bleeding() -> None:
    assert stem("sangrado") == stem("sangrando") == stem("sangrar")
    assert stem("sangre") == stem("sangres") != stem("sangrado")


def test_names_match_their_own_words() -> None:
    assert name_stem("lineas") == name_stem("linea") == "linea"
    assert name_stem("organizaciones") == "organizacion"
    assert name_stem("virus") == "virus"


@pytest.mark.parametrize(
    ("text", "week", "trimester"),
    [
        ("perdi a mi bebe a las 16 semanas", 16, None),
        ("semana 16", 16, None),
        ("16 semanas de embarazo", 16, None),
        ("16 sdg", 16, None),
        ("16sem", 16, None),
        ("la 16a semana", 16, None),
        ("a los 5 meses", 22, None),
        ("embarazada de 3 meses", 13, None),
        ("tenia 7 meses", 30, None),
        ("segundo trimestre", None, "second"),
        ("1er trimestre", None, "first"),
        ("el tercer trimestre", None, "third"),
        ("trimestre 2", None, "second"),
        ("sangrado a los 3 meses del legrado", None, None),
        ("3 meses despues del aborto", None, None),
    ],
)
def test_time_in_spanish(text: str, week: int | None, trimester: str | None) -> None:
    time = SPANISH.read_time(text)
    assert (time.week, time.trimester) == (week, trimester)
    if week is not None or trimester is not None:
        assert not any(char.isdigit() for char in time.rest)


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("fue mi culpa", {"fault", "feeling"}),
        ("yo lo cause", {"fault"}),
        ("que hice mal", {"fault"}),
        ("lo pude haber evitado", {"fault"}),
        ("me siento culpable", {"fault", "feeling"}),
        ("tengo mucho miedo", {"feeling"}),
        ("no puedo dejar de llorar", {"feeling"}),
        ("saco gestacional vacio", set()),
        ("me siento rota", {"feeling"}),
        ("estoy tan rota", {"feeling"}),
        ("rota por dentro", {"feeling"}),
        ("se me rompio la fuente, la bolsa rota a las 20 semanas", set()),
        ("misoprostol solo", set()),
    ],
)
def test_fault_and_feeling(text: str, intents: set[str]) -> None:
    assert SPANISH.intents_of(text) == intents


def test_real_words_and_their_forms_are_words() -> None:
    assert all(is_word(word) for word in ("embarazo", "perdi", "embarazadas", "bicicleta"))
    assert not any(is_word(word) for word in ("embarzo", "hemorrajia", "mizoprostol"))


# The Spanish index --------------------------------------------------------------------------


def test_the_index_holds_the_spanish_text_of_every_record_but_citations(
    spanish: SearchIndex, index: SearchIndex
) -> None:
    english = {(d.type, d.slug) for d in index.documents if d.type != "references"}
    assert {(d.type, d.slug) for d in spanish.documents} == english
    ectopic = next(d for d in spanish.documents if d.slug == "ectopic-pregnancy")
    assert ectopic.name == "Embarazo ectópico"
    assert spanish.population == index.size


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("ectopico", "conditions/ectopic-pregnancy"),
        ("embarazo ectópico", "conditions/ectopic-pregnancy"),
        ("legrado", "treatments/dilation-and-curettage"),
        ("d y l", "treatments/dilation-and-curettage"),
        ("cerclaje", "treatments/cervical-cerclage"),
        ("cólicos", "symptoms/cramping-and-abdominal-pain"),
        ("colicos", "symptoms/cramping-and-abdominal-pain"),
        ("mola", "conditions/molar-pregnancy"),
        ("muerte fetal", "conditions/stillbirth"),
        ("manchado", "symptoms/spotting"),
        ("huevo huero", "conditions/anembryonic-pregnancy"),
        ("¿fue mi culpa?", "causes/things-that-do-not-cause-miscarriage"),
        ("se me rompió la fuente", "causes/pprom"),
        ("a las 16 semanas", "conditions/second-trimester-miscarriage"),
        ("segundo trimestre", "conditions/second-trimester-miscarriage"),
    ],
)
def test_spanish_queries_find_their_records(spanish: SearchIndex, q: str, expected: str) -> None:
    assert expected in top(spanish, q)


def test_lay_words_and_glossary_terms_search_as_one_another(spanish: SearchIndex) -> None:
    parsed = parse("perdí a mi bebé", spanish)
    assert {"aborto espontaneo", "perdida del embarazo"} <= set(parsed.phrases)
    # A term the glossary avoids finds its record, as its other name.
    assert top(spanish, "aborto habitual")[0] == "conditions/recurrent-pregnancy-loss"


def test_typos_are_corrected_only_when_no_spanish_word(spanish: SearchIndex) -> None:
    parsed = parse("embarzo ectopico", spanish)
    assert parsed.did_you_mean == "embarazo ectopico"
    assert top(spanish, "embarzo ectopico")[0] == "conditions/ectopic-pregnancy"
    # Typed with the letters of the language, a word may still be a typo.
    assert parse("hemorrajía", spanish).did_you_mean == "hemorragia"
    # A real word no record holds is not "corrected" to one that some record does.
    assert parse("bicicleta", spanish).did_you_mean is None


def test_questions_are_understood(spanish: SearchIndex) -> None:
    parsed = parse("¿Por qué perdí a mi bebé a los 5 meses?", spanish)
    assert parsed.week == 22
    assert "por" not in parsed.terms
    assert "que" not in parsed.terms
    molar = parse("¿qué es un embarazo molar?", spanish)
    assert [concept.typed for concept in molar.concepts] == ["embarazo molar"]


def test_hits_are_in_spanish(spanish: SearchIndex) -> None:
    found = search(spanish, parse("sangrado abundante", spanish), limit=5, offset=0)
    heavy = next(hit for hit in found.hits if hit.slug == "heavy-bleeding")
    assert heavy.name == "Sangrado abundante"
    assert "<mark>" in heavy.snippet
    shown = spanish.documents[heavy.position].display
    assert shown["urgency"] == "emergency"
    assert "toalla sanitaria" in shown["urgency_by_week"][0]["text"]
    line = next(d for d in spanish.documents if d.slug == "crisis-text-line").display
    assert line["sms"].startswith("sms:")
    assert line["text_line"] == "Envíe HOME al 741741"


def test_suggestions_in_spanish_never_offer_a_name_that_hurts(spanish: SearchIndex) -> None:
    ectopic = suggest(spanish, "ecto")
    assert (ectopic[0].slug, ectopic[0].name) == ("ectopic-pregnancy", "Embarazo ectópico")
    assert "Embarazo ectópico" in [s.text for s in suggest(spanish, "embarazo ecto")]
    assert [s.text for s in suggest(spanish, "ectó")] == [s.text for s in ectopic]
    offered = suggest(spanish, "aborto hab")
    assert [s.slug for s in offered] == ["recurrent-pregnancy-loss"]
    assert offered[0].text == "Pérdida recurrente del embarazo"
    for prefix in ("huevo", "cuello uterino inc", "producto", "restos"):
        assert all(
            "huero" not in s.text.lower() and "incompetente" not in s.text.lower()
            for s in suggest(spanish, prefix)
        )
