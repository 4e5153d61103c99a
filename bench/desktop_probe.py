"""Run commons_desktop.ui.perf_probe in this process (the bench starts it as a subprocess, offscreen) and print
its numbers as one JSON line. ``python -m bench.desktop_probe VAULT KEY_HEX``."""

from __future__ import annotations

import json
import os
import sys

# PySide6 6.12 on CPython 3.11 drops one reference to None on every call of a void Qt method from Python
# (QLabel.setText, QWidget.update, QApplication.processEvents...; see bench/RESULTS.md). A full scroll makes tens of
# thousands of such calls: without extra references None would be deallocated and the process abort. These
# 200,000 references (1.6 MB, inside the measured RSS) keep it alive while the probe runs; the net drop of None's
# reference count is reported. The process still aborts at exit ("none_dealloc") once this list is freed; the
# numbers are printed before that, and the bench reports the exit code.
_NONE_GUARD = [None] * 200_000


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from commons_desktop.ui.perf_probe import measure
    before = sys.getrefcount(None)
    result = measure(argv[0], argv[1], full_scroll=True)
    result["none_refcount_drop"] = before - sys.getrefcount(None)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
