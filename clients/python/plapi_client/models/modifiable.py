from typing import Literal

Modifiable = Literal["no", "partly", "yes"]

MODIFIABLE_VALUES: set[Modifiable] = {
    "no",
    "partly",
    "yes",
}


def check_modifiable(value: str) -> Modifiable:
    if value in MODIFIABLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFIABLE_VALUES!r}")
