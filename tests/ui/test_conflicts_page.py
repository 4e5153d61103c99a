"""The Conflicts page like a user: two real vaults made to conflict through replication (wire / apply_remote), the
page opened from the navigation (its badge counts the open ones), Keep theirs / mine / both clicked, the vault read
back; a resolution received from the other laptop closes the row through the "vault changed" bridge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from commons_desktop.core.model import Email, Person
from commons_desktop.services import conflicts as service
from commons_desktop.ui.main_window import MainWindow
from commons_desktop.ui.worker import SynchronousPool, WorkerBridge
from commons_desktop.vault import replication
from commons_desktop.vault import team as team_store
from commons_desktop.vault.people import People
from tests.vault.replicas import Clock, exchange, open_replicas, send


@pytest.fixture
def ab(vault_template, tmp_path):
    clocks = {"a": Clock(), "b": Clock()}
    vaults = open_replicas(vault_template, tmp_path, ["a", "b"], clocks)
    a, b = vaults["a"], vaults["b"]
    ident = People(a).add(Person(given="Ada", family="Byron", emails=[Email("ada@x.org", "home")])).id
    send(a, b)
    for c in clocks.values():
        c.tick(1)
    yield a, b, ident, clocks
    a.close()
    b.close()


def _window(qtbot, vault) -> MainWindow:
    window = MainWindow(WorkerBridge(SynchronousPool()))
    qtbot.addWidget(window)
    window.set_vault(vault)
    window.show()
    return window


def _open_conflicts(qtbot, window: MainWindow) -> None:
    item = window.sidebar.item(window.SECTIONS.index("conflicts"))
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.conflicts)


def _badge(window: MainWindow) -> str:
    return window.sidebar.item(window.SECTIONS.index("conflicts")).text()


def _cells(page, row: int) -> list[str]:
    return [page.table.item(row, col).toolTip() for col in range(page.table.columnCount())]


def test_keep_theirs_writes_their_value_and_the_other_laptop_closes_its_row(qtbot, ab):
    a, b, ident, clocks = ab
    People(a).update_fields(ident, {"family": "King"})
    clocks["b"].tick(1)
    People(b).update_fields(ident, {"family": "Lovelace"})
    on_a, on_b = _window(qtbot, a), _window(qtbot, b)
    assert _badge(on_b) == "Conflicts"
    exchange([a, b])  # the received changes reach both windows through the vault-changed bridge
    qtbot.waitUntil(lambda: _badge(on_b) == "Conflicts (1)" and _badge(on_a) == "Conflicts (1)")
    _open_conflicts(qtbot, on_b)
    page = on_b.conflicts
    assert page.body.currentWidget() is page.table
    assert _cells(page, 0) == ["Ada Lovelace", "family name", "Lovelace", "King"]
    assert page.mine.text() == "Lovelace" and page.theirs.text() == "King"
    # who set each value, on which laptop (its name, as the team's indexes carry it), and when
    team_store.set_name(b, replication.device_id(a), "Secrétariat")
    page.refresh()
    assert page.mine_title.text().startswith("<b>Mine (this laptop)</b> — changed ")
    assert page.mine_title.text().endswith(f" by b on laptop {replication.device_id(b)[:8]}")
    assert page.theirs_title.text().endswith(" by a on Secrétariat")
    assert not page.keep_both.isEnabled()  # one value: mine or theirs
    qtbot.mouseClick(page.keep_theirs, Qt.MouseButton.LeftButton)
    assert People(b).get(ident).family == "King"
    assert service.listed(b) == []
    qtbot.waitUntil(lambda: page.body.currentWidget() is page.empty and _badge(on_b) == "Conflicts")
    assert page.empty.isVisible() and "Nothing to resolve" in page.empty.text()
    _open_conflicts(qtbot, on_a)
    assert on_a.conflicts.table.rowCount() == 1
    send(b, a)  # the resolution arrives from the other laptop: a's row closes
    qtbot.waitUntil(lambda: on_a.conflicts.table.rowCount() == 0 and _badge(on_a) == "Conflicts")
    assert People(a).get(ident).family == "King" and service.listed(a) == []


def test_keep_mine_and_keep_both_of_a_list_element(qtbot, ab):
    a, b, ident, clocks = ab
    People(a).update_fields(ident, {"emails": [{"address": "ada@x.org", "kind": "work"}]})
    People(a).update_fields(ident, {"given": "Augusta"})
    clocks["b"].tick(1)
    People(b).update_fields(ident, {"emails": [{"address": "ada@x.org", "kind": "other"}]})
    People(b).update_fields(ident, {"given": "Ada A."})
    exchange([a, b])
    window = _window(qtbot, a)
    _open_conflicts(qtbot, window)
    page = window.conflicts
    assert _badge(window) == "Conflicts (2)"
    rows = {_cells(page, r)[1]: r for r in range(page.table.rowCount())}
    assert set(rows) == {"given name", "emails: one element"}
    page.table.setCurrentCell(rows["given name"], 0)
    assert (page.mine.text(), page.theirs.text()) == ("Augusta", "Ada A.")
    qtbot.mouseClick(page.keep_mine, Qt.MouseButton.LeftButton)
    assert People(a).get(ident).given == "Augusta"
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and _badge(window) == "Conflicts (1)")
    page.table.setCurrentCell(0, 0)
    assert (page.mine.text(), page.theirs.text()) == ("ada@x.org (work)", "ada@x.org (other)")
    assert page.keep_both.isEnabled()
    qtbot.mouseClick(page.keep_both, Qt.MouseButton.LeftButton)
    assert sorted(e.kind for e in People(a).get(ident).emails) == ["other", "work"]
    qtbot.waitUntil(lambda: page.body.currentWidget() is page.empty)
    assert service.listed(a) == []


def test_nothing_to_resolve(qtbot, vault):
    window = _window(qtbot, vault)
    _open_conflicts(qtbot, window)
    page = window.conflicts
    assert page.empty.isVisible() and not page.table.isVisible() and not page.keep_theirs.isVisible()
    assert _badge(window) == "Conflicts"


def test_a_notice_is_acknowledged(qtbot, ab):
    a, b, ident, clocks = ab
    People(a).delete(ident)
    People(b).update_fields(ident, {"notes": "called today"})
    exchange([a, b])
    window = _window(qtbot, b)
    _open_conflicts(qtbot, window)
    page = window.conflicts
    assert _cells(page, 0)[:2] == ["Ada Byron", "Another laptop deleted this record, but it had been edited here: "
                                                "it was kept."]
    assert page.seen.isVisible() and not page.keep_theirs.isVisible() and not page.mine.isVisible()
    qtbot.mouseClick(page.seen, Qt.MouseButton.LeftButton)  # a notice changes no record: the page reads again itself
    qtbot.waitUntil(lambda: page.body.currentWidget() is page.empty and _badge(window) == "Conflicts")
    assert service.listed(b) == [] and People(b).get(ident).notes == "called today"


def test_the_status_bars_conflicts_link_opens_the_page_when_records_wait(qtbot, ab):
    a, b, ident, clocks = ab
    window = _window(qtbot, a)
    window.show_conflicts()  # no record waits: the Servers page (documents changed on a server)
    assert window.current_section() == "servers"
    People(a).update_fields(ident, {"family": "King"})
    clocks["b"].tick(1)
    People(b).update_fields(ident, {"family": "Lovelace"})
    send(b, a)
    qtbot.waitUntil(lambda: _badge(window) == "Conflicts (1)")
    window.show_conflicts()
    assert window.current_section() == "conflicts"


def test_a_tag_kept_against_an_address_book_is_said(qtbot, vault):
    """The contacts sync's notice (services/sync_contacts.py): the tag that shares a record with an address book,
    removed there, was kept."""
    from commons_desktop.vault import conflicts
    ident = People(vault).add(Person(given="Ada", family="Byron")).id
    with vault.transaction():
        conflicts.add(vault, conflicts.NOTICE, conflicts.KEPT_TAG, "person", ident, remote_hlc=vault.hlc.now(),
                      remote_device="carddav-1", field="tags", element="carnet", local="carnet")
    window = _window(qtbot, vault)
    _open_conflicts(qtbot, window)
    page = window.conflicts
    assert _cells(page, 0)[:2] == ["Ada Byron", "An address book removed the tag that shares this record there: the "
                                                "tag was kept, and the record's card sent back with it."]
    assert page.seen.isVisible() and not page.keep_theirs.isVisible()


def test_an_address_books_unknown_organisation_and_unmapped_link_are_said_with_what_the_card_said(qtbot, vault,
                                                                                                  language):
    """The contacts sync's notices for links it could not map (services/sync_contacts.py), in English and French,
    naming what the card said."""
    from commons_desktop.vault import conflicts
    ident = People(vault).add(Person(given="Ada", family="Byron")).id
    with vault.transaction():
        conflicts.add(vault, conflicts.NOTICE, conflicts.UNKNOWN_ORG, "person", ident, remote_hlc=vault.hlc.now(),
                      remote_device="carddav-1", field="relationships", element="Coop Inconnue",
                      remote="Coop Inconnue")
        conflicts.add(vault, conflicts.NOTICE, conflicts.UNMAPPED_LINK, "person", ident, remote_hlc=vault.hlc.now(),
                      remote_device="carddav-1", field="relationships", element="urn:uuid:0f0e", remote="urn:uuid:0f0e")
    window = _window(qtbot, vault)
    _open_conflicts(qtbot, window)
    said = sorted(_cells(window.conflicts, row)[1] for row in range(2))
    words = {"en": ["An address book's card links this person to “urn:uuid:0f0e”, who is no one in this vault (or by "
                    "a kind of link it does not know): the link was not kept.",
                    "An address book's card names the organisation “Coop Inconnue”, which this vault does not know: "
                    "no organisation was made, and the person's links were kept."],
             "fr": ["Une carte d’un carnet d’adresses nomme l’organisation « Coop Inconnue », que ce coffre ne connaît "
                    "pas : aucune organisation n’a été créée, et les liens de la personne ont été gardés.",
                    "Une carte d’un carnet d’adresses relie cette personne à « urn:uuid:0f0e », qui n’est personne "
                    "dans ce coffre (ou par un type de lien qu’il ne connaît pas) : ce lien n’a pas été gardé."]}
    assert said == sorted(words[language])
