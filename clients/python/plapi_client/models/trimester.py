from typing import Literal

Trimester = Literal["first", "second", "third"]

TRIMESTER_VALUES: set[Trimester] = {
    "first",
    "second",
    "third",
}


def check_trimester(value: str) -> Trimester:
    if value in TRIMESTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRIMESTER_VALUES!r}")
