"""What the desktop costs on a big vault, measured on the real widgets (offscreen), for the benchmark:

- ``first_rows_ms``: from a key-opened vault to the people list showing its first rows (KDF excluded);
  ``unlock_to_rows_ms`` adds opening the vault with its raw key (``open_ms``) and building and showing the
  main window (``window_ms``), as the first unlock of a session does; the window works with the app's worker
  bridge (a pool of threads), where the home page reads its figures meanwhile: ``unlock_to_home_figures_ms`` is
  when they are shown;
- ``keystroke_ms``: a key typed into the people search to the list showing (painted) the rows of the text it made,
  as a person types: letter by letter, with TYPING_GAP_MS between keys, in which the list does its idle work (the
  exact count of a broad search); p50, p95, p99 and the worst over every letter of WORDS, and the p95 of the CPU time
  of this thread (what the keystroke cost, without the waits a loaded machine adds); ``keystroke_slowest``: the
  slowest keys with what ran meanwhile (the text searched, wall and CPU ms, worker jobs running, garbage
  collections), to tell a slow query from a worker or a collector pause;
- ``scroll_rss_mb``: resident memory after scrolling the whole people list from top to bottom (``full_scroll``:
  one screen at a time, every page loaded, with the p95 and worst time of a step).

    QT_QPA_PLATFORM=offscreen python -m commons_desktop.ui.perf_probe VAULT KEY_HEX [--full-scroll]
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import time

# typed letter by letter into the search box (each word after clearing it): 79 keystrokes, 12 of them a first letter
WORDS = ("martin", "liege", "dupre", "sophie", "belanger", "nguyen", "lefevre", "bruxelles", "chloe", "gauthier",
         "tremblay", "moreau")
TYPING_GAP_MS = 120  # between two keys: a quick typist
SLOWEST = 6  # keys reported with what ran meanwhile


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

    from ..services.session import open_with_raw_key
    from .main_window import MainWindow
    from .worker import WorkerBridge

    app = QApplication.instance() or QApplication(sys.argv[:1])
    unlocked = time.perf_counter()
    vault = open_with_raw_key(vault_path, key_hex)
    opened = time.perf_counter()
    bridge = WorkerBridge()  # the app's: a pool of threads (the home page's figures are read there)
    window = MainWindow(bridge)
    window.resize(1366, 800)
    window.show()
    app.processEvents()
    window_ms = (time.perf_counter() - opened) * 1000
    view = window.people
    started = time.perf_counter()
    window.set_vault(vault)
    window.show_section("people")
    view.model.data(view.model.index(0, 0))
    app.processEvents()
    first_rows = (time.perf_counter() - started) * 1000
    while window.home.seen is None and bridge.jobs:  # the home page's figures, read meanwhile off the GUI thread
        bridge.pool.waitForDone(1)
        app.processEvents()
    home_figures = (time.perf_counter() - unlocked) * 1000

    timings, cpu, keys = type_words(app, view, bridge)

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
    bridge.cancel_all()
    vault.close()
    window.close()
    typed = {"keystrokes": len(timings), "keystroke_p50_ms": statistics.median(timings),
             "keystroke_p95_ms": percentile(timings, 95), "keystroke_p99_ms": percentile(timings, 99),
             "keystroke_max_ms": max(timings), "keystroke_cpu_p95_ms": percentile(cpu, 95),
             "keystroke_cpu_p99_ms": percentile(cpu, 99)}
    slowest = sorted(keys, key=lambda k: -k["ms"])[:SLOWEST]
    return {"people": rows, "first_rows_ms": round(first_rows, 1), "open_ms": round((opened - unlocked) * 1000, 1),
            "window_ms": round(window_ms, 1),
            "unlock_to_rows_ms": round((opened - unlocked) * 1000 + window_ms + first_rows, 1),
            "unlock_to_home_figures_ms": round(home_figures, 1),
            "scroll_steps": len(steps), "scroll_step_p95_ms": round(statistics.quantiles(steps, n=20)[18], 1)
            if len(steps) > 1 else 0.0, "scroll_step_max_ms": round(max(steps, default=0.0), 1),
            **{k: round(v, 1) for k, v in typed.items()}, "keystroke_slowest": slowest, "scroll_rss_mb": round(peak, 1)}


def percentile(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def type_words(app, view, bridge=None) -> tuple[list[float], list[float], list[dict]]:
    """Type WORDS into the people search like a person; (wall ms, CPU ms of this thread) for each letter, and what
    each key was: the text searched, its ms, and the worker jobs running and garbage collections meanwhile."""
    # the key events a keyboard sends, without QtTest (the bundle leaves it out, and the self-test imports every
    # module an import statement names)
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def key_click(widget, letter: str) -> None:
        key = Qt.Key(ord(letter.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, letter))

    def wait(ms: int) -> None:  # a pause between keystrokes, events processed meanwhile (as a person types)
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    collections: list[int] = []

    def collected(phase: str, info: dict) -> None:  # (any thread's collection: they all stop the interpreter)
        if phase == "stop":
            collections.append(info["generation"])

    timings, cpu, keys = [], [], []
    gc.callbacks.append(collected)
    try:
        for word in WORDS:
            for letter in word:
                jobs = len(bridge.jobs) if bridge is not None else 0
                collections.clear()
                started, started_cpu = time.perf_counter(), time.thread_time()
                key_click(view.search, letter)
                while view.model.query.text != view.search.text().strip():  # the search of the text typed so far
                    app.processEvents()
                app.processEvents()  # the list painted
                timings.append((time.perf_counter() - started) * 1000)
                cpu.append((time.thread_time() - started_cpu) * 1000)
                keys.append({"text": view.model.query.text, "ms": round(timings[-1], 1), "cpu_ms": round(cpu[-1], 1),
                             "jobs": max(jobs, len(bridge.jobs) if bridge is not None else 0),
                             "collections": list(collections)})
                wait(TYPING_GAP_MS)
            view.search.clear()
            wait(TYPING_GAP_MS)
    finally:
        gc.callbacks.remove(collected)
    return timings, cpu, keys


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
