"""The application: routers, middleware, error handlers, OpenAPI conventions and the lifespan
that opens the database and watches for new ones."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.routing import APIRoute
from starlette.types import ASGIApp

from app import __doc__ as app_doc
from app.api import (
    causes,
    cds,
    conditions,
    diagnostic_tests,
    lookup,
    meta,
    organizations,
    references,
    search,
    symptoms,
    treatments,
)
from app.api.common import parameters_never_null
from app.api.docs import install_docs
from app.api.errors import (
    install_error_handlers,
    problem_media_type_only,
    reject_repeated_parameters,
)
from app.api.response_headers import document_middleware
from app.config import Settings, get_settings
from app.db import Database, DatabaseUnavailableError
from app.middleware.caching import CachingMiddleware
from app.middleware.guard import RequestGuardMiddleware
from app.middleware.observability import ObservabilityMiddleware
from app.middleware.ratelimit import RateLimitMiddleware
from app.middleware.security import ResponseHeadersMiddleware, html_policy
from app.reload import DatasetWatcher
from app.warmup import warm
from app.web.pages import install_pages

logger = logging.getLogger("app")

API_VERSION = "1.0.0"

TAGS = [
    {"name": "conditions", "description": "Types of pregnancy loss."},
    {"name": "causes", "description": "Causes of and risk factors for pregnancy loss."},
    {"name": "symptoms", "description": "Signs of pregnancy loss, and how urgently to get care."},
    {"name": "diagnostic-tests", "description": "Tests that confirm a loss or look for a cause."},
    {"name": "treatments", "description": "Treatments, care and support."},
    {"name": "organizations", "description": "Support groups, helplines and professional bodies."},
    {"name": "references", "description": "Citations behind every record."},
    {"name": "search", "description": "One search over every record, and name completion."},
    {
        "name": "lookup",
        "description": "Content by clinical code (ICD-10-CM, SNOMED CT, Infobutton).",
    },
    {"name": "cds-hooks", "description": "A CDS Hooks service for EHRs."},
    {"name": "meta", "description": "The dataset: version, counts, licence and disclaimer."},
    {"name": "health", "description": "Liveness and readiness probes."},
]

DESCRIPTION = """
Curated, cited information about pregnancy loss — miscarriage, stillbirth and related
conditions — as typed JSON.

* **Lists** (`GET /v1/<type>`) return `{"items", "total", "limit", "offset"}` with RFC 8288
  `Link` headers; `limit` defaults to 20, and values above 100 are treated as 100.
* **Details** (`GET /v1/<type>/<slug>`) embed linked records as summaries and references as
  full citations.
* **Errors** are RFC 9457 `application/problem+json`.
* **Caching**: every answer has a strong `ETag`; send `If-None-Match` for a `304`.
* **Limits**: each client may make a burst of requests and then a steady rate; see the
  `RateLimit-Policy` and `RateLimit` headers. Over the limit: `429` with `Retry-After`.

The content is general information, not medical advice: show the disclaimer from `/v1/meta`
with it.
"""


def operation_id(route: APIRoute) -> str:
    """``causes-list``, ``causes-get``: the tag, then the route's name."""
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    def start_warming(database: Database) -> None:
        layer = caching_layer(app)
        if layer is not None and settings.cache_max_bytes > 0:
            app.state.warming = asyncio.create_task(warm(layer, database, app))

    def swap(database: Database) -> None:
        app.state.database = database
        start_warming(database)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            app.state.database = Database(settings.database_path)
        except DatabaseUnavailableError as error:
            logger.error("%s", error)
            app.state.database = None
        watcher = DatasetWatcher(
            settings.database_path,
            current=lambda: app.state.database,
            swap=swap,
            interval=settings.reload_interval,
        )
        task = asyncio.create_task(watcher.run())
        app.state.watcher = watcher
        if app.state.database is not None:
            start_warming(app.state.database)
        try:
            yield
        finally:
            for running in (task, getattr(app.state, "warming", None)):
                if running is not None:
                    running.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await running
            if app.state.database is not None:
                app.state.database.close()

    app = FastAPI(
        title="Pregnancy Loss Information API",
        summary=(app_doc or "").strip(),
        description=DESCRIPTION,
        version=API_VERSION,
        openapi_tags=TAGS,
        generate_unique_id_function=operation_id,
        lifespan=lifespan,
        license_info={"name": "Content: CC BY 4.0", "identifier": "CC-BY-4.0"},
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(reject_repeated_parameters)],
        # The service exports its own Prometheus metrics; FastAPI's telemetry would only add
        # per-request checks for providers that are not configured.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.database = None
    install_error_handlers(app)
    for module in (
        conditions,
        causes,
        symptoms,
        diagnostic_tests,
        treatments,
        organizations,
        references,
        search,
        lookup,
    ):
        app.include_router(module.router, prefix="/v1")
    app.include_router(cds.router)
    app.include_router(meta.router)
    app.include_router(meta.health)
    install_docs(app, frame_ancestors=settings.frame_ancestors)
    install_pages(app)

    def dataset_version() -> str | None:
        database: Database | None = app.state.database
        return database.version if database is not None else None

    # Innermost first: the cache sees only requests that passed every check outside it.
    app.add_middleware(
        CachingMiddleware, version=dataset_version, max_bytes=settings.cache_max_bytes
    )
    app.add_middleware(
        RateLimitMiddleware,
        per_minute=settings.rate_limit_per_minute,
        burst=settings.rate_limit_burst,
        trusted_proxies=settings.trusted_proxies,
    )
    cors_origins = frozenset(_split(settings.cors_origins))
    app.add_middleware(
        RequestGuardMiddleware,
        max_url_length=settings.max_url_length,
        max_header_bytes=settings.max_header_bytes,
        cors_origins=cors_origins,
    )
    build_stack = app.build_middleware_stack

    def build_middleware_stack() -> ASGIApp:
        # Outside Starlette's server-error layer, so that even an unexpected 500 carries the
        # security headers and a request id, and is logged and counted; the headers outermost,
        # so that /metrics, answered by the observability layer, carries them too.
        observed = ObservabilityMiddleware(
            build_stack(), version=dataset_version, cache_counts=lambda: cache_counts(app)
        )
        return ResponseHeadersMiddleware(
            observed, html_policy=html_policy(settings.frame_ancestors), cors_origins=cors_origins
        )

    app.build_middleware_stack = build_middleware_stack  # type: ignore[method-assign]

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = document_middleware(
                parameters_never_null(problem_media_type_only(FastAPI.openapi(app)))
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def caching_layer(app: FastAPI) -> CachingMiddleware | None:
    """The response-cache layer of the built middleware stack."""
    layer: Any = app.middleware_stack
    while layer is not None:
        if isinstance(layer, CachingMiddleware):
            return layer
        layer = getattr(layer, "app", None)
    return None


def cache_counts(app: FastAPI) -> tuple[int, int]:
    """Hits and misses of the response cache."""
    layer = caching_layer(app)
    return (layer.cache.hits, layer.cache.misses) if layer is not None else (0, 0)
