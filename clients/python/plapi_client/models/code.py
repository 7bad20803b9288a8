from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_system import CodeSystem, check_code_system

T = TypeVar("T", bound="Code")


@_attrs_define
class Code:
    """A clinical code (ICD-10-CM or SNOMED CT) that names a record.

    Attributes:
        system (CodeSystem): A clinical code system: ICD-10-CM (`icd10cm`) or SNOMED CT (`snomedct`).
        code (str): The code in its usual form: ICD-10-CM with its dot, SNOMED CT as a concept id.
        display (str): The code's title in its code system: clinical wording, not the record's plain name.
    """

    system: CodeSystem
    code: str
    display: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system: str = self.system

        code = self.code

        display = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "system": system,
                "code": code,
                "display": display,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        system = check_code_system(d.pop("system"))

        code = d.pop("code")

        display = d.pop("display")

        code = cls(
            system=system,
            code=code,
            display=display,
        )

        code.additional_properties = d
        return code

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
