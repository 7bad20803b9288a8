"""RFC 9457 problem details: the one error shape of every answer, routes and middleware alike.

Neutral ground for every layer that refuses a request: the database dependency, the routers,
the pages and the middleware raise or send the same ``Problem``.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

from pydantic import BaseModel, Field
from pydantic.json_schema import SkipJsonSchema

PROBLEM_MEDIA_TYPE = "application/problem+json"
ABOUT_BLANK = "about:blank"

# RFC 9110 renamed these; Python's http module keeps the older names before 3.13.
_TITLES = {
    413: "Content Too Large",
    414: "URI Too Long",
    416: "Range Not Satisfiable",
    422: "Unprocessable Content",
}


def status_title(status: int) -> str:
    """The status phrase of RFC 9110, the ``title`` of a problem that only has a status."""
    return _TITLES.get(status) or HTTPStatus(status).phrase


class FieldError(BaseModel):
    """One invalid input: where it is (``query.limit``) and what is wrong with it."""

    location: str = Field(examples=["query.week"])
    message: str = Field(examples=["Input should be less than or equal to 45"])


class Problem(BaseModel):
    """An error, as RFC 9457 problem details."""

    type: str = Field(
        description="A URI naming the kind of problem; `about:blank` means the HTTP status says it.",
        examples=[ABOUT_BLANK],
    )
    title: str = Field(description="The HTTP status phrase.", examples=["Not Found"])
    status: int = Field(description="The HTTP status code.", examples=[404])
    detail: str = Field(
        description="What went wrong, for a person.",
        examples=["No causes record has the slug 'weak-cervix'."],
    )
    instance: str = Field(description="The path of the request.", examples=["/v1/causes/x"])
    # Absent rather than null when there is nothing to list: answers leave out None.
    errors: list[FieldError] | SkipJsonSchema[None] = Field(
        default=None, description="For invalid input (422): each invalid parameter."
    )


class ProblemError(Exception):
    """Raised anywhere to answer with a problem document."""

    def __init__(self, status: int, detail: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers


NOT_LOADED = "The dataset is not loaded yet."
"""The detail of the 503 every route that reads the dataset answers before one is open."""


def problem_document(status: int, detail: str, instance: str) -> dict[str, Any]:
    """A problem with only a status, as it is sent (and as examples in the OpenAPI document
    show it)."""
    return {
        "type": ABOUT_BLANK,
        "title": status_title(status),
        "status": status,
        "detail": detail,
        "instance": instance,
    }


def problem_body(status: int, detail: str, instance: str) -> bytes:
    """``problem_document`` as the bytes sent, for layers below the framework (middleware,
    the server's own refusals)."""
    return json.dumps(problem_document(status, detail, instance), separators=(",", ":")).encode()
