from typing import Literal

ReferenceKind = Literal["article", "database", "guideline", "news", "patient-resource"]

REFERENCE_KIND_VALUES: set[ReferenceKind] = {
    "article",
    "database",
    "guideline",
    "news",
    "patient-resource",
}


def check_reference_kind(value: str) -> ReferenceKind:
    if value in REFERENCE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFERENCE_KIND_VALUES!r}")
