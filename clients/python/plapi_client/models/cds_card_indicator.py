from typing import Literal

CdsCardIndicator = Literal["critical", "info", "warning"]

CDS_CARD_INDICATOR_VALUES: set[CdsCardIndicator] = {
    "critical",
    "info",
    "warning",
}


def check_cds_card_indicator(value: str) -> CdsCardIndicator:
    if value in CDS_CARD_INDICATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CDS_CARD_INDICATOR_VALUES!r}")
