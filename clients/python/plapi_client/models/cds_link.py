from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cds_link_type import CdsLinkType, check_cds_link_type

T = TypeVar("T", bound="CdsLink")


@_attrs_define
class CdsLink:
    """A link on a card.

    Attributes:
        label (str): The link's text.
        url (str): Where it leads, an absolute URL.
        type_ (CdsLinkType): `absolute` (a plain URL to open) or `smart` (a SMART app to launch). Default: 'absolute'.
    """

    label: str
    url: str
    type_: CdsLinkType = "absolute"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        url = self.url

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "url": url,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        url = d.pop("url")

        type_ = check_cds_link_type(d.pop("type"))

        cds_link = cls(
            label=label,
            url=url,
            type_=type_,
        )

        cds_link.additional_properties = d
        return cds_link

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
