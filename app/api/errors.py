"""The handlers that answer every route's errors as RFC 9457 problem details
(``app.problem_details``), and the problem responses each route declares in OpenAPI."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.problem_details import (
    ABOUT_BLANK,
    NOT_LOADED,
    PROBLEM_MEDIA_TYPE,
    FieldError,
    Problem,
    ProblemError,
    problem_document,
    status_title,
)

logger = logging.getLogger("app.errors")


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


def query_parameters(route: APIRoute) -> frozenset[str] | None:
    """The query parameters ``route`` (and its dependencies) declare, or None when a model of
    them decides what it accepts."""
    names: set[str] = set()
    pending = [route.dependant]
    while pending:
        dependant = pending.pop()
        for field in dependant.query_params:
            if isinstance(field.field_info.annotation, type) and issubclass(
                field.field_info.annotation, BaseModel
            ):
                return None
            names.add(field.alias)
        pending.extend(dependant.dependencies)
    return frozenset(names)


async def reject_unknown_parameters(request: Request) -> None:
    """An API route refuses a parameter it does not know, as every list does, so that a typo
    never passes silently and made-up parameters never make another answer to compute and
    cache. The pages for people (not in the schema) ignore them instead."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute) or not route.include_in_schema:
        return
    declared = query_parameters(route)
    if declared is None:
        return
    unknown = sorted({name for name in request.query_params if name not in declared})
    if unknown:
        raise RequestValidationError(
            [
                {"loc": ("query", name), "msg": "Extra inputs are not permitted", "type": "extra"}
                for name in unknown
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


def invalid_input(location: str, message: str, instance: str = "") -> dict[str, Any]:
    """An example of the 422 a route answers for one invalid input."""
    return {
        **problem_document(422, f"Invalid input: {location}.", instance),
        "errors": [{"location": location, "message": message}],
    }


# Examples true of any route that declares the status. An example without an ``instance`` is
# given its route's example path where the OpenAPI document is shaped (``app.openapi``).
_RESPONSE_EXAMPLES: dict[int, dict[str, Any]] = {
    422: invalid_input("query.limit", "Input should be greater than or equal to 1"),
    503: problem_document(503, NOT_LOADED, ""),
}


def problem_response_entry(status: int, example: dict[str, Any]) -> dict[str, Any]:
    """One OpenAPI ``responses=`` entry: a problem with this status, and an example of it."""
    return {
        "model": Problem,
        "description": status_title(status),
        "content": {PROBLEM_MEDIA_TYPE: {"example": example}},
    }


def problem_responses(
    *statuses: int, examples: dict[int, dict[str, Any]] | None = None
) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries for the problems a route itself can answer with: each
    with the route's own example where it gives one (``examples``, by status), else one true
    of any route (an invalid `limit`, the dataset not loaded yet). Those that middleware
    answers before any route runs (a body on GET, an oversized URL or headers, too many
    requests) are added to the document by path and method, as the middleware decides them
    (see app.openapi)."""
    given = examples or {}
    return {
        status: problem_response_entry(status, given.get(status) or _RESPONSE_EXAMPLES[status])
        for status in sorted({*statuses, *given})
    }
