"""The languages search indexes, each by its analyzer: English (``app.search.english``) and
Spanish (``app.search.spanish``). The loader builds an index per language from each record's
text in it; the service opens one per language and a query names the one it searches."""

from __future__ import annotations

from app.search.analyzer import Analyzer
from app.search.english import ENGLISH
from app.search.spanish import SPANISH
from app.vocabulary import Language

ANALYZERS: dict[Language, Analyzer] = {Language.en: ENGLISH, Language.es: SPANISH}
