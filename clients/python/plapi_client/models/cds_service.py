from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cds_service_prefetch import CdsServicePrefetch


T = TypeVar("T", bound="CdsService")


@_attrs_define
class CdsService:
    """A CDS service, as discovery lists it.

    Attributes:
        hook (str): The hook the EHR calls it on.
        id (str): The service's id: call it with `POST /cds-services/{id}`.
        title (str): Its name, for people.
        description (str): What it does.
        prefetch (CdsServicePrefetch): FHIR queries the EHR may run and send with the call, by key
            (`{{context.patientId}}`
            is filled in by the EHR).
    """

    hook: str
    id: str
    title: str
    description: str
    prefetch: CdsServicePrefetch
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hook = self.hook

        id = self.id

        title = self.title

        description = self.description

        prefetch = self.prefetch.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hook": hook,
                "id": id,
                "title": title,
                "description": description,
                "prefetch": prefetch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cds_service_prefetch import CdsServicePrefetch

        d = dict(src_dict)
        hook = d.pop("hook")

        id = d.pop("id")

        title = d.pop("title")

        description = d.pop("description")

        prefetch = CdsServicePrefetch.from_dict(d.pop("prefetch"))

        cds_service = cls(
            hook=hook,
            id=id,
            title=title,
            description=description,
            prefetch=prefetch,
        )

        cds_service.additional_properties = d
        return cds_service

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
