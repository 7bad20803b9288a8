"""Headers on every answer: security headers, a strict Content-Security-Policy, no server
banner, and CORS (GET open to any origin by default). One pass over each response's headers.
CORS preflight requests are answered by the request guard."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# JSON is never a document to run or frame; HTML pages (docs, embeds) get their own policy.
API_POLICY = b"default-src 'none'; frame-ancestors 'none'"
DROPPED = frozenset({b"server", b"x-powered-by"})
EXPOSED_HEADERS = "ETag, Link, RateLimit, RateLimit-Policy, Retry-After, X-Request-ID"


def html_policy(frame_ancestors: str, script_hashes: tuple[str, ...] = ()) -> str:
    """For the service's own HTML: its own scripts, styles and images only, no inline script
    but the hashed ones, framed only by the origins allowed to embed it."""
    scripts = " ".join(["'self'", *(f"'{digest}'" for digest in script_hashes)])
    return (
        f"default-src 'none'; script-src {scripts}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; "
        f"form-action 'self'; frame-ancestors {frame_ancestors}"
    )


def allowed_origin(origins: frozenset[str], scope: Scope) -> bytes | None:
    """The ``Access-Control-Allow-Origin`` value for this request, if any."""
    if "*" in origins:
        return b"*"
    for name, value in scope["headers"]:
        if name == b"origin":
            return value if value.decode("latin-1") in origins else None
    return None


class ResponseHeadersMiddleware:
    def __init__(self, app: ASGIApp, *, html_policy: str, cors_origins: frozenset[str]) -> None:
        self.app = app
        self.html_policy = html_policy.encode()
        self.cors_origins = cors_origins
        self.common = [
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"strict-origin-when-cross-origin"),
            (b"cross-origin-resource-policy", b"cross-origin"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = list(self.common)
        origin = allowed_origin(self.cors_origins, scope)
        if origin is not None:
            extra.append((b"access-control-allow-origin", origin))
            extra.append((b"access-control-expose-headers", EXPOSED_HEADERS.encode()))
        # With a list of origins, every answer depends on the request's Origin, even one that
        # allows none (or has no Origin at all): a shared cache must keep them apart.
        vary_origin = "*" not in self.cors_origins

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = []
                policy = None
                html = False
                varies = vary_origin
                for name, value in message.get("headers", []):
                    lowered = name.lower()
                    if lowered in DROPPED:
                        continue
                    if lowered == b"content-security-policy":
                        policy = value
                    elif lowered == b"content-type":
                        html = value.startswith(b"text/html")
                    elif lowered == b"vary" and varies:
                        value, varies = value + b", Origin", False
                    headers.append((name, value))
                if policy is None:
                    headers.append(
                        (b"content-security-policy", self.html_policy if html else API_POLICY)
                    )
                if varies:
                    headers.append((b"vary", b"Origin"))
                headers += extra
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, sending)
