"""Running a parsed query over the in-memory index: which records match, how they rank, their
snippets and facets, and name suggestions. Knows nothing of HTTP.

Matching: every concept of the query must match (a record matches a concept by one of its
terms, or by a record it links to that the concept names). When nothing does, the query is
relaxed step by step: its least selective concept is dropped, then any concept will do, and
records rank first by how many concepts they cover. A query that is only a time lists the
records for that time.

Ranking signals, added to BM25F (name 10, other names 8, summary 3, body 1, scored at load):
the query being a record's name; records linked to several records the query names; the week
or trimester asked about; for a question of fault, the records that answer it; and a prior by
record type.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from app.search.analyzer import MAX_WEEK
from app.search.index import (
    FIRST_TRIMESTER_END,
    SECOND_TRIMESTER_END,
    TRIMESTER_BITS,
    Ids,
    Scores,
    SearchIndex,
    Suggestion,
)
from app.search.query import Concept, ParsedQuery, selectivity
from app.search.text import fold, fold_in_place, fold_with_origins, normalize, stemmed

CANDIDATES = 300
# A concept whose every term is in more than this share of documents tells little: next to a
# time, it leaves the time to choose ("16 weeks pregnant" asks what "16 weeks" asks).
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
NAME_EXACT = 6.0
# A query that is a name word for word, stop-words and all, says so a little more.
VERBATIM = 0.5
# A record with a name of which the query holds every word, and which covers at least this
# share of the query's concepts (two thirds), ranks with the records that match every concept.
NAMED_SHARE = 2 / 3
# A concept in a record's name or other names.
NAME_HIT = 3.0
TIME_MATCH = 3.0
WORDS_TIME_MATCH = 3.0
# A concept reached only through a linked record counts for this much of a direct match.
LINKED = 2.0
# The records a concept names, whose linked records it reaches: its best few.
LINK_SOURCES = 8
# Fewer records than this matching every concept: the query is relaxed to fill the answer.
MIN_RESULTS = 10
# Records of each step of relaxation rank below those of the step before; records matching
# any concept rank by how many they cover.
TIER_STEP = 10_000.0
COVERAGE_STEP = 100.0
# A record of the type the query asks for ("signs": symptoms); those linked to the best few
# records the query finds rank with the records that match every concept.
WANTED_TYPE = 4.0
WANTED_FROM = 3
SELECTIVE_NAMED = 3
# An organization of the country the query names; one of another country keeps this share.
COUNTRY = 3.0
OTHER_COUNTRY = 0.5
# For a question of fault, the records that answer it, by their cause category.
FAULT_ANSWERS = {"not-a-cause": 30.0, "unknown": 12.0, "genetic": 6.0}
# For a query that asks only for a time, a query word in a record's name only orders records
# its time ties: the words of such a query are too common to outweigh the time.
NAME_TIE_BREAK = 0.01
# Then, between records the time and the words tie, the one more records link to: the main
# kind of loss at that time (stillbirth, linked to its causes and signs, before neonatal death).
LINK_TIE_BREAK = 0.015
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
    "third": (SECOND_TRIMESTER_END, MAX_WEEK + 1),
}
# What a query that is only a time lists, and in what order: the kinds of loss at that time,
# then what causes them and the signs to watch for.
TIME_ONLY_TIERS = {"conditions": 1, "causes": 0, "symptoms": 0}
# Trimesters that a record inherits from the records it links to only hint at its time.
INHERITED_TIME_FIT = 0.5


@dataclass(frozen=True)
class Hit:
    position: int  # in the index
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
    relaxed: bool = False
    dropped: tuple[str, ...] = ()  # concepts a relaxed query no longer required
    help: list[Hit] = field(default_factory=list)  # when nothing matched: where to turn


def _trimester_of(week: int) -> str:
    if week < FIRST_TRIMESTER_END:
        return "first"
    return "second" if week < SECOND_TRIMESTER_END else "third"


def time_fit(index: SearchIndex, positions: Ids, parsed: ParsedQuery) -> Scores:
    """How well each record's time fits the query's: NaN when the record says nothing of time,
    0 when its weeks (or trimesters) exclude the asked time, else more the more the record is
    about just that time. Trimesters a record only inherits give NaN unless they exclude the
    time: too loose to raise a record, not to lower one."""
    arrays = index.arrays
    trimester = _trimester_of(parsed.week) if parsed.week is not None else parsed.trimester
    assert trimester is not None
    start = arrays.week_start[positions]
    end = arrays.week_end[positions]
    stop = np.where(np.isnan(end), np.maximum(TERM_WEEKS, start + 1), end)
    inherited = (arrays.trimesters[positions] & TRIMESTER_BITS[trimester]) > 0
    fit = np.where(inherited | (arrays.trimesters[positions] == 0), np.nan, 0.0)
    if parsed.week is not None:
        covered = (start <= parsed.week) & (np.isnan(end) | (parsed.week < end))
        width = np.maximum(stop - start, 1)
        specific = np.clip(WIDE_RANGE_WEEKS / width, MIN_SPECIFICITY, MAX_SPECIFICITY)
        own = np.where(covered, specific, 0.0)
    else:
        low, high = TRIMESTER_WEEKS[trimester]
        overlap = np.minimum(stop, high) - np.maximum(start, low)
        share = overlap / np.maximum(stop - start, 1)
        own = np.where(overlap > 0, 1.0 + (MAX_SPECIFICITY - 1.0) * share, 0.0)
    return np.where(np.isnan(start), fit, own).astype(np.float32)


@dataclass(frozen=True)
class _Evidence:
    """How each document matches one concept (arrays over every document): its BM25F score
    (its best term's), that score in its names alone and in its names and summary, and
    whether a record it links to is named by the concept (0/1)."""

    score: Scores
    named: Scores
    head: Scores
    reached: Scores


def _evidence(index: SearchIndex, concept: Concept) -> _Evidence:
    score = np.zeros(index.size, dtype=np.float32)
    named = np.zeros(index.size, dtype=np.float32)
    head = np.zeros(index.size, dtype=np.float32)
    for term in concept.terms:
        documents, weights, names, heads = index.postings(term)
        if len(documents):
            score[documents] = np.maximum(score[documents], weights)
            named[documents] = np.maximum(named[documents], names)
            head[documents] = np.maximum(head[documents], heads)
    return _Evidence(score, named, head, _reach(index, named))


def _reach(index: SearchIndex, named: Scores) -> Scores:
    """The documents linked to the records a concept names (in their names or other names,
    the best ``LINK_SOURCES`` of them), as 0/1: a condition is reached by "bleeding" through
    its symptom "Heavy bleeding"."""
    matched = np.flatnonzero(named)
    reached = np.zeros(index.size, dtype=np.float32)
    if len(matched) == 0:
        return reached
    if len(matched) > LINK_SOURCES:
        matched = matched[np.argpartition(-named[matched], LINK_SOURCES)[:LINK_SOURCES]]
    reached[index.linked(matched.astype(np.int32))] = 1.0
    return reached


@dataclass
class _Matching:
    """The documents a set of concepts matches, with their relevance."""

    positions: Ids
    relevance: Scores
    coverage: Scores  # after relaxation, the step of relaxation (more is better)


def _match(
    evidence: list[_Evidence],
    *,
    every: bool,
    required: list[bool] | None = None,
    head: bool = True,
) -> _Matching:
    """Documents matching every concept (``every``: each somewhere, one at least in the name,
    other names or summary, so that words scattered through a long text do not make a
    match) or any concept (or a record linked to one it names).

    Relevance adds, per concept, the document's score, ``NAME_HIT`` when the concept is in
    its names, and ``LINKED`` when it is only in a record the document links to. Coverage
    counts the concepts the document covers: 1 in its name, other names or summary, half
    only in its body or through a link."""
    if not evidence:
        empty = np.zeros(0, dtype=np.int32)
        return _Matching(empty, np.zeros(0, np.float32), np.zeros(0, np.float32))
    if every:
        needed = [
            e for e, must in zip(evidence, required or [True] * len(evidence), strict=True) if must
        ] or evidence
        mask = np.logical_and.reduce([e.score > 0 for e in needed])
        if head:
            mask &= np.logical_or.reduce([e.head > 0 for e in needed])
    else:
        mask = np.logical_or.reduce([(e.score > 0) | (e.reached > 0) for e in evidence])
    positions = np.flatnonzero(mask).astype(np.int32)
    relevance = np.zeros(len(positions), dtype=np.float32)
    coverage = np.zeros(len(positions), dtype=np.float32)
    counted = required or [True] * len(evidence)
    for e, counts in zip(evidence, counted, strict=True):
        score = e.score[positions]
        through = (score == 0) & (e.reached[positions] > 0)
        relevance += score + NAME_HIT * (e.named[positions] > 0) + LINKED * through
        if counts:  # soft words rank, but are not words a record covers
            coverage += np.where(e.head[positions] > 0, 1.0, 0.5 * ((score > 0) | through))
    return _Matching(positions, relevance, coverage)


def _common(concept: Concept, index: SearchIndex, parsed: ParsedQuery) -> bool:
    """Whether a concept is as common as a stop-word: in more than ``COMMON_SHARE`` of the
    documents. Next to a time, a word is as common as its family ("pregnant", "pregnancy")."""
    limit = COMMON_SHARE * max(index.size, 1)
    if parsed.has_time and not concept.meanings:
        return index.family_matching(concept.typed) > limit
    return selectivity(concept, index) > limit


def _candidates(
    index: SearchIndex, concepts: list[Concept], evidence: list[_Evidence]
) -> tuple[_Matching, bool, tuple[str, ...]]:
    """The documents the concepts match, whether the query was relaxed, and the concept it
    dropped. Records matching every concept come first. When fewer than ``MIN_RESULTS`` do,
    the query is relaxed step by step, each step's records ranked below the last's: without
    its least selective concept; then any concept, records covering more concepts first."""
    # Soft words, and words as common as stop-words in these records, rank but do not filter.
    common = COMMON_SHARE * index.size
    required = [not concept.soft and selectivity(concept, index) <= common for concept in concepts]
    if not any(required):
        required = [True] * len(concepts)
    found = _match(evidence, every=True, required=required)
    if len(found.positions) >= MIN_RESULTS:
        return found, False, ()
    steps = [found]
    if len(concepts) == 1:
        # Then records holding the word only in their text, below those naming it.
        steps.append(_match(evidence, every=True, required=required, head=False))
    every_word = len(steps)
    candidates = [i for i, must in enumerate(required) if must]
    least = max(candidates, key=lambda i: selectivity(concepts[i], index))
    dropped: tuple[str, ...] = ()
    fewer_step = None
    if len(candidates) > 2 or (len(candidates) == 2 and len(concepts) > 2):
        fewer_step = _match(
            evidence, every=True, required=[must and i != least for i, must in enumerate(required)]
        )
        steps.append(fewer_step)
    anything = _match(evidence, every=False, required=required)
    if len(concepts) > 1:
        steps.append(anything)
    seen = np.zeros(index.size, dtype=bool)
    positions, relevance, tiers = [], [], []
    for tier, step in enumerate(steps):
        new = ~seen[step.positions]
        seen[step.positions] = True
        positions.append(step.positions[new])
        relevance.append(step.relevance[new])
        # Within the last step, records covering more concepts first.
        within = step.coverage[new] * COVERAGE_STEP / TIER_STEP if step is anything else 0.0
        tiers.append(np.full(int(new.sum()), len(steps) - 1 - tier, np.float32) + within)
    merged = _Matching(np.concatenate(positions), np.concatenate(relevance), np.concatenate(tiers))
    relaxed = len(merged.positions) > sum(len(p) for p in positions[:every_word])
    if fewer_step is not None and not len(found.positions) and len(fewer_step.positions):
        dropped = (concepts[least].typed,)
    return merged, relaxed, dropped if relaxed else ()


def search(
    index: SearchIndex,
    parsed: ParsedQuery,
    *,
    type_name: str | None = None,
    trimester: str | None = None,
    limit: int,
    offset: int,
) -> Result:
    arrays = index.arrays
    concepts = list(parsed.concepts)
    time_only = parsed.is_time_only
    if parsed.has_time and concepts and all(_common(c, index, parsed) for c in concepts):
        time_only = True
    relaxed = False
    dropped: tuple[str, ...] = ()
    evidence: list[_Evidence] = []
    positions = np.zeros(0, dtype=np.int32)
    relevance = np.zeros(0, dtype=np.float32)
    tiers = np.zeros(0, dtype=np.float32)
    if concepts:
        evidence = [_evidence(index, concept) for concept in concepts]
        found, relaxed, dropped = _candidates(index, concepts, evidence)
        positions, relevance = found.positions, found.relevance
        tiers = found.coverage if relaxed else np.zeros(len(positions), dtype=np.float32)
    # Records the query asks for whatever its words: an organization by its phone number,
    # the records that answer a question of fault, a record whose name the query holds (most
    # of). They rank with the records that match every concept, however it was relaxed.
    promoted = [np.asarray(index.phones[number], dtype=np.int32) for number in parsed.phones]
    if "fault" in parsed.intents:
        promoted.append(
            np.array(
                [p for p, category in enumerate(arrays.category) if category in FAULT_ANSWERS],
                dtype=np.int32,
            )
        )
    named = index.names_within(parsed.stems(index.analyzer.stem)) if concepts else {}
    promoted.append(np.array([p for p, share in named.items() if share >= NAMED_SHARE], np.int32))
    if evidence and SELECTIVE_NAMED:
        # The records named by the query's most telling word ("methotrexate", "molar").
        rarest = min(
            (i for i, c in enumerate(concepts) if not c.soft),
            key=lambda i: selectivity(concepts[i], index),
            default=None,
        )
        if rarest is not None:
            named_by = evidence[rarest].named
            holders = np.flatnonzero(named_by)
            if len(holders) > SELECTIVE_NAMED:
                holders = holders[
                    np.argpartition(-named_by[holders], SELECTIVE_NAMED)[:SELECTIVE_NAMED]
                ]
            promoted.append(holders.astype(np.int32))
    if parsed.wanted_type is not None and len(positions):
        # "ectopic signs": the symptoms linked to the records the query finds best.
        best = positions[np.argsort(-(relevance + tiers * TIER_STEP))[:WANTED_FROM]]
        linked = index.linked(best)
        promoted.append(linked[arrays.type_code[linked] == arrays.code(parsed.wanted_type)])
    extra = np.concatenate(promoted)
    top = float(tiers.max(initial=0.0))
    tiers[np.isin(positions, extra)] = top
    if time_only:
        extra = np.concatenate([extra, _of_time(index, parsed, type_name)])
    more = np.setdiff1d(extra, positions).astype(np.int32)
    positions = np.concatenate([positions, more])
    relevance = np.concatenate([relevance, np.zeros(len(more), dtype=np.float32)])
    tiers = np.concatenate([tiers, np.full(len(more), top, np.float32)])
    if len(positions) > CANDIDATES and not time_only:
        kept = np.argpartition(-(relevance + tiers * TIER_STEP), CANDIDATES)[:CANDIDATES]
        positions, relevance, tiers = positions[kept], relevance[kept], tiers[kept]
    if time_only:
        scores = _time_only_scores(index, parsed, positions, relevance)
    else:
        scores = _scores(index, parsed, positions, relevance, named)
    # The order of the steps of relaxation holds over every other signal (a time alone has
    # its own order).
    order_by = scores if time_only else scores + tiers * TIER_STEP
    codes = arrays.type_code[positions]
    citations = codes == arrays.code("references")
    if citations.any() and not citations.all():
        # Citations come after every record a person reads, unless the query names them by
        # words only citations hold in their titles or authors ("Mølgaard").
        cited = _named_only_in_citations(index, evidence)[positions]
        order_by = np.where(citations & ~cited, scores - TIER_STEP, order_by)
    facets = {
        "type": {
            arrays.type_names[code]: int(count)
            for code, count in enumerate(np.bincount(codes, minlength=len(arrays.type_names)))
            if count
        },
        "trimester": {
            name: int(np.count_nonzero(arrays.trimesters[positions] & bit))
            for name, bit in TRIMESTER_BITS.items()
            if np.any(arrays.trimesters[positions] & bit)
        },
    }
    keep = np.ones(len(positions), dtype=bool)
    if type_name is not None:
        keep &= codes == arrays.code(type_name)
    if trimester is not None:
        keep &= (arrays.trimesters[positions] & TRIMESTER_BITS[trimester]) > 0
    positions, scores, order_by = positions[keep], scores[keep], order_by[keep]
    # Best first; ties by type, then slug.
    order = np.lexsort((arrays.tie_rank[positions], -order_by))
    page = [(int(positions[i]), float(order_by[i])) for i in order[offset : offset + limit]]
    hits = _hits(index, parsed, page)
    help_hits: list[Hit] = []
    if not len(positions):
        help_hits = _hits(index, parsed, [(p, 0.0) for p in index.help_records(parsed.week)])
    return Result(
        hits=hits,
        total=len(positions),
        facets=facets,
        relaxed=relaxed,
        dropped=dropped,
        help=help_hits,
    )


def _named_only_in_citations(
    index: SearchIndex, evidence: list[_Evidence]
) -> npt.NDArray[np.bool_]:
    """The citations whose titles or authors hold a query word no other record's names hold."""
    arrays = index.arrays
    citations = arrays.type_code == arrays.code("references")
    found = np.zeros(index.size, dtype=bool)
    for e in evidence:
        names = e.named > 0
        if names.any() and not (names & ~citations).any():
            found |= names
    return found


def _scores(
    index: SearchIndex,
    parsed: ParsedQuery,
    positions: Ids,
    relevance: Scores,
    named: dict[int, float],
) -> Scores:
    arrays = index.arrays
    scores = relevance.copy()
    # A query that holds all the words of a record's name (or is it) asks for that record;
    # one with a time asks a question.
    if named and not parsed.has_time:
        bonus = np.zeros(index.size, dtype=np.float32)
        bonus[list(named)] = list(named.values())
        bonus[index.verbatim_names.get(stemmed(parsed.text), [])] += VERBATIM
        scores += NAME_EXACT * bonus[positions]
    if "fault" in parsed.intents:
        scores += np.array(
            [FAULT_ANSWERS.get(arrays.category[p] or "", 0.0) for p in positions],
            dtype=np.float32,
        )
    if parsed.wanted_type is not None:
        scores += WANTED_TYPE * (arrays.type_code[positions] == arrays.code(parsed.wanted_type))
    if parsed.country is not None:
        countries = [index.documents[p].display.get("country") for p in positions]
        scores += np.array(
            [COUNTRY if c == parsed.country else 0.0 for c in countries], dtype=np.float32
        )
        scores *= np.array(
            [
                OTHER_COUNTRY if c not in (None, parsed.country, "international") else 1.0
                for c in countries
            ],
            dtype=np.float32,
        )
    if parsed.has_time:
        fit = time_fit(index, positions, parsed)
        scores = np.where(
            fit == 0, scores * OUT_OF_TIME, scores + WORDS_TIME_MATCH * np.nan_to_num(fit)
        )
    prior = np.array([TYPE_PRIOR.get(name, 1.0) for name in arrays.type_names], np.float32)
    return (scores * prior[arrays.type_code[positions]]).astype(np.float32)


def _of_time(index: SearchIndex, parsed: ParsedQuery, type_name: str | None) -> Ids:
    """The conditions, causes and symptoms (and records of the asked type) of the query's
    time."""
    arrays = index.arrays
    kinds = {*TIME_ONLY_TIERS, *([type_name] if type_name is not None else [])}
    wanted = np.isin(arrays.type_code, [arrays.code(kind) for kind in kinds])
    positions = np.flatnonzero(wanted).astype(np.int32)
    return positions[_in_time(index, parsed, positions) > 0]


def _in_time(index: SearchIndex, parsed: ParsedQuery, positions: Ids) -> Scores:
    """The fit of a record listed for its time alone: inherited trimesters count, a little."""
    fit = time_fit(index, positions, parsed)
    arrays = index.arrays
    inherited = np.isnan(arrays.week_start[positions]) & (arrays.trimesters[positions] > 0)
    return np.where(np.isnan(fit) & inherited, INHERITED_TIME_FIT, np.nan_to_num(fit))


def _time_only_scores(
    index: SearchIndex, parsed: ParsedQuery, positions: Ids, relevance: Scores
) -> Scores:
    """Kinds of loss first, then causes and signs; within each, the records most about the
    asked time first; between records the time ties, those whose names hold a word of the
    query ("first trimester miscarriage": Early miscarriage). Records only the words match
    come after every record of the time, those of another time last."""
    arrays = index.arrays
    fit = _in_time(index, parsed, positions)
    tiers = np.array(
        [TIME_ONLY_TIERS.get(name, 0) for name in arrays.type_names], dtype=np.float32
    )[arrays.type_code[positions]]
    query_stems = set(stemmed(parsed.core).split())
    named = np.array(
        [
            sum(
                1
                for word in query_stems
                if any(word in n.split() for n in index.documents[p].name_stems)
            )
            for p in positions
        ],
        dtype=np.float32,
    ).reshape(-1)
    links = np.diff(index.link_starts)[positions]
    timed = (
        tiers * TIME_MATCH * MAX_SPECIFICITY
        + TIME_MATCH * fit
        + NAME_TIE_BREAK * named
        + LINK_TIE_BREAK * np.log1p(links)
    )
    share = np.where(time_fit(index, positions, parsed) == 0, OUT_OF_TIME, 1.0)
    untimed = TIME_MATCH * MIN_SPECIFICITY * (relevance / (1.0 + relevance)) * share
    return np.where(fit > 0, timed, untimed).astype(np.float32)


def _hits(index: SearchIndex, parsed: ParsedQuery, page: list[tuple[int, float]]) -> list[Hit]:
    if not page:
        return []
    patterns = highlight_patterns(parsed, index)
    documents = [index.documents[position] for position, _ in page]
    missing = [
        d.id
        for d in documents
        if patterns is None or patterns.first(d.folded_summary or fold(d.summary)) < 0
    ]
    bodies = index.bodies(missing) if patterns is not None and missing else {}
    return [
        Hit(
            position=position,
            type=document.type,
            slug=document.slug,
            name=document.name,
            summary=document.summary,
            snippet=snippet(
                [
                    document.summary,
                    bodies.get(document.id, ("", None))[0],
                    document.name,
                    ", ".join(document.names[1:]),
                ],
                patterns,
                [document.folded_summary, bodies.get(document.id, ("", None))[1], None, None],
            ),
            score=round(score, 3),
        )
        for (position, score), document in zip(page, documents, strict=True)
    ]


# The rest of a word, once its start is found.
WORD_TAIL = re.compile(r"\w*")


@dataclass(frozen=True)
class Highlighter:
    """Marks the words that start with any of ``roots`` in folded text: what the regular
    expression ``\b(?:root|…)\\w*`` marks, found with ``str.find``, so that no expression is
    compiled per query."""

    roots: tuple[str, ...]  # longest first

    def _starts(self, folded: str, low: int, high: int) -> list[int]:
        found = []
        for root in self.roots:
            position = folded.find(root, low, high)
            while position >= 0:
                if position == 0 or not _is_word(folded[position - 1]):
                    found.append(position)
                position = folded.find(root, position + 1, high)
        return sorted(set(found))

    def first(self, folded: str) -> int:
        """Where the first marked word begins, or -1."""
        best = -1
        for root in self.roots:
            position = folded.find(root)
            while position > 0 and _is_word(folded[position - 1]):
                position = folded.find(root, position + 1)
            if position >= 0 and (best < 0 or position < best):
                best = position
        return best

    def spans(self, folded: str, low: int = 0, high: int | None = None) -> list[tuple[int, int]]:
        """The marked words in ``folded[low:high]``, as (start, end)."""
        end = len(folded) if high is None else high
        spans: list[tuple[int, int]] = []
        for start in self._starts(folded, low, end):
            if spans and start < spans[-1][1]:
                continue
            word = WORD_TAIL.match(folded, start)
            stop = word.end() if word else start
            if stop > start:
                spans.append((start, stop))
        return spans


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def highlight_patterns(parsed: ParsedQuery, index: SearchIndex) -> Highlighter | None:
    """Words to mark, in folded text: each query word by the first letters of its stem, so
    other forms of it match too, and a word and its plural mark the same words."""
    stems = set()
    for word in (*parsed.terms, *(w for phrase in parsed.phrases for w in phrase.split())):
        if len(word) < 2:
            continue
        root = index.analyzer.stem(word)
        stems.add(root if len(root) <= 4 else root[: max(4, len(root) - 2)])
    if not stems:
        return None
    return Highlighter(tuple(sorted(stems, key=len, reverse=True)))


def _matches(text: str, pattern: Highlighter) -> list[tuple[int, int]]:
    """Where ``pattern`` matches ``text`` once folded, as spans of ``text`` itself: "cafe"
    marks "Café"."""
    folded, origins = fold_with_origins(text)
    # A match ends where the next folded character begins, so a diacritic typed as a character
    # of its own stays with its letter.
    ends = [*origins[1:], len(text)]
    return [(origins[start], ends[end - 1]) for start, end in pattern.spans(folded)]


def snippet(
    texts: Iterable[str],
    pattern: Highlighter | None,
    folded_texts: Iterable[str | None] | None = None,
) -> str:
    """A window of the first text that matches, HTML-escaped, matches in ``<mark>``.
    ``folded_texts``, when given, are the texts already folded in place (``None`` where
    folding moves positions), as the index keeps them."""
    given = list(texts)
    known = list(folded_texts) if folded_texts is not None else [None] * len(given)
    pairs = [(text, done) for text, done in zip(given, known, strict=True) if text]
    candidates = [text for text, _ in pairs]
    if pattern is not None:
        for candidate, done in pairs:
            folded, origins = (done, None) if done is not None else fold_in_place(candidate)
            first = pattern.first(folded)
            if first < 0:
                continue
            if origins is not None:
                spans = _matches(candidate, pattern)
                if spans:
                    return _window(candidate, spans, _window_bounds(candidate, spans[0][0]))
                continue
            # Positions do not move: only the window's own matches are read.
            bounds = _window_bounds(candidate, first)
            return _window(candidate, pattern.spans(folded, *bounds), bounds)
    words = candidates[0].split() if candidates else []
    shown = html.escape(" ".join(words[:SNIPPET_WORDS]), quote=False)
    return shown + ("…" if len(words) > SNIPPET_WORDS else "")


# Characters looked at before a match for the words that lead into its window.
LEAD_CHARACTERS = 240
# Up to ``SNIPPET_WORDS`` words, from a word's start.
WINDOW = re.compile(rf"\S+(?:\s+\S+){{0,{SNIPPET_WORDS - 1}}}")


def _window_bounds(candidate: str, first: int) -> tuple[int, int]:
    """Where the window around a match at ``first`` begins and ends: up to a third of
    ``SNIPPET_WORDS`` words before the word the match is in, ``SNIPPET_WORDS`` in all."""
    lead = SNIPPET_WORDS // 3
    start = _word_start(candidate, first)
    base = max(0, start - LEAD_CHARACTERS)
    segment = candidate[base:start]
    words = segment.rsplit(None, lead)
    if base > 0 and len(words) <= lead:
        words = words[1:]  # the segment begins inside a word: leave that word out
    elif len(words) > lead:
        words = words[1:]
    low = len(segment)
    for word in reversed(words):
        low = segment.rindex(word, 0, low)
    low += base
    found = WINDOW.match(candidate, low)
    return low, found.end() if found else low


def _window(candidate: str, spans: list[tuple[int, int]], bounds: tuple[int, int]) -> str:
    """The window ``bounds`` of ``candidate``, HTML-escaped, the ``spans`` in it marked."""
    low, high = bounds
    skipped = low > 0 and not candidate[:low].isspace()
    more = bool(candidate[high:].strip())
    parts: list[str] = []
    position = low
    for begin, end in spans:
        if begin < position or end > high:
            continue
        parts.append(html.escape(candidate[position:begin], quote=False))
        parts.append(f"<mark>{html.escape(candidate[begin:end], quote=False)}</mark>")
        position = end
    parts.append(html.escape(candidate[position:high], quote=False))
    prefix = "…" if skipped else ""
    suffix = "…" if more else ""
    return f"{prefix}{' '.join(''.join(parts).split())}{suffix}"


def _word_start(text: str, position: int) -> int:
    """Where the word holding ``position`` begins (the word ends before ``position`` when
    ``position`` is a space)."""
    start = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position))
    while start >= 0 and not text[start].isspace():
        start -= 1  # another kind of space (a tab)
    return start + 1


def suggest(index: SearchIndex, prefix: str, *, limit: int = 10) -> list[Suggestion]:
    """Up to ``limit`` completions, one per record: names that start with the prefix first,
    then other names that do, then names with a later word that does; citations last."""
    wanted = normalize(prefix)
    if not wanted:
        return []
    ranked: list[tuple[int, int, str, Suggestion]] = []
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
    results: list[Suggestion] = []
    seen: set[tuple[str, str]] = set()
    for *_, suggestion in ranked:
        if (suggestion.type, suggestion.slug) not in seen:
            seen.add((suggestion.type, suggestion.slug))
            results.append(suggestion)
            if len(results) == limit:
                break
    return results
