from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.diagnostic_test_page import DiagnosticTestPage
from ...models.language import Language
from ...models.problem import Problem
from ...models.review_status import ReviewStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    review_status: ReviewStatus | Unset = UNSET,
    lang: Language | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_review_status: str | Unset = UNSET
    if not isinstance(review_status, Unset):
        json_review_status = review_status

    params["review_status"] = json_review_status

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang

    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/diagnostic-tests",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DiagnosticTestPage | Problem | None:
    if response.status_code == 200:
        response_200 = DiagnosticTestPage.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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
) -> Response[Any | DiagnosticTestPage | Problem]:
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
    review_status: ReviewStatus | Unset = UNSET,
    lang: Language | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | DiagnosticTestPage | Problem]:
    """List diagnostic tests

     Tests used to confirm a pregnancy loss or look for its cause, by name, each with its
    references.

    Args:
        limit (int | Unset): Items per page; values above 100 are treated as 100. Default: 20.
        offset (int | Unset): Items to skip. Default: 0.
        review_status (ReviewStatus | Unset): How far a record has been checked: `draft` (written
            from its sources, not yet compared
            with them line by line), `source-checked` (its text and figures were compared with the
            sources it cites) or `clinician-reviewed` (a named clinician signed it off; the sign-off
            is
            in the record's `clinician_review`).
        lang (Language | Unset): A language the content is served in: English (`en`, the language
            records are written
            in) or Spanish (`es`).
        accept_language (str | Unset): The languages the reader prefers, with quality values (`es-
            MX, es;q=0.9, en;q=0.5`): the first served of the most preferred is used (English or
            Spanish), when `lang` is not given.
        if_none_match (str | Unset): The `ETag` of a copy the client already has (several may be
            given, comma-separated, or `*` for any). When one is the current ETag, the answer is `304
            Not Modified` with no body, and the copy is still right; otherwise the full answer, with
            its current ETag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DiagnosticTestPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        review_status=review_status,
        lang=lang,
        accept_language=accept_language,
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
    review_status: ReviewStatus | Unset = UNSET,
    lang: Language | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | DiagnosticTestPage | Problem | None:
    """List diagnostic tests

     Tests used to confirm a pregnancy loss or look for its cause, by name, each with its
    references.

    Args:
        limit (int | Unset): Items per page; values above 100 are treated as 100. Default: 20.
        offset (int | Unset): Items to skip. Default: 0.
        review_status (ReviewStatus | Unset): How far a record has been checked: `draft` (written
            from its sources, not yet compared
            with them line by line), `source-checked` (its text and figures were compared with the
            sources it cites) or `clinician-reviewed` (a named clinician signed it off; the sign-off
            is
            in the record's `clinician_review`).
        lang (Language | Unset): A language the content is served in: English (`en`, the language
            records are written
            in) or Spanish (`es`).
        accept_language (str | Unset): The languages the reader prefers, with quality values (`es-
            MX, es;q=0.9, en;q=0.5`): the first served of the most preferred is used (English or
            Spanish), when `lang` is not given.
        if_none_match (str | Unset): The `ETag` of a copy the client already has (several may be
            given, comma-separated, or `*` for any). When one is the current ETag, the answer is `304
            Not Modified` with no body, and the copy is still right; otherwise the full answer, with
            its current ETag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DiagnosticTestPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        review_status=review_status,
        lang=lang,
        accept_language=accept_language,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    review_status: ReviewStatus | Unset = UNSET,
    lang: Language | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | DiagnosticTestPage | Problem]:
    """List diagnostic tests

     Tests used to confirm a pregnancy loss or look for its cause, by name, each with its
    references.

    Args:
        limit (int | Unset): Items per page; values above 100 are treated as 100. Default: 20.
        offset (int | Unset): Items to skip. Default: 0.
        review_status (ReviewStatus | Unset): How far a record has been checked: `draft` (written
            from its sources, not yet compared
            with them line by line), `source-checked` (its text and figures were compared with the
            sources it cites) or `clinician-reviewed` (a named clinician signed it off; the sign-off
            is
            in the record's `clinician_review`).
        lang (Language | Unset): A language the content is served in: English (`en`, the language
            records are written
            in) or Spanish (`es`).
        accept_language (str | Unset): The languages the reader prefers, with quality values (`es-
            MX, es;q=0.9, en;q=0.5`): the first served of the most preferred is used (English or
            Spanish), when `lang` is not given.
        if_none_match (str | Unset): The `ETag` of a copy the client already has (several may be
            given, comma-separated, or `*` for any). When one is the current ETag, the answer is `304
            Not Modified` with no body, and the copy is still right; otherwise the full answer, with
            its current ETag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DiagnosticTestPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        review_status=review_status,
        lang=lang,
        accept_language=accept_language,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    review_status: ReviewStatus | Unset = UNSET,
    lang: Language | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | DiagnosticTestPage | Problem | None:
    """List diagnostic tests

     Tests used to confirm a pregnancy loss or look for its cause, by name, each with its
    references.

    Args:
        limit (int | Unset): Items per page; values above 100 are treated as 100. Default: 20.
        offset (int | Unset): Items to skip. Default: 0.
        review_status (ReviewStatus | Unset): How far a record has been checked: `draft` (written
            from its sources, not yet compared
            with them line by line), `source-checked` (its text and figures were compared with the
            sources it cites) or `clinician-reviewed` (a named clinician signed it off; the sign-off
            is
            in the record's `clinician_review`).
        lang (Language | Unset): A language the content is served in: English (`en`, the language
            records are written
            in) or Spanish (`es`).
        accept_language (str | Unset): The languages the reader prefers, with quality values (`es-
            MX, es;q=0.9, en;q=0.5`): the first served of the most preferred is used (English or
            Spanish), when `lang` is not given.
        if_none_match (str | Unset): The `ETag` of a copy the client already has (several may be
            given, comma-separated, or `*` for any). When one is the current ETag, the answer is `304
            Not Modified` with no body, and the copy is still right; otherwise the full answer, with
            its current ETag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DiagnosticTestPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            review_status=review_status,
            lang=lang,
            accept_language=accept_language,
            if_none_match=if_none_match,
        )
    ).parsed
