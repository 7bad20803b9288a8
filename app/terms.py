"""The terms the content is served on: its licence, how to credit it, and the medical
disclaimer that must be shown with it (``/v1/meta`` and every page say them, in the language
of the answer)."""

from __future__ import annotations

from app.i18n import msg

LICENSE = "CC-BY-4.0"
ATTRIBUTION = msg(
    "Pregnancy Loss Information API. Every record cites its sources; see each record's references."
)
DISCLAIMER = msg(
    "This information is general and is not medical advice. It does not replace care from a "
    "health professional. If you are pregnant and bleeding heavily (soaking more than one pad an "
    "hour), have severe pain, a fever, or feel faint, call emergency services (911 in the US, "
    "999 in the UK) or go to an emergency department now."
)
