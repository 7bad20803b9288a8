"""The ceiling: a bare ASGI app answering a fixed JSON body, served like the API."""

from __future__ import annotations

from starlette.types import Receive, Scope, Send

BODY = b'{"items":[],"total":0,"limit":20,"offset":0}'
HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": BODY})
