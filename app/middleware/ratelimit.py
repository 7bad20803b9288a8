"""Per-client rate limiting: a token bucket per client address.

Each client may make ``burst`` requests at once and then ``per_minute`` a minute. Over the
limit it gets ``429 Too Many Requests`` with ``Retry-After``; other clients are unaffected.
Every answer carries the IETF ``RateLimit-Policy`` and ``RateLimit`` headers. The client is the
connection's peer address, or — only when that peer is a trusted proxy — the nearest untrusted
address in ``X-Forwarded-For``.
"""

from __future__ import annotations

import ipaddress
import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.config import Network
from app.middleware.problems import send_problem

EXEMPT_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})
POLICY_NAME = "per-client"
MAX_CLIENTS = 100_000


@dataclass(frozen=True)
class Decision:
    allowed: bool
    remaining: int
    retry_after: float  # seconds until the next token


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
        allowed = tokens >= 1.0
        if allowed:
            tokens -= 1.0
        self.buckets[client] = (tokens, now)
        if len(self.buckets) > self.max_clients:
            self.buckets.popitem(last=False)
        retry_after = 0.0 if tokens >= 1.0 else (1.0 - tokens) / self.rate
        return Decision(allowed=allowed, remaining=int(tokens), retry_after=retry_after)


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
    ) -> None:
        self.app = app
        self.enabled = per_minute > 0
        self.buckets = TokenBuckets(per_minute or 1, burst, clock)
        self.trusted = trusted_proxies
        window = math.ceil(burst / self.buckets.rate) if self.enabled else 0
        self.policy = f'"{POLICY_NAME}";q={burst};w={window}'.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.enabled or scope["path"] in EXEMPT_PATHS:
            await self.app(scope, receive, send)
            return
        decision = self.buckets.take(client_address(scope, self.trusted))
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
