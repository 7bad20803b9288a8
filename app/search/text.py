"""What a word is, for everything search compares: the loader's vocabulary, the in-memory index,
query understanding, suggestions and snippets.

It is what the FTS5 tokenizer of the search migration (``porter unicode61 remove_diacritics 2``)
makes of text once Unicode compatibility forms are folded (NFKC: full-width letters, ligatures,
superscripts): letters and digits of any script, lower case, with the diacritics of Latin
letters removed ("Café" is "cafe"; "Mølgaard" keeps its "ø", which has no diacritic to remove;
"ｍｉｓｃａｒｒｉａｇｅ" is "miscarriage"). Records and queries are folded alike. Stemming is the
language's (``app.search.analyzer``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from app.search.stem import stem

# Letters and digits of any script: a word character that is not "_".
WORD = re.compile(r"[^\W_]+")
# A word as a reader sees it: a run of non-spaces.
SPACED = re.compile(r"\S+")
# What ``normalize`` keeps besides letters and digits: they join words people type ("d&c",
# "i'm", "second-trimester").
NOT_KEPT = re.compile(r"(?:[^\w&'\-]|_)+")


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    return "".join(_fold_letter(part) for part in unicodedata.normalize("NFKC", char))


def _fold_letter(char: str) -> str:
    lower = char.lower()
    decomposed = unicodedata.normalize("NFD", lower)
    base, marks = decomposed[0], decomposed[1:]
    if base.isascii() and marks and all(unicodedata.combining(mark) for mark in marks):
        return base
    return lower


NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=8192)
def _one_for_one(char: str) -> bool:
    """``char`` folds to exactly one character and is not a diacritic typed on its own."""
    return len(_fold_char(char)) == 1 and not unicodedata.combining(char)


def fold_with_origins(text: str) -> tuple[str, list[int]]:
    """``text`` folded, and for each folded character the index of the character it came
    from: so a match found in folded text can be marked in the original."""
    folded, origins = fold_in_place(text)
    return folded, list(range(len(text))) if origins is None else origins


def fold_in_place(text: str) -> tuple[str, list[int] | None]:
    """``text`` folded, and where each folded character came from; ``None`` when every
    character folds to one in its own place (the usual case: ASCII, dashes, quotes,
    accented letters), so that positions do not move."""
    if text.isascii():
        return text.lower(), None
    others = set(NON_ASCII.findall(text))
    if all(_one_for_one(char) for char in others):
        table = {ord(char): _fold_char(char) for char in others}
        return text.translate(table).lower(), None
    folded: list[str] = []
    origins: list[int] = []
    after_ascii_letter = False
    for position, char in enumerate(text):
        if after_ascii_letter and unicodedata.combining(char):
            # A diacritic typed as its own character ("e" + U+0301) goes with its letter.
            continue
        piece = _fold_char(char)
        folded.append(piece)
        origins += [position] * len(piece)
        after_ascii_letter = piece.isascii() and piece.isalpha()
    return "".join(folded), origins


def folded_in_place(text: str) -> str | None:
    """``text`` folded, when every character folds to one in its own place; else ``None``."""
    folded, origins = fold_in_place(text)
    return folded if origins is None else None


def fold(text: str) -> str:
    """Compatibility forms folded (NFKC), lower case, the diacritics of Latin letters removed."""
    if text.isascii():
        return text.lower()
    return fold_with_origins(text)[0]


def normalize(raw: str) -> str:
    """Folded, with anything but letters, digits, ``&``, ``'`` and ``-`` made a space."""
    return " ".join(NOT_KEPT.sub(" ", fold(raw)).split())


def words(text: str) -> list[str]:
    """The words of ``text``, folded: the tokens the index makes of it, before stemming."""
    return WORD.findall(fold(text))


def indexed(word: str) -> bool:
    """Whether a (folded) word is a term on its own: single letters and bare numbers never
    match alone ("d", "1"), though phrases may hold them ("d and c")."""
    return len(word) > 1 and not word.isdigit()


def stemmed(text: str) -> str:
    """The words of ``text`` as the English index stems them, joined by spaces: two texts that
    are the same to the index ("Miscarriages", "miscarriage") are the same string."""
    return " ".join(stem(word) for word in words(text))


def words_at(text: str) -> tuple[list[int], list[int]]:
    """Where each word (a run of non-spaces) of ``text`` begins and ends: a record's summary
    is split once, and its windows found by bisection."""
    spans = [found.span() for found in SPACED.finditer(text)]
    return [start for start, _ in spans], [end for _, end in spans]
