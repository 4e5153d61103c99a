"""Dates as people write them (issue 10 item 7): one reader (core/dates.py) for every date read from text."""

from __future__ import annotations

from datetime import date

import pytest

from commons_desktop.core import dates
from commons_desktop.core import validation as v
from commons_desktop.core.errors import InvalidField
from commons_desktop.core.model import Contribution, Membership, Person

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize("text", ["1962-07-14", "1962-7-14", "19620714", "1962/07/14", "1962.07.14",
                                  "14/07/1962", "14.07.1962", "14-07-1962", "14/7/1962", "14/07/62", "14.07.62",
                                  "14-07-62", " 14/07/62 ", "1962-07-14 00:00:00", "1962-07-14T00:00:00Z",
                                  "14/07/1962 00:00"])
def test_every_written_form_of_one_day(text):
    assert dates.read(text, past=True, today=TODAY) == date(1962, 7, 14)


@pytest.mark.parametrize("text", ["7/14/1962", "32/01/2000", "29/02/2023", "14/07/962", "14/13/62", "62-07-14",
                                  "1962-13-01", "abc", "14 juillet 1962", "14/07", "--07-14", "0/0/00"])
def test_what_is_not_a_date_is_refused_naming_the_field(text):
    with pytest.raises(InvalidField) as caught:
        dates.read(text, "birth date", today=TODAY)
    assert caught.value.field == "birth date" and caught.value.reason == dates.NOT_A_DATE


def test_day_first_unless_a_whole_column_says_otherwise():
    assert dates.read("03/04/1962") == date(1962, 4, 3)  # European: the 3rd of April
    assert dates.read("7/14/1962", month_first=True) == date(1962, 7, 14)
    assert dates.month_first_column(["03/04/1962", "7/14/1962"]) is True
    assert dates.month_first_column(["03/04/1962", "14/7/1962", "7/14/1962"]) is False  # the first decisive one
    assert dates.month_first_column(["03/04/62", "1962-07-14"]) is False


def test_the_two_digit_year_pivot():
    # a birth date is never in the future: the latest century that does not put it after today
    assert dates.read("01/12/26", past=True, today=TODAY) == date(2026, 12, 1)
    assert dates.read("02/12/26", past=True, today=TODAY) == date(2026, 12, 2)
    assert dates.read("03/12/26", past=True, today=TODAY) == date(1926, 12, 3)
    assert dates.read("01/01/00", past=True, today=TODAY) == date(2000, 1, 1)
    # other dates: from 80 years before to 19 after today
    assert dates.read("03/12/26", today=TODAY) == date(2026, 12, 3)
    assert dates.read("01/01/45", today=TODAY) == date(2045, 1, 1)
    assert dates.read("01/01/46", today=TODAY) == date(1946, 1, 1)
    assert dates.read("31/12/99", today=TODAY) == date(1999, 12, 31)


def test_a_birthday_without_its_year_is_recognised():
    assert dates.month_day("--0714") == "--07-14"
    assert dates.month_day("--07-14") == "--07-14"
    assert dates.month_day("--02-29") == "--02-29"
    assert dates.month_day("--13-01") is None and dates.month_day("1962-07-14") is None


def test_validation_and_records_read_dates_as_people_write_them():
    """The CLI's options and the editors' text reach the records through validation.iso_date: it failed on
    '14/07/62' before (only ISO was read)."""
    assert v.iso_date("14/07/62", "birth date", past=True) == date(1962, 7, 14)
    assert v.iso_date("1962-07-14") == date(1962, 7, 14)  # the fast path
    assert v.iso_date("") is None and v.iso_date(None) is None
    assert Person(given="A", birth_date="14.07.1962").validated().birth_date == date(1962, 7, 14)  # type: ignore
    m = Membership("p", start="01/09/2025", end="31.08.26").validated()  # type: ignore[arg-type]
    assert (m.start, m.end) == (date(2025, 9, 1), date(2026, 8, 31))
    c = Contribution("p", "10", date="3-4-2025").validated()  # type: ignore[arg-type]
    assert c.date == date(2025, 4, 3)
    with pytest.raises(InvalidField, match="DD/MM/YYYY"):
        Person(given="A", birth_date="7/14/1962").validated()  # type: ignore[arg-type]
