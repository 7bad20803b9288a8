"""The ``plapi`` command: exit codes and messages a curator sees."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli
from app.config import cpu_count, get_settings
from app.serving import BoundedHttpToolsProtocol
from tests.helpers import first_file

runner = CliRunner()


@pytest.fixture
def env(data_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    target = tmp_path / "var" / "plapi.sqlite3"
    monkeypatch.setenv("PLAPI_DATA_DIR", str(data_copy))
    monkeypatch.setenv("PLAPI_DATABASE_PATH", str(target))
    get_settings.cache_clear()
    yield target
    get_settings.cache_clear()


def test_check_passes_on_real_data(env: Path) -> None:
    result = runner.invoke(cli, ["check"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("records per type:")
    assert result.output.endswith("no lint warnings\n")
    assert not env.exists()


def test_load_then_broken_load_keeps_database(env: Path, data_copy: Path) -> None:
    result = runner.invoke(cli, ["load"])
    assert result.exit_code == 0, result.output
    assert "version" in result.output
    before = env.read_bytes()
    path = first_file(data_copy, "organizations")
    path.write_text(path.read_text() + "\nwebsite_url: https://example.org\n")
    result = runner.invoke(cli, ["load"])
    assert result.exit_code == 1
    assert f"data/organizations/{path.name}: record '{path.stem}', field 'website_url'" in (
        result.output
    )
    assert "nothing was written" in result.output
    assert env.read_bytes() == before


def test_check_reports_every_problem(env: Path, data_copy: Path) -> None:
    for folder in ("causes", "conditions"):
        path = first_file(data_copy, folder)
        path.write_text(path.read_text() + "\nbogus: 1\n")
    result = runner.invoke(cli, ["check"])
    assert result.exit_code == 1
    assert "2 problem(s)" in result.output


@pytest.mark.parametrize(
    ("trusted", "proxy_headers", "allowed"),
    [("", False, None), ("10.0.0.0/8, 127.0.0.1", True, "10.0.0.0/8, 127.0.0.1")],
)
def test_serve_believes_forwarded_headers_only_from_trusted_proxies(
    env: Path,
    monkeypatch: pytest.MonkeyPatch,
    trusted: str,
    proxy_headers: bool,
    allowed: str | None,
) -> None:
    import uvicorn

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: calls.append(kwargs))
    monkeypatch.setenv("PLAPI_TRUSTED_PROXIES", trusted)
    get_settings.cache_clear()
    monkeypatch.setenv("PLAPI_METRICS_PORT", "0")
    get_settings.cache_clear()
    result = runner.invoke(cli, ["serve"])
    assert result.exit_code == 0, result.output
    assert calls[0]["proxy_headers"] is proxy_headers
    assert calls[0]["forwarded_allow_ips"] == allowed
    assert calls[0]["server_header"] is False


def test_serve_runs_a_worker_per_cpu_with_bounded_heads(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    seen: list[dict[str, object]] = []

    def run(*_: object, **kwargs: object) -> None:
        seen.append({**kwargs, "shared": os.environ.get("PLAPI_SHARED_DIR")})
        seen[-1]["metrics"] = os.environ.get("PROMETHEUS_MULTIPROC_DIR")

    monkeypatch.setattr(uvicorn, "run", run)
    monkeypatch.setenv("PLAPI_METRICS_PORT", "0")
    monkeypatch.delenv("PLAPI_WORKERS", raising=False)
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
    monkeypatch.delenv("PLAPI_SHARED_DIR", raising=False)
    get_settings.cache_clear()
    result = runner.invoke(cli, ["serve"])
    assert result.exit_code == 0, result.output
    (call,) = seen
    assert call["workers"] == cpu_count()
    assert call["http"] is BoundedHttpToolsProtocol
    shared = Path(str(call["metrics"])).parent
    assert str(shared) == call["shared"] or cpu_count() == 1
    assert not shared.exists(), "the shared folder is removed when the server stops"
    assert "PROMETHEUS_MULTIPROC_DIR" not in os.environ
    assert "PLAPI_SHARED_DIR" not in os.environ
