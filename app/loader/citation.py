"""Formatting a reference as a Vancouver-style citation string."""

from __future__ import annotations

from app.loader.schemas import Reference

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MAX_AUTHORS = 6


def _sentence(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else f"{text}."


def format_citation(reference: Reference, organization_name: str | None = None) -> str:
    """``Michels TC, Tiu AY. Second trimester pregnancy loss. Am Fam Physician. 2007;76(9):…``."""
    parts: list[str] = []
    author = None
    if reference.authors:
        names = list(reference.authors[:MAX_AUTHORS])
        if len(reference.authors) > MAX_AUTHORS:
            names.append("et al")
        author = ", ".join(names)
    else:
        author = organization_name or reference.publisher
    if author:
        parts.append(_sentence(author))
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
        publisher = reference.publisher if reference.publisher != author else None
        source = "; ".join(part for part in (publisher, date) if part)
        if source:
            parts.append(_sentence(source))
    if reference.doi:
        parts.append(f"doi:{reference.doi}.")
    if reference.pmid:
        parts.append(f"PMID: {reference.pmid}.")
    return " ".join(parts)
