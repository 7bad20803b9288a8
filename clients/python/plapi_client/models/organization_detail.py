from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_kind import OrganizationKind, check_organization_kind
from ..models.review_status import ReviewStatus, check_review_status

if TYPE_CHECKING:
    from ..models.citation import Citation
    from ..models.clinician_review import ClinicianReview
    from ..models.linked_record import LinkedRecord
    from ..models.reference_summary import ReferenceSummary


T = TypeVar("T", bound="OrganizationDetail")


@_attrs_define
class OrganizationDetail:
    """An organization in full.

    Attributes:
        slug (str): The record's permanent id, unique within its type.
        name (str): The plain name people use.
        summary (str): One or two plain sentences.
        url (str): This API's own path to the record, relative to the service (`/v1/<type>/<slug>`): `GET` it for the
            record in full.
        country (str): Where it works: an ISO 3166 two-letter country code (`US`, `GB`) or `international`.
        phone (None | str): Its phone number as it publishes it; null when it has none.
        text_number (None | str): The number or short code to text, digits only; null when it has no text line.
        text_keyword (None | str): The word to send first, where the text line asks for one; null otherwise.
        kind (OrganizationKind): A kind of organization: a support group, helpline, professional body, government
            agency, research body or publisher.
        website (None | str): Its home page, an outside link; null when it has none.
        text_line (None | str): How to reach it by text message, in words; null when it has none.
        review_status (ReviewStatus): How far a record has been checked: `draft` (written from its sources, not yet
            compared
            with them line by line), `source-checked` (its text and figures were compared with the
            sources it cites) or `clinician-reviewed` (a named clinician signed it off; the sign-off is
            in the record's `clinician_review`).
        clinician_review (ClinicianReview | None): The clinician's sign-off; null unless `review_status` is `clinician-
            reviewed`.
        fallback_fields (list[str]): The record's fields served in English because they have no text yet in the language
            of the answer (`Content-Language`), so that an app can tell; always empty in English.
        also_called (list[str]): Other names and abbreviations, searched but not shown as the title.
        details (None | str): A longer description, in Markdown; null when the record has none.
        hours (None | str): When its phone or text line is answered; null when not stated.
        languages (list[str]): Languages its phone or text line answers in, as BCP 47 codes; empty when not stated.
        services (list[str]): What it offers, as short phrases.
        conditions (list[LinkedRecord]): The types of pregnancy loss it supports people with.
        causes (list[LinkedRecord]): The causes and risk factors it helps with.
        publications (list[ReferenceSummary]): References it publishes, in brief.
        references (list[Citation]): The references its details were checked against, as full citations.
        verified_on (datetime.date): When its contact details were last checked against its references.
        last_reviewed (datetime.date): When the record was written or last checked against its references.
        license_ (str): SPDX id of the licence of the record's content.
        attribution (str): The credit the licence asks for wherever the record is shown or copied: its title, this
            service, its address here and the licence.
        outdated_names (list[str]): The names in `also_called` that are outdated clinical terms which can hurt
            ("habitual abortion", "incompetent cervix"; in Spanish, "aborto habitual", "cuello uterino incompetente"). They
            are kept so that search and clinical coding find the record; leave them out of anything patients read.
        phone_e164 (None | str): The phone number in E.164 form (`+18007997233`, `+448081643332`); null when it has no
            phone, or its number is a short one dialled as written (`988`, `116 123`).
        tel (None | str): A `tel:` link that dials the phone number (`tel:+18007997233`, `tel:988`); null when it has no
            phone.
        sms (None | str): An `sms:` link that opens a text to its text line, with the word to send first where it asks
            for one (`sms:88788?body=START`); null when it has none.
    """

    slug: str
    name: str
    summary: str
    url: str
    country: str
    phone: str | None
    text_number: str | None
    text_keyword: str | None
    kind: OrganizationKind
    website: str | None
    text_line: str | None
    review_status: ReviewStatus
    clinician_review: ClinicianReview | None
    fallback_fields: list[str]
    also_called: list[str]
    details: str | None
    hours: str | None
    languages: list[str]
    services: list[str]
    conditions: list[LinkedRecord]
    causes: list[LinkedRecord]
    publications: list[ReferenceSummary]
    references: list[Citation]
    verified_on: datetime.date
    last_reviewed: datetime.date
    license_: str
    attribution: str
    outdated_names: list[str]
    phone_e164: str | None
    tel: str | None
    sms: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.clinician_review import ClinicianReview

        slug = self.slug

        name = self.name

        summary = self.summary

        url = self.url

        country = self.country

        phone: str | None
        phone = self.phone

        text_number: str | None
        text_number = self.text_number

        text_keyword: str | None
        text_keyword = self.text_keyword

        kind: str = self.kind

        website: str | None
        website = self.website

        text_line: str | None
        text_line = self.text_line

        review_status: str = self.review_status

        clinician_review: dict[str, Any] | None
        if isinstance(self.clinician_review, ClinicianReview):
            clinician_review = self.clinician_review.to_dict()
        else:
            clinician_review = self.clinician_review

        fallback_fields = self.fallback_fields

        also_called = self.also_called

        details: str | None
        details = self.details

        hours: str | None
        hours = self.hours

        languages = self.languages

        services = self.services

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        causes = []
        for causes_item_data in self.causes:
            causes_item = causes_item_data.to_dict()
            causes.append(causes_item)

        publications = []
        for publications_item_data in self.publications:
            publications_item = publications_item_data.to_dict()
            publications.append(publications_item)

        references = []
        for references_item_data in self.references:
            references_item = references_item_data.to_dict()
            references.append(references_item)

        verified_on = self.verified_on.isoformat()

        last_reviewed = self.last_reviewed.isoformat()

        license_ = self.license_

        attribution = self.attribution

        outdated_names = self.outdated_names

        phone_e164: str | None
        phone_e164 = self.phone_e164

        tel: str | None
        tel = self.tel

        sms: str | None
        sms = self.sms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "summary": summary,
                "url": url,
                "country": country,
                "phone": phone,
                "text_number": text_number,
                "text_keyword": text_keyword,
                "kind": kind,
                "website": website,
                "text_line": text_line,
                "review_status": review_status,
                "clinician_review": clinician_review,
                "fallback_fields": fallback_fields,
                "also_called": also_called,
                "details": details,
                "hours": hours,
                "languages": languages,
                "services": services,
                "conditions": conditions,
                "causes": causes,
                "publications": publications,
                "references": references,
                "verified_on": verified_on,
                "last_reviewed": last_reviewed,
                "license": license_,
                "attribution": attribution,
                "outdated_names": outdated_names,
                "phone_e164": phone_e164,
                "tel": tel,
                "sms": sms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation import Citation
        from ..models.clinician_review import ClinicianReview
        from ..models.linked_record import LinkedRecord
        from ..models.reference_summary import ReferenceSummary

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        summary = d.pop("summary")

        url = d.pop("url")

        country = d.pop("country")

        def _parse_phone(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_text_number(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        text_number = _parse_text_number(d.pop("text_number"))

        def _parse_text_keyword(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        text_keyword = _parse_text_keyword(d.pop("text_keyword"))

        kind = check_organization_kind(d.pop("kind"))

        def _parse_website(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        website = _parse_website(d.pop("website"))

        def _parse_text_line(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        text_line = _parse_text_line(d.pop("text_line"))

        review_status = check_review_status(d.pop("review_status"))

        def _parse_clinician_review(data: object) -> ClinicianReview | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                clinician_review_type_0 = ClinicianReview.from_dict(data)

                return clinician_review_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClinicianReview | None, data)

        clinician_review = _parse_clinician_review(d.pop("clinician_review"))

        fallback_fields = cast(list[str], d.pop("fallback_fields"))

        also_called = cast(list[str], d.pop("also_called"))

        def _parse_details(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        details = _parse_details(d.pop("details"))

        def _parse_hours(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        hours = _parse_hours(d.pop("hours"))

        languages = cast(list[str], d.pop("languages"))

        services = cast(list[str], d.pop("services"))

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = LinkedRecord.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        causes = []
        _causes = d.pop("causes")
        for causes_item_data in _causes:
            causes_item = LinkedRecord.from_dict(causes_item_data)

            causes.append(causes_item)

        publications = []
        _publications = d.pop("publications")
        for publications_item_data in _publications:
            publications_item = ReferenceSummary.from_dict(publications_item_data)

            publications.append(publications_item)

        references = []
        _references = d.pop("references")
        for references_item_data in _references:
            references_item = Citation.from_dict(references_item_data)

            references.append(references_item)

        verified_on = datetime.date.fromisoformat(d.pop("verified_on"))

        last_reviewed = datetime.date.fromisoformat(d.pop("last_reviewed"))

        license_ = d.pop("license")

        attribution = d.pop("attribution")

        outdated_names = cast(list[str], d.pop("outdated_names"))

        def _parse_phone_e164(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        phone_e164 = _parse_phone_e164(d.pop("phone_e164"))

        def _parse_tel(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        tel = _parse_tel(d.pop("tel"))

        def _parse_sms(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        sms = _parse_sms(d.pop("sms"))

        organization_detail = cls(
            slug=slug,
            name=name,
            summary=summary,
            url=url,
            country=country,
            phone=phone,
            text_number=text_number,
            text_keyword=text_keyword,
            kind=kind,
            website=website,
            text_line=text_line,
            review_status=review_status,
            clinician_review=clinician_review,
            fallback_fields=fallback_fields,
            also_called=also_called,
            details=details,
            hours=hours,
            languages=languages,
            services=services,
            conditions=conditions,
            causes=causes,
            publications=publications,
            references=references,
            verified_on=verified_on,
            last_reviewed=last_reviewed,
            license_=license_,
            attribution=attribution,
            outdated_names=outdated_names,
            phone_e164=phone_e164,
            tel=tel,
            sms=sms,
        )

        organization_detail.additional_properties = d
        return organization_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
