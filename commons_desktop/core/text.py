"""Text normalisation shared by search, sorting and matching. Stdlib only."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"), None)
# the control characters (Unicode category Cc is exactly U+0000-U+001F and U+007F-U+009F), tab kept; the multi-line
# form keeps line feeds too. One regular expression instead of a category lookup per character.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")
_CONTROL_MULTILINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def fold(text: str) -> str:
    """Lower-case, accents removed, spaces collapsed: 'Émilie  DUPRÉ' -> 'emilie dupre'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", stripped.casefold()).strip()


def sort_key(*parts: str) -> str:
    """A collation key for lists: folded, family name first when given in that order."""
    return fold(" ".join(p for p in parts if p))


def clean(text: str | None) -> str:
    """Strip control characters and bidi overrides from one-line user text."""
    if not text:
        return ""
    text = _CONTROL.sub("", text.translate(_BIDI))
    return _SPACE.sub(" ", text).strip()


def clean_multiline(text: str | None) -> str:
    if not text:
        return ""
    text = text.translate(_BIDI).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_MULTILINE.sub("", text).strip()


def phone_digits(number: str) -> str:
    """Digits of a phone number with a leading + kept, for matching: '+32 470 12 34 56' -> '+32470123456'."""
    number = (number or "").strip()
    digits = re.sub(r"\D", "", number)
    return ("+" + digits) if number.startswith("+") else digits
