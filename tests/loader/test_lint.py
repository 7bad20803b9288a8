"""Content lint: the real data is clean, and each rule catches what it is for."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.loader.lint import lint, reading_grade
from app.loader.pipeline import check
from app.loader.problems import Problem
from app.phones import is_well_formed as phone_is_well_formed
from tests.helpers import DATA_DIR


def lint_problems(data: Path) -> list[Problem]:
    return lint(check(data)).problems


def edit(path: Path, **changes: object) -> None:
    """Change a record's English fields; its translations go, so that each test sees only the
    rule it is about (the translation lint has tests of its own)."""
    record = yaml.safe_load(path.read_text())
    record.pop("translations", None)
    record.update(changes)
    path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True))


def test_real_data_has_no_lint_warnings() -> None:
    assert [str(p) for p in lint_problems(DATA_DIR)] == []


def test_figure_needs_a_guideline_or_article(data_copy: Path) -> None:
    path = data_copy / "symptoms" / "spotting.yaml"
    edit(path, references=["march-of-dimes-bleeding-and-spotting"], urgency_by_week=[])
    assert lint_problems(data_copy) == []
    edit(path, details="About 25% of people have some spotting.")
    (problem,) = lint_problems(data_copy)
    assert (problem.record, problem.field) == ("spotting", "details")
    assert "'25%'" in problem.message


@pytest.mark.parametrize(
    "text", ["It happens in 1 in 175 births.", "Take 400 mg twice a day.", "Nine percent."]
)
def test_rates_and_doses_are_figures(data_copy: Path, text: str) -> None:
    path = data_copy / "symptoms" / "spotting.yaml"
    edit(
        path, references=["march-of-dimes-bleeding-and-spotting"], urgency_by_week=[], details=text
    )
    problems = lint_problems(data_copy)
    if text == "Nine percent.":
        assert problems == []  # a number in words is not a figure this rule can see
    else:
        assert [p.field for p in problems] == ["details"]


def test_summary_reading_grade(data_copy: Path) -> None:
    path = data_copy / "causes" / "caffeine.yaml"
    hard = (
        "Epidemiological investigations characterizing methylxanthine consumption demonstrate "
        "heterogeneous associations with gestational pathophysiology."
    )
    assert reading_grade(hard) > 8
    edit(path, summary=hard)
    (problem,) = lint_problems(data_copy)
    assert (problem.record, problem.field) == ("caffeine", "summary")
    assert "reading grade" in problem.message


def test_hurtful_terms_only_in_also_called(data_copy: Path) -> None:
    path = data_copy / "conditions" / "miscarriage.yaml"
    record = yaml.safe_load(path.read_text())
    assert any("spontaneous abortion" in term.lower() for term in record["also_called"])
    assert lint_problems(data_copy) == []
    edit(path, details=record["details"] + "\n\nDoctors may call it a spontaneous abortion.")
    (problem,) = lint_problems(data_copy)
    assert problem.field == "details"
    assert "'spontaneous abortion' may hurt" in problem.message


def test_phone_numbers() -> None:
    assert phone_is_well_formed("1-800-799-SAFE (7233)", "US")
    assert phone_is_well_formed("988", "US")
    assert phone_is_well_formed("1-833-852-6262 (1-833-TLC-MAMA)", "US")
    assert phone_is_well_formed("0808 164 3332", "GB")
    assert phone_is_well_formed("01924 200799", "GB")
    assert not phone_is_well_formed("1-800-799", "US")
    assert not phone_is_well_formed("808 164 3332", "GB")
    assert not phone_is_well_formed("1-833-852-6262 (1-833-TLC)", "US")


def test_uk_short_numbers() -> None:
    assert phone_is_well_formed("116 123", "GB")
    assert phone_is_well_formed("111", "GB")
    assert phone_is_well_formed("999", "GB")
    assert not phone_is_well_formed("123 456", "GB")
    assert not phone_is_well_formed("222", "GB")


def test_bad_phone_is_reported(data_copy: Path) -> None:
    path = data_copy / "organizations" / "sands.yaml"
    edit(path, phone="0808 164")
    (problem,) = lint_problems(data_copy)
    assert (problem.record, problem.field) == ("sands", "phone")


def test_unlinked_record(data_copy: Path) -> None:
    path = data_copy / "symptoms" / "lonely-sign.yaml"
    source = yaml.safe_load((data_copy / "symptoms" / "spotting.yaml").read_text())
    source["name"] = "A lonely sign"
    source.pop("translations")
    path.write_text(yaml.safe_dump(source, sort_keys=False, allow_unicode=True))
    (problem,) = lint_problems(data_copy)
    assert (problem.record, problem.message) == (
        "lonely-sign",
        "no other record links to or from this record",
    )


def test_uncited_reference(data_copy: Path) -> None:
    source = yaml.safe_load(
        (data_copy / "references" / "michels-2007-second-trimester-loss.yaml").read_text()
    )
    (data_copy / "references" / "orphan.yaml").write_text(yaml.safe_dump(source))
    (problem,) = lint_problems(data_copy)
    assert (problem.record, problem.message) == ("orphan", "no record cites this reference")


def test_duplicate_names(data_copy: Path) -> None:
    fever = yaml.safe_load((data_copy / "symptoms" / "fever.yaml").read_text())
    edit(data_copy / "treatments" / "grief-counseling.yaml", name=fever["name"].upper())
    problems = lint_problems(data_copy)
    assert {(p.record, p.field) for p in problems} == {
        ("grief-counseling", "name"),
        ("fever", "name"),
    }
    assert all("same name as" in p.message for p in problems)


@pytest.mark.parametrize(
    "text",
    [
        'In the flattened text it follows the word "Array".',
        "Its PubMed id could not be confirmed, so none is given.",
        "Reaffirmed in 2023, per the project's verified facts.",
        "One of this project's two source documents.",
        "The date is from a stored copy of the page.",
        "Taken from the seed article.",
        "A curator checked it.",
    ],
)
def test_served_text_does_not_talk_about_curation(data_copy: Path, text: str) -> None:
    path = data_copy / "references" / "michels-2007-second-trimester-loss.yaml"
    edit(path, note=text)
    (problem,) = lint_problems(data_copy)
    assert (problem.record, problem.field) == ("michels-2007-second-trimester-loss", "note")
    assert "YAML comment" in problem.message


def test_curation_words_are_flagged_in_content_records_too(data_copy: Path) -> None:
    path = data_copy / "organizations" / "verywell.yaml"
    record = yaml.safe_load(path.read_text())
    edit(path, details=record["details"] + " It is one of the project's source documents.")
    (problem,) = lint_problems(data_copy)
    assert (problem.record, problem.field) == ("verywell", "details")


def test_curator_remarks_in_yaml_comments_and_reader_notes_pass(data_copy: Path) -> None:
    path = data_copy / "references" / "cdc-website.yaml"
    edit(path, note="Home page of the CDC. A pregnancy is confirmed by ultrasound or by tissue.")
    remark = "# A dated CDC page from the seed could not be confirmed, so none is cited.\n"
    path.write_text(remark + path.read_text())
    assert lint_problems(data_copy) == []


def test_addresses_are_not_read_as_text(data_copy: Path) -> None:
    path = data_copy / "references" / "cdc-website.yaml"
    edit(path, url="https://www.cdc.gov/seed/flattened")
    assert lint_problems(data_copy) == []


def test_an_emergency_names_both_numbers_and_not_driving(data_copy: Path) -> None:
    path = data_copy / "symptoms" / "heavy-bleeding.yaml"
    record = yaml.safe_load(path.read_text())
    assert record["urgency"] == "emergency"
    edit(path, when_to_seek_care="Call 911 now if you are bleeding heavily.")
    problems = [(p.field, p.message) for p in lint_problems(data_copy)]
    assert problems == [
        ("when_to_seek_care", "an emergency must name 999"),
        ("when_to_seek_care", "an emergency must say not to drive yourself"),
    ]
    edit(
        path,
        when_to_seek_care="Call 911 in the US or 999 in the UK now. Do not drive yourself.",
    )
    assert lint_problems(data_copy) == []


def test_an_emergency_range_of_weeks_is_held_to_the_same_rule(data_copy: Path) -> None:
    path = data_copy / "symptoms" / "spotting.yaml"
    record = yaml.safe_load(path.read_text())
    reference = record["references"][0]
    edit(
        path,
        urgency_by_week=[
            {
                "weeks": {"start": 20, "end": None},
                "urgency": "emergency",
                "text": "Go to the maternity unit now.",
                "references": [reference],
            }
        ],
    )
    fields = {p.field for p in lint_problems(data_copy)}
    assert fields == {"urgency_by_week[0].text"}


def test_a_reference_needs_a_locator(data_copy: Path) -> None:
    path = data_copy / "references" / "chu-2020-mifemiso.yaml"
    record = yaml.safe_load(path.read_text())
    for key in ("doi", "pmid", "url", "listed_on"):
        record.pop(key, None)
    path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True))
    (problem,) = lint_problems(data_copy)
    assert (problem.record, problem.field) == ("chu-2020-mifemiso", "")
    assert "needs a doi, a pmid, a url" in problem.message
    # A page that links to it, and has an address itself, is a way to find it.
    edit(path, listed_on="medlineplus-miscarriage")
    assert lint_problems(data_copy) == []


def test_listed_on_must_name_a_reference(data_copy: Path) -> None:
    from app.loader.problems import DatasetError

    edit(data_copy / "references" / "chu-2020-mifemiso.yaml", listed_on="no-such-page")
    with pytest.raises(DatasetError) as caught:
        check(data_copy)
    (problem,) = caught.value.problems
    assert (problem.field, problem.message) == ("listed_on", "no references record 'no-such-page'")


def test_temperatures_are_figures(data_copy: Path) -> None:
    path = data_copy / "symptoms" / "spotting.yaml"
    edit(
        path,
        references=["march-of-dimes-bleeding-and-spotting"],
        urgency_by_week=[],
        details="A temperature of 38 °C or more needs care.",
    )
    assert [p.field for p in lint_problems(data_copy)] == ["details"]
