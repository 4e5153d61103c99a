"""Issue 15, "the list/detail splitter resizable and remembered, column widths remembered": what the user drags is
kept in the desktop config (sizes only) and put back at the next start, per list; a layout chosen on a large screen
is not forced on a small one."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt

from commons_desktop.ui.config import DesktopConfig
from commons_desktop.vault.connection import Vault

LEFT = Qt.MouseButton.LeftButton


def open_window(make_desktop, vault, qtbot, size=(1280, 780)):
    desktop = make_desktop()
    desktop.show_vault(vault)
    window = desktop.window
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    return desktop, window


def drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    """Press, move and release the left button as a hand does."""
    qtbot.mousePress(widget, LEFT, pos=start)
    qtbot.mouseMove(widget, pos=QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(widget, pos=end)
    qtbot.mouseRelease(widget, LEFT, pos=end)


def drag_splitter(qtbot, splitter, by: int) -> None:
    handle = splitter.handle(1)
    middle = handle.rect().center()
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal
    drag(qtbot, handle, middle, middle + (QPoint(by, 0) if horizontal else QPoint(0, by)))


def drag_column(qtbot, table, column: int, by: int) -> None:
    header = table.horizontalHeader()
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    drag(qtbot, header.viewport(), QPoint(edge, y), QPoint(edge + by, y))


def saved(desktop) -> dict:
    return json.loads(desktop.config.path.read_text("utf-8")).get("layouts", {})


def test_splitters_and_columns_come_back_after_a_restart(make_desktop, people_vault, people_vault_path,
                                                         people_template, language, qtbot):
    desktop, window = open_window(make_desktop, people_vault, qtbot)
    window.show_section("people")
    people = window.people
    before = people.splitter.sizes()
    drag_splitter(qtbot, people.splitter, -150)
    qtbot.waitUntil(lambda: people.splitter.sizes()[0] < before[0] - 100)
    drag_column(qtbot, people.table, 2, 60)  # the email column, wider
    email = people.table.horizontalHeader().sectionSize(2)
    assert email >= 270
    window.show_section("history")  # another list, its own layout
    history = window.history
    qtbot.waitUntil(lambda: history.table.rowCount() > 0)
    qtbot.waitUntil(lambda: history.table.horizontalHeader().sectionSize(1) >= history.table.sizeHintForColumn(1))
    drag_splitter(qtbot, history.splitter, -80)
    drag_column(qtbot, history.table, 0, 40)
    when = history.table.horizontalHeader().sectionSize(0)
    qtbot.waitUntil(lambda: set(saved(desktop)) == {"people", "history"})
    layouts = saved(desktop)
    people_sizes, history_sizes = people.splitter.sizes(), history.splitter.sizes()
    assert layouts["people"]["splitter"] == people_sizes and layouts["people"]["columns"][2] == email
    assert layouts["history"]["columns"][0] == when
    text = desktop.config.path.read_text("utf-8")
    assert all(name not in text for name in ("Given0", "Family", "example.org"))  # sizes, never a record
    desktop.quit()
    window.close()

    reopened = Vault.open(people_vault_path, key=people_template[1], device="test-device", author="tester")
    again, window = open_window(make_desktop, reopened, qtbot)
    window.show_section("people")
    qtbot.waitUntil(window.people.isVisible)
    qtbot.waitUntil(lambda: abs(window.people.splitter.sizes()[0] - people_sizes[0]) <= 2)
    qtbot.waitUntil(lambda: window.people.table.horizontalHeader().sectionSize(2) == email)
    window.show_section("history")
    qtbot.waitUntil(lambda: window.history.table.rowCount() > 0)
    qtbot.waitUntil(lambda: abs(window.history.splitter.sizes()[0] - history_sizes[0]) <= 2)
    qtbot.waitUntil(lambda: window.history.table.horizontalHeader().sectionSize(0) == when)
    qtbot.wait(20)  # (the list filled meanwhile: not fitted again over the user's width)
    assert window.history.table.horizontalHeader().sectionSize(0) == when
    window.grab().save(str(again.config.path.parent / f"restored-{language}.png"))
    again.quit()
    reopened.close()


def test_lists_without_usual_widths_fit_their_contents_until_sized(make_desktop, people_vault, qtbot):
    desktop, window = open_window(make_desktop, people_vault, qtbot)
    window.show_section("history")
    table = window.history.table
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= table.sizeHintForColumn(0) > 0)  # fitted: the time reads whole
    assert header.sectionResizeMode(0) == header.ResizeMode.Interactive  # and the user can size it
    assert "layouts" not in json.loads(desktop.config.path.read_text("utf-8")) or not saved(desktop)


def test_a_layout_chosen_on_a_large_screen_is_not_forced_on_a_small_one(make_desktop, people_vault, dirs, qtbot,
                                                                         language):
    config = DesktopConfig.load(dirs.config)
    config.layouts = {"people": {"splitter": [1700, 160], "columns": [200, 200, 600, 200, 200, 200], "room": [1680]},
                      "organisations": {"splitter": [0, 900]}}  # a pane folded away
    config.save()
    desktop, window = open_window(make_desktop, people_vault, qtbot, size=(1024, 600))
    window.show_section("people")
    people = window.people
    header = people.table.horizontalHeader()
    qtbot.waitUntil(lambda: abs(header.sectionSize(2) - 3 * header.sectionSize(0)) <= 2)  # the proportions kept
    editor = people.splitter.widget(1)
    assert editor.width() >= editor.minimumSizeHint().width()
    assert people.splitter.sizes()[1] > 300  # the usual split, not a sliver of editor
    widths = [header.sectionSize(i) for i in range(header.count() - 1)]
    assert sum(widths) <= people.table.viewport().width()  # narrowed in proportion: every column in view
    window.show_section("organisations")
    qtbot.waitUntil(window.organisations.isVisible)
    qtbot.wait(20)
    assert min(window.organisations.splitter.sizes()) > 100  # the folded layout was not put back
    window.grab().save(str(dirs.config / f"small-{language}.png"))


def test_a_damaged_or_hostile_layout_entry_is_forgotten(tmp_path):
    (tmp_path / "desktop.json").write_text(json.dumps({"layouts": {
        "people": {"splitter": [400, 600], "columns": [110, "wide", 90]},  # one bad part: that part forgotten
        "history": {"splitter": [True, 3]}, "documents": {"columns": [10 ** 9]}, "x" * 41: {"splitter": [1, 1]},
        "tags": "big", "organisations": {"columns": list(range(41))}}}), "utf-8")
    config = DesktopConfig.load(tmp_path)
    assert config.layouts == {"people": {"splitter": [400, 600]}}
    (tmp_path / "desktop.json").write_text(json.dumps({"layouts": [1, 2]}), "utf-8")
    assert DesktopConfig.load(tmp_path).layouts == {}
