from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.language import Language
from ...models.problem import Problem
from ...models.record_type_name import RecordTypeName
from ...models.search_page import SearchPage
from ...models.trimester import Trimester
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    q: str,
    type_: RecordTypeName | Unset = UNSET,
    trimester: Trimester | Unset = UNSET,
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

    params["q"] = q

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_trimester: str | Unset = UNSET
    if not isinstance(trimester, Unset):
        json_trimester = trimester

    params["trimester"] = json_trimester

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang

    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/search",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | SearchPage | None:
    if response.status_code == 200:
        response_200 = SearchPage.from_dict(response.json())

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
) -> Response[Any | Problem | SearchPage]:
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
    q: str,
    type_: RecordTypeName | Unset = UNSET,
    trimester: Trimester | Unset = UNSET,
    lang: Language | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | SearchPage]:
    """Search every record

     Search conditions, causes, symptoms, tests, treatments, organizations and references at
    once, ranked by relevance (BM25, names above summaries above details).

    The query is understood the way people ask: lay words and shorthand find clinical records
    (`weak cervix` finds cervical insufficiency, `mmc` missed miscarriage), misspellings are
    corrected (`did_you_mean`), a week or trimester in the text (`at 16 weeks`) ranks records
    for that time higher, question words are ignored, and a long question is reduced to its
    most telling words. Every word must match; when no record matches them all, the least
    telling word is dropped, then any word will do, records covering more words first
    (`interpretation.relaxed`). When nothing matches, `help` lists where to turn. Each hit
    carries what it needs to be shown: `urgency` on symptoms, `weeks` on conditions and
    causes, `phone` and `tel` on organizations. The best 300 matches are ranked; `total` and
    `facets` (matches per type and trimester) count those.

    `lang` (or `Accept-Language`) names the language to search and answer in. `es` searches
    the records' Spanish text with Spanish query understanding (Spanish stemming and accent
    folding, so `ectopico` finds *embarazo ectópico*; Spanish lay words, questions and times:
    `legrado`, `¿fue mi culpa?`, `a las 16 semanas`) and answers with their Spanish names,
    summaries, snippets and advice; citations, which are not translated, are searched with
    `lang=en` only. `Content-Language` says the language of the answer.

    Args:
        limit (int | Unset): Items per page; values above 100 are treated as 100. Default: 20.
        offset (int | Unset): Items to skip. Default: 0.
        q (str): What to look for, in plain words: `weak cervix`, `why did I miscarry at 16
            weeks`, `someone to talk to`.
        type_ (RecordTypeName | Unset): A record type, as it appears in URLs.
        trimester (Trimester | Unset): A trimester of pregnancy: `first` (weeks 0–12), `second`
            (13–27), `third` (28 on).
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
        Response[Any | Problem | SearchPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        q=q,
        type_=type_,
        trimester=trimester,
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
    q: str,
    type_: RecordTypeName | Unset = UNSET,
    trimester: Trimester | Unset = UNSET,
    lang: Language | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | SearchPage | None:
    """Search every record

     Search conditions, causes, symptoms, tests, treatments, organizations and references at
    once, ranked by relevance (BM25, names above summaries above details).

    The query is understood the way people ask: lay words and shorthand find clinical records
    (`weak cervix` finds cervical insufficiency, `mmc` missed miscarriage), misspellings are
    corrected (`did_you_mean`), a week or trimester in the text (`at 16 weeks`) ranks records
    for that time higher, question words are ignored, and a long question is reduced to its
    most telling words. Every word must match; when no record matches them all, the least
    telling word is dropped, then any word will do, records covering more words first
    (`interpretation.relaxed`). When nothing matches, `help` lists where to turn. Each hit
    carries what it needs to be shown: `urgency` on symptoms, `weeks` on conditions and
    causes, `phone` and `tel` on organizations. The best 300 matches are ranked; `total` and
    `facets` (matches per type and trimester) count those.

    `lang` (or `Accept-Language`) names the language to search and answer in. `es` searches
    the records' Spanish text with Spanish query understanding (Spanish stemming and accent
    folding, so `ectopico` finds *embarazo ectópico*; Spanish lay words, questions and times:
    `legrado`, `¿fue mi culpa?`, `a las 16 semanas`) and answers with their Spanish names,
    summaries, snippets and advice; citations, which are not translated, are searched with
    `lang=en` only. `Content-Language` says the language of the answer.

    Args:
        limit (int | Unset): Items per page; values above 100 are treated as 100. Default: 20.
        offset (int | Unset): Items to skip. Default: 0.
        q (str): What to look for, in plain words: `weak cervix`, `why did I miscarry at 16
            weeks`, `someone to talk to`.
        type_ (RecordTypeName | Unset): A record type, as it appears in URLs.
        trimester (Trimester | Unset): A trimester of pregnancy: `first` (weeks 0–12), `second`
            (13–27), `third` (28 on).
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
        Any | Problem | SearchPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        q=q,
        type_=type_,
        trimester=trimester,
        lang=lang,
        accept_language=accept_language,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    q: str,
    type_: RecordTypeName | Unset = UNSET,
    trimester: Trimester | Unset = UNSET,
    lang: Language | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | SearchPage]:
    """Search every record

     Search conditions, causes, symptoms, tests, treatments, organizations and references at
    once, ranked by relevance (BM25, names above summaries above details).

    The query is understood the way people ask: lay words and shorthand find clinical records
    (`weak cervix` finds cervical insufficiency, `mmc` missed miscarriage), misspellings are
    corrected (`did_you_mean`), a week or trimester in the text (`at 16 weeks`) ranks records
    for that time higher, question words are ignored, and a long question is reduced to its
    most telling words. Every word must match; when no record matches them all, the least
    telling word is dropped, then any word will do, records covering more words first
    (`interpretation.relaxed`). When nothing matches, `help` lists where to turn. Each hit
    carries what it needs to be shown: `urgency` on symptoms, `weeks` on conditions and
    causes, `phone` and `tel` on organizations. The best 300 matches are ranked; `total` and
    `facets` (matches per type and trimester) count those.

    `lang` (or `Accept-Language`) names the language to search and answer in. `es` searches
    the records' Spanish text with Spanish query understanding (Spanish stemming and accent
    folding, so `ectopico` finds *embarazo ectópico*; Spanish lay words, questions and times:
    `legrado`, `¿fue mi culpa?`, `a las 16 semanas`) and answers with their Spanish names,
    summaries, snippets and advice; citations, which are not translated, are searched with
    `lang=en` only. `Content-Language` says the language of the answer.

    Args:
        limit (int | Unset): Items per page; values above 100 are treated as 100. Default: 20.
        offset (int | Unset): Items to skip. Default: 0.
        q (str): What to look for, in plain words: `weak cervix`, `why did I miscarry at 16
            weeks`, `someone to talk to`.
        type_ (RecordTypeName | Unset): A record type, as it appears in URLs.
        trimester (Trimester | Unset): A trimester of pregnancy: `first` (weeks 0–12), `second`
            (13–27), `third` (28 on).
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
        Response[Any | Problem | SearchPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        q=q,
        type_=type_,
        trimester=trimester,
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
    q: str,
    type_: RecordTypeName | Unset = UNSET,
    trimester: Trimester | Unset = UNSET,
    lang: Language | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | SearchPage | None:
    """Search every record

     Search conditions, causes, symptoms, tests, treatments, organizations and references at
    once, ranked by relevance (BM25, names above summaries above details).

    The query is understood the way people ask: lay words and shorthand find clinical records
    (`weak cervix` finds cervical insufficiency, `mmc` missed miscarriage), misspellings are
    corrected (`did_you_mean`), a week or trimester in the text (`at 16 weeks`) ranks records
    for that time higher, question words are ignored, and a long question is reduced to its
    most telling words. Every word must match; when no record matches them all, the least
    telling word is dropped, then any word will do, records covering more words first
    (`interpretation.relaxed`). When nothing matches, `help` lists where to turn. Each hit
    carries what it needs to be shown: `urgency` on symptoms, `weeks` on conditions and
    causes, `phone` and `tel` on organizations. The best 300 matches are ranked; `total` and
    `facets` (matches per type and trimester) count those.

    `lang` (or `Accept-Language`) names the language to search and answer in. `es` searches
    the records' Spanish text with Spanish query understanding (Spanish stemming and accent
    folding, so `ectopico` finds *embarazo ectópico*; Spanish lay words, questions and times:
    `legrado`, `¿fue mi culpa?`, `a las 16 semanas`) and answers with their Spanish names,
    summaries, snippets and advice; citations, which are not translated, are searched with
    `lang=en` only. `Content-Language` says the language of the answer.

    Args:
        limit (int | Unset): Items per page; values above 100 are treated as 100. Default: 20.
        offset (int | Unset): Items to skip. Default: 0.
        q (str): What to look for, in plain words: `weak cervix`, `why did I miscarry at 16
            weeks`, `someone to talk to`.
        type_ (RecordTypeName | Unset): A record type, as it appears in URLs.
        trimester (Trimester | Unset): A trimester of pregnancy: `first` (weeks 0–12), `second`
            (13–27), `third` (28 on).
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
        Any | Problem | SearchPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            q=q,
            type_=type_,
            trimester=trimester,
            lang=lang,
            accept_language=accept_language,
            if_none_match=if_none_match,
        )
    ).parsed
