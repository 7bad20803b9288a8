from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.language import Language, check_language

T = TypeVar("T", bound="LanguageStatus")


@_attrs_define
class LanguageStatus:
    """How complete the content is in one language.

    Attributes:
        code (Language): A language the content is served in: English (`en`, the language records are written
            in) or Spanish (`es`).
        name (str): The language's name in itself.
        records (int): Records with text for people to read (every record but references, which are citations in the
            language of their source).
        translated (int): Of those, the records with text in this language.
        behind (int): Of those, the records whose translation was made from an older English text (served as it is until
            it is brought up to date).
        fallback_fields (int): Fields served in English for want of text in this language, over every record (each
            record names its own in `fallback_fields`).
        complete (float): The share of the English text fields that have text in this language: from 0.0 to 1.0.
    """

    code: Language
    name: str
    records: int
    translated: int
    behind: int
    fallback_fields: int
    complete: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str = self.code

        name = self.name

        records = self.records

        translated = self.translated

        behind = self.behind

        fallback_fields = self.fallback_fields

        complete = self.complete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "records": records,
                "translated": translated,
                "behind": behind,
                "fallback_fields": fallback_fields,
                "complete": complete,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = check_language(d.pop("code"))

        name = d.pop("name")

        records = d.pop("records")

        translated = d.pop("translated")

        behind = d.pop("behind")

        fallback_fields = d.pop("fallback_fields")

        complete = d.pop("complete")

        language_status = cls(
            code=code,
            name=name,
            records=records,
            translated=translated,
            behind=behind,
            fallback_fields=fallback_fields,
            complete=complete,
        )

        language_status.additional_properties = d
        return language_status

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
