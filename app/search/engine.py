"""Running a parsed query: BM25 with field weights, re-ranked by meaning, with snippets,
facets and name suggestions. Knows nothing of HTTP."""

from __future__ import annotations

import html
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.search.index import Document, SearchIndex, Suggestion, normalize
from app.search.query import ParsedQuery

# BM25 weights of the FTS columns: name, aliases (also called), summary, body.
COLUMN_WEIGHTS = (10.0, 8.0, 3.0, 1.0)
BM25 = f"bm25(search_fts, {', '.join(str(weight) for weight in COLUMN_WEIGHTS)})"
CANDIDATES = 300
# A word in more than this share of documents scores next to nothing in BM25 but costs a score
# for every document it matches; it is left out when rarer words carry the query.
COMMON_SHARE = 0.25
SNIPPET_WORDS = 24

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


def _in_weeks(document: Document, week: int) -> bool:
    start, end = document.week_start, document.week_end
    return start is not None and start <= week and (end is None or week < end)


def _specificity(start: int, end: int | None) -> float:
    """1 for a range as wide as all miscarriage (24 weeks) or wider, up to 2.5 for a narrow
    one: at "16 weeks", a record about weeks 12–24 says more than one about weeks 0–24."""
    width = (end if end is not None else MAX_WEEK) - start
    return min(MAX_SPECIFICITY, max(1.0, WIDE_RANGE_WEEKS / max(width, 1)))


def _score(document: Document, bm25: float, parsed: ParsedQuery, name_hit: bool) -> float:
    score = -bm25
    if name_hit:
        score += NAME_HIT
    # A query that is a record's name asks for that record; one with a time asks a question.
    if (
        parsed.week is None
        and parsed.trimester is None
        and document.names & {parsed.core, *parsed.phrases}
    ):
        score += NAME_EXACT
    if parsed.week is not None and _in_weeks(document, parsed.week):
        assert document.week_start is not None
        score += TIME_MATCH * _specificity(document.week_start, document.week_end)
    elif parsed.trimester is not None and parsed.trimester in document.trimesters:
        score += TIME_MATCH
    return score * TYPE_PRIOR.get(document.type, 1.0)


def match_expression(parsed: ParsedQuery, index: SearchIndex) -> str:
    """The MATCH string run: the words and phrases of the query's selective concepts; or, when
    every concept is common, all of them but only in names, other names and summaries."""
    limit = COMMON_SHARE * max(len(index.documents), 1)

    def common(item: str) -> bool:
        return min(index.spread.get(word, 0) for word in item.split()) > limit

    selective: list[str] = []
    everything: list[str] = []
    for typed, meanings in parsed.concepts:
        items = [item for item in (*typed, *meanings) if item]
        everything += [item for item in items if item not in everything]
        if not all(common(meaning) for meaning in meanings):
            selective += [item for item in items if item not in selective]
    if selective:
        return _any_of(selective)
    return f"{{name aliases summary}} : ({_any_of(everything)})"


def _any_of(items: list[str]) -> str:
    """Words and phrases, each quoted (so never FTS5 syntax), joined by OR."""
    return " OR ".join(f'"{item}"' for item in items)


def term_in_index(connection: sqlite3.Connection) -> Callable[[str], bool]:
    """Whether a word (a-z, 0-9) matches any record once the index has stemmed it."""

    def in_index(word: str) -> bool:
        found = connection.execute(
            "SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT 1", (f'"{word}"',)
        ).fetchone()
        return found is not None

    return in_index


def search(
    connection: sqlite3.Connection,
    index: SearchIndex,
    parsed: ParsedQuery,
    *,
    type_name: str | None = None,
    trimester: str | None = None,
    limit: int,
    offset: int,
) -> Result:
    if parsed.is_empty:
        return Result(hits=[], total=0, facets={"type": {}, "trimester": {}})
    ranked = connection.execute(
        f"SELECT rowid, {BM25} FROM search_fts WHERE search_fts MATCH ? ORDER BY 2 LIMIT ?",
        (match_expression(parsed, index), CANDIDATES),
    ).fetchall()
    patterns = highlight_patterns(parsed)
    facets: dict[str, Counter[str]] = {"type": Counter(), "trimester": Counter()}
    kept: list[tuple[float, Document, int]] = []
    for rowid, bm25 in ranked:
        document = index.documents[rowid]
        facets["type"][document.type] += 1
        facets["trimester"].update(document.trimesters)
        if type_name is not None and document.type != type_name:
            continue
        if trimester is not None and trimester not in document.trimesters:
            continue
        name_hit = patterns is not None and patterns.search(document.names_text) is not None
        kept.append((_score(document, bm25, parsed, name_hit), document, rowid))
    kept.sort(key=lambda item: (-item[0], item[1].type, item[1].slug))
    page = kept[offset : offset + limit]
    bodies = _bodies(connection, [rowid for _, _, rowid in page])
    hits = [
        Hit(
            type=document.type,
            slug=document.slug,
            name=document.name,
            summary=document.summary,
            snippet=snippet([document.summary, bodies.get(rowid, ""), document.name], patterns),
            score=round(score, 3),
        )
        for score, document, rowid in page
    ]
    return Result(
        hits=hits,
        total=len(kept),
        facets={name: dict(sorted(counts.items())) for name, counts in facets.items()},
    )


def _bodies(connection: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    placeholders = ", ".join("?" for _ in ids)
    rows = connection.execute(
        f"SELECT id, body FROM search_document WHERE id IN ({placeholders})", ids
    ).fetchall()
    return {id_: body for id_, body in rows}


def highlight_patterns(parsed: ParsedQuery) -> re.Pattern[str] | None:
    """Words to mark: each query word by its first letters, so stemmed forms match too."""
    stems = set()
    for word in (*parsed.terms, *(w for phrase in parsed.phrases for w in phrase.split())):
        stems.add(word if len(word) <= 4 else word[: max(4, len(word) - 2)])
    if not stems:
        return None
    alternatives = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)


def snippet(texts: Iterable[str], pattern: re.Pattern[str] | None) -> str:
    """A window of the first text that matches, HTML-escaped, matches in ``<mark>``."""
    candidates = [t for t in texts if t]
    if pattern is not None:
        for candidate in candidates:
            found = pattern.search(candidate)
            if found is not None:
                return _window(candidate, pattern, found.start())
    first = candidates[0].split() if candidates else []
    shown = html.escape(" ".join(first[:SNIPPET_WORDS]), quote=False)
    return shown + ("…" if len(first) > SNIPPET_WORDS else "")


def _window(candidate: str, pattern: re.Pattern[str], first_match: int) -> str:
    words = candidate.split()
    start = max(0, len(candidate[:first_match].split()) - SNIPPET_WORDS // 3)
    window = words[start : start + SNIPPET_WORDS]
    marked = pattern.sub(
        lambda found: f"<mark>{found.group(0)}</mark>",
        html.escape(" ".join(window), quote=False),
    )
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + SNIPPET_WORDS < len(words) else ""
    return f"{prefix}{marked}{suffix}"


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
