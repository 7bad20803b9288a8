"""Refusals answered by middleware, before any route runs: a problem document for a program,
or — when the application has installed a page for people — that page for a person.

Middleware cannot know the pages' routes or render their templates; the web layer installs a
``RefusalPage`` on the application (``install_refusal_page``), which Starlette puts in the
scope as ``scope["app"]`` before any middleware runs. It decides from the scope alone whether
the reader is a person and, if so, answers the HTML and its own headers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.types import Scope, Send

from app.problem_details import PROBLEM_MEDIA_TYPE, problem_body

Headers = list[tuple[bytes, bytes]]
# (scope, status) -> (HTML page, headers describing it), or None for a problem document.
RefusalPage = Callable[[Scope, int], tuple[bytes, Headers] | None]
STATE_KEY = "refusal_page"


def install_refusal_page(app: Any, page: RefusalPage) -> None:
    """Answer ``app``'s middleware refusals with ``page`` when it returns one."""
    setattr(app.state, STATE_KEY, page)


def _refusal_page(scope: Scope) -> RefusalPage | None:
    state = getattr(scope.get("app"), "state", None)
    page: RefusalPage | None = getattr(state, STATE_KEY, None)
    return page


def _problem(scope: Scope, status: int, detail: str) -> tuple[bytes, Headers]:
    body = problem_body(status, detail, scope.get("path", ""))
    return body, [(b"content-type", PROBLEM_MEDIA_TYPE.encode())]


async def send_problem(
    scope: Scope,
    send: Send,
    status: int,
    detail: str,
    headers: Headers | None = None,
) -> None:
    """Refuse the request with ``status``; ``headers`` (``Allow``, ``Retry-After``…) describe
    the refusal and go with either representation."""
    page = _refusal_page(scope)
    answer = page(scope, status) if page is not None else None
    body, representation = answer if answer is not None else _problem(scope, status, detail)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                *representation,
                (b"content-length", str(len(body)).encode()),
                (b"cache-control", b"no-store"),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})
