"""The OpenAPI document: the API's description and tags, readable operation ids, and one pass
that shapes what FastAPI generates into what clients are generated from.

The pass says, on every operation: problem responses as ``application/problem+json`` alone;
optional parameters as the type they have when given (never nullable); and what middleware
does around the routes, which FastAPI cannot see — the headers every answer carries, the
``If-None-Match`` and ``304`` of every cached GET, and the problems a request can be refused
with before it reaches a route, with the limits of the settings in force, and the 422 of a parameter a route does not know.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

from app.api.language import LANG
from app.config import Settings
from app.middleware.caching import cache_control
from app.middleware.guard import MAX_POST_BYTES
from app.middleware.ratelimit import EXEMPT_PATHS
from app.problem_details import PROBLEM_MEDIA_TYPE, problem_document, status_title
from app.registry import TYPES

API_VERSION = "1.0.0"
CONTACT = {"name": "Pregnancy Loss Information API: the maintainers of this service"}
SERVERS = [
    {
        "url": "/",
        "description": "This service: paths are relative to the address the document was "
        "fetched from.",
    }
]

DESCRIPTION = """
Curated, cited information about pregnancy loss — miscarriage, stillbirth and related
conditions — as typed JSON.

* **Lists** (`GET /v1/<type>`) return `{"items", "total", "limit", "offset"}` with RFC 8288
  `Link` headers; `limit` defaults to 20, and values above 100 are treated as 100.
* **Details** (`GET /v1/<type>/<slug>`) embed linked records as summaries and references as
  full citations.
* **Errors** are RFC 9457 `application/problem+json`.
* **Languages**: English (`en`) and Spanish (`es`). Every content route takes `lang`;
  without it, `Accept-Language` decides, quality values honoured (`es-MX` is `es`); without
  either, English. Answers say their language in `Content-Language` and vary with
  `Accept-Language`. A field with no text yet in the language asked for comes in English and
  is named in the record's `fallback_fields`; `/v1/meta` says how complete each language is.
  An unknown `lang` is a `422`.
* **Caching**: every answer has a strong `ETag` (one per language); send `If-None-Match` for
  a `304`.
* **Limits**: each client may make a burst of requests and then a steady rate; see the
  `RateLimit-Policy` and `RateLimit` headers. Over the limit: `429` with `Retry-After`.

The content is general information, not medical advice: show the disclaimer from `/v1/meta`
with it.
"""

TAGS = [
    *({"name": name, "description": record_type.docs.tag} for name, record_type in TYPES.items()),
    {"name": "search", "description": "One search over every record, and name completion."},
    {
        "name": "lookup",
        "description": "Content by clinical code (ICD-10-CM, SNOMED CT, Infobutton).",
    },
    {
        "name": "changes",
        "description": "What changed since a dataset version, removals included: for apps "
        "that keep the content offline and in sync.",
    },
    {
        "name": "export",
        "description": "Every record in one download (NDJSON), for apps that keep the "
        "content offline.",
    },
    {"name": "cds-hooks", "description": "A CDS Hooks service for EHRs."},
    {"name": "meta", "description": "The dataset: version, counts, licence and disclaimer."},
    {"name": "health", "description": "Liveness and readiness probes."},
]


def operation_id(route: APIRoute) -> str:
    """``causes-list``, ``causes-get``: the tag, then the route's name."""
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


HEADERS: dict[str, dict[str, Any]] = {
    "ETag": {
        "description": "A strong validator of this answer: the same data gives the same ETag on "
        "every server. Send it back as `If-None-Match` to get `304 Not Modified`.",
        "schema": {"type": "string", "examples": ['"3f2a9c0d1e7b5a4c6d8e9f01"']},
    },
    "Cache-Control": {
        "description": "How long any cache may keep the answer. Data changes only when a new "
        "dataset is loaded.",
        "schema": {
            "type": "string",
            "examples": ["public, max-age=3600, stale-while-revalidate=86400"],
        },
    },
    "Vary": {
        "description": "The request headers the answer depends on.",
        "schema": {"type": "string", "examples": ["Accept, Accept-Encoding, Accept-Language"]},
    },
    "Content-Language": {
        "description": "The language of the answer: `en` or `es` (`lang`, else what "
        "`Accept-Language` negotiates, else English). Fields with no text yet in it are in "
        "English and named in each record's `fallback_fields`.",
        "schema": {"$ref": "#/components/schemas/Language"},
    },
    "Link": {
        "description": 'RFC 8288 links to the `rel="next"` and `rel="prev"` pages, where there '
        "are any.",
        "schema": {"type": "string", "examples": ['</v1/causes?limit=20&offset=20>; rel="next"']},
    },
    "RateLimit-Policy": {
        "description": "The per-client limit: `q` requests at once, refilled over `w` seconds. "
        "Absent when limiting is turned off.",
        "schema": {"type": "string", "examples": ['"per-client";q=60;w=6']},
    },
    "RateLimit": {
        "description": "This client's remaining requests `r`, and seconds `t` until the next one.",
        "schema": {"type": "string", "examples": ['"per-client";r=59;t=0']},
    },
    "Retry-After": {
        "description": "Seconds to wait before trying again.",
        "schema": {"type": "integer", "examples": [1]},
    },
    "X-Request-ID": {
        "description": "The request's id in the access log: the client's own `X-Request-ID` "
        "when it sent a safe one.",
        "schema": {"type": "string"},
    },
}

_ENTITY_TAG_TEXT = (
    "The `ETag` of a copy the client already has (several may be given, comma-separated, "
    "or `*` for any). When one is the current ETag, the answer is `304 Not Modified` with no "
    "body, and the copy is still right; otherwise the full answer, with its current ETag."
)
IF_NONE_MATCH = "IfNoneMatch"
PARAMETERS: dict[str, dict[str, Any]] = {
    IF_NONE_MATCH: {
        "name": "If-None-Match",
        "in": "header",
        "required": False,
        "description": _ENTITY_TAG_TEXT,
        # Said again in the schema, where some client generators read a parameter's docs.
        "schema": {
            "type": "string",
            "description": _ENTITY_TAG_TEXT,
            "examples": ['"3f2a9c0d1e7b5a4c6d8e9f01"'],
        },
    },
}
NOT_MODIFIED = {
    "description": "Not Modified: the `If-None-Match` header named the current ETag, so the copy "
    "the client has is still right. No body.",
}
_TOO_MANY = "Too many requests from this client; try again in 2 second(s)."
_TEMPLATE = re.compile(r"\{([^}]+)\}")


def middleware_refusals(settings: Settings) -> dict[str, dict[int, str]]:
    """What middleware refuses before any route runs (``app.middleware.guard`` and
    ``.ratelimit``), by method: a read must have no body and a URL and headers within the
    bounds in force; a CDS Hooks call must state a length within bounds. Any of them may be
    over the rate limit, unless exempt."""
    return {
        "get": {
            400: "A GET request must not have a body.",
            414: f"The URL is longer than {settings.max_url_length} bytes.",
            431: f"The headers are larger than {settings.max_header_bytes} bytes.",
        },
        "post": {
            413: f"A CDS Hooks call must state its length, at most {MAX_POST_BYTES} bytes.",
            414: f"The URL is longer than {settings.max_url_length} bytes.",
            431: f"The headers are larger than {settings.max_header_bytes} bytes.",
        },
    }


def _refs(*names: str) -> dict[str, Any]:
    return {name: {"$ref": f"#/components/headers/{name}"} for name in names}


def _example_path(path: str, operation: dict[str, Any]) -> str:
    """The path with each template filled in with its parameter's example."""
    examples = {
        parameter["name"]: parameter.get("schema", {}).get("examples", [parameter["name"]])[0]
        for parameter in operation.get("parameters", [])
        if "name" in parameter
    }
    return _TEMPLATE.sub(lambda match: str(examples.get(match[1], match[0])), path)


def _refusal(status: int, detail: str, instance: str) -> dict[str, Any]:
    return {
        "description": status_title(status),
        "content": {
            PROBLEM_MEDIA_TYPE: {
                "schema": {"$ref": "#/components/schemas/Problem"},
                "example": problem_document(status, detail, instance),
            }
        },
    }


def _unknown_parameter(instance: str) -> dict[str, Any]:
    """The 422 of a GET that takes no parameters, given one anyway (``reject_unknown_parameters``)."""
    response = _refusal(422, "Invalid input: query.zz.", instance)
    response["content"][PROBLEM_MEDIA_TYPE]["example"]["errors"] = [
        {"location": "query.zz", "message": "Extra inputs are not permitted"}
    ]
    return response


def _problems_alone(responses: dict[str, Any]) -> None:
    """FastAPI files a response ``model`` under ``application/json``; problems are never sent
    as that, so the schema moves to the problem media type, where the example already is."""
    for response in responses.values():
        content = response.get("content", {})
        if PROBLEM_MEDIA_TYPE in content and "application/json" in content:
            content[PROBLEM_MEDIA_TYPE]["schema"] = content.pop("application/json")["schema"]


def _instances(responses: dict[str, Any], instance: str) -> None:
    """A problem example that names no ``instance`` (one true of any route) is given the
    route's own example path."""
    for response in responses.values():
        example = response.get("content", {}).get(PROBLEM_MEDIA_TYPE, {}).get("example")
        if example is not None and not example.get("instance"):
            example["instance"] = instance


def _never_null(parameters: list[dict[str, Any]]) -> None:
    """A parameter is given or absent; HTTP has no null, and ``week=null`` is refused like any
    other non-number. Pydantic writes an optional field (``int | None``) as ``anyOf`` the type
    and ``null``, which client generators turn into ``number | null`` and ``…Type0`` names;
    say it as the type it has when given."""
    for parameter in parameters:
        schema = parameter.get("schema", {})
        given = [s for s in schema.get("anyOf", []) if s.get("type") != "null"]
        if "anyOf" in schema and len(given) == 1:
            del schema["anyOf"]
            schema.update(given[0])


def _around(
    path: str, method: str, operation: dict[str, Any], refused: dict[str, dict[int, str]]
) -> None:
    """What middleware adds to one operation: its refusals, the headers every answer
    carries, and the ``If-None-Match`` and ``304`` of a cached GET."""
    limited = path not in EXEMPT_PATHS
    cached = method == "get" and cache_control(path) != "no-store"
    responses: dict[str, Any] = operation.setdefault("responses", {})
    instance = _example_path(path, operation)
    for refusal in sorted([*refused.get(method, {}), *([429] if limited else [])]):
        detail = refused.get(method, {}).get(refusal, _TOO_MANY)
        responses.setdefault(str(refusal), _refusal(refusal, detail, instance))
    if method == "get":
        responses.setdefault("422", _unknown_parameter(instance))
    common = ["X-Request-ID", *(["RateLimit-Policy", "RateLimit"] if limited else [])]
    given = {p.get("name") for p in operation.get("parameters", [])}
    for status, response in responses.items():
        names = list(common)
        if status == "429":
            names.append("Retry-After")
        if status == "200" and LANG in given:
            names.append("Content-Language")
        if method == "get" and status == "200":
            names += ["Cache-Control", *(["Vary", "ETag"] if cached else [])]
            names += ["Link"] if "offset" in given else []
        response.setdefault("headers", {}).update(_refs(*names))
    if cached:
        operation.setdefault("parameters", []).append(
            {"$ref": f"#/components/parameters/{IF_NONE_MATCH}"}
        )
        responses["304"] = {
            **NOT_MODIFIED,
            "headers": _refs("ETag", "Cache-Control", "Vary", *common),
        }
    operation["responses"] = dict(sorted(responses.items()))


def shape(spec: dict[str, Any], settings: Settings) -> dict[str, Any]:
    """The one pass over FastAPI's document (see the module's docstring)."""
    # Every operation is open: no credentials, said explicitly so that tools need not guess.
    spec["security"] = []
    components = spec.setdefault("components", {})
    components["headers"] = HEADERS
    components.setdefault("parameters", {}).update(PARAMETERS)
    refused = middleware_refusals(settings)
    for path, operations in spec.get("paths", {}).items():
        for method, operation in operations.items():
            _problems_alone(operation.get("responses", {}))
            _instances(operation.get("responses", {}), _example_path(path, operation))
            _never_null(operation.get("parameters", []))
            _around(path, method, operation, refused)
    return spec


def install_openapi(app: FastAPI, settings: Settings) -> None:
    """Serve the shaped document, built once."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = shape(FastAPI.openapi(app), settings)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
