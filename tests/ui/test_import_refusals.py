"""The import dialog, given hostile files (issue 11 items 9, 9b): a CSV mixing UTF-8 and Windows-1252 lines, a
row of a million commas, random bytes; each is refused with a short sentence naming the line and the limit, in
English and in French, and nothing is imported."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bench import hostile
from commons_desktop.services import lists
from commons_desktop.ui import i18n

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(make_desktop, vault, qapp):
    translations = i18n.Translations(qapp)
    desktop = make_desktop()
    desktop.translations = translations
    desktop.show_vault(vault)
    yield desktop
    translations.apply("en")


def _refusal(desktop, path, qtbot) -> str:
    window = desktop.window
    window.exchange.import_action.trigger()
    dialog = window.exchange.dialogs["import"]
    window.ask.answers.append(str(path))
    qtbot.mouseClick(dialog.choose_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.report is None and not dialog.import_button.isEnabled()
    return dialog.preview.summary.text()


def test_hostile_csv_files_are_refused_with_the_line_and_the_limit(window, tmp_path, qtbot):
    mixed, commas, binary = tmp_path / "mixed.csv", tmp_path / "commas.csv", tmp_path / "random.csv"
    hostile.csv_mixed(mixed, 1.0)
    hostile.csv_commas(commas, 1.0)
    hostile.csv_binary(binary, 0.001)
    assert _refusal(window, mixed, qtbot) == ("Lines 2 and 3 are in different encodings (UTF-8, Windows-1252): "
                                              "save the file in one encoding.")
    window.window.exchange.dialogs["import"].grab().save(str(tmp_path / "refused-en.png"))
    assert _refusal(window, commas, qtbot) == "Line 2: more than 500 columns, over the limit of an import."
    assert "not a text file" in _refusal(window, binary, qtbot)
    window.window.exchange.dialogs["import"].close()
    window.set_language("fr")
    assert _refusal(window, mixed, qtbot) == ("Les lignes 2 et 3 sont dans des encodages différents (UTF-8, "
                                              "Windows-1252) : enregistrez le fichier dans un seul encodage.")
    assert _refusal(window, commas, qtbot) == "Ligne 2 : plus de 500 colonnes, au-delà de la limite d’une importation."
    window.window.exchange.dialogs["import"].grab().save(str(tmp_path / "refused-fr.png"))
    assert lists.people_count(window.window.vault) == 0
