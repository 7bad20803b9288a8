"""A real browser: Debian's Chromium driven by Playwright, the API on 127.0.0.1, and a clinic's
host pages on another origin (``http://clinic.test``), with axe-core for accessibility."""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from app.config import PROJECT_ROOT
from app.loader.build import BuildResult
from app.main import create_app
from bench.servers import LOOPBACK, free_port
from tests.conftest import serving, settings_for

CHROMIUM = os.environ.get("PLAPI_CHROMIUM", "/usr/bin/chromium")
AXE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = PROJECT_ROOT / "test-artifacts" / "screenshots"
HOST_NAME = "clinic.test"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


class Servers:
    def __init__(self, api: str, host: str) -> None:
        self.api = api
        self.host = host


def write_host_pages(pages: Path, api: str) -> None:
    """A clinic's pages on another origin: one frames a record, one frames a mistyped address,
    one uses the web component."""
    (pages / "iframe.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic portal</title>'
        "</head><body><main><h1>Our patient portal</h1>"
        f'<iframe src="{api}/embed/conditions/stillbirth" title="About stillbirth" '
        'width="800" height="900"></iframe></main></body></html>'
    )
    (pages / "iframe-mistyped.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic portal</title>'
        "</head><body><main><h1>Our patient portal</h1>"
        f'<iframe src="{api}/embed/conditions/stilbirth" title="About stillbirth" '
        'width="800" height="900"></iframe></main></body></html>'
    )
    (pages / "widget.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic page</title>'
        f'<script src="{api}/static/app/widget.js" defer></script></head><body><main>'
        "<h1>Information for patients</h1>"
        '<pregnancy-loss-topic slug="cervical-insufficiency" '
        'style="--plapi-link: rgb(0, 90, 60); --plapi-font-family: Georgia, serif">'
        "</pregnancy-loss-topic></main></body></html>"
    )


@pytest.fixture(scope="session")
def servers(built: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    pages = tmp_path_factory.mktemp("clinic")
    host_port = free_port()
    host_origin = f"http://{HOST_NAME}:{host_port}"
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(pages))
    host = http.server.ThreadingHTTPServer((LOOPBACK, host_port), handler)
    threading.Thread(target=host.serve_forever, daemon=True).start()
    app = create_app(settings_for(built.path, frame_ancestors=host_origin))
    with serving(app) as api:
        write_host_pages(pages, api)
        yield Servers(api=api, host=host_origin)
    host.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--host-resolver-rules=MAP {HOST_NAME} {LOOPBACK}",
            ],
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=False)
    opened = context.new_page()
    yield opened
    context.close()


def screenshot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def axe_violations(target: Any) -> list[dict[str, Any]]:
    """Serious and critical axe-core violations in a page or frame."""
    target.evaluate(AXE.read_text())
    result: dict[str, Any] = target.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
