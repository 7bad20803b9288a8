"""What the loader writes for search: one document per record, synonyms and a vocabulary.

Documents flatten each record into four weighted fields (name, aliases, summary, body) plus the
trimesters and weeks that search can filter and boost on. The FTS5 index over them is kept in
step by the triggers of the search migration.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.loader.files import Dataset
from app.loader.links import OWNED_LINKS
from app.loader.problems import Problem
from app.loader.schemas import SYNONYMS_FILE
from app.search.stem import stem
from app.search.text import words

FIRST_TRIMESTER_END = 13  # weeks 0–12 are the first trimester
SECOND_TRIMESTER_END = 28  # weeks 13–27 the second, 28 on the third

MARKDOWN = re.compile(r"[*_#`>\[\]]|\(https?://[^)]*\)|^\s*(?:[-+]|\d+\.)\s+", re.MULTILINE)


@dataclass(frozen=True)
class SearchDocument:
    type: str
    slug: str
    name: str
    aliases: str
    summary: str
    body: str
    trimesters: tuple[str, ...]
    week_start: int | None
    week_end: int | None


def trimesters_for_weeks(start: int, end: int | None) -> tuple[str, ...]:
    """The trimesters a week range (start inclusive, end exclusive) overlaps."""
    found = []
    if start < FIRST_TRIMESTER_END:
        found.append("first")
    if start < SECOND_TRIMESTER_END and (end is None or end > FIRST_TRIMESTER_END):
        found.append("second")
    if end is None or end > SECOND_TRIMESTER_END:
        found.append("third")
    return tuple(found)


def plain(text: str | None) -> str:
    """Markdown reduced to its words, for indexing and snippets."""
    return MARKDOWN.sub("", text or "").strip()


def _join(parts: Iterable[str | None]) -> str:
    return "\n".join(plain(part) for part in parts if part)


def _statements(items: Iterable[Any]) -> list[str]:
    return [item.text for item in items]


def _body(folder: str, record: Any) -> str:
    if folder == "conditions":
        return _join(
            [
                record.details,
                *_statements(record.definitions),
                *_statements(record.how_common),
                *(f"{code.code} {code.display}" for code in record.codes),
            ]
        )
    if folder == "causes":
        return _join(
            [
                record.details,
                record.what_can_change,
                *record.prevention_tips,
                *_statements(record.how_common),
                *(f"{code.code} {code.display}" for code in record.codes),
            ]
        )
    if folder == "symptoms":
        return _join([record.details, record.when_to_seek_care, record.often_normal])
    if folder == "diagnostic-tests":
        return _join([record.details, record.measures, record.shows, record.used_when])
    if folder == "treatments":
        return _join(
            [
                record.details,
                record.what_to_expect,
                record.risks,
                *_statements(record.guideline_differences),
            ]
        )
    if folder == "organizations":
        return _join(
            [record.details, *record.services, record.hours, record.phone, record.text_line]
        )
    return _join([record.note, record.publisher, record.journal])


def _aliases(folder: str, record: Any) -> str:
    if folder == "references":
        return "\n".join(record.authors)
    extra: list[str] = []
    if folder == "organizations":
        extra = [record.kind.value.replace("-", " ")]
    elif folder == "treatments":
        extra = [record.kind.value]
    return "\n".join([*record.also_called, *extra])


def _inherited_trimesters(dataset: Dataset) -> dict[tuple[str, str], set[str]]:
    """Trimesters of records without their own: those of the conditions and causes they link."""
    own: dict[tuple[str, str], tuple[str, ...]] = {}
    for slug, condition in dataset.records["conditions"].items():
        weeks = condition.weeks  # type: ignore[attr-defined]
        own[("conditions", slug)] = trimesters_for_weeks(weeks.start, weeks.end)
    for slug, cause in dataset.records["causes"].items():
        own[("causes", slug)] = tuple(t.value for t in cause.trimesters)  # type: ignore[attr-defined]
    inherited: dict[tuple[str, str], set[str]] = defaultdict(set)
    for folder, links in OWNED_LINKS.items():
        for slug, record in dataset.records[folder].items():
            for link_field, target in links.items():
                for other in getattr(record, link_field):
                    inherited[(target, other)].update(own[(folder, slug)])
                    if target in ("conditions", "causes"):
                        inherited[(folder, slug)].update(own[(target, other)])
    for key, trimesters in own.items():
        inherited[key] = set(trimesters)
    return inherited


def search_documents(dataset: Dataset) -> list[SearchDocument]:
    trimesters = _inherited_trimesters(dataset)
    order = ("first", "second", "third")
    documents = []
    for folder, records in dataset.records.items():
        for slug, record in records.items():
            item: Any = record
            weeks = getattr(item, "weeks", None)
            documents.append(
                SearchDocument(
                    type=folder,
                    slug=slug,
                    name=item.title if folder == "references" else item.name,
                    aliases=_aliases(folder, item),
                    summary=plain(item.title if folder == "references" else item.summary),
                    body=_body(folder, item),
                    trimesters=tuple(t for t in order if t in trimesters.get((folder, slug), ())),
                    week_start=weeks.start if weeks else None,
                    week_end=weeks.end if weeks else None,
                )
            )
    return documents


def vocabulary(documents: Iterable[SearchDocument], dataset: Dataset) -> dict[str, tuple[int, int]]:
    """Every word people could mean → (how often it occurs, in how many documents the index
    matches it): for spelling suggestions, and to tell words that pick records out from words
    in most of them. The index matches a word by its stem, so "miscarriages" is counted in
    every document with "miscarriage" too."""
    counts: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    for document in documents:
        seen: set[str] = set()
        for text in (document.name, document.aliases, document.summary, document.body):
            found = [word for word in words(text) if len(word) > 2 and not word.isdigit()]
            counts.update(found)
            seen.update(stem(word) for word in found)
        spread.update(seen)
    for synonym in dataset.synonyms:
        for phrase in (*synonym.words, *synonym.means):
            counts.update(word for word in words(phrase) if len(word) > 2)
    return {word: (count, spread[stem(word)]) for word, count in counts.items()}


def check_synonyms(dataset: Dataset, documents: Iterable[SearchDocument]) -> list[Problem]:
    """Each phrase a synonym points to must occur in some record, or it could never match."""
    text = " ".join(
        " ".join(words(f"{d.name} {d.aliases} {d.summary} {d.body}")) for d in documents
    )
    padded = f" {text} "
    problems = []
    for index, synonym in enumerate(dataset.synonyms):
        for position, phrase in enumerate(synonym.means):
            if f" {' '.join(words(phrase))} " not in padded:
                problems.append(
                    Problem(
                        f"{dataset.root.name}/{SYNONYMS_FILE}",
                        f"entry {index + 1}",
                        f"means[{position}]",
                        f"{phrase!r} appears in no record, so it can never match",
                    )
                )
    return problems
