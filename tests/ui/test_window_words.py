"""Issue 15, the window's words and keys: the Servers page's long French checkbox wraps instead of widening the
page, every section has its keyboard shortcut, the renewals page writes its statuses as the home page does, and the
home page's "Last changes" names a saved search by its name."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commons_desktop.services import lists
from commons_desktop.services.lists import PeopleQuery
from commons_desktop.ui.widgets.wrapped_check import WrappedCheck

LEFT = Qt.MouseButton.LeftButton


def test_the_automatic_sync_sentence_wraps_on_a_narrow_page(make_desktop, vault, language, qtbot, tmp_path):
    desktop = make_desktop()
    desktop.show_vault(vault)
    window = desktop.window
    window.show()
    window.show_section("servers")
    page = window.servers
    row = page.automatic_row
    sentence = row.label.text()
    assert page.automatic.accessibleName() == sentence and page.automatic.text() == ""
    one_line = row.label.fontMetrics().height()
    needs = row.label.fontMetrics().horizontalAdvance(sentence)
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert row.label.width() >= needs and row.label.heightForWidth(row.label.width()) < 2 * one_line  # one line
    assert row.minimumSizeHint().width() < needs // 2  # the sentence never sets the page's width
    page.grab().save(str(tmp_path / f"servers-{language}.png"))
    alone = WrappedCheck(sentence)  # the same sentence given half its width: two lines or more, nothing cut
    qtbot.addWidget(alone)
    alone.resize(needs // 2, 200)
    alone.show()
    qtbot.waitUntil(lambda: alone.label.heightForWidth(alone.label.width()) >= 2 * one_line)
    assert alone.label.geometry().right() < needs // 2 and alone.label.heightForWidth(alone.label.width()) \
        <= alone.label.height()
    alone.grab().save(str(tmp_path / f"sentence-narrow-{language}.png"))
    checked = page.automatic.isChecked()
    qtbot.mouseClick(row.label, LEFT)  # its words tick the box, as a checkbox's own text does
    assert page.automatic.isChecked() is not checked
    assert page.minutes.isEnabled() is not checked


def test_every_section_has_its_key(make_desktop, vault, language, qtbot):
    """Ctrl+1 … Ctrl+9 and Ctrl+0 by the sidebar's order (Servers, tenth since Home came first, is Ctrl+0 again), and
    every section its own letter in the Go menu (Alt+G, then the letter), in English and in French."""
    desktop = make_desktop()
    desktop.show_vault(vault)
    window = desktop.window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    letters = []
    for number, key in enumerate(window.SECTIONS, start=1):
        action = window.section_actions[key]
        title = action.text()
        assert title.count("&") == 1 and title.replace("&", "") == window.sidebar.item(number - 1).text(), title
        letters.append(title[title.index("&") + 1].lower())
        if number <= 10:
            window.show_section("home" if key != "home" else "people")
            qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number % 10), Qt.KeyboardModifier.ControlModifier)
            assert window.current_section() == key, (language, number)
        else:
            assert action.shortcut().isEmpty()
    assert len(set(letters)) == len(letters), letters
    assert window.section_actions["servers"].shortcut().toString() == "Ctrl+0"
    window.show_section("home")
    go = window.section_actions["team"].associatedObjects()[0]  # the Go menu
    go.popup(window.mapToGlobal(window.rect().center()))  # (Alt+G opens it: the menu bar's own letter)
    qtbot.waitUntil(go.isVisible)
    letter = letters[window.SECTIONS.index("team")]  # Team has no Ctrl+digit: its letter reaches it
    qtbot.keyClick(go, Qt.Key(ord(letter.upper())))
    qtbot.waitUntil(lambda: window.current_section() == "team")


def test_renewal_statuses_are_written_as_the_home_page_writes_them(make_desktop, vault, language, qtbot):
    from datetime import date, timedelta
    from decimal import Decimal

    from commons_desktop.core.model import MembershipType, Person
    from commons_desktop.services import members

    today = date.today()
    kind = members.add_type(vault, MembershipType("Membre", Decimal("20"), months=12))
    ident = lists.save_person(vault, None, Person(given="Zoé", family="Aubert"))
    members.join(vault, ident, type=kind.code, start=today - timedelta(days=465), end=today - timedelta(days=100),
                 today=today)
    desktop = make_desktop()
    desktop.show_vault(vault)
    window = desktop.window
    window.home.refresh()
    window.show_section("members")
    page = window.members
    qtbot.mouseClick(page.lapsed, LEFT) if not page.lapsed.isChecked() else None
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    shown = page.table.item(0, 2).text()
    on_home = window.home.status_links["lapsed"].text()
    assert shown == ("Lapsed" if language == "en" else "Échu") and on_home.startswith(shown), (shown, on_home)


def test_last_changes_name_a_saved_search(make_desktop, vault, language, qtbot):
    lists.save_search(vault, "Bénévoles de Liège", PeopleQuery(text="Liège"))
    desktop = make_desktop()
    desktop.show_vault(vault)
    home = desktop.window.home
    home.refresh()
    first = home.change_links[0].text()
    assert first.endswith("Bénévoles de Liège"), first
    ident = lists.saved_searches(vault)[0].id
    assert ident[-8:] not in first
    lists.delete_saved_search(vault, ident)  # a deleted one too
    home.refresh()
    assert home.change_links[0].text().endswith("Bénévoles de Liège") and home.change_links[1].isVisible()
