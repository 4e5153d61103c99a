"""The history page reads like a diary: the name given in Settings as the author, the record's name, what each field
was and became; a change is undone from there, and a change that cannot be undone says why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from commons_desktop.core.model import Email, Person
from commons_desktop.services import lists
from commons_desktop.ui import format as fmt
from commons_desktop.vault import changelog

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    assert table.currentRow() == row


def test_settings_name_then_the_diary_and_its_undo(make_desktop, vault, qtbot):
    vault.author = ""  # as a vault opened on a computer where nobody gave their name yet
    ident = lists.save_person(vault, None, Person(given="Émilie", family="Dupré", emails=[Email("e@exemple.org")]))
    desktop = make_desktop()
    desktop.show_vault(vault)
    window = desktop.window

    desktop.show_settings()
    dialog = desktop.settings_dialog
    assert dialog.your_name.text() == ""
    qtbot.keyClicks(dialog.your_name, "Anne (secretary)")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert not dialog.isVisible()

    window.show_section("people")
    people = window.people
    people.open_person(ident)
    form = people.editor.form
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form.given.setFocus()
    qtbot.keyClick(form.given, Qt.Key.Key_End)
    qtbot.keyClick(form.given, Qt.Key.Key_Backspace)
    qtbot.keyClicks(form.given, "a")
    qtbot.keyClick(form.given, Qt.Key.Key_S, CTRL)
    assert lists.person(vault, ident).given == "Émilia"
    assert changelog.history(vault, ident, limit=1)[0].author == "Anne (secretary)"

    window.show_section("history")
    view = window.history
    table = view.table
    newest = changelog.history(vault, None, limit=1)[0]
    assert [table.item(0, c).text() for c in range(5)] == [
        fmt.moment(newest.hlc), "Anne (secretary)", "changed", "person: Émilia Dupré",
        "Given name: “Émilie” → “Émilia”"]
    created = table.rowCount() - 1
    assert table.item(created, 1).text() == "this computer (no name given)"  # before the name was given
    assert not view.undo_button.isEnabled()

    _click_row(qtbot, table, 0)
    assert view.selected.text().startswith(fmt.moment(newest.hlc) + " — changed by Anne (secretary): person")
    assert view.selected.text().endswith("Given name: “Émilie” → “Émilia”")
    assert view.undo_button.isEnabled() and view.why_not.text() == ""
    qtbot.mouseClick(view.undo_button, LEFT)
    assert lists.person(vault, ident).given == "Émilie"
    assert window.statusBar().currentMessage() == "Undone: given name"
    assert table.item(0, 4).text() == "Given name: “Émilia” → “Émilie”"  # the undo is a change of its own
    assert table.currentRow() == 1  # the change undone stays selected...
    assert not view.undo_button.isEnabled()  # ...and says why it cannot be undone twice
    assert view.why_not.text() == ("This change cannot be undone: given name changed again since. Undo the later "
                                   "change first.")

    _click_row(qtbot, table, table.rowCount() - 1)  # the creation
    assert table.item(table.rowCount() - 1, 2).text() == "created"
    assert not view.undo_button.isEnabled()
    assert "cannot be undone from the history" in view.why_not.text()


def test_the_person_history_tab_shows_lists_as_added_and_removed(make_desktop, vault, qtbot):
    vault.author = ""
    ident = lists.save_person(vault, None, Person(given="Jack", emails=[Email("jack@example.net")]))
    person = lists.person(vault, ident)
    person.emails = [Email("jack@work.example", "work")]
    lists.save_person(vault, ident, person)
    desktop = make_desktop()
    desktop.show_vault(vault)
    window = desktop.window
    window.show_section("people")
    window.people.open_person(ident)
    editor = window.people.editor
    editor.tabs.setCurrentWidget(editor.history_page)
    assert editor.history.item(0, 3).text() == ("Emails: added “jack@work.example (work)”, removed "
                                               "“jack@example.net (home)”")
    assert editor.history.item(0, 1).text() == "this computer (no name given)"


def test_the_diary_in_french(make_desktop, vault, qapp):
    from PySide6.QtCore import QLocale

    from commons_desktop.ui import i18n

    vault.author = ""
    ident = lists.save_person(vault, None, Person(given="Emilie", family="Dupré", emails=[Email("e@exemple.org")]))
    person = lists.person(vault, ident)
    person.given = "Émilie"
    person.emails = [Email("e@exemple.org"), Email("emilie@travail.example", "work")]
    lists.save_person(vault, ident, person)
    translations = i18n.Translations(qapp)
    translations.apply("fr")
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        desktop = make_desktop()
        desktop.show_vault(vault)
        window = desktop.window
        window.show_section("history")
        table = window.history.table
        assert [table.item(0, c).text() for c in (1, 2, 3, 4)] == [
            "cet ordinateur (aucun nom donné)", "modification", "personne : Émilie Dupré",
            "Prénom : « Emilie » → « Émilie »; E-mails : ajouté « emilie@travail.example (travail) »"]
        table.selectRow(0)
        assert window.history.undo_button.text() == "Annuler cette modification"
        assert window.history.selected.text().startswith(fmt.moment(changelog.history(vault, ident, limit=1)[0].hlc))
        window.show_section("tags")
        assert window.tags.rename_button.text() == "Renommer…"
    finally:
        translations.apply("en")
