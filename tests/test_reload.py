"""Live reload: a new load is served without a restart and without one failed request; a
broken load changes nothing."""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from app.loader.pipeline import load
from app.loader.problems import DatasetError
from app.main import create_app
from tests.helpers import edit_summary, serving, settings_for, wait_for

pytestmark = pytest.mark.slow

# What the watcher logs when it will not serve a new file.
REFUSED = "not loaded, still serving the old one"

PATHS = [
    "/v1/causes/cervical-insufficiency",
    "/v1/causes?trimester=second",
    "/v1/search?q=weak+cervix",
]


@pytest.fixture
def server(data_copy: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    database = tmp_path / "plapi.sqlite3"
    load(data_copy, database)
    with serving(create_app(settings_for(database, reload_interval=0.05))) as base:
        yield base, database


def version(base: str) -> str:
    return str(httpx2.get(f"{base}/v1/meta").json()["dataset_version"])


def hammer(base: str, stop: threading.Event, statuses: Counter[int]) -> None:
    with httpx2.Client(base_url=base) as client:
        n = 0
        while not stop.is_set():
            statuses[client.get(PATHS[n % len(PATHS)]).status_code] += 1
            n += 1


def test_reload_under_load_with_no_failed_request(
    server: tuple[str, Path], data_copy: Path
) -> None:
    base, database = server
    before = version(base)
    statuses: Counter[int] = Counter()
    stop = threading.Event()
    workers = [threading.Thread(target=hammer, args=(base, stop, statuses)) for _ in range(4)]
    for worker in workers:
        worker.start()
    wait_for(lambda: sum(statuses.values()) >= 50)
    edit_summary(data_copy, "causes", "cervical-insufficiency", " Talk to your care team about it.")
    path = data_copy / "causes" / "cervical-insufficiency.yaml"
    after = load(data_copy, database).version
    wait_for(lambda: version(base) == after)
    served = sum(statuses.values())
    wait_for(lambda: sum(statuses.values()) >= served + 50)
    # A broken load fails and changes nothing, while requests keep coming.
    path.write_text(path.read_text() + "\nnot_a_field: 1\n")
    with pytest.raises(DatasetError):
        load(data_copy, database)
    served = sum(statuses.values())
    wait_for(lambda: sum(statuses.values()) >= served + 50)
    stop.set()
    for worker in workers:
        worker.join()
    assert after != before
    assert version(base) == after
    assert set(statuses) == {200}, statuses
    assert sum(statuses.values()) > 100
    detail = httpx2.get(f"{base}/v1/causes/cervical-insufficiency").json()
    assert detail["summary"].endswith("Talk to your care team about it.")


def test_a_file_that_is_not_a_dataset_is_ignored(
    server: tuple[str, Path], caplog: pytest.LogCaptureFixture
) -> None:
    base, database = server
    before = version(base)
    replacement = database.with_suffix(".junk")
    replacement.write_bytes(b"this is not a database")
    with caplog.at_level(logging.ERROR, logger="app.reload"):
        replacement.replace(database)
        # The watcher has looked at the new file and refused it, not merely not looked yet.
        wait_for(lambda: any(REFUSED in record.getMessage() for record in caplog.records))
    assert version(base) == before
    assert httpx2.get(f"{base}/v1/causes").status_code == 200
