"""Snippets: where a query matched a record, a window of words around it, HTML-escaped, the
matched words in ``<mark>``. Words are marked in folded text (``app.search.text``) by the first
letters of their stems, found with ``str.find``: no expression is compiled per query."""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from app.search.index import SearchIndex
from app.search.query import ParsedQuery
from app.search.text import fold_in_place, fold_with_origins

SNIPPET_WORDS = 24
# The rest of a word, once its start is found.
WORD_TAIL = re.compile(r"\w*")


@dataclass(frozen=True)
class Highlighter:
    """Marks the words that start with any of ``roots`` in folded text: what the regular
    expression ``\b(?:root|…)\\w*`` marks, found with ``str.find``, so that no expression is
    compiled per query."""

    roots: tuple[str, ...]  # longest first

    def _starts(self, folded: str, low: int, high: int) -> list[int]:
        found = []
        for root in self.roots:
            position = folded.find(root, low, high)
            while position >= 0:
                if position == 0 or not _is_word(folded[position - 1]):
                    found.append(position)
                position = folded.find(root, position + 1, high)
        return sorted(set(found))

    def first(self, folded: str) -> int:
        """Where the first marked word begins, or -1."""
        best = -1
        for root in self.roots:
            position = folded.find(root)
            while position > 0 and _is_word(folded[position - 1]):
                position = folded.find(root, position + 1)
            if position >= 0 and (best < 0 or position < best):
                best = position
        return best

    def spans(self, folded: str, low: int = 0, high: int | None = None) -> list[tuple[int, int]]:
        """The marked words in ``folded[low:high]``, as (start, end)."""
        end = len(folded) if high is None else high
        spans: list[tuple[int, int]] = []
        for start in self._starts(folded, low, end):
            if spans and start < spans[-1][1]:
                continue
            word = WORD_TAIL.match(folded, start)
            stop = word.end() if word else start
            if stop > start:
                spans.append((start, stop))
        return spans


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def highlighter(parsed: ParsedQuery, index: SearchIndex) -> Highlighter | None:
    """Words to mark, in folded text: each query word by the first letters of its stem, so
    other forms of it match too, and a word and its plural mark the same words. Stop-words
    and single letters are never marked, nor are they in the phrases a lay word means
    ("dilation and curettage" marks no "and")."""
    stems = set()
    stop_words = index.analyzer.stop_words
    for word in (*parsed.terms, *(w for phrase in parsed.phrases for w in phrase.split())):
        if len(word) < 2 or word in stop_words:
            continue
        root = index.analyzer.stem(word)
        stems.add(root if len(root) <= 4 else root[: max(4, len(root) - 2)])
    if not stems:
        return None
    return Highlighter(tuple(sorted(stems, key=len, reverse=True)))


def _matches(text: str, pattern: Highlighter) -> list[tuple[int, int]]:
    """Where ``pattern`` matches ``text`` once folded, as spans of ``text`` itself: "cafe"
    marks "Café"."""
    folded, origins = fold_with_origins(text)
    # A match ends where the next folded character begins, so a diacritic typed as a character
    # of its own stays with its letter.
    ends = [*origins[1:], len(text)]
    return [(origins[start], ends[end - 1]) for start, end in pattern.spans(folded)]


def summary_snippet(
    text: str, folded: str, at: tuple[list[int], list[int]], pattern: Highlighter
) -> str | None:
    """The snippet of a summary folded in place and split into words (``at``), or None when
    no word of the query is in it."""
    first = pattern.first(folded)
    if first < 0:
        return None
    starts, ends = at
    holding = max(bisect_right(starts, first) - 1, 0)
    low_word = max(holding - SNIPPET_WORDS // 3, 0)
    high_word = min(low_word + SNIPPET_WORDS, len(starts))
    bounds = (starts[low_word], ends[high_word - 1])
    return _window(text, pattern.spans(folded, *bounds), bounds)


def snippet(
    texts: Iterable[str],
    pattern: Highlighter | None,
    folded_texts: Iterable[str | None] | None = None,
) -> str:
    """A window of the first text that matches, HTML-escaped, matches in ``<mark>``.
    ``folded_texts``, when given, are the texts already folded in place (``None`` where
    folding moves positions), as the index keeps them."""
    given = list(texts)
    known = list(folded_texts) if folded_texts is not None else [None] * len(given)
    pairs = [(text, done) for text, done in zip(given, known, strict=True) if text]
    candidates = [text for text, _ in pairs]
    if pattern is not None:
        for candidate, done in pairs:
            folded, origins = (done, None) if done is not None else fold_in_place(candidate)
            first = pattern.first(folded)
            if first < 0:
                continue
            if origins is not None:
                spans = _matches(candidate, pattern)
                if spans:
                    return _window(candidate, spans, _window_bounds(candidate, spans[0][0]))
                continue
            # Positions do not move: only the window's own matches are read.
            bounds = _window_bounds(candidate, first)
            return _window(candidate, pattern.spans(folded, *bounds), bounds)
    words = candidates[0].split() if candidates else []
    shown = html.escape(" ".join(words[:SNIPPET_WORDS]), quote=False)
    return shown + ("…" if len(words) > SNIPPET_WORDS else "")


# Characters looked at before a match for the words that lead into its window.
LEAD_CHARACTERS = 240
# Up to ``SNIPPET_WORDS`` words, from a word's start.
WINDOW = re.compile(rf"\S+(?:\s+\S+){{0,{SNIPPET_WORDS - 1}}}")


def _window_bounds(candidate: str, first: int) -> tuple[int, int]:
    """Where the window around a match at ``first`` begins and ends: up to a third of
    ``SNIPPET_WORDS`` words before the word the match is in, ``SNIPPET_WORDS`` in all."""
    lead = SNIPPET_WORDS // 3
    start = _word_start(candidate, first)
    base = max(0, start - LEAD_CHARACTERS)
    segment = candidate[base:start]
    words = segment.rsplit(None, lead)
    if base > 0 and len(words) <= lead:
        words = words[1:]  # the segment begins inside a word: leave that word out
    elif len(words) > lead:
        words = words[1:]
    low = len(segment)
    for word in reversed(words):
        low = segment.rindex(word, 0, low)
    low += base
    found = WINDOW.match(candidate, low)
    return low, found.end() if found else low


def _window(candidate: str, spans: list[tuple[int, int]], bounds: tuple[int, int]) -> str:
    """The window ``bounds`` of ``candidate``, HTML-escaped, the ``spans`` in it marked."""
    low, high = bounds
    skipped = low > 0 and not candidate[:low].isspace()
    more = bool(candidate[high:].strip())
    parts: list[str] = []
    position = low
    for begin, end in spans:
        if begin < position or end > high:
            continue
        parts.append(html.escape(candidate[position:begin], quote=False))
        parts.append(f"<mark>{html.escape(candidate[begin:end], quote=False)}</mark>")
        position = end
    parts.append(html.escape(candidate[position:high], quote=False))
    prefix = "…" if skipped else ""
    suffix = "…" if more else ""
    return f"{prefix}{' '.join(''.join(parts).split())}{suffix}"


def _word_start(text: str, position: int) -> int:
    """Where the word holding ``position`` begins (the word ends before ``position`` when
    ``position`` is a space)."""
    start = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position))
    while start >= 0 and not text[start].isspace():
        start -= 1  # another kind of space (a tab)
    return start + 1
