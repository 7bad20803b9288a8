from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.urgency import Urgency, check_urgency

if TYPE_CHECKING:
    from ..models.week_range import WeekRange


T = TypeVar("T", bound="UrgencyAtWeeks")


@_attrs_define
class UrgencyAtWeeks:
    """How urgent the symptom is in one range of gestational weeks, and what to do then.

    Attributes:
        text (str): The statement, in plain language.
        references (list[str]): Slugs of the references that support it, each one of the record's `references`.
        weeks (WeekRange): Gestational weeks: ``start`` inclusive, ``end`` exclusive, ``end`` null for no limit.
        urgency (Urgency): How soon to seek care for a symptom: `emergency` (call emergency services or go to an
            emergency department now), `urgent` (contact your care team today or sooner — the record's
            `when_to_seek_care` says how soon), `routine` (mention it at your next visit).
    """

    text: str
    references: list[str]
    weeks: WeekRange
    urgency: Urgency
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        references = self.references

        weeks = self.weeks.to_dict()

        urgency: str = self.urgency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "references": references,
                "weeks": weeks,
                "urgency": urgency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.week_range import WeekRange

        d = dict(src_dict)
        text = d.pop("text")

        references = cast(list[str], d.pop("references"))

        weeks = WeekRange.from_dict(d.pop("weeks"))

        urgency = check_urgency(d.pop("urgency"))

        urgency_at_weeks = cls(
            text=text,
            references=references,
            weeks=weeks,
            urgency=urgency,
        )

        urgency_at_weeks.additional_properties = d
        return urgency_at_weeks

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
