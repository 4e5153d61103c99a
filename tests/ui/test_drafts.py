"""Unsaved edits across a lock, in every editor (person, organisation, membership, contribution, document): every
kind of field is edited, the vault is locked (Ctrl+L or idle) and unlocked, the draft comes back exactly as savable
as before, is saved, and the record read back from the vault is what was typed. The draft itself is a plain,
typed snapshot (dates are dates, an amount a Decimal)."""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from commons_desktop.core.model import Address, Consent, Email, MembershipType, Organisation, Person, Phone
from commons_desktop.services import documents, lists, members
from commons_desktop.ui.drafts import Draft

from .conftest import PASSPHRASE, type_date

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = date(2026, 3, 1)


@pytest.fixture
def desktop(make_desktop, people_vault, qtbot):
    d = make_desktop()
    d.show_vault(people_vault)
    d.window.show_section("people")  # the vault opens on its home page
    d.window.people.editor.membership.today = lambda: TODAY
    d.window.activateWindow()
    qtbot.waitUntil(d.window.isActiveWindow)
    return d


def lock_and_unlock(desktop, qtbot, clock=None) -> None:
    """Ctrl+L (or, given the clock, the idle time running out), then the passphrase typed in the unlock dialog."""
    window = desktop.window
    if clock is None:
        qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    else:
        clock.advance(desktop.config.idle_minutes * 60 + 1)
        desktop.idle.check()
    assert desktop.vault is None and desktop.unlock_dialog is not None
    panel = desktop.unlock_dialog.panel
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.vault is not None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def replace_text(qtbot, widget, text: str) -> None:
    """Select what a field holds (Ctrl+A) and type over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def clear_date(qtbot, field) -> None:
    """The clear button of an optional date: "No date"."""
    button = next(b for b in field.lineEdit().findChildren(QToolButton) if b.isVisible())
    qtbot.mouseClick(button, LEFT)
    assert field.value() is None


def choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def assert_typed(value, hint=typing.Any, where: str = "record") -> None:
    """Every field of a record (and of its rows) holds a value of its declared type: no date left as text."""
    if dataclasses.is_dataclass(value):
        hints = typing.get_type_hints(type(value))
        for f in dataclasses.fields(value):
            assert_typed(getattr(value, f.name), hints[f.name], f"{where}.{f.name}")
        return
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is typing.Any:
        return
    if origin in (typing.Union, types.UnionType):
        assert any(_fits(value, a) for a in args), f"{where}: {value!r} is not a {hint}"
        for a in args:
            if _fits(value, a):
                assert_typed(value, a, where)
                return
    elif origin is list:
        assert isinstance(value, list), where
        for i, item in enumerate(value):
            assert_typed(item, args[0], f"{where}[{i}]")
    elif origin is dict:
        assert isinstance(value, dict) and all(isinstance(k, args[0]) and isinstance(v, args[1])
                                               for k, v in value.items()), where
    elif origin is tuple:
        assert isinstance(value, tuple), where
    else:
        assert _fits(value, hint), f"{where}: {value!r} is not a {hint}"


def _fits(value, hint) -> bool:
    origin = typing.get_origin(hint) or hint
    if hint is type(None):
        return value is None
    if origin is date:
        return type(value) is date
    return isinstance(value, origin)


def pending_of(desktop, section: str) -> Draft:
    draft = desktop.window.pending_edits()[section]
    assert_typed(draft.record)
    for _name, inner in draft.inner:
        assert_typed(inner.record)
    return draft


# -- person ---------------------------------------------------------------------------------------------------
def test_a_person_edit_survives_ctrl_l_and_saves(desktop, qtbot):
    vault = desktop.vault
    ident = lists.save_person(vault, None, Person(
        given="Ada", family="Martin", emails=[Email("ada@example.org")], phones=[Phone("+33 6 12 34 56 78")],
        addresses=[Address("Rue Haute 1", "75001", "Paris", "Île-de-France", "France")], birth_date=date(1962, 7, 14),
        languages=["fr"], notes="Old note", consents=[Consent("newsletter", date(2024, 1, 2), date(2027, 1, 1))],
        custom={"T-shirt": "M"}, tags=["bénévole"]))
    people = desktop.window.people
    people.open_person(ident)
    editor = people.editor
    form = editor.form
    assert editor.ident == ident
    assert form.birth_date.value() == date(1962, 7, 14) and form.birth_date.text() == "07/14/1962"

    qtbot.keyClicks(form.given, " Marie")
    replace_text(qtbot, form.family, "Martin-Dupont")
    choose(form.emails.line_edit(0, "kind"), "work")
    qtbot.mouseClick(form.emails.add_button, LEFT)
    qtbot.keyClicks(form.emails.line_edit(1, "address"), "ada@maison.example")
    replace_text(qtbot, form.phones.line_edit(0, "number"), "+32 470 11 22 33")
    replace_text(qtbot, form.addresses.line_edit(0, "city"), "Lyon")
    replace_text(qtbot, form.addresses.line_edit(0, "postcode"), "69001")
    type_date(qtbot, form.birth_date, date(1963, 8, 15))
    qtbot.keyClicks(form.languages, ", en")
    qtbot.keyClicks(form.tags, ", CA")
    clear_date(qtbot, form.consents.line_edit(0, "until"))
    qtbot.mouseClick(form.consents.add_button, LEFT)
    qtbot.keyClicks(form.consents.line_edit(1, "what"), "photos")
    type_date(qtbot, form.consents.line_edit(1, "given_on"), date(2025, 5, 6))
    replace_text(qtbot, form.custom.line_edit(0, "value"), "L")
    qtbot.keyClick(form.notes, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(form.notes, " New line")
    before = form.record()
    assert editor.dirty
    assert pending_of(desktop, "people").record == before

    lock_and_unlock(desktop, qtbot)

    assert editor.ident == ident and editor.dirty
    assert editor.save_button.isEnabled() and editor.revert_button.isEnabled()
    assert form.record() == before
    assert form.birth_date.text() == "08/15/1963"
    assert people.selected_ids() == [ident]
    form.notes.setFocus()
    qtbot.keyClick(form.notes, Qt.Key.Key_S, CTRL)
    assert not editor.dirty, editor.message.text()

    saved = lists.person(desktop.vault, ident)
    assert (saved.given, saved.family) == ("Ada Marie", "Martin-Dupont")
    assert [(e.address, e.kind) for e in saved.emails] == [("ada@example.org", "work"), ("ada@maison.example", "home")]
    assert [p.number for p in saved.phones] == ["+32 470 11 22 33"]
    assert saved.addresses == [Address("Rue Haute 1", "69001", "Lyon", "Île-de-France", "France")]
    assert saved.birth_date == date(1963, 8, 15)
    assert saved.languages == ["fr", "en"] and sorted(saved.tags) == ["CA", "bénévole"]
    assert saved.consents == [Consent("newsletter", date(2024, 1, 2), None), Consent("photos", date(2025, 5, 6))]
    assert saved.custom == {"T-shirt": "L"} and saved.notes == "Old note New line"


def test_a_new_person_survives_the_idle_lock(desktop, qtbot, clock):
    people = desktop.window.people
    qtbot.mouseClick(people.new_button, LEFT)
    form = people.editor.form
    qtbot.keyClicks(form.family, "Nouvelle")
    type_date(qtbot, form.birth_date, date(2001, 2, 3))
    lock_and_unlock(desktop, qtbot, clock)
    assert people.editor.ident is None and people.editor.dirty and form.family.text() == "Nouvelle"
    qtbot.mouseClick(people.editor.save_button, LEFT)
    saved = lists.person(desktop.vault, people.editor.ident)
    assert (saved.family, saved.birth_date) == ("Nouvelle", date(2001, 2, 3))


def test_no_date_is_saved_as_no_date(desktop, qtbot):
    """An optional date left empty (or emptied) is stored as no date, never as a default day."""
    people = desktop.window.people
    people.select_row(0)
    ident, form = people.editor.ident, people.editor.form
    assert form.birth_date.value() is None and form.birth_date.text() == "No date"
    qtbot.keyClicks(form.notes, "!")
    qtbot.mouseClick(people.editor.save_button, LEFT)
    assert lists.person(desktop.vault, ident).birth_date is None
    type_date(qtbot, form.birth_date, date(1990, 1, 2))
    qtbot.mouseClick(people.editor.save_button, LEFT)
    assert lists.person(desktop.vault, ident).birth_date == date(1990, 1, 2)
    qtbot.keyClick(form.birth_date, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(form.birth_date, Qt.Key.Key_Delete)
    assert form.birth_date.value() is None and people.editor.dirty
    qtbot.mouseClick(people.editor.save_button, LEFT)
    assert lists.person(desktop.vault, ident).birth_date is None


# -- organisation ---------------------------------------------------------------------------------------------
def test_an_organisation_edit_survives_the_idle_lock_and_saves(desktop, qtbot, clock):
    ident = lists.save_organisation(desktop.vault, None, Organisation(
        name="Amicale", kind="club", website="https://amicale.example", emails=[Email("a@amicale.example", "work")],
        phones=[Phone("+32 2 123 45 67", "work")], addresses=[Address("Rue Basse 2", "1000", "Bruxelles", "",
                                                                       "Belgique", "work")],
        notes="Note", custom={"SIRET": "123"}, tags=["partenaire"]))
    window = desktop.window
    window.show_section("organisations")
    view = window.organisations
    view.model.reload()  # (added behind the list's back)
    view.select_row(0)
    editor, form = view.editor, view.editor.form
    qtbot.keyClicks(form.name, " des locataires")
    replace_text(qtbot, form.kind, "association")
    replace_text(qtbot, form.website, "https://locataires.example")
    replace_text(qtbot, form.emails.line_edit(0, "address"), "contact@locataires.example")
    choose(form.phones.line_edit(0, "kind"), "mobile")
    qtbot.mouseClick(form.addresses.add_button, LEFT)
    qtbot.keyClicks(form.addresses.line_edit(1, "street"), "Place Verte 3")
    qtbot.keyClicks(form.addresses.line_edit(1, "city"), "Liege")  # (QTest types ASCII only)
    qtbot.keyClicks(form.tags, ", federation")
    qtbot.mouseClick(form.custom.add_button, LEFT)
    qtbot.keyClicks(form.custom.line_edit(1, "key"), "IBAN")
    qtbot.keyClicks(form.custom.line_edit(1, "value"), "BE00")
    qtbot.keyClick(form.notes, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(form.notes, " more")
    before = form.record()
    assert pending_of(desktop, "organisations").record == before

    lock_and_unlock(desktop, qtbot, clock)

    assert window.current_section() == "organisations"
    assert editor.ident == ident and editor.dirty and editor.save_button.isEnabled()
    assert form.record() == before and view.selected_id() == ident
    qtbot.mouseClick(editor.save_button, LEFT)
    assert not editor.dirty, editor.message.text()
    org = lists.organisation(desktop.vault, ident)
    assert (org.name, org.kind, org.website) == ("Amicale des locataires", "association", "https://locataires.example")
    assert org.emails == [Email("contact@locataires.example", "work")]
    assert org.phones == [Phone("+32 2 123 45 67", "mobile")]
    assert org.addresses[1] == Address("Place Verte 3", "", "Liege", "", "", "home")
    assert sorted(org.tags) == ["federation", "partenaire"]
    assert org.custom == {"SIRET": "123", "IBAN": "BE00"} and org.notes == "Note more"


# -- membership and contribution (inside the person editor) -------------------------------------------------
def test_a_membership_edit_survives_ctrl_l_and_saves(desktop, qtbot):
    people = desktop.window.people
    people.select_row(0)
    ident = people.editor.ident
    kept = members.join(desktop.vault, ident, start=date(2025, 1, 1), end=date(2025, 12, 31))
    first = members.join(desktop.vault, ident, start=date(2026, 1, 1), end=date(2026, 12, 31), notes="first")
    supporter = members.add_type(desktop.vault, MembershipType("Supporter")).code  # one of the vault's types
    panel = people.editor.membership
    people.editor.tabs.setCurrentWidget(panel)
    panel.refresh()
    panel.memberships.selectRow(panel.membership_ids.index(first.id))
    editor = panel.membership_editor
    form = editor.form
    assert editor.ident == first.id and form.start.text() == "01/01/2026"
    choose(form.type, supporter)
    choose(form.status, "honorary")
    type_date(qtbot, form.start, date(2026, 2, 1))
    clear_date(qtbot, form.end)  # an open-ended membership
    qtbot.keyClick(form.notes, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(form.notes, " and more")
    before = form.record()
    draft = pending_of(desktop, "people")
    assert not draft.dirty and dict(draft.inner)["membership"].record == before

    lock_and_unlock(desktop, qtbot)

    editor = desktop.window.people.editor.membership.membership_editor
    assert people.editor.ident == ident and people.editor.tabs.currentWidget() is panel
    assert editor.ident == first.id and editor.dirty and editor.save_button.isEnabled()
    assert editor.form.record() == before
    assert panel.memberships.selectionModel().isRowSelected(panel.membership_ids.index(first.id))
    editor.form.notes.setFocus()
    qtbot.keyClick(editor.form.notes, Qt.Key.Key_S, CTRL)  # Ctrl+S saves the form that has the focus
    assert not editor.dirty and not people.editor.dirty, editor.message.text()
    saved = members.membership(desktop.vault, first.id)
    assert (saved.type, saved.status, saved.start, saved.end, saved.notes) == (
        supporter, "honorary", date(2026, 2, 1), None, "first and more")
    assert members.membership(desktop.vault, kept.id) == kept


def test_a_new_contribution_and_the_person_survive_a_lock_together(desktop, qtbot):
    people = desktop.window.people
    people.select_row(3)
    ident = people.editor.ident
    qtbot.keyClicks(people.editor.form.notes, "called back")
    panel = people.editor.membership
    people.editor.tabs.setCurrentWidget(panel)
    editor = panel.contribution_editor
    form = editor.form
    replace_text(qtbot, form.amount, "42.5")
    replace_text(qtbot, form.currency, "CHF")
    type_date(qtbot, form.date, date(2026, 2, 14))
    choose(form.method, "cheque")
    choose(form.kind, "donation")
    type_date(qtbot, form.period_start, date(2026, 1, 1))
    type_date(qtbot, form.period_end, date(2026, 6, 30))
    qtbot.keyClicks(form.notes, "for the strike fund")
    before = form.record()
    assert before.amount == Decimal("42.50")
    draft = pending_of(desktop, "people")
    assert draft.dirty and dict(draft.inner)["contribution"].record == before

    lock_and_unlock(desktop, qtbot)

    editor = people.editor.membership.contribution_editor
    assert people.editor.ident == ident and people.editor.dirty
    assert people.editor.form.notes.toPlainText().endswith("called back")
    assert editor.ident is None and editor.dirty and editor.form.record() == before
    qtbot.mouseClick(editor.save_button, LEFT)
    assert not editor.dirty, editor.message.text()
    assert people.editor.dirty  # the person's own edit is still there, unsaved
    paid = members.list_contributions(desktop.vault, person_id=ident)
    assert len(paid) == 1
    c = paid[0]
    assert (c.amount, c.currency, c.date, c.method, c.kind, c.period_start, c.period_end, c.notes) == (
        Decimal("42.50"), "CHF", date(2026, 2, 14), "cheque", "donation", date(2026, 1, 1), date(2026, 6, 30),
        "for the strike fund")
    qtbot.mouseClick(people.editor.save_button, LEFT)
    assert lists.person(desktop.vault, ident).notes.endswith("called back")


def test_an_existing_contribution_edit_survives_a_lock(desktop, qtbot):
    people = desktop.window.people
    people.select_row(0)
    ident = people.editor.ident
    stored = members.add_contribution(desktop.vault, ident, "10", when=date(2026, 1, 5), period_start=date(2026, 1, 1),
                                      period_end=date(2026, 12, 31))
    panel = people.editor.membership
    people.editor.tabs.setCurrentWidget(panel)
    panel.refresh()
    panel.contributions.selectRow(0)
    editor = panel.contribution_editor
    assert editor.ident == stored.id and editor.form.amount.value() == 10
    replace_text(qtbot, editor.form.amount, "12")
    clear_date(qtbot, editor.form.period_end)
    lock_and_unlock(desktop, qtbot)
    editor = people.editor.membership.contribution_editor
    assert editor.ident == stored.id and editor.dirty
    qtbot.mouseClick(editor.save_button, LEFT)
    saved = members.contribution(desktop.vault, stored.id)
    assert (saved.amount, saved.period_start, saved.period_end) == (Decimal("12.00"), date(2026, 1, 1), None)


# -- document -------------------------------------------------------------------------------------------------
def test_a_document_title_and_tags_survive_ctrl_l_and_save(desktop, qtbot, tmp_path):
    path = tmp_path / "statuts.txt"
    path.write_text("Article 1")
    doc = documents.add_file(desktop.vault, path, title="Statuts")
    window = desktop.window
    window.show_section("documents")
    view = window.documents
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)
    editor, form = view.editor, view.editor.form
    assert editor.ident == doc.id and form.title.text() == "Statuts"
    qtbot.keyClicks(form.title, " 2026")
    qtbot.keyClicks(form.tags, "AG, juridique")
    before = form.record()
    assert pending_of(desktop, "documents").record == before

    lock_and_unlock(desktop, qtbot)

    assert window.current_section() == "documents"
    assert editor.ident == doc.id and editor.dirty and editor.save_button.isEnabled()
    assert form.record() == before and view.current().id == doc.id
    form.title.setFocus()
    qtbot.keyClick(form.title, Qt.Key.Key_S, CTRL)
    assert not editor.dirty, editor.message.text()
    saved = lists.document(desktop.vault, doc.id)
    assert saved.title == "Statuts 2026" and sorted(saved.tags) == ["AG", "juridique"]
    assert view.model.data(view.model.index(0, 0)) == "Statuts 2026"
