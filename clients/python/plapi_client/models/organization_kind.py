from typing import Literal

OrganizationKind = Literal[
    "government", "helpline", "professional-body", "publisher", "research", "support"
]

ORGANIZATION_KIND_VALUES: set[OrganizationKind] = {
    "government",
    "helpline",
    "professional-body",
    "publisher",
    "research",
    "support",
}


def check_organization_kind(value: str) -> OrganizationKind:
    if value in ORGANIZATION_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORGANIZATION_KIND_VALUES!r}")
