from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.code_system import CodeSystem
from ...models.code_system_oid import CodeSystemOid
from ...models.knowledge_response_type import KnowledgeResponseType
from ...models.language import Language
from ...models.lookup_result import LookupResult
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    system: CodeSystem | Unset = UNSET,
    code: str | Unset = UNSET,
    main_search_criteria_v_c: str | Unset = UNSET,
    main_search_criteria_v_cs: CodeSystemOid | Unset = UNSET,
    main_search_criteria_v_dn: str | Unset = UNSET,
    main_search_criteria_v_ot: str | Unset = UNSET,
    knowledge_response_type: KnowledgeResponseType | Unset = UNSET,
    callback: str | Unset = UNSET,
    lang: Language | Unset = UNSET,
    task_context_c_c: str | Unset = UNSET,
    patient_person_administrative_gender_code_c: str | Unset = UNSET,
    age_v_v: str | Unset = UNSET,
    age_v_u: str | Unset = UNSET,
    age_group_v_c: str | Unset = UNSET,
    information_recipient: str | Unset = UNSET,
    information_recipient_health_care_provider_c_c: str | Unset = UNSET,
    performer: str | Unset = UNSET,
    performer_health_care_provider_c_c: str | Unset = UNSET,
    encounter_c_c: str | Unset = UNSET,
    service_delivery_location_id_root: str | Unset = UNSET,
    location_of_interest_addr_zip: str | Unset = UNSET,
    location_of_interest_addr_sta: str | Unset = UNSET,
    location_of_interest_addr_cnt: str | Unset = UNSET,
    sub_topic_v_c: str | Unset = UNSET,
    severity_observation_interpretation_code_c: str | Unset = UNSET,
    represented_organization_id_root: str | Unset = UNSET,
    assigned_authorized_person_id_root: str | Unset = UNSET,
    holder_assigned_entity_n: str | Unset = UNSET,
    information_recipient_language_code_c: str | Unset = UNSET,
    performer_language_code_c: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_system: str | Unset = UNSET
    if not isinstance(system, Unset):
        json_system = system

    params["system"] = json_system

    params["code"] = code

    params["mainSearchCriteria.v.c"] = main_search_criteria_v_c

    json_main_search_criteria_v_cs: str | Unset = UNSET
    if not isinstance(main_search_criteria_v_cs, Unset):
        json_main_search_criteria_v_cs = main_search_criteria_v_cs

    params["mainSearchCriteria.v.cs"] = json_main_search_criteria_v_cs

    params["mainSearchCriteria.v.dn"] = main_search_criteria_v_dn

    params["mainSearchCriteria.v.ot"] = main_search_criteria_v_ot

    json_knowledge_response_type: str | Unset = UNSET
    if not isinstance(knowledge_response_type, Unset):
        json_knowledge_response_type = knowledge_response_type

    params["knowledgeResponseType"] = json_knowledge_response_type

    params["callback"] = callback

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang

    params["lang"] = json_lang

    params["taskContext.c.c"] = task_context_c_c

    params["patientPerson.administrativeGenderCode.c"] = patient_person_administrative_gender_code_c

    params["age.v.v"] = age_v_v

    params["age.v.u"] = age_v_u

    params["ageGroup.v.c"] = age_group_v_c

    params["informationRecipient"] = information_recipient

    params["informationRecipient.healthCareProvider.c.c"] = (
        information_recipient_health_care_provider_c_c
    )

    params["performer"] = performer

    params["performer.healthCareProvider.c.c"] = performer_health_care_provider_c_c

    params["encounter.c.c"] = encounter_c_c

    params["serviceDeliveryLocation.id.root"] = service_delivery_location_id_root

    params["locationOfInterest.addr.ZIP"] = location_of_interest_addr_zip

    params["locationOfInterest.addr.STA"] = location_of_interest_addr_sta

    params["locationOfInterest.addr.CNT"] = location_of_interest_addr_cnt

    params["subTopic.v.c"] = sub_topic_v_c

    params["severityObservation.interpretationCode.c"] = severity_observation_interpretation_code_c

    params["representedOrganization.id.root"] = represented_organization_id_root

    params["assignedAuthorizedPerson.id.root"] = assigned_authorized_person_id_root

    params["holder.assignedEntity.n"] = holder_assigned_entity_n

    params["informationRecipient.languageCode.c"] = information_recipient_language_code_c

    params["performer.languageCode.c"] = performer_language_code_c

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/lookup",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | LookupResult | Problem | None:
    if response.status_code == 200:
        response_200 = LookupResult.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Any | LookupResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    system: CodeSystem | Unset = UNSET,
    code: str | Unset = UNSET,
    main_search_criteria_v_c: str | Unset = UNSET,
    main_search_criteria_v_cs: CodeSystemOid | Unset = UNSET,
    main_search_criteria_v_dn: str | Unset = UNSET,
    main_search_criteria_v_ot: str | Unset = UNSET,
    knowledge_response_type: KnowledgeResponseType | Unset = UNSET,
    callback: str | Unset = UNSET,
    lang: Language | Unset = UNSET,
    task_context_c_c: str | Unset = UNSET,
    patient_person_administrative_gender_code_c: str | Unset = UNSET,
    age_v_v: str | Unset = UNSET,
    age_v_u: str | Unset = UNSET,
    age_group_v_c: str | Unset = UNSET,
    information_recipient: str | Unset = UNSET,
    information_recipient_health_care_provider_c_c: str | Unset = UNSET,
    performer: str | Unset = UNSET,
    performer_health_care_provider_c_c: str | Unset = UNSET,
    encounter_c_c: str | Unset = UNSET,
    service_delivery_location_id_root: str | Unset = UNSET,
    location_of_interest_addr_zip: str | Unset = UNSET,
    location_of_interest_addr_sta: str | Unset = UNSET,
    location_of_interest_addr_cnt: str | Unset = UNSET,
    sub_topic_v_c: str | Unset = UNSET,
    severity_observation_interpretation_code_c: str | Unset = UNSET,
    represented_organization_id_root: str | Unset = UNSET,
    assigned_authorized_person_id_root: str | Unset = UNSET,
    holder_assigned_entity_n: str | Unset = UNSET,
    information_recipient_language_code_c: str | Unset = UNSET,
    performer_language_code_c: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | LookupResult | Problem]:
    """Find content by clinical code

     The conditions (and causes) a clinical code names, in full — each with its causes,
    symptoms, treatments, support organizations and references — best match first.

    Ask with `system` (`icd10cm` or `snomedct`) and `code`, or with the HL7 URL-based
    Infobutton parameters an EHR already sends to MedlinePlus Connect
    (`mainSearchCriteria.v.c`, `mainSearchCriteria.v.cs`, …). Several codes may be asked about
    at once with numbered criteria (`mainSearchCriteria.v.c1` with `mainSearchCriteria.v.cs1`,
    `…c2` with `…cs2`), at most 20 distinct codes (more is a 422): each record comes
    once, exact matches first, then in the order the codes were given; `asked_code` says which
    code found it. The Infobutton context (`taskContext.c.c`,
    `patientPerson.administrativeGenderCode.c`, `age.v.v`, `age.v.u`, `informationRecipient`,
    `performer`, `encounter.c.c`, `locationOfInterest.addr.*`, `subTopic.v.*`, … and their
    numbered repeats) is accepted and does not change the answer.

    The answer is in the reader's language: `lang` if given; else
    `informationRecipient.languageCode.c`, then `performer.languageCode.c`, where `es` (or
    `es-MX`, …), `spa` and MedlinePlus Connect's `sp` mean Spanish, in any case, and any other
    code English (not an error); else `Accept-Language`; else English. `language` and
    `Content-Language` say which.

    ICD-10-CM matching follows the code hierarchy: `O00.101` finds ectopic pregnancy (coded
    `O00`), `O03` finds every `O03.x` record, and `O03.4` finds incomplete miscarriage first,
    then the rest of its `O03` family. Codes are matched without regard to case or dots. Codes
    that no record covers are a 404; a malformed one, or any other parameter, is a 422.

    Answers are JSON. For JSONP, as MedlinePlus Connect offers it, send
    `knowledgeResponseType=application/javascript` (or `text/javascript`) and `callback`, a
    JavaScript identifier: the answer is `application/javascript`. A `callback` with a JSON
    `knowledgeResponseType` (or none) is ignored, and the answer is JSON. Prefer JSON: every answer
    allows cross-origin reading (CORS). For the Atom feed MedlinePlus Connect answers with by
    default, send `knowledgeResponseType=text/xml` (or `application/atom+xml`).

    Args:
        system (CodeSystem | Unset): A clinical code system: ICD-10-CM (`icd10cm`) or SNOMED CT
            (`snomedct`).
        code (str | Unset): The code, with or without its dot, any case: `O03.4`, `o034`.
        main_search_criteria_v_c (str | Unset): Infobutton: the code, with
            `mainSearchCriteria.v.cs`. More codes may follow, numbered: `mainSearchCriteria.v.c1` with
            `mainSearchCriteria.v.cs1`, and so on.
        main_search_criteria_v_cs (CodeSystemOid | Unset): A code system by its HL7 OID, as
            Infobutton names it: ICD-10-CM
            `2.16.840.1.113883.6.90` or SNOMED CT `2.16.840.1.113883.6.96`.
        main_search_criteria_v_dn (str | Unset): Infobutton: the code's display name
            (informational).
        main_search_criteria_v_ot (str | Unset): Infobutton: the text the code was chosen from
            (informational).
        knowledge_response_type (KnowledgeResponseType | Unset): The form of answer an Infobutton
            client asks for: JSON (`application/json`), JSONP
            (`application/javascript` or `text/javascript`, with `callback`), or an HL7 Infobutton
            Atom feed (`text/xml`, as MedlinePlus Connect answers by default, or
            `application/atom+xml`).
        callback (str | Unset): JSONP: the function to call with the answer, a JavaScript
            identifier or dotted path (`showTopics`, `app.show`). Read only with a JavaScript
            `knowledgeResponseType`; with JSON (the default) it is ignored and the answer is JSON.
        lang (Language | Unset): A language the content is served in: English (`en`, the language
            records are written
            in) or Spanish (`es`).
        task_context_c_c (str | Unset): The task the EHR user is doing (an HL7 ActTaskCode), such
            as `PROBLISTREV` (problem list review). Infobutton context: accepted, and it does not
            change the answer.
        patient_person_administrative_gender_code_c (str | Unset): The patient's administrative
            gender: `F`, `M` or `UN`. Infobutton context: accepted, and it does not change the answer.
        age_v_v (str | Unset): The patient's age, a number in the unit of `age.v.u`. Infobutton
            context: accepted, and it does not change the answer.
        age_v_u (str | Unset): The unit of `age.v.v` (UCUM): `a` (years), `mo`, `wk`, `d`, …
            Infobutton context: accepted, and it does not change the answer.
        age_group_v_c (str | Unset): The patient's age group, a MeSH code such as `D000328`
            (adult). Infobutton context: accepted, and it does not change the answer.
        information_recipient (str | Unset): Who will read the answer: `PAT` (the patient), `PROV`
            (a health care provider) or `PAYOR`. Infobutton context: accepted, and it does not change
            the answer.
        information_recipient_health_care_provider_c_c (str | Unset): The reader's kind of
            provider, when a provider reads it. Infobutton context: accepted, and it does not change
            the answer.
        performer (str | Unset): Who asks for the information: `PAT`, `PROV` or `PAYOR`.
            Infobutton context: accepted, and it does not change the answer.
        performer_health_care_provider_c_c (str | Unset): The kind of provider who asks.
            Infobutton context: accepted, and it does not change the answer.
        encounter_c_c (str | Unset): The kind of encounter (an HL7 ActEncounterCode): `AMB`
            (ambulatory), `EMER` (emergency), `IMP` (inpatient), … Infobutton context: accepted, and
            it does not change the answer.
        service_delivery_location_id_root (str | Unset): The OID of the place where care is given.
            Infobutton context: accepted, and it does not change the answer.
        location_of_interest_addr_zip (str | Unset): A postal code the information is wanted for.
            Infobutton context: accepted, and it does not change the answer.
        location_of_interest_addr_sta (str | Unset): A state or province the information is wanted
            for. Infobutton context: accepted, and it does not change the answer.
        location_of_interest_addr_cnt (str | Unset): A country the information is wanted for.
            Infobutton context: accepted, and it does not change the answer.
        sub_topic_v_c (str | Unset): A subtopic of the problem asked about, such as treatment or
            prognosis. Infobutton context: accepted, and it does not change the answer.
        severity_observation_interpretation_code_c (str | Unset): How severe the problem is, as an
            HL7 interpretation code. Infobutton context: accepted, and it does not change the answer.
        represented_organization_id_root (str | Unset): The OID of the organization that asks.
            Infobutton context: accepted, and it does not change the answer.
        assigned_authorized_person_id_root (str | Unset): The OID of the person who asks.
            Infobutton context: accepted, and it does not change the answer.
        holder_assigned_entity_n (str | Unset): The name of the organization that holds the
            licence to the content. Infobutton context: accepted, and it does not change the answer.
        information_recipient_language_code_c (str | Unset): The reader's language. `es` (or `es-
            MX`, …), `spa` or `sp`, in any case, answers in Spanish; any other code (`en`, …) in
            English, never an error. `lang`, when given, wins.
        performer_language_code_c (str | Unset): The language of who asks, when the reader's is
            not given. `es` (or `es-MX`, …), `spa` or `sp`, in any case, answers in Spanish; any other
            code (`en`, …) in English, never an error. `lang`, when given, wins.
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
        Response[Any | LookupResult | Problem]
    """

    kwargs = _get_kwargs(
        system=system,
        code=code,
        main_search_criteria_v_c=main_search_criteria_v_c,
        main_search_criteria_v_cs=main_search_criteria_v_cs,
        main_search_criteria_v_dn=main_search_criteria_v_dn,
        main_search_criteria_v_ot=main_search_criteria_v_ot,
        knowledge_response_type=knowledge_response_type,
        callback=callback,
        lang=lang,
        task_context_c_c=task_context_c_c,
        patient_person_administrative_gender_code_c=patient_person_administrative_gender_code_c,
        age_v_v=age_v_v,
        age_v_u=age_v_u,
        age_group_v_c=age_group_v_c,
        information_recipient=information_recipient,
        information_recipient_health_care_provider_c_c=information_recipient_health_care_provider_c_c,
        performer=performer,
        performer_health_care_provider_c_c=performer_health_care_provider_c_c,
        encounter_c_c=encounter_c_c,
        service_delivery_location_id_root=service_delivery_location_id_root,
        location_of_interest_addr_zip=location_of_interest_addr_zip,
        location_of_interest_addr_sta=location_of_interest_addr_sta,
        location_of_interest_addr_cnt=location_of_interest_addr_cnt,
        sub_topic_v_c=sub_topic_v_c,
        severity_observation_interpretation_code_c=severity_observation_interpretation_code_c,
        represented_organization_id_root=represented_organization_id_root,
        assigned_authorized_person_id_root=assigned_authorized_person_id_root,
        holder_assigned_entity_n=holder_assigned_entity_n,
        information_recipient_language_code_c=information_recipient_language_code_c,
        performer_language_code_c=performer_language_code_c,
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
    system: CodeSystem | Unset = UNSET,
    code: str | Unset = UNSET,
    main_search_criteria_v_c: str | Unset = UNSET,
    main_search_criteria_v_cs: CodeSystemOid | Unset = UNSET,
    main_search_criteria_v_dn: str | Unset = UNSET,
    main_search_criteria_v_ot: str | Unset = UNSET,
    knowledge_response_type: KnowledgeResponseType | Unset = UNSET,
    callback: str | Unset = UNSET,
    lang: Language | Unset = UNSET,
    task_context_c_c: str | Unset = UNSET,
    patient_person_administrative_gender_code_c: str | Unset = UNSET,
    age_v_v: str | Unset = UNSET,
    age_v_u: str | Unset = UNSET,
    age_group_v_c: str | Unset = UNSET,
    information_recipient: str | Unset = UNSET,
    information_recipient_health_care_provider_c_c: str | Unset = UNSET,
    performer: str | Unset = UNSET,
    performer_health_care_provider_c_c: str | Unset = UNSET,
    encounter_c_c: str | Unset = UNSET,
    service_delivery_location_id_root: str | Unset = UNSET,
    location_of_interest_addr_zip: str | Unset = UNSET,
    location_of_interest_addr_sta: str | Unset = UNSET,
    location_of_interest_addr_cnt: str | Unset = UNSET,
    sub_topic_v_c: str | Unset = UNSET,
    severity_observation_interpretation_code_c: str | Unset = UNSET,
    represented_organization_id_root: str | Unset = UNSET,
    assigned_authorized_person_id_root: str | Unset = UNSET,
    holder_assigned_entity_n: str | Unset = UNSET,
    information_recipient_language_code_c: str | Unset = UNSET,
    performer_language_code_c: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | LookupResult | Problem | None:
    """Find content by clinical code

     The conditions (and causes) a clinical code names, in full — each with its causes,
    symptoms, treatments, support organizations and references — best match first.

    Ask with `system` (`icd10cm` or `snomedct`) and `code`, or with the HL7 URL-based
    Infobutton parameters an EHR already sends to MedlinePlus Connect
    (`mainSearchCriteria.v.c`, `mainSearchCriteria.v.cs`, …). Several codes may be asked about
    at once with numbered criteria (`mainSearchCriteria.v.c1` with `mainSearchCriteria.v.cs1`,
    `…c2` with `…cs2`), at most 20 distinct codes (more is a 422): each record comes
    once, exact matches first, then in the order the codes were given; `asked_code` says which
    code found it. The Infobutton context (`taskContext.c.c`,
    `patientPerson.administrativeGenderCode.c`, `age.v.v`, `age.v.u`, `informationRecipient`,
    `performer`, `encounter.c.c`, `locationOfInterest.addr.*`, `subTopic.v.*`, … and their
    numbered repeats) is accepted and does not change the answer.

    The answer is in the reader's language: `lang` if given; else
    `informationRecipient.languageCode.c`, then `performer.languageCode.c`, where `es` (or
    `es-MX`, …), `spa` and MedlinePlus Connect's `sp` mean Spanish, in any case, and any other
    code English (not an error); else `Accept-Language`; else English. `language` and
    `Content-Language` say which.

    ICD-10-CM matching follows the code hierarchy: `O00.101` finds ectopic pregnancy (coded
    `O00`), `O03` finds every `O03.x` record, and `O03.4` finds incomplete miscarriage first,
    then the rest of its `O03` family. Codes are matched without regard to case or dots. Codes
    that no record covers are a 404; a malformed one, or any other parameter, is a 422.

    Answers are JSON. For JSONP, as MedlinePlus Connect offers it, send
    `knowledgeResponseType=application/javascript` (or `text/javascript`) and `callback`, a
    JavaScript identifier: the answer is `application/javascript`. A `callback` with a JSON
    `knowledgeResponseType` (or none) is ignored, and the answer is JSON. Prefer JSON: every answer
    allows cross-origin reading (CORS). For the Atom feed MedlinePlus Connect answers with by
    default, send `knowledgeResponseType=text/xml` (or `application/atom+xml`).

    Args:
        system (CodeSystem | Unset): A clinical code system: ICD-10-CM (`icd10cm`) or SNOMED CT
            (`snomedct`).
        code (str | Unset): The code, with or without its dot, any case: `O03.4`, `o034`.
        main_search_criteria_v_c (str | Unset): Infobutton: the code, with
            `mainSearchCriteria.v.cs`. More codes may follow, numbered: `mainSearchCriteria.v.c1` with
            `mainSearchCriteria.v.cs1`, and so on.
        main_search_criteria_v_cs (CodeSystemOid | Unset): A code system by its HL7 OID, as
            Infobutton names it: ICD-10-CM
            `2.16.840.1.113883.6.90` or SNOMED CT `2.16.840.1.113883.6.96`.
        main_search_criteria_v_dn (str | Unset): Infobutton: the code's display name
            (informational).
        main_search_criteria_v_ot (str | Unset): Infobutton: the text the code was chosen from
            (informational).
        knowledge_response_type (KnowledgeResponseType | Unset): The form of answer an Infobutton
            client asks for: JSON (`application/json`), JSONP
            (`application/javascript` or `text/javascript`, with `callback`), or an HL7 Infobutton
            Atom feed (`text/xml`, as MedlinePlus Connect answers by default, or
            `application/atom+xml`).
        callback (str | Unset): JSONP: the function to call with the answer, a JavaScript
            identifier or dotted path (`showTopics`, `app.show`). Read only with a JavaScript
            `knowledgeResponseType`; with JSON (the default) it is ignored and the answer is JSON.
        lang (Language | Unset): A language the content is served in: English (`en`, the language
            records are written
            in) or Spanish (`es`).
        task_context_c_c (str | Unset): The task the EHR user is doing (an HL7 ActTaskCode), such
            as `PROBLISTREV` (problem list review). Infobutton context: accepted, and it does not
            change the answer.
        patient_person_administrative_gender_code_c (str | Unset): The patient's administrative
            gender: `F`, `M` or `UN`. Infobutton context: accepted, and it does not change the answer.
        age_v_v (str | Unset): The patient's age, a number in the unit of `age.v.u`. Infobutton
            context: accepted, and it does not change the answer.
        age_v_u (str | Unset): The unit of `age.v.v` (UCUM): `a` (years), `mo`, `wk`, `d`, …
            Infobutton context: accepted, and it does not change the answer.
        age_group_v_c (str | Unset): The patient's age group, a MeSH code such as `D000328`
            (adult). Infobutton context: accepted, and it does not change the answer.
        information_recipient (str | Unset): Who will read the answer: `PAT` (the patient), `PROV`
            (a health care provider) or `PAYOR`. Infobutton context: accepted, and it does not change
            the answer.
        information_recipient_health_care_provider_c_c (str | Unset): The reader's kind of
            provider, when a provider reads it. Infobutton context: accepted, and it does not change
            the answer.
        performer (str | Unset): Who asks for the information: `PAT`, `PROV` or `PAYOR`.
            Infobutton context: accepted, and it does not change the answer.
        performer_health_care_provider_c_c (str | Unset): The kind of provider who asks.
            Infobutton context: accepted, and it does not change the answer.
        encounter_c_c (str | Unset): The kind of encounter (an HL7 ActEncounterCode): `AMB`
            (ambulatory), `EMER` (emergency), `IMP` (inpatient), … Infobutton context: accepted, and
            it does not change the answer.
        service_delivery_location_id_root (str | Unset): The OID of the place where care is given.
            Infobutton context: accepted, and it does not change the answer.
        location_of_interest_addr_zip (str | Unset): A postal code the information is wanted for.
            Infobutton context: accepted, and it does not change the answer.
        location_of_interest_addr_sta (str | Unset): A state or province the information is wanted
            for. Infobutton context: accepted, and it does not change the answer.
        location_of_interest_addr_cnt (str | Unset): A country the information is wanted for.
            Infobutton context: accepted, and it does not change the answer.
        sub_topic_v_c (str | Unset): A subtopic of the problem asked about, such as treatment or
            prognosis. Infobutton context: accepted, and it does not change the answer.
        severity_observation_interpretation_code_c (str | Unset): How severe the problem is, as an
            HL7 interpretation code. Infobutton context: accepted, and it does not change the answer.
        represented_organization_id_root (str | Unset): The OID of the organization that asks.
            Infobutton context: accepted, and it does not change the answer.
        assigned_authorized_person_id_root (str | Unset): The OID of the person who asks.
            Infobutton context: accepted, and it does not change the answer.
        holder_assigned_entity_n (str | Unset): The name of the organization that holds the
            licence to the content. Infobutton context: accepted, and it does not change the answer.
        information_recipient_language_code_c (str | Unset): The reader's language. `es` (or `es-
            MX`, …), `spa` or `sp`, in any case, answers in Spanish; any other code (`en`, …) in
            English, never an error. `lang`, when given, wins.
        performer_language_code_c (str | Unset): The language of who asks, when the reader's is
            not given. `es` (or `es-MX`, …), `spa` or `sp`, in any case, answers in Spanish; any other
            code (`en`, …) in English, never an error. `lang`, when given, wins.
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
        Any | LookupResult | Problem
    """

    return sync_detailed(
        client=client,
        system=system,
        code=code,
        main_search_criteria_v_c=main_search_criteria_v_c,
        main_search_criteria_v_cs=main_search_criteria_v_cs,
        main_search_criteria_v_dn=main_search_criteria_v_dn,
        main_search_criteria_v_ot=main_search_criteria_v_ot,
        knowledge_response_type=knowledge_response_type,
        callback=callback,
        lang=lang,
        task_context_c_c=task_context_c_c,
        patient_person_administrative_gender_code_c=patient_person_administrative_gender_code_c,
        age_v_v=age_v_v,
        age_v_u=age_v_u,
        age_group_v_c=age_group_v_c,
        information_recipient=information_recipient,
        information_recipient_health_care_provider_c_c=information_recipient_health_care_provider_c_c,
        performer=performer,
        performer_health_care_provider_c_c=performer_health_care_provider_c_c,
        encounter_c_c=encounter_c_c,
        service_delivery_location_id_root=service_delivery_location_id_root,
        location_of_interest_addr_zip=location_of_interest_addr_zip,
        location_of_interest_addr_sta=location_of_interest_addr_sta,
        location_of_interest_addr_cnt=location_of_interest_addr_cnt,
        sub_topic_v_c=sub_topic_v_c,
        severity_observation_interpretation_code_c=severity_observation_interpretation_code_c,
        represented_organization_id_root=represented_organization_id_root,
        assigned_authorized_person_id_root=assigned_authorized_person_id_root,
        holder_assigned_entity_n=holder_assigned_entity_n,
        information_recipient_language_code_c=information_recipient_language_code_c,
        performer_language_code_c=performer_language_code_c,
        accept_language=accept_language,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    system: CodeSystem | Unset = UNSET,
    code: str | Unset = UNSET,
    main_search_criteria_v_c: str | Unset = UNSET,
    main_search_criteria_v_cs: CodeSystemOid | Unset = UNSET,
    main_search_criteria_v_dn: str | Unset = UNSET,
    main_search_criteria_v_ot: str | Unset = UNSET,
    knowledge_response_type: KnowledgeResponseType | Unset = UNSET,
    callback: str | Unset = UNSET,
    lang: Language | Unset = UNSET,
    task_context_c_c: str | Unset = UNSET,
    patient_person_administrative_gender_code_c: str | Unset = UNSET,
    age_v_v: str | Unset = UNSET,
    age_v_u: str | Unset = UNSET,
    age_group_v_c: str | Unset = UNSET,
    information_recipient: str | Unset = UNSET,
    information_recipient_health_care_provider_c_c: str | Unset = UNSET,
    performer: str | Unset = UNSET,
    performer_health_care_provider_c_c: str | Unset = UNSET,
    encounter_c_c: str | Unset = UNSET,
    service_delivery_location_id_root: str | Unset = UNSET,
    location_of_interest_addr_zip: str | Unset = UNSET,
    location_of_interest_addr_sta: str | Unset = UNSET,
    location_of_interest_addr_cnt: str | Unset = UNSET,
    sub_topic_v_c: str | Unset = UNSET,
    severity_observation_interpretation_code_c: str | Unset = UNSET,
    represented_organization_id_root: str | Unset = UNSET,
    assigned_authorized_person_id_root: str | Unset = UNSET,
    holder_assigned_entity_n: str | Unset = UNSET,
    information_recipient_language_code_c: str | Unset = UNSET,
    performer_language_code_c: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | LookupResult | Problem]:
    """Find content by clinical code

     The conditions (and causes) a clinical code names, in full — each with its causes,
    symptoms, treatments, support organizations and references — best match first.

    Ask with `system` (`icd10cm` or `snomedct`) and `code`, or with the HL7 URL-based
    Infobutton parameters an EHR already sends to MedlinePlus Connect
    (`mainSearchCriteria.v.c`, `mainSearchCriteria.v.cs`, …). Several codes may be asked about
    at once with numbered criteria (`mainSearchCriteria.v.c1` with `mainSearchCriteria.v.cs1`,
    `…c2` with `…cs2`), at most 20 distinct codes (more is a 422): each record comes
    once, exact matches first, then in the order the codes were given; `asked_code` says which
    code found it. The Infobutton context (`taskContext.c.c`,
    `patientPerson.administrativeGenderCode.c`, `age.v.v`, `age.v.u`, `informationRecipient`,
    `performer`, `encounter.c.c`, `locationOfInterest.addr.*`, `subTopic.v.*`, … and their
    numbered repeats) is accepted and does not change the answer.

    The answer is in the reader's language: `lang` if given; else
    `informationRecipient.languageCode.c`, then `performer.languageCode.c`, where `es` (or
    `es-MX`, …), `spa` and MedlinePlus Connect's `sp` mean Spanish, in any case, and any other
    code English (not an error); else `Accept-Language`; else English. `language` and
    `Content-Language` say which.

    ICD-10-CM matching follows the code hierarchy: `O00.101` finds ectopic pregnancy (coded
    `O00`), `O03` finds every `O03.x` record, and `O03.4` finds incomplete miscarriage first,
    then the rest of its `O03` family. Codes are matched without regard to case or dots. Codes
    that no record covers are a 404; a malformed one, or any other parameter, is a 422.

    Answers are JSON. For JSONP, as MedlinePlus Connect offers it, send
    `knowledgeResponseType=application/javascript` (or `text/javascript`) and `callback`, a
    JavaScript identifier: the answer is `application/javascript`. A `callback` with a JSON
    `knowledgeResponseType` (or none) is ignored, and the answer is JSON. Prefer JSON: every answer
    allows cross-origin reading (CORS). For the Atom feed MedlinePlus Connect answers with by
    default, send `knowledgeResponseType=text/xml` (or `application/atom+xml`).

    Args:
        system (CodeSystem | Unset): A clinical code system: ICD-10-CM (`icd10cm`) or SNOMED CT
            (`snomedct`).
        code (str | Unset): The code, with or without its dot, any case: `O03.4`, `o034`.
        main_search_criteria_v_c (str | Unset): Infobutton: the code, with
            `mainSearchCriteria.v.cs`. More codes may follow, numbered: `mainSearchCriteria.v.c1` with
            `mainSearchCriteria.v.cs1`, and so on.
        main_search_criteria_v_cs (CodeSystemOid | Unset): A code system by its HL7 OID, as
            Infobutton names it: ICD-10-CM
            `2.16.840.1.113883.6.90` or SNOMED CT `2.16.840.1.113883.6.96`.
        main_search_criteria_v_dn (str | Unset): Infobutton: the code's display name
            (informational).
        main_search_criteria_v_ot (str | Unset): Infobutton: the text the code was chosen from
            (informational).
        knowledge_response_type (KnowledgeResponseType | Unset): The form of answer an Infobutton
            client asks for: JSON (`application/json`), JSONP
            (`application/javascript` or `text/javascript`, with `callback`), or an HL7 Infobutton
            Atom feed (`text/xml`, as MedlinePlus Connect answers by default, or
            `application/atom+xml`).
        callback (str | Unset): JSONP: the function to call with the answer, a JavaScript
            identifier or dotted path (`showTopics`, `app.show`). Read only with a JavaScript
            `knowledgeResponseType`; with JSON (the default) it is ignored and the answer is JSON.
        lang (Language | Unset): A language the content is served in: English (`en`, the language
            records are written
            in) or Spanish (`es`).
        task_context_c_c (str | Unset): The task the EHR user is doing (an HL7 ActTaskCode), such
            as `PROBLISTREV` (problem list review). Infobutton context: accepted, and it does not
            change the answer.
        patient_person_administrative_gender_code_c (str | Unset): The patient's administrative
            gender: `F`, `M` or `UN`. Infobutton context: accepted, and it does not change the answer.
        age_v_v (str | Unset): The patient's age, a number in the unit of `age.v.u`. Infobutton
            context: accepted, and it does not change the answer.
        age_v_u (str | Unset): The unit of `age.v.v` (UCUM): `a` (years), `mo`, `wk`, `d`, …
            Infobutton context: accepted, and it does not change the answer.
        age_group_v_c (str | Unset): The patient's age group, a MeSH code such as `D000328`
            (adult). Infobutton context: accepted, and it does not change the answer.
        information_recipient (str | Unset): Who will read the answer: `PAT` (the patient), `PROV`
            (a health care provider) or `PAYOR`. Infobutton context: accepted, and it does not change
            the answer.
        information_recipient_health_care_provider_c_c (str | Unset): The reader's kind of
            provider, when a provider reads it. Infobutton context: accepted, and it does not change
            the answer.
        performer (str | Unset): Who asks for the information: `PAT`, `PROV` or `PAYOR`.
            Infobutton context: accepted, and it does not change the answer.
        performer_health_care_provider_c_c (str | Unset): The kind of provider who asks.
            Infobutton context: accepted, and it does not change the answer.
        encounter_c_c (str | Unset): The kind of encounter (an HL7 ActEncounterCode): `AMB`
            (ambulatory), `EMER` (emergency), `IMP` (inpatient), … Infobutton context: accepted, and
            it does not change the answer.
        service_delivery_location_id_root (str | Unset): The OID of the place where care is given.
            Infobutton context: accepted, and it does not change the answer.
        location_of_interest_addr_zip (str | Unset): A postal code the information is wanted for.
            Infobutton context: accepted, and it does not change the answer.
        location_of_interest_addr_sta (str | Unset): A state or province the information is wanted
            for. Infobutton context: accepted, and it does not change the answer.
        location_of_interest_addr_cnt (str | Unset): A country the information is wanted for.
            Infobutton context: accepted, and it does not change the answer.
        sub_topic_v_c (str | Unset): A subtopic of the problem asked about, such as treatment or
            prognosis. Infobutton context: accepted, and it does not change the answer.
        severity_observation_interpretation_code_c (str | Unset): How severe the problem is, as an
            HL7 interpretation code. Infobutton context: accepted, and it does not change the answer.
        represented_organization_id_root (str | Unset): The OID of the organization that asks.
            Infobutton context: accepted, and it does not change the answer.
        assigned_authorized_person_id_root (str | Unset): The OID of the person who asks.
            Infobutton context: accepted, and it does not change the answer.
        holder_assigned_entity_n (str | Unset): The name of the organization that holds the
            licence to the content. Infobutton context: accepted, and it does not change the answer.
        information_recipient_language_code_c (str | Unset): The reader's language. `es` (or `es-
            MX`, …), `spa` or `sp`, in any case, answers in Spanish; any other code (`en`, …) in
            English, never an error. `lang`, when given, wins.
        performer_language_code_c (str | Unset): The language of who asks, when the reader's is
            not given. `es` (or `es-MX`, …), `spa` or `sp`, in any case, answers in Spanish; any other
            code (`en`, …) in English, never an error. `lang`, when given, wins.
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
        Response[Any | LookupResult | Problem]
    """

    kwargs = _get_kwargs(
        system=system,
        code=code,
        main_search_criteria_v_c=main_search_criteria_v_c,
        main_search_criteria_v_cs=main_search_criteria_v_cs,
        main_search_criteria_v_dn=main_search_criteria_v_dn,
        main_search_criteria_v_ot=main_search_criteria_v_ot,
        knowledge_response_type=knowledge_response_type,
        callback=callback,
        lang=lang,
        task_context_c_c=task_context_c_c,
        patient_person_administrative_gender_code_c=patient_person_administrative_gender_code_c,
        age_v_v=age_v_v,
        age_v_u=age_v_u,
        age_group_v_c=age_group_v_c,
        information_recipient=information_recipient,
        information_recipient_health_care_provider_c_c=information_recipient_health_care_provider_c_c,
        performer=performer,
        performer_health_care_provider_c_c=performer_health_care_provider_c_c,
        encounter_c_c=encounter_c_c,
        service_delivery_location_id_root=service_delivery_location_id_root,
        location_of_interest_addr_zip=location_of_interest_addr_zip,
        location_of_interest_addr_sta=location_of_interest_addr_sta,
        location_of_interest_addr_cnt=location_of_interest_addr_cnt,
        sub_topic_v_c=sub_topic_v_c,
        severity_observation_interpretation_code_c=severity_observation_interpretation_code_c,
        represented_organization_id_root=represented_organization_id_root,
        assigned_authorized_person_id_root=assigned_authorized_person_id_root,
        holder_assigned_entity_n=holder_assigned_entity_n,
        information_recipient_language_code_c=information_recipient_language_code_c,
        performer_language_code_c=performer_language_code_c,
        accept_language=accept_language,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    system: CodeSystem | Unset = UNSET,
    code: str | Unset = UNSET,
    main_search_criteria_v_c: str | Unset = UNSET,
    main_search_criteria_v_cs: CodeSystemOid | Unset = UNSET,
    main_search_criteria_v_dn: str | Unset = UNSET,
    main_search_criteria_v_ot: str | Unset = UNSET,
    knowledge_response_type: KnowledgeResponseType | Unset = UNSET,
    callback: str | Unset = UNSET,
    lang: Language | Unset = UNSET,
    task_context_c_c: str | Unset = UNSET,
    patient_person_administrative_gender_code_c: str | Unset = UNSET,
    age_v_v: str | Unset = UNSET,
    age_v_u: str | Unset = UNSET,
    age_group_v_c: str | Unset = UNSET,
    information_recipient: str | Unset = UNSET,
    information_recipient_health_care_provider_c_c: str | Unset = UNSET,
    performer: str | Unset = UNSET,
    performer_health_care_provider_c_c: str | Unset = UNSET,
    encounter_c_c: str | Unset = UNSET,
    service_delivery_location_id_root: str | Unset = UNSET,
    location_of_interest_addr_zip: str | Unset = UNSET,
    location_of_interest_addr_sta: str | Unset = UNSET,
    location_of_interest_addr_cnt: str | Unset = UNSET,
    sub_topic_v_c: str | Unset = UNSET,
    severity_observation_interpretation_code_c: str | Unset = UNSET,
    represented_organization_id_root: str | Unset = UNSET,
    assigned_authorized_person_id_root: str | Unset = UNSET,
    holder_assigned_entity_n: str | Unset = UNSET,
    information_recipient_language_code_c: str | Unset = UNSET,
    performer_language_code_c: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | LookupResult | Problem | None:
    """Find content by clinical code

     The conditions (and causes) a clinical code names, in full — each with its causes,
    symptoms, treatments, support organizations and references — best match first.

    Ask with `system` (`icd10cm` or `snomedct`) and `code`, or with the HL7 URL-based
    Infobutton parameters an EHR already sends to MedlinePlus Connect
    (`mainSearchCriteria.v.c`, `mainSearchCriteria.v.cs`, …). Several codes may be asked about
    at once with numbered criteria (`mainSearchCriteria.v.c1` with `mainSearchCriteria.v.cs1`,
    `…c2` with `…cs2`), at most 20 distinct codes (more is a 422): each record comes
    once, exact matches first, then in the order the codes were given; `asked_code` says which
    code found it. The Infobutton context (`taskContext.c.c`,
    `patientPerson.administrativeGenderCode.c`, `age.v.v`, `age.v.u`, `informationRecipient`,
    `performer`, `encounter.c.c`, `locationOfInterest.addr.*`, `subTopic.v.*`, … and their
    numbered repeats) is accepted and does not change the answer.

    The answer is in the reader's language: `lang` if given; else
    `informationRecipient.languageCode.c`, then `performer.languageCode.c`, where `es` (or
    `es-MX`, …), `spa` and MedlinePlus Connect's `sp` mean Spanish, in any case, and any other
    code English (not an error); else `Accept-Language`; else English. `language` and
    `Content-Language` say which.

    ICD-10-CM matching follows the code hierarchy: `O00.101` finds ectopic pregnancy (coded
    `O00`), `O03` finds every `O03.x` record, and `O03.4` finds incomplete miscarriage first,
    then the rest of its `O03` family. Codes are matched without regard to case or dots. Codes
    that no record covers are a 404; a malformed one, or any other parameter, is a 422.

    Answers are JSON. For JSONP, as MedlinePlus Connect offers it, send
    `knowledgeResponseType=application/javascript` (or `text/javascript`) and `callback`, a
    JavaScript identifier: the answer is `application/javascript`. A `callback` with a JSON
    `knowledgeResponseType` (or none) is ignored, and the answer is JSON. Prefer JSON: every answer
    allows cross-origin reading (CORS). For the Atom feed MedlinePlus Connect answers with by
    default, send `knowledgeResponseType=text/xml` (or `application/atom+xml`).

    Args:
        system (CodeSystem | Unset): A clinical code system: ICD-10-CM (`icd10cm`) or SNOMED CT
            (`snomedct`).
        code (str | Unset): The code, with or without its dot, any case: `O03.4`, `o034`.
        main_search_criteria_v_c (str | Unset): Infobutton: the code, with
            `mainSearchCriteria.v.cs`. More codes may follow, numbered: `mainSearchCriteria.v.c1` with
            `mainSearchCriteria.v.cs1`, and so on.
        main_search_criteria_v_cs (CodeSystemOid | Unset): A code system by its HL7 OID, as
            Infobutton names it: ICD-10-CM
            `2.16.840.1.113883.6.90` or SNOMED CT `2.16.840.1.113883.6.96`.
        main_search_criteria_v_dn (str | Unset): Infobutton: the code's display name
            (informational).
        main_search_criteria_v_ot (str | Unset): Infobutton: the text the code was chosen from
            (informational).
        knowledge_response_type (KnowledgeResponseType | Unset): The form of answer an Infobutton
            client asks for: JSON (`application/json`), JSONP
            (`application/javascript` or `text/javascript`, with `callback`), or an HL7 Infobutton
            Atom feed (`text/xml`, as MedlinePlus Connect answers by default, or
            `application/atom+xml`).
        callback (str | Unset): JSONP: the function to call with the answer, a JavaScript
            identifier or dotted path (`showTopics`, `app.show`). Read only with a JavaScript
            `knowledgeResponseType`; with JSON (the default) it is ignored and the answer is JSON.
        lang (Language | Unset): A language the content is served in: English (`en`, the language
            records are written
            in) or Spanish (`es`).
        task_context_c_c (str | Unset): The task the EHR user is doing (an HL7 ActTaskCode), such
            as `PROBLISTREV` (problem list review). Infobutton context: accepted, and it does not
            change the answer.
        patient_person_administrative_gender_code_c (str | Unset): The patient's administrative
            gender: `F`, `M` or `UN`. Infobutton context: accepted, and it does not change the answer.
        age_v_v (str | Unset): The patient's age, a number in the unit of `age.v.u`. Infobutton
            context: accepted, and it does not change the answer.
        age_v_u (str | Unset): The unit of `age.v.v` (UCUM): `a` (years), `mo`, `wk`, `d`, …
            Infobutton context: accepted, and it does not change the answer.
        age_group_v_c (str | Unset): The patient's age group, a MeSH code such as `D000328`
            (adult). Infobutton context: accepted, and it does not change the answer.
        information_recipient (str | Unset): Who will read the answer: `PAT` (the patient), `PROV`
            (a health care provider) or `PAYOR`. Infobutton context: accepted, and it does not change
            the answer.
        information_recipient_health_care_provider_c_c (str | Unset): The reader's kind of
            provider, when a provider reads it. Infobutton context: accepted, and it does not change
            the answer.
        performer (str | Unset): Who asks for the information: `PAT`, `PROV` or `PAYOR`.
            Infobutton context: accepted, and it does not change the answer.
        performer_health_care_provider_c_c (str | Unset): The kind of provider who asks.
            Infobutton context: accepted, and it does not change the answer.
        encounter_c_c (str | Unset): The kind of encounter (an HL7 ActEncounterCode): `AMB`
            (ambulatory), `EMER` (emergency), `IMP` (inpatient), … Infobutton context: accepted, and
            it does not change the answer.
        service_delivery_location_id_root (str | Unset): The OID of the place where care is given.
            Infobutton context: accepted, and it does not change the answer.
        location_of_interest_addr_zip (str | Unset): A postal code the information is wanted for.
            Infobutton context: accepted, and it does not change the answer.
        location_of_interest_addr_sta (str | Unset): A state or province the information is wanted
            for. Infobutton context: accepted, and it does not change the answer.
        location_of_interest_addr_cnt (str | Unset): A country the information is wanted for.
            Infobutton context: accepted, and it does not change the answer.
        sub_topic_v_c (str | Unset): A subtopic of the problem asked about, such as treatment or
            prognosis. Infobutton context: accepted, and it does not change the answer.
        severity_observation_interpretation_code_c (str | Unset): How severe the problem is, as an
            HL7 interpretation code. Infobutton context: accepted, and it does not change the answer.
        represented_organization_id_root (str | Unset): The OID of the organization that asks.
            Infobutton context: accepted, and it does not change the answer.
        assigned_authorized_person_id_root (str | Unset): The OID of the person who asks.
            Infobutton context: accepted, and it does not change the answer.
        holder_assigned_entity_n (str | Unset): The name of the organization that holds the
            licence to the content. Infobutton context: accepted, and it does not change the answer.
        information_recipient_language_code_c (str | Unset): The reader's language. `es` (or `es-
            MX`, …), `spa` or `sp`, in any case, answers in Spanish; any other code (`en`, …) in
            English, never an error. `lang`, when given, wins.
        performer_language_code_c (str | Unset): The language of who asks, when the reader's is
            not given. `es` (or `es-MX`, …), `spa` or `sp`, in any case, answers in Spanish; any other
            code (`en`, …) in English, never an error. `lang`, when given, wins.
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
        Any | LookupResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            system=system,
            code=code,
            main_search_criteria_v_c=main_search_criteria_v_c,
            main_search_criteria_v_cs=main_search_criteria_v_cs,
            main_search_criteria_v_dn=main_search_criteria_v_dn,
            main_search_criteria_v_ot=main_search_criteria_v_ot,
            knowledge_response_type=knowledge_response_type,
            callback=callback,
            lang=lang,
            task_context_c_c=task_context_c_c,
            patient_person_administrative_gender_code_c=patient_person_administrative_gender_code_c,
            age_v_v=age_v_v,
            age_v_u=age_v_u,
            age_group_v_c=age_group_v_c,
            information_recipient=information_recipient,
            information_recipient_health_care_provider_c_c=information_recipient_health_care_provider_c_c,
            performer=performer,
            performer_health_care_provider_c_c=performer_health_care_provider_c_c,
            encounter_c_c=encounter_c_c,
            service_delivery_location_id_root=service_delivery_location_id_root,
            location_of_interest_addr_zip=location_of_interest_addr_zip,
            location_of_interest_addr_sta=location_of_interest_addr_sta,
            location_of_interest_addr_cnt=location_of_interest_addr_cnt,
            sub_topic_v_c=sub_topic_v_c,
            severity_observation_interpretation_code_c=severity_observation_interpretation_code_c,
            represented_organization_id_root=represented_organization_id_root,
            assigned_authorized_person_id_root=assigned_authorized_person_id_root,
            holder_assigned_entity_n=holder_assigned_entity_n,
            information_recipient_language_code_c=information_recipient_language_code_c,
            performer_language_code_c=performer_language_code_c,
            accept_language=accept_language,
            if_none_match=if_none_match,
        )
    ).parsed
