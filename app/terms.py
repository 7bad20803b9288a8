"""The terms the content is served on: its licence, how to credit it, and the medical
disclaimer that must be shown with it (``/v1/meta`` and every page say them)."""

from __future__ import annotations

LICENSE = "CC-BY-4.0"
ATTRIBUTION = (
    "Pregnancy Loss Information API. Every record cites its sources; see each record's references."
)
SERVICE_NAME = "Pregnancy Loss Information API"
LICENSE_NAME = "CC BY 4.0"


def attribution(title: str, path: str) -> str:
    """The credit CC BY asks for one record: its title, the source and the licence."""
    return f"\u201c{title}\u201d, {SERVICE_NAME}, {path}, licensed under {LICENSE_NAME}."


DISCLAIMER = (
    "This information is general and is not medical advice. It does not replace care from a "
    "health professional. If you are pregnant and bleeding heavily (soaking more than one pad an "
    "hour), have severe pain, a fever, or feel faint, call emergency services (911 in the US, "
    "999 in the UK) or go to an emergency department now."
)
