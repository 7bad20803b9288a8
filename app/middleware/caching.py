"""HTTP caching: an in-process response cache, strong ETags, 304s, Cache-Control and gzip.

Every GET answer is a deterministic function of the request and the dataset version, so:

- the response to a normalized request is computed once per dataset version and kept in a
  memory-bounded cache (one per dataset version: a new one is filled before it is swapped in);
- its ETag is a hash of the dataset version and the body, the same on every replica (or the
  one the route gives, when it knows a better one: the export's names its dataset version);
- ``If-None-Match`` with that ETag answers ``304 Not Modified`` without a body;
- answers of 1,400 bytes or more are stored gzip-compressed too, and served that way to clients
  that accept it (``Vary: Accept-Encoding``);
- ``HEAD`` is answered as ``GET`` without the body;
- pages, JSON-LD and Infobutton Atom feeds, whose links are absolute, are kept apart per
  scheme and host, unless the links are built on a configured public address;
- each language is kept and tagged apart: an API answer's language is its ``lang`` (part of
  the query) or, without one, what ``Accept-Language`` negotiates; a page's is in its address.
  The ETag covers the answer's ``Content-Language``, and every answer says
  ``Vary: Accept, Accept-Encoding, Accept-Language``;
- a request's key holds only the query parameters its route reads, where the route ignores
  the others (the pages for people): made-up parameters neither recompute nor crowd the cache;
- requests for an answer being rendered wait for it instead of rendering it again.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.negotiation import ATOM_TYPES, accepts_gzip, negotiate_language, prefers_jsonld

COMPRESS_MIN_BYTES = 1400
GZIP_LEVEL = 6
CACHEABLE_STATUSES = frozenset({200})
ETAGGED_STATUSES = frozenset({200, 404})
VARY = b"Accept, Accept-Encoding, Accept-Language"
# A record may be added by the next dataset: "not found" is kept for minutes, not an hour.
NOT_FOUND_CONTROL = "public, max-age=300"
PROTECTED_SHARE = 0.8
"""The share of the cache's bytes that answers asked for more than once may hold."""
TARGET = "cache_target"
"""The scope state that renders a request into another cache (``Target``): warm-up fills a
dataset's cache before the dataset serves."""
# Which query parameters make up a path's key: None for all of them.
KeyParameters = Callable[[str], frozenset[str] | None]


def cache_control(path: str) -> str:
    """How long caches may keep an answer: data changes only when a new dataset is loaded."""
    if path in ("/healthz", "/readyz"):
        return "no-store"
    if path.startswith("/v1/search"):
        return "public, max-age=300, stale-while-revalidate=3600"
    return "public, max-age=3600, stale-while-revalidate=86400"


@dataclass(frozen=True)
class CachedResponse:
    status: int
    headers: tuple[tuple[bytes, bytes], ...]  # without length, encoding and ETag
    body: bytes
    etag: bytes
    gzipped: bytes | None

    @property
    def size(self) -> int:
        return len(self.body) + len(self.gzipped or b"") + 256


def etag_for(version: str, body: bytes, language: bytes = b"") -> bytes:
    """A strong ETag: the same dataset, body and language always give the same one, and two
    languages never share one, even where their bodies are the same (a list of citations)."""
    digest = hashlib.blake2b(
        version.encode() + b"\0" + language + b"\0" + body, digest_size=12
    ).hexdigest()
    return f'"{digest}"'.encode()


def representation(scope: Scope) -> str:
    """Which representation the ``Accept`` header asks for: only JSON-LD differs from JSON."""
    accept = _header(scope, b"accept") or b""
    return "ld+json" if prefers_jsonld(accept.decode("latin-1")) else "json"


def negotiated_language(scope: Scope, query: list[tuple[str, str]]) -> str:
    """The part of an API answer's cache key that ``Accept-Language`` decides: the language it
    negotiates, unless ``lang`` is in the query (and so in the key already). Pages are in the
    language their address names."""
    if not scope["path"].startswith("/v1/") or any(name == "lang" for name, _ in query):
        return ""
    accept_language = _header(scope, b"accept-language") or b""
    return negotiate_language(accept_language.decode("latin-1")).value


def _accepts_gzip(scope: Scope) -> bool:
    for name, value in scope["headers"]:
        if name == b"accept-encoding":
            return accepts_gzip(value.decode("latin-1"))
    return False


def _header(scope: Scope, wanted: bytes) -> bytes | None:
    for name, value in scope["headers"]:
        if name == wanted:
            return bytes(value)
    return None


def _matches(if_none_match: bytes | None, etag: bytes) -> bool:
    if if_none_match is None:
        return False
    if if_none_match.strip() == b"*":
        return True
    tags = [tag.strip().removeprefix(b"W/") for tag in if_none_match.split(b",")]
    return etag in tags or etag[:-1] + b'-gzip"' in tags


class ResponseCache:
    """Responses, bounded by the bytes they hold, in two least-recently-used segments (a
    segmented LRU): a new answer enters on probation and is protected once it is asked for
    again (warm-up's answers are protected at once); probation is emptied first, and the
    protected segment holds at most ``PROTECTED_SHARE`` of the bytes. So a flood of one-off
    requests (random search words) takes turns in probation and never evicts the answers
    people keep asking for."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.version: str | None = None
        self.probation: OrderedDict[str, CachedResponse] = OrderedDict()
        self.protected: OrderedDict[str, CachedResponse] = OrderedDict()
        self.bytes = 0
        self.protected_bytes = 0
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self.probation) + len(self.protected)

    def get(self, version: str, key: str) -> CachedResponse | None:
        if version != self.version:
            self.clear(version)
        entry = self.protected.get(key)
        if entry is not None:
            self.protected.move_to_end(key)
        else:
            entry = self.probation.pop(key, None)
            if entry is None:
                self.misses += 1
                return None
            self._protect(key, entry)
        self.hits += 1
        return entry

    def put(self, version: str, key: str, entry: CachedResponse, *, protect: bool = False) -> None:
        if version != self.version:
            self.clear(version)
        if entry.size > self.max_bytes // 4:
            return
        self._drop(key)
        if protect:
            self._protect(key, entry)
        else:
            self.probation[key] = entry
        self.bytes += entry.size
        while self.bytes > self.max_bytes:
            segment = self.probation or self.protected
            _, evicted = segment.popitem(last=False)
            self.bytes -= evicted.size
            if segment is self.protected:
                self.protected_bytes -= evicted.size

    def _protect(self, key: str, entry: CachedResponse) -> None:
        """Move ``entry`` (counted in ``bytes`` already, or about to be) to the protected
        segment; its least recent entries go back on probation beyond its share."""
        self.protected[key] = entry
        self.protected_bytes += entry.size
        while self.protected_bytes > self.max_bytes * PROTECTED_SHARE and len(self.protected) > 1:
            demoted_key, demoted = self.protected.popitem(last=False)
            self.protected_bytes -= demoted.size
            self.probation[demoted_key] = demoted

    def _drop(self, key: str) -> None:
        old = self.probation.pop(key, None)
        if old is None:
            old = self.protected.pop(key, None)
            if old is not None:
                self.protected_bytes -= old.size
        if old is not None:
            self.bytes -= old.size

    def clear(self, version: str | None) -> None:
        self.version = version
        self.probation.clear()
        self.protected.clear()
        self.bytes = 0
        self.protected_bytes = 0


@dataclass(frozen=True)
class Target:
    """Where a warm-up request's answer goes: the cache of a dataset version not serving yet."""

    version: str
    cache: ResponseCache


class CachingMiddleware:
    """Serves GET and HEAD from the response cache, with ETags, 304s and compression.

    ``cache`` gives the cache of the dataset serving now (a new dataset comes with a new,
    warm one); ``key_parameters`` the query parameters that make up a path's key, for routes
    that read only those; ``per_host`` keeps answers with absolute links apart per host (off
    when links are built on a configured public address)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        version: Callable[[], str | None],
        cache: Callable[[], ResponseCache],
        key_parameters: KeyParameters = lambda path: None,
        per_host: bool = True,
    ) -> None:
        self.app = app
        self.version = version
        self.cache = cache
        self.key_parameters = key_parameters
        self.per_host = per_host
        self.in_flight: dict[tuple[int, str, str], asyncio.Future[CachedResponse]] = {}

    def key(self, scope: Scope) -> str:
        path: str = scope["path"]
        pairs = parse_qsl(scope["query_string"].decode("latin-1"), True)
        read = self.key_parameters(path)
        if read is not None:
            pairs = [(name, value) for name, value in pairs if name in read]
        language = negotiated_language(scope, pairs)
        key = f"{path}?{urlencode(sorted(pairs))}|{language}|{representation(scope)}"
        atom = any(name == "knowledgeResponseType" and value in ATOM_TYPES for name, value in pairs)
        absolute = not path.startswith("/v1/") or key.endswith("|ld+json") or atom
        if self.per_host and absolute:
            # Pages, JSON-LD and Atom carry absolute URLs, built from the address the client used.
            key += f"|{scope.get('scheme', 'http')}://{(_header(scope, b'host') or b'').decode('latin-1')}"
        return key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        target: Target | None = state.get(TARGET)
        version = target.version if target is not None else self.version()
        control = cache_control(scope["path"])
        if version is None or control == "no-store":
            uncached = _with_headers(send, [(b"cache-control", b"no-store")])
            if scope["method"] == "HEAD":
                uncached = _without_body(uncached)
            await self.app({**scope, "method": "GET"}, receive, uncached)
            return
        cache = target.cache if target is not None else self.cache()
        key = self.key(scope)
        entry = cache.get(version, key)
        state["cache"] = "miss" if entry is None else "hit"
        if entry is None:
            entry = await self._render_once(scope, receive, cache, version, key, control)
        await _respond(scope, send, entry)

    async def _render_once(
        self,
        scope: Scope,
        receive: Receive,
        cache: ResponseCache,
        version: str,
        key: str,
        control: str,
    ) -> CachedResponse:
        """Render the answer and keep it, unless the same answer is being rendered already:
        then wait for that one. A herd asking for an answer not cached yet makes the work of
        one request."""
        flight = (id(cache), version, key)
        pending = self.in_flight.get(flight)
        if pending is not None:
            return await asyncio.shield(pending)
        rendered: asyncio.Future[CachedResponse] = asyncio.get_running_loop().create_future()
        self.in_flight[flight] = rendered
        try:
            entry = await self._render(scope, receive, cache, version, control)
        except asyncio.CancelledError:
            rendered.cancel()
            raise
        except BaseException as error:
            rendered.set_exception(error)
            rendered.exception()  # retrieved: the request that rendered it raises it
            raise
        else:
            if entry.status in CACHEABLE_STATUSES:
                cache.put(version, key, entry, protect=scope["state"].get(TARGET) is not None)
            rendered.set_result(entry)
            return entry
        finally:
            del self.in_flight[flight]

    async def _render(
        self, scope: Scope, receive: Receive, cache: ResponseCache, version: str, control: str
    ) -> CachedResponse:
        started: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                started.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app({**scope, "method": "GET"}, receive, capture)
        body = b"".join(chunks)
        status = int(started["status"])
        skip = {b"content-length", b"content-encoding", b"etag", b"cache-control", b"vary"}
        given = started.get("headers", [])
        headers = [(n, v) for n, v in given if n.lower() not in skip]
        own_etag = next((bytes(v) for n, v in given if n.lower() == b"etag"), None)
        etagged = status in ETAGGED_STATUSES
        if status == 404:
            control = NOT_FOUND_CONTROL
        headers.append((b"cache-control", control.encode() if etagged else b"no-store"))
        headers.append((b"vary", VARY))
        language = next((v for n, v in headers if n.lower() == b"content-language"), b"")
        # Compressed once for the cache; with the cache off, only for a client that takes it.
        compress = cache.max_bytes > 0 or _accepts_gzip(scope)
        gzipped = (
            gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
            if compress and etagged and len(body) >= COMPRESS_MIN_BYTES
            else None
        )
        return CachedResponse(
            status=status,
            headers=tuple(headers),
            body=body,
            etag=(own_etag or etag_for(version, body, language)) if etagged else b"",
            gzipped=gzipped,
        )


async def _respond(scope: Scope, send: Send, entry: CachedResponse) -> None:
    use_gzip = entry.gzipped is not None and _accepts_gzip(scope)
    body = entry.gzipped if use_gzip and entry.gzipped is not None else entry.body
    # A compressed body is another representation, so it gets its own strong ETag.
    etag = entry.etag[:-1] + b'-gzip"' if use_gzip and entry.etag else entry.etag
    headers = list(entry.headers)
    if etag:
        headers.append((b"etag", etag))
    # Conditionals apply only to success (RFC 9110 §13.2.1): a 404 stays a 404.
    if etag and entry.status == 200 and _matches(_header(scope, b"if-none-match"), entry.etag):
        kept = [(n, v) for n, v in headers if n in (b"cache-control", b"vary", b"etag")]
        await send({"type": "http.response.start", "status": 304, "headers": kept})
        await send({"type": "http.response.body", "body": b""})
        return
    if use_gzip:
        headers.append((b"content-encoding", b"gzip"))
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": entry.status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})


def _with_headers(send: Send, extra: list[tuple[bytes, bytes]]) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            names = {name for name, _ in extra}
            headers = [(n, v) for n, v in message.get("headers", []) if n.lower() not in names]
            message = {**message, "headers": [*headers, *extra]}
        await send(message)

    return sending


def _without_body(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)

    return sending
