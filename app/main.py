"""The composition root: ``create_app`` puts the parts together, each listed once — the
routers, the error handlers and pages, the OpenAPI document, the response cache, the
middleware in its order, and the lifespan that opens the database and watches for new ones."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

from anyio import to_thread
from fastapi import Depends, FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from prometheus_client import CollectorRegistry
from starlette.middleware import Middleware
from starlette.routing import Mount
from starlette.types import ASGIApp

from app import __doc__ as app_doc
from app.api import cds, changes, export, lookup, meta, search
from app.api.docs import install_docs
from app.api.errors import (
    install_error_handlers,
    query_parameters,
    reject_repeated_parameters,
    reject_unknown_parameters,
)
from app.api.records import record_router
from app.config import Settings, get_settings
from app.db import Database, DatabaseUnavailableError
from app.middleware.caching import CachingMiddleware, KeyParameters, ResponseCache
from app.middleware.guard import RequestGuardMiddleware
from app.middleware.observability import (
    UNMATCHED,
    Metrics,
    ObservabilityMiddleware,
    RouteLabels,
)
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
from app.web.jsonld import PUBLIC_BASE_URL
from app.web.pages import install_pages

logger = logging.getLogger("app")

ROUTE_THREADS = 2
"""Worker threads for the routes that run off the event loop (lists, search, look-ups, pages):
their work is Python under one interpreter lock, so more threads would only take turns with the
loop that answers everything else; two let one read SQLite while the other computes."""


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
        dependencies=[Depends(reject_repeated_parameters), Depends(reject_unknown_parameters)],
        # The service exports its own Prometheus metrics; FastAPI's telemetry would only add
        # per-request checks for providers that are not configured.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.database = None
    app.state.cache = ResponseCache(settings.cache_max_bytes)
    app.state.metrics = Metrics(CollectorRegistry())
    setattr(app.state, PUBLIC_BASE_URL, settings.public_base_url)
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

    1. response headers, outermost, so that every answer carries them, an unexpected 500
       included;
    2. observability (request id, access log, metrics), outside the server-error layer, so that
       a 500 is logged and counted too;
    3. the request guard: what a read-only API never needs is refused before anything else;
    4. the rate limit;
    5. the response cache, innermost: it sees only requests that passed every check outside it.
    """
    cors_origins = frozenset(settings.cors_origins)

    def cached(routes: ASGIApp) -> ASGIApp:
        # Kept on the app, so that warm-up renders through it into a new dataset's cache.
        layer = CachingMiddleware(
            routes,
            version=lambda: _version(app),
            cache=lambda: app.state.cache,
            key_parameters=parameters_read(app),
            per_host=settings.public_base_url is None,
        )
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
            route_label=route_labels(app),
            metrics=app.state.metrics,
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
            shared_dir=settings.shared_dir,
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


def parameters_read(app: FastAPI) -> KeyParameters:
    """For each path outside the API (pages, documentation, assets), the query parameters its
    route reads: those routes ignore any other, so the response cache keys them on these
    alone. API routes refuse parameters they do not know (None: every parameter counts)."""
    label = route_labels(app)
    read: dict[str, frozenset[str] | None] = {}
    for context in iter_route_contexts(app.routes):
        route, path = context.original_route, context.path or UNMATCHED
        if isinstance(route, Mount):
            read["/" + path.split("/")[1]] = frozenset()
        elif isinstance(route, APIRoute):
            read[path] = None if route.include_in_schema else query_parameters(route)
        else:
            read[path] = frozenset()
    read[UNMATCHED] = None
    return lambda path: read.get(label(path))


def _version(app: FastAPI) -> str | None:
    database: Database | None = app.state.database
    return database.version if database is not None else None


async def _all_warm(shared_dir: Path, workers: int, timeout: float = 60.0) -> None:
    """Say this worker is warm, then wait (a while at most) until its siblings are too: they
    then start accepting connections together, and a herd that arrives when the server first
    answers is shared among them instead of falling on the first one warm. A worker that
    replaces another finds its siblings warm already."""
    warm_dir = shared_dir / "warm"
    warm_dir.mkdir(exist_ok=True)
    (warm_dir / str(os.getpid())).touch()
    deadline = asyncio.get_running_loop().time() + timeout
    while len(list(warm_dir.iterdir())) < workers:
        if asyncio.get_running_loop().time() > deadline:
            logger.warning("starting before every worker is warm")
            return
        await asyncio.sleep(0.05)


def _lifespan(settings: Settings) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """Open the database (or wait for one), warm a response cache for it, and only then let it
    serve (uvicorn accepts connections once the lifespan has started); watch for newly loaded
    databases, and swap each in the same way, warm; close everything at the end."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        to_thread.current_default_thread_limiter().total_tokens = ROUTE_THREADS

        async def serve(database: Database) -> None:
            cache = ResponseCache(settings.cache_max_bytes)
            if settings.warm and settings.cache_max_bytes > 0:
                pages = settings.public_base_url is not None
                await warm(app.state.cached_routes, database, cache, app, pages=pages)
            app.state.cache, app.state.database = cache, database

        try:
            opened: Database | None = Database(settings.database_path)
        except DatabaseUnavailableError as error:
            logger.error("%s", error)
            opened = None
        if opened is not None:
            await serve(opened)
        if settings.shared_dir is not None:
            await _all_warm(settings.shared_dir, settings.workers)
        watcher = DatasetWatcher(
            settings.database_path,
            current=lambda: app.state.database,
            swap=serve,
            interval=settings.reload_interval,
        )
        task = asyncio.create_task(watcher.run())
        app.state.watcher = watcher
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            if app.state.database is not None:
                app.state.database.close()

    return lifespan
