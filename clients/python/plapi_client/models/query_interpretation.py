from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trimester import Trimester, check_trimester

T = TypeVar("T", bound="QueryInterpretation")


@_attrs_define
class QueryInterpretation:
    """How the query was understood.

    Attributes:
        terms (list[str]): Words searched for (stemmed by the index).
        phrases (list[str]): Clinical phrases added for lay words.
        week (int | None): A gestational week read from the query; null when it names none.
        trimester (None | Trimester): A trimester read from the query; null when it names none.
        relaxed (bool): True when no record matched every word, so the answer matches fewer: without the words
            in `dropped`, or any of the words, records covering more of them first. Default: False.
        dropped (list[str]): Words the answer does not require: the least selective word of a relaxed query, and the
            least selective words of a long question.
        unknown (list[str]): Words no record holds (and that are no typo of one), left out.
    """

    terms: list[str]
    phrases: list[str]
    week: int | None
    trimester: Trimester | None
    dropped: list[str]
    unknown: list[str]
    relaxed: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        terms = self.terms

        phrases = self.phrases

        week: int | None
        week = self.week

        trimester: str | None
        if isinstance(self.trimester, str):
            trimester = self.trimester
        else:
            trimester = self.trimester

        relaxed = self.relaxed

        dropped = self.dropped

        unknown = self.unknown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "terms": terms,
                "phrases": phrases,
                "week": week,
                "trimester": trimester,
                "relaxed": relaxed,
                "dropped": dropped,
                "unknown": unknown,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        terms = cast(list[str], d.pop("terms"))

        phrases = cast(list[str], d.pop("phrases"))

        def _parse_week(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        week = _parse_week(d.pop("week"))

        def _parse_trimester(data: object) -> Trimester | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trimester_type_0 = check_trimester(data)

                return trimester_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Trimester, data)

        trimester = _parse_trimester(d.pop("trimester"))

        relaxed = d.pop("relaxed")

        dropped = cast(list[str], d.pop("dropped"))

        unknown = cast(list[str], d.pop("unknown"))

        query_interpretation = cls(
            terms=terms,
            phrases=phrases,
            week=week,
            trimester=trimester,
            relaxed=relaxed,
            dropped=dropped,
            unknown=unknown,
        )

        query_interpretation.additional_properties = d
        return query_interpretation

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
