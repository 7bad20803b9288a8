"""Query understanding: from what a person types to what the index is asked.

- lay words are expanded with the clinical words the records use (``data/synonyms.yaml``);
- a gestational week ("at 16 weeks") or trimester ("second trimester") is read out of the text;
- stop-words and question words are dropped so they do not drown the meaning;
- words the dataset does not know are corrected to the nearest word it does (``did_you_mean``);
- everything that reaches FTS5 ``MATCH`` is a quoted string of letters and digits, never syntax.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from app.search.index import SearchIndex, normalize

MAX_QUERY_LENGTH = 200
MAX_TERMS = 16
WORD = re.compile(r"[a-z0-9]+")
WEEK_PATTERNS = (
    re.compile(r"\b(\d{1,2})\s*(?:-\s*)?(?:weeks?|wks?|w)\b"),
    re.compile(r"\bweek\s*(\d{1,2})\b"),
)
TRIMESTER = re.compile(r"\b(first|1st|second|2nd|third|3rd)\s+trimester\b")
TRIMESTER_NAMES = {
    "first": "first",
    "1st": "first",
    "second": "second",
    "2nd": "second",
    "third": "third",
    "3rd": "third",
}
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "again",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "both",
        "but",
        "by",
        "can",
        "cause",
        "caused",
        "causes",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "during",
        "each",
        "for",
        "from",
        "get",
        "got",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "him",
        "his",
        "how",
        "i",
        "i'd",
        "i'm",
        "i've",
        "if",
        "in",
        "into",
        "is",
        "it",
        "it's",
        "its",
        "just",
        "know",
        "me",
        "mean",
        "means",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "happen",
        "happens",
        "happened",
        "happening",
        "is-it",
        "normal",
    ]
)


@dataclass(frozen=True)
class ParsedQuery:
    """What a query means to the index."""

    text: str  # the normalized query
    core: str = ""  # the normalized query without stop-words or week
    terms: tuple[str, ...] = ()  # single words, stemmed by the index
    phrases: tuple[str, ...] = ()  # multi-word clinical phrases from synonyms
    week: int | None = None
    trimester: str | None = None
    corrections: dict[str, str] = field(default_factory=dict)
    # What the query asks about: (what was typed, what it means). A lay phrase (kept whole)
    # means its clinical phrases; any other word means itself.
    concepts: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()

    @property
    def did_you_mean(self) -> str | None:
        if not self.corrections:
            return None
        return " ".join(self.corrections.get(word, word) for word in self.text.split())

    @property
    def is_empty(self) -> bool:
        return not self.concepts

    def match_expression(self) -> str:
        """The FTS5 MATCH string: quoted words and phrases joined by OR."""
        quoted = [f'"{term}"' for term in self.terms]
        quoted += [f'"{phrase}"' for phrase in self.phrases]
        return " OR ".join(quoted)


def _known(word: str, index: SearchIndex, in_index: Callable[[str], bool]) -> bool:
    """In the vocabulary, or matched by the index once stemmed ("bleeds" finds "bleeding")."""
    return word in index.words or word.isdigit() or len(word) < 4 or in_index(word)


def _correct(word: str, index: SearchIndex) -> str | None:
    limit = 1 if len(word) <= 5 else 2
    candidates = process.extract(
        word, index.words.keys(), scorer=Levenshtein.distance, score_cutoff=limit, limit=10
    )
    if not candidates:
        return None
    best = min(candidates, key=lambda c: (c[1], -index.words[c[0]], c[0]))
    return str(best[0])


def parse(
    raw: str, index: SearchIndex, in_index: Callable[[str], bool] = lambda _: False
) -> ParsedQuery:
    """Understand ``raw``; ``in_index`` says whether a word not in the vocabulary still
    matches some record once the index has stemmed it."""
    text = normalize(raw[:MAX_QUERY_LENGTH])
    padded = f" {text} "
    phrases: list[str] = []
    synonym_words: set[str] = set()
    concepts: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for phrase in index.synonym_phrases:
        if f" {phrase} " in padded:
            meanings = tuple(" ".join(WORD.findall(m)) for m in index.synonyms[phrase])
            phrases += [p for p in index.synonyms[phrase] if p not in phrases]
            synonym_words.update(WORD.findall(phrase))
            concepts.append(((" ".join(WORD.findall(phrase)),), meanings))
    week = None
    for pattern in WEEK_PATTERNS:
        found = pattern.search(text)
        if found and 1 <= int(found.group(1)) <= 45:
            week = int(found.group(1))
            break
    trimester_match = TRIMESTER.search(text)
    trimester = TRIMESTER_NAMES[trimester_match.group(1)] if trimester_match else None
    remainder = padded
    for pattern in WEEK_PATTERNS:
        remainder = pattern.sub(" ", remainder)
    terms: list[str] = []
    corrections: dict[str, str] = {}
    for word in WORD.findall(remainder):
        if word in STOP_WORDS or word in terms:
            continue
        if word not in synonym_words and not _known(word, index, in_index):
            corrected = _correct(word, index)
            if corrected is None:
                continue
            corrections[word] = corrected
            word = corrected
        terms.append(word)
    concepts += [((), (term,)) for term in terms if term not in synonym_words]
    phrase_words = [" ".join(WORD.findall(phrase)) for phrase in phrases]
    multi = tuple(p for p in phrase_words if " " in p)
    singles = [p for p in phrase_words if " " not in p and p and p not in terms]
    return ParsedQuery(
        text=text,
        core=" ".join(terms),
        terms=tuple([*terms, *singles][:MAX_TERMS]),
        phrases=multi[:MAX_TERMS],
        week=week,
        trimester=trimester,
        corrections=corrections,
        concepts=tuple(concepts[:MAX_TERMS]),
    )
