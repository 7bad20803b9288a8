"""Settings: one validated object, read from ``PLAPI_``-prefixed environment variables."""

from __future__ import annotations

import ipaddress
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import BeforeValidator, Field, ValidationInfo
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ENV_PREFIX = "PLAPI_"

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
LogLevel = Literal["critical", "error", "warning", "info", "debug", "trace"]
LOG_LEVELS: tuple[str, ...] = get_args(LogLevel)
ORIGIN = re.compile(r"\*|https?://[^/\s,]+")
BASE_URL = re.compile(r"https?://[^/\s?#]+(?:/[^\s?#]*)?")


def _variable(info: ValidationInfo) -> str:
    """The environment variable a setting is read from, for messages that name it."""
    return f"{ENV_PREFIX}{(info.field_name or '').upper()}"


def _items(value: Any) -> list[str]:
    """A comma-separated list, as environment variables give lists; a list as it is."""
    parts = value.split(",") if isinstance(value, str) else list(value)
    return [str(part).strip() for part in parts if str(part).strip()]


def parse_networks(value: Any) -> tuple[Network, ...]:
    """Addresses or networks (``10.0.0.0/8, 127.0.0.1``), each a network."""
    networks = []
    for part in _items(value):
        try:
            networks.append(ipaddress.ip_network(part, strict=False))
        except ValueError:
            raise ValueError(f"{part!r} is not an IP address or network") from None
    return tuple(networks)


def _networks(value: Any, info: ValidationInfo) -> tuple[Network, ...]:
    try:
        return parse_networks(value)
    except ValueError as error:
        raise ValueError(f"{_variable(info)}: {error}") from None


def _origins(value: Any, info: ValidationInfo) -> tuple[str, ...]:
    origins = _items(value)
    for origin in origins:
        if not ORIGIN.fullmatch(origin):
            raise ValueError(
                f"{_variable(info)}: {origin!r} is not an origin (`https://host[:port]`) or `*`"
            )
    return tuple(origins)


def _log_level(value: Any, info: ValidationInfo) -> str:
    level = str(value).strip().lower()
    if level not in LOG_LEVELS:
        raise ValueError(f"{_variable(info)} must be one of {', '.join(LOG_LEVELS)}, not {value!r}")
    return level


def _base_url(value: Any, info: ValidationInfo) -> str | None:
    url = str(value).strip() if value is not None else ""
    if not url:
        return None
    if not BASE_URL.fullmatch(url):
        raise ValueError(
            f"{_variable(info)}: {url!r} is not an absolute http(s) address "
            "(`https://host[:port][/path]`)"
        )
    return url.rstrip("/")


def cpu_count() -> int:
    """The CPUs this process may run on (its affinity, as a container's cpuset sets it)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def render_networks(networks: tuple[Network, ...]) -> str:
    """Networks as a comma-separated list, single addresses without their prefix length."""
    return ", ".join(
        str(network.network_address) if network.num_addresses == 1 else str(network)
        for network in networks
    )


class Settings(BaseSettings):
    """Every setting of the service and the ``plapi`` command.

    Paths default to locations inside the repository, so ``make run`` works from a fresh clone.
    """

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, frozen=True)

    database_path: Path = Field(
        default=PROJECT_ROOT / "var" / "plapi.sqlite3",
        description="SQLite file the loader builds and the service reads.",
    )
    data_dir: Path = Field(
        default=PROJECT_ROOT / "data",
        description="Folder of curated YAML records.",
    )
    host: str = Field(default="127.0.0.1", description="Address `plapi serve` binds to.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port `plapi serve` listens on.")
    workers: int = Field(
        default_factory=cpu_count,
        ge=1,
        le=64,
        description="Worker processes `plapi serve` runs (default: one per CPU).",
    )
    metrics_port: int = Field(
        default=9100,
        ge=0,
        le=65535,
        description="Port on `host` that serves Prometheus metrics, never the public one (0: none).",
    )
    shared_dir: Path | None = Field(
        default=None,
        description="Folder the worker processes of one server share (rate-limit buckets, "
        "multiprocess metrics); `plapi serve` makes a fresh one for each start.",
    )
    public_base_url: Annotated[str | None, BeforeValidator(_base_url)] = Field(
        default=None,
        description="The address clients use (`https://host[/path]`): absolute links are built "
        "on it instead of the request's Host header.",
    )
    log_level: Annotated[LogLevel, BeforeValidator(_log_level)] = Field(
        default="info", description="uvicorn log level."
    )
    rate_limit_per_minute: int = Field(
        default=600,
        ge=0,
        description="Requests a minute each client may make (0 turns limiting off).",
    )
    rate_limit_burst: int = Field(
        default=60, ge=1, description="Requests a client may make at once before the rate applies."
    )
    trusted_proxies: Annotated[tuple[Network, ...], NoDecode, BeforeValidator(_networks)] = Field(
        default=(),
        description="Comma-separated addresses or networks of proxies whose X-Forwarded-For "
        "is believed; empty believes none.",
    )
    cors_origins: Annotated[tuple[str, ...], NoDecode, BeforeValidator(_origins)] = Field(
        default=("*",), description="Comma-separated origins allowed to read answers ('*': any)."
    )
    frame_ancestors: str = Field(
        default="'none'",
        description="CSP frame-ancestors for the service's HTML pages: origins allowed to embed "
        'them, e.g. "https://portal.example.org".',
    )
    reload_interval: float = Field(
        default=1.0,
        ge=0,
        description="Seconds between checks for a newly loaded database (0: only on SIGHUP).",
    )
    max_url_length: int = Field(default=2048, ge=256, description="Longest URL accepted, bytes.")
    max_header_bytes: int = Field(
        default=8192, ge=1024, description="Largest total of request headers accepted, bytes."
    )
    cache_max_bytes: int = Field(
        default=64 * 1024 * 1024,
        ge=0,
        description="Memory the in-process response cache may hold, in bytes (0 turns it off).",
    )
    warm: bool = Field(
        default=True,
        description="Make a worker warm before a dataset serves: every list's first page, "
        "every record and the meta document in each language rendered into the response "
        "cache, and search's word lists and tables made; readiness waits for it. Off (for "
        "development), a worker serves at once and fills its cache as it is asked.",
    )


@lru_cache
def get_settings() -> Settings:
    return Settings()
