"""Content lint: the rules of the content guide that a machine can check.

Each finding is a ``Problem`` naming file, record and field. The rules:

- a record whose text states a figure (a percentage, a rate, a dose) cites a guideline or a
  research article;
- every ``summary`` reads at Flesch–Kincaid grade 8 or lower;
- hurtful clinical terms appear only in ``also_called`` (and in codes and citations);
- no served text talks about how the data was made (the source documents, their formatting,
  what could or could not be confirmed, the project): such remarks are YAML comments;
- every emergency (a symptom's urgency, or one of its ranges of weeks) names both emergency
  numbers, 911 and 999, and says not to drive oneself;
- every reference gives a reader a way to find it: a DOI, a PMID or a URL;
- phone numbers are well formed for their country;
- no record is left unlinked;
- no two records share a name;
- every translation is current, keeps the English numbers and lists, avoids the glossary's
  hurtful terms outside other names, and its Spanish summary is plain (``translations``).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import textstat

from app.loader.files import Dataset
from app.loader.links import OWNED_LINKS
from app.loader.problems import Problem
from app.loader.translations import lint_translations
from app.phones import is_well_formed
from app.vocabulary import HURTFUL, HURTFUL_TERMS

MAX_READING_GRADE = 8.0


FIGURE = re.compile(
    r"\d(?:[\d,.]*\d)?\s?(?:%|percent\b)"  # 15.3%, 1 to 5 percent
    r"|\b\d[\d,]*\s+(?:in|out of)\s+(?:every\s+)?\d[\d,]*\b"  # 1 in 175
    r"|\b\d[\d,.]*\s?(?:mg|mcg|µg|micrograms?|milligrams?|IU)\b"  # 200 mg
    r"|\b\d[\d,.]*\s?°\s?[CF]\b",  # 38 °C
    re.IGNORECASE,
)
EVIDENCE_KINDS = frozenset({"guideline", "article"})

# Words that speak of curating the data rather than to the reader.
PROCESS_TERMS = (
    r"seeds?",
    r"flattened",
    r"(?:page|stored|archived) copy",
    r"source documents?",
    r"verified facts?",
    r"(?:the|this|our) project(?:['\u2019]s)?",
    r"(?:this )?repository",
    r"curat(?:or|ors|ion|ed|ing)",
    r"content guide",
    r"content\.md",
    r"(?:could|can|was|were|has|have)(?: not|n't)(?: been| be)? (?:confirmed|verified)",
)
PROCESS = re.compile(r"\b(?:" + "|".join(PROCESS_TERMS) + r")\b", re.IGNORECASE)

# The same searches without IGNORECASE, on lower-cased text: Python's re finds literal
# alternatives several times faster when it need not fold case at every position.
_HURTFUL_LOWER = re.compile("|".join(re.escape(term.lower()) for term in HURTFUL_TERMS))
_PROCESS_LOWER = re.compile(r"\b(?:" + "|".join(PROCESS_TERMS) + r")\b")


def _found(pattern: re.Pattern[str], lower: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern``'s first match in ``text``, found by ``lower`` (its case-sensitive form) in
    the lower-cased text and then matched in the text itself, so it reads as written."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: search as written
        return pattern.search(text)
    found = lower.search(lowered)
    return pattern.match(text, found.start()) if found else None


# Fields that hold identifiers or links, not words a reader reads.
NOT_WORDS = frozenset(
    {
        "references",
        "last_reviewed",
        "verified_on",
        "url",
        "website",
        "doi",
        "pmid",
        "organization",
        "listed_on",
    }
)

# Fields that are not prose a reader sees as the record's own words.
NOT_PROSE = frozenset({"also_called", "references", "codes", "last_reviewed", "verified_on"})


@dataclass
class LintReport:
    """What the lint found, and the figures it prints about the content."""

    problems: list[Problem] = field(default_factory=list)
    reading_grades: dict[tuple[str, str], float] = field(default_factory=dict)
    link_counts: dict[str, dict[str, int]] = field(default_factory=dict)


def lint(dataset: Dataset) -> LintReport:
    report = LintReport()
    degree = _link_degrees(dataset)
    names: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for folder, records in dataset.records.items():
        report.link_counts[folder] = {slug: degree[(folder, slug)] for slug in records}
        for slug, record in records.items():
            where = dataset.path_of(folder, slug)
            report.problems += _check_text(dataset, folder, slug, where, record)
            if folder != "references":
                names[record.name.casefold()].append((folder, slug))  # type: ignore[attr-defined]
                grade = reading_grade(record.summary)  # type: ignore[attr-defined]
                report.reading_grades[(folder, slug)] = grade
                if round(grade, 1) > MAX_READING_GRADE:
                    report.problems.append(
                        Problem(
                            where,
                            slug,
                            "summary",
                            f"reading grade {grade:.1f} is above {MAX_READING_GRADE:g}; "
                            "use shorter words and sentences",
                        )
                    )
            if degree[(folder, slug)] == 0:
                report.problems.append(Problem(where, slug, "", _unlinked_message(folder)))
            report.problems += _check_emergency(where, slug, record)
            report.problems += lint_translations(where, slug, record, dataset.glossary)
            if folder == "references" and not locatable(dataset, record):
                report.problems.append(
                    Problem(
                        where,
                        slug,
                        "",
                        "a reference needs a doi, a pmid, a url, or listed_on a reference with "
                        "one, so that a reader can find it",
                    )
                )
            phone = getattr(record, "phone", None)
            if phone is not None and not is_well_formed(phone, record.country):  # type: ignore[attr-defined]
                report.problems.append(
                    Problem(where, slug, "phone", f"{phone!r} is not a well-formed phone number")
                )
    for same in names.values():
        if len(same) > 1:
            for folder, slug in same:
                others = ", ".join(f"{f}/{s}" for f, s in same if (f, s) != (folder, slug))
                report.problems.append(
                    Problem(dataset.path_of(folder, slug), slug, "name", f"same name as {others}")
                )
    report.problems.sort()
    return report


def locatable(dataset: Dataset, record: Any, seen: frozenset[int] = frozenset()) -> bool:
    """A reference a reader can find: its own DOI, PMID or URL, or a page that links to it."""
    if record.doi or record.pmid or record.url:
        return True
    listing = dataset.records["references"].get(record.listed_on or "")
    return (
        listing is not None
        and id(listing) not in seen
        and locatable(dataset, listing, seen | {id(record)})
    )


EMERGENCY_NUMBERS = ("911", "999")
NOT_DRIVING = re.compile(r"\b(?:do not|don['\u2019]t|never) drive\b", re.IGNORECASE)


def _check_emergency(where: str, slug: str, record: Any) -> list[Problem]:
    """An emergency names the number to call in the US and the UK, and says not to drive."""
    urgency = getattr(record, "urgency", None)
    if urgency is None:
        return []
    advice = [("when_to_seek_care", urgency.value, record.when_to_seek_care)]
    advice += [
        (f"urgency_by_week[{index}].text", entry.urgency.value, entry.text)
        for index, entry in enumerate(record.urgency_by_week)
    ]
    problems = []
    for path, level, text in advice:
        if level != "emergency":
            continue
        missing = [number for number in EMERGENCY_NUMBERS if number not in text]
        if missing:
            problems.append(
                Problem(where, slug, path, f"an emergency must name {' and '.join(missing)}")
            )
        if not NOT_DRIVING.search(text):
            problems.append(
                Problem(where, slug, path, "an emergency must say not to drive yourself")
            )
    return problems


def reading_grade(text: str) -> float:
    return float(textstat.flesch_kincaid_grade(text))


def _unlinked_message(folder: str) -> str:
    if folder == "references":
        return "no record cites this reference"
    return "no other record links to or from this record"


def _link_degrees(dataset: Dataset) -> Counter[tuple[str, str]]:
    """How many links touch each record, counting both ends (citations included)."""
    degree: Counter[tuple[str, str]] = Counter()
    for folder, records in dataset.records.items():
        for slug, record in records.items():
            for link_field, target in OWNED_LINKS.get(folder, {}).items():
                for other in getattr(record, link_field):
                    degree[(folder, slug)] += 1
                    degree[(target, other)] += 1
            for reference in getattr(record, "references", []):
                degree[("references", reference)] += 1
            organization = getattr(record, "organization", None)
            if organization is not None:
                degree[("organizations", organization)] += 1
            listed_on = getattr(record, "listed_on", None)
            if listed_on is not None:
                degree[("references", listed_on)] += 1
    return degree


def _prose(value: Any, path: str, skip: frozenset[str] = NOT_PROSE) -> Iterator[tuple[str, str]]:
    """Every piece of text in a record's fields, with its field path, leaving out ``skip``."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _prose(item, f"{path}[{index}]", skip)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in skip:
                yield from _prose(item, f"{path}.{key}" if path else key, skip)


def _check_text(dataset: Dataset, folder: str, slug: str, where: str, record: Any) -> list[Problem]:
    data = record.model_dump(mode="json")
    problems = _check_process_language(where, slug, data)
    if folder == "references":
        return problems
    cites_evidence = any(
        dataset.records["references"][ref].kind.value in EVIDENCE_KINDS  # type: ignore[attr-defined]
        for ref in data.get("references", [])
        if ref in dataset.records["references"]
    )
    texts = list(_prose(data, ""))
    # Most records have nothing to report: one search over all their text says so (a match in
    # a field is a match in the fields joined; the fields are searched one by one only then).
    joined = "\n".join(text for _, text in texts)
    hurts = _found(HURTFUL, _HURTFUL_LOWER, joined) is not None
    figures = not cites_evidence and FIGURE.search(joined) is not None
    if not hurts and not figures:
        return problems
    figure_reported = False
    for path, text in texts:
        hurtful = _found(HURTFUL, _HURTFUL_LOWER, text) if hurts else None
        if hurtful:
            problems.append(
                Problem(
                    where,
                    slug,
                    path,
                    f"{hurtful.group(0)!r} may hurt; use it only in also_called",
                )
            )
        figure = FIGURE.search(text) if figures and not figure_reported else None
        if figure:
            figure_reported = True
            problems.append(
                Problem(
                    where,
                    slug,
                    path,
                    f"states a figure ({figure.group(0)!r}) but cites no guideline or article",
                )
            )
    return problems


def _check_process_language(where: str, slug: str, data: dict[str, Any]) -> list[Problem]:
    """Served text speaks to the reader; notes on how the data was made are YAML comments."""
    problems: list[Problem] = []
    texts = list(_prose(data, "", skip=NOT_WORDS))
    if _found(PROCESS, _PROCESS_LOWER, "\n".join(text for _, text in texts)) is None:
        return problems
    for path, text in texts:
        found = _found(PROCESS, _PROCESS_LOWER, text)
        if found:
            problems.append(
                Problem(
                    where,
                    slug,
                    path,
                    f"{found.group(0)!r} talks about how the data was made; say what the source "
                    "is and supports, or move the remark to a YAML comment",
                )
            )
    return problems


def summarize(dataset: Dataset, report: LintReport, worst: int = 5) -> list[str]:
    """The short report ``plapi check`` prints after a lint."""
    lines = ["records per type:"]
    lines += [f"  {folder:<17} {len(records):>4}" for folder, records in dataset.records.items()]
    grades = sorted(report.reading_grades.items(), key=lambda item: -item[1])
    if grades:
        values = [grade for _, grade in grades]
        lines.append(
            f"summary reading grade: median {statistics.median(values):.1f}, "
            f"max {values[0]:.1f} (limit {MAX_READING_GRADE:g}); hardest:"
        )
        lines += [f"  {grade:>5.1f}  {folder}/{slug}" for (folder, slug), grade in grades[:worst]]
    lines.append("links per record (min / median / max):")
    for folder, counts in report.link_counts.items():
        if counts:
            values = sorted(counts.values())
            lines.append(
                f"  {folder:<17} {values[0]:>3} / {statistics.median(values):>5.1f} / {values[-1]:>3}"
            )
    return lines
