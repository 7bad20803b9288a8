"""What tests share: settings and servers for apps under test, assertions on the shapes every
answer takes, the curated data's files, the judged search queries, and the browser tests' tools.

Test modules import from here, never from one another (nor from ``bench/``, which imports the
judged queries from here).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import socket
import string
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx2
import pytest
import uvicorn
import yaml
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.config import PROJECT_ROOT, Settings
from app.loader.pipeline import check
from app.loader.problems import DatasetError, Problem

if TYPE_CHECKING:
    from playwright.sync_api import Page

DATA_DIR = PROJECT_ROOT / "data"
LOOPBACK = "127.0.0.1"


# --- apps under test ---------------------------------------------------------------------------


def settings_for(database: Path, **overrides: object) -> Settings:
    """Settings for an app under test: no rate limit (unless a test turns it on), no polling,
    no warm-up (the session's ``client`` and the tests of warm-up turn it on)."""
    values: dict[str, object] = {
        "database_path": database,
        "rate_limit_per_minute": 0,
        "reload_interval": 0,
        "warm": False,
        **overrides,
    }
    return Settings.model_validate(values)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serving(app: FastAPI, **config_options: Any) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a loopback port in a thread; yields its base URL once
    it is ready."""
    config = uvicorn.Config(
        app, host=LOOPBACK, port=free_port(), log_level="warning", **config_options
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://{LOOPBACK}:{config.port}"
    deadline = time.monotonic() + 60
    while True:
        with contextlib.suppress(httpx2.HTTPError):
            if httpx2.get(f"{base}/readyz").status_code == 200:
                break
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            raise RuntimeError(f"the server on {base} did not become ready")
        time.sleep(0.02)
    try:
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def answers(url: str) -> bool:
    with contextlib.suppress(httpx2.HTTPError):
        return httpx2.get(url, timeout=1.0).status_code == 200
    return False


class Served:
    """The service as ``make run`` serves it (``python -m app serve --no-build``: its worker
    processes, metrics port and shared folder), as a real process group that a test may kill
    (as a container is killed: every process at once) and start again."""

    def __init__(self, database: Path, log: Path, **settings: object) -> None:
        self.port = free_port()
        self.metrics_port = free_port()
        self.url = f"http://{LOOPBACK}:{self.port}"
        self.metrics_url = f"http://{LOOPBACK}:{self.metrics_port}/metrics"
        self._log = log
        self._env = {
            **os.environ,
            "PLAPI_DATABASE_PATH": str(database),
            "PLAPI_PORT": str(self.port),
            "PLAPI_METRICS_PORT": str(self.metrics_port),
            "PLAPI_LOG_LEVEL": "warning",
            **{f"PLAPI_{name.upper()}": str(value) for name, value in settings.items()},
        }
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, *, wait: bool = True) -> None:
        with self._log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "app", "serve", "--no-build"],
                env=self._env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        if wait:
            wait_for(lambda: answers(f"{self.url}/readyz"))

    def kill(self) -> None:
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def __enter__(self) -> Served:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


def wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Wait until ``condition`` holds: generous, since a busy machine is slow, never a pass."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


# --- the shapes of answers ---------------------------------------------------------------------

PROBLEM_KEYS = {"type", "title", "status", "detail", "instance"}
BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
URGENT_HELP = "Get help now if you need it"


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert PROBLEM_KEYS <= set(body) <= PROBLEM_KEYS | {"errors"}
    assert body["status"] == status
    assert body["type"] == "about:blank"
    assert "Traceback" not in response.text
    return body


def assert_kind_page(response: httpx2.Response, status: int) -> str:
    """The answer is an accessible HTML page with the same status and where to get help."""
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page = response.text
    assert '<html lang="en">' in page
    assert page.count("<h1>") == 1
    assert '<main id="main"' in page
    assert URGENT_HELP in page
    assert '<a href="/"' in page
    assert '<meta name="robots" content="noindex">' in page
    assert '"type":"about:blank"' not in page
    return page


# --- the curated data --------------------------------------------------------------------------


def problems_for(data: Path) -> list[Problem]:
    with pytest.raises(DatasetError) as caught:
        check(data)
    return caught.value.problems


def first_file(data: Path, folder: str) -> Path:
    return sorted((data / folder).glob("*.yaml"))[0]


# A record nothing else links to (so it can be deleted and the data still loads), and one to
# edit: what the history tests change in a copy of the data.
DELETED = ("conditions", "vanishing-twin")
EDITED = ("causes", "cervical-insufficiency")


def edit_summary(data: Path, folder: str, slug: str, added: str) -> None:
    """Add ``added`` to the end of a record's summary, in a copy of the data."""
    path = data / folder / f"{slug}.yaml"
    record = yaml.safe_load(path.read_text())
    record["summary"] += added
    path.write_text(yaml.safe_dump(record, sort_keys=False, allow_unicode=True))


def edit_and_delete(data: Path) -> None:
    """The change the history tests make: ``EDITED`` edited, ``DELETED`` deleted."""
    edit_summary(data, *EDITED, " Talk to your care team about it.")
    (data / DELETED[0] / f"{DELETED[1]}.yaml").unlink()


# Every code of the content guide, with the record it must find.
GUIDE_CODES = [
    ("icd10cm", "O03.9", "conditions", "miscarriage"),
    ("icd10cm", "O03.4", "conditions", "incomplete-miscarriage"),
    ("icd10cm", "O02.1", "conditions", "missed-miscarriage"),
    ("icd10cm", "O20.0", "conditions", "threatened-miscarriage"),
    ("icd10cm", "O02.0", "conditions", "anembryonic-pregnancy"),
    ("icd10cm", "O00.1", "conditions", "ectopic-pregnancy"),
    ("icd10cm", "O01.0", "conditions", "complete-molar-pregnancy"),
    ("icd10cm", "O01.1", "conditions", "partial-molar-pregnancy"),
    ("icd10cm", "O01.9", "conditions", "molar-pregnancy"),
    ("icd10cm", "N96", "conditions", "recurrent-pregnancy-loss"),
    ("icd10cm", "O26.21", "conditions", "recurrent-pregnancy-loss"),
    ("icd10cm", "O34.31", "causes", "cervical-insufficiency"),
    ("icd10cm", "P95", "conditions", "stillbirth"),
    ("icd10cm", "Z37.1", "conditions", "stillbirth"),
    ("icd10cm", "O36.4", "conditions", "stillbirth"),
    ("icd10cm", "O45.9", "causes", "placental-problems"),
    ("snomedct", "17369002", "conditions", "miscarriage"),
    ("snomedct", "34801009", "conditions", "ectopic-pregnancy"),
    ("snomedct", "102878001", "conditions", "recurrent-pregnancy-loss"),
    ("snomedct", "237364002", "conditions", "stillbirth"),
    ("snomedct", "417044008", "conditions", "molar-pregnancy"),
    ("snomedct", "54048003", "conditions", "threatened-miscarriage"),
    ("snomedct", "35999006", "conditions", "anembryonic-pregnancy"),
]


def slugs(body: dict[str, Any]) -> list[tuple[str, str]]:
    """(type, slug) of each record a look-up found, in order."""
    return [(item["type"], (item["condition"] or item["cause"])["slug"]) for item in body["items"]]


# --- search relevance on the judged queries ----------------------------------------------------

JUDGED = PROJECT_ROOT / "bench" / "judged_queries.yaml"
# The floors the suite holds (see ``bench.relevance``).
RECALL_FLOOR = 0.92
MRR_FLOOR = 0.85
# Queries no record answers: they must answer nothing (and offer help, ``SearchPage.help``).
NO_ANSWER = "no-answer"
# The ways people write after a loss, as opposed to the words of the records.
AFTER_A_LOSS = frozenset({"question", "feeling", "typo", "shorthand", "long"})
# The Spanish judged set, searched with lang=es, and the floors the suite holds on it.
JUDGED_ES = PROJECT_ROOT / "bench" / "judged_queries_es.yaml"
RECALL_FLOOR_ES = 0.92
MRR_FLOOR_ES = 0.85


@dataclass
class Judged:
    q: str
    kind: str
    relevant: list[str]


@dataclass
class Metrics:
    recall_at_3: float
    mrr_at_10: float
    misses: list[tuple[Judged, list[str]]] = field(default_factory=list)
    queries: int = 0
    per_kind: dict[str, tuple[int, float, float]] = field(default_factory=dict)
    empty: list[Judged] = field(default_factory=list)  # answerable, yet nothing answered
    answered_no_answer: list[tuple[Judged, list[str]]] = field(default_factory=list)
    no_answer: int = 0


def judged_queries(path: Path = JUDGED) -> list[Judged]:
    return [
        Judged(q=str(entry["q"]), kind=entry["kind"], relevant=entry["relevant"])
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]


def evaluate(search: Callable[[str], list[str]], judged: list[Judged] | None = None) -> Metrics:
    """Score ``search`` (query → ranked ``type/slug`` list) on every judged query: recall@3 is,
    per query, the share of its relevant records found in the top 3 (out of at most 3),
    averaged; MRR@10 the mean of 1/rank of the first relevant record within the top 10.
    Queries with no answer are not averaged: each must answer nothing, and every other query
    something."""
    by_kind: dict[str, list[tuple[float, float]]] = {}
    metrics = Metrics(recall_at_3=0.0, mrr_at_10=0.0)
    judged = judged_queries() if judged is None else judged
    for entry in judged:
        ranked = search(entry.q)[:10]
        if entry.kind == NO_ANSWER:
            metrics.no_answer += 1
            if ranked:
                metrics.answered_no_answer.append((entry, ranked[:3]))
            continue
        if not ranked:
            metrics.empty.append(entry)
        relevant = set(entry.relevant)
        found = len(relevant & set(ranked[:3]))
        first = next((rank for rank, key in enumerate(ranked, 1) if key in relevant), None)
        by_kind.setdefault(entry.kind, []).append(
            (found / min(len(relevant), 3), 1 / first if first else 0.0)
        )
        if found == 0:
            metrics.misses.append((entry, ranked[:3]))
    scores = [score for values in by_kind.values() for score in values]
    metrics.recall_at_3 = sum(recall for recall, _ in scores) / len(scores)
    metrics.mrr_at_10 = sum(rr for _, rr in scores) / len(scores)
    metrics.queries = len(judged)
    metrics.per_kind = {
        kind: (
            len(values),
            sum(recall for recall, _ in values) / len(values),
            sum(rr for _, rr in values) / len(values),
        )
        for kind, values in sorted(by_kind.items())
    }
    return metrics


def client_search(client: TestClient, lang: str | None = None) -> Callable[[str], list[str]]:
    language = {"lang": lang} if lang else {}

    def search(q: str) -> list[str]:
        response = client.get("/v1/search", params={"q": q, "limit": 10, **language})
        response.raise_for_status()
        return [f"{item['type']}/{item['slug']}" for item in response.json()["items"]]

    return search


def relevance_report(
    metrics: Metrics, path: Path = JUDGED, floors: tuple[float, float] | None = None
) -> list[str]:
    """The figures, per kind, and every query that found none of its records (of the judged
    set at ``path``, whose floors are ``floors``: the English set's unless given)."""
    after = sum(1 for entry in judged_queries(path) if entry.kind in AFTER_A_LOSS)
    recall_floor = f"floor {RECALL_FLOOR if floors is None else floors[0]}"
    lines = [
        f"judged queries: {metrics.queries} ({after} written as people write after a loss: "
        f"{', '.join(sorted(AFTER_A_LOSS))})",
        f"recall@3: {metrics.recall_at_3:.3f} ({recall_floor})",
        f"MRR@10:   {metrics.mrr_at_10:.3f} (floor {MRR_FLOOR if floors is None else floors[1]})",
        "per kind:  queries  recall@3  MRR@10",
        *(
            f"  {kind:<13} {count:>4}    {recall:.3f}   {mrr:.3f}"
            for kind, (count, recall, mrr) in metrics.per_kind.items()
        ),
        f"no-answer queries answering nothing: "
        f"{metrics.no_answer - len(metrics.answered_no_answer)}/{metrics.no_answer}",
        f"answerable queries answering nothing: {len(metrics.empty)}",
        *(f"  empty [{entry.kind}] {entry.q!r}" for entry in metrics.empty),
        *(f"  answered {entry.q!r}: {top}" for entry, top in metrics.answered_no_answer),
    ]
    for entry, top in metrics.misses:
        lines.append(f"miss [{entry.kind}] {entry.q!r}: want {entry.relevant}, got {top}")
    return lines


# --- the browser tests -------------------------------------------------------------------------

ARTIFACTS = PROJECT_ROOT / "test-artifacts" / "screenshots"
AXE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


CHROMIUM = os.environ.get("PLAPI_CHROMIUM", "/usr/bin/chromium")


@dataclass(frozen=True)
class Servers:
    """The API's base URL, and the origin of a clinic's pages on another host."""

    api: str
    host: str


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


# --- attacks, as a security review tries them ------------------------------------------------

ICD10CM_FHIR = "http://hl7.org/fhir/sid/icd-10-cm"
CDS_SERVICE = "/cds-services/pregnancy-loss-education"


def cds_call_with_codes(count: int) -> bytes:
    """A CDS Hooks call whose one Condition lists ``count`` distinct pregnancy-loss ICD-10-CM
    codes (400 make 24 KB; 4,000 fill the 256 KB a call may have)."""
    width = 2 if count <= 400 else 3
    codes = [f"O0{c}.{n:0{width}d}" for c in range(4) for n in range(10**width)][:count]
    condition = {
        "resourceType": "Condition",
        "code": {"coding": [{"system": ICD10CM_FHIR, "code": code} for code in codes]},
    }
    call = {
        "hook": "patient-view",
        "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
        "context": {"userId": "Practitioner/1", "patientId": "1"},
        "prefetch": {"condition": condition},
    }
    return json.dumps(call, separators=(",", ":")).encode()


def infobutton_criteria(count: int, seed: int = 0) -> dict[str, str]:
    """A look-up with ``count`` numbered Infobutton criteria, each a distinct code (``seed``
    varies them, so that no answer is cached)."""
    asked: dict[str, str] = {}
    for n in range(count):
        number = seed * count + n
        suffix = str(n or "")
        asked[f"mainSearchCriteria.v.c{suffix}"] = f"O0{number % 4}.{number // 4 % 100:02d}"
        asked[f"mainSearchCriteria.v.cs{suffix}"] = "2.16.840.1.113883.6.90"
    return asked


def raw_request(base: str, head: bytes, body: bytes = b"", timeout: float = 30.0) -> str:
    """Send ``head`` and ``body`` on a fresh connection; the status line answered (or how the
    connection ended)."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as connection:
        with contextlib.suppress(OSError):  # the server may close before reading it all
            connection.sendall(head + body)
        try:
            answer = connection.recv(4096)
        except OSError as error:
            return type(error).__name__
    return answer.split(b"\r\n", 1)[0].decode() if answer else "closed"


def header_of(megabytes: int, *, post: bool = False) -> bytes:
    """A request head with one header of ``megabytes`` MB."""
    line = (
        f"POST {CDS_SERVICE} HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
        if post
        else "GET /v1/meta HTTP/1.1\r\n"
    )
    return f"{line}Host: attack\r\nX-Big: ".encode() + b"a" * (megabytes << 20) + b"\r\n\r\n"


REFUSED_HEAD = {"HTTP/1.1 431 Request Header Fields Too Large", "ConnectionResetError"}


def _cds_attack(codes: int) -> Callable[[str], str]:
    def attack(base: str) -> str:
        response = httpx2.post(
            f"{base}{CDS_SERVICE}",
            content=cds_call_with_codes(codes),
            headers={"Content-Type": "application/json"},
            timeout=120,
        )
        return str(response.status_code)

    return attack


def _lookup_attack(base: str) -> str:
    asked = infobutton_criteria(25, seed=random.randrange(1000))
    return str(httpx2.get(f"{base}/v1/lookup", params=asked, timeout=120).status_code)


def _pages_attack(base: str) -> str:
    statuses = set()
    with httpx2.Client(base_url=base, timeout=120) as client:
        for _ in range(60):
            made_up = "".join(random.choices(string.ascii_lowercase, k=12))
            statuses.add(client.get(f"/?zz={made_up}").status_code)
    return "/".join(str(status) for status in sorted(statuses))


def _header_attack(megabytes: int, *, post: bool = False) -> Callable[[str], str]:
    head = header_of(megabytes, post=post)
    return lambda base: raw_request(base, head, b"{}" if post else b"", timeout=120)


@dataclass(frozen=True)
class Attack:
    """One of the security review's requests: what it does to a server at a base URL (its
    answer, as text), and the answers it should now get."""

    name: str
    send: Callable[[str], str]
    answered: frozenset[str]
    requests: int = 1


ATTACKS = [
    Attack("CDS Hooks call, 400 codes (24 KB)", _cds_attack(400), frozenset({"422"})),
    Attack("CDS Hooks call, 4,000 codes (250 KB)", _cds_attack(4000), frozenset({"422"})),
    Attack("GET /v1/lookup, 25 criteria", _lookup_attack, frozenset({"422"})),
    Attack("60 x GET /?zz=<random>", _pages_attack, frozenset({"200"}), requests=60),
    Attack("GET, 8 MB header", _header_attack(8), frozenset(REFUSED_HEAD)),
    Attack("GET, 40 MB header", _header_attack(40), frozenset(REFUSED_HEAD)),
    Attack("POST, 8 MB header", _header_attack(8, post=True), frozenset(REFUSED_HEAD)),
]


@dataclass
class HealthProbe:
    """Polls ``/healthz`` on a fresh connection every ``interval`` seconds, as a liveness
    probe does, keeping each answer's latency (from connecting to the status line: a bare
    socket, so that the client's own set-up is not counted)."""

    base: str
    interval: float = 0.02
    samples: list[tuple[float, float]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        request = b"GET /healthz HTTP/1.1\r\nHost: probe\r\nConnection: close\r\n\r\n"
        while not self._stop.is_set():
            started = time.perf_counter()
            status = raw_request(self.base, request)
            if status != "HTTP/1.1 200 OK":
                self.failures.append(status)
            self.samples.append((started, time.perf_counter() - started))
            time.sleep(self.interval)

    def __enter__(self) -> HealthProbe:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join(timeout=60)

    def worst(self, since: float, until: float) -> float:
        """The slowest answer to a probe that was waiting at any time between ``since`` and
        ``until``."""
        waiting = [took for sent, took in self.samples if sent <= until and sent + took >= since]
        return max(waiting, default=0.0)
