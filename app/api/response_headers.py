"""What middleware does around the routes, said in the OpenAPI document where clients read it.

Caching, paging, rate limiting, request ids and the refusal of oversized or malformed requests
happen around the routes, so FastAPI cannot see them. This describes them on every operation,
by path and method as the middleware decides them: the headers every answer carries (shared
header components), the ``If-None-Match`` every cached GET honours (a shared parameter) with
its ``304``, and the problems any request can be refused with before it reaches a route.
"""

from __future__ import annotations

import re
from typing import Any

from app.api.errors import PROBLEM_MEDIA_TYPE, problem_example, status_title
from app.config import Settings
from app.middleware.caching import cache_control
from app.middleware.guard import MAX_POST_BYTES
from app.middleware.ratelimit import EXEMPT_PATHS

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
        "schema": {"type": "string", "examples": ["Accept, Accept-Encoding"]},
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

# What middleware refuses before any route runs (app.middleware.guard and .ratelimit), by
# method: a read must have no body and a URL and headers within bounds; a CDS Hooks call must
# state a length within bounds. Any of them may be over the rate limit, unless exempt.
_REFUSALS: dict[str, dict[int, str]] = {
    "get": {
        400: "A GET request must not have a body.",
        414: f"The URL is longer than {Settings.model_fields['max_url_length'].default} bytes.",
        431: "The headers are larger than "
        f"{Settings.model_fields['max_header_bytes'].default} bytes.",
    },
    "post": {413: f"A CDS Hooks call must state its length, at most {MAX_POST_BYTES} bytes."},
}
_TOO_MANY = "Too many requests from this client; try again in 2 second(s)."
_TEMPLATE = re.compile(r"\{([^}]+)\}")


def _refs(*names: str) -> dict[str, Any]:
    return {name: {"$ref": f"#/components/headers/{name}"} for name in names}


def refusals(path: str, method: str) -> list[int]:
    """The statuses middleware may answer ``method`` on ``path`` with, before any route."""
    return sorted([*_REFUSALS.get(method, {}), *([] if path in EXEMPT_PATHS else [429])])


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
                "example": problem_example(status, detail, instance),
            }
        },
    }


def document_middleware(spec: dict[str, Any]) -> dict[str, Any]:
    """Add what middleware does to every operation: its refusals, the headers every answer
    carries, and the ``If-None-Match`` and ``304`` of every cached GET."""
    components = spec.setdefault("components", {})
    components["headers"] = HEADERS
    components.setdefault("parameters", {}).update(PARAMETERS)
    for path, operations in spec.get("paths", {}).items():
        limited = path not in EXEMPT_PATHS
        for method, operation in operations.items():
            responses: dict[str, Any] = operation.setdefault("responses", {})
            instance = _example_path(path, operation)
            for refused in refusals(path, method):
                detail = _REFUSALS.get(method, {}).get(refused, _TOO_MANY)
                responses.setdefault(str(refused), _refusal(refused, detail, instance))
            common = ["X-Request-ID", *(["RateLimit-Policy", "RateLimit"] if limited else [])]
            for status, response in responses.items():
                names = list(common)
                if status == "429":
                    names.append("Retry-After")
                if method == "get" and status == "200":
                    names.append("Cache-Control")
                    if cache_control(path) != "no-store":
                        names += ["Vary", "ETag"]
                    if any(p.get("name") == "offset" for p in operation.get("parameters", [])):
                        names.append("Link")
                response.setdefault("headers", {}).update(_refs(*names))
            if method == "get" and cache_control(path) != "no-store":
                operation.setdefault("parameters", []).append(
                    {"$ref": f"#/components/parameters/{IF_NONE_MATCH}"}
                )
                responses["304"] = {
                    "description": "Not Modified: the `If-None-Match` header named the current "
                    "ETag, so the copy the client has is still right. No body.",
                    "headers": _refs("ETag", "Cache-Control", "Vary", *common),
                }
            operation["responses"] = dict(sorted(responses.items()))
    return spec
