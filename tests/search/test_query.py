"""Query understanding: synonyms, time, stop-words, spelling, and a MATCH string that is safe."""

from __future__ import annotations

import re

import pytest

from app.search.engine import match_expression, selective_concepts
from app.search.index import SearchIndex
from app.search.query import parse

INDEX = SearchIndex(
    synonyms={
        "weak cervix": ("cervical insufficiency",),
        "d&c": ("dilation and curettage",),
        "coffee": ("caffeine",),
    },
    words={
        "miscarriage": 50,
        "cervical": 10,
        "insufficiency": 5,
        "caffeine": 4,
        "stillbirth": 8,
        "ectopic": 6,
        "pregnancy": 80,
        "weak": 2,
        "cervix": 9,
    },
)
SAFE_MATCH = re.compile(r'^"[a-z0-9 ]+"(?: OR "[a-z0-9 ]+")*$')


def test_lay_words_add_clinical_phrases() -> None:
    parsed = parse("Weak cervix?", INDEX)
    assert parsed.phrases == ("cervical insufficiency",)
    assert parsed.terms == ("weak", "cervix")


def test_symbols_in_synonyms() -> None:
    assert parse("D&C", INDEX).phrases == ("dilation and curettage",)


def test_single_word_expansion_becomes_a_term() -> None:
    assert parse("coffee", INDEX).terms == ("coffee", "caffeine")


@pytest.mark.parametrize(
    ("text", "week"),
    [
        ("why did I miscarry at 16 weeks", 16),
        ("loss at week 22", 22),
        ("bleeding 8w", 8),
        ("12-week scan", 12),
        ("at 99 weeks", None),
        ("two weeks ago", None),
    ],
)
def test_week_is_read(text: str, week: int | None) -> None:
    parsed = parse(text, INDEX)
    assert parsed.week == week
    if week is not None:
        assert str(week) not in parsed.terms


@pytest.mark.parametrize(
    ("text", "trimester"),
    [("second trimester loss", "second"), ("1st trimester", "first"), ("third", None)],
)
def test_trimester_is_read(text: str, trimester: str | None) -> None:
    assert parse(text, INDEX).trimester == trimester


def test_question_words_are_dropped() -> None:
    parsed = parse("What is a stillbirth and why does it happen?", INDEX)
    assert parsed.terms == ("stillbirth",)
    assert parse("what is the", INDEX).is_empty


def test_misspellings_are_corrected() -> None:
    parsed = parse("misscarriage at 10 weeks", INDEX)
    assert parsed.terms == ("miscarriage",)
    assert parsed.did_you_mean == "miscarriage at 10 weeks"
    assert parse("ectopik", INDEX).terms == ("ectopic",)


def test_words_the_index_stems_are_not_corrected() -> None:
    parsed = parse("pregnancies", INDEX, in_index=lambda word: word == "pregnancies")
    assert parsed.terms == ("pregnancies",)
    assert parsed.did_you_mean is None


def test_unknown_words_without_a_near_word_are_dropped() -> None:
    parsed = parse("zzzzqqq stillbirth", INDEX)
    assert parsed.terms == ("stillbirth",)


@pytest.mark.parametrize(
    "hostile",
    [
        '"unbalanced',
        "stillbirth*",
        "NEAR(stillbirth ectopic, 2)",
        "stillbirth AND ectopic OR NOT caffeine",
        "name:stillbirth",
        "{name aliases}: ectopic",
        "^ectopic",
        "- + ( ) : ; ' \\ / @ # $ % & =",
        "🤰💔 stillbirth",
        "\x00\x1f stillbirth",
        "ñandú café stillbirth",
        "a" * 5000,
    ],
)
def test_match_expression_is_always_quoted_words(hostile: str) -> None:
    parsed = parse(hostile, INDEX)
    if not parsed.is_empty:
        expression = match_expression(*selective_concepts(parsed, INDEX))
        assert SAFE_MATCH.match(expression), expression


def test_executed_match_keeps_selective_words_and_quotes_everything() -> None:
    from app.search.index import Document

    documents = {i: Document("causes", f"s{i}", "n", "s", "", (), None, None) for i in range(10)}
    index = SearchIndex(
        synonyms=INDEX.synonyms,
        words=INDEX.words,
        documents=documents,
        spread={"pregnancy": 9, "miscarriage": 8, "stillbirth": 1, "cervical": 2},
    )
    assert (
        match_expression(*selective_concepts(parse("stillbirth pregnancy", index), index))
        == '"stillbirth"'
    )
    common = match_expression(*selective_concepts(parse("miscarriage pregnancy", index), index))
    assert common == '{name aliases summary} : ("miscarriage" OR "pregnancy")'
    lay = match_expression(*selective_concepts(parse("weak cervix", index), index))
    assert lay == '"weak cervix" OR "cervical insufficiency"'
    for hostile in ['"x" OR name:y', "NEAR(a b) stillbirth", "{name}: pregnancy", "* cervical"]:
        expression = match_expression(*selective_concepts(parse(hostile, index), index))
        assert re.fullmatch(
            r'(\{name aliases summary\} : \()?"[a-z0-9 ]+"( OR "[a-z0-9 ]+")*\)?', expression
        ), expression


@pytest.mark.parametrize(
    "text", ["16 weeks", "week 16", "weeks 16", "16 week", "at 16 weeks", "16th week", "16wks"]
)
def test_a_time_alone_is_a_query(text: str) -> None:
    parsed = parse(text, INDEX)
    assert (parsed.week, parsed.terms, parsed.concepts) == (16, (), ())
    assert parsed.is_time_only
    assert not parsed.is_empty


@pytest.mark.parametrize(
    ("text", "trimester", "terms"),
    [
        ("1st trimester", "first", ()),
        ("3rd trimester", "third", ()),
        ("second trimester", "second", ()),
        ("2nd-trimester stillbirth", "second", ("stillbirth",)),
        ("stillbirth in the third trimester", "third", ("stillbirth",)),
        ("trimester 2", "second", ()),
    ],
)
def test_an_ordinal_before_trimester_is_the_trimester_not_a_word(
    text: str, trimester: str, terms: tuple[str, ...]
) -> None:
    parsed = parse(text, INDEX)
    assert (parsed.trimester, parsed.terms) == (trimester, terms)


def test_words_keep_letters_beyond_ascii() -> None:
    index = SearchIndex(words={**INDEX.words, "cafe": 3, "mølgaard": 2, "naive": 1})
    assert parse("café", index).terms == ("cafe",)
    assert parse("Naïve", index).terms == ("naive",)
    assert parse("Mølgaard", index).terms == ("mølgaard",)
    assert parse("molgaard", index).did_you_mean == "mølgaard"
    expression = match_expression(*selective_concepts(parse("Mølgaard café", index), index))
    assert expression == '"mølgaard" OR "cafe"'


def test_words_are_corrected_only_for_a_typo_of_the_same_word() -> None:
    index = SearchIndex(words={"care": 9, "couple": 3, "scrape": 2, "miscarriage": 50})
    # Letters beyond ASCII are meant: "café" is not a typo of "care".
    assert parse("café", index).did_you_mean is None
    # Another first letter, two edits in a short word, or a stop-word is another word.
    assert parse("fausse couche", index).did_you_mean is None
    # Markup or code is not a misspelling.
    assert parse("<script>alert(1)</script>", index).did_you_mean is None
    assert parse("misscarriage", index).did_you_mean == "miscarriage"
    assert parse("cafe", index).did_you_mean == "care"
