"""Problem documents answered by middleware, before any route runs."""

from __future__ import annotations

import json

from starlette.types import Scope, Send

from app.api.errors import PROBLEM_MEDIA_TYPE, status_title


async def send_problem(
    scope: Scope,
    send: Send,
    status: int,
    detail: str,
    headers: list[tuple[bytes, bytes]] | None = None,
) -> None:
    body = json.dumps(
        {
            "type": "about:blank",
            "title": status_title(status),
            "status": status,
            "detail": detail,
            "instance": scope.get("path", ""),
        },
        separators=(",", ":"),
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
                (b"content-length", str(len(body)).encode()),
                (b"cache-control", b"no-store"),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})
