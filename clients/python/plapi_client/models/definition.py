from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jurisdiction import Jurisdiction, check_jurisdiction

if TYPE_CHECKING:
    from ..models.week_range import WeekRange


T = TypeVar("T", bound="Definition")


@_attrs_define
class Definition:
    """A definition of the condition as one jurisdiction states it.

    Attributes:
        text (str): The statement, in plain language.
        references (list[str]): Slugs of the references that support it, each one of the record's `references`.
        jurisdiction (Jurisdiction): Whose definition it is: the United States (`US`), the United Kingdom (`UK`), the
            World
            Health Organization (`WHO`), or an international professional body (`international`).
        weeks (None | WeekRange): The gestational weeks this definition covers; null when it names none.
    """

    text: str
    references: list[str]
    jurisdiction: Jurisdiction
    weeks: WeekRange | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.week_range import WeekRange

        text = self.text

        references = self.references

        jurisdiction: str = self.jurisdiction

        weeks: dict[str, Any] | None
        if isinstance(self.weeks, WeekRange):
            weeks = self.weeks.to_dict()
        else:
            weeks = self.weeks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "references": references,
                "jurisdiction": jurisdiction,
                "weeks": weeks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.week_range import WeekRange

        d = dict(src_dict)
        text = d.pop("text")

        references = cast(list[str], d.pop("references"))

        jurisdiction = check_jurisdiction(d.pop("jurisdiction"))

        def _parse_weeks(data: object) -> WeekRange | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                weeks_type_0 = WeekRange.from_dict(data)

                return weeks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WeekRange, data)

        weeks = _parse_weeks(d.pop("weeks"))

        definition = cls(
            text=text,
            references=references,
            jurisdiction=jurisdiction,
            weeks=weeks,
        )

        definition.additional_properties = d
        return definition

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
