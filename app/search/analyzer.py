"""What search needs to know of a language, behind one small interface.

Everything language-specific lives in an ``Analyzer``: how words are stemmed (for records and
for the names of organizations, which match whole words), which words carry no meaning (stop and
question words), how a gestational week or trimester is written, which words are real words
(never "corrected" as typos), and the phrases that ask whether a loss was one's fault. Folding
and tokenizing (``app.search.text``) are the same for every language; synonyms are data
(``data/synonyms.yaml``). English is ``app.search.english.ENGLISH``; a second language is a
second instance, not a fork of the engine.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from app.vocabulary import LAST_WEEK

# A month of pregnancy is this many weeks (30.4 days); the last month a query can name.
WEEKS_PER_MONTH = 4.35
LAST_MONTH = 10


@dataclass(frozen=True)
class Time:
    """A gestational time read out of a query, and the query without it."""

    week: int | None
    trimester: str | None
    rest: str


@dataclass(frozen=True)
class Analyzer:
    language: str
    stem: Callable[[str], str]
    """The stem of one folded word, as the index stems the words of records."""
    name_stem: Callable[[str], str]
    """The lighter stem organization names are matched by: plural and possessive only, so a
    name matches its own words ("Samaritans", "Tommy's") and not a word that shares a stem
    with it ("missed" is not the MISS Foundation)."""
    stop_words: frozenset[str]
    """Words that carry no meaning in a query: function words and question words."""
    week_patterns: tuple[re.Pattern[str], ...]
    """A week: group 1 is its number."""
    trimester_patterns: tuple[re.Pattern[str], ...]
    """A trimester: group 1 is a key of ``trimester_names``."""
    trimester_names: dict[str, str]
    is_word: Callable[[str], bool]
    """Whether a folded word is a real word of the language (from a maintained word list):
    such a word is never corrected to another."""
    soft_words: frozenset[str] = frozenset()
    """Words that qualify a question but do not name its subject ("scared", "normal",
    "soon", "fault"): they rank the records that hold them higher, but a record need not
    hold them to match."""
    after_words: frozenset[str] = frozenset()
    """Words that place a question after a loss ("after", "since"): without them, a query
    that names a week asks about a pregnancy still going on."""
    loss_words: frozenset[str] = frozenset()
    """The words for a pregnancy loss itself, folded ("miscarriage", "pregnancy loss",
    "perdida del embarazo"): beside a week, a query of these words alone ("perdi a mi bebe a
    las 30 semanas") asks what loss happens then, however many records hold them."""
    type_words: dict[str, str] = field(default_factory=dict)
    """Words that ask for a kind of record (folded) → its type: "signs" and "symptoms" ask
    for symptoms, "charity" for organizations. They rank that type higher, and are not words
    a record must hold."""
    countries: dict[str, str] = field(default_factory=dict)
    """Words that name a country (folded) → its ISO 3166 code, as organizations give theirs:
    "uk" asks for the organizations that answer there."""
    intents: dict[str, re.Pattern[str]] = field(default_factory=dict)
    """Ways of asking that ranking answers in its own way, by name: ``fault`` ("is it my
    fault", "did I cause it") puts the records that answer guilt first; ``feeling`` ("I am so
    scared") the records about feelings after a loss."""
    intent_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """For an intent, the words in the names of the records that answer it ("grief")."""
    month_patterns: tuple[re.Pattern[str], ...] = ()
    """A time of pregnancy in months ("a los 5 meses"), when no week is named: group 1 is the
    number of months, read as the week it ends."""
    letters: str = ""
    """Characters beyond ASCII the language writes its own words with ("ñ", "á", "¿"): a word
    typed with them may still be a typo. A word with any other is taken as meant."""

    def read_time(self, text: str) -> Time:
        """The week and trimester a (folded) text names, and the text without every week and
        trimester expression, so "1st" or "second" is never read as a word to find."""
        week = None
        for pattern in self.week_patterns:
            found = pattern.search(text)
            if found and 1 <= int(found.group(1)) <= LAST_WEEK:
                week = int(found.group(1))
                break
        for pattern in self.month_patterns if week is None else ():
            found = pattern.search(text)
            if found and 1 <= int(found.group(1)) <= LAST_MONTH:
                week = round(int(found.group(1)) * WEEKS_PER_MONTH)
                break
        trimester = None
        for pattern in self.trimester_patterns:
            found = pattern.search(text)
            if found:
                trimester = self.trimester_names[found.group(1)]
                break
        rest = text
        for pattern in (*self.week_patterns, *self.month_patterns, *self.trimester_patterns):
            rest = pattern.sub(" ", rest)
        return Time(week, trimester, rest)

    def intents_of(self, text: str) -> frozenset[str]:
        """The intents a (folded) text expresses."""
        return frozenset(name for name, pattern in self.intents.items() if pattern.search(text))
