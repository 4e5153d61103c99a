"""The vCard read's cheaper steps give what the checks they stand for give (session 8): ``email_as_is`` and
``phone_as_is`` (the as-read check of a card's emails and phone numbers) answer ``email(x) == x`` and
``phone(x) == x``; a BDAY or consent date written 1962-07-14 is read without ``dates.read`` and as it reads it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commons_desktop.core import dates
from commons_desktop.core import validation as v
from commons_desktop.core.errors import InvalidField, InvalidInput
from commons_desktop.exchange import vcard

# what makes clean(), the regular expressions and the digit count disagree: spaces of every kind, controls, bidi
# marks, a private-use character, a lone surrogate, other digits, the characters an address may not hold
_ODD = " \t\n\r\x00\x0b\x85\u00a0\u2000\u2028\u3000\u200e\ue000\ud800\u0661\uff10..@@()/.-+,;:<>\"'éÀ"
_SEEDS = ["a@b.org", "Jean.Dupont@exemple.fr", "x@ü.example", "a..b@c.org", " a@b.org", "a@b.org ", "a@b.org\n",
          "+33 6 12 34 56 78", "+33 6  12 34", " 0470/12.34.56", "0470 12 34 56\n", "12", "+", "(0) 123", ""]
_texts = st.one_of(st.sampled_from(_SEEDS), st.text(alphabet=st.sampled_from(list(_ODD) + list("ab09")), max_size=12),
                   st.builds(lambda a, b: a + b, st.sampled_from(_SEEDS), st.text(alphabet=_ODD, max_size=3)),
                   st.builds(lambda a, b: a + b, st.text(alphabet=_ODD, max_size=3), st.sampled_from(_SEEDS)))


def _gives_back(check, value: str) -> bool:
    try:
        return check(value) == value
    except InvalidInput:
        return False


@settings(max_examples=3000, deadline=None)
@given(_texts)
def test_email_and_phone_as_is_answer_whether_validation_gives_the_value_back(value):
    assert v.email_as_is(value) == _gives_back(v.email, value)
    assert v.phone_as_is(value) == _gives_back(v.phone, value)


@pytest.mark.parametrize("value", _SEEDS + ["a\ue000@b.org", "a\x00@b.org", "\u200ea@b.org", "+33\u00a06 12 34 56"])
def test_email_and_phone_as_is_on_hostile_values(value):
    assert v.email_as_is(value) == _gives_back(v.email, value)
    assert v.phone_as_is(value) == _gives_back(v.phone, value)


def _read(value: str):
    try:
        return dates.read(value, "date", past=True)
    except InvalidField:
        return None


def test_an_iso_date_is_read_without_dates_read(monkeypatch):
    vcard._DATES.clear()

    def refused(*args, **kwargs):
        raise AssertionError("dates.read called for an ISO date")

    monkeypatch.setattr(dates, "read", refused)
    card = vcard.read_batch(b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anne Dupont\r\nBDAY:1962-07-14\r\n"
                            b"X-COMMONS-CONSENT;X-GIVEN=2023-11-19;X-UNTIL=2031-02-28:photos\r\nEND:VCARD\r\n").items[0]
    assert card.record.birth_date.isoformat() == "1962-07-14"
    consent = card.record.consents[0]
    assert (consent.given_on.isoformat(), consent.until.isoformat()) == ("2023-11-19", "2031-02-28")


@settings(max_examples=3000, deadline=None)
@given(st.one_of(
    st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", st.integers(0, 9999), st.integers(0, 19), st.integers(0, 39)),
    st.text(alphabet="0123456789-W+ T:Z\u0661\u0662\uff11é", min_size=8, max_size=12)))
def test_a_date_is_read_as_dates_read_reads_it(value):
    vcard._DATES.clear()
    assert vcard._bday(value) == _read(value)
