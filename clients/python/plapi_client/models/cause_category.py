from typing import Literal

CauseCategory = Literal[
    "anatomical",
    "clotting",
    "environment",
    "fetal",
    "genetic",
    "hormonal",
    "infection",
    "lifestyle",
    "maternal-age",
    "medication",
    "not-a-cause",
    "placental",
    "trauma",
    "unknown",
]

CAUSE_CATEGORY_VALUES: set[CauseCategory] = {
    "anatomical",
    "clotting",
    "environment",
    "fetal",
    "genetic",
    "hormonal",
    "infection",
    "lifestyle",
    "maternal-age",
    "medication",
    "not-a-cause",
    "placental",
    "trauma",
    "unknown",
}


def check_cause_category(value: str) -> CauseCategory:
    if value in CAUSE_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAUSE_CATEGORY_VALUES!r}")
