"""What the desktop costs on a big vault, measured on the real widgets (offscreen), for the benchmark:

- ``first_rows_ms``: from a key-opened vault to the people list showing its first rows (KDF excluded);
  ``unlock_to_rows_ms`` adds opening the vault with its raw key (``open_ms``) and building and showing the
  main window (``window_ms``), as the first unlock of a session does;
- ``keystroke_ms``: one search keystroke to the updated list (p50 and p95 over typed prefixes);
- ``scroll_rss_mb``: resident memory after scrolling the whole people list from top to bottom (``full_scroll``:
  one screen at a time, every page loaded, with the p95 and worst time of a step).

    QT_QPA_PLATFORM=offscreen python -m commons_desktop.ui.perf_probe VAULT KEY_HEX [--full-scroll]
"""

from __future__ import annotations

import os
import statistics
import sys
import time

QUERIES = ("m", "ma", "mar", "mart", "marti", "martin", "l", "li", "lie", "lieg", "liege", "d", "du", "dup", "dupr",
           "dupre", "s", "so", "sop", "soph", "sophie", "b", "be", "bel", "bela", "belan", "belang", "belanger")


def rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def measure(vault_path: str, key_hex: str, *, full_scroll: bool = False) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from ..vault.connection import Vault
    from .main_window import MainWindow
    from .worker import SynchronousPool, WorkerBridge

    app = QApplication.instance() or QApplication(sys.argv[:1])
    unlocked = time.perf_counter()
    vault = Vault.open(vault_path, key=key_hex)
    opened = time.perf_counter()
    window = MainWindow(WorkerBridge(SynchronousPool()))
    window.resize(1366, 800)
    window.show()
    app.processEvents()
    window_ms = (time.perf_counter() - opened) * 1000
    view = window.people
    started = time.perf_counter()
    window.set_vault(vault)
    view.model.data(view.model.index(0, 0))
    app.processEvents()
    first_rows = (time.perf_counter() - started) * 1000

    timings = []
    for text in QUERIES:
        started = time.perf_counter()
        view.search.setText(text)
        view.apply_search()
        if view.model.rowCount():
            view.model.data(view.model.index(0, 0))
        app.processEvents()
        timings.append((time.perf_counter() - started) * 1000)
    view.search.setText("")
    view.apply_search()

    rows, peak = view.model.rowCount(), rss_mb()
    step = max(1, view.table.viewport().height() // max(1, view.table.rowHeight(0)))
    steps = []
    for row in range(0, rows, step if full_scroll else step * 20):
        moved = time.perf_counter()
        view.table.scrollTo(view.model.index(row, 0))
        app.processEvents()
        steps.append((time.perf_counter() - moved) * 1000)
        peak = max(peak, rss_mb())
    view.table.scrollToBottom()
    app.processEvents()
    peak = max(peak, rss_mb())
    window.clear()
    vault.close()
    window.close()
    return {"people": rows, "first_rows_ms": round(first_rows, 1), "open_ms": round((opened - unlocked) * 1000, 1),
            "window_ms": round(window_ms, 1),
            "unlock_to_rows_ms": round((opened - unlocked) * 1000 + window_ms + first_rows, 1),
            "scroll_steps": len(steps), "scroll_step_p95_ms": round(statistics.quantiles(steps, n=20)[18], 1)
            if len(steps) > 1 else 0.0, "scroll_step_max_ms": round(max(steps, default=0.0), 1),
            "keystroke_p50_ms": round(statistics.median(timings), 1),
            "keystroke_p95_ms": round(statistics.quantiles(timings, n=20)[18], 1), "scroll_rss_mb": round(peak, 1)}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    full_scroll = "--full-scroll" in args
    args = [a for a in args if a != "--full-scroll"]
    if len(args) != 2:
        print(__doc__)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(measure(args[0], args[1], full_scroll=full_scroll))
    return 0


if __name__ == "__main__":
    sys.exit(main())
