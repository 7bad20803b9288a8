"""Refuses what a read-only API never needs, before routing: other methods, bodies on GET,
oversized URLs or headers (on every method, POST included) and CDS Hooks calls without a length
in bounds; answers OPTIONS and CORS preflight requests. Every refusal is a problem document."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from app.middleware.problems import send_problem
from app.middleware.security import allowed_origin

READ_METHODS = ("GET", "HEAD", "OPTIONS")
# CDS Hooks services ({base}/cds-services/{id}) are called with POST and a JSON body, from
# browsers too; nothing else takes a body.
DISCOVERY_PATH = "/cds-services"
SERVICE_PREFIX = f"{DISCOVERY_PATH}/"
SERVICE_METHODS = ("POST", "OPTIONS")
MAX_POST_BYTES = 256 * 1024


CORS_MAX_AGE = b"86400"
CORS_ALLOWED_HEADERS = frozenset({b"accept", b"if-none-match", b"x-request-id", b"content-type"})
# CDS clients send their JWT in Authorization, to discovery and to services alike.
CDS_CORS_ALLOWED_HEADERS = CORS_ALLOWED_HEADERS | {b"authorization"}


def methods_for(path: str) -> tuple[str, ...]:
    """The methods an address answers."""
    return SERVICE_METHODS if path.startswith(SERVICE_PREFIX) else READ_METHODS


def _allow(methods: tuple[str, ...]) -> bytes:
    return ", ".join(methods).encode()


def _listed(methods: tuple[str, ...]) -> str:
    return f"{', '.join(methods[:-1])} and {methods[-1]}"


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
        methods = methods_for(scope["path"])
        if method not in methods:
            detail = (
                f"This API is read-only: it answers {_listed(methods)}."
                if methods == READ_METHODS
                else f"A CDS Hooks service answers only {_listed(methods)}."
            )
            await send_problem(scope, send, 405, detail, [(b"allow", _allow(methods))])
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
        if method == "POST":
            length = next((v for n, v in headers if n == b"content-length"), b"")
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
        if any(
            (name == b"content-length" and value.strip() not in (b"", b"0"))
            or name == b"transfer-encoding"
            for name, value in headers
        ):
            await send_problem(scope, send, 400, f"A {method} request must not have a body.")
            return
        if method == "OPTIONS":
            await self._options(scope, send, methods)
            return
        await self.app(scope, receive, send)

    async def _options(self, scope: Scope, send: Send, methods: tuple[str, ...]) -> None:
        """``Allow`` for a plain OPTIONS; for a CORS preflight, what may be asked and sent."""
        asked = {
            name.decode(): value.decode("latin-1")
            for name, value in scope["headers"]
            if name in (b"access-control-request-method", b"access-control-request-headers")
        }
        allow = _allow(methods)
        if "access-control-request-method" not in asked:
            await _empty(send, [(b"allow", allow)])
            return
        method = asked["access-control-request-method"].strip().upper()
        wanted = {
            part.strip().lower().encode("latin-1")
            for part in asked.get("access-control-request-headers", "").split(",")
            if part.strip()
        }
        path = scope["path"]
        cds = path == DISCOVERY_PATH or path.startswith(SERVICE_PREFIX)
        permitted = CDS_CORS_ALLOWED_HEADERS if cds else CORS_ALLOWED_HEADERS
        if allowed_origin(self.cors_origins, scope) is None:
            refusal = "Cross-origin requests are not allowed from this origin."
        elif method not in methods:
            refusal = (
                f"Cross-origin {method} is not allowed: this address answers {_listed(methods)}."
            )
        elif not wanted <= permitted:
            refusal = (
                "Cross-origin requests may not send "
                f"{', '.join(sorted(h.decode('latin-1') for h in wanted - permitted))} here; "
                f"they may send {', '.join(sorted(h.decode() for h in permitted))}."
            )
        else:
            await _empty(
                send,
                [
                    (b"allow", allow),
                    (b"access-control-allow-methods", allow),
                    (b"access-control-allow-headers", b", ".join(sorted(permitted))),
                    (b"access-control-max-age", CORS_MAX_AGE),
                ],
            )
            return
        await send_problem(scope, send, 400, refusal, [(b"allow", allow)])


async def _empty(send: Send, headers: list[tuple[bytes, bytes]]) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 204,
            "headers": [*headers, (b"cache-control", b"no-store")],
        }
    )
    await send({"type": "http.response.body", "body": b""})
