"""How to reach an organization: its phone and text line as it publishes them, and as phones
dial them. Organizations in full, in lists and linked from other records all say it."""

from __future__ import annotations

import pydantic

from app import phones
from app.models.common import LinkedRecord, PublicModel
from app.vocabulary import OrganizationKind


class ContactFields(PublicModel):
    country: str = pydantic.Field(examples=["US"])
    """Where it works: an ISO 3166 two-letter country code (`US`, `GB`) or `international`."""
    phone: str | None
    """Its phone number as it publishes it; null when it has none."""
    text_number: str | None = pydantic.Field(examples=["88788"])
    """The number or short code to text, digits only; null when it has no text line."""
    text_keyword: str | None = pydantic.Field(examples=["START"])
    """The word to send first, where the text line asks for one; null otherwise."""

    @pydantic.computed_field(  # type: ignore[prop-decorator]
        description="The phone number in E.164 form (`+18007997233`, `+448081643332`); null "
        "when it has no phone, or its number is a short one dialled as written (`988`, "
        "`116 123`)."
    )
    @property
    def phone_e164(self) -> str | None:
        return phones.e164(self.phone, self.country) if self.phone else None

    @pydantic.computed_field(  # type: ignore[prop-decorator]
        description="A `tel:` link that dials the phone number (`tel:+18007997233`, "
        "`tel:988`); null when it has no phone."
    )
    @property
    def tel(self) -> str | None:
        return phones.tel(self.phone, self.country) if self.phone else None

    @pydantic.computed_field(  # type: ignore[prop-decorator]
        description="An `sms:` link that opens a text to its text line, with the word to send "
        "first where it asks for one (`sms:88788?body=START`); null when it has none."
    )
    @property
    def sms(self) -> str | None:
        return phones.sms(self.text_number, self.text_keyword) if self.text_number else None


class LinkedOrganization(ContactFields, LinkedRecord):
    """An organization in brief, as other records link to it: with what it is, where it works
    and how to reach it, so that an app can show a call or text button without fetching it."""

    kind: OrganizationKind
    """What kind of organization it is."""
