"""What the loader writes for search: one document per record, synonyms, a vocabulary, and
the terms search ranks by.

Documents flatten each record into four weighted fields (name, aliases, summary, body) plus the
trimesters and weeks that search can filter and boost on, what a hit shows of the record
(``display``: urgency, weeks, phone) and the records it links to. Terms are precomputed here,
once per dataset, so that search only reads arrays: each stem, each synonym phrase (stemmed)
and each word of an organization's name (``=`` and its name stem) with the documents it occurs
in and how often, per field. The FTS5 index over the documents is kept in step by the triggers
of the search migration.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import Connection, text

from app.loader.files import Dataset
from app.loader.links import OWNED_LINKS
from app.loader.problems import Problem
from app.loader.schemas import SYNONYMS_FILE
from app.phone import tel_href
from app.search.analyzer import Analyzer
from app.search.english import ENGLISH
from app.search.index import FIRST_TRIMESTER_END, NAME_KEY, SECOND_TRIMESTER_END
from app.search.stem import stem
from app.search.text import folded_in_place, indexed, normalize, words

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
                {"weeks": _weeks(entry.weeks), "urgency": entry.urgency.value, "text": entry.text}
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
            shown |= {"phone": record.phone, "tel": tel_href(record.phone)}
        if record.text_line:
            shown["text_line"] = record.text_line
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
                    display=_display(folder, item),
                    links=tuple(sorted(links.get((folder, slug), ()))),
                )
            )
    return documents


Phrases = dict[str, list[tuple[str, ...]]]


def synonym_phrases(dataset: Dataset) -> Phrases:
    """The word sequences of every synonym, typed and meant, of more than one word, by their
    first word."""
    found: set[tuple[str, ...]] = set()
    for synonym in dataset.synonyms:
        for phrase in (*synonym.words, *synonym.means):
            sequence = tuple(words(phrase))
            if len(sequence) > 1:
                found.add(sequence)
    by_first: Phrases = defaultdict(list)
    for tokens in sorted(found):
        by_first[tokens[0]].append(tokens)
    return by_first


def document_terms(
    document: SearchDocument, phrases: Phrases, analyzer: Analyzer = ENGLISH
) -> tuple[dict[str, list[int]], int]:
    """Term → how often it occurs in each field (name, aliases, summary, body), and the
    document's length in words. An organization's name and other names are matched by their
    own words (``=`` and the name stem), and those words in its text are left to them, so an
    organization ranks on its names and services, not on a stem another word shares."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    organization = document.type == "organizations"
    name_words = (
        {analyzer.name_stem(w) for w in words(f"{document.name} {document.aliases}")}
        if organization
        else set()
    )
    length = 0
    for position, value in enumerate(
        (document.name, document.aliases, document.summary, document.body)
    ):
        tokens = words(value)
        length += len(tokens)
        for at, token in enumerate(tokens):
            if organization and (position < 2 or analyzer.name_stem(token) in name_words):
                if position < 2 and indexed(token):
                    counts[NAME_KEY + analyzer.name_stem(token)][position] += 1
            elif indexed(token):
                counts[analyzer.stem(token)][position] += 1
            for phrase in phrases.get(token, ()):
                if tuple(tokens[at : at + len(phrase)]) == phrase:
                    counts[" ".join(analyzer.stem(w) for w in phrase)][position] += 1
    return counts, length


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
