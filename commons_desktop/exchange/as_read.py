"""Which people the CSV column reader made are already what their validation makes of them: every value
printable, trimmed and within its limits, every email and phone number well formed, every contact kind known, a
name, a plausible birth date. The planner then takes such a record as it is instead of validating a copy
(``Person.validated`` gives an equal record for them: tests/exchange/test_as_read.py checks it on generated and
hostile rows). Anything else, or anything in doubt, is validated by the planner as before, which also gives
its error.

Values repeat down a column (first names, towns, postcodes, countries, languages): each distinct text is checked
once per file."""

from __future__ import annotations

from datetime import date

from ..core import validation as v
from ..core.enums import ContactKind
from ..core.errors import InvalidInput
from ..core.model import Address, Consent, Email, Phone

_KINDS = frozenset(k.value for k in ContactKind)


class AsRead:
    def __init__(self, today: date | None = None) -> None:
        self.today = today or date.today()
        self.texts: dict[int, dict[str, bool]] = {v.MAX_NAME: {}, v.MAX_POSTCODE: {}}  # limit -> text -> as it is
        self.languages: dict[str, bool] = {}

    def _text(self, value: str, limit: int = v.MAX_NAME) -> bool:
        """Whether ``v.text(value, limit=limit)`` (its fast path, ``plain_text``) gives ``value`` back."""
        known = self.texts[limit]
        found = known.get(value)
        if found is None:
            found = known[value] = value.__class__ is str and v.plain_text(value, limit) == value
        return found

    def _language(self, code: str) -> bool:
        found = self.languages.get(code)
        if found is None:
            try:
                found = v.language(code) == code
            except InvalidInput:
                found = False
            self.languages[code] = found
        return found

    def member_number(self, number: str) -> bool:
        """Whether ``v.member_number`` gives this member number back as it is."""
        return number.__class__ is str and v.plain_text(number, v.MAX_MEMBER_NUMBER) == number

    def person(self, given: str, family: str, emails: list[Email], phones: list[Phone], addresses: list[Address],
               birth: date | None, languages: list[str], notes: str, consents: list[Consent],
               custom: dict[str, str]) -> bool:
        """Whether a Person of these values validates to an equal Person (False when in doubt)."""
        names, text, plain_text = self.texts[v.MAX_NAME], self._text, v.plain_text
        email_as_is, phone_as_is = v.email_as_is, v.phone_as_is
        if not ((given or family) and (names.get(given) or text(given)) and (names.get(family) or text(family))):
            return False
        try:
            for e in emails:
                if e.__class__ is not Email or e.kind not in _KINDS or not email_as_is(e.address):
                    return False
            for p in phones:
                if p.__class__ is not Phone or p.kind not in _KINDS or not phone_as_is(p.number):
                    return False
            for a in addresses:
                street = a.street  # (a street seldom repeats: checked, not remembered)
                if (a.__class__ is not Address or a.kind not in _KINDS or street.__class__ is not str
                        or (street and plain_text(street, v.MAX_STREET) != street)
                        or not text(a.postcode, v.MAX_POSTCODE) or not (names.get(a.city) or text(a.city))
                        or not (names.get(a.region) or text(a.region))
                        or not (names.get(a.country) or text(a.country))):
                    return False
            if birth is not None and (birth.__class__ is not date or birth > self.today or birth.year < 1850):
                return False
            for x in languages:
                if x.__class__ is not str or not self._language(x):
                    return False
            if notes and v.text(notes, "notes", limit=v.MAX_NOTES, multiline=True) != notes:
                return False
            for c in consents:  # Consent.validated's own fast path, which gives the consent back
                what, given_on, until = c.what, c.given_on, c.until
                if (c.__class__ is not Consent or not what or not (names.get(what) or text(what))
                        or not (given_on is None or given_on.__class__ is date)
                        or not (until is None or until.__class__ is date) or (given_on and until and until < given_on)):
                    return False
            if custom and {v.text(k, "custom field name", required=True): v.text(x, "custom field", limit=v.MAX_CUSTOM)
                           for k, x in custom.items()} != custom:
                return False
        except (InvalidInput, AttributeError, TypeError):  # the planner's validation says what is wrong
            return False
        return True
