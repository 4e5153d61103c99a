"""Members and dues (join, renew, lapse, resign, contributions, renewal list) and documents (add by button or
drag and drop, preview, link, save a copy)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage

from commons_desktop.core.model import MembershipType
from commons_desktop.services import lists, members

from .conftest import type_date

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 3, 1)


@pytest.fixture
def desktop(make_desktop, people_vault, qapp):
    from commons_desktop.ui import i18n
    i18n.Translations(qapp).apply("en")  # as the app does: the English catalogue holds the plural forms
    d = make_desktop()
    d.show_vault(people_vault)
    d.window.show_section("people")  # the vault opens on its home page
    for view in (d.window.people.editor.membership, d.window.members):
        view.today = lambda: TODAY
    return d


def test_join_renew_lapse_resign_and_contribution(desktop, qtbot):
    people = desktop.window.people
    people.select_row(0)
    panel = people.editor.membership
    people.editor.tabs.setCurrentWidget(panel)
    ident = people.editor.ident
    assert "not a member" in panel.status.text()
    assert not panel.renew_button.isEnabled()
    members.add_type(desktop.vault, MembershipType("Membre", Decimal("20"), months=12))
    qtbot.mouseClick(panel.join_button, LEFT)
    dialog = panel.join_dialog
    assert dialog.isVisible() and dialog.type.currentText() == "Membre — 20.00 EUR, 1 year"
    dialog.pay.setChecked(False)  # joining without a first payment
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    assert "active" in panel.status.text() and "02/28/2027" in panel.status.text()
    assert panel.memberships.rowCount() == 1 and panel.memberships.item(0, 0).text() == "Membre"
    qtbot.mouseClick(panel.renew_button, LEFT)
    status, found = members.status_of(desktop.vault, ident, TODAY)
    assert status == "active" and found[0].end == date(2028, 2, 29)
    assert "02/29/2028" in panel.status.text()

    editor = panel.contribution_editor
    form = editor.form
    # a new contribution, dated today: the type's fee for the period it would renew
    assert editor.ident is None and form.date.value() == TODAY and form.amount.value() == 20
    assert (form.period_start.value(), form.period_end.value()) == (date(2028, 3, 1), date(2029, 2, 28))
    assert form.renew.isChecked()
    form.renew.setChecked(False)
    qtbot.keyClick(form.amount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.amount, "25.5")
    form.method.setCurrentIndex(form.method.findData("cash"))
    type_date(qtbot, form.period_start, date(2026, 1, 1))
    type_date(qtbot, form.period_end, date(2026, 12, 31))
    qtbot.mouseClick(editor.save_button, LEFT)
    assert not form.error.isVisible(), form.error.text()
    assert panel.contributions.rowCount() == 1
    assert panel.contributions.item(0, 1).text() == "25.50 EUR"
    assert panel.contributions.item(0, 4).text() == "01/01/2026 – 12/31/2026"
    assert "25.50 EUR" in panel.totals.text()
    paid = members.list_contributions(desktop.vault, person_id=ident)
    assert (paid[0].method, paid[0].date, str(paid[0].period_end)) == ("cash", TODAY, "2026-12-31")
    assert editor.ident == paid[0].id and panel.contributions.selectionModel().isRowSelected(0)
    assert members.status_of(desktop.vault, ident, TODAY)[1][0].end == date(2028, 2, 29)  # not renewed

    qtbot.mouseClick(editor.new_button, LEFT)
    form.kind.setCurrentIndex(form.kind.findData("donation"))
    assert not form.renew.isEnabled() and not form.renew.isChecked()  # a donation renews nothing
    qtbot.keyClick(form.amount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.amount, "0")  # no amount
    qtbot.mouseClick(editor.save_button, LEFT)
    assert form.error.isVisible() and "positive amount" in form.error.text()
    assert form.amount.hasFocus() and editor.dirty

    editor.ask.answers.append("discard")  # opening the first contribution leaves the unsaved one
    panel.contributions.selectRow(0)
    assert editor.ident == paid[0].id and not editor.dirty
    qtbot.mouseClick(panel.lapse_button, LEFT)
    assert members.status_of(desktop.vault, ident, TODAY)[0] == "lapsed"
    qtbot.mouseClick(panel.resign_button, LEFT)
    status, found = members.status_of(desktop.vault, ident, TODAY)
    assert status == "resigned" and found[0].end == TODAY
    assert "resigned" in panel.status.text()


def test_renewal_list_and_renew_from_it(desktop, qtbot):
    vault = desktop.vault
    ids = lists.people_ids(vault, lists.PeopleQuery())
    members.join(vault, ids[0], start=TODAY - timedelta(days=360), end=TODAY + timedelta(days=5))
    members.join(vault, ids[1], start=TODAY - timedelta(days=300), end=TODAY + timedelta(days=60))
    members.join(vault, ids[2], start=TODAY - timedelta(days=800), end=TODAY - timedelta(days=30))
    members.join(vault, ids[3], start=TODAY - timedelta(days=10), end=TODAY + timedelta(days=355))
    view = desktop.window.members
    desktop.window.show_section("members")
    assert view.days.value() == 30
    assert [r.person_id for r in view.rows] == [ids[0], ids[2]]  # ending in 5 days, then lapsed a month ago
    assert [view.table.item(r, 2).text() for r in range(2)] == ["Active", "Lapsed"]  # as the home page writes them
    assert view.table.item(0, 1).text() == lists.person(vault, ids[0]).emails[0].address
    view.days.setValue(90)
    assert len(view.rows) == 3
    view.lapsed.setChecked(False)
    assert [r.person_id for r in view.rows] == [ids[0], ids[1]]
    view.table.selectRow(0)
    qtbot.mouseClick(view.renew_button, LEFT)
    assert [r.person_id for r in view.rows] == [ids[1]]
    assert members.status_of(vault, ids[0], TODAY)[1][0].end == TODAY + timedelta(days=5 + 365)
    view.table.selectRow(0)
    qtbot.mouseClick(view.open_button, LEFT)
    assert desktop.window.current_section() == "people"
    assert desktop.window.people.editor.ident == ids[1]


def test_contributions_list(desktop, qtbot):
    vault = desktop.vault
    ids = lists.people_ids(vault, lists.PeopleQuery())
    for n in range(3):
        members.add_contribution(vault, ids[n], f"{10 + n}", when=date(2026, 1, 1 + n))
    desktop.window.show_section("contributions")
    view = desktop.window.contributions
    assert view.model.rowCount() == 3
    assert view.model.data(view.model.index(0, 2)) == "12.00 EUR"  # newest first
    assert view.model.data(view.model.index(0, 1)) == lists.person(vault, ids[2]).display_name


def _png(path) -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(path), "PNG")


def test_add_documents_preview_link_and_save_a_copy(desktop, qtbot, tmp_path):
    window = desktop.window
    window.show_section("documents")
    view = window.documents
    assert view.model.rowCount() == 0
    note = tmp_path / "compte-rendu.txt"
    note.write_text("Assemblée générale du 3 mars\nPrésent·es : 12", "utf-8")
    picture = tmp_path / "affiche.png"
    _png(picture)
    view.ask.answers.append([str(note)])
    qtbot.mouseClick(view.add_button, LEFT)
    assert view.model.rowCount() == 1
    assert view.preview.currentWidget() is view.preview.text
    assert "Assemblée générale" in view.preview.text.toPlainText()

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(drop)
    assert view.model.rowCount() == 2
    assert view.current().title == "affiche.png"
    assert view.preview.currentWidget() is view.preview.image_page
    assert view.preview.pixmap.width() == 40

    someone = lists.person(desktop.vault, lists.people_ids(desktop.vault, lists.PeopleQuery())[0])
    hits = lists.find_records(desktop.vault, someone.given + " " + someone.family)
    qtbot.mouseClick(view.link_button, LEFT)  # a searchable list of people and organisations
    picker = view.picker
    assert picker.isVisible() and not picker.ok_button.isEnabled()
    qtbot.keyClicks(picker.search, someone.given + " " + someone.family)
    qtbot.waitUntil(lambda: picker.results.count() > 0)
    assert picker.chosen() == hits[0].id
    qtbot.mouseClick(picker.ok_button, LEFT)
    assert ("person", hits[0].id) in lists.document(desktop.vault, view.current().id).links
    assert hits[0].label in view.links.text()

    target = tmp_path / "copy.png"
    view.ask.answers.append(str(target))
    qtbot.mouseClick(view.save_button, LEFT)
    assert target.read_bytes() == picture.read_bytes()


def test_open_in_another_application_uses_a_private_copy_wiped_on_lock(desktop, qtbot, tmp_path):
    import stat

    view = desktop.window.documents
    desktop.window.show_section("documents")
    note = tmp_path / "liste.csv"
    note.write_text("nom;ville\nDupré;Liège\n", "utf-8")
    view.add_paths([str(note)])
    view.copies.base = tmp_path / "runtime"
    view.copies.base.mkdir()
    opened = []
    view.opener = opened.append
    view.ask.answers.append(False)  # the user declines: nothing is written
    qtbot.mouseClick(view.open_button, LEFT)
    assert opened == [] and list(view.copies.base.iterdir()) == []
    view.ask.answers.append(True)
    qtbot.mouseClick(view.open_button, LEFT)
    (copy,) = opened
    assert copy.read_text("utf-8").startswith("nom;ville")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600 and stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    desktop.lock()
    assert not copy.exists() and list(view.copies.base.iterdir()) == []
