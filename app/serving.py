"""How ``plapi serve`` runs the service: uvicorn with one worker process per CPU, each with its
own warm cache, a folder the workers share (rate-limit buckets and Prometheus metrics, fresh
for each start), the metrics on a port of their own, and request heads bounded before they
are buffered.

The protocol: uvicorn's httptools parser (measured twice as fast here as h11, which bounds a
request head by itself) buffers a request's head whole before any middleware sees it, so a
40 MB header stalled a worker for seconds before the request guard could refuse it.
``BoundedHttpToolsProtocol`` counts a head's bytes as they arrive and answers ``431`` as soon
as they pass what the guard would refuse anyway, and closes a connection whose head takes
longer than ``HEAD_TIMEOUT`` seconds. An edge in front (``deploy/nginx``: its
``large_client_header_buffers`` and ``client_header_timeout``) refuses them first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIServer

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from app.config import ENV_PREFIX, Settings, get_settings, render_networks
from app.problem_details import PROBLEM_MEDIA_TYPE, problem_body

HEAD_TIMEOUT = 10.0
"""Seconds a client has to send a request's line and headers."""
HEAD_SLACK = 1024
"""Bytes a head may hold beyond the URL and headers the guard counts (the request line's
method and version, each header's colon, space and line end)."""
LIMIT_CONCURRENCY = 1000
"""Connections and requests one worker holds at once; beyond them uvicorn answers 503 at once
instead of queueing without bound."""
KEEP_ALIVE_SECONDS = 5
WORKER_START_SECONDS = 60
"""How long the server waits for a new worker to be ready (warm) when it replaces one (on
``SIGHUP``), and for a worker to answer its health check, before it gives up on it."""


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, with a bound on the bytes and the time of a request's
    head (its line and headers), checked as they arrive."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        settings = get_settings()
        self.head_limit = settings.max_url_length + settings.max_header_bytes + HEAD_SLACK
        self.head_bytes = 0
        self.in_head = True
        self.head_timer: Any = None

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self.head_timer = self.loop.call_later(HEAD_TIMEOUT, self._head_timed_out)

    def connection_lost(self, exc: Exception | None) -> None:
        if self.head_timer is not None:
            self.head_timer.cancel()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        # A read is at most the transport's buffer: the parser takes it, and if the head is
        # still not complete past the bound, nothing more is read.
        if self.in_head:
            self.head_bytes += len(data)
        super().data_received(data)
        if self.in_head and self.head_bytes > self.head_limit and not self.transport.is_closing():
            self._refuse_head()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if not self.in_head:  # the next request on this connection
            self.in_head = True
            self.head_bytes = 0
            self.head_timer = self.loop.call_later(HEAD_TIMEOUT, self._head_timed_out)

    def on_headers_complete(self) -> None:
        self.in_head = False
        if self.head_timer is not None:
            self.head_timer.cancel()
            self.head_timer = None
        super().on_headers_complete()

    def _head_timed_out(self) -> None:
        self.head_timer = None
        if self.in_head and not self.transport.is_closing():
            self.transport.close()

    def _refuse_head(self) -> None:
        """Answer 431 and close, reading nothing more of the request."""
        self.in_head = False
        body = problem_body(
            431, f"The request line and headers are larger than {self.head_limit} bytes.", ""
        )
        head = (
            "HTTP/1.1 431 Request Header Fields Too Large\r\n"
            f"content-type: {PROBLEM_MEDIA_TYPE}\r\ncontent-length: {len(body)}\r\n"
            "cache-control: no-store\r\nconnection: close\r\n\r\n"
        )
        self.transport.write(head.encode() + body)
        self.transport.close()


@contextlib.contextmanager
def shared_dir(workers: int) -> Iterator[Path]:
    """A fresh folder for one server's worker processes, named to them in the environment
    (``PLAPI_SHARED_DIR``, and ``PROMETHEUS_MULTIPROC_DIR`` for the metrics within it), and
    removed when the server stops. One worker shares nothing: its own memory serves."""
    folder = Path(tempfile.mkdtemp(prefix="plapi-"))
    (folder / "metrics").mkdir()
    named = {"PROMETHEUS_MULTIPROC_DIR": str(folder / "metrics")}
    if workers > 1:
        named[f"{ENV_PREFIX}SHARED_DIR"] = str(folder)
    before = {name: os.environ.get(name) for name in named}
    os.environ.update(named)
    _choose_metric_values()
    try:
        yield folder
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        _choose_metric_values()
        shutil.rmtree(folder, ignore_errors=True)


def _choose_metric_values() -> None:
    """Metrics made from now on keep their values where the environment says: in files in
    ``PROMETHEUS_MULTIPROC_DIR``, or in memory (prometheus_client decides it when imported,
    and this process may have imported it before)."""
    from prometheus_client import values

    values.ValueClass = values.get_value_class()  # type: ignore[no-untyped-call]


def serve_metrics(host: str, port: int, folder: Path) -> WSGIServer:
    """Prometheus metrics of every worker, added up, on their own port (in a thread of this
    process). A worker that has died no longer counts in the gauges."""
    from prometheus_client import CollectorRegistry, multiprocess, start_http_server
    from prometheus_client.registry import Collector

    class Workers(Collector):
        def collect(self) -> Any:
            for path in folder.glob("gauge_live*_*.db"):
                pid = int(path.stem.rpartition("_")[2])
                if not _alive(pid):
                    multiprocess.mark_process_dead(pid, str(folder))  # type: ignore[no-untyped-call]
            workers = multiprocess.MultiProcessCollector(None, path=str(folder))  # type: ignore[no-untyped-call]
            return workers.collect()  # type: ignore[no-untyped-call]

    registry = CollectorRegistry()
    registry.register(Workers())
    server, _ = start_http_server(port, addr=host, registry=registry)
    return server


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def run(settings: Settings, log_config: dict[str, Any]) -> None:
    """Serve until stopped: ``settings.workers`` processes on one socket."""
    with shared_dir(settings.workers) as folder:
        metrics = (
            serve_metrics(settings.host, settings.metrics_port, folder / "metrics")
            if settings.metrics_port
            else None
        )
        try:
            uvicorn.run(
                "app.main:create_app",
                factory=True,
                host=settings.host,
                port=settings.port,
                workers=settings.workers,
                http=BoundedHttpToolsProtocol,
                limit_concurrency=LIMIT_CONCURRENCY,
                timeout_keep_alive=KEEP_ALIVE_SECONDS,
                timeout_worker_healthcheck=WORKER_START_SECONDS,
                log_level=settings.log_level,
                log_config=log_config,
                access_log=False,  # the app writes its own JSON access log, with request ids
                server_header=False,
                # Forwarded headers are believed only from the configured proxies (uvicorn
                # would otherwise believe any from 127.0.0.1): they set the client address the
                # rate limit counts and the scheme that absolute links use.
                proxy_headers=bool(settings.trusted_proxies),
                forwarded_allow_ips=render_networks(settings.trusted_proxies) or None,
            )
        finally:
            if metrics is not None:
                metrics.shutdown()
