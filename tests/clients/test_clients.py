"""The clients in clients/: generated from the OpenAPI document as it is (regenerated here and
compared with what is committed), and each driven against a running server by its own tests
(Python's unittest in the generator's environment, TypeScript compiled with `tsc --strict` and
run with `node --test`)."""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.config import PROJECT_ROOT
from app.loader.build import BuildResult
from app.main import create_app
from tests.helpers import serving, settings_for

pytestmark = pytest.mark.slow

CLIENTS = PROJECT_ROOT / "clients"
SCRATCH = CLIENTS / ".check"
NODE_BIN = PROJECT_ROOT / "node_modules" / ".bin"
CLIENTS_PYTHON = PROJECT_ROOT / ".venv-clients" / "bin" / "python"


def differences(left: Path, right: Path) -> list[str]:
    """Files that differ, or are on one side only, between two trees (caches aside)."""
    compared = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found = [str(right / name) for name in compared.left_only + compared.right_only]
    found += [str(right / name) for name in compared.diff_files + compared.funny_files]
    for name in compared.common_dirs:
        found += differences(left / name, right / name)
    return found


@pytest.fixture
def regenerated(spec: dict[str, Any]) -> Iterator[Path]:
    shutil.rmtree(SCRATCH, ignore_errors=True)
    SCRATCH.mkdir()
    document = SCRATCH / "openapi.json"
    document.write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    subprocess.run(
        [str(CLIENTS / "generate.sh"), str(document), str(SCRATCH)], check=True, timeout=300
    )
    yield SCRATCH
    shutil.rmtree(SCRATCH, ignore_errors=True)


def test_the_committed_clients_are_generated_from_the_document(regenerated: Path) -> None:
    stale = differences(
        regenerated / "python" / "plapi_client", CLIENTS / "python" / "plapi_client"
    )
    schema = "typescript/src/schema.ts"
    if (regenerated / schema).read_bytes() != (CLIENTS / schema).read_bytes():
        stale.append(str(CLIENTS / schema))
    assert stale == [], f"regenerate the clients with `make clients`: {stale}"


@pytest.fixture(scope="module")
def base_url(built: BuildResult) -> Iterator[str]:
    with serving(create_app(settings_for(built.path))) as base:
        yield base


def run(command: list[str], cwd: Path, base_url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        cwd=cwd,
        env={**os.environ, "PLAPI_BASE_URL": base_url},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_python_client_against_a_running_server(base_url: str) -> None:
    result = run(
        [str(CLIENTS_PYTHON), "-m", "unittest", "discover", "-s", "tests", "-v"],
        CLIENTS / "python",
        base_url,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "OK" in result.stderr


def test_the_typescript_client_compiles_strict_and_runs_against_a_running_server(
    base_url: str,
) -> None:
    typescript = CLIENTS / "typescript"
    shutil.rmtree(typescript / "dist", ignore_errors=True)
    compiled = run([str(NODE_BIN / "tsc"), "-p", str(typescript)], PROJECT_ROOT, base_url)
    assert compiled.returncode == 0, compiled.stdout[-3000:]
    tests = sorted(str(path) for path in (typescript / "dist" / "test").glob("*.test.js"))
    result = run(["node", "--test", *tests], PROJECT_ROOT, base_url)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "# fail 0" in result.stdout
