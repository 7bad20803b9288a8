"""Running a parsed query over the in-memory index: which records answer it, in what order,
with snippets and facets; and name suggestions. Knows nothing of HTTP.

Matching and relaxation are ``app.search.matching``'s: every concept of the query must match;
when too few records do, its least selective concept is dropped, then any concept will do,
records covering more concepts first. A query that is only a time lists that time's records
(``app.search.timing``). Some records rank with those matching every concept whatever the
words: an organization by its phone number, the records that answer a question of fault, a
record whose name the query holds, the records named by its most telling word, and records of
the kind it asks for ("signs") linked to the records it finds best.

Ranking adds to BM25F (name 10, other names 8, summary 3, body 1, scored at load): the query
holding a record's name, records linked to several records the query names, the week or
trimester asked about, the records that answer a question of fault, the kind of record and the
country asked for, and a prior by record type. Citations come after what people read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import numpy as np
import numpy.typing as npt

from app.search.arrays import TRIMESTER_BITS, Ids, Scores
from app.search.index import SearchIndex
from app.search.matching import TIER_STEP, Evidence, candidates, evidence_of
from app.search.names import Completion
from app.search.query import ParsedQuery, selectivity
from app.search.snippets import highlighter, shown_snippet
from app.search.text import normalize, stemmed
from app.search.timing import OUT_OF_TIME, TIME_MATCH, common, of_time, time_fit, time_only_scores

CANDIDATES = 300
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
# The records named by the query's most telling word that rank so: its best few.
SELECTIVE_NAMED = 3
# A record of the type the query asks for ("signs": symptoms); those linked to the best few
# records the query finds rank with the records that match every concept.
WANTED_TYPE = 4.0
WANTED_FROM = 3
WANTED_LINKED = 4.0
# An organization of the country the query names; one of another country keeps this share.
COUNTRY = 3.0
OTHER_COUNTRY = 0.5
# For a question of fault, the records that answer it, by their cause category.
FAULT_ANSWERS = {"not-a-cause": 30.0, "unknown": 12.0, "genetic": 6.0}
# A record about the time after a loss, for a query about a week of a pregnancy going on,
# keeps this share of its score.
DURING = 0.5
# A record about the time after a loss, for a query that asks about it.
AFTER = 3.0
# For a query that speaks of feelings ("scared", "guilty"), the records about them.
FEELING_ANSWER = 6.0


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


@dataclass
class _Found:
    """The records a query found, each with its relevance and the step of relaxation that
    found it (more is better)."""

    positions: Ids
    relevance: Scores
    tiers: Scores
    evidence: list[Evidence]
    relaxed: bool = False
    dropped: tuple[str, ...] = ()
    wanted: Ids = field(default_factory=lambda: np.zeros(0, np.int32))

    def add(self, extra: Ids, size: int) -> None:
        """Rank ``extra`` (positions among ``size`` documents) with the records of the best
        step, adding those not yet found, in order."""
        if not len(extra):
            return
        top = float(self.tiers.max(initial=0.0))
        wanted = np.zeros(size, dtype=bool)
        wanted[extra] = True
        self.tiers[wanted[self.positions]] = top
        wanted[self.positions] = False
        more = wanted.nonzero()[0].astype(np.int32)
        self.positions = np.concatenate([self.positions, more])
        self.relevance = np.concatenate([self.relevance, np.zeros(len(more), np.float32)])
        self.tiers = np.concatenate([self.tiers, np.full(len(more), top, np.float32)])

    def keep(self, chosen: npt.NDArray[np.intp] | npt.NDArray[np.bool_]) -> None:
        self.positions = self.positions[chosen]
        self.relevance = self.relevance[chosen]
        self.tiers = self.tiers[chosen]


def _matched(index: SearchIndex, parsed: ParsedQuery) -> _Found:
    """The records the query's words match, relaxed when too few match every word."""
    empty = _Found(np.zeros(0, np.int32), np.zeros(0, np.float32), np.zeros(0, np.float32), [])
    concepts = list(parsed.concepts)
    if not concepts:
        return empty
    evidence = [evidence_of(index, concept) for concept in concepts]
    if parsed.unknown and not any(e.head.any() for e in evidence):
        # Words no record holds, beside words only in the text of a few ("football scores"):
        # nothing here is about what was asked.
        return empty
    found, relaxed, dropped = candidates(index, concepts, evidence)
    tiers = found.coverage if relaxed else np.zeros(len(found.positions), np.float32)
    return _Found(found.positions, found.relevance, tiers, evidence, relaxed, dropped)


def _promoted(
    index: SearchIndex, parsed: ParsedQuery, found: _Found, named: dict[int, tuple[float, int]]
) -> Ids:
    """The records the query asks for whatever its words (see the module's note)."""
    arrays = index.arrays
    promoted = [np.asarray(index.phones[number], dtype=np.int32) for number in parsed.phones]
    if "fault" in parsed.intents:
        answers = [p for p, category in enumerate(arrays.category) if category in FAULT_ANSWERS]
        promoted.append(np.array(answers, dtype=np.int32))
    if "feeling" in parsed.intents:
        promoted.append(index.feeling_records)
    # In a long question (one reduced to its most telling words), a name of two words or more.
    whole = [
        p
        for p, (share, size) in named.items()
        if share >= NAMED_SHARE or (parsed.reduced and size > 1)
    ]
    promoted.append(np.array(whole, np.int32))
    required = [i for i, c in enumerate(parsed.concepts) if not c.soft]
    if found.evidence and required:
        # The records named by the query's most telling word ("methotrexate", "molar").
        rarest = min(required, key=lambda i: selectivity(parsed.concepts[i], index))
        named_by = found.evidence[rarest].named
        holders = np.flatnonzero(named_by)
        if len(holders) > SELECTIVE_NAMED:
            best = np.argpartition(-named_by[holders], SELECTIVE_NAMED)[:SELECTIVE_NAMED]
            holders = holders[best]
        promoted.append(holders.astype(np.int32))
    promoted.append(found.wanted)
    return np.concatenate(promoted)


def _wanted(index: SearchIndex, parsed: ParsedQuery, found: _Found) -> Ids:
    """For a query that asks for a kind of record ("ectopic signs", "miscarriage symptoms"),
    the records of that kind linked to the records it finds best: the signs of that loss.
    Citations, which rank after every record people read, are never among its best."""
    if parsed.wanted_type is None or not len(found.positions):
        return np.zeros(0, np.int32)
    arrays = index.arrays
    read = arrays.type_code[found.positions] != arrays.code("references")
    positions = found.positions[read]
    best = found.relevance[read] + found.tiers[read] * TIER_STEP
    linked = index.linked(positions[np.argsort(-best)[:WANTED_FROM]])
    wanted: Ids = linked[arrays.type_code[linked] == arrays.code(parsed.wanted_type)]
    return wanted


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
    concepts = parsed.concepts
    time_only = parsed.is_time_only or (
        parsed.has_time and bool(concepts) and all(common(c, index, parsed) for c in concepts)
    )
    found = _matched(index, parsed)
    found.wanted = _wanted(index, parsed, found)
    named = (
        index.names_within(parsed.stems(index.analyzer.stem), len(parsed.text.split()))
        if found.evidence
        else {}
    )
    found.add(_promoted(index, parsed, found, named), index.size)
    if time_only:
        found.add(of_time(index, parsed, type_name), index.size)
    elif len(found.positions) > CANDIDATES:
        found.keep(
            np.argpartition(-(found.relevance + found.tiers * TIER_STEP), CANDIDATES)[:CANDIDATES]
        )
    if time_only:
        order_by = time_only_scores(index, parsed, found.positions, found.relevance)
    else:
        scores = _scores(index, parsed, found, named)
        # The order of the steps of relaxation holds over every other signal; citations come
        # after every record people read, unless the query names them by words only citations
        # hold in their titles or authors ("Mølgaard").
        citations = arrays.type_code[found.positions] == arrays.code("references")
        demoted = citations & ~_named_only_in_citations(index, found.evidence)[found.positions]
        if citations.all():
            demoted[:] = False
        order_by = np.where(demoted, scores - TIER_STEP, scores + found.tiers * TIER_STEP)
    facets = _facets(index, found.positions)
    positions = found.positions
    if type_name is not None or trimester is not None:
        keep = np.ones(len(positions), dtype=bool)
        if type_name is not None:
            keep &= arrays.type_code[positions] == arrays.code(type_name)
        if trimester is not None:
            keep &= (arrays.trimesters[positions] & TRIMESTER_BITS[trimester]) > 0
        positions, order_by = positions[keep], order_by[keep]
    # Best first; ties by the record linked to more records (the broader answer: "unknown
    # causes" before "preterm labour" for a question of fault), then type, then slug.
    links = index.link_counts[positions]
    order = np.lexsort((arrays.tie_rank[positions], -links, -order_by))[offset : offset + limit]
    page = list(zip(positions[order].tolist(), order_by[order].tolist(), strict=True))
    help_hits = [] if len(positions) else [(p, 0.0) for p in index.help_records(parsed.week)]
    return Result(
        hits=_hits(index, parsed, page),
        total=len(positions),
        facets=facets,
        relaxed=found.relaxed,
        dropped=found.dropped,
        help=_hits(index, parsed, help_hits),
    )


def _facets(index: SearchIndex, positions: Ids) -> dict[str, dict[str, int]]:
    """Matches per type and per trimester, before the type and trimester filters."""
    arrays = index.arrays
    counts = np.bincount(arrays.type_code[positions], minlength=len(arrays.type_names))
    # Records per set of trimesters (bits), then per trimester.
    held = np.bincount(arrays.trimesters[positions], minlength=8).tolist()
    trimesters = {
        name: sum(n for bits, n in enumerate(held) if bits & bit)
        for name, bit in TRIMESTER_BITS.items()
    }
    return {
        "type": {arrays.type_names[code]: n for code, n in enumerate(counts.tolist()) if n},
        "trimester": {name: n for name, n in trimesters.items() if n},
    }


def _named_only_in_citations(index: SearchIndex, evidence: list[Evidence]) -> npt.NDArray[np.bool_]:
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
    index: SearchIndex, parsed: ParsedQuery, found: _Found, named: dict[int, tuple[float, int]]
) -> Scores:
    arrays = index.arrays
    positions = found.positions
    scores = found.relevance.copy()
    # A query that holds all the words of a record's name (or is it) asks for that record;
    # one with a time asks a question.
    if named and not parsed.has_time:
        bonus = np.zeros(index.size, dtype=np.float32)
        bonus[list(named)] = [share for share, _ in named.values()]
        bonus[index.verbatim_names.get(stemmed(parsed.text, index.analyzer.stem), [])] += VERBATIM
        scores += NAME_EXACT * bonus[positions]
    if "fault" in parsed.intents:
        answers = [FAULT_ANSWERS.get(arrays.category[p] or "", 0.0) for p in positions]
        scores += np.array(answers, dtype=np.float32)
    if "feeling" in parsed.intents:
        scores += FEELING_ANSWER * np.isin(positions, index.feeling_records)
    if parsed.wanted_type is not None:
        scores += WANTED_TYPE * (arrays.type_code[positions] == arrays.code(parsed.wanted_type))
        scores += WANTED_LINKED * np.isin(positions, found.wanted)
    if parsed.country is not None:
        countries = [index.documents[p].display.get("country") for p in positions]
        scores += np.array([COUNTRY * (c == parsed.country) for c in countries], np.float32)
        elsewhere = [c not in (None, parsed.country, "international") for c in countries]
        scores *= np.where(elsewhere, OTHER_COUNTRY, 1.0).astype(np.float32)
    if parsed.after:
        # "bleeding after d&c": the records about the time after a loss.
        scores += AFTER * index.after_a_loss[positions]
    elif parsed.week is not None:
        # "bleeding at 8 weeks": a pregnancy still going on, not the time after a loss.
        scores *= np.where(index.after_a_loss[positions], DURING, 1.0).astype(np.float32)
    if parsed.has_time:
        fit = time_fit(index, positions, parsed)
        scores = np.where(fit == 0, scores * OUT_OF_TIME, scores + TIME_MATCH * np.nan_to_num(fit))
    return (scores * _prior(arrays.type_names)[arrays.type_code[positions]]).astype(np.float32)


@cache
def _prior(type_names: tuple[str, ...]) -> Scores:
    """Per type code, its prior."""
    return np.array([TYPE_PRIOR.get(name, 1.0) for name in type_names], np.float32)


def _hits(index: SearchIndex, parsed: ParsedQuery, page: list[tuple[int, float]]) -> list[Hit]:
    """The page's hits, with snippets from the texts each document made ready when the index
    was opened."""
    if not page:
        return []
    marks = highlighter(parsed, index)
    documents = index.documents
    hits = []
    for position, score in page:
        document = documents[position]
        hits.append(
            Hit(
                position=position,
                type=document.type,
                slug=document.slug,
                name=document.name,
                summary=document.summary,
                snippet=shown_snippet(document.shown, marks),
                score=round(score, 3),
            )
        )
    return hits


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
