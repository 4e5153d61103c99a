"""Person detail editor: add, edit, validate next to the field, Ctrl+S / Esc, history, delete, clipboard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from commons_desktop.services import lists
from commons_desktop.services.lists import PeopleQuery

from .conftest import type_date

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def view(make_desktop, people_vault, qtbot):
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    desktop.window.show_section("people")  # the vault opens on its home page
    desktop.window.activateWindow()
    qtbot.waitUntil(desktop.window.isActiveWindow)
    return desktop.window.people


def test_add_a_person_with_several_contacts(view, qtbot):
    qtbot.mouseClick(view.new_button, LEFT)
    editor = view.editor
    form = editor.form
    assert form.given.hasFocus()
    qtbot.keyClicks(form.given, "Zoe")
    form.given.setText("Zoé")  # QTest types ASCII only
    qtbot.keyClicks(form.family, "Aubert")
    for address in ("zoe@example.org", "z.aubert@travail.example"):
        qtbot.mouseClick(form.emails.add_button, LEFT)
        qtbot.keyClicks(form.emails.line_edit(form.emails.row_count() - 1, "address"), address)
    form.emails.line_edit(1, "kind").setCurrentIndex(form.emails.line_edit(1, "kind").findData("work"))
    qtbot.mouseClick(form.phones.add_button, LEFT)
    qtbot.keyClicks(form.phones.line_edit(0, "number"), "+32 470 11 22 33")
    qtbot.mouseClick(form.addresses.add_button, LEFT)
    qtbot.keyClicks(form.addresses.line_edit(0, "street"), "Rue Haute 12")
    qtbot.keyClicks(form.addresses.line_edit(0, "city"), "Bruxelles")
    form.tags.setText("bénévole, CA")
    qtbot.mouseClick(form.consents.add_button, LEFT)
    qtbot.keyClicks(form.consents.line_edit(0, "what"), "newsletter")
    type_date(qtbot, form.consents.line_edit(0, "given_on"), date(2026, 1, 15))
    qtbot.mouseClick(form.custom.add_button, LEFT)
    qtbot.keyClicks(form.custom.line_edit(0, "key"), "T-shirt")
    qtbot.keyClicks(form.custom.line_edit(0, "value"), "M")
    qtbot.keyClicks(form.notes, "Arrived in March.")
    assert editor.dirty and editor.save_button.isEnabled()
    qtbot.keyClick(form.notes, Qt.Key.Key_S, CTRL)
    assert not editor.dirty, editor.message.text()
    saved = lists.person(view.vault, editor.ident)
    assert (saved.given, saved.family) == ("Zoé", "Aubert")
    assert [(e.address, e.kind) for e in saved.emails] == [("zoe@example.org", "home"),
                                                           ("z.aubert@travail.example", "work")]
    assert saved.phones[0].number == "+32 470 11 22 33" and saved.addresses[0].city == "Bruxelles"
    assert sorted(saved.tags) == ["CA", "bénévole"]
    assert saved.consents[0].what == "newsletter" and saved.consents[0].given_on.isoformat() == "2026-01-15"
    assert saved.custom == {"T-shirt": "M"} and saved.notes == "Arrived in March."
    assert view.model.rowCount() == 1001
    assert view.selected_ids() == [editor.ident]  # the list shows and selects the new person


def test_validation_message_next_to_the_field(view, qtbot):
    view.select_row(0)
    form = view.editor.form
    qtbot.mouseClick(form.emails.add_button, LEFT)
    row = form.emails.row_count() - 1
    qtbot.keyClicks(form.emails.line_edit(row, "address"), "not-an-email")
    qtbot.mouseClick(view.editor.save_button, LEFT)
    assert view.editor.dirty
    assert form.emails.error.isVisible() and "not an email address" in form.emails.error.text()
    assert not form.errors["birth_date"].isVisible()
    form.emails.line_edit(row, "address").setText("fixed@example.org")
    type_date(qtbot, form.birth_date, date.today() + timedelta(days=400))
    qtbot.mouseClick(view.editor.save_button, LEFT)
    assert form.errors["birth_date"].isVisible() and "not a plausible" in form.errors["birth_date"].text()
    assert not form.emails.error.isVisible()
    assert form.birth_date.hasFocus()
    type_date(qtbot, form.birth_date, date(1990, 3, 4))
    qtbot.mouseClick(view.editor.save_button, LEFT)
    assert not view.editor.dirty
    assert "fixed@example.org" in [e.address for e in lists.person(view.vault, view.editor.ident).emails]
    form.given.clear()
    form.family.clear()
    form.family.textEdited.emit("")
    qtbot.mouseClick(view.editor.save_button, LEFT)
    assert "given or a family name" in form.errors["name"].text()


def test_escape_reverts_and_history_shows_the_change(view, qtbot):
    view.select_row(5)
    editor = view.editor
    ident, before = editor.ident, editor.form.family.text()
    qtbot.keyClicks(editor.form.family, "-Dupont")
    qtbot.keyClick(editor.form.family, Qt.Key.Key_Escape)
    assert not editor.dirty and editor.form.family.text() == before
    editor.form.family.setText("Dupont")
    editor.form.family.textEdited.emit("Dupont")
    qtbot.keyClick(editor.form.family, Qt.Key.Key_S, CTRL)
    assert lists.person(view.vault, ident).family == "Dupont"
    editor.tabs.setCurrentWidget(editor.history_page)
    assert editor.history.rowCount() == 2
    assert editor.history.item(0, 2).text() == "changed"
    assert editor.history.item(0, 3).text() == f"Family name: “{before}” → “Dupont”"  # the value it replaced too
    assert editor.history.item(1, 2).text() == "created"


def test_delete_a_person(view, qtbot):
    view.select_row(2)
    ident = view.editor.ident
    view.ask.answers.append(True)
    qtbot.mouseClick(view.editor.delete_button, LEFT)
    assert view.model.rowCount() == 999
    assert lists.people_count(view.vault, PeopleQuery()) == 999
    assert ident not in lists.people_ids(view.vault, PeopleQuery())
    assert view.editor.currentWidget() is view.editor.empty


def test_switching_person_with_unsaved_changes_asks(view, qtbot):
    view.select_row(0)
    qtbot.keyClicks(view.editor.form.notes, "to keep")
    ident = view.editor.ident
    view.ask.answers.append("save")
    view.select_row(1)
    assert lists.person(view.vault, ident).notes.endswith("to keep")
    assert view.editor.ident == view.model.id_at(1)


def test_copied_contact_is_cleared_from_the_clipboard(view, qtbot):
    view.select_row(0)
    editor = view.editor
    editor.clipboard.timer.setInterval(50)
    email = editor.form.emails.values()[0]["address"]
    qtbot.mouseClick(editor.copy_email, LEFT)
    assert QGuiApplication.clipboard().text() == email
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)


def test_organisation_add_edit_validate_delete(make_desktop, people_vault, qtbot):
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    window = desktop.window
    window.show_section("organisations")
    view = window.organisations
    assert view.model.rowCount() == 0
    qtbot.mouseClick(view.new_button, LEFT)
    form = view.editor.form
    qtbot.keyClicks(form.name, "Maison des Associations")
    qtbot.keyClicks(form.kind, "association")
    qtbot.keyClicks(form.website, "not a website")
    qtbot.mouseClick(view.editor.save_button, LEFT)
    assert form.errors["website"].isVisible() and "web address" in form.errors["website"].text()
    form.website.setText("https://mda.example.org")
    qtbot.mouseClick(form.emails.add_button, LEFT)
    qtbot.keyClicks(form.emails.line_edit(0, "address"), "contact@mda.example.org")
    qtbot.mouseClick(view.editor.save_button, LEFT)
    assert not view.editor.dirty
    assert view.model.rowCount() == 1
    ident = view.editor.ident
    org = lists.organisation(view.vault, ident)
    assert (org.name, org.kind, org.website) == ("Maison des Associations", "association", "https://mda.example.org")
    qtbot.keyClicks(view.search, "maison")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.id_at(0) == ident)
    view.ask.answers.append(True)
    qtbot.mouseClick(view.editor.delete_button, LEFT)
    assert view.model.rowCount() == 0


def test_undo_the_last_change_from_the_history(view, qtbot):
    view.select_row(3)
    editor = view.editor
    ident, before = editor.ident, editor.form.family.text()
    editor.form.family.setText("Changed")
    editor.form.family.textEdited.emit("Changed")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert lists.person(view.vault, ident).family == "Changed"
    editor.tabs.setCurrentWidget(editor.history_page)
    qtbot.mouseClick(editor.undo_button, LEFT)
    assert lists.person(view.vault, ident).family == before
    assert editor.form.family.text() == before and not editor.dirty
    assert editor.history.item(0, 3).text() == f"Family name: “Changed” → “{before}”"
    assert view.model.data(view.model.index(view.model.row_of(ident), 1)) == before


def test_relationships_of_a_person(view, qtbot):
    from commons_desktop.core.model import Organisation
    from commons_desktop.services.lists import save_organisation

    org_id = save_organisation(view.vault, None, Organisation(name="Syndicat des locataires"))
    view.select_row(0)
    editor = view.editor
    panel = editor.relationships
    editor.tabs.setCurrentWidget(panel)
    view.ask.answers.extend(["works there", "syndicat", "Syndicat des locataires — organisation"])
    qtbot.mouseClick(panel.add_button, LEFT)
    assert panel.list.count() == 1 and panel.list.item(0).text() == "works there: Syndicat des locataires"
    related = lists.related_people(view.vault, org_id)
    assert [(pid, kind) for pid, _n, kind in related] == [(editor.ident, "works_at")]
    panel.list.setCurrentRow(0)
    view.ask.answers.append(True)
    qtbot.mouseClick(panel.remove_button, LEFT)
    assert panel.list.count() == 0 and lists.related_people(view.vault, org_id) == []


def test_a_copied_contact_is_marked_secret_for_clipboard_managers(view, qtbot):
    """Klipper, GPaste... keep their history in a file: the copy carries the hint that keeps it out."""
    view.select_row(0)
    qtbot.mouseClick(view.editor.copy_email, LEFT)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == view.editor.form.emails.values()[0]["address"]
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"


def test_a_copied_contact_is_cleared_when_the_vault_locks(make_desktop, people_vault, qtbot):
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    view = desktop.window.people
    desktop.window.show_section("people")
    view.select_row(0)
    email = view.editor.form.emails.values()[0]["address"]
    qtbot.mouseClick(view.editor.copy_email, LEFT)
    assert QGuiApplication.clipboard().text() == email
    desktop.lock()
    assert QGuiApplication.clipboard().text() == ""
