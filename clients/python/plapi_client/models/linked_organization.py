from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_kind import OrganizationKind, check_organization_kind

T = TypeVar("T", bound="LinkedOrganization")


@_attrs_define
class LinkedOrganization:
    """An organization in brief, as other records link to it: with what it is, where it works
    and how to reach it, so that an app can show a call or text button without fetching it.

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
    phone_e164: str | None
    tel: str | None
    sms: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
                "phone_e164": phone_e164,
                "tel": tel,
                "sms": sms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        linked_organization = cls(
            slug=slug,
            name=name,
            summary=summary,
            url=url,
            country=country,
            phone=phone,
            text_number=text_number,
            text_keyword=text_keyword,
            kind=kind,
            phone_e164=phone_e164,
            tel=tel,
            sms=sms,
        )

        linked_organization.additional_properties = d
        return linked_organization

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
