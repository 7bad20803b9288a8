"""Linking: dangling slugs and missing citations are errors naming file, record and field."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.helpers import first_file, problems_for


def edit(path: Path, **changes: object) -> None:
    record = yaml.safe_load(path.read_text())
    record.update(changes)
    path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True))


def test_dangling_link(data_copy: Path) -> None:
    path = first_file(data_copy, "causes")
    edit(path, conditions=["no-such-condition"])
    (problem,) = problems_for(data_copy)
    assert (problem.file, problem.record, problem.field) == (
        f"data/causes/{path.name}",
        path.stem,
        "conditions[0]",
    )
    assert "no conditions record 'no-such-condition'" in problem.message


def test_dangling_reference(data_copy: Path) -> None:
    path = first_file(data_copy, "symptoms")
    record = yaml.safe_load(path.read_text())
    edit(path, references=[*record["references"], "made-up-2099"])
    (problem,) = problems_for(data_copy)
    assert problem.field == f"references[{len(record['references'])}]"


def test_missing_citation(data_copy: Path) -> None:
    path = first_file(data_copy, "treatments")
    edit(path, references=[])
    (problem,) = problems_for(data_copy)
    assert (problem.record, problem.field) == (path.stem, "references")
    assert "at least 1" in problem.message


def test_statement_must_cite_a_listed_reference(data_copy: Path) -> None:
    path = data_copy / "conditions" / "miscarriage.yaml"
    record = yaml.safe_load(path.read_text())
    assert record["how_common"], "miscarriage should state how common it is"
    other = next(
        p.stem
        for p in sorted((data_copy / "references").glob("*.yaml"))
        if p.stem not in record["references"]
    )
    record["how_common"][0]["references"] = [other]
    path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True))
    (problem,) = problems_for(data_copy)
    assert problem.field == "how_common[0].references[0]"
    assert "not in the record's references" in problem.message


def test_reference_organization_must_exist(data_copy: Path) -> None:
    path = data_copy / "references" / "michels-2007-second-trimester-loss.yaml"
    edit(path, organization="nobody")
    (problem,) = problems_for(data_copy)
    assert (problem.field, problem.message) == ("organization", "no organizations record 'nobody'")


def test_links_to_an_invalid_record_are_not_reported_twice(data_copy: Path) -> None:
    path = data_copy / "conditions" / "miscarriage.yaml"
    path.write_text(path.read_text() + "\nunknown_field: 1\n")
    problems = problems_for(data_copy)
    assert [(p.record, p.field) for p in problems] == [("miscarriage", "unknown_field")]
