from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClinicianReview")


@_attrs_define
class ClinicianReview:
    """A named clinician's sign-off of a record.

    Attributes:
        name (str): The clinician's name.
        credentials (str): Qualifications and role, as the clinician states them ("MD, FACOG; obstetrician").
        registration (None | str): Licence or registration number and the body that issued it; null when not given.
        date (datetime.date): When the clinician signed the record off.
        checked (str): What the clinician checked ("all text and figures against the cited sources").
    """

    name: str
    credentials: str
    registration: str | None
    date: datetime.date
    checked: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        credentials = self.credentials

        registration: str | None
        registration = self.registration

        date = self.date.isoformat()

        checked = self.checked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "credentials": credentials,
                "registration": registration,
                "date": date,
                "checked": checked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        credentials = d.pop("credentials")

        def _parse_registration(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        registration = _parse_registration(d.pop("registration"))

        date = datetime.date.fromisoformat(d.pop("date"))

        checked = d.pop("checked")

        clinician_review = cls(
            name=name,
            credentials=credentials,
            registration=registration,
            date=date,
            checked=checked,
        )

        clinician_review.additional_properties = d
        return clinician_review

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
