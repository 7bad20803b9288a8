from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LinkedRecord")


@_attrs_define
class LinkedRecord:
    """A linked record, in brief: enough to show a link and fetch the rest.

    Attributes:
        slug (str): The record's permanent id, unique within its type.
        name (str): The plain name people use.
        summary (str): One or two plain sentences.
        url (str): This API's own path to the record, relative to the service (`/v1/<type>/<slug>`): `GET` it for the
            record in full.
    """

    slug: str
    name: str
    summary: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        summary = self.summary

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "summary": summary,
                "url": url,
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

        linked_record = cls(
            slug=slug,
            name=name,
            summary=summary,
            url=url,
        )

        linked_record.additional_properties = d
        return linked_record

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
