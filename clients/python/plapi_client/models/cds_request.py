from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cds_request_hook import CdsRequestHook, check_cds_request_hook
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cds_context import CdsContext
    from ..models.cds_request_prefetch_type_0 import CdsRequestPrefetchType0


T = TypeVar("T", bound="CdsRequest")


@_attrs_define
class CdsRequest:
    """A CDS Hooks call. Conditions are read from FHIR ``Condition`` resources in ``context``
    and ``prefetch`` (as resources or inside Bundles).

        Attributes:
            hook (CdsRequestHook): The hook called; the service answers `patient-view` only.
            hook_instance (str): The EHR's id of this call (a UUID); the cards' ids derive from it.
            context (CdsContext): A ``patient-view`` call's context: the patient in view, and whatever else the EHR
                sends.
            prefetch (CdsRequestPrefetchType0 | None | Unset): Prefetched FHIR data, by the keys discovery lists
                (`conditions`: a Bundle of the
                patient's `Condition` resources).
            fhir_server (None | str | Unset): The EHR's FHIR server. Accepted, never contacted.
    """

    hook: CdsRequestHook
    hook_instance: str
    context: CdsContext
    prefetch: CdsRequestPrefetchType0 | Unset | None = UNSET
    fhir_server: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cds_request_prefetch_type_0 import CdsRequestPrefetchType0

        hook: str = self.hook

        hook_instance = self.hook_instance

        context = self.context.to_dict()

        prefetch: dict[str, Any] | Unset | None
        if isinstance(self.prefetch, Unset):
            prefetch = UNSET
        elif isinstance(self.prefetch, CdsRequestPrefetchType0):
            prefetch = self.prefetch.to_dict()
        else:
            prefetch = self.prefetch

        fhir_server: str | Unset | None
        if isinstance(self.fhir_server, Unset):
            fhir_server = UNSET
        else:
            fhir_server = self.fhir_server

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hook": hook,
                "hookInstance": hook_instance,
                "context": context,
            }
        )
        if prefetch is not UNSET:
            field_dict["prefetch"] = prefetch
        if fhir_server is not UNSET:
            field_dict["fhirServer"] = fhir_server

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cds_context import CdsContext
        from ..models.cds_request_prefetch_type_0 import CdsRequestPrefetchType0

        d = dict(src_dict)
        hook = check_cds_request_hook(d.pop("hook"))

        hook_instance = d.pop("hookInstance")

        context = CdsContext.from_dict(d.pop("context"))

        def _parse_prefetch(data: object) -> CdsRequestPrefetchType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prefetch_type_0 = CdsRequestPrefetchType0.from_dict(data)

                return prefetch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CdsRequestPrefetchType0 | None | Unset, data)

        prefetch = _parse_prefetch(d.pop("prefetch", UNSET))

        def _parse_fhir_server(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fhir_server = _parse_fhir_server(d.pop("fhirServer", UNSET))

        cds_request = cls(
            hook=hook,
            hook_instance=hook_instance,
            context=context,
            prefetch=prefetch,
            fhir_server=fhir_server,
        )

        cds_request.additional_properties = d
        return cds_request

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
