"""What a double-click runs: `commons-desktop FILE.commons` opens that vault's unlock page, `commons-desktop
FILE.commonsx` opens the "receive a bundle" dialog as soon as a vault is unlocked (macOS hands the file over
as a FileOpen event instead: same routes). Also the command line itself, the window icon and Help > About."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from commons_desktop import APP_ID, __version__, app
from commons_desktop.core.model import Email, Person
from commons_desktop.services import bundles, partners
from commons_desktop.services.exports import ExportSpec
from commons_desktop.ui.launch import FileRouter, app_icon
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People

from .conftest import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton


def test_the_command_line_takes_a_vault_or_a_bundle(capsys):
    args = app.parse_args(["club.commons"])
    assert (args.vault, args.bundle) == ("club.commons", None)
    args = app.parse_args(["/tmp/From Partner.COMMONSX", "--lang", "fr"])
    assert (args.vault, args.bundle, args.lang) == (None, "/tmp/From Partner.COMMONSX", "fr")
    args = app.parse_args(["--vault", "club.commons", "out.commonsx"])
    assert (args.vault, args.bundle) == ("club.commons", "out.commonsx")
    for wrong in (["notes.txt"], ["a.commons", "--vault", "b.commons"]):
        with pytest.raises(SystemExit) as exit_:
            app.parse_args(wrong)
        assert exit_.value.code == 2
    assert "not a vault (.commons) nor a bundle (.commonsx)" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        app.parse_args(["--version"])
    assert exit_.value.code == 0 and capsys.readouterr().out.strip() == f"commons-desktop {__version__}"


def test_a_vault_file_opens_its_unlock_page(make_desktop, qtbot, vault_path):
    desktop = make_desktop()
    router = FileRouter(desktop)
    router.unlock(str(vault_path))
    panel = desktop.start_dialog.unlock_panel
    assert desktop.start_dialog.isVisible() and panel.path == vault_path
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    qtbot.mouseClick(panel.unlock_button, LEFT)
    assert desktop.vault is not None and desktop.window.isVisible()


@pytest.fixture
def bundle_for_us(tmp_path, vault_template, vault_path):
    """A real bundle written by a partner group's vault to ours (the vault at ``vault_path``)."""
    ours = Vault.open(vault_path, key=vault_template[1], device="test-device", author="tester")
    card = partners.show_identity(ours)["card"]
    ours.close()
    theirs_path = tmp_path / "partner.commons"
    shutil.copyfile(vault_template[0], theirs_path)
    theirs = Vault.open(theirs_path, key=vault_template[1], device="device-b", author="tester")
    theirs.set_meta("name", "Fédération")
    People(theirs).add(Person(given="Lina", family="Moreau", emails=[Email("lina@example.org")]))
    partners.add(theirs, "Club", card)
    target = tmp_path / "from-federation.commonsx"
    bundles.write(theirs, ExportSpec("bundle"), target, partners=["Club"])
    theirs.close()
    return target


def test_a_bundle_file_opens_the_receive_dialog_once_a_vault_is_unlocked(make_desktop, qtbot, vault_path,
                                                                         bundle_for_us):
    desktop = make_desktop()
    router = FileRouter(desktop)
    router.receive(str(bundle_for_us))
    assert desktop.start_dialog is not None and desktop.start_dialog.isVisible()  # which vault? the user says
    desktop.start_dialog.choose_vault(vault_path)
    panel = desktop.start_dialog.unlock_panel
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    qtbot.mouseClick(panel.unlock_button, LEFT)
    receive = desktop.window.exchange.dialogs["bundle"]
    assert receive.isVisible() and receive.file.text() == str(bundle_for_us)
    assert "Fédération" in receive.sender_note.text()  # opened: a new partner, to accept by its fingerprint
    qtbot.mouseClick(receive.accept_button, LEFT)
    assert "1 new" in receive.preview.summary.text()
    desktop.lock()  # later unlocks do not open it again
    desktop.unlock_dialog.close()
    assert router.pending_bundle is None


def test_a_file_the_system_hands_over_later_takes_the_same_route(make_desktop, qtbot, vault_path, bundle_for_us):
    desktop = make_desktop()
    router = FileRouter(desktop)
    qapp = QApplication.instance()
    qapp.installEventFilter(router)
    try:
        desktop.start()
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(vault_path)))  # what macOS sends on a double-click
        panel = desktop.start_dialog.unlock_panel
        assert panel.path == vault_path
        qtbot.keyClicks(panel.passphrase, PASSPHRASE)
        qtbot.mouseClick(panel.unlock_button, LEFT)
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(bundle_for_us)))  # a vault is open: straight in
        assert desktop.window.exchange.dialogs["bundle"].file.text() == str(bundle_for_us)
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(vault_path.with_name("other.commons"))))
        assert "Another vault is open" in desktop.window.statusBar().currentMessage()
    finally:
        qapp.removeEventFilter(router)


def test_the_window_icon_is_the_app_icon(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 64, 128, 256, 512}
    assert APP_ID == "org.commonsdesktop.CommonsDesktop"


def test_about_shows_the_one_version(make_desktop, vault_path, vault_template, qtbot):
    from commons_desktop.ui.i18n import Translations

    desktop = make_desktop()
    desktop.show_vault(Vault.open(vault_path, key=vault_template[1], device="test-device", author="tester"))
    desktop.window.about_action.trigger()
    box = desktop.window.about_box
    assert box.isVisible() and f"Version {__version__}" in box.text()
    assert "AGPL-3.0-or-later" in box.informativeText() and "https://commonsdesktop.org" in box.informativeText()
    box.grab().save(str(vault_path.with_name("about-en.png")))
    box.close()
    Translations(QApplication.instance()).apply("fr")
    try:
        box = desktop.window.show_about()
        assert box.windowTitle() == "À propos de Commons Desktop" and f"Version {__version__}" in box.text()
        box.grab().save(str(vault_path.with_name("about-fr.png")))
        box.close()
    finally:
        Translations(QApplication.instance()).apply("en")
