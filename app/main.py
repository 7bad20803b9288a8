"""The composition root: ``create_app`` puts the parts together, each listed once — the
routers, the error handlers and pages, the OpenAPI document, the response cache, the
middleware in its order, and the lifespan that opens the database and watches for new ones."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.routing import iter_route_contexts
from starlette.middleware import Middleware
from starlette.routing import Mount
from starlette.types import ASGIApp

from app import __doc__ as app_doc
from app.api import cds, changes, export, lookup, meta, search
from app.api.docs import install_docs
from app.api.errors import install_error_handlers, reject_repeated_parameters
from app.api.records import record_router
from app.config import Settings, get_settings
from app.db import Database, DatabaseUnavailableError
from app.middleware.caching import CachingMiddleware, ResponseCache
from app.middleware.guard import RequestGuardMiddleware
from app.middleware.observability import ObservabilityMiddleware, RouteLabels
from app.middleware.ratelimit import RateLimitMiddleware
from app.middleware.security import ResponseHeadersMiddleware, html_policy
from app.openapi import (
    API_VERSION,
    CONTACT,
    DESCRIPTION,
    SERVERS,
    TAGS,
    install_openapi,
    operation_id,
)
from app.record_type import API_PREFIX
from app.registry import TYPES
from app.reload import DatasetWatcher
from app.warmup import warm
from app.web.pages import install_pages

logger = logging.getLogger("app")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(
        title="Pregnancy Loss Information API",
        summary=(app_doc or "").strip(),
        description=DESCRIPTION,
        version=API_VERSION,
        openapi_tags=TAGS,
        generate_unique_id_function=operation_id,
        lifespan=_lifespan(settings),
        license_info={"name": "Content: CC BY 4.0", "identifier": "CC-BY-4.0"},
        contact=CONTACT,
        servers=SERVERS,
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(reject_repeated_parameters)],
        # The service exports its own Prometheus metrics; FastAPI's telemetry would only add
        # per-request checks for providers that are not configured.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.database = None
    app.state.cache = ResponseCache(settings.cache_max_bytes)
    install_error_handlers(app)
    for record_type in TYPES.values():
        app.include_router(record_router(record_type), prefix=API_PREFIX)
    app.include_router(search.router, prefix=API_PREFIX)
    app.include_router(lookup.router, prefix=API_PREFIX)
    app.include_router(changes.router, prefix=API_PREFIX)
    app.include_router(export.router, prefix=API_PREFIX)
    app.include_router(cds.router)
    app.include_router(meta.router)
    app.include_router(meta.health)
    install_docs(app, frame_ancestors=settings.frame_ancestors)
    install_pages(app)
    install_openapi(app, settings)
    install_middleware(app, settings)
    return app


def install_middleware(app: FastAPI, settings: Settings) -> None:
    """The middleware, outermost first, written once:

    1. response headers, outermost, so that every answer carries them, ``/metrics`` and an
       unexpected 500 included;
    2. observability (request id, access log, metrics), outside the server-error layer, so that
       a 500 is logged and counted too;
    3. the request guard: what a read-only API never needs is refused before anything else;
    4. the rate limit;
    5. the response cache, innermost: it sees only requests that passed every check outside it.
    """
    cache: ResponseCache = app.state.cache
    cors_origins = frozenset(settings.cors_origins)

    def cached(routes: ASGIApp) -> ASGIApp:
        # Kept on the app, so that warm-up renders through it and the cache keeps the answers.
        layer = CachingMiddleware(routes, version=lambda: _version(app), cache=cache)
        app.state.cached_routes = layer
        return layer

    # Outermost first. FastAPI's own layers stand between the two lists: its server-error
    # layer (an unexpected exception becomes the 500 problem) wraps the second, its exception
    # handlers sit between the second and the routes.
    outside_fastapi = [
        Middleware(
            ResponseHeadersMiddleware,
            html_policy=html_policy(settings.frame_ancestors),
            cors_origins=cors_origins,
        ),
        Middleware(
            ObservabilityMiddleware,
            version=lambda: _version(app),
            cache_counts=lambda: (cache.hits, cache.misses),
            route_label=route_labels(app),
        ),
    ]
    app.user_middleware = [
        Middleware(
            RequestGuardMiddleware,
            max_url_length=settings.max_url_length,
            max_header_bytes=settings.max_header_bytes,
            cors_origins=cors_origins,
        ),
        Middleware(
            RateLimitMiddleware,
            per_minute=settings.rate_limit_per_minute,
            burst=settings.rate_limit_burst,
            trusted_proxies=settings.trusted_proxies,
        ),
        Middleware(cached),
    ]

    def build_middleware_stack() -> ASGIApp:
        built = FastAPI.build_middleware_stack(app)
        for cls, args, kwargs in reversed(outside_fastapi):
            built = cls(built, *args, **kwargs)
        return built

    app.build_middleware_stack = build_middleware_stack  # type: ignore[method-assign]


def route_labels(app: FastAPI) -> RouteLabels:
    """Metric labels from the templates of every route of ``app`` and its mounts."""
    templates, mounts = [], []
    for context in iter_route_contexts(app.routes):
        if isinstance(context.original_route, Mount):
            mounts.append(context.original_route.path)
        elif context.path is not None:
            templates.append(context.path)
    return RouteLabels(templates, mounts)


def _version(app: FastAPI) -> str | None:
    database: Database | None = app.state.database
    return database.version if database is not None else None


def _lifespan(settings: Settings) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """Open the database (or wait for one), watch for newly loaded ones, warm the cache after
    each; close everything at the end."""

    def start_warming(app: FastAPI, database: Database) -> None:
        if settings.cache_max_bytes > 0:
            app.state.warming = asyncio.create_task(warm(app.state.cached_routes, database, app))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        def swap(database: Database) -> None:
            app.state.database = database
            start_warming(app, database)

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
            start_warming(app, app.state.database)
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

    return lifespan
