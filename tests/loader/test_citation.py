"""Citation strings: Vancouver style, and a name that is author, title and publisher said once."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app.loader.citation import format_citation
from app.loader.pipeline import check
from app.loader.schemas import Reference
from tests.helpers import DATA_DIR

REVIEWED = dt.date(2026, 11, 21)


def reference(**fields: object) -> Reference:
    values: dict[str, object] = {
        "kind": "patient-resource",
        "last_reviewed": REVIEWED,
        "review_status": "draft",
        **fields,
    }
    return Reference.model_validate(values)


def test_journal_article() -> None:
    article = reference(
        title="Second trimester pregnancy loss",
        authors=["Michels TC", "Tiu AY"],
        journal="Am Fam Physician",
        year=2007,
        month=11,
        volume="76",
        issue="9",
        pages="1341-6",
        pmid="18019878",
        kind="article",
    )
    assert format_citation(article) == (
        "Michels TC, Tiu AY. Second trimester pregnancy loss. Am Fam Physician. "
        "2007 Nov;76(9):1341-6. PMID: 18019878."
    )


def test_more_than_six_authors_end_in_et_al() -> None:
    article = reference(title="T", authors=[f"Author{n} A" for n in range(8)], kind="article")
    assert format_citation(article).startswith(
        "Author0 A, Author1 A, Author2 A, Author3 A, Author4 A, Author5 A, et al. T."
    )


def test_home_page_named_after_its_organization_is_said_once() -> None:
    home = reference(title="Sands", publisher="Sands", url="https://www.sands.org.uk")
    assert format_citation(home, "Sands") == "Sands."


@pytest.mark.parametrize(
    ("title", "publisher", "organization"),
    [
        (
            "The National Domestic Violence Hotline",
            "The National Domestic Violence Hotline",
            "National Domestic Violence Hotline",
        ),
        ("THE MISCARRIAGE ASSOCIATION.", None, "Miscarriage Association"),
        ("Tommy’s", "Tommy's", "Tommy's"),
    ],
)
def test_same_name_ignores_case_a_leading_the_and_punctuation(
    title: str, publisher: str | None, organization: str
) -> None:
    citation = format_citation(reference(title=title, publisher=publisher), organization)
    assert citation == f"{organization}."


def test_publisher_already_said_as_title_is_left_out() -> None:
    page = reference(
        title="National Maternal Mental Health Hotline",
        publisher="Health Resources and Services Administration",
        year=2024,
    )
    assert format_citation(page, "National Maternal Mental Health Hotline") == (
        "National Maternal Mental Health Hotline. "
        "Health Resources and Services Administration; 2024."
    )
    no_organization = reference(title="Sands", publisher="The Sands")
    assert format_citation(no_organization) == "The Sands."


def test_different_names_are_all_said() -> None:
    page = reference(
        title="Miscarriage",
        publisher="March of Dimes",
        year=2012,
        month=7,
    )
    assert format_citation(page, "March of Dimes Birth Defects Foundation") == (
        "March of Dimes Birth Defects Foundation. Miscarriage. March of Dimes; 2012 Jul."
    )


def test_a_title_that_contains_the_name_is_kept() -> None:
    page = reference(title="Sands helpline", publisher="Sands")
    assert format_citation(page, "Sands") == "Sands. Sands helpline."


def test_no_real_citation_repeats_a_sentence() -> None:
    dataset = check(DATA_DIR)
    organizations = dataset.records["organizations"]
    for slug, ref in dataset.records["references"].items():
        name = organizations[ref.organization].name if ref.organization else None  # type: ignore[attr-defined]
        citation = format_citation(ref, name)  # type: ignore[arg-type]
        sentences = [s.casefold().removeprefix("the ") for s in re.split(r"(?<=[.?!]) ", citation)]
        assert len(sentences) == len(set(sentences)), f"{slug}: {citation}"
