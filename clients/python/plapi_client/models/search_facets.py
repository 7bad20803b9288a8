from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.search_facets_trimester import SearchFacetsTrimester
    from ..models.search_facets_type import SearchFacetsType


T = TypeVar("T", bound="SearchFacets")


@_attrs_define
class SearchFacets:
    """How the matches spread over types and trimesters, before `type`/`trimester` filters.

    Attributes:
        type_ (SearchFacetsType): Matches per record type (a type name as in URLs); types without matches are left out.
        trimester (SearchFacetsTrimester): Matches per trimester (`first`, `second`, `third`) among records that name
            trimesters;
            trimesters without matches are left out.
    """

    type_: SearchFacetsType
    trimester: SearchFacetsTrimester
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.to_dict()

        trimester = self.trimester.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "trimester": trimester,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_facets_trimester import SearchFacetsTrimester
        from ..models.search_facets_type import SearchFacetsType

        d = dict(src_dict)
        type_ = SearchFacetsType.from_dict(d.pop("type"))

        trimester = SearchFacetsTrimester.from_dict(d.pop("trimester"))

        search_facets = cls(
            type_=type_,
            trimester=trimester,
        )

        search_facets.additional_properties = d
        return search_facets

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
