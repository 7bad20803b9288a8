"""The terms search ranks by, found once per dataset when it is built: each stem, each synonym
phrase (stemmed) and each word of an organization's name (``=`` and its name stem), with how
often it occurs in each field of each document."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from app.loader.files import Dataset
from app.search.analyzer import Analyzer
from app.search.english import ENGLISH
from app.search.index import NAME_KEY
from app.search.text import indexed, words

if TYPE_CHECKING:
    from app.loader.search_index import SearchDocument

Phrases = dict[str, list[tuple[str, ...]]]


def synonym_phrases(dataset: Dataset) -> Phrases:
    """The word sequences of every synonym, typed and meant, of more than one word, by their
    first word."""
    found: set[tuple[str, ...]] = set()
    for synonym in dataset.synonyms:
        for phrase in (*synonym.words, *synonym.means):
            sequence = tuple(words(phrase))
            if len(sequence) > 1:
                found.add(sequence)
    by_first: Phrases = defaultdict(list)
    for tokens in sorted(found):
        by_first[tokens[0]].append(tokens)
    return by_first


def document_terms(
    document: SearchDocument, phrases: Phrases, analyzer: Analyzer = ENGLISH
) -> tuple[dict[str, list[int]], int]:
    """Term → how often it occurs in each field (name, aliases, summary, body), and the
    document's length in words. An organization's name and other names are matched by their
    own words (``=`` and the name stem), and those words in its text are left to them, so an
    organization ranks on its names and services, not on a stem another word shares."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    organization = document.type == "organizations"
    name_words = (
        {analyzer.name_stem(w) for w in words(f"{document.name} {document.aliases}")}
        if organization
        else set()
    )
    length = 0
    for position, value in enumerate(
        (document.name, document.aliases, document.summary, document.body)
    ):
        tokens = words(value)
        length += len(tokens)
        for at, token in enumerate(tokens):
            if organization and (position < 2 or analyzer.name_stem(token) in name_words):
                if position < 2 and indexed(token):
                    counts[NAME_KEY + analyzer.name_stem(token)][position] += 1
            elif indexed(token):
                counts[analyzer.stem(token)][position] += 1
            for phrase in phrases.get(token, ()):
                if tuple(tokens[at : at + len(phrase)]) == phrase:
                    counts[" ".join(analyzer.stem(w) for w in phrase)][position] += 1
    return counts, length
