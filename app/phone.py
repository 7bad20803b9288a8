"""Phone numbers as organizations publish them, and the ``tel:`` addresses that dial them."""

from __future__ import annotations

# The standard telephone keypad: the letters of a vanity number are dialled as these digits.
KEYPAD = str.maketrans(
    {
        letter: digit
        for digit, letters in {
            "2": "ABC",
            "3": "DEF",
            "4": "GHI",
            "5": "JKL",
            "6": "MNO",
            "7": "PQRS",
            "8": "TUV",
            "9": "WXYZ",
        }.items()
        for letter in letters
    }
)


def dialled(number: str) -> str:
    """The digits a number dials, its letters dialled by the keypad: ``1-800-799-SAFE`` is
    ``18007997233``."""
    return "".join(ch for ch in number.upper().translate(KEYPAD) if ch.isascii() and ch.isdigit())


def tel_href(phone: str) -> str:
    """The ``tel:`` address of a phone number as written: its first number (``1-800-799-SAFE
    (7233)`` dials ``18007997233``), letters dialled by the keypad, a leading ``+`` kept."""
    number = phone.split(" (")[0].strip()
    return f"tel:{'+' if number.startswith('+') else ''}{dialled(number)}"
