"""Formatting a reference as a Vancouver-style citation string."""

from __future__ import annotations

import re

from app.loader.schemas import Reference

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MAX_AUTHORS = 6


def _sentence(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else f"{text}."


def _same_name(text: str) -> str:
    """How a name compares with another: case, spacing, apostrophes, end stops and a leading
    "The" do not count, so "The Miscarriage Association." names the same as "Miscarriage
    Association"."""
    text = re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip().rstrip(".?!").strip()
    return text.casefold().removeprefix("the ")


def format_citation(reference: Reference, organization_name: str | None = None) -> str:
    """``Michels TC, Tiu AY. Second trimester pregnancy loss. Am Fam Physician. 2007;76(9):…``.

    An organization's home page often has the organization's name as author, title and
    publisher; each is said once (``Sands.``, not ``Sands. Sands.``).
    """
    parts: list[str] = []
    said: set[str] = set()

    def say(text: str | None) -> bool:
        if not text or _same_name(text) in said:
            return False
        said.add(_same_name(text))
        return True

    author = None
    if reference.authors:
        names = list(reference.authors[:MAX_AUTHORS])
        if len(reference.authors) > MAX_AUTHORS:
            names.append("et al")
        author = ", ".join(names)
    else:
        author = organization_name or reference.publisher
    if author and say(author):
        parts.append(_sentence(author))
    if say(reference.title):
        parts.append(_sentence(reference.title))
    date = " ".join(
        str(part)
        for part in (reference.year, MONTHS[reference.month - 1] if reference.month else None)
        if part
    )
    if reference.journal:
        source = f"{reference.journal}."
        if date:
            source += f" {date}"
        if reference.volume:
            source += f";{reference.volume}"
        if reference.issue:
            source += f"({reference.issue})"
        if reference.pages:
            source += f":{reference.pages}"
        parts.append(_sentence(source))
    else:
        publisher = reference.publisher if say(reference.publisher) else None
        source = "; ".join(part for part in (publisher, date) if part)
        if source:
            parts.append(_sentence(source))
    if reference.doi:
        parts.append(f"doi:{reference.doi}.")
    if reference.pmid:
        parts.append(f"PMID: {reference.pmid}.")
    return " ".join(parts)
