from typing import Literal

Change = Literal["added", "changed", "removed"]

CHANGE_VALUES: set[Change] = {
    "added",
    "changed",
    "removed",
}


def check_change(value: str) -> Change:
    if value in CHANGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHANGE_VALUES!r}")
