"""The language of an answer, chosen once for every route that serves content: an explicit
``lang`` wins; else ``Accept-Language`` decides, quality values honoured
(``app.negotiation.negotiate_language``); else English. The answer says which in
``Content-Language``; the response cache keys and tags each language apart and sends
``Vary: Accept-Language`` (``app.middleware.caching``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Header, Query, Response

from app.negotiation import negotiate_language
from app.vocabulary import Language

LANG = "lang"
"""The query parameter that names the language; it is this module's, whatever route it is on."""

LangQuery = Annotated[
    Language | None,
    Query(
        alias=LANG,
        description="The language of the answer: `en` (English) or `es` (Spanish). Without "
        "it, `Accept-Language` decides (`es-MX` is `es`; quality values count); without "
        "either, English. A field with no text yet in the language asked for comes in "
        "English and is named in the record's `fallback_fields`. The answer's "
        "`Content-Language` says the language it is in.",
    ),
]
AcceptLanguage = Annotated[
    str | None,
    Header(
        alias="Accept-Language",
        description="The languages the reader prefers, with quality values (`es-MX, es;q=0.9, "
        "en;q=0.5`): the first served of the most preferred is used (English or Spanish), "
        "when `lang` is not given.",
    ),
]


def chosen_language(lang: Language | None, accept_language: str | None) -> Language:
    """``lang``, else the language ``Accept-Language`` prefers, else English."""
    return lang or negotiate_language(accept_language or "")


def answer_in(response: Response, language: Language) -> Language:
    """Say ``language`` is the answer's, in ``Content-Language`` (FastAPI copies this header to
    the route's answer when the route returns a model; a route that builds its own response
    says it there)."""
    response.headers["Content-Language"] = language.value
    return language


async def get_language(
    response: Response, lang: LangQuery = None, accept_language: AcceptLanguage = None
) -> Language:
    """The language of the answer: ``lang``, else ``Accept-Language``, else English."""
    return answer_in(response, chosen_language(lang, accept_language))


LanguageDep = Annotated[Language, Depends(get_language)]


def without_lang(data: Any) -> Any:
    """A route's query parameters as its query model reads them: ``lang`` is the language
    dependency's, not the model's, so a model that refuses unknown parameters still takes it."""
    if isinstance(data, dict) and LANG in data:
        return {name: value for name, value in data.items() if name != LANG}
    return data
