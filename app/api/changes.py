"""``/v1/changes``: what changed in the dataset since a version an app holds, removals
included, for apps that keep the content offline and in sync."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import Field

from app.api.common import ListQuery, paging_links
from app.api.errors import problem_response_entry, problem_responses
from app.db import DatabaseDep, SessionDep
from app.models.history import ChangePage
from app.problem_details import ProblemError, problem_document
from app.queries.history import changes_since, release
from app.vocabulary import VERSION_PATTERN

router = APIRouter(prefix="/changes", tags=["changes"])

UNKNOWN_VERSION = (
    "This service never served dataset version {since}, so it cannot say what changed "
    "since: download GET /v1/export again, then ask for the changes since the version its "
    "last line names."
)


class ChangesQuery(ListQuery):
    since: str | None = Field(
        default=None,
        pattern=VERSION_PATTERN,
        description="The dataset version the app's copy is at (from the export's last line, "
        "`/v1/meta` or the previous answer's `dataset_version`): only changes after it. "
        "Without it, the whole history.",
        examples=["3f9a1c2b7d4e5f60"],
    )


@router.get(
    "",
    name="list",
    summary="List what changed since a dataset version",
    responses={
        **problem_responses(422, 503),
        410: problem_response_entry(
            410,
            problem_document(410, UNKNOWN_VERSION.format(since="0123456789abcdef"), "/v1/changes"),
        ),
    },
)
async def list_changes(
    request: Request,
    response: Response,
    session: SessionDep,
    database: DatabaseDep,
    query: Annotated[ChangesQuery, Query()],
) -> ChangePage:
    """Each record added, changed or removed in the dataset versions after `since`, oldest
    first: `{type, slug, change, version, at, url}`. An app that keeps the content offline
    fetches each added or changed record (`url`), deletes each removed one, and stores
    `dataset_version` as its next `since`.

    `changed` means the record changed, or a record its detail embeds did (a linked record, a
    citation): fetching each one listed leaves no copy showing an old summary, urgency or
    phone number. A removed record's address answers `410 Gone`.
    A version the service never served (or one older than its history) is a `410`: start
    again from `GET /v1/export`.
    """
    after = 0
    if query.since is not None:
        known = release(session, query.since)
        if known is None:
            raise ProblemError(410, UNKNOWN_VERSION.format(since=query.since))
        after = known.sequence
    page = changes_since(
        session,
        after=after,
        current=database.version,
        limit=query.limit,
        offset=query.offset,
    )
    paging_links(request, response, limit=query.limit, offset=query.offset, total=page.total)
    return page
