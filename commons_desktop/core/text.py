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
# Every line break Unicode knows (the boundaries of str.splitlines): LF, CR, vertical tab, form feed, the file, group
# and record separators, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR. A one-line field turns each into a space (a
# street typed on two lines stays two words, never glued); a multi-line field turns each into a line feed.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_ONE_LINE = {**_BIDI, **dict.fromkeys(map(ord, LINE_BREAKS), " ")}
_MULTILINE = {**_BIDI, **dict.fromkeys(map(ord, LINE_BREAKS), "\n")}


# Code points below this one hold every combining mark (the tests check it against all code points).
COMBINING_END = 0x1F000


class _CombiningMarks(dict):
    """str.translate's table for fold: a combining mark (non-zero canonical combining class) -> None (removed), any
    other code point below COMBINING_END -> itself; filled as characters are met. (Made whole, it cost a test of every
    code point below COMBINING_END, ~100 M instructions, ~15 ms: a fifth of a one-shot `commons search Gérard`.) At
    most COMBINING_END entries; a code point above is kept without being stored."""

    __slots__ = ()

    def __missing__(self, cp: int) -> int | None:
        if cp >= COMBINING_END:
            return cp
        value = None if unicodedata.combining(chr(cp)) else cp
        self[cp] = value
        return value


_COMBINING = _CombiningMarks()


def fold(text: str) -> str:
    """Lower-case, accents removed, spaces collapsed: 'Émilie  DUPRÉ' -> 'emilie dupre'."""
    if not text:
        return ""
    if text.isascii():  # NFKD leaves ASCII as it is and it has no combining mark
        return " ".join(text.lower().split())
    return " ".join(unicodedata.normalize("NFKD", text).translate(_COMBINING).casefold().split())


def sort_key(*parts: str) -> str:
    """A collation key for lists: folded, family name first when given in that order."""
    return fold(" ".join(p for p in parts if p))


def clean(text: str | None) -> str:
    """One-line user text: every line break (LINE_BREAKS) becomes a space, control characters and bidi overrides go,
    runs of white space become one space, and the ends are trimmed: 'Résidence\nAppt 12' -> 'Résidence Appt 12'."""
    if not text:
        return ""
    # Fast path: str.isprintable() is False for every control, bidi (Cf), line break and white space character but
    # the ASCII space, so printable text only needs its spaces collapsed. ``" ".join(t.split())`` is ``\s+`` -> " "
    # then strip(): both use the same white space definition (checked for every code point in the tests).
    if text.isprintable():
        return text.strip() if "  " not in text else " ".join(text.split())
    return " ".join(_CONTROL.sub("", text.translate(_ONE_LINE)).split())


def clean_multiline(text: str | None) -> str:
    """Multi-line user text (notes): every line break (CRLF counting as one) becomes a line feed, control characters
    but the tab and bidi overrides go, the ends are trimmed; spaces and empty lines inside are kept."""
    if not text:
        return ""
    if text.isprintable():  # no control, bidi or line break: nothing to remove (see clean)
        return text.strip()
    return _CONTROL_MULTILINE.sub("", text.replace("\r\n", "\n").translate(_MULTILINE)).strip()


def clean_lines(text: str | None) -> str:
    """Address lines (a street): each line cleaned as one-line text (``clean``), empty lines dropped, the lines joined
    by line feeds: ' Résidence Les Érables \r\n\r\n Appartement  12' -> 'Résidence Les Érables\nAppartement 12'."""
    if not text:
        return ""
    if text.isprintable():  # one line (see clean)
        return text.strip() if "  " not in text else " ".join(text.split())
    return "\n".join(line for line in map(clean, clean_multiline(text).split("\n")) if line)


_NOT_DIGIT = re.compile(r"\D")
# every ASCII character but the digits, for str.translate (the same as _NOT_DIGIT on ASCII text)
_ASCII_NOT_DIGIT = dict.fromkeys((c for c in range(128) if not chr(c).isdigit()), None)


def phone_digits(number: str) -> str:
    """Digits of a phone number with a leading + kept, for matching: '+32 470 12 34 56' -> '+32470123456'."""
    number = (number or "").strip()
    digits = number.translate(_ASCII_NOT_DIGIT) if number.isascii() else _NOT_DIGIT.sub("", number)
    return ("+" + digits) if number.startswith("+") else digits
