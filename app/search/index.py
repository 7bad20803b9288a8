"""What search keeps in memory per dataset: synonyms, the vocabulary, and names to suggest."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import Connection, text

from app.search.stem import stem
from app.search.text import normalize, stemmed
from app.vocabulary import HURTFUL

# Stems at least this long are one family with the stems they equal but for the last letter;
# shorter ones ("loss", "lost") are too short to tell a family from a different word.
FAMILY_STEM = 7


@dataclass(frozen=True)
class Completion:
    """A name to complete to, what typing matches it (``normalized``), and the record it
    leads to. ``text`` is what is shown: the record's name, or one of its other names; for an
    other name that hurts, the name alone, so the record is found but the word not offered."""

    text: str
    normalized: str
    type: str
    slug: str
    name: str
    summary: str
    is_name: bool = True


@dataclass(frozen=True)
class Document:
    """What ranking needs of a search document, kept in memory so the hot path only asks
    SQLite for matches and scores."""

    type: str
    slug: str
    name: str
    summary: str
    names_text: str  # the same, joined, for matching query words
    trimesters: tuple[str, ...]
    week_start: int | None
    week_end: int | None
    name_stems: frozenset[str] = frozenset()  # name and other names as the index stems them


@dataclass
class SearchIndex:
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    words: dict[str, int] = field(default_factory=dict)
    suggestions: list[Completion] = field(default_factory=list)
    documents: dict[int, Document] = field(default_factory=dict)
    spread: dict[str, int] = field(default_factory=dict)  # word → documents containing it

    @property
    def synonym_phrases(self) -> list[str]:
        """Longest first, so "lost my baby" wins over a shorter phrase inside it."""
        return sorted(self.synonyms, key=lambda phrase: (-len(phrase), phrase))

    @cached_property
    def stem_spread(self) -> dict[str, int]:
        """Stem → documents the index matches for it: a word and its plural are as common."""
        spread: dict[str, int] = {}
        for word, documents in self.spread.items():
            key = stem(word)
            spread[key] = max(spread.get(key, 0), documents)
        return spread

    def documents_matching(self, word: str) -> int:
        """How many documents a (folded) word matches once the index has stemmed it."""
        return self.stem_spread.get(stem(word), 0)

    @cached_property
    def family_spread(self) -> dict[str, int]:
        """A long stem without its last letter → the most documents any stem so spelled
        matches: "pregnant" and "pregnancy" (stems "pregnant", "pregnanc") are one family,
        which Porter's rules keep apart."""
        spread: dict[str, int] = {}
        for key, documents in self.stem_spread.items():
            if len(key) >= FAMILY_STEM:
                spread[key[:-1]] = max(spread.get(key[:-1], 0), documents)
        return spread

    def family_matching(self, word: str) -> int:
        """How many documents the most common word of a (folded) word's family matches:
        how much saying "pregnant" tells, when "pregnancy" is in most documents."""
        key = stem(word)
        own = self.stem_spread.get(key, 0)
        if len(key) < FAMILY_STEM:
            return own
        return max(own, self.family_spread.get(key[:-1], 0))

    @classmethod
    def load(cls, connection: Connection) -> SearchIndex:
        index = cls()
        for phrase, expansions in connection.execute(
            text("SELECT phrase, expansions FROM search_synonym")
        ):
            index.synonyms[normalize(phrase)] = tuple(json.loads(expansions))
        for word, frequency, documents in connection.execute(
            text("SELECT word, frequency, documents FROM search_word")
        ):
            index.words[word] = frequency
            index.spread[word] = documents
        rows = connection.execute(
            text(
                "SELECT id, type, slug, name, aliases, summary, trimesters, week_start, week_end "
                "FROM search_document ORDER BY type, slug"
            )
        )
        for id_, type_name, slug, name, aliases, summary, trimesters, start, end in rows:
            names = [name, *aliases.splitlines()]
            index.documents[id_] = Document(
                type=type_name,
                slug=slug,
                name=name,
                summary=summary,
                names_text=" ".join(normalize(n) for n in names),
                trimesters=tuple(json.loads(trimesters)),
                week_start=start,
                week_end=end,
                name_stems=frozenset(stemmed(n) for n in names),
            )
            index.suggestions += suggestions_for(type_name, slug, name, aliases, summary)
        return index


def suggestions_for(
    type_name: str, slug: str, name: str, aliases: str, summary: str
) -> list[Completion]:
    """The names a record completes from. The other names of a citation are its authors, not
    names. A hurtful other name ("habitual abortion", as ``app.loader.lint`` defines them) is
    matched but shown as the record's own name; a cited title that uses such a term is left
    to full search."""
    if HURTFUL.search(name):
        return []
    found = [Completion(name, normalize(name), type_name, slug, name, summary)]
    if type_name == "references":
        return found
    for other in aliases.splitlines():
        if other:
            shown = name if HURTFUL.search(other) else other
            found.append(
                Completion(shown, normalize(other), type_name, slug, name, summary, is_name=False)
            )
    return found
