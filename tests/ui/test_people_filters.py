"""The people list filtered by membership status (computed from the memberships, today) and by saved search."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from commons_desktop.services import lists, members
from commons_desktop.services.lists import PeopleQuery
from commons_desktop.ui.labels import STATUSES, label


@pytest.fixture
def view(make_desktop, people_vault):
    vault = people_vault
    ids = lists.people_ids(vault, PeopleQuery())
    today = date.today()
    for ident in ids[:6]:
        members.join(vault, ident)
    for ident in ids[6:9]:
        members.join(vault, ident, start=today - timedelta(days=400), end=today - timedelta(days=35))
    for ident in ids[9:11]:
        members.join(vault, ident, start=today - timedelta(days=30))
    lists.bulk_set_membership_status(vault, ids[9:11], "resigned")
    desktop = make_desktop()
    desktop.show_vault(vault)
    v = desktop.window.people
    v.search_timer.setInterval(0)
    v.ids = ids
    return v


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_filter_by_membership_status(view, qtbot):
    assert view.model.rowCount() == 1000
    choose(view.status_filter, "active")
    assert view.model.rowCount() == 6
    assert {view.model.id_at(r) for r in range(6)} == set(view.ids[:6])
    assert view.model.data(view.model.index(0, 0)).startswith("Given")  # rows are shown, in the list's order
    choose(view.status_filter, "lapsed")
    assert view.model.rowCount() == 3
    choose(view.status_filter, "resigned")
    assert view.model.rowCount() == 2
    choose(view.status_filter, "none")
    assert view.model.rowCount() == 1000 - 11

    choose(view.status_filter, "active")  # combined with the search and the tag, and kept across a bulk action
    lists.bulk_tag(view.vault, view.ids[:2], "bureau")
    view.refresh_tags()
    choose(view.tag_filter, "bureau")
    assert view.model.rowCount() == 2
    view.tag_filter.setCurrentIndex(0)
    view.select_ids(view.ids[:3])
    view.ask.answers.append(label(STATUSES, "lapsed"))
    view.status_selected()
    assert view.model.rowCount() == 3 and view.status_filter.currentData() == "active"
    choose(view.status_filter, None)
    assert view.model.rowCount() == 1000


def test_filter_by_saved_search(view, qtbot):
    qtbot.keyClicks(view.search, "lyon")
    qtbot.waitUntil(lambda: view.model.rowCount() == 167)
    view.ask.answers.append("Lyon")
    view.save_search()
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1000)
    assert view.saved_filter.currentIndex() == 0
    index = view.saved_filter.findText("Lyon")
    assert index > 0
    view.saved_filter.setCurrentIndex(index)
    assert view.model.rowCount() == 167 and view.search.text() == "lyon"
    qtbot.keyClicks(view.search, " x")  # typing leaves the saved search
    assert view.saved_filter.currentIndex() == 0
