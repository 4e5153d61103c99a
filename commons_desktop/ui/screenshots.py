"""``make screenshots``: render every main screen offscreen, in English and French, into a folder.

    QT_QPA_PLATFORM=offscreen python -m commons_desktop.ui.screenshots OUT_DIR [--people N] [--lang en,fr]
        [--dark] [--tag NAME]

``--dark`` renders with a dark palette (as a desktop in dark mode gives); for high-DPI, run it with
``QT_SCALE_FACTOR=2`` and ``--tag x2``. The tag goes into the file names (``fr-dark-03-people.png``).

Everything happens in a temporary folder (a demo vault of invented people, a throw-away config); the
user's own vaults and settings are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def _settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def shoot(out: Path, language: str, people: int, work: Path, tag: str = "", seen=None) -> list[Path]:
    """``seen(widget, name)``, when given, is shown each window as it is grabbed (tests check their sizes)."""
    from PySide6.QtWidgets import QApplication

    from ..services.session import AppDirs, Session
    from .config import DesktopConfig
    from .desktop import DEMO_PASSPHRASE, Desktop
    from .i18n import Translations
    from .worker import SynchronousPool, WorkerBridge

    app = QApplication.instance()
    Translations(app).apply(language)
    dirs = AppDirs(work / f"data-{language}", work / f"config-{language}", work / "cache", work / "Documents")
    session = Session(dirs, _NoKeyring())
    saved: list[Path] = []

    def grab(widget, name: str) -> None:
        _settle(app)
        path = out / f"{language}-{tag + '-' if tag else ''}{name}.png"
        widget.grab().save(str(path))
        saved.append(path)
        if seen is not None:
            seen(widget, name)

    desktop = Desktop(session, DesktopConfig.load(dirs.config), bridge=WorkerBridge(SynchronousPool()),
                      demo_people=people)
    desktop.start()
    dialog = desktop.start_dialog
    grab(dialog, "01-welcome")
    dialog.show_create()
    dialog.create_panel.name.setText("Locataires de la Rue Haute")
    dialog.create_panel._name_edited("Locataires de la Rue Haute")
    dialog.create_panel.passphrase.setText("sept locataires partagent une cour")
    grab(dialog, "02-create-vault")
    desktop.open_demo()
    window = desktop.window
    window.resize(1366, 800)
    from ..services import settings
    settings.set_many(desktop.vault, {"address": "Rue Haute 12\n4000 Liège", "iban": "BE71 0961 2345 6769"})
    window.show_section("home")
    grab(window, "02b-home")
    window.show_section("people")
    people = window.people
    people.select_row(2)
    grab(window, "03-people")
    people.editor.tabs.setCurrentWidget(people.editor.membership)
    grab(window, "04-person-membership")
    people.editor.membership.join()
    grab(people.editor.membership.join_dialog, "04b-join")
    people.editor.membership.join_dialog.reject()
    people.editor.tabs.setCurrentWidget(people.editor.history_page)
    grab(window, "05-person-history")
    _records_screens(window, work, grab)
    noted = people.editor.ident  # the person whose notes the team's two laptops then change (a conflict)
    people.editor.tabs.setCurrentIndex(0)
    people.search.setText("lyon")
    people.apply_search()
    people.ask.answers.append("Lyon")
    people.save_search()
    grab(window, "06-people-search")
    people.search.setText("")
    people.apply_search()
    for number, key in enumerate(("members", "duplicates", "organisations", "contributions", "documents", "tags",
                                  "history"), start=7):
        window.show_section(key)
        view = window.views[key]
        if key == "members":
            view.days.setValue(90)
        if key == "organisations":
            view.select_row(0)
        if key == "documents":
            _select_image(view)
        if key == "duplicates" and view.pairs:
            view.table.selectRow(0)
        if key == "tags" and view.tags.count():
            view.tags.setCurrentRow(0)
        if key == "history" and view.table.rowCount():
            view.table.selectRow(min(2, view.table.rowCount() - 1))
        grab(window, f"{number:02d}-{key}")
        if key == "documents" and view.current() is not None:
            picker = view.link_current()
            picker.search.setText("ma")
            picker.find()
            grab(picker, "12b-link-picker")
            picker.reject()
        if key == "duplicates" and view.pairs:
            merge = view.compare()
            grab(merge, "08b-merge-dialog")
            merge.reject()
    _shoot_small(app, window, grab)
    window.show_section("people")
    from .exchange import screens
    screens.shoot(window, session, work, grab)
    from .servers import screens as server_screens
    server_screens.shoot(window, grab)
    window.show_section("people")
    from .vault_menu import screens as safety_screens
    safety_screens.shoot(desktop, work / language, grab, DEMO_PASSPHRASE)
    desktop.show_settings()
    grab(desktop.settings_dialog, "14-settings")
    for index, name in ((1, "14b-settings-association"), (2, "14c-settings-types")):
        desktop.settings_dialog.tabs.setCurrentIndex(index)
        grab(desktop.settings_dialog, name)
    desktop.settings_dialog.reject()
    # a small laptop screen, for the pages of members and dues (the stack's own minimum is that of its widest page,
    # the people list's, until the layout pass of every page: it is set aside while these are taken)
    _stack_minimum(window, 1)  # an explicit minimum replaces the pages' minimum size hint
    window.resize(1024, 600)
    for key in ("home", "members", "contributions"):
        window.show_section(key)
        grab(window, f"30-{key}-1024x600")
    _stack_minimum(window, 0)
    window.resize(1366, 800)
    from .team import screens as team_screens
    team_screens.shoot(desktop, session, work, grab, language, noted)
    _empty_vault_screens(desktop, dirs, work, grab)
    desktop.lock()
    grab(window, "15-locked")
    grab(desktop.unlock_dialog, "16-unlock")
    desktop.unlock_dialog.panel.passphrase.setText(DEMO_PASSPHRASE)
    desktop.unlock_dialog.panel.unlock()
    desktop.quit()
    window.close()
    return saved


def _stack_minimum(window, size: int) -> None:
    window.stack.setMinimumSize(size, size)
    for layout in (window.centralWidget().layout(), window.layout()):
        layout.invalidate()
        layout.activate()


def _records_screens(window, work: Path, grab) -> None:
    """The history as a diary after a few edits by a named person, a person's Documents tab with a PDF."""
    from ..core.model import Email
    from ..services import authors, documents, lists

    vault = window.vault
    authors.set_name_here(vault, "Anne")
    people = window.people
    ident = people.editor.ident
    person = lists.person(vault, ident)
    person.notes = "Vient le mardi soir\nPréfère le courriel"
    person.emails = [*person.emails, Email("nouvelle@exemple.org", "work")]
    lists.save_person(vault, ident, person)
    lists.bulk_tag(vault, [ident], "bureau")
    minutes = work / "Compte rendu AG 2026.pdf"
    minutes.write_bytes(_pdf("Compte rendu de l'assemblée générale du 14 mars 2026"))
    documents.add_file(vault, minutes, links=[ident])
    minutes.unlink()
    people.editor.show_record(ident)  # (saved here, not through the editor)
    people.editor.tabs.setCurrentWidget(people.editor.documents)
    grab(window, "05b-person-documents")
    people.editor.tabs.setCurrentWidget(people.editor.history_page)
    people.editor.history.selectRow(0)
    grab(window, "05c-person-history-diary")
    people.editor.tabs.setCurrentIndex(0)
    grab(window, "05d-person-form-street-tags")


def _pdf(text: str) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    painter.fillRect(0, 0, writer.width(), writer.height() // 8, QColor("#2a5d8f"))
    painter.drawText(200, writer.height() // 4, text)
    painter.end()
    buffer.close()
    return bytes(data)


def _empty_vault_screens(desktop, dirs, work: Path, grab) -> None:
    """A first, empty vault's people page (what to do first), and "Welcome back" naming the collective."""
    from ..services.session import Session
    from .config import DesktopConfig
    from .desktop import Desktop
    from .worker import SynchronousPool, WorkerBridge

    session = Session(dirs, _NoKeyring())
    empty = session.create(work / f"empty-{dirs.config.name}.commons", "sept locataires partagent une cour",
                           name="Locataires de la Rue Haute")
    config = DesktopConfig.load(work / f"empty-config-{dirs.config.name}")
    first = Desktop(session, config, bridge=WorkerBridge(SynchronousPool()))
    first.show_vault(empty)
    first.window.resize(1366, 800)
    grab(first.window, "30-empty-vault")
    first.quit()
    first.window.close()
    later = Desktop(session, DesktopConfig.load(work / f"empty-config-{dirs.config.name}"),
                    bridge=WorkerBridge(SynchronousPool()))
    later.start()
    grab(later.start_dialog, "31-welcome-back")
    later.start_dialog.close()


SMALL = (1024, 600)  # a small laptop's screen (issue 15): every page must fit it, in English and French
PAGES = ("people", "members", "duplicates", "organisations", "contributions", "documents", "tags", "history")


def _shoot_small(app, window, grab) -> None:
    """Every main page again at exactly 1024x600 (``07-members-1024x600.png``); says so if the window is wider."""
    usual = window.size()
    window.resize(*SMALL)
    for number, key in enumerate(PAGES, start=6):
        window.show_section(key)
        _settle(app)
        if (window.width(), window.height()) != SMALL:
            print(f"warning: the window does not fit {SMALL[0]}x{SMALL[1]} on the {key} page: "
                  f"{window.width()}x{window.height()}", file=sys.stderr)
        grab(window, f"{number:02d}-{key}-{SMALL[0]}x{SMALL[1]}")
    window.resize(usual)


def _select_image(view) -> None:
    for row in range(view.model.rowCount()):
        doc = view.model.record_at(row)
        if doc.current and doc.current.media_type.startswith("image/"):
            view.table.setCurrentIndex(view.model.index(row, 0))
            return
    if view.model.rowCount():
        view.table.setCurrentIndex(view.model.index(0, 0))


class _NoKeyring:
    """Screenshots never touch the real keyring."""

    def remember(self, path, key):
        from ..core.errors import KeyringUnavailable
        raise KeyringUnavailable()

    def recall(self, path):
        return None

    def forget(self, path):
        return False


def main(argv: list[str] | None = None, *, seen=None) -> int:
    parser = argparse.ArgumentParser(prog="screenshots", description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="screenshots")
    parser.add_argument("--people", type=int, default=400)
    parser.add_argument("--lang", default="en,fr")
    parser.add_argument("--dark", action="store_true", help="a dark palette, as in a desktop's dark mode")
    parser.add_argument("--tag", default="", help="a word put in the file names (e.g. x2 for QT_SCALE_FACTOR=2)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from .style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.dark:
        from .style import dark_palette
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    apply_style(app)
    tag = "-".join(x for x in ("dark" if args.dark else "", args.tag) if x)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="commons-screens-") as tmp:
        for language in args.lang.split(","):
            paths = shoot(out, language.strip(), args.people, Path(tmp), tag, seen)
            print(f"{language}: {len(paths)} screenshots in {out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
