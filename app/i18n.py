"""The service's own words in each language: the pages' headings, labels and help box, the
disclaimer, the CDS Hooks cards. Record text is not here: it is data, translated beside each
record in ``data/``.

As gettext has it, the English text is the key: templates say ``_("Key facts")``, Python
marks its words with ``msg("…")`` where they are written and translates them where they are
shown, and a catalog per language (``app/locales/<code>.yaml``: a list of ``{en, <code>}``
pairs, as ``data/glossary.yaml`` is written) gives the other language. Placeholders are
``%(name)s``. English needs no catalog; a test holds every other catalog to the words the code
uses, no more, no less.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from pathlib import Path

import yaml

from app.vocabulary import Language

LOCALES = Path(__file__).parent / "locales"


def msg(text: str) -> str:
    """Mark ``text`` as words of the catalogs (gettext's ``N_``): it is returned as it is and
    translated where it is shown."""
    return text


MONTHS = (
    msg("January"), msg("February"), msg("March"), msg("April"), msg("May"), msg("June"),
    msg("July"), msg("August"), msg("September"), msg("October"), msg("November"),
    msg("December"),
)  # fmt: skip


@cache
def catalog(language: Language) -> dict[str, str]:
    """The translations of the service's words into ``language`` (English text → its
    translation); none for English."""
    if language is Language.en:
        return {}
    path = LOCALES / f"{language.value}.yaml"
    entries: list[dict[str, str]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {entry["en"]: entry[language.value] for entry in entries}


def translate(language: Language, text: str, **values: object) -> str:
    """``text`` in ``language`` (as written, when the catalog lacks it), placeholders filled."""
    translated = catalog(language).get(text, text)
    return translated % values if values else translated


def gettext(language: Language) -> Callable[[str], str]:
    """The translation function of ``language``, as Jinja's i18n extension calls it."""
    messages = catalog(language)
    return lambda text: messages.get(text, text)


def long_date(date: dt.date, language: Language) -> str:
    """A date as people read it: "29 November 2026", "29 de noviembre de 2026"."""
    return translate(
        language,
        msg("%(day)s %(month)s %(year)s"),
        day=date.day,
        month=translate(language, MONTHS[date.month - 1]),
        year=date.year,
    )
