"""Leaving a dirty editor asks save / discard / cancel (through the Ask seam) and honours the answer: selecting
another record in every editor, switching section, closing the window, quitting from the lock screen. Locking is
not leaving: it asks nothing and the draft survives."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from commons_desktop.core.model import Organisation
from commons_desktop.services import documents, lists, members

from .conftest import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
ASKED = ["Unsaved changes"]


@pytest.fixture
def desktop(make_desktop, people_vault, qtbot):
    d = make_desktop()
    d.show_vault(people_vault)
    d.window.show_section("people")  # the vault opens on its home page
    d.window.activateWindow()
    qtbot.waitUntil(d.window.isActiveWindow)
    return d


@dataclass
class Case:
    editor: Any
    first: str
    other: str
    edit: Any  # () -> None: an edit typed into the first record
    select_other: Any  # () -> None: the user selects the other record in its list
    selected: Any  # () -> str | None: the id selected in the list
    stored: Any  # (ident) -> a value the edit changes, read from the vault


def person_case(desktop, qtbot) -> Case:
    people = desktop.window.people
    people.select_row(0)
    first, other = people.model.id_at(0), people.model.id_at(1)
    return Case(people.editor, first, other, lambda: qtbot.keyClicks(people.editor.form.family, "-Neuve"),
                lambda: people.select_row(1), lambda: (people.selected_ids() or [None])[0],
                lambda ident: lists.person(desktop.vault, ident).family)


def organisation_case(desktop, qtbot) -> Case:
    ids = [lists.save_organisation(desktop.vault, None, Organisation(name=n)) for n in ("Alpha", "Beta")]
    window = desktop.window
    window.show_section("organisations")
    view = window.organisations
    view.model.reload()
    view.select_row(0)
    return Case(view.editor, ids[0], ids[1], lambda: qtbot.keyClicks(view.editor.form.kind, "club"),
                lambda: view.select_row(1), view.selected_id,
                lambda ident: lists.organisation(desktop.vault, ident).kind)


def _dues(desktop):
    people = desktop.window.people
    people.select_row(0)
    panel = people.editor.membership
    people.editor.tabs.setCurrentWidget(panel)
    return people.editor.ident, panel


def membership_case(desktop, qtbot) -> Case:
    person, panel = _dues(desktop)
    ids = [members.join(desktop.vault, person, start=date(2020 + n, 1, 1), end=date(2020 + n, 12, 31)).id
           for n in range(2)]
    panel.refresh()
    editor = panel.membership_editor
    panel.memberships.selectRow(panel.membership_ids.index(ids[0]))

    def selected():
        rows = panel.memberships.selectionModel().selectedRows()
        return panel.membership_ids[rows[0].row()] if rows else None

    return Case(editor, ids[0], ids[1], lambda: qtbot.keyClicks(editor.form.notes, "to keep"),
                lambda: panel.memberships.selectRow(panel.membership_ids.index(ids[1])), selected,
                lambda ident: members.membership(desktop.vault, ident).notes)


def contribution_case(desktop, qtbot) -> Case:
    person, panel = _dues(desktop)
    ids = [members.add_contribution(desktop.vault, person, str(10 + n), when=date(2026, 1, 1 + n)).id
           for n in range(2)]
    panel.refresh()
    editor = panel.contribution_editor
    panel.contributions.selectRow(panel.contribution_ids.index(ids[0]))

    def edit():
        editor.form.amount.setFocus()
        qtbot.keyClick(editor.form.amount, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(editor.form.amount, "99")

    def selected():
        rows = panel.contributions.selectionModel().selectedRows()
        return panel.contribution_ids[rows[0].row()] if rows else None

    return Case(editor, ids[0], ids[1], edit,
                lambda: panel.contributions.selectRow(panel.contribution_ids.index(ids[1])), selected,
                lambda ident: members.contribution(desktop.vault, ident).amount)


def document_case(desktop, qtbot, tmp_path) -> Case:
    ids = []
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(name)
        ids.append(documents.add_file(desktop.vault, tmp_path / name).id)
    window = desktop.window
    window.show_section("documents")
    view = window.documents
    view.select_document(ids[0])
    return Case(view.editor, ids[0], ids[1], lambda: qtbot.keyClicks(view.editor.form.title, " (draft)"),
                lambda: view.select_document(ids[1]), lambda: view.current().id if view.current() else None,
                lambda ident: lists.document(desktop.vault, ident).title)


CASES = {"person": person_case, "organisation": organisation_case, "membership": membership_case,
         "contribution": contribution_case, "document": document_case}


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
@pytest.mark.parametrize("kind", list(CASES))
def test_selecting_another_record_asks_and_honours_the_answer(desktop, qtbot, tmp_path, kind, answer):
    make = CASES[kind]
    case = make(desktop, qtbot, tmp_path) if kind == "document" else make(desktop, qtbot)
    editor, ask = case.editor, desktop.window.ask
    assert editor.ident == case.first and case.selected() == case.first
    before = case.stored(case.first)
    case.edit()
    edited = editor.form.record()
    assert editor.dirty and ask.asked == []
    ask.answers.append(answer)
    case.select_other()
    assert ask.asked == ASKED
    if answer == "cancel":  # the user stays on the unsaved edit, the list shows it again
        assert editor.ident == case.first and editor.dirty and editor.form.record() == edited
        assert case.selected() == case.first
        assert case.stored(case.first) == before
        return
    assert editor.ident == case.other and not editor.dirty
    assert case.selected() == case.other
    after = case.stored(case.first)
    if answer == "save":
        assert after != before and after == getattr(edited, _field(kind))
    else:
        assert after == before


def _field(kind: str) -> str:
    return {"person": "family", "organisation": "kind", "membership": "notes", "contribution": "amount",
            "document": "title"}[kind]


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_switching_section_asks_and_honours_the_answer(desktop, qtbot, answer):
    window = desktop.window
    people = window.people
    people.select_row(0)
    ident, before = people.editor.ident, people.editor.form.family.text()
    qtbot.keyClicks(people.editor.form.family, "-Neuve")
    window.ask.answers.append(answer)
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # Go > Organisations
    assert window.ask.asked == ASKED
    family = lists.person(desktop.vault, ident).family
    if answer == "cancel":
        assert window.current_section() == "people" and window.sidebar.currentRow() == 2
        assert people.editor.dirty and people.editor.form.family.text() == before + "-Neuve"
        assert family == before
    else:
        assert window.current_section() == "organisations" and not people.editor.dirty
        assert family == (before + "-Neuve" if answer == "save" else before)


def test_an_unsaved_contribution_also_asks_when_the_section_changes(desktop, qtbot):
    window = desktop.window
    people = window.people
    people.select_row(0)
    panel = people.editor.membership
    people.editor.tabs.setCurrentWidget(panel)
    editor = panel.contribution_editor
    qtbot.mouseClick(editor.form.amount.lineEdit(), LEFT)  # a new contribution: no amount yet, selected
    qtbot.keyClicks(editor.form.amount, "15")
    assert not people.editor.dirty and people.editor.is_dirty()
    window.ask.answers.append("save")
    window.show_section("documents")
    assert window.ask.asked == ASKED and window.current_section() == "documents"
    paid = members.list_contributions(desktop.vault, person_id=people.editor.ident)
    assert [c.amount for c in paid] == [Decimal("15.00")]


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_closing_the_window_asks_and_honours_the_answer(desktop, qtbot, tmp_path, answer):
    case = document_case(desktop, qtbot, tmp_path)
    case.edit()
    window = desktop.window
    window.ask.answers.append(answer)
    closed = window.close()
    assert window.ask.asked == ASKED
    assert closed == (answer != "cancel") and window.isVisible() == (answer == "cancel")
    title = lists.document(desktop.vault, case.first).title
    assert title == ("a.txt (draft)" if answer == "save" else "a.txt")
    if answer == "cancel":
        assert case.editor.dirty


def test_locking_asks_nothing_and_quitting_from_the_lock_screen_asks(desktop, qtbot):
    window = desktop.window
    people = window.people
    people.select_row(0)
    qtbot.keyClicks(people.editor.form.notes, "unsaved")
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)  # a question here would fail the test (strict Ask)
    assert desktop.vault is None and window.ask.asked == []
    dialog = desktop.unlock_dialog
    quit_button = next(b for b in dialog.findChildren(type(people.new_button)) if b.text() == "Quit")
    window.ask.answers.append(False)  # "close and lose them?" no
    qtbot.mouseClick(quit_button, LEFT)
    assert window.ask.asked == ASKED and window.isVisible() and desktop.unlock_dialog is dialog
    qtbot.keyClicks(dialog.panel.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.panel.passphrase, Qt.Key.Key_Return)
    assert people.editor.dirty and people.editor.form.notes.toPlainText().startswith("unsaved")


def test_a_new_record_while_one_is_unsaved_asks(desktop, qtbot):
    people = desktop.window.people
    people.select_row(0)
    qtbot.keyClicks(people.editor.form.notes, "x")
    desktop.window.ask.answers.append("cancel")
    qtbot.mouseClick(people.new_button, LEFT)
    assert people.editor.ident == people.model.id_at(0) and people.editor.dirty
    assert people.selected_ids() == [people.editor.ident]
    desktop.window.ask.answers.append("discard")
    qtbot.mouseClick(people.new_button, LEFT)
    assert people.editor.ident is None and not people.editor.dirty and people.selected_ids() == []
