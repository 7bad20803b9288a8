"""The pages for people in each language: where each language's pages live (English at the
root, Spanish under ``/es``), a template environment per language (Jinja's i18n extension
with that language's catalog, ``app.i18n``), and the links from a page to the same page in
the other languages: ``hreflang`` alternates for search engines and a visible switch.

A page's language is in its address, so a link, a bookmark or a printed page keeps it; ``lang``
on a page's address moves to the page in that language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape

from app.i18n import gettext
from app.record_type import home, language_prefix
from app.vocabulary import LANGUAGE_NAMES, Language

TEMPLATE_DIR = Path(__file__).parent / "templates"
X_DEFAULT = Language.en
"""The language of a page's ``x-default`` alternate: for readers whose language has no page."""


def path_language(path: str) -> Language:
    """The language of the page at ``path``: the one whose prefix starts it, else English."""
    for language in Language:
        prefix = language_prefix(language)
        if prefix and (path == prefix or path.startswith(f"{prefix}/")):
            return language
    return Language.en


def unprefixed(path: str) -> str:
    """``path`` without its language's prefix: the English page's path (``/es/x`` → ``/x``)."""
    prefix = language_prefix(path_language(path))
    return path[len(prefix) :] or "/"


def in_language(path: str, language: Language) -> str:
    """The same page as ``path`` in ``language``."""
    english = unprefixed(path)
    return home(language) if english == "/" else f"{language_prefix(language)}{english}"


def alternates(path: str, base_url: str) -> list[dict[str, str]]:
    """``<link rel="alternate" hreflang>`` of the page at ``path``: the page in every language,
    itself included, and ``x-default``; absolute, as search engines want them."""
    base = base_url.rstrip("/")
    found = [
        {"hreflang": language.value, "href": base + in_language(path, language)}
        for language in Language
    ]
    found.append({"hreflang": "x-default", "href": base + in_language(path, X_DEFAULT)})
    return found


def switches(path: str, query: dict[str, str] | None = None) -> list[dict[str, str]]:
    """The links to the page at ``path`` in each other language, named in that language (the
    page's own query kept: a search stays a search)."""
    here = path_language(path)
    kept = f"?{urlencode(query)}" if query else ""
    return [
        {
            "code": language.value,
            "name": LANGUAGE_NAMES[language],
            "href": in_language(path, language) + kept,
        }
        for language in Language
        if language is not here
    ]


def environment(language: Language, **shared: Any) -> Environment:
    """The templates in ``language``: ``_()`` translates with its catalog; ``shared`` (and the
    language, its browse page) are there for every template."""
    templates = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    translated = gettext(language)
    templates.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=translated,
        ngettext=lambda one, many, n: translated(one if n == 1 else many),
        newstyle=True,
    )
    templates.globals.update(
        lang=language.value, home=home(language), alternates=[], switches=[], **shared
    )
    return templates
