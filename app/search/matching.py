"""Matching: which records a query's concepts match, and how the query is relaxed when too few
match every concept: without its least selective concept, then any concept, records covering
more concepts first. Each step's records rank below the last's (``TIER_STEP``).

The steps are masks over every document, found once per concept; a record's relevance is the
same whichever step finds it, so it is computed once, for the records the steps found."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import numpy.typing as npt

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

Mask = npt.NDArray[np.bool_]


@dataclass(eq=False)
class Evidence:
    """How each document matches one concept (arrays over every document): its BM25F score
    (its best term's), that score in its names alone and in its names and summary (the rows
    of ``values``), and (``reached``, found when first asked for) whether a record it links to
    is named by the concept (0/1)."""

    index: SearchIndex
    values: Scores  # (3, documents): score, named, head
    score: Scores = field(init=False)
    named: Scores = field(init=False)
    head: Scores = field(init=False)

    def __post_init__(self) -> None:
        self.score, self.named, self.head = self.values

    @cached_property
    def reached(self) -> Scores:
        return _reach(self.index, self.named)

    @cached_property
    def scored(self) -> Mask:
        """The documents the concept matches."""
        return self.score > 0

    @cached_property
    def headed(self) -> Mask:
        """The documents whose names or summary hold the concept."""
        return self.head > 0


def evidence_of(index: SearchIndex, concept: Concept) -> Evidence:
    values = np.zeros((3, index.size), dtype=np.float32)
    filled = False
    for term in concept.terms:
        start, end = index.terms.get(term, (0, 0))
        if start == end:
            continue
        documents = index.posting_documents[start:end]
        scored = index.posting_values[:, start:end]
        # Scores are never negative: the first term's are the best so far.
        values[:, documents] = np.maximum(values[:, documents], scored) if filled else scored
        filled = True
    return Evidence(index, values)


def _reach(index: SearchIndex, named: Scores) -> Scores:
    """The documents linked to the records a concept names (in their names or other names,
    the best ``LINK_SOURCES`` of them), as 0/1: a condition is reached by "bleeding" through
    its symptom "Heavy bleeding"."""
    matched = named.nonzero()[0]
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


def _every(evidence: list[Evidence], needed: list[int], *, head: bool = True) -> Mask:
    """The documents every needed concept matches, one at least in the name, other names or
    summary (``head``), so that words scattered through a long text do not make a match."""
    mask = evidence[needed[0]].scored
    for i in needed[1:]:
        mask = mask & evidence[i].scored
    if head:
        headed = evidence[needed[0]].headed
        for i in needed[1:]:
            headed = headed | evidence[i].headed
        mask = mask & headed
    return mask


def relevance(evidence: list[Evidence], positions: Ids) -> Scores:
    """Per concept, the document's score, ``NAME_HIT`` when the concept is in its names, and
    ``LINKED`` when it is only in a record the document links to, added up."""
    found = np.zeros(len(positions), dtype=np.float32)
    for e in evidence:
        score = e.score[positions]
        unmatched = score == 0
        # Only records the concept does not match can reach it through a link.
        through = unmatched & (e.reached[positions] > 0) if unmatched.any() else unmatched
        found += score + NAME_HIT * (e.named[positions] > 0) + LINKED * through
    return found


def _coverage(evidence: list[Evidence], counted: list[int], positions: Ids) -> Scores:
    """How many concepts each document covers: 1 in its name, other names or summary, half
    only in its body or through a link."""
    halves = np.zeros(len(positions), dtype=np.int32)
    for i in counted:
        e = evidence[i]
        halves += e.headed[positions]
        halves += (e.scored | (e.reached > 0))[positions]
    return (halves * 0.5).astype(np.float32)


def candidates(
    index: SearchIndex, concepts: list[Concept], evidence: list[Evidence]
) -> tuple[Matching, bool, tuple[str, ...]]:
    """The documents the concepts match, whether the query was relaxed, and the concept it
    dropped. Records matching every concept come first. When fewer than ``MIN_RESULTS`` do,
    the query is relaxed step by step, each step's records ranked below the last's: without
    its least selective concept; then any concept (or a record linked to one it names),
    records covering more concepts first."""
    # Soft words, and words as common as stop-words in these records, rank but do not filter.
    common = COMMON_SHARE * index.population
    spread = [selectivity(concept, index) for concept in concepts]
    needed = [i for i, c in enumerate(concepts) if not c.soft and spread[i] <= common]
    needed = needed or list(range(len(concepts)))
    first = _every(evidence, needed)
    every = first.nonzero()[0].astype(np.int32)
    if len(every) >= MIN_RESULTS:
        empty = np.zeros(len(every), np.float32)
        return Matching(every, relevance(evidence, every), empty), False, ()
    steps = [first]
    if len(concepts) == 1:
        # Then records holding the word only in their text, below those naming it.
        steps.append(_every(evidence, needed, head=False))
    every_word = len(steps)
    least = max(needed, key=lambda i: spread[i])
    fewer = [i for i in needed if i != least]
    fewer_step = None
    if len(needed) > 2 or (len(needed) == 2 and len(concepts) > 2):
        fewer_step = _every(evidence, fewer)
        steps.append(fewer_step)
    if len(concepts) > 1:
        anything = evidence[0].scored | (evidence[0].reached > 0)
        for e in evidence[1:]:
            anything = anything | e.scored | (e.reached > 0)
        steps.append(anything)
    # Each record in the first step that finds it, in the order the steps find them.
    seen = np.zeros(index.size, dtype=bool)
    parts: list[Ids] = []
    for step in steps:
        parts.append((step & ~seen).nonzero()[0].astype(np.int32))
        seen |= step
    positions = np.concatenate(parts)
    tiers = np.repeat(
        np.arange(len(steps) - 1, -1, -1, dtype=np.float32), [len(part) for part in parts]
    )
    if len(concepts) > 1:
        # Within the last step (any concept), records covering more concepts first.
        last = len(positions) - len(parts[-1])
        tiers[last:] += _coverage(evidence, needed, parts[-1]) * COVERAGE_STEP / TIER_STEP
    relaxed = len(positions) > sum(len(part) for part in parts[:every_word])
    dropped: tuple[str, ...] = ()
    if fewer_step is not None and not len(parts[0]) and len(parts[every_word]):
        dropped = (concepts[least].typed,)
    found = Matching(positions, relevance(evidence, positions), tiers)
    return found, relaxed, dropped if relaxed else ()
