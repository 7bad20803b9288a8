"""Refuses what a read-only API never needs, before routing: other methods, bodies on GET,
and oversized URLs or headers. Every refusal is a problem document."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from app.middleware.problems import send_problem
from app.middleware.security import allowed_origin

ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
ALLOW = b", ".join(method.encode() for method in ALLOWED_METHODS)
# CDS Hooks services are called with POST and a JSON body; nothing else takes one.
POST_PREFIX = "/cds-services/"
MAX_POST_BYTES = 256 * 1024


CORS_MAX_AGE = b"86400"
CORS_ALLOWED_HEADERS = {b"accept", b"if-none-match", b"x-request-id", b"content-type"}


class RequestGuardMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        max_url_length: int,
        max_header_bytes: int,
        cors_origins: frozenset[str] = frozenset({"*"}),
    ) -> None:
        self.app = app
        self.max_url_length = max_url_length
        self.max_header_bytes = max_header_bytes
        self.cors_origins = cors_origins

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
        if method == "OPTIONS":
            await self._options(scope, send)
            return
        await self.app(scope, receive, send)

    async def _options(self, scope: Scope, send: Send) -> None:
        """``Allow`` for a plain OPTIONS; for a CORS preflight, what may be asked and sent."""
        asked = dict(
            (name, value)
            for name, value in scope["headers"]
            if name in (b"access-control-request-method", b"access-control-request-headers")
        )
        headers = [(b"allow", ALLOW), (b"cache-control", b"no-store")]
        status = 204
        if b"access-control-request-method" in asked:
            method = asked[b"access-control-request-method"].strip().upper()
            wanted = {
                part.strip().lower()
                for part in asked.get(b"access-control-request-headers", b"").split(b",")
                if part.strip()
            }
            origin = allowed_origin(self.cors_origins, scope)
            post_here = method == b"POST" and scope["path"].startswith(POST_PREFIX)
            if (
                origin is None
                or not (method in (b"GET", b"HEAD") or post_here)
                or not (wanted <= CORS_ALLOWED_HEADERS)
            ):
                status = 400
            else:
                headers += [
                    (
                        b"access-control-allow-methods",
                        b"GET, HEAD, OPTIONS, POST" if post_here else ALLOW,
                    ),
                    (b"access-control-allow-headers", b", ".join(sorted(CORS_ALLOWED_HEADERS))),
                    (b"access-control-max-age", CORS_MAX_AGE),
                ]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
