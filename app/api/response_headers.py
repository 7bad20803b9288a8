"""The response headers of the OpenAPI document: what middleware adds, said where clients read.

Caching, paging, rate limiting and request ids are added around the routes, so FastAPI cannot
see them; this describes them on every operation, once, as shared header components.
"""

from __future__ import annotations

from typing import Any

from app.middleware.caching import cache_control
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


def _refs(*names: str) -> dict[str, Any]:
    return {name: {"$ref": f"#/components/headers/{name}"} for name in names}


def document_response_headers(spec: dict[str, Any]) -> dict[str, Any]:
    """Add the headers every answer carries, and the ``304`` of every cached GET."""
    spec.setdefault("components", {})["headers"] = HEADERS
    for path, operations in spec.get("paths", {}).items():
        limited = path not in EXEMPT_PATHS
        for method, operation in operations.items():
            responses: dict[str, Any] = operation.get("responses", {})
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
                responses["304"] = {
                    "description": "Not Modified: the `If-None-Match` header named the current "
                    "ETag, so the copy the client has is still right. No body.",
                    "headers": _refs("ETag", "Cache-Control", "Vary", *common),
                }
                operation["responses"] = dict(sorted(responses.items()))
    return spec
