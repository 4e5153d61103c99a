"""Members and dues in the desktop app (issue 15), driven as a person would: the home page and its links, joining
with a type and a first payment, dues that renew, receipts and certificates, the renewals page (email column,
export, reminder letters with the EPC payment QR code read back by zbarimg, the BCC list through the secret
clipboard), the contributions page (filters, totals, export), the Settings dialog (association, IBAN, types), and
the vault's documents' language written from the app's language."""

from __future__ import annotations

import calendar
import csv
import io
import shutil
import subprocess
import unicodedata
import zipfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea

from commons_desktop.core.model import MembershipType
from commons_desktop.services import dues, lists, members, settings
from commons_desktop.ui import i18n
from commons_desktop.vault import backup, exchange_log

LEFT = Qt.MouseButton.LeftButton
TODAY = date.today()  # the people list filters by status today (it has no clock seam): the whole module uses it
YEAR = TODAY.year
IBAN = "BE71096123456769"
TOOLS = all(shutil.which(t) for t in ("pdftoppm", "zbarimg", "pdftotext"))
needs_tools = pytest.mark.skipif(not TOOLS, reason="poppler-utils and zbar-tools (scripts/ensure-system-packages.sh)")


def pdf_text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())


def qr_codes(pdf: Path, tmp: Path) -> list[bytes]:
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp / "page")], check=True)
    return [subprocess.run(["zbarimg", "-q", "--raw", "-Sbinary", str(p)], capture_output=True).stdout
            for p in sorted(tmp.glob("page-*.png"))]


@pytest.fixture
def french(qapp):
    """The interface in French (catalogues and formats), English again afterwards."""
    t = i18n.Translations(qapp)
    t.apply("fr")
    yield t
    t.apply("en")


HEADERS_FR = ["Nom", "Courriel", "Statut", "Adhésion", "Fin", "Jours restants", "Cotisation"]
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")


def long_day(d: date, french: bool = False) -> str:
    return f"{d.day} {MONTHS_FR[d.month - 1] if french else calendar.month_name[d.month]} {d.year}"


def short_day(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


@pytest.fixture
def club(people_vault):
    """Three members of the type Membre (20 EUR a year): ids[0] ends today, ids[1] lapsed 100 days ago, ids[2]
    joined today (covered for a year); dues paid today and last year, a donation on the 1st of January."""
    vault = people_vault
    ids = lists.people_ids(vault, lists.PeopleQuery())
    kind = members.add_type(vault, MembershipType("Membre", Decimal("20"), months=12))
    members.join(vault, ids[0], type=kind.code, start=members.add_months(TODAY, -12) + timedelta(days=1), today=TODAY)
    members.join(vault, ids[1], type=kind.code, start=TODAY - timedelta(days=465), end=TODAY - timedelta(days=100),
                 today=TODAY)
    members.join(vault, ids[2], type=kind.code, start=TODAY, today=TODAY)
    members.add_contribution(vault, ids[2], "20", when=TODAY, method="cash")
    members.add_contribution(vault, ids[0], "20", when=date(YEAR - 1, 6, 26))
    members.add_contribution(vault, ids[0], "15", when=date(YEAR, 1, 1), kind="donation", method="card")
    settings.set_many(vault, {"name": "Locataires de la Rue Haute", "address": "Rue Haute 12\n4000 Liège"})
    vault.ids = ids
    return vault


@pytest.fixture
def desktop(make_desktop, club, qtbot, qapp):
    i18n.Translations(qapp).apply("en")  # as the app does: the English catalogue holds the plural forms
    d = make_desktop()
    d.show_vault(club)
    w = d.window
    for view in (w.home, w.members, w.people.editor.membership):
        view.today = lambda: TODAY
    for editor in w.people.editor.membership.editors().values():
        editor.today = lambda: TODAY
    w.home.refresh()
    return d


# -- the home page ----------------------------------------------------------------------------------------------------
def test_a_long_record_name_on_the_home_page_is_cut_short_not_widening_the_page(desktop, qtbot):
    window, vault = desktop.window, desktop.vault
    home = window.home
    window.resize(1024, 600)
    person = lists.person(vault, vault.ids[1])
    person.given = ("Marie-Bénédicte-Alexandrine-Joséphine " * 4).strip()
    lists.save_person(vault, vault.ids[1], person)
    window.show_section("people")
    window.show_section("home")
    first = home.change_links[0]
    qtbot.waitUntil(lambda: person.given in first.text())  # the text is whole...
    scroll = home.findChild(QScrollArea)
    scroll.widget().layout().activate()  # the layout takes the new text's size now, not at its next event
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()  # ... the page is not made wider
    qtbot.waitUntil(lambda: not scroll.horizontalScrollBar().isVisible())  # than the window
    assert first.width() < first.fontMetrics().horizontalAdvance(first.text())
    assert first.toolTip() == first.text()  # what is cut short is read whole in the tooltip


def test_the_vault_opens_on_its_home_page_and_each_line_opens_the_page_that_shows_it(desktop, qtbot, tmp_path):
    window, vault = desktop.window, desktop.vault
    home = window.home
    assert window.current_section() == "home" and home.isVisible()
    assert "Locataires de la Rue Haute" in home.heading.text()
    assert home.status_links["active"].text() == "Active: 2" and home.status_links["lapsed"].text() == "Lapsed: 1"
    assert home.status_links["none"].text() == "997 people are not members"
    assert home.renewals_link.text() == "1 renewal due this month"
    assert home.dues_link.text() == f"Dues received in {YEAR}: 20.00 EUR (1 payment)"
    assert "No backup yet" in home.backup_text.text() and not home.backup_link.isVisible()
    assert home.backup_now_link.isVisible()  # the window's own backup, not a command to type
    qtbot.mouseClick(home.backup_now_link, LEFT)
    dialog = desktop.safety.menu.dialog
    assert dialog is not None and dialog.isVisible() and type(dialog).__name__ == "BackupDialog"
    desktop.safety.menu.close_dialog()

    qtbot.mouseClick(home.status_links["lapsed"], LEFT)
    assert window.current_section() == "people"
    assert window.people.status_filter.currentData() == "lapsed" and window.people.model.rowCount() == 1
    assert window.people.model.id_at(0) == vault.ids[1]

    window.show_section("home")
    qtbot.mouseClick(home.renewals_link, LEFT)
    assert window.current_section() == "members"
    month_end = date(YEAR, TODAY.month, calendar.monthrange(YEAR, TODAY.month)[1])
    assert window.members.days.value() == (month_end - TODAY).days and not window.members.lapsed.isChecked()
    assert [r.person_id for r in window.members.rows] == [vault.ids[0]]

    window.show_section("home")
    qtbot.mouseClick(home.dues_link, LEFT)
    assert window.current_section() == "contributions"
    view = window.contributions
    assert (view.year.currentData(), view.kind.currentData(), view.method.currentData()) == (YEAR, "dues", None)
    assert view.model.rowCount() == 1

    window.show_section("home")
    first = home.change_links[0]
    assert first.isVisible() and "created" in first.text() and "contribution" in first.text()
    settings.set_value(vault, "address", "Rue Haute 14")  # not a record: the last change is still the same
    members.add_contribution(vault, vault.ids[2], "5", when=TODAY, kind="donation")
    lists.save_person(vault, vault.ids[2], lists.person(vault, vault.ids[2]))  # nothing changed: nothing logged
    from commons_desktop.core.model import Email
    person = lists.person(vault, vault.ids[1])
    person.emails = [Email("new@example.org")]
    lists.save_person(vault, vault.ids[1], person)
    window.show_section("people")
    window.show_section("home")
    first = home.change_links[0]
    assert person.display_name in first.text() and "changed" in first.text()
    qtbot.mouseClick(first, LEFT)
    assert window.current_section() == "people" and window.people.editor.ident == vault.ids[1]

    opened = []
    home.open_folder = opened.append
    backup.backup_to(vault, tmp_path / "backups")
    window.show_section("home")
    assert str((tmp_path / "backups").resolve()) in home.backup_text.text() and home.backup_link.isVisible()
    qtbot.mouseClick(home.backup_link, LEFT)
    assert opened == [str((tmp_path / "backups").resolve())]
    qtbot.mouseClick(home.history_link, LEFT)
    assert window.current_section() == "history"


def test_the_home_renewals_and_contributions_pages_follow_the_vault_changed_event(desktop, qtbot):
    """Written elsewhere (an import, the CLI beside the app, later another laptop): the page shown reads it again."""
    window, vault = desktop.window, desktop.vault
    window.show_section("home")
    members.add_contribution(vault, vault.ids[0], "30", when=TODAY)
    qtbot.waitUntil(lambda: window.home.dues_link.text() == f"Dues received in {YEAR}: 50.00 EUR (2 payments)")
    assert "contribution" in window.home.change_links[0].text()
    members.update_type(vault, "membre", MembershipType("Membre actif", Decimal("25"), months=12))
    qtbot.waitUntil(lambda: "membership type: Membre actif" in window.home.change_links[0].text())
    window.show_section("contributions")
    view = window.contributions
    assert view.count.text() == "4 contributions"
    members.add_contribution(vault, vault.ids[1], "5", when=TODAY, kind="donation")
    qtbot.waitUntil(lambda: view.count.text() == "5 contributions")
    window.show_section("members")
    assert [window.members.table.item(r, 3).text() for r in range(2)] == ["Membre actif", "Membre actif"]
    members.join(vault, vault.ids[3], type="membre", start=members.add_months(TODAY, -12), today=TODAY)
    qtbot.waitUntil(lambda: len(window.members.rows) == 3)


def test_the_home_page_in_french(desktop, french):
    desktop.set_language("fr")
    home = desktop.window.home
    home.today = lambda: TODAY
    home.refresh()
    assert home.status_links["active"].text() == "Actif : 2"
    assert home.renewals_link.text() == "1 renouvellement à faire ce mois-ci"
    assert home.dues_link.text() == f"Cotisations reçues en {YEAR} : 20,00 EUR (1 paiement)"
    assert settings.language(desktop.vault) == "fr"  # the documents now print in French
    desktop.set_language("en")
    assert settings.language(desktop.vault) == "en"


# -- joining, dues, receipts, certificates --------------------------------------------------------------------------
def test_join_with_a_new_type_and_a_first_payment(desktop, qtbot):
    window, vault = desktop.window, desktop.vault
    window.show_section("people")
    people = window.people
    people.select_id(vault.ids[5])
    panel = people.editor.membership
    people.editor.tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.join_button, LEFT)
    dialog = panel.join_dialog
    assert dialog.type.count() == 1 and dialog.pay.isChecked() and dialog.amount.value() == 20
    qtbot.mouseClick(dialog.types_button, LEFT)  # a type the list does not have yet
    types = dialog.types_dialog.editor
    qtbot.mouseClick(types.new_button, LEFT)
    qtbot.keyClicks(types.label, "Membre de soutien")
    types.fee.selectAll()
    qtbot.keyClicks(types.fee, "50")
    types.months.setValue(6)
    qtbot.mouseClick(types.save_button, LEFT)
    assert [t.label for t in members.types(vault)] == ["Membre", "Membre de soutien"]
    dialog.types_dialog.reject()
    assert dialog.type.currentText() == "Membre de soutien — 50.00 EUR, 6 months"
    six_months = members.add_months(TODAY, 6) - timedelta(days=1)
    assert dialog.amount.value() == 50 and dialog.period.text() == f"Until {short_day(six_months)}"
    dialog.method.setCurrentIndex(dialog.method.findData("cash"))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    status, (m,) = members.status_of(vault, vault.ids[5], TODAY)
    assert (status, m.type, m.start, m.end) == ("active", "membre-de-soutien", TODAY, six_months)
    (paid,) = members.list_contributions(vault, person_id=vault.ids[5])
    assert (paid.amount, paid.method, paid.period_start, paid.period_end) == (Decimal("50.00"), "cash", TODAY,
                                                                             six_months)
    assert panel.memberships.item(0, 0).text() == "Membre de soutien" and panel.contributions.rowCount() == 1


def test_new_dues_renew_the_membership_for_the_period_paid(desktop, qtbot):
    window, vault = desktop.window, desktop.vault
    window.show_section("people")
    window.people.select_id(vault.ids[0])  # ends today
    panel = window.people.editor.membership
    window.people.editor.tabs.setCurrentWidget(panel)
    editor = panel.contribution_editor
    qtbot.mouseClick(editor.new_button, LEFT)
    form = editor.form
    assert form.amount.value() == 20 and form.renew.isChecked()
    start, end = TODAY + timedelta(days=1), members.add_months(TODAY + timedelta(days=1), 12) - timedelta(days=1)
    assert (form.period_start.value(), form.period_end.value()) == (start, end)
    assert not editor.save_button.isEnabled()  # what is proposed is not an edit: nothing to save yet
    form.method.setCurrentIndex(form.method.findData("cash"))  # how it was paid
    qtbot.mouseClick(editor.save_button, LEFT)
    assert not form.error.isVisible() and editor.message.text() == "Saved.", editor.message.text()
    assert members.status_of(vault, vault.ids[0], TODAY)[1][0].end == end
    assert short_day(end) in panel.status.text()


@needs_tools
def test_a_receipt_and_a_certificate_in_french(desktop, qtbot, tmp_path, french):
    desktop.set_language("fr")
    window, vault = desktop.window, desktop.vault
    window.show_section("people")
    window.people.select_id(vault.ids[2])
    panel = window.people.editor.membership
    panel.today = lambda: TODAY
    window.people.editor.tabs.setCurrentWidget(panel)
    panel.contributions.selectRow(0)
    assert panel.receipt_button.isEnabled()
    target = tmp_path / "recu.pdf"
    window.ask.answers.append(str(target))
    qtbot.mouseClick(panel.receipt_button, LEFT)
    text = pdf_text(target)
    name = lists.person(vault, vault.ids[2]).display_name
    for words in ("Locataires de la Rue Haute", "Rue Haute 12 4000 Liège", "Reçu", f"Reçu de {name}", "20,00 EUR",
                  long_day(TODAY, french=True), "Moyen de paiement espèces", "Objet : cotisation"):
        assert words in text, words
    assert "exchange log" not in panel.note.text() and str(target) in panel.note.text()
    certificate = tmp_path / "attestation.pdf"
    window.ask.answers.append(str(certificate))
    qtbot.mouseClick(panel.certificate_button, LEFT)
    end = members.add_months(TODAY, 12) - timedelta(days=1)
    assert (f"Nous attestons que {name} est membre de Locataires de la Rue Haute depuis le "
            f"{long_day(TODAY, True)}, jusqu'au {long_day(end, True)}.") in pdf_text(certificate)
    assert [d.kind for d in exchange_log.disclosures(vault, vault.ids[2])] == ["certificate", "receipt"]


# -- the renewals page ----------------------------------------------------------------------------------------------
def test_renewals_page_emails_bcc_export_and_reminder_letters_with_the_payment_code(desktop, qtbot, tmp_path):
    window, vault = desktop.window, desktop.vault
    window.show_section("members")
    view = window.members
    rows = view.rows
    assert [r.person_id for r in rows] == [vault.ids[0], vault.ids[1]]
    emails = [lists.person(vault, i).emails[0].address for i in vault.ids[:2]]
    assert [view.table.item(r, 1).text() for r in range(2)] == emails
    assert [view.table.item(r, 6).text() for r in range(2)] == ["20.00 EUR", "20.00 EUR"]

    qtbot.mouseClick(view.copy_button, LEFT)  # nothing selected: every row
    board = QGuiApplication.clipboard()
    assert board.text() == ", ".join(emails)
    assert board.mimeData().hasFormat("x-kde-passwordManagerHint")  # kept out of clipboard managers' history
    view.table.selectRow(1)
    qtbot.mouseClick(view.copy_button, LEFT)
    assert board.text() == emails[1]
    view.clipboard.clear()

    sheet = tmp_path / "relances.csv"
    window.ask.answers.append(str(sheet))
    qtbot.mouseClick(view.export_button, LEFT)
    table = list(csv.reader(io.StringIO(sheet.read_text("utf-8-sig"))))
    assert table[0][:4] == ["Name", "Email", "Status", "Membership type"] and len(table) == 3
    assert table[2][2] == "lapsed" and table[1][4] == short_day(TODAY)
    ods = tmp_path / "relances"  # no suffix: a spreadsheet (.ods)
    window.ask.answers.append(str(ods))
    qtbot.mouseClick(view.export_button, LEFT)
    assert "Renewals" in zipfile.ZipFile(tmp_path / "relances.ods").read("content.xml").decode()

    settings.set_value(vault, "iban", IBAN)
    view.table.clearSelection()
    letters = tmp_path / "lettres.pdf"
    window.ask.answers.append(str(letters))
    qtbot.mouseClick(view.letters_button, LEFT)
    assert "2 letters" in window.statusBar().currentMessage()
    if TOOLS:
        names = [lists.person(vault, i).display_name for i in vault.ids[:2]]
        assert qr_codes(letters, tmp_path) == [
            f"BCD\n002\n1\nSCT\n\nLocataires de la Rue Haute\n{IBAN}\nEUR20.00\n\n\nMembership Membre {n}".encode()
            for n in names]
        text = pdf_text(letters)
        assert (f"Your membership (Membre) ends on {long_day(TODAY)}. To renew it, please pay 20.00 EUR by "
                f"{long_day(TODAY)}.") in text
    kinds = [d.kind for d in exchange_log.disclosures(vault, vault.ids[0])]
    assert kinds == ["pdf-reminders", "renewals-ods", "renewals-csv"]

    view.table.selectRow(0)
    qtbot.mouseClick(view.renew_button, LEFT)
    assert [r.person_id for r in view.rows] == [vault.ids[1]]


@needs_tools
def test_the_renewals_and_contributions_pages_and_the_letters_in_french(desktop, qtbot, tmp_path, french):
    desktop.set_language("fr")
    window, vault = desktop.window, desktop.vault
    window.members.today = lambda: TODAY
    settings.set_value(vault, "iban", IBAN)
    window.show_section("members")
    view = window.members
    view.refresh()
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    assert headers == HEADERS_FR
    assert [view.table.item(r, 6).text() for r in range(2)] == ["20,00 EUR", "20,00 EUR"]
    assert view.summary.text() == "2 membres à renouveler"
    letters = tmp_path / "lettres.pdf"
    window.ask.answers.append(str(letters))
    qtbot.mouseClick(view.letters_button, LEFT)
    assert window.statusBar().currentMessage().startswith(f"Écrit : {letters} (2 lettres).")
    names = [lists.person(vault, i).display_name for i in vault.ids[:2]]
    assert qr_codes(letters, tmp_path) == [
        f"BCD\n002\n1\nSCT\n\nLocataires de la Rue Haute\n{IBAN}\nEUR20.00\n\n\nCotisation Membre {n}".encode()
        for n in names]
    text = pdf_text(letters)
    ended = TODAY - timedelta(days=100)
    for words in ("Renouvellement de votre adhésion", f"Votre adhésion (Membre) prend fin le {long_day(TODAY, True)}.",
                  f"Pour la renouveler, merci de verser 20,00 EUR avant le {long_day(TODAY, True)}.",
                  f"Votre adhésion (Membre) a pris fin le {long_day(ended, True)}."):
        assert words in text, words

    window.show_section("contributions")
    view = window.contributions
    assert view.year.itemText(0) == "Toutes les années" and view.count.text() == "3 contributions"
    view.kind.setCurrentIndex(view.kind.findData("dues"))
    assert view.count.text() == "2 contributions"
    assert [view.totals.item(r, 2).text() for r in range(view.totals.rowCount())] == ["20,00 EUR", "20,00 EUR"]
    view.year.setCurrentIndex(view.year.findData(YEAR - 1))
    assert view.count.text() == "1 contribution"


# -- the contributions page -----------------------------------------------------------------------------------------
def test_contributions_page_filters_totals_and_export(desktop, qtbot, tmp_path):
    window, vault = desktop.window, desktop.vault
    window.show_section("contributions")
    view = window.contributions
    assert [view.year.itemText(i) for i in range(view.year.count())] == ["All years", str(YEAR), str(YEAR - 1)]
    assert view.model.rowCount() == 3 and view.count.text() == "3 contributions"
    totals = [[view.totals.item(r, c).text() for c in range(4)] for r in range(view.totals.rowCount())]
    assert totals == [[str(YEAR), "donation", "15.00 EUR", "1"], [str(YEAR), "dues", "20.00 EUR", "1"],
                      [str(YEAR - 1), "dues", "20.00 EUR", "1"]]
    view.year.setCurrentIndex(view.year.findData(YEAR))
    assert view.model.rowCount() == 2
    view.method.setCurrentIndex(view.method.findData("card"))
    assert view.model.rowCount() == 1 and view.model.data(view.model.index(0, 4)) == "donation"
    view.method.setCurrentIndex(0)
    view.kind.setCurrentIndex(view.kind.findData("dues"))
    assert view.totals.rowCount() == 1 and view.count.text() == "1 contribution"
    target = tmp_path / "cotisations.xlsx"
    window.ask.answers.append(str(target))
    qtbot.mouseClick(view.export_button, LEFT)
    sheet = zipfile.ZipFile(target).read("xl/worksheets/sheet1.xml").decode()
    assert "Period from" in sheet and "cash" in sheet and "donation" not in sheet
    assert dues.count(vault, view.chosen) == 1


# -- settings ------------------------------------------------------------------------------------------------------
def test_settings_dialog_association_iban_and_membership_types(desktop, qtbot):
    vault = desktop.vault
    desktop.show_settings()
    dialog = desktop.settings_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.name.text() == "Locataires de la Rue Haute" and dialog.tabs.count() == 3
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.iban, "BE71 0961 2345 6760")  # a wrong check digit
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible() and dialog.error.text() == "IBAN: not a valid IBAN (check its letters and digits)"
    assert dialog.iban.hasFocus()
    assert settings.association(vault).iban == ""
    dialog.iban.clear()
    qtbot.keyClicks(dialog.iban, "be71 0961 2345 6769")
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, "Rue Haute 12")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    a = settings.association(vault)
    assert (a.iban, a.address) == (IBAN, "Rue Haute 12")

    desktop.show_settings()
    types = desktop.settings_dialog.types
    desktop.settings_dialog.tabs.setCurrentWidget(types)
    assert types.table.item(0, 0).text() == "Membre" and types.table.item(0, 3).text() == "3"
    qtbot.mouseClick(types.new_button, LEFT)
    qtbot.keyClicks(types.label, "Cotisant")
    qtbot.mouseClick(types.save_button, LEFT)
    types.table.selectRow(1)
    qtbot.mouseClick(types.up_button, LEFT)
    assert [t.label for t in members.types(vault)] == ["Cotisant", "Membre"]
    types.table.selectRow(1)  # Membre, in use: its memberships move to the type chosen
    desktop.window.ask.answers.append("Cotisant")
    qtbot.mouseClick(types.remove_button, LEFT)
    assert [t.label for t in members.types(vault)] == ["Cotisant"]
    assert members.type_in_use(vault, "cotisant") == 3
    desktop.settings_dialog.reject()


def test_the_desktop_writes_the_language_the_user_works_in_into_the_vault(desktop):
    assert settings.language(desktop.vault, "") == "en"
    desktop.set_language("fr")
    try:
        assert desktop.vault.get_meta("language") == "fr"
    finally:
        desktop.set_language("en")


# -- a small screen ------------------------------------------------------------------------------------------------
def _clipped_buttons(widget) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton
    return [b.text() for b in widget.findChildren(QAbstractButton)
            if b.isVisible() and b.text() and b.width() < b.sizeHint().width()]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_pages_of_members_and_dues_fit_a_1024_by_600_screen(desktop, qtbot, qapp, language):
    """Each page in the room a 1024x600 window leaves it beside the sidebar: no button's text is cut."""
    i18n.Translations(qapp).apply(language)
    try:
        desktop.set_language(language)
        window = desktop.window
        room = (1024 - window.sidebar.width() - 16, 600 - window.menuBar().sizeHint().height()
                - window.statusBar().sizeHint().height() - 8)
        for key in ("home", "members", "contributions"):
            window.show_section(key)
            view = window.views[key]
            assert view.minimumSizeHint().width() <= room[0], (key, view.minimumSizeHint())
            view.setParent(None)  # on its own, at the size it gets there
            view.resize(*room)
            view.show()
            qtbot.waitExposed(view)
            assert _clipped_buttons(view) == [], key
            view.close()
        window.show_section("people")
        window.people.select_id(desktop.vault.ids[0])
        panel = window.people.editor.membership
        window.people.editor.tabs.setCurrentWidget(panel)
        panel.join()
        qtbot.waitExposed(panel.join_dialog)
        assert _clipped_buttons(panel.join_dialog) == []
        panel.join_dialog.reject()
    finally:
        i18n.Translations(qapp).apply("en")
        desktop.set_language("en")
