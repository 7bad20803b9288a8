"""Phone numbers as organizations publish them, and as phones dial them.

One place knows how a published number (``1-800-799-SAFE (7233)``, ``0808 164 3332``, ``988``)
is checked for its country, written in E.164 (``+18007997233``, ``+448081643332``) and linked
(``tel:``, ``sms:``). The loader's lint, the API's organizations and the pages all use it.
"""

from __future__ import annotations

import re

from app.vocabulary import KEYPAD

# How many digits a number dials in each country, short numbers included (US 911 and 988;
# UK 999, 111 and the 116 numbers of free helplines of social value, such as 116 123).
DIGITS = {"US": (3, 10, 11), "GB": (3, 6, 10, 11)}
GB_SHORT = re.compile(r"999|112|111|116[0-9]{3}")
COUNTRY_CODE = {"US": "1", "GB": "44"}

# A number as it appears in running text, for linking: the emergency and crisis numbers, UK
# short numbers, UK numbers written in groups from 0, and US numbers written 1-800-… (letters
# allowed, as in 1-800-799-SAFE, with the digits that follow in brackets).
IN_TEXT = re.compile(
    r"(?<![\w/.-])(?:"
    r"1-8\d\d-[0-9A-Z]{3}-[0-9A-Z]{4}(?: \(\d{4}\))?"
    r"|0\d{3,4} \d{3} ?\d{3,4}"
    r"|116 ?123"
    r"|911|999|988|111"
    r")(?![\w/-])"
)


def _main(phone: str) -> str:
    """The number itself, without the alternative form some give in brackets."""
    return phone.strip().partition(" (")[0]


def dialled(phone: str) -> str:
    """The digits a phone dials for ``phone``: letters by the keypad, separators dropped."""
    return "".join(KEYPAD.get(char, char) for char in _main(phone).upper() if char.isalnum())


def is_well_formed(phone: str, country: str) -> bool:
    """A number as people dial it: ``1-800-799-SAFE (7233)``, ``988``, ``0808 164 3332``.

    A trailing parenthesis may spell the letters out as digits (``(7233)``) or give the same
    number another way (``(1-833-TLC-MAMA)``); the latter must be well formed too.
    """
    main, _, alias = phone.strip().partition(" (")
    alias = alias.removesuffix(")")
    if alias and not alias.isdigit() and not is_well_formed(alias, country):
        return False
    if not re.fullmatch(r"[0-9A-Z][0-9A-Z \-]*", main):
        return False
    digits = dialled(main)
    if len(digits) not in DIGITS.get(country, tuple(range(3, 16))):
        return False
    if country == "GB":
        return digits.startswith("0") if len(digits) >= 10 else bool(GB_SHORT.fullmatch(digits))
    if country == "US" and len(digits) == 11:
        return digits.startswith("1")
    return True


def e164(phone: str, country: str) -> str | None:
    """The number in E.164 (``+18007997233``), or None for a short number (988, 116 123) or a
    country whose numbering is not known here: those are dialled as they are written."""
    digits = dialled(phone)
    if country == "US" and len(digits) == 10:
        return f"+1{digits}"
    if country == "US" and len(digits) == 11 and digits.startswith("1"):
        return f"+{digits}"
    if country == "GB" and len(digits) in (10, 11) and digits.startswith("0"):
        return f"+44{digits[1:]}"
    return None


def tel(phone: str, country: str | None = None) -> str:
    """The ``tel:`` address of ``phone``: its E.164 form where its country is known and it has
    one (``tel:+18007997233``), else the digits it dials (``tel:988``), a leading ``+`` kept."""
    international = e164(phone, country) if country else None
    if international:
        return f"tel:{international}"
    return f"tel:{'+' if phone.strip().startswith('+') else ''}{dialled(phone)}"


def sms(number: str, keyword: str | None = None) -> str:
    """The ``sms:`` address of a text line, with the word to send first (RFC 5724)."""
    return f"sms:{number}" + (f"?body={keyword}" if keyword else "")
