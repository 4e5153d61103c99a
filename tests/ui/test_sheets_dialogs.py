"""Spreadsheets in the Exchange dialogs, driven like a user (issue 10 item 8): the export offers .ods first and
writes the header row in the interface language; the import reads a spreadsheet's sheets (and offers the list);
a file of a kind no importer reads is said, not read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from commons_desktop.cli import sheet_words as cli_words
from commons_desktop.core.model import Email, Person
from commons_desktop.exchange import fields, sheet_read, sheet_write
from commons_desktop.services import lists
from commons_desktop.ui.exchange import sheet_words
from commons_desktop.vault.people import People

LEFT = Qt.MouseButton.LeftButton
COLUMNS = ["id", "given", "family", "name", "email", "email_type", "email2", "email2_type", "email3", "phone",
           "phone_type", "phone2", "phone2_type", "mobile", "phone_home", "phone_work", "street", "postcode", "city",
           "region", "country", "address_type", "address2_street", "address2_postcode", "address2_city",
           "address2_region", "address2_country", "address2_type", "address3_city", "birth_date", "languages",
           "notes", "consents", "custom:profession", "custom:Numéro de licence", "tags", "membership_type",
           "membership_status", "membership_start", "membership_end"]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_header_word_of_the_desktop_and_the_cli_imports_back_as_its_column(translations, language):
    translations.apply(language)
    for words in ([sheet_words.header_word(c) for c in COLUMNS], [cli_words.header_word(c, language) for c in COLUMNS]):
        assert len(set(words)) == len(words)
        assert fields.guess_mapping(words) == dict(enumerate(COLUMNS)), words
    assert sheet_words.header_word("email2") == {"en": "Email 2", "fr": "Courriel 2"}[language]
    assert sheet_words.sheet_name() == {"en": "People", "fr": "Personnes"}[language]


@pytest.fixture
def window(make_desktop, vault):
    People(vault).add_many([Person(given=f"Given{n}", family=f"Family{n}", emails=[Email(f"p{n}@example.org")])
                            for n in range(3)])
    desktop = make_desktop()
    desktop.show_vault(vault)
    desktop.window.desktop = desktop
    return desktop.window


def test_the_export_offers_a_spreadsheet_first_and_writes_it_in_the_interface_language(window, tmp_path, qtbot,
                                                                                       translations):
    translations.apply("fr")
    window.exchange.export_action.trigger()
    dialog = window.exchange.dialogs["export"]
    assert dialog.format.itemData(0) == "ods" and dialog.format.itemData(1) == "xlsx"
    assert dialog.fmt() == "ods" and not dialog.separator.isVisible()
    dialog.selection.kind.setCurrentIndex(dialog.selection.kind.findData("all"))
    target = tmp_path / "adherents.ods"
    window.ask.answers.append(str(target))
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: target.exists())
    table = sheet_read.read_table(target.read_bytes())
    assert table.header[:5] == ["Identifiant Commons", "Numéro d’adhérent", "Prénom", "Nom", "Courriel"]
    assert sorted(r[2] for _, r in table.rows) == ["Given0", "Given1", "Given2"]
    assert sheet_read.read_sheet(target.read_bytes())[1] == "Personnes"


def test_the_import_reads_a_spreadsheet_and_offers_its_sheets(window, tmp_path, qtbot):
    path = tmp_path / "adherents.xlsx"
    with path.open("wb") as out:
        sheet_write.write_xlsx(out, ["Prénom", "Nom", "Courriel", "Naissance"],
                               [["Ada", "Lovelace", "ada@example.org", "10/12/15"],
                                ["Cléo", "Durand", "cleo@example.org", "14/07/62"]], "Adhérents")
    window.exchange.import_action.trigger()
    dialog = window.exchange.dialogs["import"]
    window.ask.answers.append(str(path))
    qtbot.mouseClick(dialog.choose_button, LEFT)
    qtbot.waitUntil(lambda: dialog.source is not None)
    assert dialog.sheet.isVisible() and [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == \
        ["Adhérents"]
    assert dialog.mapping.field_of("Naissance") == "birth_date"
    assert "2 new" in dialog.preview.summary.text()
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert lists.people_count(window.vault) == 5
    [cleo] = People(window.vault).find_by_contact("email", "cleo@example.org")
    assert str(lists.person(window.vault, cleo).birth_date) == "1962-07-14"


def test_a_pdf_is_said_not_read(window, tmp_path, qtbot):
    path = tmp_path / "liste.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(100))
    window.exchange.import_action.trigger()
    dialog = window.exchange.dialogs["import"]
    window.ask.answers.append(str(path))
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert "PDF" in dialog.preview.summary.text() and not dialog.import_button.isEnabled()

