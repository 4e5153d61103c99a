"""Dates and times as the user writes and reads them: the editors take dates in the locale (07/14/1962 in US
English, 14/07/1962 in French) with a calendar pop-up and a real "no date"; the history and every date column
show the locale's format and the LOCAL time zone (set here through TZ, or injected), never UTC."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt

from commons_desktop.core.changes import Op
from commons_desktop.core.model import ChangeEntry, Person
from commons_desktop.services import lists, members
from commons_desktop.ui import format as fmt
from commons_desktop.ui.history_table import HistoryTable
from commons_desktop.ui.i18n import formats_for
from commons_desktop.ui.widgets.date_field import DateField

from .conftest import type_date

SUMMER = datetime(2026, 7, 14, 14, 5, 9, tzinfo=UTC)  # 16:05:09 in Paris (CEST), 10:05:09 in Montreal (EDT)
WINTER = datetime(2026, 1, 14, 23, 30, 0, tzinfo=UTC)  # 00:30 the next day in Paris (CET)
PARIS = "CET-1CEST,M3.5.0,M10.5.0/3"  # POSIX rules: no time-zone database needed


def hlc(moment: datetime, counter: int = 0) -> str:
    return f"{int(moment.timestamp() * 1000):013d}.{counter:05d}"


@pytest.fixture
def french():
    QLocale.setDefault(QLocale("fr_FR"))  # (english_formats puts the English one back)


@pytest.fixture
def paris(monkeypatch):
    """The process runs in Paris time, whatever the machine's zone."""
    monkeypatch.setenv("TZ", PARIS)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# -- formatting ---------------------------------------------------------------------------------------------
def test_days_in_english_and_french():
    assert fmt.day(date(1962, 7, 14)) == "07/14/1962"
    assert fmt.day(None) == "" and fmt.period(date(2026, 1, 1), None) == "01/01/2026 – "
    QLocale.setDefault(QLocale("fr_FR"))
    assert fmt.day(date(1962, 7, 14)) == "14/07/1962"
    assert fmt.period(date(2026, 1, 1), date(2026, 12, 31)) == "01/01/2026 – 31/12/2026"
    QLocale.setDefault(QLocale("de_DE"))
    assert fmt.day(date(1962, 7, 14)) == "14.07.1962"  # four-digit years, even where the locale writes two


def test_moments_in_an_injected_zone():
    east, west = timezone(timedelta(hours=2)), timezone(timedelta(hours=-4))
    assert fmt.moment(hlc(SUMMER), east) == "07/14/2026 4:05:09\u202fPM"
    assert fmt.moment(hlc(SUMMER), west) == "07/14/2026 10:05:09\u202fAM"
    assert fmt.moment("2026-07-14T14:05:09Z", west, seconds=False) == "07/14/2026 10:05\u202fAM"
    assert fmt.moment("2026-07-14T14:05:09+00:00", east) == fmt.moment(hlc(SUMMER), east)
    QLocale.setDefault(QLocale("fr_FR"))
    assert fmt.moment(hlc(SUMMER), east) == "14/07/2026 16:05:09"
    assert fmt.stamp_day(hlc(WINTER), timezone(timedelta(hours=1))) == "15/01/2026"
    assert fmt.moment("not a time") == "not a time" and fmt.stamp_day("") == ""


def test_moments_in_the_local_zone_from_tz(paris):
    assert fmt.moment(hlc(SUMMER)) == "07/14/2026 4:05:09\u202fPM"  # summer time: UTC+2
    assert fmt.moment(hlc(WINTER)) == "01/15/2026 12:30:00\u202fAM"  # winter time: UTC+1, the next day
    assert fmt.stamp_day(hlc(WINTER)) == "01/15/2026"


def test_the_history_shows_local_time_in_the_locale(paris, qtbot):
    entry = ChangeEntry(Op.UPDATE, "person", "p1", {"family": "Martin"}, hlc=hlc(SUMMER), device="device-1",
                        author="Camille", seq=1)
    table = HistoryTable()
    qtbot.addWidget(table)
    assert table.horizontalHeaderItem(0).text() == "When"
    table.set_entries([entry])
    assert table.item(0, 0).text() == "07/14/2026 4:05:09\u202fPM"
    QLocale.setDefault(QLocale("fr_FR"))
    table.set_entries([entry])
    assert table.item(0, 0).text() == "14/07/2026 16:05:09"


def test_the_history_page_of_a_vault_shows_local_times(make_desktop, people_vault, monkeypatch):
    from commons_desktop.services import history

    monkeypatch.setenv("TZ", "UTC+5")  # POSIX: five hours behind UTC
    time.tzset()
    try:
        desktop = make_desktop()
        desktop.show_vault(people_vault)
        window = desktop.window
        window.show_section("history")
        table = window.history.table
        newest = history.entries(desktop.vault, None, limit=1)[0].hlc
        local = datetime.fromtimestamp(int(newest.split(".")[0]) / 1000, tz=timezone(timedelta(hours=-5)))
        shown = table.item(0, 0).text()
        assert shown == fmt.moment(newest, timezone(timedelta(hours=-5)))
        assert shown.startswith(f"{local:%m/%d/%Y} {local.hour % 12 or 12}:{local:%M:%S}\u202f")
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_people_list_shows_the_local_day_it_was_updated(make_desktop, people_vault, french):
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    model = desktop.window.people.model
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Updated")
    stamp = lists.person(desktop.vault, model.id_at(0)).updated
    assert model.data(model.index(0, column)) == fmt.stamp_day(stamp)
    assert "/" in model.data(model.index(0, column))  # dd/MM/yyyy, not ISO


def test_contribution_and_renewal_lists_show_dates_in_the_locale(make_desktop, people_vault, french):
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    person = lists.people_ids(desktop.vault, lists.PeopleQuery())[0]
    members.add_contribution(desktop.vault, person, "12", when=date(2026, 7, 14), period_start=date(2026, 1, 1),
                             period_end=date(2026, 12, 31))
    desktop.window.show_section("contributions")
    model = desktop.window.contributions.model
    assert model.data(model.index(0, 0)) == "14/07/2026"
    assert model.data(model.index(0, 5)) == "01/01/2026 – 31/12/2026"


# -- the editors ----------------------------------------------------------------------------------------------
@pytest.fixture
def people(make_desktop, people_vault, qtbot):
    def build():
        desktop = make_desktop()
        desktop.show_vault(people_vault)
        desktop.window.activateWindow()
        qtbot.waitUntil(desktop.window.isActiveWindow)
        return desktop.window.people
    return build


@pytest.mark.parametrize(("locale", "shown", "typed"), [("en_US", "07/14/1962", "07141962"),
                                                        ("fr_FR", "14/07/1962", "14071962")])
def test_a_birth_date_is_shown_and_typed_in_the_locale(people, qtbot, locale, shown, typed):
    QLocale.setDefault(QLocale(locale))
    view = people()
    ident = lists.save_person(view.vault, None, Person(given="Ada", family="Zed", birth_date=date(1962, 7, 14)))
    view.model.reload()
    view.open_person(ident)
    field = view.editor.form.birth_date
    assert field.text() == shown and field.calendarPopup()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None
    qtbot.keyClicks(field, typed.replace("1962", "1963"))  # digits typed into the empty field, in the locale's order
    assert field.value() == date(1963, 7, 14)
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    assert lists.person(view.vault, ident).birth_date == date(1963, 7, 14)


def test_an_empty_date_starts_from_today_and_its_calendar_opens_on_today(qtbot, french):
    field = DateField(optional=True, today=lambda: date(2026, 3, 1))
    qtbot.addWidget(field)
    field.show()
    assert field.value() is None and field.text() == "No date"
    qtbot.keyClick(field, Qt.Key.Key_Up)  # not 15/09/1752
    assert field.value() == date(2026, 3, 1) and field.text() == "01/03/2026"
    field.set_value(None)
    field.resize(160, field.sizeHint().height())
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 6, field.height() // 2))  # ▾
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 3)
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    type_date(qtbot, field, date(1999, 12, 31))
    required = DateField(optional=False, today=lambda: date(2026, 3, 1))
    qtbot.addWidget(required)
    assert required.value() == date(2026, 3, 1) and required.clear_action is None


def test_the_locale_follows_the_system_when_it_speaks_the_language():
    assert formats_for("en", QLocale("en_GB")).name() == "en_GB"
    assert formats_for("fr", QLocale("fr_BE")).name() == "fr_BE"
    assert formats_for("fr", QLocale("en_GB")).name() == "fr_FR"
    assert formats_for("en", QLocale("C")).name() == "en_US"
