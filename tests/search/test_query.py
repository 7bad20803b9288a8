"""Query understanding: synonyms and shorthand, time, stop and soft words, single letters and
numbers, phone numbers, spelling, long questions and folding."""

from __future__ import annotations

import pytest

from app.search.english import ENGLISH
from app.search.index import SearchIndex
from app.search.query import MAX_CONCEPTS, MAX_QUERY_LENGTH, parse


def typed(q: str, index: SearchIndex) -> list[str]:
    return [concept.typed for concept in parse(q, index).concepts]


def test_lay_words_add_clinical_phrases(index: SearchIndex) -> None:
    parsed = parse("Weak cervix?", index)
    assert "cervical insufficiency" in parsed.phrases
    assert typed("Weak cervix?", index) == ["weak cervix"]


@pytest.mark.parametrize(
    ("q", "meaning"),
    [
        ("D&C", "dilation and curettage"),
        ("d and c", "dilation and curettage"),
        ("d & c", "dilation and curettage"),
        ("mmc", "missed miscarriage"),
        ("TFMR", "termination for medical reasons"),
        ("pul", "pregnancy of unknown location"),
        ("epau", "early pregnancy unit"),
        ("gtd", "gestational trophoblastic disease"),
        ("PPROM", "preterm prelabour rupture of membranes"),
        ("rpl", "recurrent pregnancy loss"),
        ("d&e", "dilation and evacuation"),
        ("mva", "manual vacuum aspiration"),
        ("ivf", "in vitro fertilisation"),
        ("mc", "miscarriage"),
        ("bfp", "positive pregnancy test"),
    ],
)
def test_shorthand_means_what_the_records_say(index: SearchIndex, q: str, meaning: str) -> None:
    parsed = parse(q, index)
    assert meaning in (*parsed.phrases, *parsed.terms), parsed


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
def test_week_is_read(index: SearchIndex, text: str, week: int | None) -> None:
    parsed = parse(text, index)
    assert parsed.week == week
    assert str(week) not in parsed.terms


@pytest.mark.parametrize(
    "text", ["16 weeks", "week 16", "weeks 16", "16 week", "at 16 weeks", "16th week", "16wks"]
)
def test_a_time_alone_is_a_query(index: SearchIndex, text: str) -> None:
    parsed = parse(text, index)
    assert (parsed.week, parsed.concepts) == (16, ())
    assert parsed.is_time_only
    assert not parsed.is_empty


@pytest.mark.parametrize(
    ("text", "trimester", "words"),
    [
        ("1st trimester", "first", []),
        ("3rd trimester", "third", []),
        ("second trimester loss", "second", ["loss"]),
        ("2nd-trimester stillbirth", "second", ["stillbirth"]),
        ("stillbirth in the third trimester", "third", ["stillbirth"]),
        ("trimester 2", "second", []),
    ],
)
def test_an_ordinal_before_trimester_is_the_trimester_not_a_word(
    index: SearchIndex, text: str, trimester: str, words: list[str]
) -> None:
    parsed = parse(text, index)
    assert (parsed.trimester, typed(text, index)) == (trimester, words)


def test_question_words_are_dropped(index: SearchIndex) -> None:
    assert typed("What is a stillbirth and why does it happen?", index) == ["stillbirth"]
    assert parse("what is the", index).is_empty


@pytest.mark.parametrize("q", ["' OR 1=1 --", "a b c d", "1 2 3", "x", "d c"])
def test_single_letters_and_bare_numbers_never_match_alone(index: SearchIndex, q: str) -> None:
    assert parse(q, index).is_empty


def test_a_published_phone_number_finds_its_organization(index: SearchIndex) -> None:
    for number in ("988", "116 123", "1-800-799-SAFE", "741741"):
        parsed = parse(number, index)
        assert parsed.phones, number
        assert not parsed.concepts


def test_misspellings_are_corrected_to_words_records_hold(index: SearchIndex) -> None:
    parsed = parse("misscarriage at 10 weeks", index)
    assert typed("misscarriage at 10 weeks", index) == ["miscarriage"]
    assert parsed.did_you_mean == "miscarriage at 10 weeks"
    assert parse("ectopik", index).corrections == {"ectopik": "ectopic"}


@pytest.mark.parametrize(
    "q",
    ["cafe", "café", "what to tell my other kinds", "fausse couche", "<script>alert(1)</script>"],
)
def test_real_words_and_foreign_or_code_are_never_corrected(index: SearchIndex, q: str) -> None:
    assert parse(q, index).did_you_mean is None


def test_words_no_record_holds_are_left_out_and_said(index: SearchIndex) -> None:
    parsed = parse("zzzzqqq stillbirth football", index)
    assert typed("zzzzqqq stillbirth football", index) == ["stillbirth"]
    assert set(parsed.unknown) == {"zzzzqqq", "football"}


def test_full_width_letters_and_ligatures_fold(index: SearchIndex) -> None:
    assert typed("ｍｉｓｃａｒｒｉａｇｅ", index) == ["miscarriage"]
    assert typed("ﬁbroids", index) == ["fibroids"]


def test_a_long_question_is_reduced_to_its_most_selective_words(index: SearchIndex) -> None:
    question = (
        "I am 9 weeks and the scan yesterday showed no heartbeat but I have had no bleeding "
        "or pain at all, the doctor called it a missed miscarriage and I don't understand "
        "what happens now or what my options are"
    )
    parsed = parse(question, index)
    assert len(parsed.concepts) == MAX_CONCEPTS
    assert {"missed", "miscarriage"} <= set(typed(question, index))
    assert {"doctor", "called"} <= set(parsed.reduced)
    assert parse("x " * MAX_QUERY_LENGTH, index).is_empty


def test_fault_is_an_intent_and_its_words_do_not_filter(index: SearchIndex) -> None:
    parsed = parse("could i have prevented my miscarriage", index)
    assert "fault" in parsed.intents
    assert all(c.soft for c in parsed.concepts if c.typed == "prevented")


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("is it my fault", {"fault"}),
        ("i blame myself", {"fault", "feeling"}),
        ("i feel so empty", {"feeling"}),
        ("heart broken after my loss", {"feeling"}),
        ("my heart is broken", {"feeling"}),
        ("broken-hearted", {"feeling"}),
        ("i'm broken", {"feeling"}),
        ("i feel really empty", {"feeling"}),
        # The body, not a feeling.
        ("empty sac at 8 weeks", set()),
        ("scan showed empty womb", set()),
        ("my waters have broken at 20 weeks", set()),
    ],
)
def test_fault_and_feeling(text: str, intents: set[str]) -> None:
    assert ENGLISH.intents_of(text) == intents


def test_country_and_kind_words_rank_rather_than_filter(index: SearchIndex) -> None:
    parsed = parse("ectopic signs uk", index)
    assert (parsed.country, parsed.wanted_type) == ("GB", "symptoms")
    assert typed("ectopic signs uk", index) == ["ectopic"]
