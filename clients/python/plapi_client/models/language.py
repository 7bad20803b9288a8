from typing import Literal

Language = Literal["en", "es"]

LANGUAGE_VALUES: set[Language] = {
    "en",
    "es",
}


def check_language(value: str) -> Language:
    if value in LANGUAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LANGUAGE_VALUES!r}")
