from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.language import Language
from ...models.problem import Problem
from ...models.treatment_detail import TreatmentDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slug: str,
    *,
    expand: str | Unset = UNSET,
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

    params["expand"] = expand

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang

    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/treatments/{slug}".format(
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | TreatmentDetail | None:
    if response.status_code == 200:
        response_200 = TreatmentDetail.from_dict(response.json())

        return response_200

    if response.status_code == 301:
        response_301 = cast(Any, None)
        return response_301

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Any | Problem | TreatmentDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    lang: Language | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | TreatmentDetail]:
    """Get a treatment

     One treatment in full: what to expect, risks, where guidelines differ, the conditions and
    causes it addresses, and its references as full citations.

    With `expand`, the linked records of the fields named come in full, as their own details, so that
    one call gives a condition with its symptoms, treatments and organizations
    (`?expand=symptoms,treatments,organizations`). A slug in another case (`Stillbirth`) is redirected
    (301) to the record's own.

    Args:
        slug (str): The record's slug, its permanent id, in lower case; another case is redirected
            (301) to it.
        expand (str | Unset): Linked records to embed in full instead of in brief, comma-
            separated: `conditions`, `causes`. Each becomes its own detail (with every field of its
            summary, so typed clients still read it); one level only: their own links stay summaries.
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
        Response[Any | Problem | TreatmentDetail]
    """

    kwargs = _get_kwargs(
        slug=slug,
        expand=expand,
        lang=lang,
        accept_language=accept_language,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    lang: Language | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | TreatmentDetail | None:
    """Get a treatment

     One treatment in full: what to expect, risks, where guidelines differ, the conditions and
    causes it addresses, and its references as full citations.

    With `expand`, the linked records of the fields named come in full, as their own details, so that
    one call gives a condition with its symptoms, treatments and organizations
    (`?expand=symptoms,treatments,organizations`). A slug in another case (`Stillbirth`) is redirected
    (301) to the record's own.

    Args:
        slug (str): The record's slug, its permanent id, in lower case; another case is redirected
            (301) to it.
        expand (str | Unset): Linked records to embed in full instead of in brief, comma-
            separated: `conditions`, `causes`. Each becomes its own detail (with every field of its
            summary, so typed clients still read it); one level only: their own links stay summaries.
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
        Any | Problem | TreatmentDetail
    """

    return sync_detailed(
        slug=slug,
        client=client,
        expand=expand,
        lang=lang,
        accept_language=accept_language,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    lang: Language | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | TreatmentDetail]:
    """Get a treatment

     One treatment in full: what to expect, risks, where guidelines differ, the conditions and
    causes it addresses, and its references as full citations.

    With `expand`, the linked records of the fields named come in full, as their own details, so that
    one call gives a condition with its symptoms, treatments and organizations
    (`?expand=symptoms,treatments,organizations`). A slug in another case (`Stillbirth`) is redirected
    (301) to the record's own.

    Args:
        slug (str): The record's slug, its permanent id, in lower case; another case is redirected
            (301) to it.
        expand (str | Unset): Linked records to embed in full instead of in brief, comma-
            separated: `conditions`, `causes`. Each becomes its own detail (with every field of its
            summary, so typed clients still read it); one level only: their own links stay summaries.
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
        Response[Any | Problem | TreatmentDetail]
    """

    kwargs = _get_kwargs(
        slug=slug,
        expand=expand,
        lang=lang,
        accept_language=accept_language,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    lang: Language | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | TreatmentDetail | None:
    """Get a treatment

     One treatment in full: what to expect, risks, where guidelines differ, the conditions and
    causes it addresses, and its references as full citations.

    With `expand`, the linked records of the fields named come in full, as their own details, so that
    one call gives a condition with its symptoms, treatments and organizations
    (`?expand=symptoms,treatments,organizations`). A slug in another case (`Stillbirth`) is redirected
    (301) to the record's own.

    Args:
        slug (str): The record's slug, its permanent id, in lower case; another case is redirected
            (301) to it.
        expand (str | Unset): Linked records to embed in full instead of in brief, comma-
            separated: `conditions`, `causes`. Each becomes its own detail (with every field of its
            summary, so typed clients still read it); one level only: their own links stay summaries.
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
        Any | Problem | TreatmentDetail
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            expand=expand,
            lang=lang,
            accept_language=accept_language,
            if_none_match=if_none_match,
        )
    ).parsed
