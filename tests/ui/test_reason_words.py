"""Words at the edge: every reason code of core.errors.Reason and every note code of exchange/notes.py has an English
and a French sentence; ui/ words errors and notes from their codes (no regular expression reads a message back)."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from commons_desktop.core import errors
from commons_desktop.core.errors import ErrorText, InvalidField, Reason
from commons_desktop.exchange.notes import Note, NoteCode
from commons_desktop.ui import errors as ui_errors
from commons_desktop.ui import i18n
from commons_desktop.ui.exchange import wording

UI = Path(ui_errors.__file__).parent


def _french() -> dict[tuple[str, str], str]:
    root = ET.parse(i18n.I18N / "commons_fr.ts").getroot()
    return {(c.find("name").text, m.find("source").text): m.find("translation").text
            for c in root.iter("context") for m in c.iter("message")}


@pytest.mark.parametrize("code", list(Reason))
def test_every_reason_code_has_english_and_french_words(code):
    assert errors.english(code, {"limit": 200, "allowed": ["a", "b"], "minimum": 1, "fields": ["x"]}) != code.value
    source = ui_errors.REASONS[code]
    assert _french()[("Reasons", source)], source


@pytest.mark.parametrize("code", list(NoteCode))
def test_every_note_code_has_english_and_french_words(code):
    source, _ = wording.NOTES[code]
    assert _french()[("Exchange", source)], source


def test_ui_words_an_invalid_field_from_its_codes_in_french(qapp):
    fr = QTranslator()
    assert fr.load(str(i18n.I18N / "commons_fr.qm"))
    qapp.installTranslator(fr)
    try:
        too_long = InvalidField("family name", Reason.TOO_LONG, limit=200)
        assert ui_errors.describe(too_long) == "Nom de famille: plus de 200 caractères"
        lone = InvalidField("given name", Reason.LONE_SURROGATE, "Zo\udce9")
        assert "UTF-8" in ui_errors.describe(lone) and "encodage" in ui_errors.describe(lone)
        row = ErrorText(InvalidField("email", Reason.NOT_EMAIL, "x@"))
        assert wording.row_text(row) == "E-mail (x@): n’est pas une adresse e-mail"
        note = Note(NoteCode.COLUMN_IGNORED, column="Fax")
        assert note == "column 'Fax' not recognised: ignored"  # the CLI's words, as before
        assert wording.note_text(note) == "Colonne « Fax » non reconnue : non importée."
    finally:
        qapp.removeTranslator(fr)


def test_free_text_reasons_still_pass_through():
    """The old call shape (a reason in words) keeps working while in-flight branches convert theirs."""
    exc = InvalidField("colour", "not a colour", "mauve")
    assert str(exc) == "invalid colour ('mauve'): not a colour" and exc.reason == "not a colour"
    assert ui_errors.reason_text(exc.reason, exc.params) == "not a colour"


def _string_reasons() -> list[str]:
    """Every ``InvalidField(field, "a sentence", ...)`` below ui/ and cli/: a reason written as words."""
    root = UI.parent
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.relative_to(root).parts[0] in ("ui", "cli"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == \
                    "InvalidField" and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant | ast.JoinedStr):
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_no_layer_below_ui_and_cli_gives_a_reason_in_words():
    assert _string_reasons() == []


def test_ui_reads_no_message_back_with_a_regular_expression():
    """ui/errors.py and ui/exchange/wording.py word codes; their one pattern left reads CSV column names (codes
    such as email2, address2_city) into the fields a disclosure carried, never a sentence."""
    for module in (ui_errors, wording):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        patterns = [ast.unparse(n.targets[0]) for n in ast.walk(tree) if isinstance(n, ast.Assign)
                    and isinstance(n.value, ast.Call) and ast.unparse(n.value.func).startswith("re.")]
        calls = [ast.unparse(n) for n in ast.walk(tree) if isinstance(n, ast.Call)
                 and ast.unparse(n.func) in ("re.match", "re.search", "re.fullmatch", "re.sub")]
        assert [p for p in patterns if p != "_COLUMN"] == [] and calls == [], (patterns, calls)


_CHECKS = ("text", "email", "phone", "iso_date", "amount", "currency", "url", "language", "choice", "tag_name",
           "member_number")


def _field_codes() -> set[str]:
    """The field codes written below ui/: InvalidField's first argument and the field named to a validation check."""
    root = UI.parent
    found = set()
    for path in root.rglob("*.py"):
        if path.relative_to(root).parts[0] == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name == "InvalidField" and node.args and isinstance(node.args[0], ast.Constant):
                found.add(node.args[0].value)
            if name == "InvalidField" or name in _CHECKS:
                found |= {k.value.value for k in node.keywords
                          if k.arg == "field" and isinstance(k.value, ast.Constant)}
            if name in _CHECKS and len(node.args) >= 2 and isinstance(node.args[-1], ast.Constant) \
                    and isinstance(node.args[-1].value, str):
                found.add(node.args[-1].value)
    return found


def test_every_field_code_has_a_label_in_english_and_french():
    codes = _field_codes()
    assert len(codes) > 40
    french = _french()
    missing = sorted(c for c in codes if c not in ui_errors.FIELDS or not french.get(("Fields", ui_errors.FIELDS[c])))
    assert missing == []


def test_a_document_row_over_the_size_limit_is_worded_from_its_codes():
    row = ErrorText(InvalidField("document", Reason.OVER_SIZE_LIMIT, "minutes.pdf", limit=5 * 1024 * 1024))
    assert row == "invalid document ('minutes.pdf'): over the vault's size limit (5,242,880 bytes)"  # the CLI's words
    assert wording.row_text(row) == "Document (minutes.pdf): over the vault's size limit (5 MB)"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_import_preview_words_notes_and_row_errors_from_their_codes(make_desktop, vault, tmp_path, qtbot, qapp,
                                                                        language):
    """A real import dialog: the file's unknown column (a Note) and a row's invalid email (an ErrorText of an
    InvalidField) are shown in the interface language, worded from their codes."""
    import os

    from PySide6.QtCore import Qt

    t = i18n.Translations(qapp)
    t.apply(language)
    try:
        desktop = make_desktop()
        desktop.show_vault(vault)
        window = desktop.window
        path = tmp_path / "people.csv"
        path.write_text("given,family,email,Fax\nZoé,Martin,pas-un-email,0102\nJean,Dupont,jean@exemple.org,0\n",
                        encoding="utf-8")
        window.exchange.import_action.trigger()
        dialog = window.exchange.dialogs["import"]
        window.ask.answers.append(str(path))
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        notes = dialog.preview.notes.text()
        model = dialog.preview.model
        details = [model.data(model.index(r, model.columnCount() - 1)) for r in range(model.rowCount())]
        if language == "en":
            assert "Column “Fax” not recognised: not imported." in notes
            assert "Email (pas-un-email): not an email address" in details
        else:
            assert "Colonne « Fax » non reconnue : non importée." in notes
            assert "E-mail (pas-un-email): n’est pas une adresse e-mail" in details
        dialog.grab().save(os.environ.get("H12W_SHOTS", str(tmp_path)) + f"/import-codes-{language}.png")
        dialog.reject()
    finally:
        t.apply("en")
