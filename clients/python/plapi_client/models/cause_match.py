from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_match import CodeMatch, check_code_match

if TYPE_CHECKING:
    from ..models.cause_detail import CauseDetail
    from ..models.code import Code


T = TypeVar("T", bound="CauseMatch")


@_attrs_define
class CauseMatch:
    """A cause or risk factor found for the code.

    Attributes:
        type_ (Literal['causes']): The record is a cause or risk factor, in `cause`.
        match (CodeMatch): How a record's code relates to the code asked about: `exact`; `broader` (the record's
            code contains it: O00 for O00.101); `narrower` (within it: O03.4 for O03); `related` (same
            ICD-10-CM category, in the categories that are all about pregnancy loss — O00–O03, N96,
            P95: O03.9 for O03.4).
        matched_code (Code): A clinical code (ICD-10-CM or SNOMED CT) that names a record.
        asked_code (str): The code asked about that found the record (in the system of `matched_code`), in its usual
            form; `match` relates the two.
        condition (None): Always null: the record is a cause.
        cause (CauseDetail): A cause or risk factor in full.
    """

    type_: Literal["causes"]
    match: CodeMatch
    matched_code: Code
    asked_code: str
    condition: None
    cause: CauseDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        match: str = self.match

        matched_code = self.matched_code.to_dict()

        asked_code = self.asked_code

        condition = self.condition

        cause = self.cause.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "match": match,
                "matched_code": matched_code,
                "asked_code": asked_code,
                "condition": condition,
                "cause": cause,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cause_detail import CauseDetail
        from ..models.code import Code

        d = dict(src_dict)
        type_ = cast(Literal["causes"], d.pop("type"))
        if type_ != "causes":
            raise ValueError(f"type must match const 'causes', got '{type_}'")

        match = check_code_match(d.pop("match"))

        matched_code = Code.from_dict(d.pop("matched_code"))

        asked_code = d.pop("asked_code")

        condition = d.pop("condition")

        cause = CauseDetail.from_dict(d.pop("cause"))

        cause_match = cls(
            type_=type_,
            match=match,
            matched_code=matched_code,
            asked_code=asked_code,
            condition=condition,
            cause=cause,
        )

        cause_match.additional_properties = d
        return cause_match

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
