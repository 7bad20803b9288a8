"""What the loader writes for search, in each language: one document per record, synonyms, a
vocabulary, and the terms search ranks by (``app.loader.search_terms``).

Documents flatten each record into four weighted fields (name, aliases, summary, body) plus the
trimesters and weeks that search can filter and boost on, what a hit shows of the record
(``display``: urgency, weeks, phone), the records it links to, and the names of it that hurt.
The FTS5 index over the English documents is kept in step by the triggers of the search
migration.

A language other than English reads each record's text in that language (its translation), a
field without one in English as it is served, and its own synonyms: for Spanish, the terms of
one concept of the glossary (``es``, ``es_also``, ``es_avoid``) search as one another, beside
the lay words of ``synonyms.es.yaml``. References are not translated; the Spanish index leaves
them out (see ``INDEXED``).
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
from app.loader.schemas import SPANISH_SYNONYMS_FILE, SYNONYMS_FILE, Synonym
from app.loader.search_terms import document_terms, synonym_phrases
from app.loader.translations import hurtful
from app.phones import sms, tel
from app.registry import TYPES
from app.search.analyzer import Analyzer
from app.search.english import ENGLISH
from app.search.index import search_table
from app.search.languages import ANALYZERS
from app.search.text import folded_in_place, normalize, words
from app.vocabulary import Language, trimesters_for_weeks

MARKDOWN = re.compile(r"[*_#`>\[\]]|\(https?://[^)]*\)|^\s*(?:[-+]|\d+\.)\s+", re.MULTILINE)
# The record types each language's index holds: citations are in the language their source
# was published in, so only English search reads them.
INDEXED = {
    Language.en: frozenset(TYPES),
    Language.es: frozenset(TYPES) - {"references"},
}
# What a record's kind (a treatment's, an organization's) is called in Spanish, as its page
# names it: searched among its other names, as the English kind is.
SPANISH_KINDS = {
    "expectant": "espera vigilada",
    "medication": "medicamento",
    "procedure": "procedimiento",
    "preventive": "preventivo",
    "supportive": "de apoyo",
    "support": "apoyo",
    "helpline": "línea de ayuda",
    "professional-body": "asociación profesional",
    "government": "gobierno",
    "research": "investigación",
    "publisher": "editorial",
}


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
    outdated: tuple[str, ...] = ()  # its name and other names that hurt


def plain(text: str | None) -> str:
    """Markdown reduced to its words, for indexing and snippets."""
    return MARKDOWN.sub("", text or "").strip()


def _join(parts: Iterable[str | None]) -> str:
    return "\n".join(plain(part) for part in parts if part)


def _texts(value: Any, language: Language = Language.en) -> list[str | None]:
    """The text in a field: itself, or each item of a list (a statement by its text, a code
    as code and display, an enum by its words). In Spanish, an enum by its Spanish words and a
    code by itself (its display is English)."""
    if isinstance(value, list):
        return [text for item in value for text in _texts(item, language)]
    if isinstance(value, Enum):
        if language is Language.es:
            return [SPANISH_KINDS.get(value.value, value.value.replace("-", " "))]
        return [value.value.replace("-", " ")]
    if hasattr(value, "display"):
        return [value.code if language is Language.es else f"{value.code} {value.display}"]
    if hasattr(value, "text"):
        return [value.text]
    return [value]


def _field(record: Any, name: str, translation: Any = None) -> Any:
    """A field of a record, in the language of its ``translation`` when that has it."""
    translated = getattr(translation, name, None) if translation is not None else None
    return getattr(record, name) if translated is None else translated


def _read(
    record: Any, fields: Iterable[str], translation: Any = None, language: Language = Language.en
) -> list[str | None]:
    return [text for name in fields for text in _texts(_field(record, name, translation), language)]


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


def _display(folder: str, record: Any, translation: Any = None) -> dict[str, Any]:
    """What a hit shows of the record, so that an app needs no second call: urgency on a
    symptom, weeks on a condition or cause, the phone (and its ``tel:`` form) on an
    organization; and what ranking reads (a cause's category, an organization's kind). Its
    words (a week's advice, a text line) are those of its ``translation`` where it has them."""
    if folder == "symptoms":
        shown: dict[str, Any] = {"urgency": record.urgency.value}
        if record.urgency_by_week:
            words_by_week = _field(record, "urgency_by_week", translation)
            shown["urgency_by_week"] = [
                {
                    "text": words.text,
                    "references": list(entry.references),
                    "weeks": _weeks(entry.weeks),
                    "urgency": entry.urgency.value,
                }
                for entry, words in zip(record.urgency_by_week, words_by_week, strict=True)
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
            shown["text_line"] = _field(record, "text_line", translation)
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


def search_documents(dataset: Dataset, language: Language = Language.en) -> list[SearchDocument]:
    """A document per record of the types ``language``'s index holds, in its text in
    ``language`` (each field without a translation in English, as it is served)."""
    trimesters = _inherited_trimesters(dataset)
    links = _links(dataset)
    order = ("first", "second", "third")
    hurts = hurtful(dataset.glossary, language)
    documents = []
    for folder, records in dataset.records.items():
        if folder not in INDEXED[language]:
            continue
        reads = TYPES[folder].search
        for slug, record in records.items():
            item: Any = record
            translation = getattr(item, "translations", {}).get(language)
            weeks = getattr(item, "weeks", None) or _urgency_weeks(item)
            name = _field(item, reads.name, translation)
            aliases = [t for t in _read(item, reads.aliases, translation, language) if t]
            documents.append(
                SearchDocument(
                    type=folder,
                    slug=slug,
                    name=name,
                    aliases="\n".join(aliases),
                    summary=plain(_field(item, reads.summary, translation)),
                    body=_join(_read(item, reads.body, translation, language)),
                    trimesters=tuple(t for t in order if t in trimesters.get((folder, slug), ())),
                    week_start=weeks.start if weeks else None,
                    week_end=weeks.end if weeks else None,
                    display=_display(folder, item, translation),
                    links=tuple(sorted(links.get((folder, slug), ()))),
                    outdated=tuple(n for n in (name, *aliases) if hurts(n)),
                )
            )
    return documents


def search_synonyms(
    dataset: Dataset, documents: Iterable[SearchDocument], language: Language = Language.en
) -> list[Synonym]:
    """The synonyms ``language``'s index expands queries with: English's from
    ``synonyms.yaml``; Spanish's from the glossary (each term of a concept searches as the
    others some record holds), then ``synonyms.es.yaml``."""
    if language is Language.en:
        return dataset.synonyms
    held = _held_text(documents)
    found = []
    for entry in dataset.glossary:
        terms = [entry.es, *entry.es_also, *entry.es_avoid]
        means = [term for term in terms if f" {' '.join(words(term))} " in held]
        if means:
            found.append(Synonym(words=terms, means=means))
    return [*found, *dataset.synonyms_es]


def _held_text(documents: Iterable[SearchDocument]) -> str:
    """Every word of the documents, folded, joined by spaces, with a space at each end: a
    phrase some document holds is in it, spaces about it."""
    text = " ".join(
        " ".join(words(f"{d.name} {d.aliases} {d.summary} {d.body}")) for d in documents
    )
    return f" {text} "


def write_search(
    connection: Connection, dataset: Dataset, language: Language = Language.en
) -> None:
    """Write the search documents, synonyms, vocabulary and terms of ``dataset`` in
    ``language``, to that language's tables."""
    analyzer = ANALYZERS[language]
    documents = search_documents(dataset, language)
    synonyms = search_synonyms(dataset, documents, language)
    ids = {(d.type, d.slug): number for number, d in enumerate(documents, 1)}
    phrases = synonym_phrases(dataset, synonyms)
    postings: dict[str, list[tuple[int, list[int]]]] = defaultdict(list)
    lengths = []
    for number, document in enumerate(documents, 1):
        counts, length = document_terms(document, phrases, analyzer)
        lengths.append(length)
        for term, frequencies in counts.items():
            postings[term].append((number, frequencies))
    connection.execute(
        text(
            f"INSERT INTO {search_table('document', language)} (id, type, slug, name, aliases, "
            "summary, body, trimesters, week_start, week_end, length, display, links, "
            "folded_body, outdated) VALUES (:id, :type, :slug, :name, :aliases, :summary, :body, "
            ":trimesters, :week_start, :week_end, :length, :display, :links, :folded_body, "
            ":outdated)"
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
                "outdated": json.dumps(list(document.outdated), ensure_ascii=False),
            }
            for number, (document, length) in enumerate(zip(documents, lengths, strict=True), 1)
        ],
    )
    connection.execute(
        text(
            f"INSERT INTO {search_table('term', language)} (term, documents, frequencies) "
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
    for synonym in synonyms:
        for phrase in synonym.words:
            merged = expansions.setdefault(normalize(phrase), [])
            merged += [normalize(m) for m in synonym.means if normalize(m) not in merged]
    if expansions:
        connection.execute(
            text(
                f"INSERT INTO {search_table('synonym', language)} (phrase, expansions) "
                "VALUES (:phrase, :expansions)"
            ),
            [{"phrase": p, "expansions": json.dumps(e)} for p, e in sorted(expansions.items())],
        )
    connection.execute(
        text(
            f"INSERT INTO {search_table('word', language)} (word, frequency, documents) "
            "VALUES (:word, :frequency, :documents)"
        ),
        [
            {"word": word, "frequency": count, "documents": spread}
            for word, (count, spread) in sorted(
                vocabulary(documents, dataset, analyzer, synonyms).items()
            )
        ],
    )


def vocabulary(
    documents: Iterable[SearchDocument],
    dataset: Dataset,
    analyzer: Analyzer = ENGLISH,
    synonyms: list[Synonym] | None = None,
) -> dict[str, tuple[int, int]]:
    """Every word people could mean → (how often it occurs, in how many documents the index
    matches it): for spelling suggestions, and to tell words that pick records out from words
    in most of them. The index matches a word by its stem, so "miscarriages" is counted in
    every document with "miscarriage" too."""
    stem = analyzer.stem
    counts: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    for document in documents:
        seen: set[str] = set()
        for value in (document.name, document.aliases, document.summary, document.body):
            found = [word for word in words(value) if len(word) > 2 and not word.isdigit()]
            counts.update(found)
            seen.update(stem(word) for word in found)
        spread.update(seen)
    for synonym in dataset.synonyms if synonyms is None else synonyms:
        for phrase in (*synonym.words, *synonym.means):
            counts.update(word for word in words(phrase) if len(word) > 2)
    return {word: (count, spread[stem(word)]) for word, count in counts.items()}


def check_synonyms(
    dataset: Dataset, documents: Iterable[SearchDocument], language: Language = Language.en
) -> list[Problem]:
    """Each phrase a synonym of ``language`` points to must occur in some record's text in that
    language (``documents``), or it could never match."""
    padded = _held_text(documents)
    listed = dataset.synonyms if language is Language.en else dataset.synonyms_es
    file = SYNONYMS_FILE if language is Language.en else SPANISH_SYNONYMS_FILE
    problems = []
    for index, synonym in enumerate(listed):
        for position, phrase in enumerate(synonym.means):
            if f" {' '.join(words(phrase))} " not in padded:
                problems.append(
                    Problem(
                        f"{dataset.root.name}/{file}",
                        f"entry {index + 1}",
                        f"means[{position}]",
                        f"{phrase!r} appears in no record, so it can never match",
                    )
                )
    return problems
