from typing import Literal

CdsRequestHook = Literal["patient-view"]

CDS_REQUEST_HOOK_VALUES: set[CdsRequestHook] = {
    "patient-view",
}


def check_cds_request_hook(value: str) -> CdsRequestHook:
    if value in CDS_REQUEST_HOOK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CDS_REQUEST_HOOK_VALUES!r}")
