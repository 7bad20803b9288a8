"""Reading records: every broken file is reported with its file, record and field."""

from __future__ import annotations

from pathlib import Path

from app.loader.pipeline import check
from app.loader.problems import Problem
from tests.helpers import DATA_DIR, first_file, problems_for


def test_real_data_passes() -> None:
    dataset = check(DATA_DIR)
    assert dataset.count() > 100
    assert all(dataset.records[folder] for folder in dataset.records)


def test_unknown_key_is_named(data_copy: Path) -> None:
    path = first_file(data_copy, "causes")
    path.write_text(path.read_text() + "\nsumary: a typo\n")
    problems = problems_for(data_copy)
    assert [(p.file, p.record, p.field, p.message) for p in problems] == [
        (f"data/causes/{path.name}", path.stem, "sumary", "unknown key")
    ]


def test_missing_required_field(data_copy: Path) -> None:
    path = first_file(data_copy, "symptoms")
    lines = [line for line in path.read_text().splitlines() if not line.startswith("urgency:")]
    path.write_text("\n".join(lines) + "\n")
    (problem,) = problems_for(data_copy)
    assert (problem.record, problem.field) == (path.stem, "urgency")
    assert "required" in problem.message


def test_bad_enum_value(data_copy: Path) -> None:
    path = first_file(data_copy, "symptoms")
    text = path.read_text()
    lines = [
        "urgency: whenever" if line.startswith("urgency:") else line for line in text.splitlines()
    ]
    path.write_text("\n".join(lines) + "\n")
    (problem,) = problems_for(data_copy)
    assert problem.field == "urgency"
    assert "emergency" in problem.message


def test_bad_yaml_gives_line(data_copy: Path) -> None:
    path = first_file(data_copy, "treatments")
    path.write_text("name: [unclosed\nsummary: x\n")
    (problem,) = problems_for(data_copy)
    assert problem.file == f"data/treatments/{path.name}"
    assert problem.message.startswith("invalid YAML")
    assert "line" in problem.message


def test_duplicate_key_is_an_error(data_copy: Path) -> None:
    path = first_file(data_copy, "conditions")
    path.write_text(path.read_text() + "\nname: Again\n")
    (problem,) = problems_for(data_copy)
    assert "duplicate key 'name'" in problem.message


def test_file_name_must_be_a_slug(data_copy: Path) -> None:
    source = first_file(data_copy, "causes")
    source.rename(source.with_name("Bad Name.yaml"))
    problems = problems_for(data_copy)
    assert any(p.record == "Bad Name" and "slug" in p.message for p in problems)


def test_wrong_extension_and_unknown_folder(data_copy: Path) -> None:
    source = first_file(data_copy, "causes")
    source.rename(source.with_suffix(".yml"))
    (data_copy / "cause").mkdir()
    messages = [p.message for p in problems_for(data_copy)]
    assert any("must end in .yaml" in m for m in messages)
    assert any("unknown folder" in m for m in messages)


def test_every_problem_is_reported_not_just_the_first(data_copy: Path) -> None:
    for folder in ("causes", "symptoms", "treatments"):
        path = first_file(data_copy, folder)
        path.write_text(path.read_text() + "\nextra_key: 1\n")
    problems = problems_for(data_copy)
    assert {p.file.split("/")[1] for p in problems} == {"causes", "symptoms", "treatments"}


def test_problem_text_names_file_record_and_field() -> None:
    problem = Problem("data/causes/x.yaml", "x", "references[0]", "no references record 'y'")
    assert str(problem) == (
        "data/causes/x.yaml: record 'x', field 'references[0]': no references record 'y'"
    )


def test_empty_file_is_reported(data_copy: Path) -> None:
    path = first_file(data_copy, "symptoms")
    path.write_text("")
    (problem,) = problems_for(data_copy)
    assert (problem.record, problem.message) == (path.stem, "a record file must hold one mapping")


def test_bad_synonym_entry(data_copy: Path) -> None:
    path = data_copy / "synonyms.yaml"
    path.write_text(path.read_text() + "- words: [womb]\n  mean: [uterus]\n")
    problems = problems_for(data_copy)
    fields = {(p.file, p.field) for p in problems}
    assert ("data/synonyms.yaml", "mean") in fields
    assert ("data/synonyms.yaml", "means") in fields
