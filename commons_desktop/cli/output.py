"""What the CLI prints: plain text for people, JSON (``--json``) for scripts, a progress bar on a terminal.

Results go to stdout; warnings, errors and the progress bar go to stderr, so stdout stays parseable.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TextIO

from ..services.progress import Progress, no_progress

CELL = 40


def dumps(obj: Any) -> str:
    from ..core.model import to_plain  # (the records' module: loaded by the commands that print records)

    return json.dumps(to_plain(obj), ensure_ascii=False, indent=2)


def _cell(value: Any) -> str:
    text = " ".join(str("" if value is None else value).split())
    return text if len(text) <= CELL else text[:CELL - 1] + "…"


class ProgressBar:
    """``done/total`` drawn on one terminal line, redrawn at most every ``interval`` seconds."""

    def __init__(self, stream: TextIO, width: int = 30, interval: float = 0.1):
        self.stream, self.width, self.interval = stream, width, interval
        self._last = 0.0
        self._shown = 0

    def __call__(self, done: int, total: int, label: str = "") -> None:
        now = time.monotonic()
        if now - self._last < self.interval and done < total:
            return
        self._last = now
        frac = min(max(done / total, 0.0), 1.0) if total > 0 else 0.0
        filled = int(self.width * frac)
        text = f"{label[:24]:<24} [{'#' * filled}{'-' * (self.width - filled)}] {frac:4.0%} {done:,}/{total:,}"
        self.stream.write("\r" + text.ljust(self._shown))
        self.stream.flush()
        self._shown = len(text)

    def finish(self) -> None:
        if self._shown:
            self.stream.write("\r" + " " * self._shown + "\r")
            self.stream.flush()
            self._shown = 0


class Output:
    def __init__(self, json_mode: bool = False):
        self.json = json_mode

    @property
    def out(self) -> TextIO:
        return sys.stdout

    # -- results ----------------------------------------------------------------------------------------------
    def data(self, obj: Any) -> None:
        """Print ``obj`` as JSON (only with --json)."""
        if self.json:
            print(dumps(obj), file=self.out)

    def line(self, text: str = "") -> None:
        """Print a line for people (only without --json)."""
        if not self.json:
            print(text, file=self.out)

    def result(self, obj: Any, text: str | Sequence[str]) -> None:
        """JSON ``obj`` with --json, else the line(s) of ``text``."""
        if self.json:
            self.data(obj)
        else:
            for line in [text] if isinstance(text, str) else text:
                print(line, file=self.out)

    def fields(self, pairs: Sequence[tuple[str, Any]]) -> None:
        """Aligned ``label: value`` lines; empty values are left out; a list gives one line per item."""
        shown = [(label, value) for label, value in pairs if value not in (None, "", [], {})]
        if not shown or self.json:
            return
        width = max(len(label) for label, _ in shown) + 1
        for label, value in shown:
            items = value if isinstance(value, list) else [value]
            for i, item in enumerate(items):
                head = f"{label}:" if i == 0 else ""
                lines = str(item).splitlines() or [""]
                for j, text in enumerate(lines):
                    print(f"{(head if j == 0 else ''):<{width}} {text}".rstrip(), file=self.out)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]], *, empty: str = "(none)") -> None:
        if self.json:
            return
        if not rows:
            print(empty, file=self.out)
            return
        cells = [[_cell(v) for v in row] for row in rows]
        widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
        print("  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip(), file=self.out)
        for row in cells:
            print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip(), file=self.out)

    # -- side channel ---------------------------------------------------------------------------------------
    def warn(self, text: str) -> None:
        print(f"commons: warning: {' '.join(text.split())}", file=sys.stderr)

    @contextmanager
    def progress(self) -> Iterator[Progress]:
        """A progress callback: a bar on stderr when it is a terminal, silent otherwise."""
        stream = sys.stderr
        try:
            tty = stream.isatty()
        except (AttributeError, ValueError):
            tty = False
        if not tty:
            yield no_progress
            return
        bar = ProgressBar(stream)
        try:
            yield bar
        finally:
            bar.finish()
