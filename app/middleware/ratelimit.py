"""Per-client rate limiting: a token bucket per client.

Each client may make ``burst`` requests at once and then ``per_minute`` a minute. Over the
limit it gets ``429 Too Many Requests`` with ``Retry-After``; other clients are unaffected.
Every answer carries the IETF ``RateLimit-Policy`` and ``RateLimit`` headers. The client is the
connection's peer address, or — only when that peer is a trusted proxy — the nearest untrusted
address in ``X-Forwarded-For``; an IPv6 client is its /64 network (one host's share of IPv6
addresses). The worker processes of one server share their buckets (``SharedTokenBuckets``),
so a client gets the same limit whichever worker answers it.
"""

from __future__ import annotations

import fcntl
import hashlib
import ipaddress
import math
import mmap
import os
import struct
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.config import Network
from app.middleware.problems import send_problem

EXEMPT_PATHS = frozenset({"/healthz", "/readyz"})
POLICY_NAME = "per-client"
MAX_CLIENTS = 100_000
IPV6_CLIENT_PREFIX = 64
SHARED_FILE = "ratelimit.buckets"


@dataclass(frozen=True)
class Decision:
    allowed: bool
    remaining: int
    retry_after: float  # seconds until the next token


class Buckets(Protocol):
    def take(self, client: str) -> Decision: ...


def _decide(tokens: float, rate: float) -> tuple[float, Decision]:
    """Spend a token if there is one: the tokens left, and the decision."""
    allowed = tokens >= 1.0
    if allowed:
        tokens -= 1.0
    retry_after = 0.0 if tokens >= 1.0 else (1.0 - tokens) / rate
    return tokens, Decision(allowed=allowed, remaining=int(tokens), retry_after=retry_after)


class TokenBuckets:
    """Buckets for many clients, least recently seen forgotten first beyond ``max_clients``."""

    def __init__(
        self,
        per_minute: int,
        burst: int,
        clock: Callable[[], float] = time.monotonic,
        max_clients: int = MAX_CLIENTS,
    ) -> None:
        self.rate = per_minute / 60.0
        self.burst = burst
        self.clock = clock
        self.max_clients = max_clients
        self.buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, client: str) -> Decision:
        now = self.clock()
        tokens, last = self.buckets.pop(client, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        tokens, decision = _decide(tokens, self.rate)
        self.buckets[client] = (tokens, now)
        if len(self.buckets) > self.max_clients:
            self.buckets.popitem(last=False)
        return decision


class SharedTokenBuckets:
    """The same buckets in a file that every worker process of one server maps into memory.

    A fixed table of ``slots`` buckets (client hash, tokens, last seen), 24 bytes each: a
    client's bucket is one of ``PROBES`` slots from its hash on. A new client takes an empty or
    refilled slot (a full bucket is as good as none), else the least recently seen of those.
    A lock on the file makes each take atomic across processes; it is held for microseconds.
    The clock is the system's monotonic clock, the same in every process."""

    SLOT = struct.Struct("<Qdd")
    PROBES = 8

    def __init__(
        self,
        path: Path,
        per_minute: int,
        burst: int,
        clock: Callable[[], float] = time.monotonic,
        slots: int = 2 * MAX_CLIENTS,
    ) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock
        self.slots = slots
        size = slots * self.SLOT.size
        self.fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if os.fstat(self.fd).st_size < size:
            os.ftruncate(self.fd, size)  # zeros: every slot empty
        self.table = mmap.mmap(self.fd, size)

    @staticmethod
    def key(client: str) -> int:
        digest = hashlib.blake2b(client.encode(), digest_size=8).digest()
        return int.from_bytes(digest, "little") or 1  # 0 marks an empty slot

    def take(self, client: str) -> Decision:
        key = self.key(client)
        now = self.clock()
        fcntl.flock(self.fd, fcntl.LOCK_EX)
        try:
            offset, tokens, last = self._find(key, now)
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            tokens, decision = _decide(tokens, self.rate)
            self.SLOT.pack_into(self.table, offset, key, tokens, now)
        finally:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
        return decision

    def _find(self, key: int, now: float) -> tuple[int, float, float]:
        """The offset of ``key``'s slot and its bucket (a full one when it is new)."""
        reuse, reuse_seen = 0, math.inf
        for probe in range(self.PROBES):
            offset = ((key + probe) % self.slots) * self.SLOT.size
            found, tokens, last = self.SLOT.unpack_from(self.table, offset)
            if found == key:
                return offset, tokens, last
            seen = (
                -math.inf if not found or tokens + (now - last) * self.rate >= self.burst else last
            )
            if seen < reuse_seen:
                reuse, reuse_seen = offset, seen
        return reuse, self.burst, now


def client_key(address: str) -> str:
    """Whom a bucket is for: an IPv4 address, or an IPv6 client's /64 network."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/{IPV6_CLIENT_PREFIX}", strict=False))
    return address


def client_address(scope: Scope, trusted: tuple[Network, ...]) -> str:
    peer = scope.get("client")
    address = str(peer[0]) if peer else "unknown"
    if not trusted or not _is_trusted(address, trusted):
        return address
    for name, value in scope["headers"]:
        if name == b"x-forwarded-for":
            forwarded: str = value.decode("latin-1")
            hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
            for hop in reversed(hops):
                if not _is_trusted(hop, trusted):
                    return hop
    return address


def _is_trusted(address: str, trusted: tuple[Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in trusted)


class RateLimitMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        per_minute: int,
        burst: int,
        trusted_proxies: tuple[Network, ...] = (),
        clock: Callable[[], float] = time.monotonic,
        shared_dir: Path | None = None,
    ) -> None:
        self.app = app
        self.enabled = per_minute > 0
        self.buckets: Buckets = (
            SharedTokenBuckets(shared_dir / SHARED_FILE, per_minute, burst, clock)
            if self.enabled and shared_dir is not None
            else TokenBuckets(per_minute or 1, burst, clock)
        )
        self.trusted = trusted_proxies
        window = math.ceil(burst * 60 / per_minute) if self.enabled else 0
        self.policy = f'"{POLICY_NAME}";q={burst};w={window}'.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.enabled or scope["path"] in EXEMPT_PATHS:
            await self.app(scope, receive, send)
            return
        decision = self.buckets.take(client_key(client_address(scope, self.trusted)))
        reset = math.ceil(decision.retry_after)
        headers = [
            (b"ratelimit-policy", self.policy),
            (b"ratelimit", f'"{POLICY_NAME}";r={decision.remaining};t={reset}'.encode()),
        ]
        if not decision.allowed:
            await send_problem(
                scope,
                send,
                429,
                f"Too many requests from this client; try again in {reset} second(s).",
                [*headers, (b"retry-after", str(reset).encode())],
            )
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *headers]}
            await send(message)

        await self.app(scope, receive, sending)
