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
from enum import Enum
from typing import Any

from app.loader.files import Dataset
from app.loader.links import OWNED_LINKS
from app.loader.problems import Problem
from app.loader.schemas import SYNONYMS_FILE
from app.registry import TYPES
from app.search.stem import stem
from app.search.text import words
from app.vocabulary import trimesters_for_weeks

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


def plain(text: str | None) -> str:
    """Markdown reduced to its words, for indexing and snippets."""
    return MARKDOWN.sub("", text or "").strip()


def _join(parts: Iterable[str | None]) -> str:
    return "\n".join(plain(part) for part in parts if part)


def _texts(value: Any) -> list[str | None]:
    """The text in a field: itself, or each item of a list (a statement by its text, a code
    as code and display, an enum by its words)."""
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    if isinstance(value, Enum):
        return [value.value.replace("-", " ")]
    if hasattr(value, "display"):
        return [f"{value.code} {value.display}"]
    if hasattr(value, "text"):
        return [value.text]
    return [value]


def _read(record: Any, fields: Iterable[str]) -> list[str | None]:
    return [text for name in fields for text in _texts(getattr(record, name))]


def _own_trimesters(record: Any) -> tuple[str, ...] | None:
    """The trimesters a record names, or those its weeks fall in; None when it says neither."""
    trimesters = getattr(record, "trimesters", None)
    if trimesters is not None:
        return tuple(t.value for t in trimesters)
    weeks = getattr(record, "weeks", None)
    return trimesters_for_weeks(weeks.start, weeks.end) if weeks is not None else None


def _inherited_trimesters(dataset: Dataset) -> dict[tuple[str, str], set[str]]:
    """Trimesters of records without their own: those of the records they link to that have."""
    own: dict[tuple[str, str], tuple[str, ...]] = {}
    for folder, records in dataset.records.items():
        for slug, record in records.items():
            found = _own_trimesters(record)
            if found is not None:
                own[(folder, slug)] = found
    inherited: dict[tuple[str, str], set[str]] = defaultdict(set)
    for folder, links in OWNED_LINKS.items():
        for slug, record in dataset.records[folder].items():
            for link_field, target in links.items():
                for other in getattr(record, link_field):
                    inherited[(target, other)].update(own[(folder, slug)])
                    if (target, other) in own:
                        inherited[(folder, slug)].update(own[(target, other)])
    for key, trimesters in own.items():
        inherited[key] = set(trimesters)
    return inherited


def search_documents(dataset: Dataset) -> list[SearchDocument]:
    trimesters = _inherited_trimesters(dataset)
    order = ("first", "second", "third")
    documents = []
    for folder, records in dataset.records.items():
        reads = TYPES[folder].search
        for slug, record in records.items():
            item: Any = record
            weeks = getattr(item, "weeks", None)
            documents.append(
                SearchDocument(
                    type=folder,
                    slug=slug,
                    name=getattr(item, reads.name),
                    aliases="\n".join(text for text in _read(item, reads.aliases) if text),
                    summary=plain(getattr(item, reads.summary)),
                    body=_join(_read(item, reads.body)),
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
