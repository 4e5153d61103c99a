"""Documents from a person's or organisation's page (a Documents tab: attach by button or by dropping files), PDFs
previewed in memory, file types in words, file dialogs in the Documents folder, empty files refused with a
sentence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPointF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage, QPainter, QPdfWriter

from commons_desktop.core.errors import EmptyDocument
from commons_desktop.core.model import Organisation, Person
from commons_desktop.services import documents, lists
from commons_desktop.ui import ask as ask_module
from commons_desktop.ui.documents import pdf_pages
from commons_desktop.ui.documents.file_kinds import kind_words

LEFT = Qt.MouseButton.LeftButton


def pdf_bytes(text: str = "Assemblée générale") -> bytes:
    """A one-page PDF made in memory, a black band across the top of the page."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    painter.fillRect(0, 0, writer.width(), writer.height() // 5, QColor("black"))
    painter.drawText(100, writer.height() // 2, text)
    painter.end()
    buffer.close()
    return bytes(data)


def _drop(widget, *paths) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    widget.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier))


@pytest.fixture
def window(make_desktop, vault):
    desktop = make_desktop()
    desktop.show_vault(vault)
    return desktop.window


def test_attach_from_a_person_page_by_button_and_by_drop(window, vault, qtbot, tmp_path):
    ident = lists.save_person(vault, None, Person(given="Émilie", family="Dupré"))
    other = lists.save_person(vault, None, Person(given="Jack", family="Smith"))
    window.show_section("people")
    people = window.people
    people.open_person(ident)
    editor = people.editor
    tab = editor.documents
    editor.tabs.setCurrentWidget(tab)
    assert editor.tabs.tabText(editor.tabs.indexOf(tab)) == "Documents"
    assert tab.table.rowCount() == 0 and "No document yet" in tab.preview.message.text()

    minutes = tmp_path / "compte-rendu AG.pdf"
    minutes.write_bytes(pdf_bytes())
    people.ask.answers.append([str(minutes)])
    qtbot.mouseClick(tab.attach_button, LEFT)
    assert [tab.table.item(0, c).text() for c in (0, 1)] == ["compte-rendu AG.pdf", "PDF document"]
    assert tab.preview.currentWidget() is tab.preview.image_page  # the first page, rendered in memory
    page = tab.preview.pixmap.toImage()
    assert page.width() >= 400 and page.pixelColor(page.width() // 2, page.height() // 8).lightness() < 60  # the band
    assert page.pixelColor(page.width() // 2, page.height() - 5).lightness() > 200

    letter = tmp_path / "lettre.docx"
    letter.write_bytes(b"PK\x03\x04 not really a Word file, but named so")
    empty = tmp_path / "scan.jpg"
    empty.write_bytes(b"")
    _drop(tab, letter, empty)
    assert tab.table.rowCount() == 2
    kinds = sorted(tab.table.item(r, 1).text() for r in range(2))
    assert kinds == ["PDF document", "Word document"]
    assert tab.message.isVisible()
    assert tab.message.text() == ("“scan.jpg” is empty (0 bytes): there is nothing to keep. Check that the file was "
                                  "fully downloaded or copied.")
    linked = documents.list_documents(vault, linked_to=ident)
    assert sorted(d.title for d in linked) == ["compte-rendu AG.pdf", "lettre.docx"]
    assert all(("person", ident) in d.links for d in linked)
    assert documents.list_documents(vault, linked_to=other) == []

    people.open_person(other)  # another person: their own (empty) documents
    assert tab.table.rowCount() == 0 and not tab.message.isVisible()
    window.show_section("documents")  # the Documents page lists them too, kinds in words
    model = window.documents.model
    assert sorted(model.data(model.index(r, 2)) for r in range(model.rowCount())) == ["PDF document",
                                                                                       "Word document"]


def test_an_organisation_page_has_its_documents_too(window, vault, tmp_path):
    org = lists.save_organisation(vault, None, Organisation(name="Maison du Peuple"))
    window.show_section("organisations")
    editor = window.organisations.editor
    assert editor.load(org)
    tab = editor.documents
    editor.tabs.setCurrentWidget(tab)
    statutes = tmp_path / "statuts.txt"
    statutes.write_text("Article 1", "utf-8")
    _drop(tab, statutes)
    assert tab.table.item(0, 1).text() == "Text file"
    assert tab.preview.currentWidget() is tab.preview.text
    assert documents.list_documents(vault, linked_to=org)[0].links == [("organisation", org)]


def test_an_empty_file_is_refused_by_the_service_and_the_cli(vault, tmp_path, capsys, monkeypatch):
    empty = tmp_path / "vide.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EmptyDocument):
        documents.add_file(vault, empty)
    assert documents.list_documents(vault) == []


def test_a_damaged_pdf_says_so_and_without_a_renderer_there_is_no_preview(window, vault, qtbot, tmp_path,
                                                                           monkeypatch):
    ident = lists.save_person(vault, None, Person(given="Jack"))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nthis is not a PDF body")
    documents.add_file(vault, broken, links=[ident])
    window.show_section("people")
    window.people.open_person(ident)
    editor = window.people.editor
    tab = editor.documents
    editor.tabs.setCurrentWidget(tab)
    assert tab.preview.message.text() == "This PDF document could not be shown: it may be damaged."
    monkeypatch.setattr(pdf_pages, "pdftoppm", lambda: None)
    tab._show(0)
    assert "are not previewed on this computer" in tab.preview.message.text()


@pytest.mark.skipif(shutil.which("prlimit") is None or shutil.which("pdftoppm") is None,
                    reason="needs util-linux's prlimit and poppler's pdftoppm")
def test_the_pdf_is_rendered_by_a_process_that_may_write_no_file():
    """pdftoppm runs under prlimit --fsize=0: writing any byte to any file would kill it (SIGXFSZ), so a page that
    comes back was rendered without one."""
    assert pdf_pages._bounded(["pdftoppm"])[1:3] == [f"--as={pdf_pages.MEMORY}", "--fsize=0"]
    page = pdf_pages.first_page(pdf_bytes(), 300)
    assert page is not None and not page.isNull() and page.width() == 300


def test_file_kinds_in_words():
    assert kind_words("application/pdf") == "PDF document"
    assert kind_words("application/vnd.openxmlformats-officedocument.wordprocessingml.document") == "Word document"
    assert kind_words("image/x-portable-anymap") == "Image"
    assert kind_words("application/octet-stream", "budget.xyz") == "File (.xyz)"
    assert kind_words("", "") == "File"


def test_file_dialogs_open_in_the_documents_folder(monkeypatch, tmp_path, qtbot):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    QStandardPaths.setTestModeEnabled(False)
    folder = ask_module.documents_folder()
    assert Path(folder) == Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    assert Path(folder).is_dir()
    seen = {}

    def fake_open(parent, title, start, filters):
        seen["open"] = start
        return [], ""

    def fake_save(parent, title, start, filters):
        seen["save"] = start
        return "", ""

    monkeypatch.setattr(ask_module.QFileDialog, "getOpenFileNames", fake_open)
    monkeypatch.setattr(ask_module.QFileDialog, "getSaveFileName", fake_save)
    monkeypatch.setattr(ask_module.Ask, "strict", False)
    asker = ask_module.Ask()
    asker.open_files("Add files")
    asker.save_file("Save a copy as", "copy.pdf")
    assert seen == {"open": folder, "save": str(Path(folder) / "copy.pdf")}


def test_cli_doc_add_of_an_empty_file_exits_4(tmp_path, vault_path, monkeypatch, capsys):
    from commons_desktop.cli.main import main
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("COMMONS_PASSPHRASE", PASSPHRASE)
    empty = tmp_path / "vide.pdf"
    empty.write_bytes(b"")
    code = main(["--vault", str(vault_path), "doc", "add", str(empty)])
    err = capsys.readouterr().err
    assert code == 4 and err.strip() == "commons: error: vide.pdf is empty (0 bytes): nothing was added"


def test_an_image_document_still_previews(window, vault, tmp_path):
    ident = lists.save_person(vault, None, Person(given="Jack"))
    picture = tmp_path / "affiche.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    image.save(str(picture), "PNG")
    documents.add_file(vault, picture, links=[ident])
    window.show_section("people")
    window.people.open_person(ident)
    editor = window.people.editor
    editor.tabs.setCurrentWidget(editor.documents)
    assert editor.documents.table.item(0, 1).text() == "Image (PNG)"
    assert editor.documents.preview.pixmap.width() == 40


def test_a_document_linked_on_the_documents_page_shows_in_the_person_tab(window, vault, qtbot, tmp_path):
    """The person's Documents tab follows the "vault changed" event: a document linked to the person elsewhere
    appears in it at once, without opening the person again."""
    ident = lists.save_person(vault, None, Person(given="Émilie", family="Dupré"))
    window.show_section("people")
    window.people.open_person(ident)
    editor = window.people.editor
    tab = editor.documents
    editor.tabs.setCurrentWidget(tab)
    note = tmp_path / "note.txt"
    note.write_text("Cotisation 2026", "utf-8")
    doc = documents.add_file(vault, note)  # linked to nobody yet
    assert tab.table.rowCount() == 0

    window.show_section("documents")
    view = window.documents
    view.select_document(doc.id)
    qtbot.mouseClick(view.link_button, LEFT)
    picker = view.picker
    qtbot.keyClicks(picker.search, "emilie dupre")  # accents and case ignored (keyClicks types ASCII only)
    qtbot.waitUntil(lambda: picker.results.count() > 0)
    qtbot.mouseClick(picker.ok_button, LEFT)
    assert ("person", ident) in lists.document(vault, doc.id).links
    assert [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())] == ["note.txt"]
