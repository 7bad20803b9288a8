"""Refuses what a read-only API never needs, before routing: other methods, bodies on GET,
and oversized URLs or headers. Every refusal is a problem document."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from app.middleware.problems import send_problem

ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
ALLOW = b", ".join(method.encode() for method in ALLOWED_METHODS)
# CDS Hooks services are called with POST and a JSON body; nothing else takes one.
POST_PREFIX = "/cds-services/"
MAX_POST_BYTES = 256 * 1024


class RequestGuardMiddleware:
    def __init__(self, app: ASGIApp, *, max_url_length: int, max_header_bytes: int) -> None:
        self.app = app
        self.max_url_length = max_url_length
        self.max_header_bytes = max_header_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        if method == "POST" and scope["path"].startswith(POST_PREFIX):
            length = next((v for n, v in scope["headers"] if n == b"content-length"), b"")
            if not length.isdigit() or int(length) > MAX_POST_BYTES:
                await send_problem(
                    scope,
                    send,
                    413,
                    f"A CDS Hooks call must state its length, at most {MAX_POST_BYTES} bytes.",
                )
                return
            await self.app(scope, receive, send)
            return
        if method not in ALLOWED_METHODS:
            await send_problem(
                scope,
                send,
                405,
                "This API is read-only: it answers GET, HEAD and OPTIONS.",
                [(b"allow", ALLOW)],
            )
            return
        url_length = len(scope.get("raw_path") or scope["path"].encode()) + len(
            scope.get("query_string", b"")
        )
        if url_length > self.max_url_length:
            await send_problem(
                scope, send, 414, f"The URL is longer than {self.max_url_length} bytes."
            )
            return
        headers = scope["headers"]
        if sum(len(name) + len(value) for name, value in headers) > self.max_header_bytes:
            await send_problem(
                scope, send, 431, f"The headers are larger than {self.max_header_bytes} bytes."
            )
            return
        if any(
            (name == b"content-length" and value.strip() not in (b"", b"0"))
            or name == b"transfer-encoding"
            for name, value in headers
        ):
            await send_problem(scope, send, 400, f"A {method} request must not have a body.")
            return
        if method == "OPTIONS" and not any(
            name == b"access-control-request-method" for name, _ in headers
        ):
            await send(
                {
                    "type": "http.response.start",
                    "status": 204,
                    "headers": [(b"allow", ALLOW), (b"cache-control", b"no-store")],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return
        await self.app(scope, receive, send)
