"""``/v1/export``: every record in full, in one download, for apps that keep the content
offline."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse
from sqlmodel import Session

from app.api.errors import invalid_input, problem_responses
from app.api.language import AcceptLanguage, chosen_language
from app.db import DatabaseDep
from app.queries.export import MEDIA_TYPE, ExportOptions, export_lines
from app.vocabulary import Language, RecordTypeName

router = APIRouter(tags=["export"])

_NAMES = [f"'{name.value}'" for name in RecordTypeName]
TYPE_REFUSED = f"Input should be {', '.join(_NAMES[:-1])} or {_NAMES[-1]}"

EXAMPLE = (
    '{"type":"conditions","slug":"anembryonic-pregnancy","name":"Anembryonic pregnancy",…}\n'
    "…\n"
    '{"dataset_version":"3f9a1c2b7d4e5f60","counts":{"conditions":27,…},"records":432,'
    '"license":"CC-BY-4.0","attribution":"…","disclaimer":"…"}\n'
)


@router.get(
    "/export",
    name="get",
    summary="Download every record",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "Every record, as NDJSON (`application/x-ndjson`): one JSON "
            "object a line, each a record in full as `GET /v1/<type>/<slug>` answers it, "
            "with its `type`; then a last line, without `type`, naming the "
            "`dataset_version`, the `counts` per type, the number of `records`, the "
            "`license`, the `attribution` and the `disclaimer`.",
            "content": {MEDIA_TYPE: {"schema": {"type": "string"}, "example": EXAMPLE}},
        },
        **problem_responses(503, examples={422: invalid_input("query.type", TYPE_REFUSED)}),
    },
)
async def export(
    database: DatabaseDep,
    options: Annotated[ExportOptions, Query()],
    accept_language: AcceptLanguage = None,
) -> StreamingResponse:
    """The whole dataset in one download, for an app that keeps the content offline: every
    record (or every record of one `type`) in full, then a line with the dataset version.

    Keep the version: `GET /v1/changes?since=<version>` then says what changed after it. The
    ETag is the dataset version (with the options given: `"3f9a1c2b7d4e5f60-causes"`), the
    same on every server, so `If-None-Match` answers `304` until a new dataset is loaded.
    Send `Accept-Encoding: gzip`: it is about a sixth of the size compressed. `plapi export`
    writes the same bytes to a file.

    `lang` (or `Accept-Language`) chooses the language of the records' text, as on every
    record; the ETag of another language than English names it (`"3f9a1c2b7d4e5f60-es"`).
    """
    language = chosen_language(options.lang, accept_language)
    # English is the export's own language; another is an option it was given.
    chosen = options.model_copy(update={"lang": None if language is Language.en else language})

    def lines() -> Iterator[bytes]:
        with Session(database.engine) as session:
            yield from export_lines(session, chosen, version=database.version)

    headers = {"ETag": chosen.etag(database.version), "Content-Language": language.value}
    return StreamingResponse(lines(), media_type=MEDIA_TYPE, headers=headers)
