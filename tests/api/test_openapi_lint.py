"""The OpenAPI document lints clean under Redocly's recommended rules (npm, locked): no
error and no warning, so that the tools integrators point at it find nothing to report."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.config import PROJECT_ROOT

pytestmark = pytest.mark.slow

REDOCLY = PROJECT_ROOT / "node_modules" / ".bin" / "redocly"
CONFIG = PROJECT_ROOT / "tests" / "redocly.yaml"


def test_redocly_recommended_finds_nothing(spec: dict[str, Any], tmp_path: Path) -> None:
    document = tmp_path / "openapi.json"
    document.write_text(json.dumps(spec), encoding="utf-8")
    result = subprocess.run(
        [str(REDOCLY), "lint", str(document), "--config", str(CONFIG), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = json.loads(result.stdout)
    problems = [
        (problem["ruleId"], problem["severity"], problem["message"])
        for problem in report["problems"]
    ]
    assert problems == [], problems
    assert result.returncode == 0, result.stderr


def test_the_document_says_where_it_is_served_who_runs_it_and_that_it_is_open(
    spec: dict[str, Any],
) -> None:
    assert spec["servers"] == [{"url": "/", "description": spec["servers"][0]["description"]}]
    assert spec["info"]["contact"]["name"]
    assert spec["security"] == []
