from typing import Literal

CdsLinkType = Literal["absolute", "smart"]

CDS_LINK_TYPE_VALUES: set[CdsLinkType] = {
    "absolute",
    "smart",
}


def check_cds_link_type(value: str) -> CdsLinkType:
    if value in CDS_LINK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CDS_LINK_TYPE_VALUES!r}")
