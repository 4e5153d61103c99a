"""Reading a spreadsheet in a new Python process: its own peak memory, or an address-space limit so that a reader
that would build a huge sheet fails there instead of in the test's process (the .ods and .xlsx readers' tests)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import textwrap


def child(code: str, limit_mb: int = 0) -> subprocess.CompletedProcess:
    """Run ``code`` in a new Python (optionally limited to ``limit_mb`` MB of address space)."""
    pre = ""
    if limit_mb:
        pre = (f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({limit_mb << 20}, {limit_mb << 20}))\n")
    return subprocess.run([sys.executable, "-c", pre + textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=600)


def error_in_a_1_gb_process(data: bytes) -> str:
    """The error reading the sheet ``data`` in a process limited to 1 GB of address space ("" when none)."""
    with tempfile.NamedTemporaryFile() as fh:
        fh.write(data)
        fh.flush()
        done = child(f"""
            from commons_desktop.exchange import sheet_read
            try:
                sheet_read.read_table(open({fh.name!r}, "rb").read())
            except Exception as exc:
                print(type(exc).__name__, exc)
            """, limit_mb=1024)
    return done.stdout.strip() or done.stderr[-500:]


def read_measured(path) -> tuple[int, str, int, int]:
    """Read the sheet at ``path`` in a new process: (its rows, the last row's first cell, how much the peak RSS grew
    while reading (MB), the size of the table given back: its lists, tuples, numbers and distinct texts (MB))."""
    done = child(f"""
        import sys
        from commons_desktop.exchange import sheet_read
        data = open({str(path)!r}, "rb").read()
        def hwm():
            return int([x for x in open("/proc/self/status") if x.startswith("VmHWM")][0].split()[1]) >> 10
        before = hwm()
        table = sheet_read.read_table(data)
        grown = hwm() - before
        seen, size = set(), sys.getsizeof(table.rows)
        for line, cells in table.rows:
            size += sys.getsizeof(cells) + sys.getsizeof((line, cells)) + sys.getsizeof(line)
            for c in cells:
                if id(c) not in seen:
                    seen.add(id(c))
                    size += sys.getsizeof(c)
        print(len(table.rows), table.rows[-1][1][0], grown, size >> 20)
        """)
    assert done.returncode == 0, done.stderr[-2000:]
    count, last, grown, held = done.stdout.split()
    return int(count), last, int(grown), int(held)


def assert_read_in_bounded_memory(path, rows: int = 100_000) -> None:
    """The 100,000-row sheet at ``path`` (first cells Prénom0..) reads whole, and the reader's peak grew by the table
    it gives back and at most 40 MB more."""
    count, last, grown, held = read_measured(path)
    assert (count, last) == (rows, f"Prénom{rows - 1}")
    assert grown <= held + 40, (grown, held)
