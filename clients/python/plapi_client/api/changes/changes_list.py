from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_page import ChangePage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["since"] = since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/changes",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ChangePage | Problem | None:
    if response.status_code == 200:
        response_200 = ChangePage.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

    if response.status_code == 414:
        response_414 = Problem.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = Problem.from_dict(response.json())

        return response_431

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ChangePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ChangePage | Problem]:
    """List what changed since a dataset version

     Each record added, changed or removed in the dataset versions after `since`, oldest
    first: `{type, slug, change, version, at, url}`. An app that keeps the content offline
    fetches each added or changed record (`url`), deletes each removed one, and stores
    `dataset_version` as its next `since`.

    `changed` means the record changed, or a record its detail embeds did (a linked record, a
    citation): fetching each one listed leaves no copy showing an old summary, urgency or
    phone number. A removed record's address answers `410 Gone`.
    A version the service never served (or one older than its history) is a `410`: start
    again from `GET /v1/export`.

    Args:
        limit (int | Unset): Items per page; values above 100 are treated as 100. Default: 20.
        offset (int | Unset): Items to skip. Default: 0.
        since (str | Unset): The dataset version the app's copy is at (from the export's last
            line, `/v1/meta` or the previous answer's `dataset_version`): only changes after it.
            Without it, the whole history.
        if_none_match (str | Unset): The `ETag` of a copy the client already has (several may be
            given, comma-separated, or `*` for any). When one is the current ETag, the answer is `304
            Not Modified` with no body, and the copy is still right; otherwise the full answer, with
            its current ETag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChangePage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        since=since,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ChangePage | Problem | None:
    """List what changed since a dataset version

     Each record added, changed or removed in the dataset versions after `since`, oldest
    first: `{type, slug, change, version, at, url}`. An app that keeps the content offline
    fetches each added or changed record (`url`), deletes each removed one, and stores
    `dataset_version` as its next `since`.

    `changed` means the record changed, or a record its detail embeds did (a linked record, a
    citation): fetching each one listed leaves no copy showing an old summary, urgency or
    phone number. A removed record's address answers `410 Gone`.
    A version the service never served (or one older than its history) is a `410`: start
    again from `GET /v1/export`.

    Args:
        limit (int | Unset): Items per page; values above 100 are treated as 100. Default: 20.
        offset (int | Unset): Items to skip. Default: 0.
        since (str | Unset): The dataset version the app's copy is at (from the export's last
            line, `/v1/meta` or the previous answer's `dataset_version`): only changes after it.
            Without it, the whole history.
        if_none_match (str | Unset): The `ETag` of a copy the client already has (several may be
            given, comma-separated, or `*` for any). When one is the current ETag, the answer is `304
            Not Modified` with no body, and the copy is still right; otherwise the full answer, with
            its current ETag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChangePage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        since=since,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ChangePage | Problem]:
    """List what changed since a dataset version

     Each record added, changed or removed in the dataset versions after `since`, oldest
    first: `{type, slug, change, version, at, url}`. An app that keeps the content offline
    fetches each added or changed record (`url`), deletes each removed one, and stores
    `dataset_version` as its next `since`.

    `changed` means the record changed, or a record its detail embeds did (a linked record, a
    citation): fetching each one listed leaves no copy showing an old summary, urgency or
    phone number. A removed record's address answers `410 Gone`.
    A version the service never served (or one older than its history) is a `410`: start
    again from `GET /v1/export`.

    Args:
        limit (int | Unset): Items per page; values above 100 are treated as 100. Default: 20.
        offset (int | Unset): Items to skip. Default: 0.
        since (str | Unset): The dataset version the app's copy is at (from the export's last
            line, `/v1/meta` or the previous answer's `dataset_version`): only changes after it.
            Without it, the whole history.
        if_none_match (str | Unset): The `ETag` of a copy the client already has (several may be
            given, comma-separated, or `*` for any). When one is the current ETag, the answer is `304
            Not Modified` with no body, and the copy is still right; otherwise the full answer, with
            its current ETag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChangePage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        since=since,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ChangePage | Problem | None:
    """List what changed since a dataset version

     Each record added, changed or removed in the dataset versions after `since`, oldest
    first: `{type, slug, change, version, at, url}`. An app that keeps the content offline
    fetches each added or changed record (`url`), deletes each removed one, and stores
    `dataset_version` as its next `since`.

    `changed` means the record changed, or a record its detail embeds did (a linked record, a
    citation): fetching each one listed leaves no copy showing an old summary, urgency or
    phone number. A removed record's address answers `410 Gone`.
    A version the service never served (or one older than its history) is a `410`: start
    again from `GET /v1/export`.

    Args:
        limit (int | Unset): Items per page; values above 100 are treated as 100. Default: 20.
        offset (int | Unset): Items to skip. Default: 0.
        since (str | Unset): The dataset version the app's copy is at (from the export's last
            line, `/v1/meta` or the previous answer's `dataset_version`): only changes after it.
            Without it, the whole history.
        if_none_match (str | Unset): The `ETag` of a copy the client already has (several may be
            given, comma-separated, or `*` for any). When one is the current ETag, the answer is `304
            Not Modified` with no body, and the copy is still right; otherwise the full answer, with
            its current ETag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChangePage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            since=since,
            if_none_match=if_none_match,
        )
    ).parsed
