"""Running a parsed query: BM25 with field weights, re-ranked by meaning, with snippets,
facets and name suggestions. Knows nothing of HTTP."""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from app.search.index import SearchIndex, Suggestion, normalize
from app.search.query import ParsedQuery

# BM25 weights of the FTS columns: name, aliases (also called), summary, body.
COLUMN_WEIGHTS = (10.0, 8.0, 3.0, 1.0)
CANDIDATES = 500
SNIPPET_TOKENS = 16
START, END = "\x02", "\x03"

# Lay questions are mostly about conditions, causes and symptoms; citations rank last.
TYPE_PRIOR = {
    "conditions": 1.3,
    "causes": 1.2,
    "symptoms": 1.2,
    "treatments": 1.1,
    "diagnostic-tests": 1.0,
    "organizations": 1.0,
    "references": 0.5,
}
# Added to the BM25 relevance before the type prior: a query word in the record's name or
# other names, the whole query being its name, and the query's week or trimester matching.
NAME_HIT = 3.0
NAME_EXACT = 6.0
TIME_MATCH = 3.0
WIDE_RANGE_WEEKS = 24
MAX_SPECIFICITY = 2.5
MAX_WEEK = 45


@dataclass(frozen=True)
class Hit:
    type: str
    slug: str
    name: str
    summary: str
    snippet: str
    score: float


@dataclass(frozen=True)
class Result:
    hits: list[Hit]
    total: int
    facets: dict[str, dict[str, int]]


def _bm25() -> str:
    return f"bm25(search_fts, {', '.join(str(w) for w in COLUMN_WEIGHTS)})"


def _in_weeks(row: Any, week: int) -> bool:
    start, end = row.week_start, row.week_end
    return start is not None and start <= week and (end is None or week < end)


def _specificity(start: int, end: int | None) -> float:
    """1 for a range as wide as all miscarriage (24 weeks) or wider, up to 2.5 for a narrow
    one: at "16 weeks", a record about weeks 12–24 says more than one about weeks 0–24."""
    width = (end if end is not None else MAX_WEEK) - start
    return min(MAX_SPECIFICITY, max(1.0, WIDE_RANGE_WEEKS / max(width, 1)))


def _score(row: Any, trimesters: list[str], parsed: ParsedQuery, name_hits: set[int]) -> float:
    score = -float(row.rank)
    if row.id in name_hits:
        score += NAME_HIT
    if parsed.week is None and parsed.trimester is None:
        # A query that is a record's name asks for that record; one with a time asks a question.
        names = {normalize(row.name), *(normalize(alias) for alias in row.aliases.splitlines())}
        if names & {parsed.core, *parsed.phrases}:
            score += NAME_EXACT
    if parsed.week is not None and _in_weeks(row, parsed.week):
        score += TIME_MATCH * _specificity(row.week_start, row.week_end)
    elif parsed.trimester is not None and parsed.trimester in trimesters:
        score += TIME_MATCH
    return score * TYPE_PRIOR.get(row.type, 1.0)


def term_in_index(connection: Connection) -> Callable[[str], bool]:
    """Whether a word (a-z, 0-9) matches any record once the index has stemmed it."""

    def in_index(word: str) -> bool:
        found = connection.execute(
            text("SELECT 1 FROM search_fts WHERE search_fts MATCH :word LIMIT 1"),
            {"word": f'"{word}"'},
        ).first()
        return found is not None

    return in_index


def _snippet(raw: str) -> str:
    """HTML-escaped text with matches wrapped in ``<mark>``: safe to put in a page."""
    escaped = html.escape(raw, quote=False)
    return escaped.replace(START, "<mark>").replace(END, "</mark>")


def search(
    connection: Connection,
    parsed: ParsedQuery,
    *,
    type_name: str | None = None,
    trimester: str | None = None,
    limit: int,
    offset: int,
) -> Result:
    if parsed.is_empty:
        return Result(hits=[], total=0, facets={"type": {}, "trimester": {}})
    match = parsed.match_expression()
    rows = connection.execute(
        text(
            "SELECT d.id, d.type, d.slug, d.name, d.aliases, d.summary, d.trimesters, "
            f"d.week_start, d.week_end, {_bm25()} AS rank "
            "FROM search_fts JOIN search_document AS d ON d.id = search_fts.rowid "
            "WHERE search_fts MATCH :match ORDER BY rank LIMIT :candidates"
        ),
        {"match": match, "candidates": CANDIDATES},
    ).all()
    name_hits = {
        rowid
        for (rowid,) in connection.execute(
            text("SELECT rowid FROM search_fts WHERE search_fts MATCH :match"),
            {"match": f"{{name aliases}} : ({match})"},
        )
    }
    facets: dict[str, Counter[str]] = {"type": Counter(), "trimester": Counter()}
    kept = []
    for row in rows:
        trimesters = json.loads(row.trimesters)
        facets["type"][row.type] += 1
        facets["trimester"].update(trimesters)
        if type_name is not None and row.type != type_name:
            continue
        if trimester is not None and trimester not in trimesters:
            continue
        kept.append((_score(row, trimesters, parsed, name_hits), row))
    kept.sort(key=lambda item: (-item[0], item[1].type, item[1].slug))
    page = kept[offset : offset + limit]
    snippets = _snippets(connection, match, [row.id for _, row in page])
    hits = [
        Hit(
            type=row.type,
            slug=row.slug,
            name=row.name,
            summary=row.summary,
            snippet=snippets.get(row.id) or html.escape(row.summary, quote=False),
            score=round(score, 3),
        )
        for score, row in page
    ]
    return Result(
        hits=hits,
        total=len(kept),
        facets={name: dict(sorted(counts.items())) for name, counts in facets.items()},
    )


def _snippets(connection: Connection, match: str, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    placeholders = ", ".join(f":id{i}" for i in range(len(ids)))
    rows = connection.execute(
        text(
            "SELECT rowid, snippet(search_fts, -1, char(2), char(3), '…', "
            f"{SNIPPET_TOKENS}) FROM search_fts "
            f"WHERE search_fts MATCH :match AND rowid IN ({placeholders})"
        ),
        {"match": match, **{f"id{i}": id_ for i, id_ in enumerate(ids)}},
    ).all()
    return {rowid: _snippet(snippet) for rowid, snippet in rows}


def suggest(index: SearchIndex, prefix: str, *, limit: int = 10) -> list[Suggestion]:
    """Up to ``limit`` completions, one per record: names that start with the prefix first,
    then other names that do, then names with a later word that does; citations last."""
    wanted = normalize(prefix)
    if not wanted:
        return []
    ranked: list[tuple[int, int, str, Suggestion]] = []
    for suggestion in index.suggestions:
        if suggestion.normalized.startswith(wanted):
            rank = 0 if suggestion.text == suggestion.name else 1
        elif f" {wanted}" in f" {suggestion.normalized}":
            rank = 2
        else:
            continue
        if suggestion.type == "references":
            rank += 3
        ranked.append((rank, len(suggestion.text), suggestion.text, suggestion))
    ranked.sort(key=lambda item: item[:3])
    results: list[Suggestion] = []
    seen: set[tuple[str, str]] = set()
    for *_, suggestion in ranked:
        if (suggestion.type, suggestion.slug) not in seen:
            seen.add((suggestion.type, suggestion.slug))
            results.append(suggestion)
            if len(results) == limit:
                break
    return results
