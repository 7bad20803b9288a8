from typing import Literal

ReferenceCategory = Literal[
    "clinical-trials",
    "diagnosis-and-tests",
    "encyclopedia",
    "find-an-expert",
    "genetics",
    "journal-articles",
    "latest-news",
    "related-issues",
    "specifics",
    "start-here",
    "statistics-and-research",
    "treatments-and-therapies",
]

REFERENCE_CATEGORY_VALUES: set[ReferenceCategory] = {
    "clinical-trials",
    "diagnosis-and-tests",
    "encyclopedia",
    "find-an-expert",
    "genetics",
    "journal-articles",
    "latest-news",
    "related-issues",
    "specifics",
    "start-here",
    "statistics-and-research",
    "treatments-and-therapies",
}


def check_reference_category(value: str) -> ReferenceCategory:
    if value in REFERENCE_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFERENCE_CATEGORY_VALUES!r}")
