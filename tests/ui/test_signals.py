"""PySide6 6.12.0 steals a reference to True on every Signal.emit (fatal on Python 3.11 after a few
thousand emits): ui/signals.emit gives it back, and every emit in ui/ goes through it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from commons_desktop.ui import signals

UI = Path(signals.__file__).parent


class Pinger(QObject):
    ping = Signal(int, str)


def test_emit_keeps_the_reference_count_of_true():
    pinger = Pinger()
    received = []
    pinger.ping.connect(lambda n, s: received.append(n))
    before = sys.getrefcount(True)
    for n in range(5000):
        signals.emit(pinger.ping, n, "x")
    assert len(received) == 5000
    assert sys.getrefcount(True) >= before - 50


def test_every_emit_in_ui_goes_through_the_wrapper():
    offenders = [f"{p.relative_to(UI)}:{n}" for p in UI.rglob("*.py") if p.name != "signals.py"
                 for n, line in enumerate(p.read_text("utf-8").splitlines(), 1) if re.search(r"\.emit\(", line)]
    assert offenders == []


def test_qt_calls_do_not_leak_references_to_none(qtbot):
    """PySide6 6.12.0 drops a reference to None on every void call (setText, update...): on Python 3.11 a long
    session then aborts with 'none_dealloc'. pyproject excludes it; this catches any release that does it."""
    from PySide6.QtWidgets import QLabel
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        label.update()
    assert sys.getrefcount(None) >= before - 50
