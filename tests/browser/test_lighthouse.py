"""Lighthouse, as clinics' accessibility reviews run it, on every kind of page for people in
English and in Spanish: each scores 100 for accessibility and logs no console error."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from app.config import PROJECT_ROOT
from tests.helpers import CHROMIUM, Servers

pytestmark = pytest.mark.browser

SCRIPT = PROJECT_ROOT / "tests" / "browser" / "lighthouse.mjs"
PAGE_KINDS = {
    "browse": "/",
    "search results": "/?q=bleeding",
    "record": "/conditions/stillbirth",
    "record with urgent signs": "/symptoms/heavy-bleeding",
    "organization": "/organizations/miscarriage-association",
    "embed": "/embed/conditions/stillbirth",
}
SPANISH = {f"{kind} (es)": f"/es{path}" for kind, path in PAGE_KINDS.items()}


def test_every_page_kind_scores_100_for_accessibility(servers: Servers) -> None:
    urls = {kind: servers.api + path for kind, path in {**PAGE_KINDS, **SPANISH}.items()}
    run = subprocess.run(
        ["node", str(SCRIPT), *urls.values()],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    results = json.loads(run.stdout)
    scores = {kind: results[url].get("accessibility") for kind, url in urls.items()}
    failing = {
        kind: results[url].get("failing") or results[url].get("error") for kind, url in urls.items()
    }
    assert scores == dict.fromkeys(urls, 1), failing
    errors = {kind: results[url]["consoleErrors"] for kind, url in urls.items()}
    assert errors == {kind: [] for kind in urls}
