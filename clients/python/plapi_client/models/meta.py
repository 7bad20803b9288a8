from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.meta_counts import MetaCounts


T = TypeVar("T", bound="Meta")


@_attrs_define
class Meta:
    """What this service serves: which dataset, how many records, and on what terms.

    Attributes:
        dataset_version (str): Hash of the curated content; the same on every machine that loads it.
        built_at (datetime.datetime): When this copy of the database was built.
        counts (MetaCounts): Records per type.
        license_ (str): SPDX id of the content licence.
        attribution (str):
        disclaimer (str):
    """

    dataset_version: str
    built_at: datetime.datetime
    counts: MetaCounts
    license_: str
    attribution: str
    disclaimer: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_version = self.dataset_version

        built_at = self.built_at.isoformat()

        counts = self.counts.to_dict()

        license_ = self.license_

        attribution = self.attribution

        disclaimer = self.disclaimer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_version": dataset_version,
                "built_at": built_at,
                "counts": counts,
                "license": license_,
                "attribution": attribution,
                "disclaimer": disclaimer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta_counts import MetaCounts

        d = dict(src_dict)
        dataset_version = d.pop("dataset_version")

        built_at = datetime.datetime.fromisoformat(d.pop("built_at"))

        counts = MetaCounts.from_dict(d.pop("counts"))

        license_ = d.pop("license")

        attribution = d.pop("attribution")

        disclaimer = d.pop("disclaimer")

        meta = cls(
            dataset_version=dataset_version,
            built_at=built_at,
            counts=counts,
            license_=license_,
            attribution=attribution,
            disclaimer=disclaimer,
        )

        meta.additional_properties = d
        return meta

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
