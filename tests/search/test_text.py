"""Words as the index reads them: folding and stems agree with the FTS5 tokenizer itself, once
Unicode compatibility forms are folded (NFKC), as search folds records and queries alike."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest

from app.loader.build import BuildResult
from app.search.stem import stem
from app.search.text import fold, fold_with_origins, normalize, stemmed, words

# The tokenizer of the search migration.
TOKENIZER = "porter unicode61 remove_diacritics 2"


def fts5_tokens(texts: list[str], tokenizer: str) -> list[list[str]]:
    """What an FTS5 table with ``tokenizer`` makes of each text: its tokens, in order."""
    connection = sqlite3.connect(":memory:")
    connection.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{tokenizer}')")
    connection.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    connection.executemany("INSERT INTO t (rowid, x) VALUES (?, ?)", enumerate(texts))
    found: dict[int, list[tuple[int, str]]] = {}
    for term, row, offset in connection.execute("SELECT term, doc, offset FROM v"):
        found.setdefault(row, []).append((offset, term))
    return [[term for _, term in sorted(found.get(row, []))] for row in range(len(texts))]


def test_stems_are_the_index_stems_for_every_word_of_the_dataset(built: BuildResult) -> None:
    with sqlite3.connect(built.path) as connection:
        vocabulary = [word for (word,) in connection.execute("SELECT word FROM search_word")]
    assert len(vocabulary) > 1000
    forms = [
        *vocabulary,
        *("miscarriages", "pregnancies", "bleeds", "hopefully", "conditional", "agreed"),
        *("relational", "triplicate", "adjustable", "controlling", "generalization", "sky"),
    ]
    indexed = fts5_tokens(forms, TOKENIZER)
    assert [[stem(word)] for word in forms] == indexed


def test_folding_is_the_tokenizers_after_compatibility_folding() -> None:
    letters = [chr(code) for code in range(0xC0, 0x17F) if chr(code).isalpha()]
    texts = [
        *(f"x{letter}x" for letter in letters),
        "Café NAÏVE crème brûlée Zürich São Dvořák Łódź İstanbul Mølgaard-Nielsen straße",
        "cafe\u0301 nai\u0308ve",  # diacritics typed as characters of their own
        "ｍｉｓｃａｒｒｉａｇｅ ﬁbroids ﬂuconazole Ｄ＆Ｃ ²nd",  # full width, ligatures
    ]
    compatible = [unicodedata.normalize("NFKC", text) for text in texts]
    assert [words(text) for text in texts] == fts5_tokens(
        compatible, "unicode61 remove_diacritics 2"
    )


def test_compatibility_forms_fold_to_their_letters() -> None:
    assert words("ｍｉｓｃａｒｒｉａｇｅ") == ["miscarriage"]
    assert words("ﬁbroids") == ["fibroids"]
    assert normalize("Ｄ＆Ｃ") == "d&c"
    assert fold_with_origins("ﬁx") == ("fix", [0, 0, 1])


def test_words_keep_their_letters() -> None:
    assert words("Café, naïve?") == ["cafe", "naive"]
    assert words("Mølgaard-Nielsen 2016") == ["mølgaard", "nielsen", "2016"]
    assert normalize("  Naïve   D&C  ") == "naive d&c"
    assert fold("ÉCHOGRAPHIE") == "echographie"


def test_a_word_and_its_plural_stem_alike() -> None:
    assert stemmed("Miscarriages") == stemmed("miscarriage") == "miscarriag"
    assert stemmed("Ectopic pregnancies") == stemmed("ectopic pregnancy")


@pytest.mark.parametrize(
    ("text", "folded", "origins"),
    [
        ("Café", "cafe", [0, 1, 2, 3]),
        ("cafe\u0301 au", "cafe au", [0, 1, 2, 3, 5, 6, 7]),
        ("İx", "ix", [0, 1]),
        ("Plain", "plain", [0, 1, 2, 3, 4]),
    ],
)
def test_folded_characters_know_where_they_came_from(
    text: str, folded: str, origins: list[int]
) -> None:
    assert fold_with_origins(text) == (folded, origins)
