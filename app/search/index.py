"""What search keeps in memory per dataset, precomputed once when the database is opened:
the terms and their scored postings (arrays), each document's time, type and links, synonyms,
the vocabulary, names to suggest, phone numbers, and the help records offered when nothing
matches."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from app.search.analyzer import Analyzer
from app.search.arrays import DocumentArrays, Ids, Scores
from app.search.english import ENGLISH
from app.search.names import Completion, phone_numbers, suggestions_for
from app.search.snippets import Shown, shown
from app.search.text import indexed, normalize, stemmed, words

# BM25F: weights of the fields name, other names, summary and body, and BM25's constants.
FIELD_WEIGHTS = np.array([10.0, 8.0, 3.0, 1.0], dtype=np.float32)
K1 = 1.2
B = 0.75
# A term for a word of an organization's name: this, then the word's name stem.
NAME_KEY = "="
# Stems at least this long are one family with the stems they equal but for the last letter;
# shorter ones ("loss", "lost") are too short to tell a family from a different word.
FAMILY_STEM = 7
# Organizations offered when nothing matches: those that support people or answer a phone.
HELP_KINDS = frozenset({"helpline", "support"})
HELP_RECORDS = 5
# Up to this many documents, their links are read one slice each.
FEW_LINKED = 16


def search_table(name: str, language: str) -> str:
    """The table of one part of a language's index (``document``, ``term``, ``synonym``,
    ``word``): English's is ``search_<name>``, another language's ``search_<name>_<language>``
    (the search migrations)."""
    return f"search_{name}" if language == ENGLISH.language else f"search_{name}_{language}"


@dataclass(frozen=True)
class Document:
    """What ranking and hits need of a search document, kept in memory so the hot path never
    reads SQLite."""

    id: int  # the row of search_document
    type: str
    slug: str
    name: str
    summary: str
    trimesters: tuple[str, ...]
    week_start: int | None
    week_end: int | None
    display: dict[str, Any] = field(default_factory=dict)
    names: tuple[str, ...] = ()  # name and other names
    name_stems: frozenset[str] = frozenset()  # name and other names as the index stems them
    # What a snippet may show, in order (summary, body, name, other names), made ready for it.
    shown: tuple[Shown | None, ...] = ()


@dataclass
class SearchIndex:
    analyzer: Analyzer = ENGLISH
    documents: list[Document] = field(default_factory=list)
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # typed → meant
    words: dict[str, int] = field(default_factory=dict)  # vocabulary → frequency
    suggestions: list[Completion] = field(default_factory=list)
    # Term → (start, end) of its postings in ``posting_documents`` / ``posting_values``.
    terms: dict[str, tuple[int, int]] = field(default_factory=dict)
    posting_documents: Ids = field(default_factory=lambda: np.zeros(0, np.int32))
    # Per posting, three rows: the score, the score in names alone, and in names and summary.
    posting_values: Scores = field(default_factory=lambda: np.zeros((3, 0), np.float32))
    # Per document position: linked documents (CSR), phone numbers → documents.
    link_starts: Ids = field(default_factory=lambda: np.zeros(1, np.int32))
    link_targets: Ids = field(default_factory=lambda: np.zeros(0, np.int32))
    phones: dict[str, list[int]] = field(default_factory=dict)
    path: Path | None = None
    records: int = 0  # every record of the dataset (``population``)
    # Lay phrase → its concept (``app.search.query``), made once.
    synonym_concepts: dict[str, Any] = field(default_factory=dict)

    # Loading -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, analyzer: Analyzer = ENGLISH) -> SearchIndex:
        """Read a built database's search tables and precompute what ranking needs."""
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return cls.read(connection, analyzer, path)
        finally:
            connection.close()

    @classmethod
    def read(
        cls, connection: sqlite3.Connection, analyzer: Analyzer = ENGLISH, path: Path | None = None
    ) -> SearchIndex:
        index = cls(analyzer=analyzer, path=path)
        language = analyzer.language
        for phrase, expansions in connection.execute(
            f"SELECT phrase, expansions FROM {search_table('synonym', language)}"
        ):
            index.synonyms[normalize(phrase)] = tuple(json.loads(expansions))
        for word, frequency in connection.execute(
            f"SELECT word, frequency FROM {search_table('word', language)}"
        ):
            index.words[word] = frequency
        rows = connection.execute(
            "SELECT id, type, slug, name, aliases, summary, trimesters, week_start, week_end, "
            f"length, display, links, outdated, body FROM {search_table('document', language)} "
            "ORDER BY id"
        ).fetchall()
        position_of = {row[0]: position for position, row in enumerate(rows)}
        lengths = np.array([row[9] for row in rows], dtype=np.float32)
        starts = [0]
        targets: list[int] = []
        for id_, type_name, slug, name, aliases, summary, trimesters, start, end, *rest in rows:
            display = json.loads(rest[1])
            names = [name, *aliases.splitlines()]
            index.documents.append(
                Document(
                    id=id_,
                    type=type_name,
                    slug=slug,
                    name=name,
                    summary=summary,
                    trimesters=tuple(json.loads(trimesters)),
                    week_start=start,
                    week_end=end,
                    display=display,
                    names=tuple(names),
                    name_stems=frozenset(stemmed(n, analyzer.stem) for n in names),
                    shown=tuple(map(shown, (summary, rest[4], name, ", ".join(names[1:])))),
                )
            )
            targets += [position_of[other] for other in json.loads(rest[2]) if other in position_of]
            starts.append(len(targets))
            index.suggestions += suggestions_for(
                type_name, slug, name, aliases, summary, frozenset(json.loads(rest[3]))
            )
            for number in (display.get("phone"), display.get("text_line")):
                for digits in phone_numbers(number or ""):
                    index.phones.setdefault(digits, []).append(len(index.documents) - 1)
        (index.records,) = connection.execute(
            f"SELECT COUNT(*) FROM {search_table('document', ENGLISH.language)}"
        ).fetchone()
        index.link_starts = np.array(starts, dtype=np.int32)
        index.link_targets = np.array(targets, dtype=np.int32)
        index._read_terms(connection, position_of, lengths)
        return index

    def _read_terms(
        self,
        connection: sqlite3.Connection,
        position_of: dict[int, int],
        lengths: Scores,
    ) -> None:
        """Every term's postings, scored once by BM25F: the score a document gets for the
        term does not depend on the query."""
        names: list[str] = []
        documents: list[bytes] = []
        frequencies: list[bytes] = []
        for term, found, counts in connection.execute(
            "SELECT term, documents, frequencies FROM "
            f"{search_table('term', self.analyzer.language)} ORDER BY term"
        ):
            names.append(term)
            documents.append(found)
            frequencies.append(counts)
        ids = np.frombuffer(b"".join(documents), dtype="<i4").astype(np.int32)
        counts = np.frombuffer(b"".join(frequencies), dtype="<u2").reshape(-1, 4)
        sizes = np.array([len(found) // 4 for found in documents], dtype=np.int64)
        ends = np.cumsum(sizes)
        self.terms = {
            name: (int(end - size), int(end))
            for name, size, end in zip(names, sizes, ends, strict=True)
        }
        # Row ids to positions (they are the same when ids run 1, 2, 3…).
        lookup = np.zeros(max(position_of, default=0) + 1, dtype=np.int32)
        for id_, position in position_of.items():
            lookup[id_] = position
        positions = lookup[ids] if len(ids) else ids
        total = max(len(self.documents), 1)
        frequency = sizes.astype(np.float64)
        # A word of an organization's name is as common as the word is anywhere: "pregnancy"
        # in a name says no more than "pregnancy" in a summary.
        for number, name in enumerate(names):
            if name.startswith(NAME_KEY):
                stem_range = self.terms.get(self.analyzer.stem(name[1:]))
                if stem_range is not None:
                    frequency[number] = max(frequency[number], stem_range[1] - stem_range[0])
        idf = np.log1p((total - frequency + 0.5) / (frequency + 0.5)).astype(np.float32)
        average = float(lengths.mean()) if len(lengths) else 1.0
        norm = K1 * (1 - B + B * lengths[positions] / max(average, 1.0))
        idfs = np.repeat(idf, sizes)

        def bm25(weights: Scores) -> Scores:
            weighted = counts.astype(np.float32) @ weights
            return (idfs * weighted * (K1 + 1) / (weighted + norm)).astype(np.float32)

        self.posting_documents = positions
        self.posting_values = np.stack(
            [
                bm25(FIELD_WEIGHTS),
                bm25(FIELD_WEIGHTS * np.array([1, 1, 0, 0], dtype=np.float32)),
                bm25(FIELD_WEIGHTS * np.array([1, 1, 1, 0], dtype=np.float32)),
            ]
        )

    # Lookups -------------------------------------------------------------------------------

    def warm(self) -> None:
        """Make now what the first queries would otherwise make, and wait for: the language's
        word list and stemmer, and the tables built on first use. A worker is ready when its
        search is warm too."""
        self.analyzer.is_word(self.analyzer.stem("warm"))
        _ = (self.family_frequency, self.synonym_starts, self.names_by_rarest)
        _ = (self.verbatim_names, self.after_a_loss, self.feeling_records, self.arrays)
        _ = (self._link_bounds, self.link_counts)

    def close(self) -> None:
        """Nothing to release: every read is done when the index is opened."""

    @property
    def size(self) -> int:
        return len(self.documents)

    @property
    def population(self) -> int:
        """How many records a word's share of documents is measured against ("as common as a
        stop-word"): every record of the dataset, those an index leaves out included (Spanish
        leaves out the citations, which are in English), so that a word is as common in one
        language as in another. English indexes every record."""
        return max(self.records, self.size)

    def postings(self, term: str) -> tuple[Ids, Scores, Scores, Scores]:
        """The documents (positions) a term occurs in, its score in each, its score in their
        names and other names alone, and in those and the summary (0 where it is not in
        them)."""
        start, end = self.terms.get(term, (0, 0))
        weights, names, heads = self.posting_values[:, start:end]
        return self.posting_documents[start:end], weights, names, heads

    def names(self, term: str) -> int:
        """In how many documents' names or other names a term occurs."""
        start, end = self.terms.get(term, (0, 0))
        return int(np.count_nonzero(self.posting_values[1, start:end]))

    def frequency(self, term: str) -> int:
        """In how many documents a term occurs."""
        start, end = self.terms.get(term, (0, 0))
        return end - start

    def keys(self, word: str) -> tuple[str, ...]:
        """The terms a (folded) query word matches: its stem, and an organization's name word."""
        return (self.analyzer.stem(word), NAME_KEY + self.analyzer.name_stem(word))

    def knows(self, word: str) -> bool:
        """Whether a (folded) word matches any document."""
        return any(key in self.terms for key in self.keys(word))

    def documents_matching(self, word: str) -> int:
        """How many documents a (folded) word matches."""
        return max(self.frequency(key) for key in self.keys(word))

    @cached_property
    def family_frequency(self) -> dict[str, int]:
        """A long stem without its last letter → the most documents any stem so spelled
        matches: "pregnant" and "pregnancy" (stems "pregnant", "pregnanc") are one family,
        which Porter's rules keep apart."""
        spread: dict[str, int] = {}
        for key, (start, end) in self.terms.items():
            if len(key) >= FAMILY_STEM and " " not in key and not key.startswith(NAME_KEY):
                spread[key[:-1]] = max(spread.get(key[:-1], 0), end - start)
        return spread

    def family_matching(self, word: str) -> int:
        """How many documents the most common word of a (folded) word's family matches: how
        much saying "pregnant" tells, when "pregnancy" is in most documents."""
        key = self.analyzer.stem(word)
        own = self.documents_matching(word)
        if len(key) < FAMILY_STEM:
            return own
        return max(own, self.family_frequency.get(key[:-1], 0))

    @cached_property
    def synonym_starts(self) -> dict[str, list[tuple[str, ...]]]:
        """Typed synonym phrases (as query tokens) by their first token, longest first, so
        "lost my baby" wins over a shorter phrase inside it."""
        starts: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for phrase in sorted(self.synonyms, key=lambda p: (-len(p.split()), p)):
            tokens = tuple(phrase.split())
            starts[tokens[0]].append(tokens)
        return dict(starts)

    def content_stems(self, text: str) -> frozenset[str]:
        """The stems of a text's words but its stop-words: what a name says."""
        stop_words = self.analyzer.stop_words
        return frozenset(
            self.analyzer.stem(word)
            for word in words(text)
            if word not in stop_words and indexed(word)
        )

    @cached_property
    def names_by_rarest(self) -> dict[str, list[tuple[frozenset[str], int, int]]]:
        """Every name and other name of a record (not a citation) as its content stems, with
        its record and its length in words, by its rarest stem: so a query finds the names
        all of whose words it holds by looking only under its own stems."""
        found: dict[str, list[tuple[frozenset[str], int, int]]] = defaultdict(list)
        for position, document in enumerate(self.documents):
            if document.type == "references":
                continue
            for name in document.names:
                stems = self.content_stems(name)
                if stems:
                    rarest = min(stems, key=lambda stem: (self.frequency(stem), stem))
                    found[rarest].append((stems, position, len(words(name))))
        return dict(found)

    @cached_property
    def verbatim_names(self) -> dict[str, list[int]]:
        """A name or other name of a record (not a citation), as the index stems it → its
        records: a query that is one word for word ("Sex after miscarriage") asks for it."""
        found: dict[str, list[int]] = defaultdict(list)
        for position, document in enumerate(self.documents):
            if document.type != "references":
                for name in document.name_stems:
                    found[name].append(position)
        return dict(found)

    def names_within(
        self, concepts: list[frozenset[str]], length: int
    ) -> dict[int, tuple[float, int]]:
        """The records with a name or other name all of whose words the query holds (each
        concept by what was typed or what it means), each with the largest share of the
        query's concepts such a name covers and the most words such a name has: "How much
        bleeding is too much" covers all of "how much bleeding is too much", "Miscarriage"
        all of "mc", "Missed miscarriage" two words of a long question. A name longer than the
        query (of ``length`` words) covers it the less the longer it is: "Had a molar pregnancy
        before" is not what "molar pregnancy" names."""
        stems = frozenset().union(*concepts) if concepts else frozenset()
        found: dict[int, tuple[float, int]] = {}
        for stem in stems:
            for name, position, words_in_name in self.names_by_rarest.get(stem, ()):
                if name <= stems:
                    share = sum(1 for c in concepts if c & name) / len(concepts)
                    share *= min(1.0, length / words_in_name)
                    best = found.get(position, (0.0, 0))
                    found[position] = (max(share, best[0]), max(len(name), best[1]))
        return found

    @cached_property
    def feeling_records(self) -> Ids:
        """The records about one's own feelings after a loss: those whose names (not their
        other names) hold the analyzer's words for them ("Feeling low or anxious after a
        loss", "Grief counseling and support"); "Sibling grief", another name of talking to
        children about a loss, is about someone else's."""
        phrases = [
            f" {stemmed(phrase, self.analyzer.stem)} "
            for phrase in self.analyzer.intent_names.get("feeling", ())
        ]
        found = [
            position
            for position, document in enumerate(self.documents)
            if document.type != "references"
            and any(p in f" {stemmed(document.name, self.analyzer.stem)} " for p in phrases)
        ]
        return np.array(found, dtype=np.int32)

    @cached_property
    def after_a_loss(self) -> npt.NDArray[np.bool_]:
        """The records about the time after a loss: their names say so ("Physical recovery
        after a pregnancy loss", "Fever after a pregnancy loss")."""
        after = self.analyzer.after_words
        return np.array([not after.isdisjoint(words(d.name)) for d in self.documents], bool)

    @cached_property
    def arrays(self) -> DocumentArrays:
        return DocumentArrays.of(self.documents)

    @cached_property
    def _link_bounds(self) -> list[int]:
        return self.link_starts.tolist()  # type: ignore[no-any-return]

    @cached_property
    def link_counts(self) -> Ids:
        """Per document, how many records it links to."""
        return np.diff(self.link_starts).astype(np.int32)

    def linked(self, positions: Ids) -> Ids:
        """The documents linked to any of ``positions`` (with repeats)."""
        if len(positions) <= FEW_LINKED:
            bounds, targets = self._link_bounds, self.link_targets
            found = [targets[bounds[p] : bounds[p + 1]] for p in positions.tolist()]
            return np.concatenate(found) if found else np.zeros(0, np.int32)
        starts = self.link_starts[positions]
        sizes = self.link_starts[positions + 1] - starts
        total = int(sizes.sum())
        if total == 0:
            return np.zeros(0, np.int32)
        offsets = np.repeat(starts - np.cumsum(sizes) + sizes, sizes)
        return self.link_targets[offsets + np.arange(total, dtype=np.int32)]

    def help_records(self, week: int | None) -> list[int]:
        """Support and helpline organizations for someone a search could not answer: those
        linked to the most kinds of loss at ``week`` (to the most kinds of loss, without one)."""
        arrays = self.arrays
        kinds = arrays.type_code == arrays.code("conditions")
        if week is not None:
            ends = np.where(np.isnan(arrays.week_end), np.inf, arrays.week_end)
            kinds &= (arrays.week_start <= week) & (week < ends)
        conditions = np.flatnonzero(kinds).astype(np.int32)
        counts = np.bincount(self.linked(conditions), minlength=self.size)
        helpers = [
            position
            for position, document in enumerate(self.documents)
            if document.display.get("kind") in HELP_KINDS and counts[position] > 0
        ]
        # Ties to the organization linked to more records: the main line for that loss.
        links = self.link_counts
        helpers.sort(key=lambda p: (-counts[p], -links[p], self.documents[p].slug))
        return helpers[:HELP_RECORDS]
