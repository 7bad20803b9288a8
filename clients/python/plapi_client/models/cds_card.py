from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cds_card_indicator import CdsCardIndicator, check_cds_card_indicator

if TYPE_CHECKING:
    from ..models.cds_link import CdsLink
    from ..models.cds_source import CdsSource


T = TypeVar("T", bound="CdsCard")


@_attrs_define
class CdsCard:
    """A card for the EHR to show: patient information about one condition.

    Attributes:
        uuid (UUID): The card's id: the same for the same call (`hookInstance`) and condition.
        summary (str): One line to show, at most 140 characters.
        indicator (CdsCardIndicator): How urgent the card is: always `info` here.
        detail (str): More about the condition, in Markdown.
        source (CdsSource): Where a card's information comes from.
        links (list[CdsLink]): Links to the condition: its page for people, and the same as JSON.
    """

    uuid: UUID
    summary: str
    indicator: CdsCardIndicator
    detail: str
    source: CdsSource
    links: list[CdsLink]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        summary = self.summary

        indicator: str = self.indicator

        detail = self.detail

        source = self.source.to_dict()

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "summary": summary,
                "indicator": indicator,
                "detail": detail,
                "source": source,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cds_link import CdsLink
        from ..models.cds_source import CdsSource

        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        summary = d.pop("summary")

        indicator = check_cds_card_indicator(d.pop("indicator"))

        detail = d.pop("detail")

        source = CdsSource.from_dict(d.pop("source"))

        links = []
        _links = d.pop("links")
        for links_item_data in _links:
            links_item = CdsLink.from_dict(links_item_data)

            links.append(links_item)

        cds_card = cls(
            uuid=uuid,
            summary=summary,
            indicator=indicator,
            detail=detail,
            source=source,
            links=links,
        )

        cds_card.additional_properties = d
        return cds_card

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
