from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.language_status import LanguageStatus
    from ..models.meta_counts import MetaCounts


T = TypeVar("T", bound="Meta")


@_attrs_define
class Meta:
    """What this service serves: which dataset, how many records, in which languages, and on
    what terms.

        Attributes:
            dataset_version (str): Hash of the curated content; the same on every machine that loads it.
            built_at (datetime.datetime): When this copy of the database was built.
            counts (MetaCounts): Records per type.
            languages (list[LanguageStatus]): The languages the content is served in (`lang`), and how complete each is.
            license_ (str): SPDX id of the content licence.
            attribution (str): How to credit the content, in the language asked for.
            disclaimer (str): The medical disclaimer to show with the content, in the language asked for.
    """

    dataset_version: str
    built_at: datetime.datetime
    counts: MetaCounts
    languages: list[LanguageStatus]
    license_: str
    attribution: str
    disclaimer: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_version = self.dataset_version

        built_at = self.built_at.isoformat()

        counts = self.counts.to_dict()

        languages = []
        for languages_item_data in self.languages:
            languages_item = languages_item_data.to_dict()
            languages.append(languages_item)

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
                "languages": languages,
                "license": license_,
                "attribution": attribution,
                "disclaimer": disclaimer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.language_status import LanguageStatus
        from ..models.meta_counts import MetaCounts

        d = dict(src_dict)
        dataset_version = d.pop("dataset_version")

        built_at = datetime.datetime.fromisoformat(d.pop("built_at"))

        counts = MetaCounts.from_dict(d.pop("counts"))

        languages = []
        _languages = d.pop("languages")
        for languages_item_data in _languages:
            languages_item = LanguageStatus.from_dict(languages_item_data)

            languages.append(languages_item)

        license_ = d.pop("license")

        attribution = d.pop("attribution")

        disclaimer = d.pop("disclaimer")

        meta = cls(
            dataset_version=dataset_version,
            built_at=built_at,
            counts=counts,
            languages=languages,
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
