"""Errors on the pages for people, as small HTML pages instead of problem documents.

The problem handlers decide what went wrong (status, detail, headers such as ``Allow`` or
``Retry-After``); this module only chooses who reads the answer. A person gets a kind page
with the same status, a way back to the topics and where to get urgent help; a program gets
the RFC 9457 problem document unchanged. The reader is a person when the route is a page
(``/``, ``/<type>/<slug>``, ``/embed/<type>/<slug>``) and the client does not prefer JSON, or
when no route matched, the path is not the API's, and the client prefers HTML (as browsers
do). Embedded pages answer without the site's navigation, so an iframe stays an iframe.

Refusals made by middleware before any route runs (rate limit, request guard) are chosen the
same way, from the address alone: ``install_error_pages`` installs ``refusal_page`` for them.

An error page is in the reader's language: the one its address names (``/es/…``), English
for the other pages' addresses, and for an address that is no page at all, the one the
browser prefers (``Accept-Language``).

Error pages get the Content-Security-Policy of every HTML page from the response-headers
middleware, which wraps every answer, unexpected errors included.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Awaitable, Callable
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment
from starlette.responses import Response
from starlette.types import Scope

from app.i18n import msg, translate
from app.middleware.problems import Headers, RefusalPage, install_refusal_page
from app.negotiation import media_weights, negotiate_language, quality
from app.record_type import API_PREFIX, home
from app.registry import TYPES
from app.search.query import MAX_QUERY_LENGTH
from app.vocabulary import Language
from app.web.languages import path_language, switches, unprefixed

Layout = Literal["page", "embed"]
Handler = Callable[[Request, Any], Response | Awaitable[Response]]

HTML_TYPES = ("text/html", "application/xhtml+xml")
JSON_TYPES = ("application/json", "application/problem+json", "application/ld+json")

MESSAGES = {
    404: (
        msg("We could not find this page"),
        msg(
            "There is no page at this address. It may have been typed or copied wrongly, or "
            "the page may have moved."
        ),
    ),
    405: (msg("This page cannot do that"), msg("This address can only be read, not sent to.")),
    414: (
        msg("This address is too long"),
        msg("Please check it, or start again from the list of topics."),
    ),
    429: (msg("Too many requests just now"), msg("Please wait a moment, then try again.")),
    503: (
        msg("This information is not available just now"),
        msg("We are getting it ready. Please try again in a few minutes."),
    ),
}
CLIENT_ERROR = (
    msg("Something in this address is not right"),
    msg(
        "We could not read part of this address. Please check it, or start again from the "
        "list of topics."
    ),
)
SERVER_ERROR = (
    msg("Something went wrong on our side"),
    msg("We are sorry. Please try again in a few minutes."),
)
# Headers that describe the problem document itself, not the error.
REPRESENTATION_HEADERS = frozenset({"content-type", "content-length"})
# Addresses of routes for programs (and their assets), which middleware refusals answer with
# a problem document whatever the client accepts, as the routes' own errors do.
PROGRAM_PREFIXES = (API_PREFIX, "/cds-services", "/fragments", "/static", "/docs", "/redoc")
PROGRAM_PATHS = frozenset({"/healthz", "/readyz", "/openapi.json"})


def html_and_json_quality(accept: str) -> tuple[float, float]:
    """How much the client wants HTML, and how much JSON. No header means anything."""
    weights = media_weights(accept) if accept.strip() else {"*/*": 1.0}
    return quality(weights, HTML_TYPES), quality(weights, JSON_TYPES)


def _layout(accept: str, path: str, *, page: bool, embed: bool, routed: bool) -> Layout | None:
    html, json = html_and_json_quality(accept)
    if page or embed:
        wants_html = html >= json
    elif not routed and not (path == API_PREFIX or path.startswith(f"{API_PREFIX}/")):
        wants_html = html > json
    else:
        return None
    if not wants_html:
        return None
    return "embed" if embed or unprefixed(path).startswith("/embed/") else "page"


def reader_layout(
    request: Request, *, pages: frozenset[str], embeds: frozenset[str]
) -> Layout | None:
    """The layout of the error page a person should see, or None for a problem document."""
    route = getattr(request.scope.get("route"), "name", None)
    return _layout(
        request.headers.get("accept", ""),
        request.url.path,
        page=route in pages,
        embed=route in embeds,
        routed=route is not None,
    )


def _page_address(path: str) -> tuple[bool, bool]:
    """Whether ``path`` is the address of a page, and of an embed, in any language (``/``,
    ``/<type>/<slug>``, ``/embed/<type>/<slug>``, and the same under ``/es``)."""
    english = unprefixed(path)
    parts = english.split("/")[1:]
    page = english == "/" or (len(parts) == 2 and parts[0] in TYPES and parts[1] != "")
    embed = len(parts) == 3 and parts[0] == "embed" and parts[1] in TYPES and parts[2] != ""
    return page, embed


def refusal_layout(path: str, accept: str) -> Layout | None:
    """``reader_layout`` before routing: the pages' routes are known by their addresses, the
    programs' by their prefixes."""
    page, embed = _page_address(path)
    english = unprefixed(path)
    routed = english in PROGRAM_PATHS or any(
        english == prefix or english.startswith(f"{prefix}/") for prefix in PROGRAM_PREFIXES
    )
    return _layout(accept, path, page=page, embed=embed, routed=routed)


def reader_language(path: str, accept_language: str) -> Language:
    """The language of an error page: the one the address names (English for the pages at the
    root), or, for an address that is no page, the one the reader's browser prefers."""
    language = path_language(path)
    if language is not Language.en or any(_page_address(path)):
        return language
    return negotiate_language(accept_language)


def _search_words(path: str, status: int) -> str:
    """For a page not found, the words of its address's last part: a mistyped slug is often
    one search away from the page that was meant."""
    if status != 404:
        return ""
    last = path.rstrip("/").rpartition("/")[2]
    return " ".join(re.findall(r"[a-z0-9]+", last.lower()))[:MAX_QUERY_LENGTH]


def error_page(
    templates: dict[Language, Environment],
    path: str,
    status: int,
    layout: Layout,
    language: Language,
) -> str:
    heading, message = MESSAGES.get(status, SERVER_ERROR if status >= 500 else CLIENT_ERROR)
    return (
        templates[language]
        .get_template("error.html")
        .render(
            status=status,
            heading=translate(language, heading),
            message=translate(language, message),
            embed=layout == "embed",
            link_target="_blank" if layout == "embed" else None,
            query=_search_words(path, status),
            switches=switches(home(language)),
        )
    )


def _headers(scope: Scope, name: bytes) -> str:
    return b", ".join(v for n, v in scope["headers"] if n == name).decode("latin-1")


def refusal_page(templates: dict[Language, Environment]) -> RefusalPage:
    """The error page for a person refused by middleware."""

    def page(scope: Scope, status: int) -> tuple[bytes, Headers] | None:
        path: str = scope["path"]
        layout = refusal_layout(path, _headers(scope, b"accept"))
        if layout is None:
            return None
        language = reader_language(path, _headers(scope, b"accept-language"))
        html = error_page(templates, path, status, layout, language).encode()
        return html, [
            (b"content-type", b"text/html; charset=utf-8"),
            (b"content-language", language.value.encode()),
        ]

    return page


def install_error_pages(
    app: FastAPI,
    templates: dict[Language, Environment],
    *,
    pages: frozenset[str],
    embeds: frozenset[str],
) -> None:
    """Wrap each installed problem handler so that people get an HTML page. ``pages`` and
    ``embeds`` name the routes of the pages for people."""
    if Exception not in app.exception_handlers:
        raise RuntimeError("install the problem handlers before the error pages")

    def for_people(handler: Handler) -> Callable[[Request, Exception], Awaitable[Response]]:
        async def answer(request: Request, exc: Exception) -> Response:
            answered = handler(request, exc)
            problem = await answered if inspect.isawaitable(answered) else answered
            layout = reader_layout(request, pages=pages, embeds=embeds)
            if layout is None:
                return problem
            headers = {
                name: value
                for name, value in problem.headers.items()
                if name not in REPRESENTATION_HEADERS
            }
            path = request.url.path
            language = reader_language(path, request.headers.get("accept-language", ""))
            return HTMLResponse(
                error_page(templates, path, problem.status_code, layout, language),
                status_code=problem.status_code,
                headers={**headers, "Content-Language": language.value},
            )

        return answer

    for key, handler in list(app.exception_handlers.items()):
        app.add_exception_handler(key, for_people(handler))
    install_refusal_page(app, refusal_page(templates))
