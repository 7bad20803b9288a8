"""RFC 9457 problem details: the one error shape of every route, and the handlers that make it."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from pydantic.json_schema import SkipJsonSchema
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_MEDIA_TYPE = "application/problem+json"
ABOUT_BLANK = "about:blank"

logger = logging.getLogger("app.errors")

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


def problem_response(
    request: Request,
    status: int,
    detail: str,
    *,
    errors: list[FieldError] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    problem = Problem(
        type=ABOUT_BLANK,
        title=status_title(status),
        status=status,
        detail=detail,
        instance=request.url.path,
        errors=errors,
    )
    return JSONResponse(
        problem.model_dump(exclude_none=True),
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


_DETAILS = {
    404: "There is nothing at this address.",
    405: "This address answers only GET, HEAD and OPTIONS.",
}


async def _problem_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProblemError)
    return problem_response(request, exc.status, exc.detail, headers=exc.headers)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if exc.detail != HTTPStatus(exc.status_code).phrase else None
    return problem_response(
        request,
        exc.status_code,
        detail or _DETAILS.get(exc.status_code, HTTPStatus(exc.status_code).description),
        headers=dict(exc.headers) if exc.headers else None,
    )


def _location(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc)


async def reject_repeated_parameters(request: Request) -> None:
    """A parameter given twice is an error, not a silent choice of one of the values."""
    seen: set[str] = set()
    repeated = []
    for name, _ in request.query_params.multi_items():
        if name in seen and name not in repeated:
            repeated.append(name)
        seen.add(name)
    if repeated:
        raise RequestValidationError(
            [
                {
                    "loc": ("query", name),
                    "msg": "Parameter given more than once",
                    "type": "repeated",
                }
                for name in repeated
            ]
        )


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        FieldError(location=_location(error["loc"]), message=str(error["msg"]))
        for error in exc.errors()
    ]
    names = ", ".join(sorted({error.location for error in errors}))
    return problem_response(request, 422, f"Invalid input: {names}.", errors=errors)


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("unhandled error on %s", request.url.path, exc_info=exc)
    return problem_response(request, 500, "Something went wrong on our side. Please try again.")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ProblemError, _problem_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected_error)


def problem_example(status: int, detail: str, instance: str) -> dict[str, Any]:
    """A problem document as the server would send it, for the OpenAPI document."""
    return {
        "type": ABOUT_BLANK,
        "title": status_title(status),
        "status": status,
        "detail": detail,
        "instance": instance,
    }


_RESPONSE_EXAMPLES: dict[int, dict[str, Any]] = {
    404: problem_example(
        404, "No causes record has the slug 'weak-cervix'.", "/v1/causes/weak-cervix"
    ),
    422: {
        **problem_example(422, "Invalid input: query.week.", "/v1/causes"),
        "errors": [
            {"location": "query.week", "message": "Input should be less than or equal to 45"}
        ],
    },
    503: problem_example(503, "The dataset is not loaded yet.", "/v1/causes"),
}


def problem_response_entry(status: int, example: dict[str, Any]) -> dict[str, Any]:
    """One OpenAPI ``responses=`` entry: a problem with this status, and an example of it."""
    return {
        "model": Problem,
        "description": status_title(status),
        "content": {PROBLEM_MEDIA_TYPE: {"example": example}},
    }


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries for the problems a route itself can answer with. Those
    that middleware answers before any route runs (a body on GET, an oversized URL or headers,
    too many requests) are added to the document by path and method, as the middleware
    decides them (see app.api.response_headers)."""
    return {
        status: problem_response_entry(status, _RESPONSE_EXAMPLES[status])
        for status in sorted(statuses)
    }


def problem_media_type_only(spec: dict[str, Any]) -> dict[str, Any]:
    """Declare problem responses as ``application/problem+json`` alone.

    FastAPI files a response ``model`` under ``application/json``; problems are never sent as
    that, so the schema moves to the problem media type, where the example already is.
    """
    for path in spec.get("paths", {}).values():
        for operation in path.values():
            for response in operation.get("responses", {}).values():
                content = response.get("content", {})
                if PROBLEM_MEDIA_TYPE in content and "application/json" in content:
                    content[PROBLEM_MEDIA_TYPE]["schema"] = content.pop("application/json")[
                        "schema"
                    ]
    return spec
