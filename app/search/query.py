"""Query understanding: from what a person types to the concepts the index is asked for.

- text is folded as records are (``app.search.text``: compatibility forms, case, accents);
- lay words and shorthand are expanded with the clinical words the records use
  (``data/synonyms.yaml``: "weak cervix", "mmc", "d&c");
- a gestational week ("at 16 weeks") or trimester ("second trimester") is read out of the text,
  and a query that is only a time asks what matters then;
- stop and question words are dropped, and so are single letters and bare numbers, which never
  match on their own; a phone number an organization publishes finds it;
- a word no record holds is corrected to the nearest word one does, unless it is a real word
  of the language (``did_you_mean``); otherwise it is left out and said so;
- a long question (up to ``MAX_QUERY_LENGTH`` characters) is reduced to its most selective
  words.

Language-specific parts come from the query's ``Analyzer``. Nothing typed ever reaches SQL.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from app.search.index import SearchIndex
from app.search.names import PHONE, phone_numbers
from app.search.text import WORD, fold, indexed, normalize

MAX_QUERY_LENGTH = 1000
# A question longer than this many concepts keeps its most selective ones.
MAX_CONCEPTS = 6
# Up to this many letters a word is corrected only one edit away; longer, two.
LONG_WORD = 7
# Characters of markup or code: a token with one is not a misspelled word.
CODE = re.compile(r"[<>{}()\[\]=;/\\]")


@dataclass(frozen=True)
class Concept:
    """One thing the query asks about: a word, or a lay phrase with what it means."""

    typed: str
    terms: tuple[str, ...]  # the index terms that match it
    meanings: tuple[str, ...] = ()  # the clinical words and phrases a lay phrase stands for
    soft: bool = False  # it ranks records, but a record need not match it


@dataclass(frozen=True)
class ParsedQuery:
    """What a query means to the index."""

    text: str  # the normalized query
    concepts: tuple[Concept, ...] = ()
    week: int | None = None
    trimester: str | None = None
    corrections: dict[str, str] = field(default_factory=dict)
    intents: frozenset[str] = frozenset()
    phones: tuple[str, ...] = ()  # numbers an organization publishes
    unknown: tuple[str, ...] = ()  # words no record holds, left out
    reduced: tuple[str, ...] = ()  # words of a long question left out as not selective
    country: str | None = None  # a country named ("uk"): its organizations rank first
    wanted_type: str | None = None  # a kind of record asked for ("signs"): it ranks first
    after: bool = False  # the question is about the time after a loss ("since", "after")

    @property
    def did_you_mean(self) -> str | None:
        if not self.corrections:
            return None
        return " ".join(self.corrections.get(word, word) for word in self.text.split())

    @property
    def terms(self) -> tuple[str, ...]:
        """The single words searched for: what was typed, and one-word meanings."""
        found: list[str] = []
        for concept in self.concepts:
            for word in (concept.typed, *concept.meanings):
                if " " not in word and word not in found:
                    found.append(word)
        return tuple(found)

    @property
    def phrases(self) -> tuple[str, ...]:
        """The clinical phrases added for lay words."""
        found: list[str] = []
        for concept in self.concepts:
            found += [m for m in concept.meanings if " " in m and m not in found]
        return tuple(found)

    @property
    def core(self) -> str:
        """What was typed, less stop-words, time and unknown words."""
        return " ".join(concept.typed for concept in self.concepts)

    @property
    def has_time(self) -> bool:
        return self.week is not None or self.trimester is not None

    @property
    def is_time_only(self) -> bool:
        """Only a time ("16 weeks", "third trimester"): what matters then is asked for."""
        return not self.concepts and not self.phones and self.has_time

    @property
    def is_empty(self) -> bool:
        return not self.concepts and not self.phones and not self.has_time

    def stems(self, analyzer_stem: Callable[[str], str]) -> list[frozenset[str]]:
        """Per concept, the stems of what was typed and of what it means."""
        return [
            frozenset(
                analyzer_stem(word)
                for text in (concept.typed, *concept.meanings)
                for word in WORD.findall(text)
            )
            for concept in self.concepts
        ]


def _correct(word: str, index: SearchIndex) -> str | None:
    """The nearest word of the vocabulary that ``word`` is a typo of: same first letter, one
    edit away (two in a long word), a word some record holds, and not a stop-word.
    "couche" is not a typo of "couple", nor "fausse" of "cause": better no correction than
    another word."""
    limit = 1 if len(word) <= LONG_WORD else 2
    candidates = process.extract(
        word, index.words.keys(), scorer=Levenshtein.distance, score_cutoff=limit, limit=10
    )
    stop_words = index.analyzer.stop_words
    found = [
        (str(candidate), distance)
        for candidate, distance, _ in candidates
        if str(candidate)[:1] == word[:1]
        and str(candidate) not in stop_words
        and index.knows(str(candidate))
    ]
    if not found:
        return None
    return min(found, key=lambda c: (c[1], -index.words[c[0]], c[0]))[0]


def _not_typos(raw: str, letters: str = "") -> set[str]:
    """The (folded) words typed with letters beyond ASCII and the language's own ``letters``
    ("café", "fausse couche" in another language) or in something that looks like markup or
    code ("<script>", "alert(1)"): they are what was meant, not misspellings of the dataset's
    words, so they are never corrected."""
    kept: set[str] = set()
    own = str.maketrans("", "", letters)
    for token in raw.split():
        if not token.translate(own).isascii() or CODE.search(token):
            kept.update(WORD.findall(fold(token)))
    return kept


def _phrase_terms(phrase: str, index: SearchIndex) -> tuple[str, ...]:
    """The terms a phrase matches: a word's own terms, or the phrase stemmed."""
    found = WORD.findall(phrase)
    if len(found) == 1:
        return index.keys(found[0]) if indexed(found[0]) else ()
    return (" ".join(index.analyzer.stem(word) for word in found),)


def _synonyms(tokens: list[str], index: SearchIndex) -> tuple[list[Concept], set[int]]:
    """The lay phrases in the (normalized) tokens, longest first at each place, as concepts,
    and the positions of the tokens they take."""
    concepts: list[Concept] = []
    taken: set[int] = set()
    starts = index.synonym_starts
    at = 0
    while at < len(tokens):
        for phrase in starts.get(tokens[at], ()):
            if tuple(tokens[at : at + len(phrase)]) == phrase:
                concepts.append(synonym_concept(" ".join(phrase), index))
                taken.update(range(at, at + len(phrase)))
                at += len(phrase)
                break
        else:
            at += 1
    return concepts, taken


def synonym_concept(typed: str, index: SearchIndex) -> Concept:
    """The concept of a lay phrase: its words and its meanings, found once per index."""
    found = index.synonym_concepts.get(typed)
    if found is None:
        meanings = index.synonyms[typed]
        terms: list[str] = []
        for part in (typed, *meanings):
            terms += [t for t in _phrase_terms(part, index) if t not in terms]
        readable = tuple(" ".join(WORD.findall(m)) for m in meanings)
        found = Concept(" ".join(WORD.findall(typed)), tuple(terms), readable)
        index.synonym_concepts[typed] = found
    return found


def parse(raw: str, index: SearchIndex) -> ParsedQuery:
    """Understand ``raw`` with the index's analyzer."""
    analyzer = index.analyzer
    raw = raw[:MAX_QUERY_LENGTH]
    text = normalize(raw)
    time = analyzer.read_time(text)
    phones = tuple(number for number in phone_numbers(fold(raw)) if number in index.phones)
    tokens = text.split()
    concepts, taken = _synonyms(tokens, index)
    rest = analyzer.read_time(" ".join(t for i, t in enumerate(tokens) if i not in taken)).rest
    if phones:
        # The words of a phone number that found its organization are not words to find.
        rest = PHONE.sub(" ", rest)
    not_typos = _not_typos(raw, analyzer.letters)
    corrections: dict[str, str] = {}
    unknown: list[str] = []
    seen = {concept.typed for concept in concepts}
    country = wanted_type = None
    for token in rest.split():
        for word in WORD.findall(token):
            if word in analyzer.countries:
                country = analyzer.countries[word]
                continue
            if word in analyzer.type_words:
                wanted_type = analyzer.type_words[word]
                continue
            if word in analyzer.stop_words or not indexed(word) or word in seen:
                continue
            if not index.knows(word):
                corrected = None
                if word not in not_typos and not analyzer.is_word(word):
                    corrected = _correct(word, index)
                if corrected is None:
                    unknown.append(word)
                    continue
                corrections[word] = corrected
                word = corrected
                if word in seen:
                    continue
            seen.add(word)
            concepts.append(Concept(word, index.keys(word), soft=word in analyzer.soft_words))
    reduced: tuple[str, ...] = ()
    if len(concepts) > MAX_CONCEPTS:
        ranked = sorted(concepts, key=lambda c: telling(c, index))
        kept = set(map(id, ranked[:MAX_CONCEPTS]))
        reduced = tuple(c.typed for c in concepts if id(c) not in kept)
        concepts = [c for c in concepts if id(c) in kept]
    return ParsedQuery(
        text=text,
        concepts=tuple(concepts),
        week=time.week,
        trimester=time.trimester,
        corrections=corrections,
        intents=analyzer.intents_of(text),
        phones=phones,
        unknown=tuple(unknown),
        reduced=reduced,
        country=country,
        wanted_type=wanted_type,
        after=not analyzer.after_words.isdisjoint(text.split()),
    )


def telling(concept: Concept, index: SearchIndex) -> tuple[bool, float, int]:
    """How much a concept of a long question tells, the most telling first: soft words last;
    then the more of the records holding a word that hold it in their names, the more it is
    a subject rather than a word of the telling ("mortem" before "appointment"); then the
    rarer."""
    frequency = selectivity(concept, index)
    names = max((index.names(term) for term in concept.terms), default=0)
    return (concept.soft, -names / max(frequency, 1), frequency)


def selectivity(concept: Concept, index: SearchIndex) -> int:
    """How many documents a concept's most common term is in: the fewer, the more it says."""
    return max((index.frequency(term) for term in concept.terms), default=0)
