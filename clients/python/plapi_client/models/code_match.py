from typing import Literal

CodeMatch = Literal["broader", "exact", "narrower", "related"]

CODE_MATCH_VALUES: set[CodeMatch] = {
    "broader",
    "exact",
    "narrower",
    "related",
}


def check_code_match(value: str) -> CodeMatch:
    if value in CODE_MATCH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CODE_MATCH_VALUES!r}")
