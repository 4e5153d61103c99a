"""Emitting Qt signals from Python, safely on PySide6 6.12.0 with Python 3.11.

PySide6 6.12.0's ``SignalInstance.emit()`` returns ``True`` without taking a reference to it. On a
Python whose bools are reference-counted (before 3.12) every emit therefore steals one reference of
``True``; after a few thousand emits (a long job's progress, search keystrokes...) the interpreter
aborts with "bool_dealloc: deallocating True or False". Every emit in ui/ goes through ``emit``, which
gives the reference back when the running PySide has the bug (measured once, at import). An extra
reference to ``True`` is harmless, so the compensation is safe even if the measure were wrong.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _emit_steals_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    stolen = before - sys.getrefcount(True)
    for _ in range(max(0, stolen)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return stolen >= 16


STEALS = _emit_steals_a_reference()


def emit(signal, *args) -> None:
    signal.emit(*args)
    if STEALS:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
