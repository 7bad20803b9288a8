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


@dataclass
class SearchIndex:
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    words: dict[str, int] = field(default_factory=dict)
    suggestions: list[Suggestion] = field(default_factory=list)

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
        index.words = {
            word: frequency
            for word, frequency in connection.execute(
                text("SELECT word, frequency FROM search_word")
            )
        }
        for type_name, slug, name, aliases, summary in connection.execute(
            text(
                "SELECT type, slug, name, aliases, summary FROM search_document ORDER BY type, slug"
            )
        ):
            shown = [name] if type_name == "references" else [name, *aliases.splitlines()]
            for text_ in shown:
                if text_:
                    index.suggestions.append(
                        Suggestion(text_, normalize(text_), type_name, slug, name, summary)
                    )
        return index
