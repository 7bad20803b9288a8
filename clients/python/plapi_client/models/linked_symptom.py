from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.urgency import Urgency, check_urgency

T = TypeVar("T", bound="LinkedSymptom")


@_attrs_define
class LinkedSymptom:
    """A symptom in brief, as other records link to it: with how urgent it is, so that an app
    can show the urgent signs first without fetching each.

        Attributes:
            slug (str): The record's permanent id, unique within its type.
            name (str): The plain name people use.
            summary (str): One or two plain sentences.
            url (str): This API's own path to the record, relative to the service (`/v1/<type>/<slug>`): `GET` it for the
                record in full.
            urgency (Urgency): How soon to seek care for a symptom: `emergency` (call emergency services or go to an
                emergency department now), `urgent` (contact your care team today or sooner — the record's
                `when_to_seek_care` says how soon), `routine` (mention it at your next visit).
    """

    slug: str
    name: str
    summary: str
    url: str
    urgency: Urgency
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        summary = self.summary

        url = self.url

        urgency: str = self.urgency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "summary": summary,
                "url": url,
                "urgency": urgency,
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

        urgency = check_urgency(d.pop("urgency"))

        linked_symptom = cls(
            slug=slug,
            name=name,
            summary=summary,
            url=url,
            urgency=urgency,
        )

        linked_symptom.additional_properties = d
        return linked_symptom

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
