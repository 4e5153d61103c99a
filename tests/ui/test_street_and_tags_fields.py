"""The person and organisation forms: a street of several lines is shown and edited as several lines, and a tag
holding a comma can be typed (a comma inside a tag after a backslash, as in a spreadsheet's tags cell)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from commons_desktop.core.model import Address, Organisation, Person
from commons_desktop.services import lists

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(make_desktop, vault, qtbot):
    desktop = make_desktop()
    desktop.show_vault(vault)
    window = desktop.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_a_street_of_two_lines_and_a_tag_with_a_comma(window, vault, qtbot):
    ident = lists.save_person(vault, None, Person(given="Jack", family="Smith", tags=["committee, parties"],
                                                  addresses=[Address("12 High Street\nFlat 3", "LS1 4AP", "Leeds")]))
    window.show_section("people")
    people = window.people
    people.open_person(ident)
    form = people.editor.form
    street = form.addresses.line_edit(0, "street")
    assert street.toPlainText() == "12 High Street\nFlat 3"  # both lines, shown as lines
    assert street.height() >= 2 * street.fontMetrics().lineSpacing()
    assert form.tags.text() == "committee\\, parties"

    qtbot.mouseClick(street.viewport(), LEFT)
    street.moveCursor(street.textCursor().MoveOperation.End)
    qtbot.keyClick(street, Qt.Key.Key_Return)
    qtbot.keyClicks(street, "Second floor")
    assert people.editor.dirty
    qtbot.keyClick(street, Qt.Key.Key_Tab)  # Tab leaves the street for the next field, it types no tab
    assert "\t" not in street.toPlainText() and not street.hasFocus()
    form.tags.setFocus()
    form.tags.end(False)
    qtbot.keyClicks(form.tags, ", volunteer, a\\\\b, volunteer")  # typed: a\\b (a backslash in a tag)
    qtbot.keyClick(form.tags, Qt.Key.Key_S, CTRL)
    saved = lists.person(vault, ident)
    assert saved.addresses[0].street == "12 High Street\nFlat 3\nSecond floor"
    assert sorted(saved.tags) == ["a\\b", "committee, parties", "volunteer"]
    people.open_person(ident)
    assert form.addresses.line_edit(0, "street").toPlainText() == "12 High Street\nFlat 3\nSecond floor"
    shown = form.tags.text()
    assert "committee\\, parties" in shown and "a\\\\b" in shown


def test_a_new_address_row_of_an_organisation_takes_several_lines(window, vault, qtbot):
    ident = lists.save_organisation(vault, None, Organisation(name="Maison du Peuple"))
    window.show_section("organisations")
    editor = window.organisations.editor
    assert editor.load(ident)
    form = editor.form
    qtbot.mouseClick(form.addresses.add_button, LEFT)
    street = form.addresses.line_edit(0, "street")
    assert street.hasFocus()
    qtbot.keyClicks(street, "Rue Haute 12")
    qtbot.keyClick(street, Qt.Key.Key_Return)
    qtbot.keyClicks(street, "Building B")
    qtbot.keyClicks(form.addresses.line_edit(0, "city"), "Namur")
    qtbot.keyClicks(form.tags, "partner\\, federation")
    qtbot.keyClick(form.tags, Qt.Key.Key_S, CTRL)
    org = lists.organisation(vault, ident)
    assert [(a.street, a.city) for a in org.addresses] == [("Rue Haute 12\nBuilding B", "Namur")]
    assert org.tags == ["partner, federation"]
