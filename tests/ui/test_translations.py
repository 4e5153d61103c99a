"""English and French: the catalogues are complete and compiled, the system locale is followed, and the
language can be switched from Settings without losing the open vault or an unsaved edit."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from commons_desktop.ui import i18n

UI = Path(i18n.__file__).parent
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def test_french_catalogue_is_complete():
    root = ET.parse(i18n.I18N / "commons_fr.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 400
    unfinished = [m.find("source").text for m in messages if m.find("translation").get("type")]
    assert unfinished == []


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate not installed")
def test_every_string_in_the_code_is_in_the_catalogue(tmp_path):
    copy = tmp_path / "check.ts"
    shutil.copyfile(i18n.I18N / "commons_fr.ts", copy)
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    out = subprocess.run([str(LUPDATE), *sources, "-ts", str(copy)], capture_output=True, text=True, check=True)
    assert "(0 new " in out.stdout, out.stdout  # lupdate found nothing the catalogue lacks


def test_compiled_catalogues_translate():
    fr = QTranslator()
    assert fr.load(str(i18n.I18N / "commons_fr.qm"))
    assert fr.translate("PeopleView", "New person") == "Nouvelle personne"
    assert fr.translate("PeopleView", "%n people", "", 3) == "%n personnes"  # %n is filled by tr()
    en = QTranslator()
    assert en.load(str(i18n.I18N / "commons_en.qm"))
    assert en.translate("PeopleView", "%n people", "", 1) == "%n person"


def test_follows_the_system_locale():
    assert i18n.resolve("system", QLocale("fr_BE")) == "fr"
    assert i18n.resolve("system", QLocale("de_DE")) == "en"
    assert i18n.resolve("en", QLocale("fr_FR")) == "en"


def test_switch_language_in_settings(make_desktop, people_vault, qtbot, translations):
    desktop = make_desktop()
    desktop.translations = translations
    desktop.show_vault(people_vault)
    window = desktop.window
    assert window.sidebar.item(2).text() == "People"
    window.show_section("people")
    window.people.select_row(0)
    qtbot.keyClicks(window.people.editor.form.notes, "unsaved")
    window.ask.answers.append("cancel")  # leaving the unsaved edit asks; the user stays
    window.show_section("members")
    assert window.current_section() == "people" and window.ask.asked == ["Unsaved changes"]

    desktop.show_settings()
    dialog = desktop.settings_dialog
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.idle.setValue(5)
    dialog.apply()

    window = desktop.window
    assert desktop.config.language == "fr" and desktop.config.idle_minutes == 5
    assert window.sidebar.item(2).text() == "Personnes"
    assert window.current_section() == "people"
    assert window.people.new_button.text() == "Nouvelle personne"
    assert window.people.count_label.text() == "1000 personnes"
    editor = window.people.editor
    assert editor.dirty and editor.form.notes.toPlainText().endswith("unsaved")  # the edit survived
    assert editor.save_button.text() == "Enregistrer"
    assert window.people.model.headerData(0, Qt.Orientation.Horizontal) == "Prénom"
    assert QApplication.translate("Errors", "Cancelled: nothing was changed.") == "Annulé : rien n’a été modifié."

    desktop.set_language("en")
    assert desktop.window.sidebar.item(2).text() == "People"


def _unnamed(root) -> list[str]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QLineEdit | QComboBox | QAbstractItemView | QPlainTextEdit | QAbstractSpinBox
                          | QAbstractButton):
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox):  # the line edit inside a combo / spin box
            continue
        if type(widget).__name__ in ("QTableCornerButton", "QHeaderView") or not widget.isVisibleTo(root):
            continue
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not name.strip():
            missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return missing


def test_every_control_has_an_accessible_name(make_desktop, people_vault):
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    window = desktop.window
    window.people.select_row(0)
    missing = []
    for key in window.SECTIONS:
        window.show_section(key)
        missing += _unnamed(window)
    desktop.lock()
    missing += _unnamed(desktop.unlock_dialog)
    assert sorted(set(missing)) == []
