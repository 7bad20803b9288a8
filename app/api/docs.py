"""Interactive documentation that works offline: Swagger UI and ReDoc from packaged assets.

The assets come from the ``fastapi-offline`` package and are served under ``/static/docs``; the
pages carry a strict Content-Security-Policy that allows their one inline script by its hash.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import fastapi_offline
from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from app.middleware.security import html_policy

ASSETS = Path(fastapi_offline.__file__).parent / "static"
PREFIX = "/static/docs"
INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def script_hashes(page: str) -> tuple[str, ...]:
    """CSP hashes (``sha256-…``) of a page's inline scripts."""
    return tuple(
        "sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        for script in INLINE_SCRIPT.findall(page)
    )


def _page(html: HTMLResponse, frame_ancestors: str, workers: bool = False) -> HTMLResponse:
    page = bytes(html.body).decode()
    policy = html_policy(frame_ancestors, script_hashes(page))
    if workers:
        policy += "; worker-src blob:"
    return HTMLResponse(page, headers={"Content-Security-Policy": policy})


def install_docs(app: FastAPI, *, frame_ancestors: str) -> None:
    title = f"{app.title} — documentation"
    swagger = _page(
        get_swagger_ui_html(
            openapi_url="/openapi.json",
            title=title,
            swagger_js_url=f"{PREFIX}/swagger-ui-bundle.js",
            swagger_css_url=f"{PREFIX}/swagger-ui.css",
            swagger_favicon_url=f"{PREFIX}/favicon.png",
        ),
        frame_ancestors,
    )
    redoc = _page(
        get_redoc_html(
            openapi_url="/openapi.json",
            title=title,
            redoc_js_url=f"{PREFIX}/redoc.standalone.js",
            redoc_favicon_url=f"{PREFIX}/favicon.png",
            with_google_fonts=False,
        ),
        frame_ancestors,
        workers=True,
    )

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        return swagger

    @app.get("/redoc", include_in_schema=False)
    async def redoc_ui() -> HTMLResponse:
        return redoc

    app.mount(PREFIX, StaticFiles(directory=ASSETS), name="docs-assets")
