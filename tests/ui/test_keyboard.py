"""Keyboard-only use: Tab walks the main window and the person editor in the order they are shown, and never
gets stuck inside a list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from commons_desktop.core.model import Address, Email, Person, Phone
from commons_desktop.services import lists

TAB = Qt.Key.Key_Tab


@pytest.fixture
def window(make_desktop, people_vault, qtbot):
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    desktop.window.show_section("people")  # the vault opens on its home page
    desktop.window.activateWindow()
    qtbot.waitUntil(desktop.window.isActiveWindow)
    return desktop.window


def tab_through(qtbot, start, count: int) -> list[str]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    names = [QApplication.focusWidget().accessibleName()]
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), TAB)
        names.append(QApplication.focusWidget().accessibleName())
    return names


def test_tab_walks_the_people_screen_and_leaves_the_list(window, qtbot):
    people = window.people
    people.select_row(0)
    names = tab_through(qtbot, window.sidebar, 13)
    assert names == ["Sections", "Search people", "Save this search", "Add a new person",
                     "Show only people with this tag", "Show only people with this membership status",
                     "Show the people of a saved search", "People",
                     "Tag the selected people", "Remove a tag from the selected people",
                     "Change the membership status of the selected people", "Export the selected people",
                     "Delete the selected people", names[13]]
    assert names[13] != "People"  # then on to the detail pane


def test_tab_walks_the_person_editor_in_order(window, qtbot):
    ident = lists.save_person(window.vault, None, Person(
        given="Zoé", family="Aubert", emails=[Email("zoe@example.org"), Email("z@travail.example", "work")],
        phones=[Phone("+32 470 11 22 33")], addresses=[Address(street="Rue Haute 12", city="Liège")]))
    people = window.people
    people.model.reload()  # added behind the list's back
    people.open_person(ident)
    form = people.editor.form
    assert form.given.text() == "Zoé"
    expected = [
        "Given name", "Family name", "Member number",
        "Email 1: Email address", "Email 1: Type", "Remove Email 1",
        "Email 2: Email address", "Email 2: Type", "Remove Email 2", "Add email",
        "Phone 1: Phone number", "Phone 1: Type", "Remove Phone 1", "Add phone",
        "Address 1: Street and number", "Address 1: Type", "Address 1: Postcode", "Address 1: City",
        "Address 1: Country", "Remove Address 1", "Add address",
        "Birth date", "Languages", "Tags", "Add consent", "Add custom field", "Notes", "Copy email", "Copy phone"]
    assert tab_through(qtbot, form.given, 28) == expected
    people.select_row(5)  # another person, then back: the rows are rebuilt and keep their place
    people.open_person(ident)
    qtbot.wait(10)
    assert tab_through(qtbot, form.given, 28) == expected
    qtbot.keyClicks(form.notes, "x")  # unsaved: Revert and Save can take the focus too
    tab_through(qtbot, form.given, 28)
    qtbot.keyClick(QApplication.focusWidget(), TAB)
    qtbot.keyClick(QApplication.focusWidget(), TAB)
    assert QApplication.focusWidget() is people.editor.revert_button
    qtbot.keyClick(QApplication.focusWidget(), TAB)
    assert QApplication.focusWidget() is people.editor.save_button
