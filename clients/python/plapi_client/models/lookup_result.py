from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_system import CodeSystem, check_code_system
from ..models.language import Language, check_language

if TYPE_CHECKING:
    from ..models.asked_code import AskedCode
    from ..models.cause_match import CauseMatch
    from ..models.condition_match import ConditionMatch


T = TypeVar("T", bound="LookupResult")


@_attrs_define
class LookupResult:
    """What the codes asked about name, best match first, each record once.

    Attributes:
        system (CodeSystem): A clinical code system: ICD-10-CM (`icd10cm`) or SNOMED CT (`snomedct`).
        system_name (str): That system's usual name.
        code (str): The code asked about (the first, when there are several), in its usual form.
        asked (list[AskedCode]): Every code asked about, in the order given: one, or several with numbered Infobutton
            criteria (`mainSearchCriteria.v.c1`, …).
        language (Language): A language the content is served in: English (`en`, the language records are written
            in) or Spanish (`es`).
        items (list[CauseMatch | ConditionMatch]): The records found: exact matches first, then in the order the codes
            were given.
        total (int): How many records were found (all of them are in `items`).
    """

    system: CodeSystem
    system_name: str
    code: str
    asked: list[AskedCode]
    language: Language
    items: list[CauseMatch | ConditionMatch]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.condition_match import ConditionMatch

        system: str = self.system

        system_name = self.system_name

        code = self.code

        asked = []
        for asked_item_data in self.asked:
            asked_item = asked_item_data.to_dict()
            asked.append(asked_item)

        language: str = self.language

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, ConditionMatch):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "system": system,
                "system_name": system_name,
                "code": code,
                "asked": asked,
                "language": language,
                "items": items,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asked_code import AskedCode
        from ..models.cause_match import CauseMatch
        from ..models.condition_match import ConditionMatch

        d = dict(src_dict)
        system = check_code_system(d.pop("system"))

        system_name = d.pop("system_name")

        code = d.pop("code")

        asked = []
        _asked = d.pop("asked")
        for asked_item_data in _asked:
            asked_item = AskedCode.from_dict(asked_item_data)

            asked.append(asked_item)

        language = check_language(d.pop("language"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> CauseMatch | ConditionMatch:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_lookup_match_type_0 = ConditionMatch.from_dict(data)

                    return componentsschemas_lookup_match_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_lookup_match_type_1 = CauseMatch.from_dict(data)

                return componentsschemas_lookup_match_type_1

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        total = d.pop("total")

        lookup_result = cls(
            system=system,
            system_name=system_name,
            code=code,
            asked=asked,
            language=language,
            items=items,
            total=total,
        )

        lookup_result.additional_properties = d
        return lookup_result

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
