"""Running a parsed query: BM25 with field weights, re-ranked by meaning and by time, with
snippets, facets and name suggestions. Knows nothing of HTTP."""

from __future__ import annotations

import html
import re
import sqlite3
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.search.index import Completion, Document, SearchIndex
from app.search.query import ParsedQuery
from app.search.stem import stem
from app.search.text import fold_with_origins, normalize, stemmed
from app.vocabulary import FIRST_TRIMESTER_END, LAST_WEEK, SECOND_TRIMESTER_END, trimester_of

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
# For a query that asks only for a time, a query word in a record's name only orders records
# its time ties: the words of such a query are too common to outweigh the time.
NAME_TIE_BREAK = 0.01
# A record whose weeks or trimesters all differ from the query's keeps this share of its score.
OUT_OF_TIME = 0.4
WIDE_RANGE_WEEKS = 24
# A week range with no end ("from 20 weeks on") is taken to run to term.
TERM_WEEKS = 42
MIN_SPECIFICITY = 0.5
MAX_SPECIFICITY = 2.5
# Weeks [start, end) of each trimester; the third runs to the last week a query can name.
TRIMESTER_WEEKS = {
    "first": (0, FIRST_TRIMESTER_END),
    "second": (FIRST_TRIMESTER_END, SECOND_TRIMESTER_END),
    "third": (SECOND_TRIMESTER_END, LAST_WEEK + 1),
}
# What a query that is only a time lists, and in what order: the kinds of loss at that time,
# then what causes them and the signs to watch for.
TIME_ONLY_TIERS = {"conditions": 1, "causes": 0, "symptoms": 0}
# Trimesters that a record inherits from the records it links to only hint at its time.
INHERITED_TIME_FIT = 0.5


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


def _range_end(start: int, end: int | None) -> int:
    """Where a week range stops; one with no end runs to term."""
    return end if end is not None else max(TERM_WEEKS, start + 1)


def _specificity(start: int, end: int | None) -> float:
    """1 for a range as wide as all miscarriage (24 weeks), up to 2.5 for a narrow one, down
    to 0.5 for a very wide one: at "16 weeks", a record about weeks 12–24 says more than one
    about weeks 0–24; at "30 weeks", one about weeks 20 on more than one about any week."""
    width = _range_end(start, end) - start
    return min(MAX_SPECIFICITY, max(MIN_SPECIFICITY, WIDE_RANGE_WEEKS / max(width, 1)))


def time_fit(document: Document, parsed: ParsedQuery) -> float | None:
    """How well a record's time fits the query's: ``None`` when either says nothing of time,
    0 when the record's weeks (or trimesters) exclude the asked time, else more the more the
    record is about just that time. Trimesters a record only inherits give ``None`` unless
    they exclude the time: they are too loose to raise a record, but not to lower one."""
    if parsed.week is not None:
        trimester = trimester_of(parsed.week)
    elif parsed.trimester is not None:
        trimester = parsed.trimester
    else:
        return None
    start, end = document.week_start, document.week_end
    if start is None:
        if not document.trimesters:
            return None
        return None if trimester in document.trimesters else 0.0
    if parsed.week is not None:
        covered = start <= parsed.week and (end is None or parsed.week < end)
        return _specificity(start, end) if covered else 0.0
    # A trimester: the more of the record's range falls in it, the better it fits.
    low, high = TRIMESTER_WEEKS[trimester]
    stop = _range_end(start, end)
    overlap = min(stop, high) - max(start, low)
    if overlap <= 0:
        return 0.0
    return 1.0 + (MAX_SPECIFICITY - 1.0) * overlap / (stop - start)


def _score(
    document: Document,
    bm25: float,
    parsed: ParsedQuery,
    *,
    name_hit: bool,
    exact_names: frozenset[str],
) -> float:
    score = -bm25
    if name_hit:
        score += NAME_HIT
    # A query that is a record's name asks for that record; one with a time asks a question.
    if not parsed.has_time and document.name_stems & exact_names:
        score += NAME_EXACT
    fit = time_fit(document, parsed)
    if fit == 0:
        score *= OUT_OF_TIME
    elif fit is not None:
        score += TIME_MATCH * fit
    return score * TYPE_PRIOR.get(document.type, 1.0)


def _time_only_score(
    document: Document, parsed: ParsedQuery, bm25: float, stems: frozenset[str]
) -> float:
    """Kinds of loss first, then causes and signs; within each, the records most about the
    asked time first; between records the time ties, those whose names hold a word of the
    query ("first trimester miscarriage": Early miscarriage). Records only the words match
    come after every record of the time, those of another time last."""
    fit = _in_time(document, parsed)
    if not fit:
        relevance = -bm25 / (1.0 - bm25)  # in [0, 1): below any record of the time
        share = OUT_OF_TIME if time_fit(document, parsed) == 0 else 1.0
        return TIME_MATCH * MIN_SPECIFICITY * relevance * share
    tier = TIME_ONLY_TIERS.get(document.type, 0)
    named = sum(1 for word in stems if any(word in name.split() for name in document.name_stems))
    return tier * TIME_MATCH * MAX_SPECIFICITY + TIME_MATCH * fit + NAME_TIE_BREAK * named


def _in_time(document: Document, parsed: ParsedQuery) -> float:
    """The fit of a record listed for its time alone: inherited trimesters count, a little."""
    fit = time_fit(document, parsed)
    if fit is None and document.week_start is None and document.trimesters:
        return INHERITED_TIME_FIT
    return fit or 0.0


def selective_concepts(parsed: ParsedQuery, index: SearchIndex) -> tuple[list[str], list[str]]:
    """The words and phrases of the query's selective concepts (those whose meanings are not
    all in more than ``COMMON_SHARE`` of the documents), and of all its concepts."""
    limit = COMMON_SHARE * max(len(index.documents), 1)
    # Next to a time, a word is as common as its family: "16 weeks pregnant" asks what
    # "16 weeks" asks, as "pregnancy" is in most documents.
    spread = index.family_matching if parsed.has_time else index.documents_matching

    def common(item: str) -> bool:
        return min(spread(word) for word in item.split()) > limit

    selective: list[str] = []
    everything: list[str] = []
    for typed, meanings in parsed.concepts:
        items = [item for item in (*typed, *meanings) if item]
        everything += [item for item in items if item not in everything]
        if not all(common(meaning) for meaning in meanings):
            selective += [item for item in items if item not in selective]
    return selective, everything


def match_expression(selective: list[str], everything: list[str]) -> str:
    """The MATCH string run: the words and phrases of the query's selective concepts; or, when
    every concept is common, all of them but only in names, other names and summaries."""
    if selective:
        return _any_of(selective)
    return f"{{name aliases summary}} : ({_any_of(everything)})"


def _any_of(items: list[str]) -> str:
    """Words and phrases, each quoted (so never FTS5 syntax), joined by OR."""
    return " OR ".join(f'"{item}"' for item in items)


def term_in_index(connection: sqlite3.Connection) -> Callable[[str], bool]:
    """Whether a (folded) word matches any record once the index has stemmed it."""

    def in_index(word: str) -> bool:
        found = connection.execute(
            "SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT 1", (f'"{word}"',)
        ).fetchone()
        return found is not None

    return in_index


def _candidates(
    connection: sqlite3.Connection,
    index: SearchIndex,
    parsed: ParsedQuery,
    type_name: str | None,
) -> tuple[list[tuple[int, float]], bool]:
    """(rowid, BM25) of the records to rank, and whether the query asks only what matters at
    its time. When some words are rare enough, they pick the records out and the time
    re-ranks them. A query that names no word but the time ("16 weeks"), or only words as
    common as stop-words beside it ("16 weeks pregnant", "loss at 30 weeks"), which would
    otherwise outweigh the time, lists the records of that time."""
    selective, everything = selective_concepts(parsed, index)
    time_only = parsed.is_time_only or (parsed.has_time and not selective)
    ranked: list[tuple[int, float]] = []
    if parsed.concepts:
        ranked = connection.execute(
            f"SELECT rowid, {BM25} FROM search_fts WHERE search_fts MATCH ? ORDER BY 2 LIMIT ?",
            (match_expression(selective, everything), CANDIDATES),
        ).fetchall()
    if not time_only:
        return ranked, False
    matched = {rowid for rowid, _ in ranked}
    kinds = {*TIME_ONLY_TIERS, *([type_name] if type_name is not None else [])}
    ranked += [
        (rowid, 0.0)
        for rowid, document in index.documents.items()
        if rowid not in matched and document.type in kinds and _in_time(document, parsed)
    ]
    return ranked, True


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
    ranked, time_only = _candidates(connection, index, parsed, type_name)
    patterns = highlight_patterns(parsed)
    exact_names = frozenset(stemmed(name) for name in (parsed.core, *parsed.phrases) if name)
    query_stems = frozenset(stemmed(" ".join((*parsed.terms, *parsed.phrases))).split())
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
        if time_only:
            score = _time_only_score(document, parsed, bm25, query_stems)
        else:
            name_hit = patterns is not None and patterns.search(document.names_text) is not None
            score = _score(
                document,
                bm25,
                parsed,
                name_hit=name_hit,
                exact_names=exact_names,
            )
        kept.append((score, document, rowid))
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
    """Words to mark, in folded text: each query word by the first letters of its stem, so
    other forms of it match too, and a word and its plural mark the same words."""
    stems = set()
    for word in (*parsed.terms, *(w for phrase in parsed.phrases for w in phrase.split())):
        root = stem(word)
        stems.add(root if len(root) <= 4 else root[: max(4, len(root) - 2)])
    if not stems:
        return None
    alternatives = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)


def _matches(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where ``pattern`` matches ``text`` once folded, as spans of ``text`` itself: "cafe"
    marks "Café"."""
    folded, origins = fold_with_origins(text)
    # A match ends where the next folded character begins, so a diacritic typed as a character
    # of its own stays with its letter.
    ends = [*origins[1:], len(text)]
    return [
        (origins[found.start()], ends[found.end() - 1])
        for found in pattern.finditer(folded)
        if found.end() > found.start()
    ]


def snippet(texts: Iterable[str], pattern: re.Pattern[str] | None) -> str:
    """A window of the first text that matches, HTML-escaped, matches in ``<mark>``."""
    candidates = [t for t in texts if t]
    if pattern is not None:
        for candidate in candidates:
            spans = _matches(candidate, pattern)
            if spans:
                return _window(candidate, spans)
    first = candidates[0].split() if candidates else []
    shown = html.escape(" ".join(first[:SNIPPET_WORDS]), quote=False)
    return shown + ("…" if len(first) > SNIPPET_WORDS else "")


def _window(candidate: str, spans: list[tuple[int, int]]) -> str:
    """About ``SNIPPET_WORDS`` words around the first match, the matches in it marked.

    Words are read only as far as the window needs: bodies are long, windows short.
    """
    lead = SNIPPET_WORDS // 3
    before: deque[tuple[int, int]] = deque(maxlen=lead)
    skipped = 0  # words before the window
    shown: list[tuple[int, int]] = []
    more = False  # words after the window
    for found in re.finditer(r"\S+", candidate):
        word = (found.start(), found.end())
        if not shown and word[1] <= spans[0][0]:
            if len(before) == lead:
                skipped += 1
            before.append(word)
            continue
        if not shown:
            shown = list(before)
        if len(shown) == SNIPPET_WORDS:
            more = True
            break
        shown.append(word)
    if not shown:
        # No word ends after the first match (a real match is inside a word): the start.
        first = [(w.start(), w.end()) for w in re.finditer(r"\S+", candidate)][: SNIPPET_WORDS + 1]
        shown, skipped, more = first[:SNIPPET_WORDS], 0, len(first) > SNIPPET_WORDS
    low, high = shown[0][0], shown[-1][1]
    parts: list[str] = []
    position = low
    for begin, end in spans:
        if begin < position or end > high:
            continue
        parts.append(html.escape(candidate[position:begin], quote=False))
        parts.append(f"<mark>{html.escape(candidate[begin:end], quote=False)}</mark>")
        position = end
    parts.append(html.escape(candidate[position:high], quote=False))
    prefix = "…" if skipped > 0 else ""
    suffix = "…" if more else ""
    return f"{prefix}{' '.join(''.join(parts).split())}{suffix}"


def suggest(index: SearchIndex, prefix: str, *, limit: int = 10) -> list[Completion]:
    """Up to ``limit`` completions, one per record: names that start with the prefix first,
    then other names that do, then names with a later word that does; citations last."""
    wanted = normalize(prefix)
    if not wanted:
        return []
    ranked: list[tuple[int, int, str, Completion]] = []
    for suggestion in index.suggestions:
        if suggestion.normalized.startswith(wanted):
            rank = 0 if suggestion.is_name else 1
        elif f" {wanted}" in f" {suggestion.normalized}":
            rank = 2
        else:
            continue
        if suggestion.type == "references":
            rank += 3
        ranked.append((rank, len(suggestion.text), suggestion.text, suggestion))
    ranked.sort(key=lambda item: item[:3])
    results: list[Completion] = []
    seen: set[tuple[str, str]] = set()
    for *_, suggestion in ranked:
        if (suggestion.type, suggestion.slug) not in seen:
            seen.add((suggestion.type, suggestion.slug))
            results.append(suggestion)
            if len(results) == limit:
                break
    return results
