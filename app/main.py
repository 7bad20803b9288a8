"""The application: routers, error handlers, OpenAPI conventions and the database lifespan."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

from app import __doc__ as app_doc
from app.api import (
    causes,
    conditions,
    diagnostic_tests,
    meta,
    organizations,
    references,
    search,
    symptoms,
    treatments,
)
from app.api.errors import install_error_handlers, problem_media_type_only
from app.config import Settings, get_settings
from app.db import Database, DatabaseUnavailableError
from app.middleware.caching import CachingMiddleware

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

The content is general information, not medical advice: show the disclaimer from `/v1/meta`
with it.
"""


def operation_id(route: APIRoute) -> str:
    """``causes-list``, ``causes-get``: the tag, then the route's name."""
    return f"{route.tags[0]}-{route.name}"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            app.state.database = Database(settings.database_path)
        except DatabaseUnavailableError as error:
            logger.error("%s", error)
            app.state.database = None
        try:
            yield
        finally:
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
    ):
        app.include_router(module.router, prefix="/v1")
    app.include_router(meta.router)
    app.include_router(meta.health)

    def dataset_version() -> str | None:
        database: Database | None = app.state.database
        return database.version if database is not None else None

    app.add_middleware(
        CachingMiddleware, version=dataset_version, max_bytes=settings.cache_max_bytes
    )

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = problem_media_type_only(FastAPI.openapi(app))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
