"""What a record offers search besides its text: the names it completes from (suggest) and
the phone numbers written in it (a query that is a number finds the organization)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.phones import dialled
from app.search.text import normalize
from app.vocabulary import HURTFUL

# A number as people write a phone number: digits with spaces, dots or hyphens between them,
# and perhaps the letters of a vanity number at the end ("1-800-799-SAFE").
PHONE = re.compile(r"\d[\d .\-]*\d(?:-[A-Za-z]{2,})*")
MIN_PHONE_DIGITS = 3


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


def phone_numbers(text: str) -> list[str]:
    """The numbers written in a text, as dialled, that could be a phone number or a short
    code ("1-800-799-SAFE (7233)": 18007997233 and 7233; "Text HOME to 741741": 741741;
    "116 123": 116123): a number of two digits or fewer never is."""
    found = []
    for number in PHONE.findall(text):
        digits = dialled(number)
        if len(digits) >= MIN_PHONE_DIGITS:
            found.append(digits)
    return found


def suggestions_for(
    type_name: str,
    slug: str,
    name: str,
    aliases: str,
    summary: str,
    outdated: frozenset[str] | None = None,
) -> list[Completion]:
    """The names a record completes from. The other names of a citation are its authors, not
    names. A hurtful other name ("habitual abortion", as ``app.loader.lint`` defines them in
    English, or "aborto habitual", a term the Spanish glossary avoids: the loader lists a
    document's in ``outdated``) is matched but shown as the record's own name; a cited title
    that uses such a term is left to full search."""
    hurts = (lambda text: bool(HURTFUL.search(text))) if outdated is None else outdated.__contains__
    if hurts(name):
        return []
    found = [Completion(name, normalize(name), type_name, slug, name, summary)]
    if type_name == "references":
        return found
    for other in aliases.splitlines():
        if other:
            shown = name if hurts(other) else other
            found.append(
                Completion(shown, normalize(other), type_name, slug, name, summary, is_name=False)
            )
    return found
