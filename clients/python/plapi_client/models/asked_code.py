from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_system import CodeSystem, check_code_system

T = TypeVar("T", bound="AskedCode")


@_attrs_define
class AskedCode:
    """A code asked about, in its usual form.

    Attributes:
        system (CodeSystem): A clinical code system: ICD-10-CM (`icd10cm`) or SNOMED CT (`snomedct`).
        system_name (str): The code system's usual name.
        code (str): The code, in its usual form (ICD-10-CM with its dot).
    """

    system: CodeSystem
    system_name: str
    code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system: str = self.system

        system_name = self.system_name

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "system": system,
                "system_name": system_name,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        system = check_code_system(d.pop("system"))

        system_name = d.pop("system_name")

        code = d.pop("code")

        asked_code = cls(
            system=system,
            system_name=system_name,
            code=code,
        )

        asked_code.additional_properties = d
        return asked_code

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
