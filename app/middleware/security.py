"""Security headers on every answer, and a strict Content-Security-Policy."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# JSON is never a document to run or frame; HTML pages (docs, embeds) get their own policy.
API_POLICY = "default-src 'none'; frame-ancestors 'none'"


def html_policy(frame_ancestors: str, script_hashes: tuple[str, ...] = ()) -> str:
    """For the service's own HTML: its own scripts, styles and images only, no inline script
    but the hashed ones, framed only by the origins allowed to embed it."""
    scripts = " ".join(["'self'", *(f"'{digest}'" for digest in script_hashes)])
    return (
        f"default-src 'none'; script-src {scripts}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; "
        f"form-action 'self'; frame-ancestors {frame_ancestors}"
    )


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp, *, html_policy: str) -> None:
        self.app = app
        self.html_policy = html_policy.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (name, value)
                    for name, value in message.get("headers", [])
                    if name.lower() not in (b"server", b"x-powered-by")
                ]
                is_html = any(
                    name.lower() == b"content-type" and value.startswith(b"text/html")
                    for name, value in headers
                )
                if not any(name.lower() == b"content-security-policy" for name, _ in headers):
                    policy = self.html_policy if is_html else API_POLICY.encode()
                    headers.append((b"content-security-policy", policy))
                headers += [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"strict-origin-when-cross-origin"),
                    (b"cross-origin-resource-policy", b"cross-origin"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, sending)
