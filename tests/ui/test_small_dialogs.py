"""Issue 15: the dialogs ``make screenshots`` does not open (tests/ui/test_screenshots.py checks those) fit a
1024×600 screen in English and French too: the membership types editor, merging two duplicates, recording dues in
the person's membership tab, the About box."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from commons_desktop.core.model import Address, Email, MembershipType, Person, Phone
from commons_desktop.services import lists, members
from commons_desktop.ui.widgets import screen_fit

from .small_screen import SCREEN, misfits

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(make_desktop, vault, language, monkeypatch, qtbot):
    monkeypatch.setattr(screen_fit, "available", lambda _widget: SCREEN)  # a small laptop's screen
    kind = members.add_type(vault, MembershipType("Membre de soutien à l’année", Decimal("20"), months=12))
    ids = [lists.save_person(vault, None, Person(
        given=given, family=family, emails=[Email("emilie@exemple.org")], phones=[Phone("+32 470 12 34 56")],
        birth_date=date(1984, 3, 2), addresses=[Address("Rue Haute 12\nBâtiment B", "4000", "Liège")]))
        for given, family in (("Émilie", "Dupré"), ("Emilie", "Dupre"))]
    members.join(vault, ids[0], type=kind.code, start=date(2026, 1, 1))
    desktop = make_desktop()
    desktop.show_vault(vault)
    window = desktop.window
    window.resize(SCREEN)
    qtbot.waitUntil(lambda: window.size() == SCREEN)
    window.ids = ids
    return window


def shown(qtbot, dialog, name, tmp_path, language):
    qtbot.waitUntil(dialog.isVisible)
    dialog.grab().save(str(tmp_path / f"{name}-{language}.png"))
    return misfits(dialog, name)


def test_types_editor_and_join(window, qtbot, tmp_path, language):
    window.show_section("people")
    window.people.select_id(window.ids[1])
    panel = window.people.editor.membership
    window.people.editor.tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.join_button, LEFT)
    join = panel.join_dialog
    found = shown(qtbot, join, "join", tmp_path, language)
    qtbot.mouseClick(join.types_button, LEFT)
    found += shown(qtbot, join.types_dialog, "types", tmp_path, language)
    join.types_dialog.reject()
    join.reject()
    assert found == []


def test_recording_dues_at_1024_by_600(window, qtbot, tmp_path, language):
    window.show_section("people")
    window.people.select_id(window.ids[0])
    panel = window.people.editor.membership
    window.people.editor.tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.contribution_editor.new_button, LEFT)
    form = panel.contribution_editor.form
    qtbot.waitUntil(form.amount.isVisible)
    scroll = panel.findChild(QScrollArea)
    scroll.ensureWidgetVisible(form.renew)
    window.grab().save(str(tmp_path / f"dues-{language}.png"))
    content = scroll.widget()  # the tab's whole width in view: no sideways scrolling, no field cut at the edge
    qtbot.waitUntil(lambda: content.width() <= scroll.viewport().width())
    assert not scroll.horizontalScrollBar().isVisible()
    assert form.renew_row.label.geometry().right() <= form.width()
    hint = window.minimumSizeHint()
    assert window.size() == SCREEN and hint.width() <= SCREEN.width() and hint.height() <= SCREEN.height()
    assert [cut for cut in misfits(window, "dues") if "button" in cut] == []


def test_merge_and_about(window, qtbot, tmp_path, language):
    window.show_section("duplicates")
    view = window.duplicates
    qtbot.waitUntil(lambda: len(view.pairs) == 1)
    merge = view.compare()
    found = shown(qtbot, merge, "merge", tmp_path, language)
    merge.reject()
    about = window.show_about()
    found += shown(qtbot, about, "about", tmp_path, language)
    about.close()
    assert found == []
