"""A real browser: Debian's Chromium driven by Playwright, the API on 127.0.0.1, and a clinic's
host pages on another origin (``http://clinic.test``), with axe-core for accessibility."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from app.loader.build import BuildResult
from app.main import create_app
from tests.helpers import CHROMIUM, LOOPBACK, Servers, free_port, serving, settings_for

HOST_NAME = "clinic.test"


def write_host_pages(pages: Path, api: str) -> None:
    """A clinic's pages on another origin: one frames a record, one frames a mistyped address,
    one uses the web component; and in Spanish, one frames a Spanish record, one uses the web
    component with ``lang="es"``, one in a page whose own language is Spanish."""
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
    (pages / "iframe-es.html").write_text(
        '<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Portal de la clínica'
        "</title></head><body><main><h1>Nuestro portal para pacientes</h1>"
        f'<iframe src="{api}/es/embed/conditions/stillbirth" title="Sobre la muerte fetal" '
        'width="800" height="900"></iframe></main></body></html>'
    )
    (pages / "widget-es.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic page</title>'
        f'<script src="{api}/static/app/widget.js" defer></script></head><body><main>'
        "<h1>Information for patients</h1>"
        '<pregnancy-loss-topic slug="cervical-insufficiency" lang="es"></pregnancy-loss-topic>'
        "</main></body></html>"
    )
    (pages / "widget-inherited.html").write_text(
        '<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>Página de la '
        f'clínica</title><script src="{api}/static/app/widget.js" defer></script></head><body>'
        "<main><h1>Información para pacientes</h1>"
        '<pregnancy-loss-topic slug="miscarriage" type="conditions"></pregnancy-loss-topic>'
        "</main></body></html>"
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
