"""Time in ranking: how well a record's weeks or trimesters fit the week or trimester a query
names, and the order of the records a query that is only a time lists."""

from __future__ import annotations

import numpy as np

from app.search.arrays import TRIMESTER_BITS, Ids, Scores
from app.search.index import SearchIndex
from app.search.query import Concept, ParsedQuery, selectivity
from app.search.text import stemmed
from app.vocabulary import FIRST_TRIMESTER_END, LAST_WEEK, SECOND_TRIMESTER_END, trimester_of

# A concept whose every term is in more than this share of documents tells little: next to a
# time, it leaves the time to choose ("16 weeks pregnant" asks what "16 weeks" asks).
COMMON_SHARE = 0.25
TIME_MATCH = 3.0
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
    "third": (SECOND_TRIMESTER_END, LAST_WEEK + 1),
}
# What a query that is only a time lists, and in what order: the kinds of loss at that time,
# then what causes them and the signs to watch for.
TIME_ONLY_TIERS = {"conditions": 1, "causes": 0, "symptoms": 0}
# Trimesters that a record inherits from the records it links to only hint at its time.
INHERITED_TIME_FIT = 0.5


def time_fit(index: SearchIndex, positions: Ids, parsed: ParsedQuery) -> Scores:
    """How well each record's time fits the query's: NaN when the record says nothing of time,
    0 when its weeks (or trimesters) exclude the asked time, else more the more the record is
    about just that time. Trimesters a record only inherits give NaN unless they exclude the
    time: too loose to raise a record, not to lower one."""
    arrays = index.arrays
    trimester = trimester_of(parsed.week) if parsed.week is not None else parsed.trimester
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


def common(concept: Concept, index: SearchIndex, parsed: ParsedQuery) -> bool:
    """Whether a concept is as common as a stop-word: in more than ``COMMON_SHARE`` of the
    documents. Next to a time, a word is as common as its family ("pregnant", "pregnancy"),
    and a word for a loss itself (the analyzer's ``loss_words``, or a lay phrase all of whose
    meanings are such words: "lost my baby") always is: it asks what loss happens then."""
    if parsed.has_time and _only_loss(concept, index.analyzer.loss_words):
        return True
    limit = COMMON_SHARE * max(index.population, 1)
    if parsed.has_time and not concept.meanings:
        return index.family_matching(concept.typed) > limit
    return selectivity(concept, index) > limit


def _only_loss(concept: Concept, loss: frozenset[str]) -> bool:
    """Whether a concept names a loss and nothing else: "perdida", or "perdi a mi bebe",
    whose meanings (but for itself) are all words for a loss."""
    meanings = set(concept.meanings) - {concept.typed}
    return concept.typed in loss or (bool(meanings) and meanings <= loss)


def of_time(index: SearchIndex, parsed: ParsedQuery, type_name: str | None) -> Ids:
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


def time_only_scores(
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
    query_stems = set(stemmed(parsed.core, index.analyzer.stem).split())
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
    links = index.link_counts[positions]
    timed = (
        tiers * TIME_MATCH * MAX_SPECIFICITY
        + TIME_MATCH * fit
        + NAME_TIE_BREAK * named
        + LINK_TIE_BREAK * np.log1p(links)
    )
    share = np.where(time_fit(index, positions, parsed) == 0, OUT_OF_TIME, 1.0)
    untimed = TIME_MATCH * MIN_SPECIFICITY * (relevance / (1.0 + relevance)) * share
    return np.where(fit > 0, timed, untimed).astype(np.float32)
