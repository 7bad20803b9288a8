from typing import Literal

ReviewStatus = Literal["clinician-reviewed", "draft", "source-checked"]

REVIEW_STATUS_VALUES: set[ReviewStatus] = {
    "clinician-reviewed",
    "draft",
    "source-checked",
}


def check_review_status(value: str) -> ReviewStatus:
    if value in REVIEW_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REVIEW_STATUS_VALUES!r}")
