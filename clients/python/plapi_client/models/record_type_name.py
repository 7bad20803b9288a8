from typing import Literal

RecordTypeName = Literal[
    "causes",
    "conditions",
    "diagnostic-tests",
    "organizations",
    "references",
    "symptoms",
    "treatments",
]

RECORD_TYPE_NAME_VALUES: set[RecordTypeName] = {
    "causes",
    "conditions",
    "diagnostic-tests",
    "organizations",
    "references",
    "symptoms",
    "treatments",
}


def check_record_type_name(value: str) -> RecordTypeName:
    if value in RECORD_TYPE_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECORD_TYPE_NAME_VALUES!r}")
