"""Printing from the export dialog, driven like a person: choose address labels, a sheet, the first free label,
or a custom sheet measured by hand (a sheet that does not fit is said and cannot be exported); the first page is
previewed; the PDF written is measured; member cards for active members unless asked; the words of the PDF in the
interface language (English and French), which the desktop also writes into the vault for the CLI."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from commons_desktop.core.model import Address, Membership, Person
from commons_desktop.exchange.label_sheets import Box
from commons_desktop.vault.memberships import Memberships
from commons_desktop.vault.people import People
from tests.pdf_measure import Page, needs_poppler, words

pytestmark = pytest.mark.skipif(needs_poppler, reason="poppler-utils is not installed")
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(make_desktop, vault):
    vault.set_meta("name", "Locataires de la Rue Haute")
    today = date.today()
    ids = People(vault).add_many([
        Person(given=f"Given{n}", family=f"Family{n:02d}",
               addresses=[Address(f"{n} rue des Lilas\nBâtiment B", "4000", "Liège")] if n % 4 else [])
        for n in range(16)])
    for n, ident in enumerate(ids[:6]):
        end = today + timedelta(days=60) if n < 5 else today - timedelta(days=3)
        Memberships(vault).add(Membership(ident, "Adhérent", "active", today - timedelta(days=300), end))
    desktop = make_desktop()
    desktop.show_vault(vault)
    desktop.window.desktop = desktop
    return desktop.window


def open_export(window, qtbot, fmt: str):
    window.exchange.export_action.trigger()
    dialog = window.exchange.dialogs["export"]
    dialog.selection.kind.setCurrentIndex(dialog.selection.kind.findData("all"))
    dialog.format.setFocus()
    index = dialog.format.findData(fmt)
    while dialog.format.currentIndex() != index:  # down the list with the keyboard, as a person would
        qtbot.keyClick(dialog.format, Qt.Key.Key_Down if dialog.format.currentIndex() < index else Qt.Key.Key_Up)
    return dialog


def test_labels_on_a_preset_from_the_fifth_position(window, qtbot, tmp_path):
    dialog = open_export(window, qtbot, "pdf-labels")
    box = dialog.print_box
    assert box.isVisible() and box.sheet.isVisible() and box.start.isVisible() and not box.custom.isVisible()
    assert not box.everyone.isVisible()
    box.sheet.setFocus()
    qtbot.keyClick(box.sheet, Qt.Key.Key_Down)  # L7163
    assert box.sheet.currentData() == "L7163" and box.start.maximum() == 14
    box.start.selectAll()
    qtbot.keyClicks(box.start, "5")
    qtbot.waitUntil(lambda: dialog.leaves is not None and not dialog.busy)
    assert dialog.leaves.people == 12 and dialog.leaves.left_out == 4
    assert "4 of the people selected have no postal address" in dialog.print_note.text()
    assert not dialog.page_preview.pixmap().isNull()
    target = tmp_path / "labels.pdf"
    window.ask.answers.append(str(target))
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: target.exists() and not dialog.busy)
    # "2 pages" through the English catalogue's plural forms, "2 page(s)" when no catalogue is installed yet
    assert re.search(r"\b2 page(s|\(s\))\.", dialog.message.text())
    found = [w for w in words(target) if w.text.startswith("Given")]
    assert len(found) == 12
    first = min(found, key=lambda w: (w.page, w.y0, w.x0))  # position 5 of L7163: row 3, column 1
    position = Box(4.65, 15.15 + 2 * 38.1, 99.1, 38.1)
    assert first.page == 0 and first.x0 == pytest.approx(position.x + 4, abs=0.15)
    assert position.y < first.y0 and first.y1 < position.bottom


def test_a_custom_sheet_measured_by_hand(window, qtbot, tmp_path):
    dialog = open_export(window, qtbot, "pdf-labels")
    box = dialog.print_box
    box.sheet.setCurrentIndex(box.sheet.findData("custom"))
    assert box.custom.isVisible()
    for spin, value in ((box.columns, "2"), (box.rows, "8"), (box.label_width, "99"), (box.label_height, "40"),
                        (box.top, "10"), (box.left, "5"), (box.column_gap, "2"), (box.row_gap, "0")):
        spin.selectAll()
        qtbot.keyClicks(spin, value)
    # 8 rows of 40 mm from 10 mm: 330 mm on a 297 mm page
    qtbot.waitUntil(lambda: "33 mm too high" in box.problem_label.text())
    assert box.problem_label.isVisible() and not dialog.export_button.isEnabled()
    assert box.start_note.text() == "of 16 (across, then down)"  # the sheet described, not the last that fitted
    assert dialog.message.text() == ""  # said once, beside the measures
    box.label_height.selectAll()
    qtbot.keyClicks(box.label_height, "34")
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
    assert not box.problem_label.isVisible() and box.start.maximum() == 16
    box.label_height.selectAll()
    qtbot.keyClicks(box.label_height, "40")
    qtbot.waitUntil(lambda: not dialog.export_button.isEnabled())
    dialog.choose_format("pdf-cards")  # a sheet of labels that does not fit is no matter for cards
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
    dialog.choose_format("pdf-labels")
    qtbot.waitUntil(lambda: not dialog.export_button.isEnabled())
    box.label_height.selectAll()
    qtbot.keyClicks(box.label_height, "34")
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
    qtbot.mouseClick(box.outlines, LEFT, pos=QPoint(8, box.outlines.height() // 2))
    assert box.outlines.isChecked()
    target = tmp_path / "custom.pdf"
    window.ask.answers.append(str(target))
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: target.exists() and not dialog.busy)
    page = Page(target, 0, tmp_path)
    for n in range(16):
        row, column = divmod(n, 2)
        x, y = 5 + column * 101, 10 + row * 34
        assert page.horizontal_line(y, x + 3, x + 96) == pytest.approx(y, abs=0.2)
        assert page.vertical_line(x, y + 3, y + 31) == pytest.approx(x, abs=0.2)
        assert page.vertical_line(x + 99, y + 3, y + 31) == pytest.approx(x + 99, abs=0.2)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_member_cards_in_the_interface_language(window, qtbot, tmp_path, translations, language):
    translations.apply(language)
    window.desktop.set_language(language)
    window = window.desktop.window
    assert window.vault.get_meta("language", "") == language  # written for the CLI's PDFs
    dialog = open_export(window, qtbot, "pdf-cards")
    box = dialog.print_box
    assert box.everyone.isVisible() and not box.sheet.isVisible() and not box.custom.isVisible()
    qtbot.waitUntil(lambda: dialog.leaves is not None and not dialog.busy)
    assert (dialog.leaves.people, dialog.leaves.left_out) == (5, 11)
    target = tmp_path / f"cards-{language}.pdf"
    window.ask.answers.append(str(target))
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: target.exists() and not dialog.busy)
    text = " ".join(w.text for w in words(target))
    assert {"en": "Membership card", "fr": "Carte de membre"}[language] in text
    assert {"en": "Valid until", "fr": "Valable jusqu'au"}[language] in text
    assert "Given5" not in text and "Locataires de la Rue Haute" in text
    qtbot.mouseClick(box.everyone, LEFT, pos=QPoint(8, box.everyone.height() // 2))  # cards for everyone selected
    assert box.everyone.isChecked()
    qtbot.waitUntil(lambda: dialog.leaves is not None and not dialog.busy and dialog.leaves.people == 16)
    assert dialog.print_note.text() == ""


def test_the_cli_prints_in_the_language_the_desktop_was_used_in(window, tmp_path, translations, vault_path, monkeypatch,
                                                                 capsys):
    """The user works in French in the window; later `commons export --format pdf-cards` prints French cards."""
    from commons_desktop.cli.main import main
    from tests.conftest import PASSPHRASE

    translations.apply("fr")
    window.desktop.set_language("fr")
    window.desktop.quit()
    monkeypatch.setenv("COMMONS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")  # the locale alone would say English
    out = tmp_path / "cartes.pdf"
    assert main(["--vault", str(vault_path), "export", "--format", "pdf-cards", "--to", str(out)]) == 0, \
        capsys.readouterr().err
    text = " ".join(w.text for w in words(out))
    assert "Carte de membre" in text and "Valable jusqu'au" in text
