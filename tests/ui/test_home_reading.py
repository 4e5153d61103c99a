"""The home page reads its figures through the worker bridge, off the GUI thread (issue 16: they read every
membership, 0.3-0.7 s at 100,000 people, and made the unlock wait): the window is drawn and the people list shows its
first rows before they come; a reading superseded by a newer one, or ended after the vault was locked, is dropped.

The pool here holds the jobs it is given until the test runs them, so that "before" and "after" are the test's to
choose (a thread pool would make them a race)."""

from __future__ import annotations

from datetime import date

from commons_desktop.services import lists, members
from commons_desktop.ui.main_window import MainWindow
from commons_desktop.ui.worker import WorkerBridge

TODAY = date.today()


class HeldPool:
    """Keeps the jobs it is given; ``run`` runs them (on this thread) when the test says."""

    def __init__(self):
        self.held = []

    def start(self, runnable) -> None:
        self.held.append(runnable)

    def run(self, index: int = 0) -> None:
        self.held.pop(index).run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - the QThreadPool name
        return not self.held


def window_with(qtbot, vault) -> tuple[MainWindow, HeldPool, list[str]]:
    """A window whose jobs a HeldPool holds, and the people of ``vault``, the first of them a member since today."""
    ids = lists.people_ids(vault, lists.PeopleQuery())
    members.join(vault, ids[0], start=TODAY, today=TODAY)
    pool = HeldPool()
    window = MainWindow(WorkerBridge(pool))
    qtbot.addWidget(window)
    window.home.today = lambda: TODAY
    window.show()
    return window, pool, ids


def test_the_people_list_shows_its_first_rows_before_the_home_page_has_its_figures(qtbot, people_vault):
    window, pool, _ = window_with(qtbot, people_vault)
    home = window.home

    window.set_vault(people_vault)
    assert window.current_section() == "home" and home.isVisible()
    assert people_vault.get_meta("name") in home.heading.text()  # the page is there at once, its figures to come
    assert len(pool.held) == 1 and home.seen is None
    assert all(link.text() == "" for link in home.status_links.values())
    window.show_section("people")
    assert window.people.model.rowCount() == 1000 and window.people.model.data(window.people.model.index(0, 0))
    assert home.seen is None  # the rows came first

    wal = people_vault.path.with_name(people_vault.path.name + "-wal")
    written = wal.stat().st_size
    assert written > 0  # (the membership just added)
    pool.run()
    assert wal.stat().st_size == written  # the reading wrote nothing: not even a checkpoint when it closed
    window.show_section("home")
    pool.run()  # (shown again: read again)
    assert home.status_links["active"].text() == "Active: 1"
    assert home.status_links["none"].text() == "999 people are not members"
    assert home.renewals_link.text() == "0 renewals due this month"


def test_a_reading_superseded_or_ended_after_the_lock_is_not_shown(qtbot, people_vault):
    window, pool, ids = window_with(qtbot, people_vault)
    home = window.home
    window.set_vault(people_vault)  # a reading (one active member), held
    members.join(people_vault, ids[1], start=TODAY, today=TODAY)  # the page is shown: read again (two)
    assert len(pool.held) == 2 and pool.held[0].cancelled and not pool.held[1].cancelled  # the older one: stop

    pool.run(1)
    assert home.status_links["active"].text() == "Active: 2"
    pool.run(0)  # the older reading ends last: dropped
    assert home.status_links["active"].text() == "Active: 2"

    home.refresh()
    window.clear()  # the vault is locked while the figures are read
    assert pool.held[0].cancelled
    pool.run()
    assert home.seen is None and home.status_links["active"].text() == "" and home.heading.text() == ""

    window.set_vault(people_vault)  # unlocked again: read again, shown
    pool.run()
    assert home.status_links["active"].text() == "Active: 2"
