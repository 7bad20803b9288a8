"""``/v1/meta``, ``/healthz`` and ``/readyz``: what the service serves, and whether it can."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter
from pydantic import BaseModel, Field

from app.api.errors import problem_responses
from app.api.language import LanguageDep
from app.db import DatabaseDep
from app.i18n import translate
from app.terms import ATTRIBUTION, DISCLAIMER, LICENSE
from app.vocabulary import Language

router = APIRouter(prefix="/v1", tags=["meta"])
health = APIRouter(tags=["health"])


class LanguageStatus(BaseModel):
    """How complete the content is in one language."""

    code: Language = Field(description="The language's code, as `lang` takes it.")
    name: str = Field(description="The language's name in itself.", examples=["Español"])
    records: int = Field(
        description="Records with text for people to read (every record but references, "
        "which are citations in the language of their source).",
        examples=[168],
    )
    translated: int = Field(
        description="Of those, the records with text in this language.", examples=[168]
    )
    behind: int = Field(
        description="Of those, the records whose translation was made from an older English "
        "text (served as it is until it is brought up to date).",
        examples=[0],
    )
    fallback_fields: int = Field(
        description="Fields served in English for want of text in this language, over every "
        "record (each record names its own in `fallback_fields`).",
        examples=[0],
    )
    complete: float = Field(
        ge=0.0,
        le=1.0,
        description="The share of the English text fields that have text in this language: "
        "from 0.0 to 1.0.",
        examples=[1.0],
    )


class Meta(BaseModel):
    """What this service serves: which dataset, how many records, in which languages, and on
    what terms."""

    dataset_version: str = Field(
        description="Hash of the curated content; the same on every machine that loads it.",
        examples=["3f9a1c2b7d4e5f60"],
    )
    built_at: dt.datetime = Field(description="When this copy of the database was built.")
    counts: dict[str, int] = Field(
        description="Records per type.", examples=[{"causes": 25, "conditions": 15}]
    )
    languages: list[LanguageStatus] = Field(
        description="The languages the content is served in (`lang`), and how complete each is."
    )
    license: str = Field(description="SPDX id of the content licence.", examples=[LICENSE])
    attribution: str = Field(description="How to credit the content, in the language asked for.")
    disclaimer: str = Field(
        description="The medical disclaimer to show with the content, in the language asked for."
    )


class Health(BaseModel):
    status: str = Field(examples=["ok"])


class Readiness(Health):
    dataset_version: str = Field(examples=["3f9a1c2b7d4e5f60"])


@router.get(
    "/meta", name="get", summary="Describe the dataset", responses=problem_responses(422, 503)
)
async def get_meta(database: DatabaseDep, language: LanguageDep) -> Meta:
    """The dataset version, record counts per type, the languages served and how complete each
    is, the content licence, and the attribution and medical disclaimer that must be shown with
    the content (in the language asked for)."""
    return Meta(
        dataset_version=database.version,
        built_at=database.built_at,
        counts=database.counts,
        languages=[LanguageStatus.model_validate(status) for status in database.languages],
        license=LICENSE,
        attribution=translate(language, ATTRIBUTION),
        disclaimer=translate(language, DISCLAIMER),
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
