"""Issue 15, "a window that fits": every page of the main window fits a 1024×600 screen, in English and French.

Before this, the main window could not be narrower than 1153 px in English and 1291 px in French: the people
list's row of bulk buttons, the editors' Save/Revert/Delete rows and the documents' buttons were plain rows
whose labels add up, and the filter boxes were as wide as their longest item.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

SCREEN_W, SCREEN_H = 1024, 600


def elided_buttons(page) -> list[str]:
    """The shown buttons narrower than their text (Qt cuts their label; a one-glyph "✕" may be narrower than
    a push button's usual minimum, so the text's own width is what counts)."""
    return [f"{button.text()!r} {button.width()} < {needs}"
            for button in page.findChildren(QAbstractButton)
            if button.isVisible() and button.text()
            and button.width() < (needs := min(button.sizeHint().width(),
                                               button.fontMetrics().horizontalAdvance(button.text()) + 12))]


def test_every_page_fits_1024_by_600(make_desktop, people_vault, language, qtbot):
    desktop = make_desktop()
    desktop.show_vault(people_vault)
    window = desktop.window
    window.show()
    window.resize(SCREEN_W, SCREEN_H)
    qtbot.waitUntil(lambda: window.size().width() == SCREEN_W and window.size().height() == SCREEN_H)
    window.people.select_row(0)  # the person editor (its tabs and buttons) is shown beside the list
    for key, page in window.views.items():
        window.show_section(key)
        qtbot.waitUntil(lambda page=page: page.isVisible())
        hint = window.minimumSizeHint()
        assert hint.width() <= SCREEN_W and hint.height() <= SCREEN_H, (language, key, hint)
        assert window.size().width() == SCREEN_W and window.size().height() == SCREEN_H, (language, key)
        assert page.width() <= SCREEN_W, (language, key, page.width())
        assert elided_buttons(page) == [], (language, key)
