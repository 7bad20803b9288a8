"""Cache warm-up: after start and after each reload, every record and every list's first page
are rendered once in the background, in each language (English as asked for without ``lang``,
the others with it), so the first visitors get cached answers."""

from __future__ import annotations

import asyncio
import gc
import logging

from sqlalchemy import text
from starlette.types import ASGIApp, Message

from app.db import Database
from app.record_type import api_path
from app.registry import TYPES
from app.vocabulary import Language

logger = logging.getLogger("app.warmup")


def settle_memory() -> None:
    """Collect what the previous dataset left, then freeze what is alive now (the dataset,
    search index and cached answers) so the collector never walks it again: full collections
    over it stalled answers for tens of milliseconds under load (see bench/perf.py)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def warm_paths(database: Database) -> list[str]:
    """The addresses to render, English first: each API path, then with each other ``lang``."""
    paths = ["/v1/meta", *(f"/v1/{name}" for name in TYPES)]
    with database.engine.connect() as connection:
        for name, record_type in TYPES.items():
            table = record_type.table.__tablename__
            for (slug,) in connection.execute(text(f"SELECT slug FROM {table}")):
                paths.append(api_path(name, slug))
    others = [language for language in Language if language is not Language.en]
    return [*paths, *(f"{path}?lang={language.value}" for language in others for path in paths)]


async def warm(layer: ASGIApp, database: Database, app: object) -> int:
    """Render each path through ``layer`` (the response cache, so it keeps them) and what it
    wraps; ``app`` is the application the scope names, as Starlette expects."""
    paths = await asyncio.to_thread(warm_paths, database)
    for path in paths:
        await _get(layer, path, app)
        await asyncio.sleep(0)  # let real requests through between pages
    settle_memory()
    logger.info(
        "cache warmed", extra={"fields": {"pages": len(paths), "version": database.version}}
    )
    return len(paths)


async def _get(layer: ASGIApp, address: str, app: object) -> None:
    path, _, query = address.partition("?")
    scope = {
        "app": app,
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"warmup"), (b"accept-encoding", b"gzip")],
        "client": ("127.0.0.1", 0),
        "server": ("warmup", 80),
        "state": {},
    }

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(_message: Message) -> None:
        return None

    await layer(scope, receive, send)
