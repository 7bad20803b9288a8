"""The terms the content is served on: its licence, how to credit it, and the medical
disclaimer that must be shown with it (``/v1/meta`` and every page say them, in the language
of the answer)."""

from __future__ import annotations

from app.i18n import msg, translate
from app.vocabulary import Language

LICENSE = "CC-BY-4.0"
ATTRIBUTION = msg(
    "Pregnancy Loss Information API. Every record cites its sources; see each record's references."
)
SERVICE_NAME = "Pregnancy Loss Information API"
LICENSE_NAME = "CC BY 4.0"


ATTRIBUTION_OF_A_RECORD = msg("“%(title)s”, %(service)s, %(path)s, licensed under %(licence)s.")


def attribution(title: str, path: str, language: Language = Language.en) -> str:
    """The credit CC BY asks for one record, in ``language``: its title, the source and the
    licence."""
    return translate(
        language,
        ATTRIBUTION_OF_A_RECORD,
        title=title,
        service=SERVICE_NAME,
        path=path,
        licence=LICENSE_NAME,
    )


DISCLAIMER = msg(
    "This information is general and is not medical advice. It does not replace care from a "
    "health professional. If you are pregnant and bleeding heavily (soaking more than one pad an "
    "hour), have severe pain, a fever, or feel faint, call emergency services (911 in the US, "
    "999 in the UK) or go to an emergency department now."
)
