"""Starting and stopping servers on loopback for the benchmark scripts."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx2

from tests.helpers import LOOPBACK, free_port

__all__ = ["LOOPBACK", "free_port", "resident_memory_mb", "serve_api", "serve_command"]


def wait_until_up(url: str, timeout: float = 30.0) -> float:
    """Seconds until ``url`` answers 200."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        with contextlib.suppress(httpx2.HTTPError):
            if httpx2.get(url, timeout=1.0).status_code == 200:
                return time.perf_counter() - start
        time.sleep(0.02)
    raise RuntimeError(f"{url} did not come up in {timeout} s")


@contextlib.contextmanager
def serve_api(
    database: Path, port: int, extra_env: dict[str, str] | None = None, *, workers: int = 1
) -> Iterator[tuple[subprocess.Popen[bytes], float]]:
    """The API as ``make run`` serves it, with ``workers`` worker processes (one unless
    said); yields the process and the seconds from its start to its first answer (its cache
    warm: a worker answers once it is)."""
    env = {
        **os.environ,
        "PLAPI_DATABASE_PATH": str(database),
        "PLAPI_PORT": str(port),
        "PLAPI_LOG_LEVEL": "warning",
        "PLAPI_WORKERS": str(workers),
        "PLAPI_METRICS_PORT": "0",
        **(extra_env or {}),
    }
    command = [sys.executable, "-m", "app", "serve", "--no-build"]
    with _process(command, env) as process:
        yield process, wait_until_up(f"http://{LOOPBACK}:{port}/readyz")


@contextlib.contextmanager
def serve_command(command: Sequence[str], ready_url: str) -> Iterator[subprocess.Popen[bytes]]:
    with _process(list(command), dict(os.environ)) as process:
        wait_until_up(ready_url)
        yield process


@contextlib.contextmanager
def _process(command: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def resident_memory_mb(pid: int) -> float:
    """Resident set size of a process and its worker processes, from /proc."""
    total = 0.0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            total += int(line.split()[1]) / 1024
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        for child in children.read_text().split():
            with contextlib.suppress(FileNotFoundError):
                total += resident_memory_mb(int(child))
    return total
