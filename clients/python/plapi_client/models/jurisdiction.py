from typing import Literal

Jurisdiction = Literal["international", "UK", "US", "WHO"]

JURISDICTION_VALUES: set[Jurisdiction] = {
    "international",
    "UK",
    "US",
    "WHO",
}


def check_jurisdiction(value: str) -> Jurisdiction:
    if value in JURISDICTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JURISDICTION_VALUES!r}")
