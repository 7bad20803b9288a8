from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.query_interpretation import QueryInterpretation
    from ..models.search_facets import SearchFacets
    from ..models.search_hit import SearchHit


T = TypeVar("T", bound="SearchPage")


@_attrs_define
class SearchPage:
    """One page of search results, best first.

    Attributes:
        items (list[SearchHit]): The records on this page, in order.
        total (int): How many records match, on every page together.
        limit (int): The most items a page holds (the `limit` asked for, capped).
        offset (int): How many matching records come before this page.
        facets (SearchFacets): How the matches spread over types and trimesters, before `type`/`trimester` filters.
        did_you_mean (None | str): The query with misspelt words corrected, when any were (the results are for this
            corrected query); null otherwise.
        interpretation (QueryInterpretation): How the query was understood.
        help_ (list[SearchHit]): When nothing matched: support lines and organizations for the query's time (or for any
            time), so that a search never leaves a person with nowhere to go. Empty otherwise.
    """

    items: list[SearchHit]
    total: int
    limit: int
    offset: int
    facets: SearchFacets
    did_you_mean: str | None
    interpretation: QueryInterpretation
    help_: list[SearchHit]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total = self.total

        limit = self.limit

        offset = self.offset

        facets = self.facets.to_dict()

        did_you_mean: str | None
        did_you_mean = self.did_you_mean

        interpretation = self.interpretation.to_dict()

        help_ = []
        for help_item_data in self.help_:
            help_item = help_item_data.to_dict()
            help_.append(help_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "total": total,
                "limit": limit,
                "offset": offset,
                "facets": facets,
                "did_you_mean": did_you_mean,
                "interpretation": interpretation,
                "help": help_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_interpretation import QueryInterpretation
        from ..models.search_facets import SearchFacets
        from ..models.search_hit import SearchHit

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SearchHit.from_dict(items_item_data)

            items.append(items_item)

        total = d.pop("total")

        limit = d.pop("limit")

        offset = d.pop("offset")

        facets = SearchFacets.from_dict(d.pop("facets"))

        def _parse_did_you_mean(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        did_you_mean = _parse_did_you_mean(d.pop("did_you_mean"))

        interpretation = QueryInterpretation.from_dict(d.pop("interpretation"))

        help_ = []
        _help_ = d.pop("help")
        for help_item_data in _help_:
            help_item = SearchHit.from_dict(help_item_data)

            help_.append(help_item)

        search_page = cls(
            items=items,
            total=total,
            limit=limit,
            offset=offset,
            facets=facets,
            did_you_mean=did_you_mean,
            interpretation=interpretation,
            help_=help_,
        )

        search_page.additional_properties = d
        return search_page

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
