"""Request ids, structured JSON access logs and Prometheus metrics (served at ``/metrics``)."""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector
from starlette.routing import compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

access_log = logging.getLogger("app.access")

REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
METRICS_PATH = "/metrics"
UNMATCHED = "unmatched"
_PARAMETER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


class RouteLabels:
    """Metric labels from the application's own route templates, so labels stay few and no
    list of paths is kept by hand: a path is counted under the template of the route that
    serves it (``/v1/causes/{slug}``), a file under the top folder of its mount (``/static``),
    and anything else as ``unmatched``.

    Paths are labelled outside the routing (a cached answer never reaches it), by the same
    templates: one whose one parameter is its last segment is looked up by the path without
    that segment; any other by its pattern.
    """

    def __init__(self, templates: Iterable[str], mounts: Iterable[str] = ()) -> None:
        self.exact: set[str] = {METRICS_PATH}
        self.by_parent: dict[str, str] = {}
        self.patterns: list[tuple[re.Pattern[str], str]] = []
        self.mounts = {f"{mount}/": "/" + mount.split("/")[1] for mount in mounts}
        for template in templates:
            parent, _, last = template.rpartition("/")
            if "{" not in template:
                self.exact.add(template)
            elif "{" not in parent and _PARAMETER.fullmatch(last):
                self.by_parent.setdefault(parent, template)
            else:
                self.patterns.append((compile_path(template)[0], template))

    def __call__(self, path: str) -> str:
        if path in self.exact:
            return path
        parent, _, last = path.rpartition("/")
        if last and parent in self.by_parent:
            return self.by_parent[parent]
        for prefix, label in self.mounts.items():
            if path.startswith(prefix):
                return label
        for pattern, template in self.patterns:
            if pattern.match(path):
                return template
        return UNMATCHED


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, message and ``extra`` fields."""

    converter = staticmethod(time.gmtime)

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            **getattr(record, "fields", {}),
        }
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class _StateCollector(Collector):
    """Cache counters and the dataset version, read when Prometheus scrapes."""

    def __init__(
        self, cache_counts: Callable[[], tuple[int, int]], version: Callable[[], str | None]
    ) -> None:
        self.cache_counts = cache_counts
        self.version = version

    def collect(self) -> Iterator[CounterMetricFamily | GaugeMetricFamily]:
        hits, misses = self.cache_counts()
        yield CounterMetricFamily("plapi_cache_hits", "Answers served from the cache.", hits)
        yield CounterMetricFamily("plapi_cache_misses", "Answers computed.", misses)
        dataset = GaugeMetricFamily(
            "plapi_dataset_info", "The dataset being served.", labels=["version"]
        )
        dataset.add_metric([self.version() or "none"], 1.0)
        yield dataset


class ObservabilityMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        version: Callable[[], str | None],
        cache_counts: Callable[[], tuple[int, int]],
        route_label: Callable[[str], str],
    ) -> None:
        self.app = app
        self.route_label = route_label
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "plapi_requests",
            "HTTP requests answered.",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "plapi_request_duration_seconds",
            "Time to answer, by route.",
            ["route"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.registry.register(_StateCollector(cache_counts, version))
        # Label look-ups cost more than the increments; labels are few, so keep the children.
        self.children: dict[tuple[str, str, str], tuple[Any, Any]] = {}

    def _observe(self, method: str, route: str, status: int, seconds: float) -> None:
        key = (method, route, str(status))
        children = self.children.get(key)
        if children is None:
            children = (self.requests.labels(*key), self.latency.labels(route))
            self.children[key] = children
        children[0].inc()
        children[1].observe(seconds)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = _incoming_id(scope) or os.urandom(16).hex()
        scope.setdefault("state", {})["request_id"] = request_id
        status = 500
        size = 0

        async def sending(message: Message) -> None:
            nonlocal status, size
            if message["type"] == "http.response.start":
                status = message["status"]
                message = {
                    **message,
                    "headers": [
                        *message.get("headers", []),
                        (b"x-request-id", request_id.encode()),
                    ],
                }
            elif message["type"] == "http.response.body":
                size += len(message.get("body", b""))
            await send(message)

        try:
            if scope["path"] == METRICS_PATH and scope["method"] in ("GET", "HEAD"):
                await self._metrics(scope, sending)
            else:
                await self.app(scope, receive, sending)
        finally:
            elapsed = time.perf_counter() - started
            self._observe(scope["method"], self.route_label(scope["path"]), status, elapsed)
            if access_log.isEnabledFor(logging.INFO):
                access_log.info(
                    "%s %s %s",
                    scope["method"],
                    scope["path"],
                    status,
                    extra={
                        "fields": {
                            "request_id": request_id,
                            "method": scope["method"],
                            "path": scope["path"],
                            "query": scope.get("query_string", b"").decode("latin-1"),
                            "status": status,
                            "duration_ms": round(elapsed * 1000, 3),
                            "bytes": size,
                            "client": (scope.get("client") or ("", 0))[0],
                        }
                    },
                )

    async def _metrics(self, scope: Scope, send: Send) -> None:
        body = generate_latest(self.registry)
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"text/plain; version=0.0.4; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()),
                    (b"cache-control", b"no-store"),
                ],
            }
        )
        await send(
            {"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body}
        )


def _incoming_id(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"x-request-id":
            candidate = value.decode("latin-1")
            return candidate if REQUEST_ID.match(candidate) else None
    return None
