"""The people list: lazy pages, sort, search-as-you-type, tag filter, bulk actions through the worker bridge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer

from commons_desktop.services import lists
from commons_desktop.services.lists import PeopleQuery
from commons_desktop.ui.people import list_model
from commons_desktop.ui.people.list_model import CACHE_PAGES, PAGE

from .conftest import fill

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def view(make_desktop, people_vault):
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    v = desktop.window.people
    v.search_timer.setInterval(0)
    return v


def test_list_loads_pages_on_demand_and_keeps_a_window(view):
    model = view.model
    assert model.rowCount() == 1000
    assert model.pages_loaded <= 2  # only what the view painted
    for row in range(0, 1000, 50):
        assert model.data(model.index(row, 0)).startswith("Given")
    assert model.cached_rows() <= CACHE_PAGES * PAGE
    last = model.data(model.index(999, 1))
    first_rows = lists.people_page(view.vault, PeopleQuery(), 999, 1)
    assert last == first_rows[0].family


def test_sort_by_any_column(view):
    view.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # city
    expected = lists.people_page(view.vault, PeopleQuery(order="city", descending=True), 0, 3)
    assert [view.model.data(view.model.index(r, 4)) for r in range(3)] == [p.city for p in expected]
    assert expected[0].city == "Québec"
    view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # email
    emails = [view.model.data(view.model.index(r, 2)) for r in range(5)]
    assert emails == sorted(emails)


def test_search_as_you_type(view, qtbot):
    qtbot.keyClicks(view.search, "p12")
    qtbot.waitUntil(lambda: view.model.rowCount() == 11)  # p12, p120..p129 (prefix match on each word)
    view.search.clear()
    qtbot.keyClicks(view.search, "LIEGE")  # accent- and case-insensitive
    qtbot.waitUntil(lambda: view.model.rowCount() == 167)
    assert view.model.data(view.model.index(0, 4)) == "Liège"
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1000)


def test_ctrl_f_focuses_search(view, qtbot):
    window = view.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()


def test_filter_by_tag(view):
    ids = lists.people_ids(view.vault, PeopleQuery())[:7]
    lists.bulk_tag(view.vault, ids, "bénévole")
    view.refresh_tags()
    index = view.tag_filter.findData("bénévole")
    assert index > 0 and "(7)" in view.tag_filter.itemText(index)
    view.tag_filter.setCurrentIndex(index)
    assert view.model.rowCount() == 7
    view.tag_filter.setCurrentIndex(0)
    assert view.model.rowCount() == 1000


def test_bulk_tag_of_1000_rows(view, qtbot):
    view.table.selectAll()
    assert len(view.selected_ids()) == 1000
    view.ask.answers.append("volunteer")
    qtbot.mouseClick(view.tag_button, LEFT)
    assert lists.people_count(view.vault, PeopleQuery(tag="volunteer")) == 1000
    assert not view.window().progress.isVisible()
    assert view.tag_filter.findData("volunteer") > 0


def test_bulk_untag_and_delete(view, qtbot):
    ids = lists.people_ids(view.vault, PeopleQuery())[:3]
    lists.bulk_tag(view.vault, ids, "newsletter")
    for row in range(3):
        view.table.selectionModel().select(view.model.index(row, 0), view.table.selectionModel().SelectionFlag.Select
                                           | view.table.selectionModel().SelectionFlag.Rows)
    assert view.selected_ids() == ids
    view.ask.answers.append("newsletter")
    qtbot.mouseClick(view.untag_button, LEFT)
    assert lists.people_count(view.vault, PeopleQuery(tag="newsletter")) == 0
    assert view.selected_ids() == ids  # the selection survives the action
    view.ask.answers.append(False)  # "Delete 3 people?" -> No
    qtbot.mouseClick(view.delete_button, LEFT)
    assert view.model.rowCount() == 1000
    view.ask.answers.append(True)
    qtbot.mouseClick(view.delete_button, LEFT)
    assert view.model.rowCount() == 997


def test_cancel_rolls_the_whole_bulk_action_back(make_desktop, people_vault, qtbot):
    desktop = make_desktop(threads=True)
    desktop.show_vault(people_vault)
    qtbot.waitUntil(lambda: not desktop.bridge.jobs)  # the home page's figures, read by a worker, are in
    view = desktop.window.people
    view.table.selectAll()
    view.ask.answers.append("cancelled-tag")
    with qtbot.waitSignal(desktop.bridge.job_ended, timeout=30_000):
        qtbot.mouseClick(view.tag_button, LEFT)
        assert desktop.window.progress.isVisible()
        qtbot.mouseClick(desktop.window.progress.cancel_button, LEFT)
    assert lists.people_count(view.vault, PeopleQuery(tag="cancelled-tag")) == 0
    assert "nothing was changed" in desktop.window.statusBar().currentMessage()


def _event_loop_turns_during_bulk_tag(make_desktop, vault, qtbot, count):
    fill(vault, count)
    desktop = make_desktop(threads=True)
    desktop.show_vault(vault)
    qtbot.waitUntil(lambda: not desktop.bridge.jobs)  # the home page's figures, read by a worker, are in
    view = desktop.window.people
    assert view.model.rowCount() == count
    ticks = {"during": 0}

    def tick():
        if desktop.bridge.busy:
            ticks["during"] += 1

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    progress = []
    desktop.bridge.job_started.connect(lambda job: job.signals.progress.connect(lambda d, t, _l: progress.append(d)))
    view.table.selectAll()
    view.ask.answers.append("bulk")
    with qtbot.waitSignal(desktop.bridge.job_ended, timeout=300_000):
        qtbot.mouseClick(view.tag_button, LEFT)
    timer.stop()
    assert lists.people_count(view.vault, PeopleQuery(tag="bulk")) == count
    assert ticks["during"] >= 3, ticks  # the GUI thread kept turning while the job ran
    assert len(progress) >= 2 and progress[-1] == count


def test_event_loop_keeps_turning_during_a_10000_row_bulk_action(make_desktop, vault, qtbot):
    _event_loop_turns_during_bulk_tag(make_desktop, vault, qtbot, 10_000)


@pytest.mark.slow
def test_event_loop_keeps_turning_during_a_100000_row_bulk_action(make_desktop, vault, qtbot):
    _event_loop_turns_during_bulk_tag(make_desktop, vault, qtbot, 100_000)


def test_bulk_membership_status_and_a_failing_job(view, qtbot):
    from datetime import date

    from commons_desktop.services import members

    ids = lists.people_ids(view.vault, PeopleQuery())[:3]
    for ident in ids[:2]:
        members.join(view.vault, ident, start=date(2025, 1, 1), end=date(2030, 1, 1))
    view.select_ids(ids)
    view.ask.answers.append("resigned")
    qtbot.mouseClick(view.status_button, LEFT)
    assert [members.status_of(view.vault, i)[0] for i in ids] == ["resigned", "resigned", "none"]
    assert "2 records changed" in view.window().statusBar().currentMessage()
    view.ask.answers.append("x" * 81)  # not a valid tag: the job fails, nothing is written, the user is told
    qtbot.mouseClick(view.tag_button, LEFT)
    assert "a tag has 1 to 80 characters" in view.window().statusBar().currentMessage()
    assert lists.tag_names(view.vault) == []


def test_search_count_matches_the_records_after_deletes(view):
    from commons_desktop.vault.people import People

    query = PeopleQuery(text="liege")
    doomed = lists.people_ids(view.vault, query)[:5]
    lists.bulk_delete_people(view.vault, doomed)
    assert lists.people_count(view.vault, query) == People(view.vault).count(text="liege") == 162
    assert lists.people_count(view.vault, PeopleQuery(text="liege", tag="none")) == 0


def test_the_sort_index_is_read_ahead_after_an_unlock_and_a_new_order_never_after_a_lock(make_desktop, people_vault,
                                                                                        qtbot, monkeypatch):
    read: list[str] = []
    real = lists.read_ahead
    monkeypatch.setattr(lists, "read_ahead", lambda vault, query: (read.append(query.order), real(vault, query)))
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    view = desktop.window.people
    assert read == []  # not before the first rows are shown
    qtbot.waitUntil(lambda: read == ["family"])  # the list's order (family name)
    view.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # city
    qtbot.waitUntil(lambda: read == ["family", "city"])
    qtbot.keyClicks(view.search, "given")  # a search keeps the order: nothing read again
    qtbot.waitUntil(lambda: view.model.query.text == "given")
    desktop.show_vault(people_vault)
    desktop.lock()  # locked before the list read ahead: nothing is read from the vault any more
    qtbot.wait(list_model.READ_AHEAD_MS * 2)
    assert read == ["family", "city"]


def test_every_order_of_the_list_has_the_index_read_ahead(view):
    from commons_desktop.vault.people import People
    for order in ("name", "created", *lists.PEOPLE_COLUMNS):  # (an index renamed by a migration would fail here)
        assert People(view.vault).read_order_index(order) == 1000
        lists.read_ahead(view.vault, PeopleQuery(order=order))
