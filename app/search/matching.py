"""Matching: which records a query's concepts match, and how the query is relaxed when too few
match every concept: without its least selective concept, then any concept, records covering
more concepts first. Each step's records rank below the last's (``TIER_STEP``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from app.search.arrays import Ids, Scores
from app.search.index import SearchIndex
from app.search.query import Concept, selectivity
from app.search.timing import COMMON_SHARE

# A concept in a record's name or other names.
NAME_HIT = 3.0
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


@dataclass(eq=False)
class Evidence:
    """How each document matches one concept (arrays over every document): its BM25F score
    (its best term's), that score in its names alone and in its names and summary, and
    (``reached``, found when first asked for) whether a record it links to is named by the
    concept (0/1)."""

    index: SearchIndex
    score: Scores
    named: Scores
    head: Scores

    @cached_property
    def reached(self) -> Scores:
        return _reach(self.index, self.named)


def evidence_of(index: SearchIndex, concept: Concept) -> Evidence:
    score = np.zeros(index.size, dtype=np.float32)
    named = np.zeros(index.size, dtype=np.float32)
    head = np.zeros(index.size, dtype=np.float32)
    for term in concept.terms:
        documents, weights, names, heads = index.postings(term)
        if len(documents):
            score[documents] = np.maximum(score[documents], weights)
            named[documents] = np.maximum(named[documents], names)
            head[documents] = np.maximum(head[documents], heads)
    return Evidence(index, score, named, head)


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
class Matching:
    """The documents a set of concepts matches, with their relevance."""

    positions: Ids
    relevance: Scores
    coverage: Scores  # after relaxation, the step of relaxation (more is better)


def match(
    evidence: list[Evidence],
    *,
    every: bool,
    required: list[bool] | None = None,
    head: bool = True,
) -> Matching:
    """Documents matching every concept (``every``: each somewhere, one at least in the name,
    other names or summary, so that words scattered through a long text do not make a
    match) or any concept (or a record linked to one it names).

    Relevance adds, per concept, the document's score, ``NAME_HIT`` when the concept is in
    its names, and ``LINKED`` when it is only in a record the document links to. Coverage
    counts the concepts the document covers: 1 in its name, other names or summary, half
    only in its body or through a link."""
    if not evidence:
        empty = np.zeros(0, dtype=np.int32)
        return Matching(empty, np.zeros(0, np.float32), np.zeros(0, np.float32))
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
        unmatched = score == 0
        # Only records the concept does not match can reach it through a link.
        through = unmatched & (e.reached[positions] > 0) if unmatched.any() else unmatched
        relevance += score + NAME_HIT * (e.named[positions] > 0) + LINKED * through
        if counts:  # soft words rank, but are not words a record covers
            coverage += np.where(e.head[positions] > 0, 1.0, 0.5 * ((score > 0) | through))
    return Matching(positions, relevance, coverage)


def candidates(
    index: SearchIndex, concepts: list[Concept], evidence: list[Evidence]
) -> tuple[Matching, bool, tuple[str, ...]]:
    """The documents the concepts match, whether the query was relaxed, and the concept it
    dropped. Records matching every concept come first. When fewer than ``MIN_RESULTS`` do,
    the query is relaxed step by step, each step's records ranked below the last's: without
    its least selective concept; then any concept, records covering more concepts first."""
    # Soft words, and words as common as stop-words in these records, rank but do not filter.
    common = COMMON_SHARE * index.size
    required = [not concept.soft and selectivity(concept, index) <= common for concept in concepts]
    if not any(required):
        required = [True] * len(concepts)
    found = match(evidence, every=True, required=required)
    if len(found.positions) >= MIN_RESULTS:
        return found, False, ()
    steps = [found]
    if len(concepts) == 1:
        # Then records holding the word only in their text, below those naming it.
        steps.append(match(evidence, every=True, required=required, head=False))
    every_word = len(steps)
    candidates = [i for i, must in enumerate(required) if must]
    least = max(candidates, key=lambda i: selectivity(concepts[i], index))
    dropped: tuple[str, ...] = ()
    fewer_step = None
    if len(candidates) > 2 or (len(candidates) == 2 and len(concepts) > 2):
        fewer_step = match(
            evidence, every=True, required=[must and i != least for i, must in enumerate(required)]
        )
        steps.append(fewer_step)
    anything = match(evidence, every=False, required=required)
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
    merged = Matching(np.concatenate(positions), np.concatenate(relevance), np.concatenate(tiers))
    relaxed = len(merged.positions) > sum(len(p) for p in positions[:every_word])
    if fewer_step is not None and not len(found.positions) and len(fewer_step.positions):
        dropped = (concepts[least].typed,)
    return merged, relaxed, dropped if relaxed else ()
