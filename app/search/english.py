"""English: Porter stems (SQLite's own, app.search.stem), stop and question words, weeks and
trimesters as people write them, a word list from pyspellchecker, and the ways of asking
whether a loss was one's fault."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from spellchecker import SpellChecker

from app.search.analyzer import Analyzer
from app.search.stem import stem
from app.search.text import fold

# What an apostrophe leaves of a contraction ("don't": "don" and "t").
CONTRACTIONS = ("don", "didn", "doesn", "isn", "wasn", "aren", "weren", "couldn", "wouldn")
STOP_WORDS = frozenset(
    [
        *CONTRACTIONS,
        *("shouldn", "won", "haven", "hasn", "hadn", "ll", "ve", "re"),
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
        "anyone",
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
        "cant",
        "cause",
        "caused",
        "causes",
        "could",
        "couldnt",
        "did",
        "didnt",
        "do",
        "does",
        "doing",
        "dont",
        "during",
        "each",
        "even",
        "ever",
        "for",
        "from",
        "get",
        "got",
        "had",
        "happen",
        "happened",
        "happening",
        "happens",
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
        "id",
        "if",
        "im",
        "in",
        "into",
        "is",
        "is-it",
        "isnt",
        "it",
        "it's",
        "its",
        "ive",
        "just",
        "know",
        "many",
        "me",
        "mean",
        "means",
        "more",
        "most",
        "much",
        "my",
        "myself",
        "no",
        "normal",
        "not",
        "now",
        "of",
        "off",
        "ok",
        "okay",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "please",
        "really",
        "same",
        "she",
        "should",
        "so",
        "some",
        "someone's",
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
        "us",
        "very",
        "was",
        "wasnt",
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
        "wont",
        "would",
        "yet",
        "you",
        "your",
    ]
)
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
# "Is it my fault", "did I cause it", "I blame myself", "what did I do wrong", "could I have
# prevented it", "was it because I lifted…", "I feel guilty", "my body failed".
FAULT = re.compile(
    r"\b(?:(?:my|our|her|his|your) fault|did (?:i|we) (?:cause|do)|(?:i|we) caused|"
    r"blam(?:e|ing) (?:myself|me|ourselves)|(?:did|do) (?:i|we) do (?:something|anything) wrong|"
    r"what did (?:i|we) do|could (?:i|we) have (?:prevented|stopped|done)|"
    r"(?:was|is) it (?:because|something) (?:i|we)|guilt(?:y)?|my body failed|"
    r"could (?:\w+ ){0,4}have caused)\b"
)
# Feelings after a loss, in the words people use. "Empty" and "broken" only as feelings: a scan
# shows an "empty sac", and "my waters have broken" asks about the body.
FEELING = re.compile(
    r"\b(?:scared|afraid|frightened|terrified|worried|guilty|guilt|blame|panic\w*|angry|"
    r"jealous\w*|heartbroken|devastated|numb|alone|lonely|depress\w*|anxious|anxiety|"
    r"grie\w+|crying|cope|coping|survive|hopeless|broken[- ]?hearted|empty inside|"
    r"(?:feel\w*|i am|i'?m|i m|heart(?: is| was| feels)?|so|really|completely|totally|just)"
    r"(?: (?:so|really|completely|totally|just|very))? (?:empty|broken))\b"
)


@lru_cache(maxsize=65536)
def name_stem(word: str) -> str:
    """A name's word without its plural or possessive ending: "samaritans" and "samaritan",
    "tommys" and "tommy", "units" and "unit" are one; "missed" and "miss" are not."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@cache
def _words() -> frozenset[str]:
    """pyspellchecker's English word list, folded (so "café" is "cafe")."""
    return frozenset(fold(word) for word in SpellChecker(language="en").word_frequency)


def is_word(word: str) -> bool:
    return word in _words()


SOFT_WORDS = frozenset(
    [
        *("afraid", "scared", "frightened", "terrified", "worried", "nervous", "upset"),
        *("fault", "blame", "blaming", "guilty", "failed", "wrong", "prevented", "prevent"),
        *("normal", "okay", "still", "soon", "next", "time", "need", "needs", "want", "wanted"),
        *("know", "think", "look", "like", "happen", "happened", "help", "now", "going"),
        *("stop", "safe", "long", "ago", "later", "anymore", "everything", "something"),
    ]
)
TYPE_WORDS = {
    "symptom": "symptoms",
    "symptoms": "symptoms",
    "sign": "symptoms",
    "signs": "symptoms",
    "test": "diagnostic-tests",
    "tests": "diagnostic-tests",
    "testing": "diagnostic-tests",
    "treatment": "treatments",
    "treatments": "treatments",
    "options": "treatments",
    "charity": "organizations",
    "charities": "organizations",
    "organisation": "organizations",
    "organisations": "organizations",
    "organization": "organizations",
    "organizations": "organizations",
}
COUNTRIES = {
    "uk": "GB",
    "britain": "GB",
    "british": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "usa": "US",
    "america": "US",
    "american": "US",
}

ENGLISH = Analyzer(
    language="en",
    stem=stem,
    name_stem=name_stem,
    stop_words=STOP_WORDS,
    week_patterns=WEEK_PATTERNS,
    trimester_patterns=TRIMESTER_PATTERNS,
    trimester_names=TRIMESTER_NAMES,
    is_word=is_word,
    soft_words=SOFT_WORDS,
    after_words=frozenset({"after", "since"}),
    loss_words=frozenset({"loss", "losses", "miscarriage", "miscarriages", "pregnancy loss"}),
    type_words=TYPE_WORDS,
    countries=COUNTRIES,
    intents={"fault": FAULT, "feeling": FEELING},
    intent_names={"feeling": ("feeling low", "grief", "mental health")},
)
