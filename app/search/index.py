"""What search keeps in memory per dataset: synonyms, the vocabulary, and names to suggest."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

NORMAL = re.compile(r"[^a-z0-9&'\-]+")


def normalize(raw: str) -> str:
    """Lower case, with anything but letters, digits, ``&``, ``'`` and ``-`` made a space."""
    return " ".join(NORMAL.sub(" ", raw.lower()).split())


@dataclass(frozen=True)
class Suggestion:
    """A name (or another name) to complete to, and the record it leads to."""

    text: str
    normalized: str
    type: str
    slug: str
    name: str
    summary: str


@dataclass(frozen=True)
class Document:
    """What ranking needs of a search document, kept in memory so the hot path only asks
    SQLite for matches and scores."""

    type: str
    slug: str
    name: str
    summary: str
    names: frozenset[str]  # normalized name and other names
    names_text: str  # the same, joined, for matching query words
    trimesters: tuple[str, ...]
    week_start: int | None
    week_end: int | None


@dataclass
class SearchIndex:
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    words: dict[str, int] = field(default_factory=dict)
    suggestions: list[Suggestion] = field(default_factory=list)
    documents: dict[int, Document] = field(default_factory=dict)
    spread: dict[str, int] = field(default_factory=dict)  # word → documents containing it

    @property
    def synonym_phrases(self) -> list[str]:
        """Longest first, so "lost my baby" wins over a shorter phrase inside it."""
        return sorted(self.synonyms, key=lambda phrase: (-len(phrase), phrase))

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
            index.documents[id_] = Document(
                type=type_name,
                slug=slug,
                name=name,
                summary=summary,
                names=frozenset(normalize(n) for n in [name, *aliases.splitlines()]),
                names_text=" ".join(normalize(n) for n in [name, *aliases.splitlines()]),
                trimesters=tuple(json.loads(trimesters)),
                week_start=start,
                week_end=end,
            )
            shown = [name] if type_name == "references" else [name, *aliases.splitlines()]
            for text_ in shown:
                if text_:
                    index.suggestions.append(
                        Suggestion(text_, normalize(text_), type_name, slug, name, summary)
                    )
        return index
