from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change import Change, check_change
from ..models.record_type_name import RecordTypeName, check_record_type_name

T = TypeVar("T", bound="RecordChangeItem")


@_attrs_define
class RecordChangeItem:
    """One change to one record, in one dataset version.

    Attributes:
        type_ (RecordTypeName): A record type, as it appears in URLs.
        slug (str): The record's slug.
        change (Change): What a dataset version did to a record: `added`, `changed` or `removed`.
        version (str): The dataset version that made the change.
        at (datetime.datetime): When that version was released.
        url (str): This API's own path to the record, relative to the service (`/v1/<type>/<slug>`): `GET` it for the
            record in full.
    """

    type_: RecordTypeName
    slug: str
    change: Change
    version: str
    at: datetime.datetime
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        slug = self.slug

        change: str = self.change

        version = self.version

        at = self.at.isoformat()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "slug": slug,
                "change": change,
                "version": version,
                "at": at,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_record_type_name(d.pop("type"))

        slug = d.pop("slug")

        change = check_change(d.pop("change"))

        version = d.pop("version")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        url = d.pop("url")

        record_change_item = cls(
            type_=type_,
            slug=slug,
            change=change,
            version=version,
            at=at,
            url=url,
        )

        record_change_item.additional_properties = d
        return record_change_item

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
