"""The Porter stem of a word, exactly as the search index's FTS5 ``porter`` tokenizer makes it.

Search compares words the way the index does ("miscarriages" and "miscarriage" are one word to
it), so the rules here follow SQLite's implementation, quirks included: they work on the UTF-8
bytes of a folded word (only ASCII vowels are vowels), leave words shorter than 3 or longer than
64 bytes alone, and in each step apply only the first rule whose suffix ends the word, shorter
than the word, whether or not its condition then holds.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

MIN_BYTES = 3
MAX_BYTES = 64
VOWELS = frozenset(b"aeiou")
Y = ord("y")


def _is_vowel(char: int, y_is_vowel: bool) -> bool:
    return char in VOWELS or (y_is_vowel and char == Y)


def _gobble_vc(stem: bytes, previous_consonant: bool) -> int:
    """Where the first vowel-then-consonant sequence of ``stem`` ends (0: there is none)."""
    consonant = previous_consonant
    position = 0
    while position < len(stem):
        consonant = not _is_vowel(stem[position], consonant)
        if not consonant:
            break
        position += 1
    position += 1
    while position < len(stem):
        consonant = not _is_vowel(stem[position], consonant)
        if consonant:
            return position + 1
        position += 1
    return 0


def _m_gt_0(stem: bytes) -> bool:
    return _gobble_vc(stem, False) > 0


def _m_gt_1(stem: bytes) -> bool:
    end = _gobble_vc(stem, False)
    return end > 0 and _gobble_vc(stem[end:], True) > 0


def _m_eq_1(stem: bytes) -> bool:
    end = _gobble_vc(stem, False)
    return end > 0 and _gobble_vc(stem[end:], True) == 0


def _cvc(stem: bytes) -> bool:
    """Ends consonant-vowel-consonant, the last not w, x or y (Porter's ``*o``)."""
    if not stem or stem[-1] in b"wxy":
        return False
    mask = 0
    consonant = False
    for char in stem:
        consonant = not _is_vowel(char, consonant)
        mask = (mask << 1) + consonant
    return mask & 0b111 == 0b101


def _m_gt_1_s_or_t(stem: bytes) -> bool:
    return stem[-1:] in (b"s", b"t") and _m_gt_1(stem)


def _has_vowel(stem: bytes) -> bool:
    return any(_is_vowel(char, position > 0) for position, char in enumerate(stem))


Condition = Callable[[bytes], bool]
Rule = tuple[bytes, Condition, bytes]

STEP_2: tuple[Rule, ...] = tuple(
    (suffix, _m_gt_0, replacement)
    for suffix, replacement in (
        (b"ational", b"ate"),
        (b"tional", b"tion"),
        (b"enci", b"ence"),
        (b"anci", b"ance"),
        (b"izer", b"ize"),
        (b"logi", b"log"),
        (b"bli", b"ble"),
        (b"alli", b"al"),
        (b"entli", b"ent"),
        (b"eli", b"e"),
        (b"ousli", b"ous"),
        (b"ization", b"ize"),
        (b"ation", b"ate"),
        (b"ator", b"ate"),
        (b"alism", b"al"),
        (b"iveness", b"ive"),
        (b"fulness", b"ful"),
        (b"ousness", b"ous"),
        (b"aliti", b"al"),
        (b"iviti", b"ive"),
        (b"biliti", b"ble"),
    )
)
STEP_3: tuple[Rule, ...] = tuple(
    (suffix, _m_gt_0, replacement)
    for suffix, replacement in (
        (b"ical", b"ic"),
        (b"ness", b""),
        (b"icate", b"ic"),
        (b"iciti", b"ic"),
        (b"ful", b""),
        (b"ative", b""),
        (b"alize", b"al"),
    )
)
STEP_4: tuple[Rule, ...] = tuple(
    (suffix, _m_gt_1_s_or_t if suffix == b"ion" else _m_gt_1, b"")
    for suffix in (
        b"al",
        b"ance",
        b"ence",
        b"er",
        b"ic",
        b"able",
        b"ible",
        b"ant",
        b"ement",
        b"ment",
        b"ent",
        b"ion",
        b"ou",
        b"ism",
        b"ate",
        b"iti",
        b"ous",
        b"ive",
        b"ize",
    )
)


def _first_rule(word: bytes, rules: tuple[Rule, ...]) -> Rule | None:
    for rule in rules:
        if len(word) > len(rule[0]) and word.endswith(rule[0]):
            return rule
    return None


def _apply(word: bytes, rules: tuple[Rule, ...]) -> bytes:
    rule = _first_rule(word, rules)
    if rule is None:
        return word
    suffix, condition, replacement = rule
    stem = word[: -len(suffix)]
    return stem + replacement if condition(stem) else word


def _step_1a(word: bytes) -> bytes:
    if not word.endswith(b"s"):
        return word
    if word[-2:-1] == b"e":
        if (len(word) > 4 and word[-4:-2] == b"ss") or (len(word) > 3 and word[-3:-2] == b"i"):
            return word[:-2]
        return word[:-1]
    if word[-2:-1] != b"s":
        return word[:-1]
    return word


def _step_1b(word: bytes) -> bytes:
    """ "-eed", "-ed" and "-ing", then the tidying that follows a removed "-ed" or "-ing"."""
    if len(word) > 3 and word.endswith(b"eed"):
        return word[:-1] if _m_gt_0(word[:-3]) else word
    for suffix in (b"ed", b"ing"):
        if len(word) > len(suffix) and word.endswith(suffix):
            if not _has_vowel(word[: -len(suffix)]):
                return word
            word = word[: -len(suffix)]
            break
    else:
        return word
    for ending, replacement in ((b"at", b"ate"), (b"bl", b"ble"), (b"iz", b"ize")):
        if len(word) > 2 and word.endswith(ending):
            return word[:-2] + replacement
    last = word[-1:]
    doubled = word[-2:-1] == last
    if last and doubled and not _is_vowel(last[0], False) and last not in (b"l", b"s", b"z"):
        return word[:-1]
    if _m_eq_1(word) and _cvc(word):
        return word + b"e"
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one folded word (lower case, diacritics removed)."""
    encoded = word.encode()
    if not MIN_BYTES <= len(encoded) <= MAX_BYTES:
        return word
    encoded = _step_1b(_step_1a(encoded))
    if encoded.endswith(b"y") and _has_vowel(encoded[:-1]):
        encoded = encoded[:-1] + b"i"
    for rules in (STEP_2, STEP_3, STEP_4):
        encoded = _apply(encoded, rules)
    if encoded.endswith(b"e"):
        stem_ = encoded[:-1]
        if _m_gt_1(stem_) or (_m_eq_1(stem_) and not _cvc(stem_)):
            encoded = stem_
    if len(encoded) > 1 and encoded.endswith(b"ll") and _m_gt_1(encoded[:-1]):
        encoded = encoded[:-1]
    return encoded.decode(errors="replace")
