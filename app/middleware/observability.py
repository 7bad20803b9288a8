"""Request ids, structured JSON access logs and Prometheus metrics (served on the metrics port,
never on the public one: ``app.serving``)."""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import unquote_plus

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from starlette.routing import compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

access_log = logging.getLogger("app.access")

REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
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
        self.exact: set[str] = set()
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


class Metrics:
    """The service's Prometheus metrics. In a server of several worker processes
    (``PROMETHEUS_MULTIPROC_DIR`` set), each process writes its values to files there and the
    metrics port adds them up (``app.serving``); otherwise ``registry`` holds them."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        self.requests = Counter(
            "plapi_requests",
            "HTTP requests answered.",
            ["method", "route", "status"],
            registry=registry,
        )
        self.latency = Histogram(
            "plapi_request_duration_seconds",
            "Time to answer, by route.",
            ["route"],
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.cache = {
            "hit": Counter("plapi_cache_hits", "Answers served from the cache.", registry=registry),
            "miss": Counter("plapi_cache_misses", "Answers computed.", registry=registry),
        }
        # 1 for each version a live worker serves (the highest of the workers' values).
        self.dataset = Gauge(
            "plapi_dataset_info",
            "The dataset being served.",
            ["version"],
            registry=registry,
            multiprocess_mode="livemax",
        )
        self.version: str | None = None
        # Label look-ups cost more than the increments; labels are few, so keep the children.
        self.children: dict[tuple[str, str, str], tuple[Any, Any]] = {}

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        key = (method, route, str(status))
        children = self.children.get(key)
        if children is None:
            children = (self.requests.labels(*key), self.latency.labels(route))
            self.children[key] = children
        children[0].inc()
        children[1].observe(seconds)

    def serving(self, version: str | None) -> None:
        if version != self.version:
            if self.version is not None:
                self.dataset.labels(self.version).set(0)
            self.dataset.labels(version or "none").set(1)
            self.version = version


class ObservabilityMiddleware:
    """A request id on every answer, one JSON access-log line per request and the metrics.

    The log line names the route and the query parameters' names, never their values nor the
    path itself: searches and an EHR's Infobutton parameters (age, gender, ZIP code…) are
    about patients, and stay out of logs."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        version: Callable[[], str | None],
        route_label: Callable[[str], str],
        metrics: Metrics,
    ) -> None:
        self.app = app
        self.version = version
        self.route_label = route_label
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = _incoming_id(scope) or os.urandom(16).hex()
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
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
            await self.app(scope, receive, sending)
        finally:
            elapsed = time.perf_counter() - started
            route = self.route_label(scope["path"])
            self.metrics.observe(scope["method"], route, status, elapsed)
            looked_up = state.get("cache")
            if looked_up in self.metrics.cache:
                self.metrics.cache[looked_up].inc()
            self.metrics.serving(self.version())
            if access_log.isEnabledFor(logging.INFO):
                access_log.info(
                    "%s %s %s",
                    scope["method"],
                    route,
                    status,
                    extra={
                        "fields": {
                            "request_id": request_id,
                            "method": scope["method"],
                            "route": route,
                            "parameters": parameter_names(scope.get("query_string", b"")),
                            "status": status,
                            "duration_ms": round(elapsed * 1000, 3),
                            "bytes": size,
                            "client": (scope.get("client") or ("", 0))[0],
                        }
                    },
                )


def parameter_names(query_string: bytes) -> list[str]:
    """The names of the query parameters, each once, in order, without their values."""
    names = (pair.partition(b"=")[0] for pair in query_string.split(b"&") if pair)
    return list(dict.fromkeys(unquote_plus(name.decode("latin-1"))[:64] for name in names))[:50]


def _incoming_id(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"x-request-id":
            candidate = value.decode("latin-1")
            return candidate if REQUEST_ID.match(candidate) else None
    return None
