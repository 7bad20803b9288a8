from typing import Literal

Evidence = Literal["limited", "moderate", "strong"]

EVIDENCE_VALUES: set[Evidence] = {
    "limited",
    "moderate",
    "strong",
}


def check_evidence(value: str) -> Evidence:
    if value in EVIDENCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVIDENCE_VALUES!r}")
