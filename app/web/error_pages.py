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

from app.middleware.problems import Headers, RefusalPage, install_refusal_page
from app.negotiation import media_weights, quality
from app.record_type import API_PREFIX
from app.registry import TYPES
from app.search.query import MAX_QUERY_LENGTH

Layout = Literal["page", "embed"]
Handler = Callable[[Request, Any], Response | Awaitable[Response]]

HTML_TYPES = ("text/html", "application/xhtml+xml")
JSON_TYPES = ("application/json", "application/problem+json", "application/ld+json")

MESSAGES = {
    404: (
        "We could not find this page",
        "There is no page at this address. It may have been typed or copied wrongly, or the "
        "page may have moved.",
    ),
    405: ("This page cannot do that", "This address can only be read, not sent to."),
    414: (
        "This address is too long",
        "Please check it, or start again from the list of topics.",
    ),
    429: ("Too many requests just now", "Please wait a moment, then try again."),
    503: (
        "This information is not available just now",
        "We are getting it ready. Please try again in a few minutes.",
    ),
}
CLIENT_ERROR = (
    "Something in this address is not right",
    "We could not read part of this address. Please check it, or start again from the list "
    "of topics.",
)
SERVER_ERROR = (
    "Something went wrong on our side",
    "We are sorry. Please try again in a few minutes.",
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
    return "embed" if embed or path.startswith("/embed/") else "page"


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


def refusal_layout(path: str, accept: str) -> Layout | None:
    """``reader_layout`` before routing: the pages' routes are known by their addresses (``/``,
    ``/<type>/<slug>``, ``/embed/<type>/<slug>``), the programs' by their prefixes."""
    parts = path.split("/")[1:]
    page = path == "/" or (len(parts) == 2 and parts[0] in TYPES and parts[1] != "")
    embed = len(parts) == 3 and parts[0] == "embed" and parts[1] in TYPES and parts[2] != ""
    routed = path in PROGRAM_PATHS or any(
        path == prefix or path.startswith(f"{prefix}/") for prefix in PROGRAM_PREFIXES
    )
    return _layout(accept, path, page=page, embed=embed, routed=routed)


def _search_words(path: str, status: int) -> str:
    """For a page not found, the words of its address's last part: a mistyped slug is often
    one search away from the page that was meant."""
    if status != 404:
        return ""
    last = path.rstrip("/").rpartition("/")[2]
    return " ".join(re.findall(r"[a-z0-9]+", last.lower()))[:MAX_QUERY_LENGTH]


def error_page(templates: Environment, path: str, status: int, layout: Layout) -> str:
    heading, message = MESSAGES.get(status, SERVER_ERROR if status >= 500 else CLIENT_ERROR)
    return templates.get_template("error.html").render(
        status=status,
        heading=heading,
        message=message,
        embed=layout == "embed",
        query=_search_words(path, status),
    )


def refusal_page(templates: Environment) -> RefusalPage:
    """The error page for a person refused by middleware."""
    content_type = b"text/html; charset=utf-8"

    def page(scope: Scope, status: int) -> tuple[bytes, Headers] | None:
        accept = b", ".join(v for n, v in scope["headers"] if n == b"accept").decode("latin-1")
        path: str = scope["path"]
        layout = refusal_layout(path, accept)
        if layout is None:
            return None
        html = error_page(templates, path, status, layout).encode()
        return html, [(b"content-type", content_type)]

    return page


def install_error_pages(
    app: FastAPI,
    templates: Environment,
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
            return HTMLResponse(
                error_page(templates, request.url.path, problem.status_code, layout),
                status_code=problem.status_code,
                headers=headers,
            )

        return answer

    for key, handler in list(app.exception_handlers.items()):
        app.add_exception_handler(key, for_people(handler))
    install_refusal_page(app, refusal_page(templates))
