"""Ranking by time, snippets over folded text, and suggestions that never offer a hurtful name."""

from __future__ import annotations

import pytest

from app.search.engine import highlight_patterns, snippet, suggest, time_fit
from app.search.index import Document, SearchIndex, suggestions_for
from app.search.query import ParsedQuery


def document(
    start: int | None = None, end: int | None = None, trimesters: tuple[str, ...] = ()
) -> Document:
    return Document("conditions", "x", "X", "", "", trimesters, start, end)


def at(week: int | None = None, trimester: str | None = None) -> ParsedQuery:
    return ParsedQuery(text="", week=week, trimester=trimester)


def test_a_record_covering_the_week_fits_and_one_excluding_it_does_not() -> None:
    stillbirth, early = document(20, None), document(0, 13)
    assert time_fit(stillbirth, at(week=30)) == pytest.approx(24 / 22)
    assert time_fit(early, at(week=30)) == 0
    assert time_fit(early, at(week=8)) == pytest.approx(24 / 13)
    # Narrower says more: weeks 12–24 fit week 16 better than weeks 0–24.
    assert time_fit(document(12, 24), at(week=16)) > time_fit(document(0, 24), at(week=16))  # type: ignore[operator]


def test_a_trimester_fits_by_how_much_of_the_record_it_holds() -> None:
    first = at(trimester="first")
    early, second, whole = document(0, 13), document(12, 24), document(0, 24)
    fits = [time_fit(record, first) or 0.0 for record in (early, whole, second)]
    assert fits == sorted(fits, reverse=True)
    assert time_fit(document(20, None), first) == 0


def test_inherited_trimesters_only_lower_a_record() -> None:
    symptom = document(trimesters=("first", "second"))
    assert time_fit(symptom, at(week=8)) is None
    assert time_fit(symptom, at(trimester="third")) == 0
    assert time_fit(document(), at(week=8)) is None
    assert time_fit(document(0, 13), at()) is None


def test_snippets_mark_words_whatever_their_accents() -> None:
    patterns = highlight_patterns(ParsedQuery(text="cafe", terms=("cafe",)))
    assert snippet(["Un café au lait"], patterns) == "Un <mark>café</mark> au lait"
    decomposed = "Un cafe\u0301 au lait"
    assert snippet([decomposed], patterns) == "Un <mark>cafe\u0301</mark> au lait"


def test_snippets_escape_text_but_never_mark_inside_an_entity() -> None:
    patterns = highlight_patterns(ParsedQuery(text="amp", terms=("amp",)))
    assert snippet(["A & B <amp>"], patterns) == "A &amp; B &lt;<mark>amp</mark>&gt;"


def test_a_plural_marks_what_its_singular_marks() -> None:
    texts = ["Ectopic pregnancy and pregnancies"]
    one = highlight_patterns(ParsedQuery(text="", terms=("pregnancy",)))
    many = highlight_patterns(ParsedQuery(text="", terms=("pregnancies",)))
    assert snippet(texts, one) == snippet(texts, many)
    assert snippet(texts, many).count("<mark>") == 2


def test_hurtful_other_names_complete_to_the_records_own_name() -> None:
    index = SearchIndex(
        suggestions=[
            *suggestions_for(
                "conditions",
                "recurrent-pregnancy-loss",
                "Recurrent pregnancy loss",
                "Habitual abortion\nRecurrent miscarriage",
                "",
            ),
            *suggestions_for(
                "references", "a-study", "Risk of spontaneous abortion", "Author A", ""
            ),
        ]
    )
    found = suggest(index, "habit")
    assert [(item.text, item.slug) for item in found] == [
        ("Recurrent pregnancy loss", "recurrent-pregnancy-loss")
    ]
    assert [item.text for item in suggest(index, "abort")] == ["Recurrent pregnancy loss"]
    assert [item.text for item in suggest(index, "recurrent m")] == ["Recurrent miscarriage"]
    assert suggest(index, "risk") == []
