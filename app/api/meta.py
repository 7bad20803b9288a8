"""``/v1/meta``, ``/healthz`` and ``/readyz``: what the service serves, and whether it can."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter
from pydantic import BaseModel, Field

from app.api.errors import problem_responses
from app.db import DatabaseDep
from app.terms import ATTRIBUTION, DISCLAIMER, LICENSE

router = APIRouter(prefix="/v1", tags=["meta"])
health = APIRouter(tags=["health"])


class Meta(BaseModel):
    """What this service serves: which dataset, how many records, and on what terms."""

    dataset_version: str = Field(
        description="Hash of the curated content; the same on every machine that loads it.",
        examples=["3f9a1c2b7d4e5f60"],
    )
    built_at: dt.datetime = Field(description="When this copy of the database was built.")
    counts: dict[str, int] = Field(
        description="Records per type.", examples=[{"causes": 25, "conditions": 15}]
    )
    license: str = Field(description="SPDX id of the content licence.", examples=[LICENSE])
    attribution: str
    disclaimer: str


class Health(BaseModel):
    status: str = Field(examples=["ok"])


class Readiness(Health):
    dataset_version: str = Field(examples=["3f9a1c2b7d4e5f60"])


@router.get("/meta", name="get", summary="Describe the dataset", responses=problem_responses(503))
async def get_meta(database: DatabaseDep) -> Meta:
    """The dataset version, record counts per type, the content licence, attribution and the
    medical disclaimer that must be shown with the content."""
    return Meta(
        dataset_version=database.version,
        built_at=database.built_at,
        counts=database.counts,
        license=LICENSE,
        attribution=ATTRIBUTION,
        disclaimer=DISCLAIMER,
    )


@health.get("/healthz", name="live", summary="Is the process up?", responses=problem_responses())
async def healthz() -> Health:
    """Answers `ok` whenever the process can answer at all (a liveness probe)."""
    return Health(status="ok")


@health.get(
    "/readyz", name="ready", summary="Can the service answer?", responses=problem_responses(503)
)
async def readyz(database: DatabaseDep) -> Readiness:
    """Answers `ok` with the dataset version once the database is open (a readiness probe);
    503 until then."""
    return Readiness(status="ok", dataset_version=database.version)
