"""Search as you type in the people list: the rows first, a bounded count ("50,000+") and the exact one when the list
is idle, and no work for a keystroke that another one superseded. Real widgets, typed with the keyboard."""

from __future__ import annotations

import pytest

from commons_desktop.services import lists
from commons_desktop.ui import i18n
from commons_desktop.ui.people import list_model

BOUND = 300  # (the 1,000-person vault stands for a federation: its broad searches pass this bound)


@pytest.fixture
def view(make_desktop, people_vault, monkeypatch):
    monkeypatch.setattr(list_model, "COUNT_BOUND", BOUND)
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    return desktop.window.people


@pytest.fixture
def counted(monkeypatch):
    """Every count of a search the list asked for: (search text, bound; None: exact)."""
    asked: list[tuple[str, int | None]] = []
    real = lists.people_count_at_most

    def spy(vault, query, bound):  # (every count of a people list goes through it)
        if query.text:
            asked.append((query.text, bound))
        return real(vault, query, bound)
    monkeypatch.setattr(lists, "people_count_at_most", spy)
    return asked


def reloads(view) -> list[str]:
    shown: list[str] = []
    view.model.reloaded.connect(lambda _n: shown.append(view.model.query.text))
    return shown


def test_keystrokes_typed_before_the_list_was_searched_are_searched_once(view, qtbot, counted):
    shown = reloads(view)
    qtbot.keyClicks(view.search, "given0001")  # nine keystrokes arrive before the event loop runs
    qtbot.waitUntil(lambda: view.model.query.text == "given0001")
    assert shown == ["given0001"]  # 'g', 'gi', ... never reached the vault
    assert view.model.rowCount() == 10 and view.model.count_exact  # Given00010..Given00019
    assert counted == []  # 10 rows fit in the first page: no count was needed
    assert view.count_label.text() == "10 people"


def test_a_list_longer_than_a_page_is_counted_once_within_the_bound(view, qtbot, counted):
    qtbot.keyClicks(view.search, "lie")
    qtbot.waitUntil(lambda: view.model.query.text == "lie")
    assert view.model.rowCount() == 167 > list_model.PAGE and view.model.count_exact
    assert counted == [("lie", BOUND)] and view.count_label.text() == "167 people"
    qtbot.wait(list_model.COUNT_DELAY_MS * 2)
    assert counted == [("lie", BOUND)]  # exact at once: no count later


def test_a_broad_search_shows_its_rows_with_a_bounded_count_then_the_exact_one(view, qtbot, counted):
    qtbot.keyClicks(view.search, "given")  # every one of the 1,000
    qtbot.waitUntil(lambda: view.model.query.text == "given")
    assert view.model.rowCount() == BOUND and not view.model.count_exact
    assert view.count_label.text() == f"{BOUND}+ people"
    assert view.model.data(view.model.index(0, 0)).startswith("Given")
    assert counted == [("given", BOUND)]
    with qtbot.waitSignal(view.model.counted, timeout=5000) as exact:
        pass
    assert exact.args == [1000] and view.model.rowCount() == 1000 and view.model.count_exact
    assert view.count_label.text() == "1000 people"
    assert counted == [("given", BOUND), ("given", None)]
    assert view.model.data(view.model.index(999, 0)).startswith("Given")  # the rows past the bound are there


def test_the_exact_count_of_a_superseded_search_is_never_made(view, qtbot, counted):
    qtbot.keyClicks(view.search, "given")
    qtbot.waitUntil(lambda: view.model.query.text == "given")
    assert not view.model.count_exact
    delivered: list[str] = []
    view.model.counted.connect(lambda _n: delivered.append(view.model.query.text))
    qtbot.keyClicks(view.search, "001")  # before the list was idle long enough to count 'given'
    qtbot.waitUntil(lambda: view.model.query.text == "given001")
    assert view.model.rowCount() == 100 and view.model.count_exact  # Given00100..Given00199
    qtbot.wait(list_model.COUNT_DELAY_MS * 3)
    assert delivered == []
    assert ("given", None) not in counted  # the exact count of 'given' was never asked for


def test_a_bounded_count_reads_50_000_plus(view):
    view.model.count_exact = False
    view._show_count(50_000)
    assert view.count_label.text() == "50,000+ people"


def test_the_bounded_count_in_french(make_desktop, people_vault, qtbot, qapp, monkeypatch):
    monkeypatch.setattr(list_model, "COUNT_BOUND", BOUND)
    translations = i18n.Translations(qapp)
    translations.apply("fr")
    try:
        desktop = make_desktop()
        desktop.show_vault(people_vault)
        view = desktop.window.people
        qtbot.keyClicks(view.search, "given")
        qtbot.waitUntil(lambda: view.model.query.text == "given")
        assert view.count_label.text() == "plus de 300 personnes"
        qtbot.waitUntil(lambda: view.model.count_exact)
        assert view.count_label.text() == "1000 personnes"
    finally:
        translations.apply("en")


def test_a_shorter_count_leaves_the_filter_boxes_where_they_are(view, qtbot, qapp):
    """The count only widens its place as a person types: the boxes beside it do not move (nor get laid out and
    painted again) when a longer search counts fewer people."""
    window = view.window()
    window.resize(1200, 700)
    window.show_section("people")
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClicks(view.search, "given")
    qtbot.waitUntil(lambda: view.model.query.text == "given")
    assert view.count_label.text() == f"{BOUND}+ people"
    qtbot.waitUntil(lambda: view.count_label.text() == "1000 people")
    qapp.processEvents()
    boxes = [box.geometry() for box in (view.tag_filter, view.status_filter, view.saved_filter)]
    qtbot.keyClicks(view.search, "0001")
    qtbot.waitUntil(lambda: view.model.query.text == "given0001")
    assert view.count_label.text() == "10 people"
    qapp.processEvents()  # (the layout request of a narrower label, if any, delivered)
    assert [box.geometry() for box in (view.tag_filter, view.status_filter, view.saved_filter)] == boxes
