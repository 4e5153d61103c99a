"""The one bridge of the "vault changed" event to Qt: delivered on the GUI thread whoever committed, and the window's
lists, counter and editors refresh from it (a write made elsewhere: another connection, as a worker or, later, a
sync writes)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from commons_desktop.core.model import Person
from commons_desktop.ui.vault_bridge import VaultBridge
from commons_desktop.vault.events import VaultChanged
from commons_desktop.vault.people import People


def _elsewhere(vault, write) -> None:
    """Run ``write(connection)`` on another thread, through a second connection of the vault (a worker's)."""
    def run() -> None:
        other = vault.reopen()
        try:
            write(other)
        finally:
            other.close()
    thread = threading.Thread(target=run)
    thread.start()
    thread.join()


def test_a_commit_on_another_thread_arrives_on_the_gui_thread(qtbot, vault):
    bridge = VaultBridge()
    bridge.attach(vault)
    threads = []
    bridge.changed.connect(lambda event: threads.append((QThread.currentThread(), event)))
    with qtbot.waitSignal(bridge.changed, timeout=5000):
        _elsewhere(vault, lambda v: People(v).add(Person(given="Worker")))
    ((thread, event),) = threads
    assert thread is bridge.thread() and isinstance(event, VaultChanged) and event.entities == {"person"}
    People(vault).add(Person(given="Here"))  # on the GUI thread: delivered at once, before add returns
    assert len(threads) == 2
    bridge.attach(None)
    People(vault).add(Person(given="Not heard"))
    assert len(threads) == 2


def test_the_window_shows_what_another_connection_wrote(make_desktop, people_vault, qtbot):
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    window = desktop.window
    view = window.people
    assert view.model.rowCount() == 1000 and "1000" in window.vault_label.text().replace(",", "").replace("\u202f", "")
    first = view.model.id_at(0)
    view.select_id(first)
    assert view.editor.ident == first
    given = view.editor.form.given.text()

    def rename(v) -> None:
        People(v).update_fields(first, {"given": given + " Renamed"})
        People(v).add(Person(given="Aaron", family="Aaronson"))

    _elsewhere(people_vault, rename)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1001)
    assert "1001" in window.vault_label.text().replace(",", "").replace("\u202f", "")
    assert view.editor.form.given.text() == given + " Renamed"  # the open editor (no unsaved edits) read it again
    # unsaved edits are kept when the record changes elsewhere
    view.editor.form.given.setText("Mine")
    view.editor._changed()
    with qtbot.waitSignal(window.vault_events.changed, timeout=5000):
        _elsewhere(people_vault, lambda v: People(v).update_fields(first, {"given": "Theirs"}))
    assert view.editor.dirty and view.editor.form.given.text() == "Mine"
