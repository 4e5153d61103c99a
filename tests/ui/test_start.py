"""make run: --demo opens (creating and filling it the first time) the demo vault; without it, the wizard."""

from __future__ import annotations

from commons_desktop import app
from commons_desktop.services import lists


def test_demo_is_created_filled_and_listed(make_desktop, dirs):
    desktop = make_desktop(demo_people=120)
    desktop.open_demo()
    assert dirs.demo_vault.is_file()
    window = desktop.window
    assert window.isVisible()
    assert window.current_section() == "home"  # the vault opens on its home page
    assert window.home.status_links["none"].isVisible()
    window.show_section("people")
    assert window.people.model.rowCount() == 120
    assert "120" in window.vault_label.text()
    desktop.quit()

    again = make_desktop(demo_people=120)
    again.open_demo()  # opened with the documented passphrase, not generated twice
    assert lists.people_count(again.vault) == 120


def test_without_demo_the_start_wizard_shows(make_desktop):
    desktop = make_desktop()
    desktop.start()
    dialog = desktop.start_dialog
    assert dialog.isVisible()
    assert dialog.pages.currentWidget() is dialog.welcome
    assert dialog.create_button.isVisible() and dialog.open_button.isVisible() and dialog.demo_button.isVisible()
    assert not dialog.recent.isVisible()  # first start: no recent vaults


def test_demo_button_of_the_wizard_opens_the_demo(make_desktop, qtbot):
    desktop = make_desktop(demo_people=30)
    desktop.start()
    qtbot.mouseClick(desktop.start_dialog.demo_button, app_button())
    assert desktop.start_dialog is None
    assert desktop.window.people.model.rowCount() == 30


def test_command_line():
    assert app.parse_args(["--demo"]).demo
    args = app.parse_args(["--vault", "x.commons", "--lang", "fr"])
    assert (args.vault, args.lang, args.demo) == ("x.commons", "fr", False)


def app_button():
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton
