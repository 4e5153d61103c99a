"""When an incoming person and a stored one may be the same person: the rule every match of an import goes through.

A match rule (same member number, email, phone, name and birth date, name) only says two records RESEMBLE each
other. Households share an email address, couples a landline, parents and children a name: resembling is not
being the same person. So a candidate is taken as the same person only when nothing they both say disagrees:

- **given and family names**: compared folded (case, accents, spaces and punctuation ignored: "Émilie" =
  "EMILIE", "Jean-Pierre" = "Jean Pierre", "O'Brien" = "OBRIEN"). A name empty on one side does not disagree.
  The same words in other fields do not disagree either ("Dupont" + "Marie" against "Marie" + "Dupont", or a
  whole name in one cell). Any other difference does: "Ann" and "Annie", "J." and "Jean" are different names.
- **birth dates**: both given and different.
- **member numbers**: both given and different (compared folded, spaces and punctuation ignored: "A-12" =
  "a 12"; leading zeros count: "042" is not "42").

A candidate that disagrees is a different person: the row becomes a new person, flagged as a possible duplicate
of that candidate (they share the value the rule matched, so the Possible duplicates page shows them side by
side when it is an email or a phone). Another candidate (another owner of the email, a later rule) that agrees is
still taken. Records matched by their id (a JSON export or a bundle of our own records) are the same record by
definition: a changed name there is an update.
"""

from __future__ import annotations

import re
from datetime import date

from ..core.text import fold

_NOT_WORD = re.compile(r"[^\w]+")
_APOSTROPHES = str.maketrans("", "", "'’ʼ`´")

Identity = tuple[str, str, "date | str | None", str]  # (given, family, birth date, member number)


def _words(text: str) -> list[str]:
    """A name's words, folded, apostrophes dropped, any other punctuation a separator."""
    return [w for w in _NOT_WORD.split(fold(text).translate(_APOSTROPHES).replace("_", " ")) if w]


def _compact(text: str) -> str:
    return "".join(_words(text))


def _iso(value: date | str | None) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else value


def conflicts(incoming: Identity, stored: Identity) -> list[str]:
    """The fields that say these are two different people (see the module's rule): some of 'given', 'family',
    'birth_date', 'member_number'; empty when nothing disagrees."""
    out: list[str] = []
    given_a, family_a, birth_a, number_a = incoming
    given_b, family_b, birth_b, number_b = stored
    names = [f for f, a, b in (("given", given_a, given_b), ("family", family_a, family_b))
             if a and b and _compact(a) != _compact(b)]
    if names and sorted(_words(f"{given_a} {family_a}")) != sorted(_words(f"{given_b} {family_b}")):
        out += names
    birth_a, birth_b = _iso(birth_a), _iso(birth_b)
    if birth_a and birth_b and birth_a != birth_b:
        out.append("birth_date")
    if number_a and number_b and _compact(number_a) != _compact(number_b):
        out.append("member_number")
    return out


def identity(person) -> Identity:
    """The fields of a Person the rule compares."""
    return person.given, person.family, person.birth_date, person.member_number
