"""The replication row of the benchmark on a tiny run: it is there with numbers and a floor (no timing asserts)."""

from __future__ import annotations

import json
import math

from bench import run as bench_run


def test_apply_remote_row(tmp_path):
    out = tmp_path / "out"
    assert bench_run.main(["--people", "300", "--out", str(out), "--only", "apply remote creates"]) == 0
    rows = {r["operation"]: r for r in json.loads((out / "results.json").read_text("utf-8"))["rows"]}
    row = rows["apply 300 remote creates (apply_remote)"]
    assert math.isfinite(row["measured"]) and row["floor"] > 0 and row["ratio"] > 0
    assert "read 300 remote creates from the wire (JSON text, unwire)" in rows
