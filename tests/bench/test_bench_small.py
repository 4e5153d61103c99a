"""The benchmark harness end to end on a tiny federation: every row is there with numbers (no timing asserts)."""

from __future__ import annotations

import json
import math

from bench import run as bench_run

EXPECTED = ("demo federation generate", "open, raw key", "open, passphrase", "open, bare sqlcipher3",
            "search p50", "search p95", "FTS5 prefix p95", "FTS5 bm25 p95",
            "people list first page (100), no filter", "people list first page (100), text filter",
            "people list first page (100), tag filter", "bulk insert 300 people (People.add_many)",
            "bulk insert 300 people, bare sqlcipher3", "peak RSS after generating", "peak RSS of the whole")
WITH_FLOOR = EXPECTED[1:-2]


def test_small_bench_prints_every_row(tmp_path, capsys):
    out = tmp_path / "out"
    assert bench_run.main(["--people", "300", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    data = json.loads((out / "results.json").read_text("utf-8"))
    rows = {r["operation"]: r for r in data["rows"]}
    for prefix in EXPECTED:
        match = [r for name, r in rows.items() if name.startswith(prefix)]
        assert len(match) == 1, prefix
        row = match[0]
        assert math.isfinite(row["measured"]) and row["measured"] > 0, prefix
        if prefix in WITH_FLOOR:
            assert row["floor"] > 0 and row["ratio"] > 0, prefix
        assert row["operation"] in printed
    markdown = (out / "results.md").read_text("utf-8")
    assert markdown.count("\n|") >= len(EXPECTED) + 1
    assert data["meta"]["created"]["people"] == 300 and data["meta"]["cpu"]
    page_rows = [r for name, r in rows.items() if name.startswith("people list")]
    assert all(r["extra"]["same rows as bare SQL"] for r in page_rows)
