"""What a word is, for everything search compares: the loader's vocabulary, the in-memory index,
query understanding, suggestions and snippets.

It is what the FTS5 tokenizer of the search migration (``porter unicode61 remove_diacritics 2``)
makes of text: letters and digits of any script, lower case, with the diacritics of Latin
letters removed ("Café" is "cafe"; "Mølgaard" keeps its "ø", which has no diacritic to remove),
then stemmed by Porter's rules.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from app.search.stem import stem

# Letters and digits of any script: a word character that is not "_".
WORD = re.compile(r"[^\W_]+")
# What ``normalize`` keeps besides letters and digits: they join words people type ("d&c",
# "i'm", "second-trimester").
NOT_KEPT = re.compile(r"(?:[^\w&'\-]|_)+")


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
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
    if text.isascii():
        return text.lower(), list(range(len(text)))
    others = set(NON_ASCII.findall(text))
    if all(_one_for_one(char) for char in others):
        # The usual case (dashes, quotes, accented letters): one character for one, so the
        # positions do not move.
        table = {ord(char): _fold_char(char) for char in others}
        return text.translate(table).lower(), list(range(len(text)))
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


def fold(text: str) -> str:
    """Lower case, with the diacritics of Latin letters removed."""
    if text.isascii():
        return text.lower()
    return fold_with_origins(text)[0]


def normalize(raw: str) -> str:
    """Folded, with anything but letters, digits, ``&``, ``'`` and ``-`` made a space."""
    return " ".join(NOT_KEPT.sub(" ", fold(raw)).split())


def words(text: str) -> list[str]:
    """The words of ``text``, folded: the tokens the index makes of it, before stemming."""
    return WORD.findall(fold(text))


def stemmed(text: str) -> str:
    """The words of ``text`` as the index stems them, joined by spaces: two texts that are
    the same to the index ("Miscarriages", "miscarriage") are the same string."""
    return " ".join(stem(word) for word in words(text))
