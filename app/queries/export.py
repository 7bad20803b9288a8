"""The bulk export: every record in full, one JSON object a line (NDJSON), then a line
naming the dataset version, the counts and the terms.

The parameters an export takes are declared once, in ``ExportOptions``: the route reads them
from the query string, ``plapi export`` from its arguments, and the export's ETag names them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlmodel import Session, col, select

from app.i18n import translate
from app.queries.records import get_record
from app.registry import TYPES
from app.terms import ATTRIBUTION, DISCLAIMER, LICENSE
from app.vocabulary import Language, RecordTypeName

MEDIA_TYPE = "application/x-ndjson"


class ExportOptions(BaseModel):
    """What an export holds. Every option narrows it, and is part of its ETag."""

    model_config = ConfigDict(extra="forbid")

    type: RecordTypeName | None = Field(
        default=None, description="Only records of this type (by default, every type)."
    )
    lang: Language | None = Field(
        default=None,
        description="The language of the records' text: `en` or `es`. Without it, "
        "`Accept-Language` decides; without either, English. Each record names its fields "
        "that have no text yet in that language (`fallback_fields`).",
    )

    @property
    def language(self) -> Language:
        return self.lang or Language.en

    def etag(self, version: str) -> str:
        """The dataset version, then each option given: the same export has the same ETag
        on every server, and a client can tell the version from it."""
        given = [str(getattr(value, "value", value)) for value in self.given().values()]
        return '"' + "-".join([version, *given]) + '"'

    def given(self) -> dict[str, Any]:
        return self.model_dump(exclude_none=True)


def _line(value: dict[str, Any]) -> bytes:
    """One line, as compact as the API's JSON answers, UTF-8."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return text.encode("utf-8") + b"\n"


def export_lines(session: Session, options: ExportOptions, *, version: str) -> Iterator[bytes]:
    """Each record as ``GET /v1/<type>/<slug>`` answers it, with its ``type``, one at a time
    (types in registry order, slugs in order), then the closing line."""
    counts: dict[str, int] = {}
    for name, record_type in TYPES.items():
        if options.type is not None and options.type.value != name:
            continue
        counts[name] = 0
        table: Any = record_type.table
        for slug in session.exec(select(table.slug).order_by(col(table.slug))).all():
            record = get_record(session, record_type, slug, options.language)
            if record is not None:
                counts[name] += 1
                yield _line({"type": name, **record.model_dump(mode="json")})
    yield _line(
        {
            "dataset_version": version,
            "counts": counts,
            "records": sum(counts.values()),
            "license": LICENSE,
            "attribution": translate(options.language, ATTRIBUTION),
            "disclaimer": translate(options.language, DISCLAIMER),
        }
    )
