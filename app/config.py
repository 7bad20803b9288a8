"""Settings: one validated object, read from ``PLAPI_``-prefixed environment variables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Every setting of the service and the ``plapi`` command.

    Paths default to locations inside the repository, so ``make run`` works from a fresh clone.
    """

    model_config = SettingsConfigDict(env_prefix="PLAPI_", frozen=True)

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
    log_level: str = Field(default="info", description="uvicorn log level.")
    rate_limit_per_minute: int = Field(
        default=600,
        ge=0,
        description="Requests a minute each client may make (0 turns limiting off).",
    )
    rate_limit_burst: int = Field(
        default=60, ge=1, description="Requests a client may make at once before the rate applies."
    )
    trusted_proxies: str = Field(
        default="",
        description="Comma-separated addresses or networks of proxies whose X-Forwarded-For "
        "is believed; empty believes none.",
    )
    cors_origins: str = Field(
        default="*", description="Comma-separated origins allowed to read answers ('*': any)."
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


@lru_cache
def get_settings() -> Settings:
    return Settings()
