"""The import dialog's preview lists every skipped, updated or flagged row (issue 10 item 4): its line, the record
it matched (name and id, or the earlier line), the rule that matched it and why, in English and in French; the
people list shows member numbers (item 5)."""

from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtCore import Qt

from commons_desktop.core.model import Email, Person
from commons_desktop.services import lists
from commons_desktop.vault.people import People

from ..exchange.test_matching import HOUSEHOLD

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(make_desktop, vault):
    People(vault).add(Person(given="Marie", family="Dupont", birth_date=date(1970, 2, 3), member_number="12",
                             emails=[Email("famille.dupont@exemple.org")]))
    desktop = make_desktop()
    desktop.show_vault(vault)
    desktop.window.desktop = desktop
    desktop.window.show_section("people")  # (the vault opens on its home page)
    return desktop.window


def _table(dialog) -> list[list[str]]:
    model = dialog.preview.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_preview_lists_skipped_and_flagged_rows(window, tmp_path, qtbot, translations, language):
    translations.apply(language)
    path = tmp_path / "foyer.csv"
    path.write_text(HOUSEHOLD, encoding="utf-8")
    marie = People(window.vault).find_by_contact("email", "famille.dupont@exemple.org")[0]
    window.exchange.import_action.trigger()
    dialog = window.exchange.dialogs["import"]
    window.ask.answers.append(str(path))
    qtbot.mouseClick(dialog.choose_button, LEFT)

    en = language == "en"
    summary = dialog.preview.summary.text()
    flagged = "3 new (3 flagged as possible duplicates)" if en else "3 nouvelles (3 signalées comme doublons possibles)"
    assert flagged in summary
    assert dialog.preview.filter.currentData() == "listed"  # opens on the rows to look at
    rows = _table(dialog)
    assert [r[0] for r in rows] == ["2", "3", "4", "5", "6"]
    line2, line3, line6 = rows[0], rows[1], rows[4]
    tip = dialog.preview.model.data(dialog.preview.model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Marie Dupont ({marie})"  # the whole id; the cell shows its end, as member cards print it
    assert line2[1:5] == ["skipped" if en else "ignorée", "Marie Dupont", f"Marie Dupont (…{marie[-12:]})",
                          "same email" if en else "même e-mail"]
    assert line2[5] == ("already in the vault: left as it is" if en else "déjà dans le coffre : laissée telle quelle")
    assert line3[1:5] == ["new" if en else "nouvelle", "Jean Dupont", f"Marie Dupont (…{marie[-12:]})",
                          "same email" if en else "même e-mail"]
    assert line3[5] == ("another person (different given name, birth date): flagged as a possible duplicate" if en
                        else "une autre personne (prénom, date de naissance différents) : signalée comme doublon "
                             "possible")
    assert line6[3] == ("line 3: Jean Dupont" if en else "ligne 3 : Jean Dupont")
    assert line6[5] == ("the same person as an earlier line" if en else "la même personne qu’une ligne précédente")
    dialog.grab().save(os.environ.get("H10M_SHOTS", str(tmp_path)) + f"/import-preview-{language}.png")
    dialog.preview.filter.setCurrentIndex(dialog.preview.filter.findData("flagged"))
    assert dialog.preview.shown_lines() == [3, 4, 5]

    qtbot.mouseClick(dialog.import_button, LEFT)
    assert lists.people_count(window.vault) == 4  # Marie, and the three other people of her household
    dialog.reject()


def test_the_people_list_shows_member_numbers(window):
    model = window.people.model
    column = model.columnCount() - 1
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Member no."
    assert model.data(model.index(0, column)) == "12"
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert model.query.order == "member_number"


def test_the_person_editor_keeps_and_edits_member_numbers(window, qtbot):
    """Saving a person keeps their member number (the form carries it); another person's number is refused with a
    sentence, nothing written."""
    view = window.people
    vault = window.vault
    other = People(vault).add(Person(given="Jean", family="Martin", member_number="7")).id
    marie = People(vault).find_by_contact("email", "famille.dupont@exemple.org")[0]
    view.model.reload()
    view.select_row(view.model.row_of(marie))
    form = view.editor.form
    assert form.member_number.text() == "12"
    qtbot.keyClicks(form.notes, "Tresoriere")  # (QTest types ASCII only)
    qtbot.keyClick(form.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not view.editor.dirty and People(vault).get(marie).member_number == "12"  # not erased by a save
    form.member_number.clear()
    qtbot.keyClicks(form.member_number, "7")
    qtbot.keyClick(form.member_number, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.dirty and "already belongs to another person" in view.editor.message.text()
    assert People(vault).get(marie).member_number == "12" and People(vault).get(other).member_number == "7"
    form.member_number.clear()
    qtbot.keyClicks(form.member_number, "0012")
    qtbot.keyClick(form.member_number, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not view.editor.dirty and People(vault).get(marie).member_number == "0012"
