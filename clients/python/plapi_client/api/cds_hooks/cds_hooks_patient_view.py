from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cds_request import CdsRequest
from ...models.cds_response import CdsResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: CdsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cds-services/pregnancy-loss-education",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CdsResponse | Problem | None:
    if response.status_code == 200:
        response_200 = CdsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = Problem.from_dict(response.json())

        return response_414

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[CdsResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CdsRequest,
) -> Response[CdsResponse | Problem]:
    """Cards for a patient's pregnancy-loss conditions

     Reads the codes of FHIR `Condition` resources in the call's `context` and `prefetch` that are
    about the patient in view (`subject` is `Patient/{patientId}`, or absent) and not
    `entered-in-error` or `refuted` (resolved and inactive ones count), and answers with up to
    3 `info` cards, one per condition they name (exact matches first), each linking to the
    condition's page. No FHIR server is contacted: without conditions, no cards. Codes that no
    record could match are passed over; more than 20 distinct ones that could is a 422.

    The cards are in the patient's preferred language when a FHIR `Patient` in `prefetch`
    (discovery asks for it as `patient`) or `context` says it: its `communication` marked
    `preferred` with a `language` coded `es` (or `es-MX`, …) gives Spanish cards, linking to the
    Spanish pages; otherwise they are in English. `Content-Language` says which.

    A call for another hook than `patient-view`, or a body that is empty or not JSON, is a 400; a
    body declared as another media type than JSON a 415; JSON that is not a CDS Hooks call (no
    `context.patientId`, say) is a 422 naming the field.

    Args:
        body (CdsRequest): A CDS Hooks call. Conditions are read from FHIR ``Condition`` resources
            in ``context``
            and ``prefetch`` (as resources or inside Bundles).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CdsResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CdsRequest,
) -> CdsResponse | Problem | None:
    """Cards for a patient's pregnancy-loss conditions

     Reads the codes of FHIR `Condition` resources in the call's `context` and `prefetch` that are
    about the patient in view (`subject` is `Patient/{patientId}`, or absent) and not
    `entered-in-error` or `refuted` (resolved and inactive ones count), and answers with up to
    3 `info` cards, one per condition they name (exact matches first), each linking to the
    condition's page. No FHIR server is contacted: without conditions, no cards. Codes that no
    record could match are passed over; more than 20 distinct ones that could is a 422.

    The cards are in the patient's preferred language when a FHIR `Patient` in `prefetch`
    (discovery asks for it as `patient`) or `context` says it: its `communication` marked
    `preferred` with a `language` coded `es` (or `es-MX`, …) gives Spanish cards, linking to the
    Spanish pages; otherwise they are in English. `Content-Language` says which.

    A call for another hook than `patient-view`, or a body that is empty or not JSON, is a 400; a
    body declared as another media type than JSON a 415; JSON that is not a CDS Hooks call (no
    `context.patientId`, say) is a 422 naming the field.

    Args:
        body (CdsRequest): A CDS Hooks call. Conditions are read from FHIR ``Condition`` resources
            in ``context``
            and ``prefetch`` (as resources or inside Bundles).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CdsResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CdsRequest,
) -> Response[CdsResponse | Problem]:
    """Cards for a patient's pregnancy-loss conditions

     Reads the codes of FHIR `Condition` resources in the call's `context` and `prefetch` that are
    about the patient in view (`subject` is `Patient/{patientId}`, or absent) and not
    `entered-in-error` or `refuted` (resolved and inactive ones count), and answers with up to
    3 `info` cards, one per condition they name (exact matches first), each linking to the
    condition's page. No FHIR server is contacted: without conditions, no cards. Codes that no
    record could match are passed over; more than 20 distinct ones that could is a 422.

    The cards are in the patient's preferred language when a FHIR `Patient` in `prefetch`
    (discovery asks for it as `patient`) or `context` says it: its `communication` marked
    `preferred` with a `language` coded `es` (or `es-MX`, …) gives Spanish cards, linking to the
    Spanish pages; otherwise they are in English. `Content-Language` says which.

    A call for another hook than `patient-view`, or a body that is empty or not JSON, is a 400; a
    body declared as another media type than JSON a 415; JSON that is not a CDS Hooks call (no
    `context.patientId`, say) is a 422 naming the field.

    Args:
        body (CdsRequest): A CDS Hooks call. Conditions are read from FHIR ``Condition`` resources
            in ``context``
            and ``prefetch`` (as resources or inside Bundles).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CdsResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CdsRequest,
) -> CdsResponse | Problem | None:
    """Cards for a patient's pregnancy-loss conditions

     Reads the codes of FHIR `Condition` resources in the call's `context` and `prefetch` that are
    about the patient in view (`subject` is `Patient/{patientId}`, or absent) and not
    `entered-in-error` or `refuted` (resolved and inactive ones count), and answers with up to
    3 `info` cards, one per condition they name (exact matches first), each linking to the
    condition's page. No FHIR server is contacted: without conditions, no cards. Codes that no
    record could match are passed over; more than 20 distinct ones that could is a 422.

    The cards are in the patient's preferred language when a FHIR `Patient` in `prefetch`
    (discovery asks for it as `patient`) or `context` says it: its `communication` marked
    `preferred` with a `language` coded `es` (or `es-MX`, …) gives Spanish cards, linking to the
    Spanish pages; otherwise they are in English. `Content-Language` says which.

    A call for another hook than `patient-view`, or a body that is empty or not JSON, is a 400; a
    body declared as another media type than JSON a 415; JSON that is not a CDS Hooks call (no
    `context.patientId`, say) is a 422 naming the field.

    Args:
        body (CdsRequest): A CDS Hooks call. Conditions are read from FHIR ``Condition`` resources
            in ``context``
            and ``prefetch`` (as resources or inside Bundles).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CdsResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
