"""A first, empty vault says what to do first (import a spreadsheet, add a person, add an organisation) instead of an
empty list; "Welcome back" names the collective of the vault to unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commons_desktop.services import lists
from commons_desktop.ui.exchange.import_dialog import ImportDialog
from commons_desktop.ui.welcome import first_steps

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
STRONG = "seven purple tenants share one courtyard"


def _create(desktop, qtbot, name: str) -> None:
    desktop.start()
    dialog = desktop.start_dialog
    qtbot.mouseClick(dialog.create_button, LEFT)
    panel = dialog.create_panel
    qtbot.keyClicks(panel.name, name)
    qtbot.keyClicks(panel.passphrase, STRONG)
    qtbot.keyClicks(panel.repeat, STRONG)
    qtbot.mouseClick(panel.create_button, LEFT)
    assert desktop.start_dialog is None and desktop.vault is not None


def test_an_empty_vault_says_what_to_do_first(make_desktop, qtbot):
    desktop = make_desktop()
    _create(desktop, qtbot, "Tenants of the High Street")
    window = desktop.window
    people = window.people
    assert window.current_section() == "people"
    assert people.list_or_steps.currentWidget() is people.first_steps  # not an empty list
    steps = people.first_steps
    assert list(steps.buttons) == ["import", "person", "organisation", "join"]  # only what exists (join: a team)
    assert all(b.isVisible() and b.isEnabled() for b in steps.buttons.values())

    qtbot.mouseClick(steps.buttons["import"], LEFT)
    dialog = window.exchange.dialogs["import"]
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    dialog.reject()

    qtbot.mouseClick(steps.buttons["person"], LEFT)
    editor = people.editor
    assert editor.ident is None and editor.currentWidget() is not editor.empty
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor.form.given.setFocus()
    qtbot.keyClicks(editor.form.given, "Jack")
    qtbot.keyClick(editor.form.given, Qt.Key.Key_S, CTRL)
    assert lists.people_count(desktop.vault) == 1
    assert people.list_or_steps.currentWidget() is people.table  # somebody in it now: the list
    people.search.setText("nobody matches this")
    people.apply_search()
    assert people.model.rowCount() == 0 and people.list_or_steps.currentWidget() is people.table


def test_the_organisation_step_and_the_hook_for_more(make_desktop, qtbot, monkeypatch):
    monkeypatch.setattr(first_steps, "EXTRA_STEPS", [lambda: first_steps.Step("team", "Join a team…", "Later.")])
    desktop = make_desktop()
    _create(desktop, qtbot, "Union section")
    window = desktop.window
    steps = window.people.first_steps
    assert list(steps.buttons) == ["import", "person", "organisation", "team"]
    qtbot.mouseClick(steps.buttons["organisation"], LEFT)
    assert window.current_section() == "organisations"
    assert window.organisations.editor.ident is None
    assert window.organisations.editor.currentWidget() is not window.organisations.editor.empty


def test_welcome_back_names_the_collective(make_desktop, qtbot, dirs):
    first = make_desktop()
    _create(first, qtbot, "Locataires de la Rue Haute")
    first.quit()
    later = make_desktop()
    later.start()
    dialog = later.start_dialog
    assert dialog.welcome_heading.text().startswith("<h2>Welcome back, Locataires de la Rue Haute</h2>")
    assert dialog.recent.item(0).text().split("\n")[0] == "Locataires de la Rue Haute"
    assert "Locataires de la Rue Haute" in (dirs.config / "desktop.json").read_text("utf-8")
