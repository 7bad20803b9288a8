"""What the loader writes for search: one document per record, synonyms, a vocabulary, and
the terms search ranks by (``app.loader.search_terms``).

Documents flatten each record into four weighted fields (name, aliases, summary, body) plus the
trimesters and weeks that search can filter and boost on, what a hit shows of the record
(``display``: urgency, weeks, phone) and the records it links to. The FTS5 index over the
documents is kept in step by the triggers of the search migration.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from enum import Enum
from types import SimpleNamespace
from typing import Any

import numpy as np
from sqlalchemy import Connection, text

from app.loader.files import Dataset
from app.loader.links import OWNED_LINKS
from app.loader.problems import Problem
from app.loader.schemas import SYNONYMS_FILE
from app.loader.search_terms import document_terms, synonym_phrases
from app.phones import sms, tel
from app.registry import TYPES
from app.search.stem import stem
from app.search.text import folded_in_place, normalize, words
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
    display: dict[str, Any] = field(default_factory=dict)
    links: tuple[tuple[str, str], ...] = ()


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


def _urgency_weeks(record: Any) -> Any:
    """The weeks a symptom's urgency by week covers, from its first range to its last: the
    time the symptom is about."""
    ranges = [entry.weeks for entry in getattr(record, "urgency_by_week", None) or []]
    if not ranges:
        return None
    ends = [weeks.end for weeks in ranges]
    end = None if None in ends else max(end for end in ends if end is not None)
    return SimpleNamespace(start=min(weeks.start for weeks in ranges), end=end)


def _weeks(weeks: Any) -> dict[str, int | None]:
    return {"start": weeks.start, "end": weeks.end}


def _display(folder: str, record: Any) -> dict[str, Any]:
    """What a hit shows of the record, so that an app needs no second call: urgency on a
    symptom, weeks on a condition or cause, the phone (and its ``tel:`` form) on an
    organization; and what ranking reads (a cause's category, an organization's kind)."""
    if folder == "symptoms":
        shown: dict[str, Any] = {"urgency": record.urgency.value}
        if record.urgency_by_week:
            shown["urgency_by_week"] = [
                {
                    "text": entry.text,
                    "references": list(entry.references),
                    "weeks": _weeks(entry.weeks),
                    "urgency": entry.urgency.value,
                }
                for entry in record.urgency_by_week
            ]
        return shown
    if folder == "conditions":
        return {"weeks": _weeks(record.weeks)}
    if folder == "causes":
        return {"weeks": _weeks(record.weeks), "category": record.category.value}
    if folder == "organizations":
        shown = {"kind": record.kind.value, "country": record.country}
        if record.phone:
            shown |= {"phone": record.phone, "tel": tel(record.phone, record.country)}
        if record.text_line:
            shown["text_line"] = record.text_line
        if record.text_number:
            shown["sms"] = sms(record.text_number, record.text_keyword)
        return shown
    return {}


def _links(dataset: Dataset) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """Each record's linked records, whichever side declares the link."""
    linked: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for folder, links in OWNED_LINKS.items():
        for slug, record in dataset.records[folder].items():
            for link_field, target in links.items():
                for other in getattr(record, link_field):
                    linked[(folder, slug)].add((target, other))
                    linked[(target, other)].add((folder, slug))
    return linked


def search_documents(dataset: Dataset) -> list[SearchDocument]:
    trimesters = _inherited_trimesters(dataset)
    links = _links(dataset)
    order = ("first", "second", "third")
    documents = []
    for folder, records in dataset.records.items():
        reads = TYPES[folder].search
        for slug, record in records.items():
            item: Any = record
            weeks = getattr(item, "weeks", None) or _urgency_weeks(item)
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
                    display=_display(folder, item),
                    links=tuple(sorted(links.get((folder, slug), ()))),
                )
            )
    return documents


def write_search(connection: Connection, dataset: Dataset) -> None:
    """Write the search documents, synonyms, vocabulary and terms of ``dataset``."""
    documents = search_documents(dataset)
    ids = {(d.type, d.slug): number for number, d in enumerate(documents, 1)}
    phrases = synonym_phrases(dataset)
    postings: dict[str, list[tuple[int, list[int]]]] = defaultdict(list)
    lengths = []
    for number, document in enumerate(documents, 1):
        counts, length = document_terms(document, phrases)
        lengths.append(length)
        for term, frequencies in counts.items():
            postings[term].append((number, frequencies))
    connection.execute(
        text(
            "INSERT INTO search_document (id, type, slug, name, aliases, summary, body, "
            "trimesters, week_start, week_end, length, display, links, folded_body) VALUES "
            "(:id, :type, :slug, :name, :aliases, :summary, :body, :trimesters, :week_start, "
            ":week_end, :length, :display, :links, :folded_body)"
        ),
        [
            {
                **asdict(document),
                "id": number,
                "trimesters": json.dumps(list(document.trimesters)),
                "length": length,
                "display": json.dumps(document.display, ensure_ascii=False),
                "links": json.dumps([ids[key] for key in document.links if key in ids]),
                "folded_body": folded_in_place(document.body),
            }
            for number, (document, length) in enumerate(zip(documents, lengths, strict=True), 1)
        ],
    )
    connection.execute(
        text(
            "INSERT INTO search_term (term, documents, frequencies) "
            "VALUES (:term, :documents, :frequencies)"
        ),
        [
            {
                "term": term,
                "documents": np.array([n for n, _ in found], dtype="<i4").tobytes(),
                "frequencies": np.array(
                    [min(f, 65535) for _, fs in found for f in fs], dtype="<u2"
                ).tobytes(),
            }
            for term, found in sorted(postings.items())
        ],
    )
    expansions: dict[str, list[str]] = {}
    for synonym in dataset.synonyms:
        for phrase in synonym.words:
            merged = expansions.setdefault(normalize(phrase), [])
            merged += [normalize(m) for m in synonym.means if normalize(m) not in merged]
    if expansions:
        connection.execute(
            text("INSERT INTO search_synonym (phrase, expansions) VALUES (:phrase, :expansions)"),
            [{"phrase": p, "expansions": json.dumps(e)} for p, e in sorted(expansions.items())],
        )
    connection.execute(
        text(
            "INSERT INTO search_word (word, frequency, documents) "
            "VALUES (:word, :frequency, :documents)"
        ),
        [
            {"word": word, "frequency": count, "documents": spread}
            for word, (count, spread) in sorted(vocabulary(documents, dataset).items())
        ],
    )


def vocabulary(documents: Iterable[SearchDocument], dataset: Dataset) -> dict[str, tuple[int, int]]:
    """Every word people could mean → (how often it occurs, in how many documents the index
    matches it): for spelling suggestions, and to tell words that pick records out from words
    in most of them. The index matches a word by its stem, so "miscarriages" is counted in
    every document with "miscarriage" too."""
    counts: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    for document in documents:
        seen: set[str] = set()
        for value in (document.name, document.aliases, document.summary, document.body):
            found = [word for word in words(value) if len(word) > 2 and not word.isdigit()]
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
