"""The service's own words: every word the code shows has its Spanish in the catalog, the
catalog holds nothing else, and each translation keeps its placeholders."""

from __future__ import annotations

import ast
import datetime as dt
import re
import typing
from collections.abc import Iterator
from enum import Enum

import yaml

from app.config import PROJECT_ROOT
from app.i18n import LOCALES, catalog, long_date, translate
from app.registry import CITED_BY_TITLE, TYPES
from app.vocabulary import Language, Trimester
from app.web.languages import TEMPLATE_DIR, environment

PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def template_words() -> Iterator[str]:
    """The words the templates translate with ``_()``."""
    templates = environment(Language.en)
    for path in sorted(TEMPLATE_DIR.glob("*.html")):
        extracted = templates.extract_translations(path.read_text())  # type: ignore[attr-defined]
        for _, _, message in extracted:
            yield message if isinstance(message, str) else message[0]


def marked_words() -> Iterator[str]:
    """The words the code marks with ``msg("…")``."""
    for path in sorted((PROJECT_ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "msg"
            ):
                (argument,) = node.args
                assert isinstance(argument, ast.Constant), f"{path}: msg() takes a literal"
                assert isinstance(argument.value, str), f"{path}: msg() takes a string"
                yield argument.value


def registry_words() -> Iterator[str]:
    """The registry's labels, and the vocabulary values its facts show as words."""
    yield CITED_BY_TITLE
    for record_type in TYPES.values():
        yield from (record_type.singular, record_type.plural)
        if record_type.linked_title:
            yield record_type.linked_title
        yield from (link.reverse_title for link in record_type.links if link.reverse_title)
        for fact in record_type.facts:
            yield fact.label
            if fact.shown_as == "trimesters":
                yield from (trimester.value for trimester in Trimester)
            if fact.shown_as in ("capitalized", "changeable"):
                annotation = record_type.detail.model_fields[fact.field].annotation
                for vocabulary in (annotation, *typing.get_args(annotation)):
                    if isinstance(vocabulary, type) and issubclass(vocabulary, Enum):
                        for value in vocabulary:
                            yield value.value.replace("-", " ").capitalize()


def words() -> set[str]:
    return {*template_words(), *marked_words(), *registry_words()}


def test_every_word_shown_is_in_the_spanish_catalog_and_no_other() -> None:
    spanish = catalog(Language.es)
    assert sorted(words() - set(spanish)) == []
    assert sorted(set(spanish) - words()) == []


def test_the_catalog_lists_each_word_once_and_translates_each() -> None:
    entries = yaml.safe_load((LOCALES / "es.yaml").read_text(encoding="utf-8"))
    english = [entry["en"] for entry in entries]
    assert len(english) == len(set(english))
    assert all(set(entry) == {"en", "es"} and entry["es"].strip() for entry in entries)


def test_translations_keep_their_placeholders_and_format() -> None:
    for english, spanish in catalog(Language.es).items():
        assert sorted(PLACEHOLDER.findall(english)) == sorted(PLACEHOLDER.findall(spanish)), english
        values = dict.fromkeys(PLACEHOLDER.findall(english), "x")
        spanish % values  # no stray percent sign


def test_every_language_but_english_has_a_catalog_and_a_help_box() -> None:
    for language in Language:
        assert (TEMPLATE_DIR / f"help_{language.value}.html").is_file()
        if language is not Language.en:
            assert (LOCALES / f"{language.value}.yaml").is_file()


def test_dates_as_each_language_writes_them() -> None:
    date = dt.date(2026, 11, 29)
    assert long_date(date, Language.en) == "29 November 2026"
    assert long_date(date, Language.es) == "29 de noviembre de 2026"
    assert translate(Language.en, "Weeks %(start)s to %(end)s", start=13, end=27) == (
        "Weeks 13 to 27"
    )
    assert translate(Language.es, "Weeks %(start)s to %(end)s", start=13, end=27) == (
        "De la semana 13 a la 27"
    )
