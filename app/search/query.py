"""Query understanding: from what a person types to what the index is asked.

- lay words are expanded with the clinical words the records use (``data/synonyms.yaml``);
- a gestational week ("at 16 weeks", "week 16") or trimester ("second trimester", "3rd
  trimester") is read out of the text, and a query that is only a time asks what matters then;
- stop-words and question words are dropped so they do not drown the meaning;
- words the dataset does not know are corrected to the nearest word it does (``did_you_mean``);
- everything that reaches FTS5 ``MATCH`` is a quoted string of letters and digits, never syntax.

Words are read as the index reads them (``app.search.text``): any script, folded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from app.search.index import SearchIndex
from app.search.text import WORD, fold, normalize
from app.vocabulary import LAST_WEEK

MAX_QUERY_LENGTH = 200
MAX_TERMS = 16
# Up to this many letters a word is corrected only one edit away; longer, two.
LONG_WORD = 7
# Characters of markup or code: a token with one is not a misspelled word.
CODE = re.compile(r"[<>{}()\[\]=;/\\]")
WEEK_UNIT = r"(?:weeks?|wks?)"
WEEK_PATTERNS = (
    re.compile(rf"\b(\d{{1,2}})\s*(?:-\s*)?(?:{WEEK_UNIT}|w)\b"),  # 16 weeks, 12-week, 8w
    re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)\s+{WEEK_UNIT}\b"),  # 16th week
    re.compile(rf"\b{WEEK_UNIT}\s*(\d{{1,2}})\b"),  # week 16, weeks 16
)
ORDINAL = r"first|1st|second|2nd|third|3rd"
TRIMESTER_PATTERNS = (
    re.compile(rf"\b({ORDINAL})(?:\s|-)*trimesters?\b"),  # second trimester, 3rd-trimester
    re.compile(r"\btrimesters?\s*(1|2|3|one|two|three)\b"),  # trimester 2
)
TRIMESTER_NAMES = {
    "first": "first",
    "1st": "first",
    "1": "first",
    "one": "first",
    "second": "second",
    "2nd": "second",
    "2": "second",
    "two": "second",
    "third": "third",
    "3rd": "third",
    "3": "third",
    "three": "third",
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
    core: str = ""  # the normalized query without stop-words, week or trimester
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
    def has_time(self) -> bool:
        return self.week is not None or self.trimester is not None

    @property
    def is_time_only(self) -> bool:
        """Only a time ("16 weeks", "third trimester"): what matters then is asked for."""
        return not self.concepts and self.has_time

    @property
    def is_empty(self) -> bool:
        return not self.concepts and not self.has_time


def _known(word: str, index: SearchIndex, in_index: Callable[[str], bool]) -> bool:
    """In the vocabulary, or matched by the index once stemmed ("bleeds" finds "bleeding")."""
    return word in index.words or word.isdigit() or len(word) < 4 or in_index(word)


def _correct(word: str, index: SearchIndex) -> str | None:
    """The nearest word of the vocabulary that ``word`` is a typo of: same first letter, one
    edit away (two in a long word), and not a stop-word. "couche" is not a typo of "couple",
    nor "fausse" of "cause": better no correction than another word."""
    limit = 1 if len(word) <= LONG_WORD else 2
    candidates = process.extract(
        word, index.words.keys(), scorer=Levenshtein.distance, score_cutoff=limit, limit=10
    )
    candidates = [
        c for c in candidates if str(c[0])[:1] == word[:1] and str(c[0]) not in STOP_WORDS
    ]
    if not candidates:
        return None
    best = min(candidates, key=lambda c: (c[1], -index.words[c[0]], c[0]))
    return str(best[0])


def _not_typos(raw: str) -> set[str]:
    """The (folded) words typed with letters beyond ASCII ("café", "fausse couche" in another
    language) or in something that looks like markup or code ("<script>", "alert(1)"): they
    are what was meant, not misspellings of the dataset's words, so they are never corrected."""
    kept: set[str] = set()
    for token in raw.split():
        if not token.isascii() or CODE.search(token):
            kept.update(WORD.findall(fold(token)))
    return kept


def _week(text: str) -> int | None:
    for pattern in WEEK_PATTERNS:
        found = pattern.search(text)
        if found and 1 <= int(found.group(1)) <= LAST_WEEK:
            return int(found.group(1))
    return None


def _trimester(text: str) -> str | None:
    for pattern in TRIMESTER_PATTERNS:
        found = pattern.search(text)
        if found:
            return TRIMESTER_NAMES[found.group(1)]
    return None


def _without_time(padded: str) -> str:
    """The text with every week and trimester expression taken out, so "1st" or "second" is
    never read as a word to find."""
    for pattern in (*WEEK_PATTERNS, *TRIMESTER_PATTERNS):
        padded = pattern.sub(" ", padded)
    return padded


def parse(
    raw: str, index: SearchIndex, in_index: Callable[[str], bool] = lambda _: False
) -> ParsedQuery:
    """Understand ``raw``; ``in_index`` says whether a word not in the vocabulary still
    matches some record once the index has stemmed it."""
    raw = raw[:MAX_QUERY_LENGTH]
    text = normalize(raw)
    not_typos = _not_typos(raw)
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
    terms: list[str] = []
    corrections: dict[str, str] = {}
    for word in WORD.findall(_without_time(padded)):
        if word in STOP_WORDS or word in terms:
            continue
        if word not in synonym_words and not _known(word, index, in_index):
            corrected = None if word in not_typos else _correct(word, index)
            if corrected is None:
                continue
            corrections[word] = corrected
            word = corrected
            if word in terms:
                continue
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
        week=_week(text),
        trimester=_trimester(text),
        corrections=corrections,
        concepts=tuple(concepts[:MAX_TERMS]),
    )
