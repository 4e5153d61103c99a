"""The benchmark harness end to end on a tiny federation: every row is there with numbers (no timing asserts)."""

from __future__ import annotations

import json
import math

from bench import run as bench_run
from tests.sync.servers import sabre_available

EXPECTED = ("demo federation generate", "open, raw key", "open, passphrase", "open, bare sqlcipher3",
            "search p50", "search p95", "FTS5 prefix p95", "FTS5 bm25 p95",
            "people list first page (100), no filter", "people list first page (100), text filter",
            "people list first page (100), tag filter", "bulk insert 300 people (People.add_many)",
            "bulk insert 300 people, bare sqlcipher3", "peak RSS after generating", "peak RSS of the whole")
WITH_FLOOR = EXPECTED[1:-2]
# the desktop app (offscreen subprocess), imports and exports of the exchange issue
DESKTOP = ("desktop: unlock (raw key) to first rows", "desktop: search as you type, keystroke to painted list, p95",
           "desktop: search as you type, keystroke to painted list, p99", "desktop: resident memory after")
# the command line as a person runs it (new processes, the key in a real keyring) and the peer tool, khard
CLI = ("commons --version", "commons info, remembered key", "commons search WORD, remembered key",
       "khard 0.22 list WORD over the same 360 cards")
IMPORTS = ("import 300 people from CSV (contact columns)", "import 300 people from CSV (every column)",
           "import 300 people from vCard 4.0")
PHASES = ("import: read the file", "import: preview", "import: write")
TEAM = ("replicate 1,000 edits through a folder", "files written per 500 changes", "bytes on disk per small edit",
        "a new laptop joins a team of 300 people through a snapshot")
EXPORTS = ("export 300 people to CSV", "export 300 people + 60 organisations to vCard", "export bundle of 300 people",
           "  bundle: the encryption step alone", "  bundle: against the age tool alone")

# issue 16: every export and import in a process of its own, its peak RSS (VmHWM) against 200 MB
MEMORY = tuple(f"peak RSS: export 300 people to {f} " for f in ("csv", "ods", "xlsx", "vcard 4.0", "vcard 3.0", "json",
                                                                   "bundle")) + \
    tuple(f"peak RSS: import 300 people from {f} " for f in ("csv", "vcard", "json", "ods", "xlsx", "bundle"))


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

    # the team through two sabre/dav servers (issue 13), when php-cli and php-sabre-dav are installed
    team_dav = ("replicate 1,000 edits through two sabre/dav servers",) if sabre_available() else ()
    # contacts to a real Radicale (issue 13): 50 cards in this run
    contacts = ("publish 50 contacts to Radicale", "sync after editing 10 contacts: requests",
                "sync with no change: requests")
    for prefix in DESKTOP + CLI + IMPORTS + EXPORTS + TEAM + team_dav + contacts + MEMORY:
        match = [r for name, r in rows.items() if name.startswith(prefix)]
        assert len(match) == 1, prefix
        assert math.isfinite(match[0]["measured"]) and match[0]["measured"] > 0, prefix
        assert match[0]["operation"] in printed
    for prefix in MEMORY:  # each checked against the words
        assert next(r for name, r in rows.items() if name.startswith(prefix))["target"] == \
            "peak RSS ≤ 200 MB for any of them at 100,000 people", prefix
    for prefix in IMPORTS + EXPORTS:
        row = next(r for name, r in rows.items() if name.startswith(prefix))
        assert row["floor"] > 0 and row["ratio"] > 0, prefix
    bundle = next(r for name, r in rows.items() if name.startswith(EXPORTS[2]))["extra"]
    assert all(bundle[f"floor {part} s"] > 0 for part in ("read", "json", "zip", "age", "log"))  # the bare pipeline
    assert all(next(r for name, r in rows.items() if name.startswith(e))["extra"]["floor disclosure log s"] > 0
               for e in EXPORTS[:2])
    desktop = next(r for name, r in rows.items() if name.startswith(DESKTOP[0]))["extra"]
    assert desktop["people"] == 300 and desktop["scroll_steps"] >= 1 and desktop["keystrokes"] >= 70
    cli = next(r for name, r in rows.items() if name.startswith(CLI[0]))
    assert cli["floor"] > 0 and set(cli["extra"]["exit codes"]) == {"python", "version", "info", "search"}
    assert all(codes == [0] for codes in cli["extra"]["exit codes"].values())  # the key came from the keyring
    khard = next(r for name, r in rows.items() if name.startswith(CLI[3]))
    assert khard["extra"]["khard exit code"] == 0 and khard["extra"]["khard lines with the word"] >= 1
    for suffix in PHASES:  # each import's phases: read, preview, write
        assert len([n for n in rows if n.strip().endswith(suffix) or suffix in n]) == len(IMPORTS), suffix
    for prefix in IMPORTS:
        extra = next(r for name, r in rows.items() if name.startswith(prefix))["extra"]
        assert extra["created"] + extra["skipped"] == 300 and extra["errors"] == 0, prefix
        assert extra["skipped"] >= 1  # every 10th person's email is already in the federation: matched
